using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Reported speech (indirect and mixed quotes), each rule on a sentence the team wrote.</summary>
public sealed class ReportedSpeechTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static List<Quote> Reported(string text) => ResultInvariants.Reported(text);

    [Fact]
    public void A_that_clause_after_said_is_an_indirect_quote()
    {
        var q = Reported("Mayor Elena Vasquez said that the harbour would reopen in May.").Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Text.Should().Be("the harbour would reopen in May");
        q.Cue!.Value.Text.Should().Be("said");
        q.Speaker!.Name.Should().Be("Elena Vasquez");
    }

    [Fact]
    public void A_bare_clause_after_told_skips_the_addressee_and_time_adjunct()
    {
        var q = Reported("Governor Alan Price told Senator Maria Lopez on Monday he would veto the bill.").Should().ContainSingle().Subject;
        q.Text.Should().Be("he would veto the bill");
        q.Speaker!.Name.Should().Be("Alan Price");
    }

    [Fact]
    public void An_outlet_named_in_common_words_after_told_is_the_addressee()
    {
        var q = Reported("The singer Ana Ruiz told People magazine she had started therapy.").Should().ContainSingle().Subject;

        q.Text.Should().Be("she had started therapy");
    }

    [Fact]
    public void An_outlet_of_capitalised_common_words_after_told_is_the_addressee()
    {
        var q = Reported("The singer Ana Ruiz told Good Morning America she had started therapy.").Should().ContainSingle().Subject;

        q.Text.Should().Be("she had started therapy");
    }

    [Fact]
    public void A_source_close_to_a_person_is_the_speaker_not_the_person()
    {
        var q = Reported("The singer Ana Ruiz left the band. A source close to Ruiz told reporters the split was friendly.").Should().ContainSingle().Subject;

        q.SpeakerMention!.Value.Text.Should().Be("A source");
    }

    [Fact]
    public void A_past_form_after_a_determiner_and_an_unlisted_noun_is_a_cue()
    {
        var q = Reported("Late on Friday the caller said the bridge had been closed for hours.").Should().ContainSingle().Subject;
        q.Cue!.Value.Text.Should().Be("said");
        q.Text.Should().Be("the bridge had been closed for hours");
    }

    [Fact]
    public void A_present_form_after_a_determiner_and_a_modifier_stays_a_noun()
    {
        Reported("The official statement ran to four pages.").Should().BeEmpty();
    }

    [Fact]
    public void A_poll_reports_what_it_found()
    {
        var q = Reported("A new Harbour Times poll found that Ana Ruiz leads by six points.").Should().ContainSingle().Subject;
        q.Cue!.Value.Text.Should().Be("found");
        q.Text.Should().Be("Ana Ruiz leads by six points");
    }

    [Fact]
    public void Found_after_a_person_or_body_that_is_no_record_reports_nothing()
    {
        Reported("Police found the car near the harbour that night.").Should().BeEmpty();
    }

    [Fact]
    public void A_main_clause_attribution_after_a_comma_ends_the_statement_before_it()
    {
        const string text = "Days before it was to report its quarterly earnings, the harbour company said on Friday that it had cut 300 jobs.";
        var quotes = Reported(text);
        quotes.Should().Contain(q => q.Cue!.Value.Text == "said" && q.Text == "it had cut 300 jobs");
        quotes.Should().NotContain(q => q.Text.Contains("said on Friday"));
    }

    [Fact]
    public void A_cue_in_a_sentence_running_on_for_hundreds_of_words_reports_nothing_from_it()
    {
        string text = "Mayor Ana Ruiz said " + string.Concat(Enumerable.Repeat("the harbour stays open and ", 100)) + "that is all.";
        Reported(text).Should().BeEmpty();
    }

    [Fact]
    public void A_long_but_ordinary_reported_clause_is_still_reported()
    {
        string text = "Mayor Ana Ruiz said " + string.Concat(Enumerable.Repeat("the harbour stays open and ", 8)) + "that is all.";
        Reported(text).Should().ContainSingle().Which.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void Trailing_attribution_reports_the_statement_before_it()
    {
        var q = Reported("The two companies will merge next year, the ministry said.").Should().ContainSingle().Subject;
        q.Text.Should().Be("The two companies will merge next year");
        q.Speaker!.Name.Should().Be("ministry");
        q.Sieve.Should().Be("TrailingAttributionSieve");
    }

    [Fact]
    public void Parenthetical_attribution_gives_a_quote_in_two_parts()
    {
        var q = Reported("The new bridge, engineers said, will carry twice the traffic.").Should().ContainSingle().Subject;
        q.Parts.Should().HaveCount(2);
        q.Parts.Select(p => "The new bridge, engineers said, will carry twice the traffic."[p.Start..p.End])
            .Should().Equal("The new bridge", "will carry twice the traffic");
    }

    [Fact]
    public void Sentence_initial_according_to_reports_the_rest_of_the_sentence()
    {
        var q = Reported("According to Jonas Weber, the plant will close in June.").Should().ContainSingle().Subject;
        q.Text.Should().Be("the plant will close in June");
        q.Cue!.Value.Text.Should().Be("According to");
        q.Speaker!.Name.Should().Be("Jonas Weber");
    }

    [Fact]
    public void A_headline_in_the_present_tense_is_reported_speech()
    {
        var q = Reported("Sato tells Ito she wants a new port").Should().ContainSingle().Subject;
        q.Text.Should().Be("she wants a new port");
        q.Cue!.Value.Text.Should().Be("tells");
    }

    [Fact]
    public void Said_as_an_adjective_or_in_a_passive_is_not_speech()
    {
        Reported("The said agreement expired in March.").Should().BeEmpty();
        Reported("The senator is said to be furious about the vote.").Should().BeEmpty();
    }

    [Fact]
    public void A_cue_with_an_object_reports_the_object_and_what_follows()
    {
        var q = Reported("Minister Ivo Kral praised the engineers for their work.").Should().ContainSingle().Subject;
        q.Text.Should().Be("the engineers for their work");
        q.Cue!.Value.Text.Should().Be("praised");
        q.Speaker!.Name.Should().Be("Ivo Kral");
    }

    [Fact]
    public void A_participle_cue_without_a_clause_is_not_reported_speech()
    {
        Reported("The talks ended on Friday, calling the deal a success.").Should().BeEmpty();
    }

    [Fact]
    public void A_pronoun_speaker_resolves_to_the_named_entity()
    {
        const string text = "Director Paula Mendes visited the site.\n\nShe said the work would finish by June.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.SpeakerMention!.Value.Text.Should().Be("She");
        q.Speaker!.Name.Should().Be("Paula Mendes");
    }

    [Fact]
    public void IncludeIndirect_false_reports_only_quotes_in_marks()
    {
        var extractor = new QuoteExtractor(new QuoteKitOptions { IncludeIndirect = false });
        extractor.Extract("Mayor Elena Vasquez said that the harbour would reopen in May.").Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Indirect_content_never_overlaps_a_direct_quote()
    {
        const string text = "Ana Lima said the deal was done. “We signed it this morning,” she added.";
        var result = Extractor.Extract(text);
        var direct = result.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        direct.Should().ContainSingle();
        foreach (var q in result.Quotes.Where(q => q.Kind is QuoteKind.Indirect or QuoteKind.Mixed))
        {
            q.Parts.Should().OnlyContain(p => !p.Overlaps(direct[0].Span));
        }
    }

    [Theory]
    [InlineData("The spokesman said")]
    [InlineData("The spokesman told")]
    [InlineData("He said that")]
    [InlineData("According to")]
    public void A_text_that_ends_on_its_cue_reports_nothing_and_does_not_throw(string text)
    {
        Reported(text).Should().BeEmpty();
    }

    [Fact]
    public void A_plural_noun_that_looks_like_a_verb_is_no_cue()
    {
        var reported = Reported("Turnout rose in all five states where voters faced new rules, officials said.");
        reported.Should().ContainSingle().Which.Cue!.Value.Text.Should().Be("said");
        Reported("The senator will raise questions about the budget.").Should().BeEmpty();
    }

    [Fact]
    public void A_relative_pronoun_before_the_cue_is_the_mention_and_speaks_for_its_antecedent()
    {
        const string text = "The plan was backed by Senator Rita Olsen, who said the state could not wait another year.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("the state could not wait another year");
        q.SpeakerMention!.Value.Text.Should().Be("who");
        q.Speaker!.Name.Should().Be("Rita Olsen");
    }

    [Fact]
    public void A_relative_pronoun_is_the_subject_of_the_verb_that_governs_an_infinitive_cue()
    {
        const string text = "Reporters waited for Mayor Tom Fisk, who declined to say whether the budget would pass.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.SpeakerMention!.Value.Text.Should().Be("who");
        q.Speaker!.Name.Should().Be("Tom Fisk");
    }

    [Fact]
    public void A_noun_right_before_the_cue_is_its_subject_rather_than_the_first_name_of_the_sentence()
    {
        const string text = "In Lisbon, Mayor Ana Reis met the unions, but leaked emails showed the strike would end soon.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("the strike would end soon");
        q.SpeakerMention!.Value.Text.Should().Be("leaked emails");
    }

    [Fact]
    public void An_infinitive_cue_takes_the_subject_of_its_clause()
    {
        const string text = "Minister Karl Brandt declined to say whether the tax would rise.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Speaker!.Name.Should().Be("Karl Brandt");
    }

    [Fact]
    public void A_trailing_attribution_reports_the_whole_clause_even_when_it_holds_a_cue()
    {
        const string text = "A former clerk told investigators the mayor had hidden the invoices, the ministry said.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("A former clerk told investigators the mayor had hidden the invoices");
        q.Cue!.Value.Text.Should().Be("said");
        q.Speaker!.Name.Should().Be("ministry");
    }

    [Fact]
    public void A_cue_in_an_infinitive_inside_the_object_does_not_end_it()
    {
        const string text = "The governor praised the decision of both unions to reject “any further delay” on the contract.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Be("the decision of both unions to reject “any further delay” on the contract");
    }

    [Fact]
    public void An_adverbial_clause_after_a_quoted_object_ends_the_content()
    {
        const string text = "Two senators called the plan “a gift to landlords” as they left the chamber.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Be("the plan “a gift to landlords”");
    }

    [Fact]
    public void Says_after_a_common_noun_is_a_cue_not_a_plural_noun()
    {
        var q = Reported("The retired harbour pilot says a storm of that size comes once a century.").Should().ContainSingle().Subject;
        q.Text.Should().Be("a storm of that size comes once a century");
        q.Cue!.Value.Text.Should().Be("says");
    }

    [Fact]
    public void A_figure_before_the_cue_is_its_subject()
    {
        var q = Reported("Roughly 6 in 10 say the council should resign.").Should().ContainSingle().Subject;
        q.Text.Should().Be("the council should resign");
        q.SpeakerMention!.Value.Text.Should().EndWith("6 in 10");
    }

    [Fact]
    public void A_participle_of_a_clausal_cue_reports_a_bare_clause()
    {
        var q = Reported("The mayor opened the bridge, saying it would halve the commute.").Should().ContainSingle().Subject;
        q.Text.Should().Be("it would halve the commute");
        q.Speaker!.Name.Should().Be("mayor");
    }

    [Fact]
    public void A_cue_far_before_the_direct_quote_it_introduces_still_reports_its_own_clause()
    {
        const string text = "Senator Dana Kohl said the new rules for small farms would be “ruinous,” adding, “We will fight them.”";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().StartWith("the new rules for small farms would be “ruinous,”");
        q.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void A_pronoun_after_the_cue_that_goes_on_with_a_verb_is_not_an_inverted_speaker()
    {
        const string text = "Three regional papers, including the Valley Herald, said he was unfit to serve.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("he was unfit to serve");
        q.SpeakerMention!.Value.Text.Should().NotBe("he");
    }

    [Fact]
    public void A_coordinated_cue_ends_the_statement_before_it()
    {
        const string text = "Mayor Ana Reis posted a photo of the flooded square and said the city would pay for the repairs.";
        var quotes = Reported(text);
        quotes.Select(q => q.Text).Should().Equal("a photo of the flooded square", "the city would pay for the repairs");
    }

    [Fact]
    public void A_clause_that_opens_with_a_quoted_fragment_is_a_mixed_quote()
    {
        const string text = "Mayor Ana Reis said “it breaks my heart” whenever she walks past the old mill.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Be("“it breaks my heart” whenever she walks past the old mill");
    }

    [Fact]
    public void A_form_in_s_after_a_number_is_a_plural_noun_not_a_cue()
    {
        Reported("Polls close in 11 states tonight and the outcome could decide the race.").Should().BeEmpty();
    }

    [Fact]
    public void A_cue_word_after_a_preposition_is_a_noun()
    {
        Reported("The mayor cut the budget in order to fund the new school.").Should().BeEmpty();
    }

    [Fact]
    public void Armed_forces_named_by_their_adjectives_are_one_group_speaker()
    {
        var q = Reported("Northern Kurdish-led forces announced they had freed 40 hostages.").Should().ContainSingle().Subject;
        q.Speaker!.Name.Should().Be("Northern Kurdish-led forces");
        q.Speaker.Kind.Should().Be(SpeakerKind.Group);
    }

    [Fact]
    public void State_before_a_title_is_a_noun_not_a_cue()
    {
        Reported("The plan won support from state Rep. Dana Holt and two county judges.").Should().BeEmpty();
    }

    [Fact]
    public void State_with_a_that_clause_is_a_cue()
    {
        var q = Reported("The court filing states that the permit was never valid.").Should().ContainSingle().Subject;
        q.Cue!.Value.Text.Should().Be("states");
        q.Text.Should().Be("the permit was never valid");
    }

    [Fact]
    public void Continue_with_an_infinitive_is_no_speech()
    {
        Reported("Governor Ruth Adler continues to lead the field in every county.").Should().BeEmpty();
    }

    [Fact]
    public void Show_up_is_no_speech()
    {
        Reported("Hundreds of farmers showed up at the hearing in the capital.").Should().BeEmpty();
    }

    [Fact]
    public void Spoke_to_an_audience_reports_nothing()
    {
        Reported("Senator Omar Haddad spoke to reporters outside the chamber on Tuesday.").Should().BeEmpty();
    }

    [Fact]
    public void Spoke_about_a_topic_reports_the_topic()
    {
        var q = Reported("Senator Omar Haddad spoke about the rising cost of housing.").Should().ContainSingle().Subject;
        q.Cue!.Value.Text.Should().Be("spoke");
        q.Speaker!.Name.Should().Be("Omar Haddad");
    }

    [Fact]
    public void A_statement_saying_speaks_for_whoever_issued_it()
    {
        var q = Reported("The Harbor Authority released a statement saying it would reopen the pier in May.").Should().ContainSingle().Subject;
        q.Text.Should().Be("it would reopen the pier in May");
        q.Speaker!.Name.Should().Contain("Harbor Authority");
    }

    [Fact]
    public void A_relative_clause_between_subject_and_cue_leaves_the_subject_before_who()
    {
        var q = Reported("Teachers who met with Mayor Lena Ortiz said the schools needed more staff.").Should().ContainSingle().Subject;
        q.Text.Should().Be("the schools needed more staff");
        q.SpeakerMention!.Value.Text.Should().Contain("Teachers");
    }

    [Fact]
    public void Maintained_reports_only_a_that_clause()
    {
        Reported("Senator Ruth Adler maintained her lead in the northern counties.").Should().BeEmpty();
        Reported("Senator Ruth Adler maintained that the vote had been fair.").Should().ContainSingle()
            .Which.Text.Should().Be("the vote had been fair");
    }

    [Fact]
    public void An_unnamed_antecedent_is_the_speaker_and_the_relative_pronoun_its_mention()
    {
        const string text = "The count included 23 percent of voters who said the harbour plan would fail.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("the harbour plan would fail");
        q.SpeakerMention!.Value.Text.Should().Be("who");
        q.Speaker!.Name.Should().Contain("voters");
    }

    [Fact]
    public void One_unnamed_speaker_phrase_in_any_case_is_one_speaker()
    {
        const string text = "Twenty-four percent said the harbour plan would fail. Later, twenty-four percent said the bridge would be late.";
        var quotes = Reported(text);
        quotes.Should().HaveCount(2);
        quotes[0].Speaker.Should().NotBeNull();
        quotes[1].Speaker.Should().BeSameAs(quotes[0].Speaker);
    }

    [Fact]
    public void Two_unnamed_speaker_phrases_are_two_speakers()
    {
        const string text = "Twenty-four percent said the harbour plan would fail. Thirty percent said the bridge would be late.";
        var quotes = Reported(text);
        quotes.Should().HaveCount(2);
        quotes[0].Speaker!.Name.Should().Be("Twenty-four percent");
        quotes[1].Speaker!.Name.Should().Be("Thirty percent");
    }

    [Fact]
    public void A_participle_after_an_opening_subordinator_speaks_for_the_main_clause_subject()
    {
        const string text = "While saying that the port would reopen, Mayor Ken Ito gave no date.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("the port would reopen");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void An_opening_prepositional_phrase_is_not_a_statement_before_its_attribution()
    {
        const string text = "In an interview, Senator Ruth Okafor said the harbour plan should be dropped.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("the harbour plan should be dropped");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Fact]
    public void A_cue_followed_by_a_clause_reports_forwards_even_after_a_comma()
    {
        const string text = "Touring the flooded streets on Sunday, Mayor Ken Ito said he was facing a hard winter.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("he was facing a hard winter");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_trailing_attribution_may_end_with_a_time_adjunct()
    {
        var q = Reported("The two companies will merge next year, the ministry said on Friday.").Should().ContainSingle().Subject;
        q.Text.Should().Be("The two companies will merge next year");
        q.Sieve.Should().Be("TrailingAttributionSieve");
    }

    [Fact]
    public void A_contrasting_while_clause_ends_the_reported_clause()
    {
        const string text = "Most fishermen said they would stay, while others said they might leave the coast.";
        var quotes = Reported(text);
        quotes.Select(q => q.Text).Should().Equal("they would stay", "they might leave the coast");
    }

    [Fact]
    public void A_headline_with_a_speaker_label_is_that_speakers_statement()
    {
        const string text = "Mayor Ken Ito spoke on Monday.\n\nIto: Harbour will reopen in May.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("Harbour will reopen in May");
        q.Cue!.Value.Text.Should().Be(":");
        q.Speaker!.Name.Should().Be("Ken Ito");
        q.Sieve.Should().Be("SpeakerLabelSieve");
    }

    [Theory]
    [InlineData("The mayor warned after the storm that roads would close.")]
    [InlineData("The mayor warned in a statement that roads would close.")]
    public void A_prepositional_adjunct_before_that_is_left_out_of_the_reported_clause(string text)
    {
        Reported(text).Should().ContainSingle().Which.Text.Should().Be("roads would close");
    }

    [Fact]
    public void Quoting_someone_as_saying_is_no_statement_of_whoever_quotes()
    {
        const string text = "Local newspapers quoted Mayor Ken Ito as saying: “The harbour will reopen in May.”";
        var result = ResultInvariants.Checked(text);
        result.Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_transcript_turn_after_a_speaker_label_runs_to_the_end_of_its_paragraph()
    {
        const string text = "Mayor Ken Ito spoke to us on Monday.\n\nITO: Not yet. The harbour needs a new pump, and the pump costs money.\n\nThanks.";
        var q = Reported(text).Should().ContainSingle(q => q.Sieve == "SpeakerLabelSieve").Subject;
        q.Text.Should().Be("Not yet. The harbour needs a new pump, and the pump costs money");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Theory]
    [InlineData("The Latest: Harbour will reopen in May.")]
    [InlineData("Here goes: the harbour will reopen in May.")]
    [InlineData("Update: The harbour will reopen in May.")]
    [InlineData("Interview: The mayor on the harbour and the budget.")]
    [InlineData("Explainer: Why the harbour will reopen in May.")]
    public void A_colon_after_a_phrase_that_names_no_speaker_reports_nothing(string text)
    {
        Reported(text).Should().BeEmpty();
    }

    [Fact]
    public void According_to_in_the_middle_reports_both_sides_of_the_sentence()
    {
        const string text = "At the heart of the trouble, according to the harbour master, was a broken pump.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Parts.Select(p => text[p.Start..p.End]).Should().Equal("At the heart of the trouble", "was a broken pump");
        q.Cue!.Value.Text.Should().Be("according to");
    }

    [Fact]
    public void According_to_after_a_short_introduction_reports_what_follows()
    {
        const string text = "In addition, according to the ministry, nine harbours will reopen in May.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("nine harbours will reopen in May");
    }

    [Fact]
    public void A_passive_asked_reports_the_question_by_its_asker_not_by_the_one_asked()
    {
        const string text = "When asked by Senator Ruth Okafor whether the harbour would reopen, Mayor Ken Ito said nothing.";
        var q = Reported(text).Should().ContainSingle(r => r.Cue!.Value.Text == "asked").Subject;
        q.Text.Should().Be("whether the harbour would reopen");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Theory]
    [InlineData("On Sunday, Mayor Ken Ito went on the offensive against the port board.")]
    [InlineData("Senator Ruth Okafor leads by 270 pledged delegates in the race.")]
    [InlineData("The strong jobs report has cleared the way for a rate cut.")]
    public void Cue_words_read_as_nouns_or_adjectives_report_nothing(string text)
    {
        Reported(text).Should().BeEmpty();
    }

    [Fact]
    public void Went_on_to_say_is_still_a_cue()
    {
        const string text = "Mayor Ken Ito thanked the crew and went on to say the harbour would reopen in May.";
        Reported(text).Should().Contain(q => q.Text.Contains("the harbour would reopen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_attribution_after_a_conjunction_ends_the_first_statement()
    {
        const string text = "Most residents said the harbour is safe, and a third said the same of the bridge.";
        var quotes = Reported(text);
        quotes.Should().Contain(q => q.Text == "the harbour is safe");
        quotes.Should().Contain(q => q.Text == "the same of the bridge");
    }

    [Fact]
    public void A_relative_clause_statement_ends_before_the_main_cue()
    {
        const string text = "Mayor Ken Ito, who said he rarely drives, said the bridge toll would double.";
        var quotes = Reported(text);
        quotes.Should().Contain(q => q.Text == "he rarely drives");
        quotes.Should().Contain(q => q.Text == "the bridge toll would double" && q.Speaker!.Name == "Ken Ito");
    }

    [Fact]
    public void A_trailing_attribution_after_a_quoted_fragment_keeps_the_fragment()
    {
        const string text = "Dock workers in the north are “very, very angry,” Mayor Ken Ito said.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().StartWith("Dock workers in the north are").And.EndWith("angry,”");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_parenthetical_attribution_after_a_short_opener_reports_opener_and_clause()
    {
        const string text = "In any case, Mayor Ken Ito said, the harbour was never profitable.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Parts.Select(p => text[p.Start..p.End]).Should().Equal("In any case", "the harbour was never profitable");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_short_opener_before_an_attribution_and_a_direct_quote_is_no_statement()
    {
        const string text = "In an interview, Mayor Ken Ito said, “We will rebuild the harbour.”";
        Reported(text).Should().BeEmpty();
    }

    [Fact]
    public void A_trailing_attribution_by_an_unnamed_phrase_names_the_phrase()
    {
        const string text = "The ferry had logged two thousand crossings, the port authority said.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("The ferry had logged two thousand crossings");
        q.SpeakerMention!.Value.Text.Should().Be("the port authority");
    }

    [Fact]
    public void Modifiers_before_a_trailing_speaker_belong_to_the_attribution()
    {
        const string text = "The ferry will stop running in May, federal officials said.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("The ferry will stop running in May");
    }

    [Fact]
    public void A_sentence_initial_passive_asked_reports_the_question()
    {
        const string text = "Asked whether the harbour would reopen, Mayor Ken Ito said he hoped so.";
        Reported(text).Should().Contain(q => q.Text == "whether the harbour would reopen" && q.Cue!.Value.Text == "Asked");
    }

    [Fact]
    public void An_asked_question_runs_past_the_period_of_a_title_inside_it()
    {
        const string text = "Asked whether Mr. Ito would run again, the mayor's aide said no.";
        Reported(text).Should().Contain(q => q.Text == "whether Mr. Ito would run again" && q.Cue!.Value.Text == "Asked");
    }

    [Fact]
    public void An_asked_question_answered_by_a_verb_of_thought_is_not_reported()
    {
        const string text = "Asked what she will miss most about the harbour, she thinks of the ferry bells at dawn.";
        Reported(text).Should().NotContain(q => q.Cue!.Value.Text == "Asked");
    }

    [Fact]
    public void A_participle_cue_followed_by_its_setting_reports_nothing()
    {
        const string text = "Port authority chief Dana Kerr, testifying before the harbour committee, defended the new fees.";
        Reported(text).Should().NotContain(q => q.Cue!.Value.Text == "testifying");
    }

    [Fact]
    public void A_participle_cue_with_a_setting_keeps_its_that_clause()
    {
        const string text = "Dana Kerr wrote to the council, insisting at the hearing that the fees were fair.";
        Reported(text).Should().Contain(q => q.Cue!.Value.Text == "insisting" && q.Text.Contains("the fees were fair"));
    }

    [Fact]
    public void A_name_ending_in_a_question_mark_before_said_opens_the_speaker_phrase()
    {
        const string text = "Consumer watchdog Which? said the kettles were unsafe.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("the kettles were unsafe");
        q.SpeakerMention!.Value.Text.Should().Contain("Which?");
    }

    [Fact]
    public void A_trailing_name_ending_in_a_question_mark_is_the_attribution()
    {
        const string text = "The kettles failed every safety test, consumer watchdog Which? said.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("The kettles failed every safety test");
        q.SpeakerMention!.Value.Text.Should().Contain("Which?");
    }

    [Fact]
    public void Is_expected_to_reports_the_subject_and_infinitive_without_a_speaker()
    {
        const string text = "The harbour board is expected to approve the new fees on Monday.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Parts.Select(p => text[p.Start..p.End]).Should().Equal("The harbour board", "to approve the new fees on Monday");
        q.Cue!.Value.Text.Should().Be("is expected");
        q.Speaker.Should().BeNull();
    }

    [Fact]
    public void Was_expected_to_is_narrative_and_reports_nothing()
    {
        Reported("The harbour board was expected to approve the new fees on Monday.").Should().BeEmpty();
    }

    [Fact]
    public void Was_asked_reports_the_question_without_making_the_one_asked_its_speaker()
    {
        const string text = "Mayor Ken Ito was asked whether the harbour would reopen in May.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("whether the harbour would reopen in May");
        q.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_poll_that_shows_is_the_subject_of_a_cue()
    {
        const string text = "A new poll by the Harbour Institute shows the mayor with a wide lead.";
        Reported(text).Should().ContainSingle().Which.Text.Should().Be("the mayor with a wide lead");
    }

    [Fact]
    public void A_participle_after_a_comma_reports_its_object()
    {
        const string text = "Mayor Ken Ito postponed the vote on Monday, denouncing the storm damage to the harbour.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("the storm damage to the harbour");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_title_case_headline_verb_is_a_cue()
    {
        const string text = "Mayor Ken Ito Says The Harbour Will Reopen In May";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("The Harbour Will Reopen In May");
        q.Cue!.Value.Text.Should().Be("Says");
    }

    [Fact]
    public void Saying_takes_a_clause_that_opens_with_a_noun_phrase()
    {
        const string text = "Mayor Ken Ito defended the toll, saying the bridge needs constant repair.";
        Reported(text).Should().Contain(q => q.Text == "the bridge needs constant repair" && q.Cue!.Value.Text == "saying");
    }

    [Fact]
    public void Told_with_an_addressee_and_an_infinitive_reports_the_request()
    {
        const string text = "Mayor Ken Ito told Senator Ruth Okafor to leave the harbour board.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("to leave the harbour board");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void As_x_reported_reports_the_clause_after_the_comma()
    {
        const string text = "As the Harbour Gazette reported, the ferry will stop running in May.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("the ferry will stop running in May");
        q.Cue!.Value.Text.Should().Be("reported");
    }

    [Fact]
    public void A_past_form_after_the_and_a_noun_is_a_verb()
    {
        const string text = "People briefed on the plan said that the ferry would stop running.";
        Reported(text).Should().ContainSingle().Which.Text.Should().Be("the ferry would stop running");
    }

    [Fact]
    public void A_question_after_asked_keeps_its_quoted_fragment()
    {
        const string text = "Asked whether the mayor “deserves a second term,” most voters said yes.";
        Reported(text).Should().Contain(q => q.Text == "whether the mayor “deserves a second term,”" && q.Kind == QuoteKind.Mixed);
    }

    [Fact]
    public void A_participle_cue_after_a_comma_ends_the_clause_before_it()
    {
        var quotes = Reported("Mayor Ken Ito said the toll was fair, adding that the bridge needs constant repair.");
        quotes.Should().Contain(q => q.Cue!.Value.Text == "said" && q.Text == "the toll was fair");
        quotes.Should().Contain(q => q.Cue!.Value.Text == "adding" && q.Text == "the bridge needs constant repair");
    }

    [Fact]
    public void A_participle_after_a_trailing_attribution_takes_its_speaker()
    {
        var quotes = Reported("“The toll is fair,” Mayor Ken Ito said, citing the cost of repairs to the bridge.");
        var q = quotes.Should().ContainSingle(q => q.Cue!.Value.Text == "citing").Subject;
        q.Text.Should().Be("the cost of repairs to the bridge");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_participle_cue_after_a_comma_reports_a_clause_without_a_determiner()
    {
        const string text = "Mayor Ken Ito defended the toll, arguing tourism would pay for the repairs.";
        Reported(text).Should().Contain(q => q.Cue!.Value.Text == "arguing" && q.Text == "tourism would pay for the repairs");
    }

    [Fact]
    public void A_progressive_cue_reports_its_object()
    {
        var q = Reported("Mayor Ken Ito is calling for a new bridge over the harbour.").Should().ContainSingle().Subject;
        q.Cue!.Value.Text.Should().Be("calling");
        q.Text.Should().Be("a new bridge over the harbour");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void Said_yes_reports_the_answer()
    {
        var q = Reported("Asked whether the toll was fair, Mayor Ken Ito said yes.").Should().ContainSingle(q => q.Cue!.Value.Text == "said").Subject;
        q.Text.Should().Be("yes");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void Said_the_same_of_reports_the_phrase()
    {
        const string text = "Half of the residents said the bridge was safe, and 40 percent said the same of the tunnel.";
        Reported(text).Should().Contain(q => q.Text == "the same of the tunnel");
    }

    [Fact]
    public void An_elided_clause_after_said_is_the_statement()
    {
        var q = Reported("Senator Ruth Okafor said she would.").Should().ContainSingle().Subject;
        q.Text.Should().Be("she would");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Fact]
    public void No_that_opens_a_clause_is_no_short_answer()
    {
        Reported("Mayor Ken Ito said no worker would lose a job.").Should().ContainSingle().Which.Text.Should().Be("no worker would lose a job");
    }

    [Fact]
    public void A_relative_clause_with_its_own_attribution_ends_the_clause_before_it()
    {
        var quotes = Reported("Mayor Ken Ito cited the new harbour toll, which Senator Ruth Okafor said would pay for repairs.");
        quotes.Should().Contain(q => q.Cue!.Value.Text == "cited" && q.Text == "the new harbour toll");
        quotes.Should().Contain(q => q.Cue!.Value.Text == "said" && q.Text == "would pay for repairs" && q.Speaker!.Name == "Ruth Okafor");
    }

    [Fact]
    public void A_negated_auxiliary_between_subject_and_cue_keeps_the_subject()
    {
        var q = Reported("Mayor Ken Ito didn’t say when the bridge would reopen.").Should().ContainSingle().Subject;
        q.Text.Should().Be("when the bridge would reopen");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_cue_of_commitment_reports_its_infinitive()
    {
        var q = Reported("Mayor Ken Ito vowed to rebuild the harbour bridge.").Should().ContainSingle().Subject;
        q.Text.Should().Be("to rebuild the harbour bridge");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_cue_of_commitment_before_to_and_a_noun_phrase_reports_no_infinitive()
    {
        Reported("Mayor Ken Ito vowed to the crowd in the harbour square.").Should().BeEmpty();
    }

    [Fact]
    public void A_gerund_after_a_preposition_belongs_to_the_object()
    {
        var q = Reported("Senator Ruth Okafor called for closing the old bridge.").Should().ContainSingle().Subject;
        q.Text.Should().Be("closing the old bridge");
        q.Cue!.Value.Text.Should().Be("called");
    }

    [Fact]
    public void An_unnamed_plural_subject_reports_the_object_of_its_cue()
    {
        var q = Reported("Angry residents demanded a new bridge.").Should().ContainSingle().Subject;
        q.Text.Should().Be("a new bridge");
        q.Speaker.Should().NotBeNull();
        q.SpeakerMention!.Value.Text.Should().Be("Angry residents");
    }

    [Fact]
    public void A_participle_right_after_its_subject_reports_its_object()
    {
        const string text = "The crowd cheered, with Mayor Ken Ito calling the bridge a triumph.";
        Reported(text).Should().Contain(q => q.Cue!.Value.Text == "calling" && q.Text == "the bridge a triumph" && q.Speaker!.Name == "Ken Ito");
    }

    [Fact]
    public void A_participle_coordinated_with_a_participle_cue_reports_its_object()
    {
        const string text = "Mayor Ken Ito spoke for an hour, praising the workers and calling the new bridge a triumph.";
        Reported(text).Should().Contain(q => q.Cue!.Value.Text == "calling" && q.Text == "the new bridge a triumph");
    }

    [Fact]
    public void A_two_word_object_with_a_possessive_is_reported_for_a_named_speaker()
    {
        var q = Reported("Senator Ruth Okafor criticized his remarks.").Should().ContainSingle().Subject;
        q.Text.Should().Be("his remarks");
        q.Cue!.Value.Text.Should().Be("criticized");
    }

    [Fact]
    public void A_two_word_object_without_a_determiner_is_not_reported()
    {
        Reported("Senator Ruth Okafor praised harbour workers.").Should().BeEmpty();
    }

    [Fact]
    public void A_colon_after_a_statement_noun_spells_out_the_statement_of_the_sentence_subject()
    {
        var q = Reported("Senator Ruth Okafor sent Mayor Ken Ito a blunt message: the bridge must reopen by May.").Should().ContainSingle().Subject;
        q.Text.Should().Be("the bridge must reopen by May");
        q.Cue!.Value.Text.Should().Be(":");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Fact]
    public void A_colon_after_a_noun_that_is_no_statement_reports_nothing()
    {
        Reported("Mayor Ken Ito listed three sites: the harbour, the bridge and the old mill.").Should().BeEmpty();
    }

    [Fact]
    public void A_colon_after_a_possessed_statement_noun_never_takes_the_sentence_subject()
    {
        Reported("The council heard Ruth Okafor’s message: the bridge must reopen by May.").Should().NotContain(q => q.Speaker != null && q.Speaker.Name.Contains("council"));
    }

    [Fact]
    public void A_contracted_subject_pronoun_opens_the_reported_clause()
    {
        var q = Reported("Mayor Ken Ito has said for weeks he’s the only one who can fix the bridge.").Should().ContainSingle().Subject;
        q.Text.Should().Be("he’s the only one who can fix the bridge");
    }

    [Fact]
    public void A_trailing_told_keeps_its_addressee_in_the_attribution()
    {
        var q = Reported("The bridge will reopen in May, a harbour spokesman told reporters.").Should().ContainSingle().Subject;
        q.Text.Should().Be("The bridge will reopen in May");
        q.Cue!.Value.Text.Should().Be("told");
    }

    [Fact]
    public void The_that_clause_of_a_later_cue_belongs_to_that_cue()
    {
        var quotes = Reported("Mayor Ken Ito pointed to the new harbour toll, noting that the bridge needs constant repair.");
        quotes.Should().Contain(q => q.Cue!.Value.Text == "noting" && q.Text == "the bridge needs constant repair");
        quotes.Should().NotContain(q => q.Cue!.Value.Text == "pointed" && q.Text == "the bridge needs constant repair");
    }

    [Fact]
    public void A_reply_reports_what_it_answers()
    {
        var q = Reported("Senator Ruth Okafor did not respond to a request for comment.").Should().ContainSingle().Subject;
        q.Text.Should().Be("a request for comment");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Fact]
    public void Said_with_an_adjunct_and_no_clause_reports_nothing()
    {
        Reported("Senator Ruth Okafor said on Friday in a statement.").Should().BeEmpty();
    }

    [Fact]
    public void A_base_form_after_a_determiner_and_a_plural_noun_is_a_cue()
    {
        var q = Reported("Even though the toll is low, the skippers say the bridge is too narrow.").Should().ContainSingle().Subject;
        q.Cue!.Value.Text.Should().Be("say");
        q.Text.Should().Be("the bridge is too narrow");
    }

    [Fact]
    public void A_name_after_a_trailing_cue_that_an_auxiliary_follows_opens_the_reported_clause()
    {
        const string text = "Tomas Berg, 49, a fisherman who works the north coast, said Ken Ito should resign.";
        Reported(text).Should().ContainSingle().Which.Text.Should().Be("Ken Ito should resign");
    }

    [Fact]
    public void A_relative_pronoun_after_a_comma_speaks_for_the_unnamed_phrase_before_it()
    {
        var q = Reported("The mayor met the angry skippers, who said the bridge was too narrow.").Should().ContainSingle().Subject;
        q.Text.Should().Be("the bridge was too narrow");
        q.SpeakerMention!.Value.Text.Should().Be("who");
        q.Speaker.Should().NotBeNull();
    }

    [Fact]
    public void Asked_for_reports_what_was_requested()
    {
        var q = Reported("Senator Ruth Okafor asked for a full audit of the toll.").Should().ContainSingle().Subject;
        q.Text.Should().Be("a full audit of the toll");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Fact]
    public void A_speaker_label_may_name_whom_the_words_were_addressed_to()
    {
        var q = Reported("Ruth Okafor to Harbour Board: Reopen the bridge by May.").Should().ContainSingle().Subject;
        q.Text.Should().Be("Reopen the bridge by May");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Fact]
    public void A_clause_may_open_with_an_approximate_quantity()
    {
        var q = Reported("The harbour board said about half of the toll would pay for repairs.").Should().ContainSingle().Subject;
        q.Text.Should().Be("about half of the toll would pay for repairs");
    }

    [Fact]
    public void Wrote_about_reports_what_the_words_were_about()
    {
        var q = Reported("Senator Ruth Okafor wrote about the closing of the old bridge.").Should().ContainSingle().Subject;
        q.Text.Should().Be("the closing of the old bridge");
        q.Cue!.Value.Text.Should().Be("wrote");
    }

    [Fact]
    public void A_possessor_s_statement_noun_reports_its_that_clause()
    {
        var q = Reported("Nobody doubted Ruth Okafor’s claim that the bridge was unsafe.").Should().ContainSingle().Subject;
        q.Text.Should().Be("the bridge was unsafe");
        q.Cue!.Value.Text.Should().Be("claim");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Fact]
    public void A_statement_noun_without_a_possessor_reports_nothing()
    {
        Reported("There was a claim that the bridge was unsafe.").Should().BeEmpty();
    }

    [Fact]
    public void A_participle_after_a_comma_takes_the_subject_of_the_nearest_clause()
    {
        const string text = "At a rally in Dunmore, Pa., Mayor Ken Ito was blunt, calling the new bridge a disgrace.";
        Reported(text).Should().Contain(q => q.Cue!.Value.Text == "calling" && q.Speaker!.Name == "Ken Ito");
    }

    [Fact]
    public void A_participle_right_after_a_name_in_a_prepositional_phrase_takes_that_name()
    {
        const string text = "The Harbour Gazette ran a story about Ruth Okafor calling the new bridge a disgrace.";
        Reported(text).Should().Contain(q => q.Cue!.Value.Text == "calling" && q.Speaker!.Name == "Ruth Okafor");
    }

    [Theory]
    [InlineData("Ann Lee said on Monday the deal was done.")]
    [InlineData("Ann Lee said Monday that the deal was done.")]
    [InlineData("Ann Lee said last week that the deal was done.")]
    [InlineData("Ann Lee said yesterday the deal was done.")]
    [InlineData("Ann Lee told reporters Monday night the deal was done.")]
    [InlineData("Ann Lee said in a statement the deal was done.")]
    public void A_time_or_place_adjunct_after_the_cue_is_left_out_of_the_clause(string text)
    {
        var q = Reported(text).Should().ContainSingle().Subject;

        text[q.Span.Start..q.Span.End].Should().Be("the deal was done");
    }

    [Fact]
    public void A_day_that_is_the_subject_of_the_clause_stays_in_it()
    {
        const string text = "Ann Lee said Monday was the best day of the campaign.";

        var q = Reported(text).Should().ContainSingle().Subject;

        text[q.Span.Start..q.Span.End].Should().Be("Monday was the best day of the campaign");
    }

    [Theory]
    [InlineData("According to the harbour board, the port's regulator, the cranes will be replaced by May.")]
    [InlineData("According to the study, led by Dr. Ana Ruiz of the University of Porto, the cranes will be replaced by May.")]
    public void An_apposition_to_the_according_to_source_is_left_out_of_the_statement(string text)
    {
        var q = Reported(text).Should().ContainSingle().Subject;

        text[q.Span.Start..q.Span.End].Should().Be("the cranes will be replaced by May");
    }

    [Fact]
    public void A_clause_after_the_according_to_source_is_no_apposition()
    {
        const string text = "According to the harbour board, the economy grew, and the cranes will be replaced by May.";

        var q = Reported(text).Should().ContainSingle().Subject;

        text[q.Span.Start..q.Span.End].Should().StartWith("the economy grew");
    }
}
