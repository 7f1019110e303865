using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>Organisation names that go on through "of" or "for" after an organisation word that is also a role noun.</summary>
public sealed class OrganizationNameTests
{
    private static Speaker OnlySpeaker(string text) => ResultInvariants.Checked(text).Speakers.Should().ContainSingle().Subject;

    [Fact]
    public void An_office_for_a_subject_is_one_name()
    {
        OnlySpeaker("The Office for Budget Responsibility said growth would slow next year.").Name.Should().Be("Office for Budget Responsibility");
    }

    [Fact]
    public void A_ministry_of_a_subject_is_one_name()
    {
        OnlySpeaker("The Ministry of Foreign Affairs said the envoy would return on Friday.").Name.Should().Be("Ministry of Foreign Affairs");
    }

    [Fact]
    public void A_role_noun_before_a_person_stays_a_description()
    {
        var speaker = OnlySpeaker("Office manager Ana Ruiz said the doors would open at nine.");

        speaker.Name.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void And_after_one_word_joins_an_organisation_name_that_ends_in_an_organisation_word()
    {
        OnlySpeaker("The Food and Drug Administration said the vaccine was safe.").Name.Should().Be("Food and Drug Administration");
    }

    [Fact]
    public void And_after_two_words_joins_an_organisation_name_that_ends_in_an_organisation_word()
    {
        OnlySpeaker("The State Fisheries and Forestry Committee said it would hold hearings in May.").Name
            .Should().Be("State Fisheries and Forestry Committee");
    }

    [Theory]
    [InlineData("The campaign group Keep Our Parks said it would hold hearings in May.", "Keep Our Parks")]
    [InlineData("The group Hikers Against Pylons said it would hold hearings in May.", "Hikers Against Pylons")]
    public void A_capitalised_function_word_goes_on_with_an_organisation_name_a_group_word_introduces(string text, string name)
    {
        OnlySpeaker(text).Name.Should().Be(name);
    }

    [Fact]
    public void And_joins_an_organisation_name_after_a_chamber_word()
    {
        OnlySpeaker("The Senate Housing and Transport Committee said it would hold hearings in May.").Name
            .Should().Be("Housing and Transport Committee");
    }

    [Fact]
    public void A_known_organisation_name_ending_in_a_plural_role_noun_is_an_organisation()
    {
        var speaker = OnlySpeaker("The United Nations has warned that aid deliveries had stopped.");

        speaker.Kind.Should().Be(SpeakerKind.Organization);
    }

    [Fact]
    public void And_after_an_organisation_word_does_not_join_two_organisations()
    {
        var result = ResultInvariants.Checked("The Paris Office and Tax Bureau said the rules would change.");

        // Two organisations (speaking together as a group), not one named "Paris Office and Tax Bureau".
        result.Speakers.Should().NotContain(s => s.Kind != SpeakerKind.Group && s.Name.Contains("Office and"));
    }

    [Fact]
    public void An_organisation_name_with_of_before_a_role_noun_is_part_of_the_role()
    {
        var quote = ResultInvariants.OnlyQuote("A Department of Health spokesperson said: “We are determined to cut waiting lists.”", "waiting lists");

        quote.SpeakerMention!.Value.Text.Should().Be("A Department of Health spokesperson");
        quote.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void A_name_opening_with_a_speech_verb_after_the_keeps_that_word()
    {
        OnlySpeaker("The Rail Delivery Group said the offer was fair.").Name.Should().Be("Rail Delivery Group");
    }

    [Fact]
    public void And_between_two_names_does_not_make_one_organisation()
    {
        var quote = ResultInvariants.OnlyQuote("The Smiths and Professor Ada Obi said rents would rise again.", "rents would rise");

        quote.Speaker?.Name.Should().NotContain("and");
    }

    [Fact]
    public void And_inside_an_organisation_name_after_of_joins_its_subject()
    {
        OnlySpeaker("The Department of Health and Social Care said it had found extra money.").Name.Should().Be("Department of Health and Social Care");
    }

    [Fact]
    public void And_before_a_person_ends_the_organisation_name()
    {
        var quote = ResultInvariants.OnlyQuote("Experts at the Institute of Housing and Professor Ada Obi said rents would rise again.", "rents would rise");

        quote.SpeakerMention!.Value.Text.Should().NotContain("Institute");
    }

    [Fact]
    public void A_sentence_opening_word_with_a_capital_inside_is_a_name()
    {
        const string text = "The law takes effect in January.\n\nNetGuard, a trade group, said it would challenge the law in court.";

        ResultInvariants.OnlyQuote(text, "challenge the law").Speaker!.Name.Should().Be("NetGuard");
    }

    [Fact]
    public void A_chamber_of_commerce_and_industry_is_one_name()
    {
        OnlySpeaker("The Chamber of Commerce and Industry said exports would slow next year.").Name.Should().Be("Chamber of Commerce and Industry");
    }

    [Fact]
    public void A_hyphenated_office_of_a_long_name_is_the_person_named_in_commas_after_it()
    {
        const string text = "The director-general of the Kano Chamber of Commerce and Industry, Dr Ada Obi, said exports would slow.";

        ResultInvariants.OnlyQuote(text, "exports would slow").Speaker!.Name.Should().Be("Ada Obi");
    }

    [Fact]
    public void A_name_before_a_media_noun_without_an_article_is_the_outlet()
    {
        const string text = "The budget passed on Tuesday.\n\n“The plan is a costly mistake,” wrote Harbor magazine in an editorial.";

        ResultInvariants.OnlyQuote(text, "costly mistake").Speaker!.Name.Should().Be("Harbor magazine");
    }

    [Fact]
    public void On_and_and_inside_an_organisation_name_keep_one_name()
    {
        OnlySpeaker("The Eastern Center on Housing and Poverty said it would appeal the ruling.").Name.Should().Be("Eastern Center on Housing and Poverty");
    }
}
