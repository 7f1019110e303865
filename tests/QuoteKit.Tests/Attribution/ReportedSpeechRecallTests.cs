using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Reported-speech forms beyond the cue verb with a clause: refusals, references and the like.</summary>
public sealed class ReportedSpeechRecallTests
{
    private static List<Quote> Reported(string text) => ResultInvariants.Reported(text);

    [Fact]
    public void A_declined_infinitive_is_reported_with_the_refusing_subject()
    {
        var q = Reported("The talks ended on Monday. Ann Lee declined to comment.").Should().ContainSingle().Subject;

        q.Text.Should().Be("to comment");
        q.Cue!.Value.Text.Should().Be("declined");
        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_decline_to_a_number_is_no_refusal()
    {
        Reported("The talks ended on Monday. Sales declined to 3 percent.").Should().BeEmpty();
    }

    [Fact]
    public void What_a_speaker_refers_to_after_a_quote_is_reported()
    {
        var q = Reported("“The port will reopen soon,” Ann Lee said, referring to the northern harbour.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the northern harbour");
        q.Cue!.Value.Text.Should().Be("referring");
        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_passive_referral_is_no_reference()
    {
        Reported("The talks ended on Monday. The bill was referred to the finance committee.").Should().BeEmpty();
    }

    [Fact]
    public void A_defended_noun_phrase_is_reported()
    {
        var q = Reported("The vote was close. Senator Ann Lee defended her record on trade.").Should().ContainSingle().Subject;

        q.Text.Should().Be("her record on trade");
        q.Cue!.Value.Text.Should().Be("defended");
    }

    [Fact]
    public void What_a_speaker_blamed_is_reported()
    {
        var q = Reported("The vote was close. Tom Ruiz blamed the storm for the delays.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the storm for the delays");
        q.Speaker!.Name.Should().Be("Tom Ruiz");
    }

    [Fact]
    public void Talked_about_reports_the_topic()
    {
        var q = Reported("The plant reopened. Ann Lee talked about the cost of housing.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the cost of housing");
        q.Cue!.Value.Text.Should().Be("talked");
    }

    [Fact]
    public void An_expressed_feeling_is_reported()
    {
        var q = Reported("The plant reopened. Dr. Kim Park expressed deep concern over the delays.").Should().ContainSingle().Subject;

        q.Text.Should().Be("deep concern over the delays");
        q.Speaker!.Name.Should().Be("Kim Park");
    }

    [Fact]
    public void A_party_and_state_parenthesis_between_subject_and_cue_is_skipped()
    {
        var q = Reported("The vote was close. When the mayor left, Sen. Ann Lee (D-Ore.) argued the cuts would protect the schools.").Should().ContainSingle().Subject;

        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_participle_opening_the_sentence_speaks_for_the_main_clause_subject()
    {
        var q = Reported("The plant shut. Noting that the plant had closed, Ann Lee left the meeting early.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the plant had closed");
        q.Cue!.Value.Text.Should().Be("Noting");
        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void According_to_a_long_source_still_reports_the_clause_after_its_comma()
    {
        const string text = "Polls closed at eight. According to early results of exit polls conducted for the national networks by a research firm in New Jersey, most voters want a change of course.";

        Reported(text).Should().ContainSingle().Which.Text.Should().Be("most voters want a change of course");
    }

    [Fact]
    public void According_to_after_a_colon_opens_its_own_clause()
    {
        const string text = "Polls closed at eight. It was no surprise: According to the latest poll, the mayor leads by nine points.";

        Reported(text).Should().ContainSingle().Which.Text.Should().Be("the mayor leads by nine points");
    }

    [Fact]
    public void A_modifier_between_the_possessor_and_the_statement_noun_keeps_the_possessor()
    {
        var q = Reported("The vote ended. Protests followed Ann Lee's repeated claims that the vote was rigged.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the vote was rigged");
        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_possessive_pronoun_before_a_statement_noun_speaks_for_the_person_it_refers_to()
    {
        var q = Reported("The vote ended. Tom Ruiz, the mayor, stood by his claim that the bridge was safe.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the bridge was safe");
        q.SpeakerMention!.Value.Text.Should().Be("his");
        q.Speaker!.Name.Should().Be("Tom Ruiz");
    }

    [Fact]
    public void A_possessors_remark_reports_its_that_clause()
    {
        var q = Reported("The vote ended. The crowd cheered Ann Lee's remark that the mayor had lied.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the mayor had lied");
        q.Cue!.Value.Text.Should().Be("remark");
    }

    [Fact]
    public void A_statement_to_someone_is_no_reported_infinitive()
    {
        Reported("The vote ended. Ann Lee's statement to reporters on Monday was short.").Should().BeEmpty();
    }

    [Fact]
    public void Found_that_reports_the_finding_of_any_subject()
    {
        var q = Reported("The city was fined. After a long inquiry, the Justice Department found that the city had overcharged its residents.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the city had overcharged its residents");
        q.Cue!.Value.Text.Should().Be("found");
    }

    [Fact]
    public void A_coordinated_cue_skips_a_name_joined_by_and_in_the_object()
    {
        var q = Reported("The vote was close. Ann Lee praised both the mayor and Governor Tom Ruiz and said the vote should be delayed.")
            .Should().ContainSingle(r => r.Cue!.Value.Text == "said").Subject;

        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_poll_heading_a_long_subject_reports_what_it_found()
    {
        var q = Reported("The race is close. A poll from the state college released Wednesday found Lee leading Ruiz by 15 points among likely voters.")
            .Should().ContainSingle().Subject;

        q.Text.Should().Be("Lee leading Ruiz by 15 points among likely voters");
        q.Cue!.Value.Text.Should().Be("found");
    }

    [Fact]
    public void A_person_who_found_a_place_welcoming_reports_nothing()
    {
        Reported("The race is close. Soon, he found the area welcoming.").Should().BeEmpty();
    }

    [Fact]
    public void What_a_speaker_made_clear_is_reported()
    {
        var q = Reported("The vote was close. Senator Ann Lee made it clear that she would not back the bill.").Should().ContainSingle().Subject;

        q.Text.Should().Be("she would not back the bill");
        q.Cue!.Value.Text.Should().Be("made it clear");
        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_passive_made_clear_is_no_statement()
    {
        Reported("The vote was close. It was made clear that the bill would fail.").Should().BeEmpty();
    }

    [Fact]
    public void A_pronoun_contracted_with_has_is_the_subject_of_the_cue()
    {
        var q = Reported("Mayor Tom Reed spoke first. He's said he backs the plan to widen the road.").Should().ContainSingle().Subject;

        q.Text.Should().Be("he backs the plan to widen the road");
        q.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void A_pronoun_contracted_with_is_before_a_participle_cue_is_its_subject()
    {
        var q = Reported("Mayor Ann Lee is campaigning. She's suggesting that the new road will be built.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the new road will be built");
        q.Cue!.Value.Text.Should().Be("suggesting");
    }

    [Fact]
    public void A_statement_in_an_opening_clause_ends_at_the_main_clause()
    {
        var q = Reported("Although Mayor Tom Reed said the road was safe, residents were not convinced.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the road was safe");
        q.Speaker!.Name.Should().Be("Tom Reed");
    }

    [Fact]
    public void Saying_the_same_about_a_titled_name_keeps_the_name_whole()
    {
        var q = Reported("Polls differ. Ann Lee said the same about Mr. Reed.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the same about Mr. Reed");
    }

    [Fact]
    public void Pledged_delegates_report_nothing()
    {
        Reported("The count is close. Lee has won more pledged delegates than her rival so far.").Should().BeEmpty();
    }

    [Fact]
    public void Reporting_from_a_place_is_no_statement()
    {
        Reported("Ann Lee is our correspondent. She has reported from every debate this cycle and many rallies.").Should().BeEmpty();
    }

    [Fact]
    public void A_list_of_words_closed_by_and_stays_in_the_object()
    {
        var q = Reported("The service was short. The mayor called him a kind, loving and admirable person.").Should().ContainSingle().Subject;

        q.Text.Should().Be("him a kind, loving and admirable person");
    }

    [Fact]
    public void A_relative_clause_after_a_comma_ends_the_object()
    {
        var q = Reported("The vote was close. Ann Lee criticized the new budget plan, which the council passed in May.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the new budget plan");
    }

    private static List<Quote> ReportedWithThoughtVerbs(string text)
    {
        var options = new QuoteKitOptions { IncludeThoughtVerbs = true };
        var result = new QuoteExtractor(options).Extract(text);
        ResultInvariants.AssertHold(text, result, options);
        return result.Quotes.Where(q => q.Kind is QuoteKind.Indirect or QuoteKind.Mixed).ToList();
    }

    [Fact]
    public void With_thought_verbs_how_a_thing_seems_reports_its_subject_and_infinitive()
    {
        const string text = "The vote is near. The new plan appears to be losing support among farmers.";
        var q = ReportedWithThoughtVerbs(text).Should().ContainSingle().Subject;

        q.Parts.Select(p => text[p.Start..p.End]).Should().Equal("The new plan", "to be losing support among farmers");
        q.Cue!.Value.Text.Should().Be("appears");
        q.Speaker.Should().BeNull();
    }

    [Fact]
    public void With_thought_verbs_how_a_person_seems_is_theirs()
    {
        var q = ReportedWithThoughtVerbs("The vote is near. Mayor Ann Lee seemed to regret the delay in the north.").Should().ContainSingle().Subject;

        q.Text.Should().Be("to regret the delay in the north");
        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void Without_thought_verbs_how_a_thing_seems_is_not_reported()
    {
        Reported("The vote is near. The new plan appears to be losing support among farmers.").Should().BeEmpty();
    }

    [Fact]
    public void A_passive_report_reports_its_subject_with_the_agent_as_speaker()
    {
        var q = Reported("The talks resumed. The merger was first reported by Reuters.").Should().ContainSingle().Subject;

        q.Text.Should().Be("The merger");
        q.Cue!.Value.Text.Should().Be("reported");
        q.SpeakerMention!.Value.Text.Should().Be("Reuters");
    }

    [Fact]
    public void A_reduced_relative_report_reports_the_noun_phrase_before_its_comma()
    {
        var q = Reported("The plan, first reported by The Daily Ledger, is a key part of the response.").Should().ContainSingle().Subject;

        q.Text.Should().Be("The plan");
        q.SpeakerMention!.Value.Text.Should().Be("The Daily Ledger");
    }

    [Fact]
    public void A_relative_which_reported_by_a_named_reporter_is_the_report()
    {
        var q = Reported("Lawmakers signed the letter, which was first reported last week by the Ledger's Ann Lee.").Should().ContainSingle().Subject;

        q.Text.Should().Be("which");
        q.SpeakerMention!.Value.Text.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_passive_with_a_verb_that_reports_nothing_is_not_reported()
    {
        Reported("The talks resumed. The bill was passed by the Senate.").Should().BeEmpty();
    }

    [Fact]
    public void A_passive_report_with_a_pronoun_subject_names_nothing_reported()
    {
        Reported("The talks resumed. It was first reported by Reuters.").Should().BeEmpty();
    }

    [Fact]
    public void A_trailing_told_keeps_an_addressee_with_a_name_inside_it_in_the_attribution()
    {
        var q = Reported("Troops are arriving. The force will train local units, Ann Lee told a Senate panel.").Should().ContainSingle().Subject;

        q.Text.Should().Be("The force will train local units");
        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void An_impersonal_passive_report_reports_its_that_clause_without_a_speaker()
    {
        var q = Reported("The senator faced criticism when it was revealed in March that she had used a private account.").Should().ContainSingle().Subject;

        q.Text.Should().Be("she had used a private account");
        q.Cue!.Value.Text.Should().Be("revealed");
        q.Speaker.Should().BeNull();
    }

    [Fact]
    public void An_impersonal_report_in_an_opening_clause_ends_at_its_comma()
    {
        var q = Reported("At a time when it was said that the party might never win again, the governor won twice.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the party might never win again");
    }

    [Fact]
    public void A_poll_opening_with_a_participle_about_the_poll_reports_the_finding_after_it()
    {
        var q = Reported("Turnout was high. In the latest county poll, conducted in May, the mayor led her rival by nine points.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the mayor led her rival by nine points");
        q.Cue!.Value.Text.Should().Be("In");
    }
}
