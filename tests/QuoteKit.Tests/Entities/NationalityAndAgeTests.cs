using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>
/// Nominals made of a nationality, an age or a playing position ("the Spaniard", "the 37-year-old", "the striker") stand
/// for a person named before.
/// </summary>
public sealed class NationalityAndAgeTests
{
    private static Quote Only(string text, string contains) => ResultInvariants.OnlyQuote(text, contains);

    [Fact]
    public void A_nationality_noun_is_the_person_named_last()
    {
        const string text = "Rafael Ortega lost the final in straight sets.\n\n“I was not ready today,” the Spaniard said.";

        Only(text, "not ready").Speaker!.Name.Should().Be("Rafael Ortega");
    }

    [Fact]
    public void A_playing_position_is_the_player_who_was_the_subject_last_not_a_club_named_since()
    {
        const string text = "Ollie Abel, who scored twice, said Redford Rovers had let the game slip.\n\n“We stayed calm,” the striker said.";

        Only(text, "stayed calm").Speaker!.Name.Should().Be("Ollie Abel");
    }

    [Fact]
    public void A_nationality_noun_finds_a_person_whose_first_name_is_not_in_the_lexicon()
    {
        const string text = "Zorvan Kettlic won the title on Sunday.\n\n“I can still play,” the 37-year-old Serb told reporters.";

        Only(text, "still play").Speaker!.Name.Should().Be("Zorvan Kettlic");
    }

    [Fact]
    public void A_nationality_noun_after_a_modifier_is_the_speaker_mention()
    {
        const string text = "Karim Mansour lost the final in straight sets.\n\n“I was not ready today,” the young Egyptian said.";

        Only(text, "not ready").SpeakerMention!.Value.Text.Should().Be("the young Egyptian");
    }

    [Fact]
    public void An_age_used_as_a_noun_is_the_person_named_last()
    {
        const string text = "Police charged Mark Doyle with fraud on Monday.\n\n“I have done nothing wrong,” the 41-year-old told reporters.";

        Only(text, "nothing wrong").Speaker!.Name.Should().Be("Mark Doyle");
    }

    [Fact]
    public void A_nationality_noun_skips_a_person_of_another_country()
    {
        const string text = "Russian President Oleg Petrov met Marta Lindqvist in Oslo.\n\n“We agreed on little,” the Swede said.";

        Only(text, "agreed on little").Speaker!.Name.Should().Be("Marta Lindqvist");
    }

    [Fact]
    public void A_speech_verb_after_a_role_noun_ends_the_nominal()
    {
        const string text = "“I still feel I can win,” the 37-year-old Serb told reporters after the match.";

        Only(text, "I can win").SpeakerMention!.Value.Text.Should().Be("the 37-year-old Serb");
    }

    [Fact]
    public void A_nominal_after_a_place_and_comma_does_not_describe_the_place()
    {
        const string text = "At a rally in Lyon, France, the mayor said the bridge would reopen in June.";

        Only(text, "bridge would reopen").Speaker!.Name.Should().NotBe("France");
    }

    [Fact]
    public void A_nationality_adjective_that_ends_its_phrase_is_the_person_named_last()
    {
        const string text = "Tiago Ramos scored twice on Saturday.\n\n“The team was brilliant,” the Brazilian said.";

        Only(text, "team was brilliant").Speaker!.Name.Should().Be("Tiago Ramos");
    }

    [Fact]
    public void A_nationality_adjective_before_a_role_noun_is_no_person_of_its_own()
    {
        const string text = "Tiago Ramos scored twice.\n\nThe Brazilian coach said the team was tired.";

        Only(text, "team was tired").SpeakerMention!.Value.Text.Should().Be("The Brazilian coach");
    }

    [Fact]
    public void A_nationality_adjective_before_a_common_noun_is_no_speaker()
    {
        const string text = "Tiago Ramos scored twice.\n\nThe Brazilian economy grew, the bank said.";

        Only(text, "economy grew").Speaker!.Name.Should().NotBe("Tiago Ramos");
    }

    [Fact]
    public void A_nationality_noun_is_the_person_mentioned_last_not_the_name_met_last()
    {
        // "Villa Park" is named after Ortega's first mention, but Ortega is mentioned again after it.
        const string text = "Luis Ortega's goal won the match at Villa Park.\n\nOrtega said the win mattered.\n\n“We deserved it,” the Argentine added.";

        Only(text, "deserved it").Speaker!.Name.Should().Be("Luis Ortega");
    }

    [Fact]
    public void A_nationality_noun_that_is_also_a_first_name_is_the_person_named_last_after_an_article()
    {
        const string text = "Mikkel Rasmussen won the stage on Sunday.\n\n“My legs were empty,” the Dane said.";

        Only(text, "legs were empty").Speaker!.Name.Should().Be("Mikkel Rasmussen");
    }

    [Fact]
    public void A_first_name_that_is_also_a_nationality_noun_still_starts_a_name()
    {
        const string text = "Dane Whitaker said the show would tour in spring.";

        Only(text, "tour in spring").Speaker!.Name.Should().Be("Dane Whitaker");
    }

    [Fact]
    public void A_first_name_that_is_also_a_country_is_no_country_word_before_a_surname()
    {
        const string text = "Jordan Whitaker said the show would tour in spring.";

        Only(text, "tour in spring").Speaker!.Name.Should().Be("Jordan Whitaker");
    }

    [Fact]
    public void Korean_alone_is_a_nationality_noun()
    {
        const string text = "Son Min-jae scored twice on Saturday.\n\n“We were brilliant,” the Korean said.";

        Only(text, "were brilliant").Speaker!.Name.Should().Be("Son Min-jae");
    }

    [Fact]
    public void An_age_noun_skips_a_broadcaster_named_with_an_acronym()
    {
        const string text = "Tomas Verlaan praised his players.\n\n“It was special,” Verlaan told BBC Sport.\n\n“We suffered,” the 42-year-old added.";

        Only(text, "We suffered").Speaker!.Name.Should().Be("Tomas Verlaan");
    }

    [Fact]
    public void A_nationality_noun_is_the_coach_of_a_club_named_for_a_city_of_another_country()
    {
        const string text = "Senator Mark Dalby opened the gala.\n\nReal Madrid coach Luca Benetti spoke next.\n\n“A good coach listens,” the Italian said.";

        Only(text, "good coach").Speaker!.Name.Should().Be("Luca Benetti");
    }

    [Fact]
    public void A_slovenian_is_the_person_named_last()
    {
        const string text = "Dallas star Luka Novak finished with 28 points.\n\n“They were the better team,” the Slovenian said.";

        Only(text, "better team").Speaker!.Name.Should().Be("Luka Novak");
    }

    [Fact]
    public void A_kazakh_adjective_before_a_noun_is_no_speaker_for_a_pronoun()
    {
        const string text = "Foreign Minister Erlan Bekov spoke on Monday.\n\nChina may outnumber the small Kazakh population, he said.";

        Only(text, "China may").Speaker!.Name.Should().Be("Erlan Bekov");
    }
}
