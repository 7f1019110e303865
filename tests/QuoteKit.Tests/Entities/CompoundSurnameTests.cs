using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>Surnames of several words ("von der Leyen", "Wasserman Schultz") name the person introduced in full.</summary>
public sealed class CompoundSurnameTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    [Fact]
    public void A_name_with_two_particles_is_read_whole()
    {
        const string text = "“We are ready,” said Ursula von der Leyen, the commission president.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ursula von der Leyen");
    }

    [Fact]
    public void A_surname_that_opens_with_a_particle_names_the_person_introduced_in_full()
    {
        const string text = "Ursula von der Leyen arrived in Rome on Monday.\n\n“We are ready,” von der Leyen said. Von der Leyen added that the bloc would act.";

        var result = Extract(text);

        result.Quotes.Should().HaveCount(2).And.AllSatisfy(q => q.Speaker!.Name.Should().Be("Ursula von der Leyen"));
        result.Quotes.Select(q => q.SpeakerMention!.Value.Text).Should().Equal("von der Leyen", "Von der Leyen");
    }

    [Fact]
    public void A_surname_that_opens_with_a_capitalised_arabic_particle_names_the_person_introduced_in_full()
    {
        const string text = "Minister Khalid Al Mansouri met the envoys on Sunday.\n\n“We are building for the long term,” Al Mansouri said.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Khalid Al Mansouri");
    }

    [Fact]
    public void A_two_word_surname_names_a_titled_person_whose_first_name_is_unknown()
    {
        const string text = "Finance Minister Cuauhtemoc Zamarripa Ochoa said the budget was balanced.\n\n“We keep our promises,” Zamarripa Ochoa said.";

        Extract(text).Speakers.Should().ContainSingle().Which.Name.Should().Be("Cuauhtemoc Zamarripa Ochoa");
    }

    [Fact]
    public void A_two_word_surname_names_the_person_introduced_with_two_given_names()
    {
        const string text = "Mayor Ana Lucia Quispe Huaman said the bridge was safe.\n\n“It took ten years,” Quispe Huaman said.";

        Extract(text).Speakers.Should().ContainSingle().Which.Name.Should().Be("Ana Lucia Quispe Huaman");
    }

    [Fact]
    public void A_two_word_surname_after_a_first_name_names_the_person_introduced_in_full()
    {
        const string text = "Debbie Wasserman Schultz chaired the meeting.\n\n“The process is open,” Wasserman Schultz said.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Debbie Wasserman Schultz");
    }

    [Fact]
    public void A_full_name_does_not_join_a_headline_run_that_ends_with_it()
    {
        const string text = "Critics Slam Ana Ruiz\n\n“We will build it,” Ana Ruiz said on Monday.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void An_arabic_article_in_lower_case_opens_no_name()
    {
        const string text = "The al Qaeda-linked group released a video.\n\n“Take heed,” the narrator said.";

        Extract(text).Speakers.Should().NotContain(s => s.Name.StartsWith("al "));
    }

    [Fact]
    public void A_surname_in_capitals_as_a_transcript_label_names_the_person()
    {
        const string text = "Donald Trump and Ted Cruz met on stage in Houston on Thursday.\n\nTRUMP: We are going to win so much.\n\nCRUZ: That is not true.";

        Extract(text).Quotes.Select(q => q.Speaker!.Name).Should().Equal("Donald Trump", "Ted Cruz");
    }

    [Fact]
    public void An_acronym_that_is_no_name_part_stays_an_organisation()
    {
        const string text = "Donald Trump met the press on Thursday.\n\nNATO: The alliance will meet in June.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("NATO");
    }

    [Fact]
    public void A_dutch_particle_stays_inside_the_name()
    {
        const string text = "Manchester United manager Erik ten Hag said his side deserved more.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Erik ten Hag");
    }

    [Fact]
    public void A_number_word_before_a_capitalised_word_opens_no_name()
    {
        const string text = "The vote was close.\n\nAnn Lee said ten Democrats had switched sides.";

        Extract(text).Speakers.Should().NotContain(s => s.Name.StartsWith("ten"));
    }

    [Fact]
    public void Either_half_of_a_hyphenated_surname_names_the_person_introduced_in_full()
    {
        const string text = "Clara Brandt-Okafor chairs the parish council.\n\n“This is a disgrace,” Okafor said.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Clara Brandt-Okafor");
    }
}
