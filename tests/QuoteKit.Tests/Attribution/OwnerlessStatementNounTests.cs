using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>
/// Complaints, doubts and fears before "that" report their clause even when no possessor says whose they are, as the
/// annotated corpus reads them; the clause then has no speaker. Other statement nouns need a possessor.
/// </summary>
public sealed class OwnerlessStatementNounTests
{
    private static QuoteExtractionResult Extract(string text)
    {
        var result = new QuoteExtractor().Extract(text);
        ResultInvariants.AssertHold(text, result);
        return result;
    }

    [Theory]
    [InlineData("The vote ended amid complaints that the machines were slow.", "complaints", "the machines were slow")]
    [InlineData("There are growing doubts that the bridge will open in May.", "doubts", "the bridge will open in May")]
    [InlineData("The closure stoked fears that the mill would never reopen.", "fears", "the mill would never reopen")]
    public void An_ownerless_complaint_doubt_or_fear_reports_its_that_clause(string text, string cue, string content)
    {
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be(content);
        q.Cue!.Value.Text.Should().Be(cue);
    }

    [Fact]
    public void An_ownerless_claim_reports_nothing()
    {
        const string text = "The vote ended amid claims that the machines were slow.";
        Extract(text).Quotes.Should().BeEmpty();
    }
}
