using FluentAssertions;
using FsCheck.Xunit;
using QuoteKit.Tests.Detection;
using QuoteKit.Text;

namespace QuoteKit.Tests.Text;

/// <summary>The search for the first token at or after a position, from a hint (a walk in text order) and without one.</summary>
public sealed class TokenSearchTests
{
    private static DocumentIndex Index(string text) =>
        DocumentIndex.Build(text, Paragraphs.Find(text, CancellationToken.None), [], CancellationToken.None);

    [Property(Arbitrary = [typeof(NewsLikeTextArbitrary)], MaxTest = 300)]
    public void A_search_from_any_hint_finds_the_token_the_search_without_one_finds(NewsLikeText input, int hintSeed)
    {
        using var doc = Index(input.Text);
        int tokens = doc.Tokens.Length;
        int[] hints = [0, tokens, tokens / 2, Math.Abs(hintSeed % (tokens + 3)) - 1];
        for (int position = 0; position <= input.Text.Length + 1; position++)
        {
            foreach (int hint in hints)
            {
                doc.TokenAtOrAfter(position, hint).Should().Be(doc.TokenAtOrAfter(position), "position {0}, hint {1}", position, hint);
            }
        }
    }

    [Fact]
    public void A_position_past_the_last_token_gives_the_token_count_from_any_hint()
    {
        using var doc = Index("Ana Ruiz said the plan was ready.");

        doc.TokenAtOrAfter(1000, 0).Should().Be(doc.Tokens.Length);
        doc.TokenAtOrAfter(1000, doc.Tokens.Length).Should().Be(doc.Tokens.Length);
    }
}
