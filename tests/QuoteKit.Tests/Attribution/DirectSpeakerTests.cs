using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Speakers of direct quotes whose cue is missing, far or ambiguous, each on a short text the team wrote.</summary>
public sealed class DirectSpeakerTests
{
    private static readonly QuoteExtractor Extractor = new(new QuoteKitOptions { IncludeIndirect = false });

    private static Quote Only(string text, string quoteStart)
    {
        var result = Extractor.Extract(text);
        ResultInvariants.AssertHold(text, result);
        return result.Quotes.Should().ContainSingle(q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal)).Subject;
    }

    [Fact]
    public void Without_a_cue_the_clause_subject_speaks_rather_than_the_object_nearest_the_quote()
    {
        var q = Only("After the storm, Mayor Elena Vasquez sent the harbour workers a message, “The harbour will reopen in May.”", "The harbour");
        q.Speaker!.Name.Should().Be("Elena Vasquez");
    }

    [Fact]
    public void A_quote_a_cue_introduces_that_ends_its_sentence_is_not_taken_by_the_next_sentence()
    {
        var q = Only("Mayor Elena Vasquez answered: “What difference does it make?” Her critics cited the answer for months.", "What difference");
        q.Speaker!.Name.Should().Be("Elena Vasquez");
    }
}
