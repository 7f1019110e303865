using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Who speaks a partial quote (a quoted fragment inside the writer's own sentence).</summary>
public sealed class PartialQuoteSpeakerTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    [Fact]
    public void An_apposition_set_off_by_commas_is_not_the_subject_of_the_partial_quote()
    {
        const string text = "The dispute began in June.\n\nIn June, Ann Lee attacked a federal judge, Tom Ruiz, for his \"Mexican heritage.\"";

        var quote = Extract(text).Quotes.Should().ContainSingle().Subject;

        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_clause_after_the_cues_own_quote_gives_the_partial_quote_its_own_subject()
    {
        const string text = "The hearing ended late.\n\nIn a video that Judge Tom Ruiz called \"distasteful,\" Ann Lee expressed a wish to \"shut the agency down.\"";

        var quotes = Extract(text).Quotes;

        quotes.Should().HaveCount(2);
        quotes[1].Speaker!.Name.Should().Be("Ann Lee");
    }
}
