using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Readings of cue words that report no speech.</summary>
public sealed class NonSpeechReadingTests
{
    private static List<Quote> Reported(string text) => ResultInvariants.Reported(text);

    [Fact]
    public void States_before_a_relative_that_and_a_verb_is_a_noun()
    {
        Reported("The vote was close. Voters in the Rust Belt states that have lost factory jobs turned out early.").Should().BeEmpty();
    }

    [Fact]
    public void States_that_before_a_subject_is_a_cue()
    {
        var q = Reported("The vote was close. The report states that the bridge is unsafe.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the bridge is unsafe");
    }

    [Fact]
    public void Add_up_to_is_a_sum()
    {
        Reported("The vote was close. The mayor's pledges add up to more than $8 million.").Should().BeEmpty();
    }

    [Fact]
    public void Charged_before_a_price_is_no_speech()
    {
        Reported("The vote was close. Ann Lee charged a $90,000 initiation fee at her golf club.").Should().BeEmpty();
    }

    [Fact]
    public void A_headline_charged_after_an_event_is_a_charge_brought_not_speech()
    {
        Reported("Driver charged after crash on ring road\n\nThe road was closed for six hours.").Should().BeEmpty();
    }

    [Fact]
    public void Charged_in_a_filing_that_reports_the_clause()
    {
        var q = Reported("The vote was close. Prosecutors charged in a court filing that Ann Lee had lied.").Should().ContainSingle().Subject;

        q.Text.Should().Be("Ann Lee had lied");
    }

    [Fact]
    public void Charged_someone_with_a_crime_reports_the_charge()
    {
        var q = Reported("The vote was close. Prosecutors charged Ann Lee with fraud in the bridge contract.").Should().ContainSingle().Subject;

        q.Cue!.Value.Text.Should().Be("charged");
    }
}
