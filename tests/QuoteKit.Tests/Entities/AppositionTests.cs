using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>A role set off before a name ("The French president, Emmanuel Macron,") is that named person.</summary>
public sealed class AppositionTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    [Fact]
    public void A_role_before_a_name_in_commas_is_that_person()
    {
        const string text = "Officials met in Paris. Her spokesman, Eric Mamer, told journalists the plan was ready.";

        var speaker = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("the plan")).Subject.Speaker!;

        speaker.Name.Should().Be("Eric Mamer");
        speaker.Descriptions.Should().Contain(d => d.Contains("spokesman"));
    }

    [Fact]
    public void A_role_before_a_name_does_not_join_an_earlier_speaker()
    {
        const string text = "“We will manage,” Chancellor Olaf Scholz said on Tuesday.\n\n"
            + "The French president, Emmanuel Macron, was more cautious. “We must stay united,” Macron said.";

        var result = Extract(text);

        result.Speakers.Single(s => s.Name == "Olaf Scholz").Descriptions.Should().NotContain(d => d.Contains("French"));
        result.Speakers.Single(s => s.Name == "Emmanuel Macron").Descriptions.Should().Contain(d => d.Contains("French president"));
    }

    [Fact]
    public void A_company_role_before_a_company_name_is_that_company()
    {
        const string text = "Shares fell on Monday. The carmaker, Tesla Inc., said deliveries would rise.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("deliveries")).Which.Speaker!.Name.Should().Contain("Tesla");
    }

    [Fact]
    public void A_group_before_names_in_commas_stays_a_group()
    {
        const string text = "The two leaders, Ana Ruiz and Tom Lee, said the talks went well.";

        var speaker = Extract(text).Quotes.Should().ContainSingle().Subject.Speaker!;

        speaker.Name.Should().NotBe("Ana Ruiz");
    }

    [Fact]
    public void A_role_before_a_name_the_first_name_list_does_not_know_is_that_person()
    {
        const string text = "The drought is worse this year.\n\nSingh's neighbour, Harjit Kaur, lost half her crop. “My children ask me why we stay,” she says.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Harjit Kaur");
    }

    [Fact]
    public void An_apposition_without_a_determiner_describes_the_name_before_it()
    {
        const string text = "Ruth Gregory, deputy chief economist at Capital Analytics, said the overshoot was temporary.";

        var quote = ResultInvariants.OnlyQuote(text, "overshoot");

        quote.SpeakerMention!.Value.Text.Should().Be("Ruth Gregory");
        quote.Speaker!.Descriptions.Should().Contain("deputy chief economist");
    }

    [Fact]
    public void A_plural_after_a_name_and_comma_is_not_its_apposition()
    {
        const string text = "Ana Ruiz met the envoy.\n\nMrs. Ruiz, officials said, would accept the post.";

        var quote = ResultInvariants.OnlyQuote(text, "would accept");

        quote.Speaker!.Name.Should().NotBe("Ana Ruiz");
    }

    [Fact]
    public void A_role_with_a_prepositional_phrase_before_a_name_in_commas_is_that_person()
    {
        const string text = "A lawyer for Mr. Hale, Daniel Ortiz, said his client had offered a fair price.";

        var speaker = ResultInvariants.OnlyQuote(text, "fair price").Speaker!;

        speaker.Name.Should().Be("Daniel Ortiz");
        speaker.Descriptions.Should().Contain(d => d.Contains("lawyer"));
    }

    [Fact]
    public void A_role_with_a_prepositional_phrase_and_no_name_after_it_stays_a_role()
    {
        const string text = "Mr. Hale met the press. A lawyer for Mr. Hale, who declined to be named, said the offer was fair.";

        ResultInvariants.OnlyQuote(text, "offer was fair").Speaker!.Name.Should().NotBe("Hale");
    }

    [Fact]
    public void A_bare_role_in_the_headline_is_the_person_the_story_names_with_that_role()
    {
        const string text = "Mayor vows to fix potholes\n\nThe city's mayor, Tracy Brabin, promised on Monday to repair every pothole.";

        var result = Extract(text);

        result.Quotes.Should().OnlyContain(q => q.Speaker!.Name == "Tracy Brabin");
    }

    [Fact]
    public void A_bare_role_in_the_headline_does_not_join_a_person_with_another_role()
    {
        const string text = "Mayor vows to fix potholes\n\nCouncillor James Lewis said the plan was long overdue.";

        var result = Extract(text);

        result.Quotes.Should().Contain(q => q.Text.Contains("fix potholes")).Which.Speaker!.Name.Should().NotBe("James Lewis");
    }

    [Fact]
    public void A_role_a_company_can_fill_before_a_company_name_in_commas_is_that_company()
    {
        const string text = "The mall reopened.\n\nThe mall's owner, Brookfield Properties Inc., said it was cooperating with investigators.";

        ResultInvariants.OnlyQuote(text, "cooperating").Speaker!.Name.Should().Be("Brookfield Properties Inc");
    }

    [Fact]
    public void A_bare_role_in_the_headline_and_an_unnamed_role_are_the_person_named_later()
    {
        const string text = "Judge rejects bid to dismiss fraud case\n\nA federal judge on Thursday refused to throw out the charges, the court said.\n\n"
            + "U.S. District Judge Amy Chen wrote that prosecutors had presented ample evidence.";

        Extract(text).Quotes.Should().Contain(q => q.Text.Contains("dismiss fraud case")).Which.Speaker!.Name.Should().Be("Amy Chen");
    }

    [Fact]
    public void A_role_after_a_place_named_after_in_is_not_that_place()
    {
        const string text = "Former Governor Dana Whitcombe toured the state on Sunday.\n\n"
            + "At a rally in Westbury, the former governor said the race was far from over.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("the race")).Which.Speaker!.Name.Should().Be("Dana Whitcombe");
    }

    [Fact]
    public void A_role_before_a_name_with_its_own_prepositional_phrase_is_that_person()
    {
        const string text = "Shares fell sharply. Another analyst, Ruth Calder of Brannock Securities, said the stock looked cheap.";

        var speaker = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("looked cheap")).Subject.Speaker!;

        speaker.Name.Should().Be("Ruth Calder");
    }

    [Fact]
    public void A_company_title_of_capitalised_words_before_a_name_in_commas_is_that_person()
    {
        const string text = "The trial ended early. Brevane's Chief Scientific Officer, Dr. Ada Mwangi, said the results were encouraging.";

        var speaker = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("encouraging")).Subject.Speaker!;

        speaker.Name.Should().Be("Ada Mwangi");
    }

    [Fact]
    public void A_title_of_capitalised_words_owned_by_a_name_of_two_words_before_a_name_in_commas_is_that_person()
    {
        const string text = "Costs rose again. The Harlow Corporation's Chief Financial Officer, Jane Roe, said margins were thin.";

        var speaker = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("margins")).Subject.Speaker!;

        speaker.Name.Should().Be("Jane Roe");
    }

    [Fact]
    public void A_role_before_a_name_with_letters_in_brackets_is_that_person()
    {
        const string text = "The trial was adjourned. A lawyer for the firm, Chief Ade Ojo (SAN), said his client needed more time.";

        var speaker = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("more time")).Subject.Speaker!;

        speaker.Name.Should().Be("Ade Ojo");
    }

    [Fact]
    public void A_name_in_commas_after_a_role_and_its_prepositional_phrase_names_the_role_not_the_object()
    {
        const string text = "The trial was adjourned. Counsel to the defendant, Bola Ige, said his client needed more time.";

        var speaker = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("more time")).Subject.Speaker!;

        speaker.Name.Should().Be("Bola Ige");
    }

    [Fact]
    public void A_name_in_commas_after_a_role_of_an_organisation_with_initials_in_brackets_names_the_role()
    {
        const string text = "President Clara Ruiz defended the plan.\n\n"
            + "The head of the National Electoral Board (NEB), Lupe Tadeo Zavala, said the board needed more money.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("more money")).Which.Speaker!.Name.Should().Be("Lupe Tadeo Zavala");
    }
    [Fact]
    public void A_counterpart_before_a_name_describes_it()
    {
        const string text = "Mr Lindqvist met his Danish counterpart Jens Holm on Friday. Holm said the talks had gone well.";

        ResultInvariants.OnlyQuote(text, "talks had gone well").Speaker!.Descriptions.Should().Contain("Danish counterpart");
    }

    [Fact]
    public void An_organisation_after_modifiers_in_the_phrase_before_an_apposed_name_does_not_speak()
    {
        const string text = "The head of the nurses' union, Ana Ruiz, spoke first. Her counterpart at the more militant FSU, Paul Dorr, called for a strike.";

        ResultInvariants.OnlyQuote(text, "a strike").Speaker!.Name.Should().Be("Paul Dorr");
    }

    [Fact]
    public void A_nominal_after_a_name_that_closes_an_opening_phrase_is_the_main_subject_not_an_apposition()
    {
        const string text = "Senator Ann Park spoke on Monday.\n\nIn an interview with radio hosts Joe Lane and Mika Ross, the senator said that the plan would fail.";

        ResultInvariants.Reported(text).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ann Park");
    }
}
