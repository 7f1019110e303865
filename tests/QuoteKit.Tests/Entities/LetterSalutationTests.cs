using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>A letter to the editor opens with a salutation ("Sir,"), which addresses the reader and names no one.</summary>
public sealed class LetterSalutationTests
{
    [Fact]
    public void A_salutation_opening_a_letter_is_no_speaker()
    {
        const string text = "Letters\n\nSir, I was shocked to read that the depot will close. It has served the town for decades.\nAnne Rowe, Sligo";

        ResultInvariants.OnlyQuote(text, "depot will close").SpeakerMention!.Value.Text.Should().Be("I");
    }
}
