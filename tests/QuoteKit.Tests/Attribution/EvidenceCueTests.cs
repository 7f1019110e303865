using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Records, surveys and documents that report through "show" and trailing cues.</summary>
public sealed class EvidenceCueTests
{
    private static List<Quote> Reported(string text) => ResultInvariants.Reported(text);

    [Fact]
    public void A_poll_with_modifiers_after_it_reports_through_shows()
    {
        var q = Reported("The vote was close. A state university poll out this week shows the mayor with an 8-point lead over Lee.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the mayor with an 8-point lead over Lee");
        q.Cue!.Value.Text.Should().Be("shows");
    }

    [Fact]
    public void A_video_of_an_event_reports_through_shows()
    {
        var q = Reported("The vote was close. A video of the protest shows her clutching her phone among the crowd.").Should().ContainSingle().Subject;

        q.Text.Should().Be("her clutching her phone among the crowd");
    }

    [Fact]
    public void An_email_reports_through_shows()
    {
        var q = Reported("The vote was close. A March email shows the agency sent 10 senior staffers to the annual summit.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the agency sent 10 senior staffers to the annual summit");
    }

    [Fact]
    public void The_reports_before_a_trailing_cue_are_its_subject()
    {
        var q = Reported("The vote was close. The group replaced its planned ads, the reports said.").Should().ContainSingle().Subject;

        q.Text.Should().Be("The group replaced its planned ads");
        q.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void A_sentence_opening_with_a_poll_reports_the_clause_after_the_comma()
    {
        var q = Reported("The vote was close. In a state university poll released Monday, 52 percent of voters backed the mayor.").Should().ContainSingle().Subject;

        q.Text.Should().Be("52 percent of voters backed the mayor");
        q.Cue!.Value.Text.Should().Be("In");
    }

    [Fact]
    public void An_opening_phrase_whose_poll_is_not_its_head_reports_nothing()
    {
        Reported("The vote was close. In a memo released as polls closed, the campaign manager thanked the volunteers.").Should().BeEmpty();
    }

    [Fact]
    public void A_cue_in_the_clause_after_an_opening_poll_reports_the_statement_itself()
    {
        var q = Reported("The vote was close. In the new poll, most voters said the mayor had done well.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the mayor had done well");
        q.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void A_plural_of_email_before_a_participle_is_a_noun()
    {
        Reported("The vote was close. More Ann Lee emails released on the eve of the caucus.").Should().BeEmpty();
    }

    [Fact]
    public void Emails_before_that_is_a_cue()
    {
        var q = Reported("The vote was close. Ann Lee emails that the bridge will reopen in May.").Should().ContainSingle().Subject;

        q.Cue!.Value.Text.Should().Be("emails");
        q.Text.Should().Be("the bridge will reopen in May");
    }
}
