using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>Which earlier mention a pronoun speaker stands for.</summary>
public sealed class PronounTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    [Fact]
    public void A_pronoun_is_not_the_object_of_a_preposition_before_it_in_its_sentence()
    {
        const string text = "Agriculture minister Narendra Tomar insists the situation is improving.\n\n"
            + "In an interview with The Hindu, he said new canals would reach the district within two years.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("canals")).Subject;

        quote.SpeakerMention!.Value.Text.Should().Be("he");
        quote.Speaker!.Name.Should().Be("Narendra Tomar");
    }

    [Fact]
    public void A_pronoun_is_the_subject_of_its_sentence_before_it()
    {
        const string text = "The mayor spoke first.\n\nWhen Tom Lee arrived at the hall, he said the vote was fair.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("the vote")).Which.Speaker!.Name.Should().Be("Tom Lee");
    }

    [Fact]
    public void A_name_in_an_opening_question_is_not_the_subject_that_answers_after_the_comma()
    {
        const string text = "The chain has reviewed its suppliers.\n\nAsked whether the review had included Kestrel, Dana Moore said it had. "
            + "“We will look at that audit again,” she said.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("audit again")).Which.Speaker!.Name.Should().Be("Dana Moore");
    }

    [Fact]
    public void A_place_in_an_opening_phrase_is_not_the_subject_that_speaks_after_the_comma()
    {
        const string text = "Commuters queued for hours on Monday.\n\nOutside Riverside Library, nurse Dana Moore said she had walked four miles. "
            + "“My feet are done,” she said.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("My feet")).Which.Speaker!.Name.Should().Be("Dana Moore");
    }

    [Fact]
    public void A_subordinate_clause_s_subject_still_leads_the_pronoun_of_the_main_clause()
    {
        const string text = "The debate ran late.\n\nWhen Tom Lee took Sam Price on, he said the plan would fail.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("plan would fail")).Which.Speaker!.Name.Should().Be("Tom Lee");
    }

    [Theory]
    [InlineData("Joaquín")]
    [InlineData("Seán")]
    [InlineData("François")]
    public void A_first_name_written_with_an_accent_tells_the_gender(string given)
    {
        string text = $"The presenter {given} Herrera interviewed the novelist Carla Soto on Monday.\n\n"
            + "Herrera asked Soto about the festival. “I was in the audience that night,” she said.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("in the audience")).Which.Speaker!.Name.Should().Be("Carla Soto");
    }

    [Fact]
    public void A_name_in_a_subheading_is_no_antecedent_for_the_pronoun_after_it()
    {
        const string text = "Maria Lopez spoke after the match on Saturday.\n\nThe new Arsenal\n\n“We will run and run,” she said.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("We will run")).Which.Speaker!.Name.Should().Be("Maria Lopez");
    }

    [Fact]
    public void A_surname_that_is_also_a_first_name_gives_the_person_no_gender()
    {
        const string text = "Mayor Dana Cole spoke first.\n\nCole said the plan would work. “It has helped other towns,” she said.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("other towns")).Which.Speaker!.Name.Should().Be("Dana Cole");
    }

    [Fact]
    public void A_description_after_a_name_and_an_age_in_commas_is_that_person()
    {
        const string text = "For Margaret Pell, 71, a retired teacher, the closure is a blow. “I have nowhere else to go,” she said.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("nowhere else")).Which.Speaker!.Name.Should().Be("Margaret Pell");
    }

    [Fact]
    public void She_is_not_a_name_written_after_the()
    {
        const string text = "Maureen Doyle has kept the light for 31 years. The Harbour Commissioners, who run the station, plan to automate it.\n\n"
            + "“It is progress, I suppose,” she says.";

        ResultInvariants.OnlyQuote(text, "It is progress").Speaker!.Name.Should().Be("Maureen Doyle");
    }

    [Fact]
    public void He_is_not_the_head_a_person_shook()
    {
        const string text = "Asked about the loss, Tom Reyes shook his head.\n\n“We were not good enough,” he said.";

        ResultInvariants.OnlyQuote(text, "not good enough").Speaker!.Name.Should().Be("Tom Reyes");
    }

    [Fact]
    public void He_is_not_a_team_named_with_a_plural_verb()
    {
        const string text = "Redbridge drew on Saturday.\n\nThe Redbridge manager said his side lacked an edge. Redbridge have now dropped points in three games.\n\n"
            + "“We need to be more clinical,” he said.";

        ResultInvariants.OnlyQuote(text, "more clinical").Speaker!.Name.Should().NotBe("Redbridge");
    }

    [Fact]
    public void A_name_that_modifies_a_noun_after_an_indefinite_article_is_no_subject_for_a_pronoun()
    {
        const string text = "At the food bank, which meets in a Baptist church hall, volunteer Ann Pryce says demand has doubled.\n\n"
            + "“We see nurses now,” she says.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("nurses")).Which.Speaker!.Name.Should().Be("Ann Pryce");
    }

    [Fact]
    public void A_name_after_an_article_and_a_modifier_is_no_subject_for_a_pronoun()
    {
        const string text = "In the western Sydney suburb of Blacktown, teacher Kate Moss said rents had doubled. “I cannot keep up,” she said.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("keep up")).Which.Speaker!.Name.Should().Be("Kate Moss");
    }

    [Fact]
    public void A_name_joined_by_and_to_the_object_of_a_preposition_is_no_antecedent_in_its_sentence()
    {
        const string text = "Spokesman Ed Ramos said the toll would rise.\n\n"
            + "Most of the deaths were in Leyte and Samar Occidental provinces, he said.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("Most of the deaths")).Which.Speaker!.Name.Should().Be("Ed Ramos");
    }

    [Fact]
    public void An_indefinite_object_of_an_ing_form_is_no_subject_for_a_pronoun()
    {
        const string text = "Senator Mark Hale spoke at the rally.\n\n"
            + "On the same day that footage emerged of an individual at a Hale rally punching a protester, Mr. Hale said of the episode, "
            + "“I do not like it,” adding that “they have anger.”\n\n"
            + "“There is also great love for the country,” he said.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("great love")).Which.Speaker!.Name.Should().Be("Mark Hale");
    }

    [Fact]
    public void Afterwards_opening_a_sentence_is_no_name_for_a_pronoun()
    {
        const string text = "Afterwards, her editor, Jo Marsh, tells me the book sold well. “Nobody expected it,” she says.";

        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("Nobody expected")).Which.Speaker!.Name.Should().Be("Jo Marsh");
    }

    [Fact]
    public void He_is_never_the_writer()
    {
        const string text = "My trial\n\nLater, when I emailed Ben Brafman to thank him for his work, he replied, “This was one of my finest moments.”";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;

        quote.Speaker!.Name.Should().Be("Ben Brafman");
    }
}
