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
}
