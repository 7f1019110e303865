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
}
