using FluentAssertions;

namespace QuoteKit.Tests.Attribution;

/// <summary>
/// A quotation with an attribution of its own is a statement of its own: it does not join the quotation before it, and
/// speakers named by what they wrote or by a phrase of place are found.
/// </summary>
public sealed class OwnAttributionTests
{
    private static IReadOnlyList<Quote> Extract(string text) => new QuoteExtractor().Extract(text).Quotes;

    [Fact]
    public void A_quotation_followed_by_its_own_speech_verb_is_a_second_quote()
    {
        var quotes = Extract("“The vote is lost,” said a senior official. “Nobody will say so,” said the second official.");

        quotes.Select(q => q.Text).Should().Equal("The vote is lost,", "Nobody will say so,");
    }

    [Fact]
    public void The_second_official_is_not_the_official_named_before()
    {
        var quotes = Extract("“The vote is lost,” said a senior official. “Nobody will say so,” said the second official.");

        quotes[1].SpeakerMention!.Value.Text.Should().Be("the second official");
        quotes[1].Speaker!.Id.Should().NotBe(quotes[0].Speaker!.Id);
    }

    [Fact]
    public void A_quotation_whose_unnamed_speaker_follows_it_is_a_second_quote()
    {
        var quotes = Extract("“It was cold,” said Sam Ortiz, a farmer. “Nobody came,” another said.");

        quotes.Should().HaveCount(2);
    }

    [Fact]
    public void A_column_speaks_for_its_words()
    {
        var q = Extract("A popular column attacked the remark. “It was rough around the edges,” the column noted.").Should().ContainSingle().Subject;

        q.SpeakerMention!.Value.Text.Should().Be("the column");
    }

    [Fact]
    public void A_phrase_of_place_between_the_speaker_and_the_cue_is_skipped()
    {
        var q = Extract("“Move back now!” a man in the crowd shouted.").Should().ContainSingle().Subject;

        q.SpeakerMention!.Value.Text.Should().Be("a man");
        q.Cue!.Value.Text.Should().Be("shouted");
    }

    [Fact]
    public void A_two_word_cue_after_a_question_mark_attributes_the_quote()
    {
        var q = Extract("Kelly pressed him on the feud. “Why now?” Trump shot back.").Single(q => q.Kind == QuoteKind.Direct);

        q.SpeakerMention!.Value.Text.Should().Be("Trump");
    }

    [Fact]
    public void Going_on_recess_is_no_cue()
    {
        var q = Extract("Sen. Ann Rubio said that once the Senate goes on recess, “I intend to help where I can.”").Single(q => q.Kind != QuoteKind.Indirect);

        q.Speaker!.Name.Should().Be("Ann Rubio");
    }

    [Fact]
    public void A_day_going_on_in_a_clause_of_time_is_no_cue()
    {
        var quotes = Extract("As the day went on, Trump offered strident defenses of his aide.");

        quotes.Should().NotContain(q => q.Cue != null && q.Cue.Value.Text == "went");
    }

    [Fact]
    public void A_clause_of_time_before_a_speaker_and_an_object_is_no_statement()
    {
        var quotes = Extract("As the day went on, Trump offered strident defenses of his aide.");

        quotes.Should().NotContain(q => q.Text == "As the day went on");
    }

    [Fact]
    public void A_company_written_with_an_ampersand_names_its_employee()
    {
        var q = Extract("“We are shocked,” a P&G employee told French television.").Should().ContainSingle().Subject;

        q.SpeakerMention!.Value.Text.Should().Be("a P&G employee");
    }

    [Fact]
    public void A_Q_and_A_heading_is_no_speaker_label()
    {
        Extract("Q&A: The new head of the central bank on inflation\n\nShe took office in May.").Should().BeEmpty();
    }

    [Fact]
    public void A_suit_speaks_for_its_words()
    {
        var q = Extract("The aide sued in June. “The plaintiff was the only one reprimanded,” the suit says.").Should().ContainSingle().Subject;

        q.SpeakerMention!.Value.Text.Should().Be("the suit");
    }

    [Fact]
    public void A_description_no_mention_reads_before_the_cue_names_the_speaker()
    {
        var quotes = Extract("Mary Lowe spoke first.\n\n“From day one, I made climate the top priority,” the bespectacled, 71-year-old diplomat said in an interview.");

        quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("bespectacled, 71-year-old diplomat");
    }

    [Fact]
    public void A_relative_clause_after_the_speaker_is_left_out_of_the_description()
    {
        var quotes = Extract("Mary Lowe spoke first.\n\n“You get your house ready for a party,” Paris, who used to work on Capitol Hill, said about the activity.");

        quotes.Should().ContainSingle().Which.SpeakerMention!.Value.Text.Should().Be("Paris");
    }

    [Fact]
    public void A_described_speaker_that_opens_with_a_mention_is_that_mention()
    {
        var quotes = Extract("Donald Trump, the billionaire, spoke on Monday. “My guilty pleasure is the news,” the billionaire business mogul said.");

        quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Donald Trump");
    }

    [Fact]
    public void An_inverted_indefinite_pronoun_is_someone_unnamed()
    {
        var quotes = Extract("Mary Lowe spoke first.\n\n“Better watch out for the count,” tweeted another.");

        quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("another");
    }
}
