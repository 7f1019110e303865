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

    [Fact]
    public void A_group_in_a_named_region_speaks_not_the_region()
    {
        const string text = "Rain has not fallen for weeks.\n\nFarmers in western Kansas say they are selling cattle early.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("Farmers");
    }

    [Fact]
    public void A_group_on_an_unlisted_place_speaks_not_the_place()
    {
        const string text = "The ferry was cancelled again.\n\nResidents on Skerrow say they have lost faith in the operator.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("Residents");
    }

    [Fact]
    public void A_group_placed_by_a_common_noun_phrase_speaks()
    {
        const string text = "The levy starts in May.\n\nTraders across the city have warned that prices will rise.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("Traders");
    }

    [Fact]
    public void A_base_form_cue_after_a_placed_group_is_a_verb()
    {
        const string text = "The ferry was cancelled again.\n\nResidents on the island say they have lost faith in the operator.";

        var quote = Extract(text).Quotes.Should().ContainSingle().Subject;

        quote.Text.Should().Be("they have lost faith in the operator");
        quote.SpeakerMention!.Value.Text.Should().Be("Residents");
    }

    [Fact]
    public void A_name_after_a_relative_preposition_keeps_its_clause()
    {
        const string text = "The campaign unveiled an advertising plan on which Ann Lee pledged to spend $2 million a week.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ann Lee");
    }
    [Fact]
    public void An_organisation_in_a_name_the_finder_cannot_type_speaks_not_the_name()
    {
        const string text = "The border stayed closed.\n\nThe interior ministry in Korlavia said the crossing would reopen on Friday.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("The interior ministry");
    }

    [Fact]
    public void A_group_from_an_organisation_speaks_not_the_organisation()
    {
        const string text = "The count went on overnight.\n\nObservers from the European Union said the vote had been orderly.";

        Extract(text).Quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("Observers");
    }

    [Fact]
    public void A_name_with_an_affiliation_in_a_town_speaks_not_the_town()
    {
        const string text = "The coalition is fragile.\n\nHistorian Karl Brenner of the Institute for Regional Studies in Wendlingen said a collapse was likely.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Karl Brenner");
    }
}
