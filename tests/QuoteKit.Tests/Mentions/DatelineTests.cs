using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>A dateline ("PHILADELPHIA, July 29 (UPI) —") names where a story was filed, not a speaker.</summary>
public sealed class DatelineTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    [Theory]
    [InlineData("PHILADELPHIA, July 29 (UPI) -- Ann Lee accepted the nomination on Thursday. She said the country was stronger together.")]
    [InlineData("LONDON (Reuters) - Ann Lee accepted the nomination on Thursday. She said the country was stronger together.")]
    [InlineData("SAN JUAN, Puerto Rico — Ann Lee accepted the nomination on Thursday. She said the country was stronger together.")]
    public void A_pronoun_after_a_dateline_stands_for_the_person_not_the_place(string text)
    {
        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_label_in_capitals_before_a_colon_is_no_dateline()
    {
        const string text = "Ann Lee and Tom Lee debated on Thursday.\n\nLEE: We will win this state.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("LEE");
    }

    [Fact]
    public void An_acronym_in_apposition_at_the_start_of_a_paragraph_is_no_dateline()
    {
        const string text = "NHK, Japan’s public broadcaster, reported the vote.\n\n“Turnout was high,” it said.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("NHK");
    }
}
