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
    public void A_press_release_dateline_with_its_wire_names_no_speaker()
    {
        const string text = "AUSTIN, Texas, May 4, 2025 /PRNewswire/ -- Veltrix announced a new chip, saying it was the fastest yet.";

        Extract(text).Quotes.Should().NotBeEmpty().And.AllSatisfy(q => q.Speaker!.Name.Should().Be("Veltrix"));
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

    [Fact]
    public void A_known_place_in_capitals_before_a_colon_is_a_dateline()
    {
        const string text = "Farm laws stay\n\nNEW DELHI: Prime Minister Ravi Rao on Sunday accused rivals of \"misleading farmers\" over the new farm laws.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ravi Rao");
    }

    [Fact]
    public void Capitals_before_a_colon_over_a_report_after_the_headline_are_a_dateline()
    {
        const string text = "Farm laws stay\n\nKOLHAPUR: Prime Minister Ravi Rao on Sunday signed the bill into law, saying the new law would help farmers.";

        var quote = Extract(text).Quotes.Should().ContainSingle().Subject;
        quote.Speaker!.Name.Should().Be("Ravi Rao");
        quote.Text.Should().Be("the new law would help farmers");
    }

    [Fact]
    public void A_label_in_capitals_over_first_person_words_after_the_headline_is_a_speaker()
    {
        const string text = "The debate\n\nMORALES: We will cut the tax on fuel before the winter comes to this state.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("MORALES");
    }

    [Fact]
    public void A_source_label_in_capitals_on_the_headline_is_no_dateline()
    {
        // Only the paragraph after the headline can open with a dateline; a headline's label names a source.
        const string text = "AP: Senator Ana Ruiz routed campaign money to lobbyists in three states\n\nRuiz spoke on Monday.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("AP");
    }
}
