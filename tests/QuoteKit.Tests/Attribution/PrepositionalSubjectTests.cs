using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>In "X of Y said", the head X speaks, not the object of its preposition.</summary>
public sealed class PrepositionalSubjectTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    [Fact]
    public void A_name_with_an_affiliation_after_of_speaks_in_reported_speech()
    {
        const string text = "The test surprised experts.\n\nJeffrey Lewis of the Middlebury Institute said the device was probably a fission bomb.";

        var quote = Extract(text).Quotes.Should().ContainSingle().Subject;

        quote.SpeakerMention!.Value.Text.Should().Be("Jeffrey Lewis");
        quote.Speaker!.Name.Should().Be("Jeffrey Lewis");
    }

    [Fact]
    public void A_name_with_an_affiliation_after_of_speaks_after_a_quote()
    {
        const string text = "The test surprised experts.\n\n“It would be a stretch,” Jeffrey Lewis of the Middlebury Institute wrote in December.";

        var quote = Extract(text).Quotes.Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Jeffrey Lewis");
        quote.Cue!.Value.Text.Should().Be("wrote");
    }

    [Fact]
    public void A_role_for_an_organisation_speaks_for_it()
    {
        const string text = "The launch was on Monday.\n\nA spokesman for the ministry said the test was a success.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("A spokesman");
    }

    [Fact]
    public void A_role_in_a_place_speaks_not_the_place()
    {
        const string text = "The talks went well.\n\nA spokesman in Brussels said the union would respond next week.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("A spokesman");
    }

    [Fact]
    public void A_relative_of_a_person_speaks_for_herself()
    {
        const string text = "The launch was on Monday.\n\nThe wife of Tom Lee said the test was a success.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("The wife");
    }

    [Fact]
    public void A_title_before_a_name_after_of_leaves_the_name_speaking()
    {
        const string text = "The launch was on Monday.\n\nSecretary of State Ann Lee said the test was a success.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_name_with_an_affiliation_after_from_speaks_in_reported_speech()
    {
        const string text = "Burglaries rose last year.\n\nCriminologist Dr Nell Varga from Harwick University said the data was mixed.";

        Extract(text).Quotes.Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Nell Varga");
    }
}
