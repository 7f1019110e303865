using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Where a reported statement starts and ends, and which words after a cue are no statement at all.</summary>
public sealed class ReportedSpeechBoundaryTests
{
    private static List<Quote> Reported(string text) => ResultInvariants.Reported(text);

    [Fact]
    public void A_phrasal_cues_preposition_is_left_out_of_its_object()
    {
        var q = Reported("The vote was close. Ann Lee called for a recount of the ballots.").Should().ContainSingle().Subject;

        q.Text.Should().Be("a recount of the ballots");
        q.Cue!.Value.Text.Should().Be("called");
    }

    [Fact]
    public void A_parenthetical_statement_resumes_after_the_relative_clause_that_describes_its_speaker()
    {
        const string text = "The vote was close. And the mayor, said Ruth Ortiz, who worked for her for years, never forgives a slight.";
        var q = Reported(text).Should().ContainSingle().Subject;

        q.Parts.Select(p => text[p.Start..p.End]).Should().Equal("And the mayor", "never forgives a slight");
        q.Speaker!.Name.Should().Be("Ruth Ortiz");
    }

    [Fact]
    public void Pointed_out_that_reports_the_clause_after_that()
    {
        var q = Reported("The vote was close. Ann Lee pointed out that the bridge had been closed for years.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the bridge had been closed for years");
    }

    [Fact]
    public void A_statement_that_opens_with_a_conditional_clause_runs_past_its_comma()
    {
        var q = Reported("The vote was close. Ann Lee told voters that if the bridge were a stock, she would advise buying it.")
            .Should().ContainSingle().Subject;

        q.Text.Should().Be("if the bridge were a stock, she would advise buying it");
    }

    [Fact]
    public void A_trailing_said_with_titles_before_the_name_reports_the_statement_before_it()
    {
        var q = Reported("The vote was close. The firm lobbied the city on taxes, said lobbyist and strategist Carl Brown.").Should().ContainSingle().Subject;

        q.Text.Should().Be("The firm lobbied the city on taxes");
        q.Speaker!.Name.Should().Be("Carl Brown");
    }

    [Fact]
    public void An_apposition_after_an_inverted_speaker_is_no_part_of_the_statement()
    {
        var q = Reported("The vote was close. The firm lobbied the city on taxes, said Carl Brown, the firm's former partner.").Should().ContainSingle().Subject;

        q.Parts.Count.Should().Be(1);
        q.Text.Should().Be("The firm lobbied the city on taxes");
    }

    [Fact]
    public void An_inverted_speaker_with_a_relative_clause_is_no_statement()
    {
        var quotes = Reported("The vote was close. The firm lobbied the city on taxes, said several Democrats who know him.");

        quotes.Should().ContainSingle().Which.Text.Should().Be("The firm lobbied the city on taxes");
    }

    [Fact]
    public void A_past_verb_after_the_noun_makes_a_clause_not_an_inverted_speaker()
    {
        var quotes = Reported("The vote was close. Tom Ruiz, a Republican who has refused to back the mayor, said the Khan family deserved better.");

        quotes.Should().Contain(q => q.Text == "the Khan family deserved better" && q.Cue!.Value.Text == "said");
    }

    [Fact]
    public void Going_on_to_win_reports_nothing()
    {
        Reported("The vote was close. Ann Lee went on to win the seat in 2010.").Should().BeEmpty();
    }

    [Fact]
    public void Going_on_to_say_leaves_the_statement_to_say()
    {
        var q = Reported("The vote was close. Ann Lee went on to say that the bridge was safe.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the bridge was safe");
        q.Cue!.Value.Text.Should().Be("say");
    }

    [Fact]
    public void A_ratio_subject_opens_a_second_statement_in_the_sentence()
    {
        var quotes = Reported("The vote was close. Most voters said they like the plan, but six in 10 said they want the mayor to change it.");

        quotes.Select(q => q.Text).Should().Equal("they like the plan", "they want the mayor to change it");
    }

    [Fact]
    public void A_day_after_a_prepositional_adjunct_belongs_to_the_adjunct()
    {
        var q = Reported("The vote was close. The group said in a statement Thursday night it had pulled the listing.").Should().ContainSingle().Subject;

        q.Text.Should().Be("it had pulled the listing");
    }

    [Fact]
    public void An_aside_between_dashes_may_stand_before_that()
    {
        var q = Reported("The vote was close. Her manager said — on Twitter, as it happens — that the campaign raised $4 million.")
            .Should().ContainSingle().Subject;

        q.Text.Should().Be("the campaign raised $4 million");
    }

    [Fact]
    public void A_trailing_according_to_after_a_clause_of_its_own_reports_that_clause()
    {
        var quotes = Reported("The vote was close. The governor praised the mayor's record, and won 77 percent of the farm vote, according to exit polls.");

        quotes.Should().Contain(q => q.Text == "won 77 percent of the farm vote" && q.Cue!.Value.Text == "according to");
    }

    [Fact]
    public void A_past_form_after_a_determiner_is_no_cue()
    {
        Reported("The vote was close. The mayor is likely to have a majority of those pledged delegates, on the basis of current projections.")
            .Should().BeEmpty();
    }

    [Fact]
    public void Show_after_a_kind_of_programme_is_a_noun()
    {
        Reported("The vote was close. Ann Lee spoke during an interview with late night talk show host Tom Ruiz in October.").Should().BeEmpty();
    }

    [Fact]
    public void A_programme_named_after_its_kind_is_no_statement()
    {
        var q = Reported("The vote was close. Speaking on radio show Main Street Live last week, Ann Lee said the bridge was safe.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the bridge was safe");
    }

    [Fact]
    public void A_contrasting_while_clause_without_a_cue_stays_in_the_statement()
    {
        var q = Reported("The vote was close. A source said the mayor leads in the north, while her rival leads in the south.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the mayor leads in the north, while her rival leads in the south");
    }

    [Fact]
    public void A_contrasting_while_clause_with_a_cue_of_its_own_ends_the_statement()
    {
        var quotes = Reported("The vote was close. Most voters said the bridge was safe, while 22 percent said it should close.");

        quotes.Select(q => q.Text).Should().Equal("the bridge was safe", "it should close");
    }

    [Fact]
    public void A_credit_line_of_names_under_a_label_is_no_statement()
    {
        Reported("The vote was close.\n\nContributors: Iris Ouyang, Thomas Vogel and Grant Miller, Valley Herald.").Should().BeEmpty();
    }

    [Fact]
    public void A_roster_of_names_under_a_place_is_no_statement()
    {
        Reported("The vote was close.\n\nNorth Dakota Panel: Ann Lee, Bob Cavazos, Chip Evans, Dan Hart and Ed Ruiz.").Should().BeEmpty();
    }

    [Fact]
    public void An_interjection_label_names_no_speaker()
    {
        Reported("The vote was close.\n\nWOW: The Mayor Just Fired A Warning Shot At Her Rival Nobody Saw Coming.").Should().BeEmpty();
    }

    [Fact]
    public void Examples_after_a_comma_belong_to_the_reported_object()
    {
        var q = Reported("The vote was close. Senator Ann Lee repeated her promise to repeal the orders, including the latest ones on guns.")
            .Should().ContainSingle().Subject;

        q.Text.Should().Be("her promise to repeal the orders, including the latest ones on guns");
    }

    [Fact]
    public void A_coordinated_base_form_cue_after_a_past_cue_stays_in_the_statement()
    {
        var q = Reported("The vote was close. Ann Lee said she would sit the envoy down and tell him to stop.").Should().ContainSingle().Subject;

        q.Text.Should().Be("she would sit the envoy down and tell him to stop");
    }

    [Fact]
    public void A_coordinated_finite_cue_after_a_past_cue_starts_a_new_statement()
    {
        var quotes = Reported("The vote was close. Ann Lee said she would pray for the winner but did not suggest it would be Tom Ruiz.");

        quotes.Select(q => q.Text).Should().Equal("she would pray for the winner", "it would be Tom Ruiz");
    }

    [Fact]
    public void A_concessive_adjunct_opening_the_statement_is_part_of_it()
    {
        var q = Reported("The vote was close. Ann Lee says despite being a college alumna, she plans to root for the other team.")
            .Should().ContainSingle().Subject;

        q.Text.Should().Be("despite being a college alumna, she plans to root for the other team");
    }

    [Fact]
    public void A_speech_verb_form_a_few_words_after_a_is_a_noun()
    {
        Reported("The vote was close.\n\nFinance Minister Tomas Berg, whose party is in the coalition, struck a more cautious note.").Should().BeEmpty();
    }

    [Fact]
    public void A_titles_period_in_the_adjunct_before_that_does_not_lengthen_it()
    {
        var q = Reported("The vote was close.\n\nAnn Lee said after meeting with Gov. Tom Ruiz on Monday that the plan will cost more.")
            .Should().ContainSingle().Subject;

        q.Text.Should().Be("the plan will cost more");
    }
}
