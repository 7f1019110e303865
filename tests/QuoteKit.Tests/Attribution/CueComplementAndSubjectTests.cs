using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>What stands between a cue and its subject or its clause, and what is no reported clause at all.</summary>
public sealed class CueComplementAndSubjectTests
{
    private static List<Quote> Reported(string text) => ResultInvariants.Reported(text);

    [Fact]
    public void Agreeing_on_something_in_a_restrictive_relative_clause_reports_nothing()
    {
        Reported("Two mayors who rarely agree on anything joined forces on Tuesday to back a new tram line.").Should().BeEmpty();
    }

    [Fact]
    public void A_time_phrase_between_an_unnamed_subject_and_its_cue_is_no_speaker()
    {
        var q = Reported("Zentrix on Wednesday reported record revenue for the quarter.").Should().ContainSingle().Subject;

        q.Speaker!.Name.Should().Be("Zentrix");
    }

    [Fact]
    public void A_conjunction_opening_the_sentence_is_no_part_of_an_unnamed_subject()
    {
        var q = Reported("The council denied it. But the householder insisted the lights had been fixed to her own fence.")
            .Should().ContainSingle(quote => quote.Cue!.Value.Text == "insisted").Subject;

        q.SpeakerMention!.Value.Text.Should().Be("the householder");
    }

    [Fact]
    public void A_present_form_that_is_only_a_verb_follows_an_unlisted_noun_as_its_cue()
    {
        var q = Reported("The trustees voted on Monday.\n\nThe division says it will spend the savings on counselling.").Should().ContainSingle().Subject;

        q.Text.Should().Be("it will spend the savings on counselling");
        q.SpeakerMention!.Value.Text.Should().Be("The division");
    }

    [Fact]
    public void A_determined_addressee_and_a_time_word_stay_out_of_the_told_clause()
    {
        var q = Reported("The director told a Senate panel Wednesday that the agency needed more staff.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the agency needed more staff");
    }

    [Fact]
    public void Since_between_a_perfect_auxiliary_and_the_cue_is_no_part_of_the_speaker()
    {
        var q = Reported("The senator has since claimed that the vote was rigged.").Should().ContainSingle().Subject;

        q.SpeakerMention!.Value.Text.Should().Be("The senator");
    }
}
