using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Spurious or misbounded reported statements found by probing articles from outside the corpus.</summary>
public sealed class ProbeStatementTests
{
    private static List<Quote> Reported(string text) => ResultInvariants.Reported(text);

    [Fact]
    public void Asking_not_to_be_named_is_no_statement()
    {
        var quotes = Reported("The vote was close. Another councillor, who asked not to be named, said the budget would pass.");

        quotes.Should().ContainSingle().Which.Text.Should().Be("the budget would pass");
    }

    [Fact]
    public void A_headline_passive_told_reports_its_clause_without_the_listener_as_speaker()
    {
        var q = Reported("Jury told farmer had been warned about the bull\n\nThe trial continues on Monday.").Should().ContainSingle().Subject;

        q.Text.Should().Be("farmer had been warned about the bull");
        q.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_live_blog_clock_time_is_no_part_of_an_according_to_statement()
    {
        var q = Reported("14:05 — Queues appear to be longer than usual, according to local reporters.").Should().ContainSingle().Subject;

        q.Text.Should().Be("Queues appear to be longer than usual");
    }

    [Fact]
    public void A_live_blog_clock_time_without_a_dash_is_no_part_of_a_trailing_statement()
    {
        var q = Reported("09:30 Both candidates have now voted, officials said.").Should().ContainSingle().Subject;

        q.Text.Should().Be("Both candidates have now voted");
    }

    [Fact]
    public void The_and_before_the_subjects_second_verb_is_left_out_of_the_first_object()
    {
        var quotes = Reported("The vote was close. Residents described Lee as shy and said they rarely saw him.");

        quotes.Select(q => q.Text).Should().Equal("Lee as shy", "they rarely saw him");
    }

    [Fact]
    public void Afterwards_between_said_and_that_is_no_part_of_the_statement()
    {
        var q = Reported("The match ended. The coach said afterwards that the defence had been poor.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the defence had been poor");
    }

    [Fact]
    public void A_named_speakers_statement_carried_by_a_statement_keeps_its_speaker()
    {
        var q = Reported("The talks stalled. Earlier, army spokesman Omar Haddad said the unit would withdraw, according to a statement carried by state television.")
            .Should().ContainSingle().Subject;

        q.Text.Should().Be("the unit would withdraw");
        q.Speaker!.Name.Should().Be("Omar Haddad");
    }

    [Fact]
    public void A_statement_over_an_unclosed_opening_mark_is_not_reported()
    {
        var quotes = Reported("The rally ended.\n\nThe mayor said “It ends here and we go home, officials said.\n\nThe crowd left.");

        quotes.Should().BeEmpty();
    }

    [Fact]
    public void An_inverted_speaker_after_a_fronted_prepositional_phrase_speaks_the_sentence_before_it()
    {
        const string text = "Towns are changing. Across the Midlands, a generation of young engineers is moving back to small towns, said Maya Tran, an analyst at a regional bank.";

        var q = Reported(text).Should().ContainSingle().Subject;

        q.Text.Should().Be("Across the Midlands, a generation of young engineers is moving back to small towns");
        q.Speaker!.Name.Should().Be("Maya Tran");
    }

    [Fact]
    public void A_titled_inverted_speaker_does_not_end_at_the_period_of_the_title()
    {
        const string text = "The talks went on. The plan is modest, said Ms. Gil, but it has won a loyal following.";

        var q = Reported(text).Should().ContainSingle().Subject;

        q.Parts.Should().HaveCount(2);
        q.SpeakerMention!.Value.Text.Should().Be("Ms. Gil");
    }

    [Fact]
    public void A_quotation_after_a_noun_like_state_stays_part_of_the_reported_clause()
    {
        const string text = "The debate ran late. The senator added that towns in his state “cannot wait for a bill that never comes.”";

        var q = ResultInvariants.Checked(text).Quotes.Should().ContainSingle().Subject;

        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Be("towns in his state “cannot wait for a bill that never comes.”");
    }

    [Fact]
    public void A_quotation_and_its_rendering_in_other_marks_are_two_quotes_even_with_as_she_put_it_between()
    {
        const string text = "The minister was defiant. „Wir schaffen das“, as she put it: “We can manage this.”";

        var quotes = ResultInvariants.Checked(text).Quotes;

        quotes.Select(q => q.Text).Should().Equal("Wir schaffen das", "We can manage this.");
    }

    [Fact]
    public void According_to_a_question_word_is_a_measure_not_a_source()
    {
        var quotes = Reported("The council published a map. Streets are shaded according to how many homes stand empty in winter.");

        quotes.Should().BeEmpty();
    }

    [Fact]
    public void Reports_before_a_cue_are_its_subject_not_a_cue()
    {
        var quotes = Reported("The line reopened on Friday. Preliminary reports suggested a signal fault near the bridge.");

        quotes.Should().NotContain(q => q.Cue != null && q.Cue.Value.Text == "reports");
    }
}
