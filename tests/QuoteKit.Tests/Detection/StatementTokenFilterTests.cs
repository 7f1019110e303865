using FluentAssertions;
using QuoteKit.Detection;
using QuoteKit.Text;

namespace QuoteKit.Tests.Detection;

/// <summary>
/// The filter the cue pass asks before the reported-speech detector's own token tests: it may let other tokens through,
/// but never stops one that those tests accept, or a statement would be missed.
/// </summary>
public sealed class StatementTokenFilterTests
{
    /// <summary>Every spelling of <paramref name="word"/> with each letter in either case.</summary>
    private static IEnumerable<string> CaseVariants(string word)
    {
        for (int mask = 0; mask < 1 << word.Length; mask++)
        {
            yield return string.Concat(word.Select((c, i) => (mask & (1 << i)) != 0 ? char.ToUpperInvariant(c) : c));
        }
    }

    [Fact]
    public void Every_token_the_statement_tests_accept_passes_the_filter()
    {
        var text = string.Join(" ", new[] { "to", "that", "asked", "according" }.SelectMany(CaseVariants)) + " : x:y";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        var accepted = tokens.Where(t => ReportedSpeechDetector.OpensStatement(t, text) || ReportedSpeechDetector.IsToOrThat(t, text)).ToList();

        accepted.Should().HaveCount(4 + 16 + 32 + 512 + 2);
        accepted.Should().OnlyContain(t => ReportedSpeechDetector.MayBeStatementToken(t, text));
    }
}
