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
}
