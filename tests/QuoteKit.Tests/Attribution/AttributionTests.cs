using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Attribution rules, each on a short text the team wrote.</summary>
public sealed class AttributionTests
{
    private static readonly QuoteExtractor Extractor = new(new QuoteKitOptions { IncludeIndirect = false });

    private static Quote Only(string text, string quoteStart)
    {
        var result = Extractor.Extract(text);
        ResultInvariants.AssertHold(text, result);
        return result.Quotes.Should().ContainSingle(q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal)).Subject;
    }

    [Fact]
    public void A_name_set_off_by_commas_after_an_unlisted_owner_speaks_with_its_cue()
    {
        var q = Only("Sean Brown spoke first. His rival, Mary Jones, said: “We have had our differences.”", "We have had");
        q.Speaker!.Name.Should().Be("Mary Jones");
        q.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void Trailing_name_and_cue_attribute_the_quote()
    {
        var q = Only("“The harbour will reopen in May,” Mayor Elena Vasquez said on Tuesday.", "The harbour");
        q.Speaker!.Name.Should().Be("Elena Vasquez");
        q.Cue!.Value.Text.Should().Be("said");
        q.Sieve.Should().Be("CueAdjacencySieve");
    }

    [Fact]
    public void Inverted_cue_takes_the_speaker_after_it()
    {
        var q = Only("“We were not consulted,” said Tomas Berg, a fisherman from the north coast.", "We were not");
        q.Speaker!.Name.Should().Be("Tomas Berg");
        q.SpeakerMention!.Value.Text.Should().Be("Tomas Berg");
    }

    [Fact]
    public void A_quoted_chinese_sentence_ending_in_an_ideographic_full_stop_keeps_the_cue_before_it()
    {
        var q = Only("Minister Li Wei said: 「我们不会屈服。」 Rosa Delgado added that talks would resume.", "我们");
        q.Speaker!.Name.Should().Be("Li Wei");
        q.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void Leading_speaker_and_cue_with_colon_attribute_the_quote()
    {
        var r = Only("Finance Minister Ruth Okafor said: “The budget is balanced.”", "The budget");
        r.Speaker!.Name.Should().Be("Ruth Okafor");
        r.Sieve.Should().Be("CueAdjacencySieve");
        r.Speaker.Descriptions.Should().Contain("Finance Minister");
    }

    [Fact]
    public void A_colon_introduced_quote_without_speech_verb_takes_the_clause_subject()
    {
        var q = Only("Finance Minister Ruth Okafor was blunt: “The budget is balanced.”", "The budget");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
        q.Sieve.Should().Be("ColonIntroductionSieve");
    }

    [Fact]
    public void The_object_of_told_is_never_the_speaker()
    {
        var q = Only("Governor Alan Price told Senator Maria Lopez, “Your bill will pass.”", "Your bill");
        q.Speaker!.Name.Should().Be("Alan Price");
        var r = Only("“Your bill will pass,” Governor Alan Price told Senator Maria Lopez.", "Your bill");
        r.Speaker!.Name.Should().Be("Alan Price");
    }

    [Fact]
    public void According_to_names_the_source()
    {
        var q = Only("The plant will close, according to Jonas Weber, who called it “a painful but necessary step.”", "a painful");
        q.Speaker!.Name.Should().Be("Jonas Weber");
    }

    [Fact]
    public void A_pronoun_after_a_quote_resolves_to_the_named_speaker()
    {
        const string text = "Coach Dana Reyes praised her players.\n\n“They never gave up,” she said.";
        var q = Only(text, "They never");
        q.SpeakerMention!.Value.Text.Should().Be("she");
        q.Speaker!.Name.Should().Be("Dana Reyes");
    }

    [Fact]
    public void Pronoun_gender_picks_the_matching_person()
    {
        const string text = "Anna Kowalski met Peter Novak in Warsaw on Monday.\n\n“The talks went well,” he said.";
        Only(text, "The talks").Speaker!.Name.Should().Be("Peter Novak");
    }

    [Fact]
    public void A_surname_joins_the_full_name_and_the_canonical_name_is_the_fullest()
    {
        const string text = "Senator Margaret Ellison opened the hearing.\n\n“We need answers,” Ellison said.";
        var result = Extractor.Extract(text);
        var q = result.Quotes.Single();
        q.Speaker!.Name.Should().Be("Margaret Ellison");
        q.SpeakerMention!.Value.Text.Should().Be("Ellison");
        result.Speakers.Should().ContainSingle();
    }

    [Fact]
    public void A_description_introduced_with_the_name_resolves_later()
    {
        const string text = "Brazilian President Luiz Moreira arrived in Lisbon on Sunday.\n\n“Our countries are brothers,” the Brazilian president said.";
        var q = Only(text, "Our countries");
        q.Speaker!.Name.Should().Be("Luiz Moreira");
        q.SpeakerMention!.Value.Text.Should().Be("the Brazilian president");
    }

    [Fact]
    public void An_appositive_description_names_the_organisation_later()
    {
        const string text = "NHK, Japan’s public broadcaster, reported the vote.\n\n“Turnout was the highest in decades,” the broadcaster said.\n\n“Polls closed on time,” it added.";
        var result = Extractor.Extract(text);
        result.Quotes.Should().HaveCount(2);
        result.Quotes.Should().OnlyContain(q => q.Speaker != null && q.Speaker.Name == "NHK");
        result.Speakers.Single().Descriptions.Should().Contain("Japan’s public broadcaster");
    }

    [Fact]
    public void A_relative_clause_quote_belongs_to_its_antecedent()
    {
        var q = Only("Li Wen, who described the deal as “historic”, said he would sign it on Friday.", "historic");
        q.Speaker!.Name.Should().Be("Li Wen");
    }

    [Fact]
    public void A_participle_clause_inherits_the_main_speaker()
    {
        const string text = "“We will rebuild,” Prime Minister Hana Sato told Mayor Ken Ito, calling the city a “symbol of hope”.";
        var q = Only(text, "symbol of hope");
        q.Speaker!.Name.Should().Be("Hana Sato");
    }

    [Fact]
    public void A_partial_quote_without_a_cue_takes_the_sentence_subject()
    {
        const string text = "Senator Grace Holm opened the debate.\n\nThe senator also attacked what she called the bill’s “reckless spending”.";
        Only(text, "reckless").Speaker!.Name.Should().Be("Grace Holm");
    }

    [Fact]
    public void An_agent_of_a_passive_is_not_the_speaker()
    {
        const string text = "“The border is open,” Minister Ivo Kral said in comments released by the Kremlin.";
        Only(text, "The border").Speaker!.Name.Should().Be("Ivo Kral");
    }

    [Fact]
    public void A_quote_paragraph_without_cue_continues_the_previous_speaker()
    {
        const string text = "“We start tomorrow,” Director Paula Mendes said. The plan covers every district.\n\n“Nobody will be left behind.”";
        Only(text, "Nobody").Speaker!.Name.Should().Be("Paula Mendes");
    }

    [Fact]
    public void A_group_nominal_lists_its_members()
    {
        const string text = "German Chancellor Otto Brandt met French President Claire Dubois in Paris.\n\nThe two leaders called the meeting “productive”.";
        var q = Only(text, "productive");
        q.Speaker!.Kind.Should().Be(SpeakerKind.Group);
        q.Speaker.Members.Select(m => m.Name).Should().BeEquivalentTo("Otto Brandt", "Claire Dubois");
    }

    [Fact]
    public void A_group_is_named_by_its_members_names_joined_by_and()
    {
        const string text = "German Chancellor Otto Brandt met French President Claire Dubois in Paris.\n\nThe two leaders called the meeting “productive”.";
        Only(text, "productive").Speaker!.Name.Should().Be("Otto Brandt and Claire Dubois");
    }

    [Fact]
    public void A_bare_plural_nominal_names_no_members_met_before()
    {
        const string text = "Prime Minister Ravi Menon met opposition leader Anil Rao in Pune.\n\n“The talks will resume in May,” officials said.";
        var q = Only(text, "The talks will resume");
        q.Speaker!.Name.Should().Be("officials");
        q.Speaker.Members.Should().BeEmpty();
    }

    [Fact]
    public void An_undetermined_plural_of_a_group_head_names_no_members()
    {
        const string text = "Senator Ana Ruiz met Governor Tom Hale on Monday.\n\n“The bill will pass,” several party leaders said.";
        Only(text, "The bill will pass").Speaker!.Members.Should().BeEmpty();
    }

    [Fact]
    public void A_role_nominal_tied_to_a_country_resolves_to_that_countrys_leader()
    {
        const string text = "Turkish President Emre Kaya met Greek Prime Minister Nikos Pappas.\n\nThe Ankara chief said the visit was “overdue”.";
        Only(text, "overdue").Speaker!.Name.Should().Be("Emre Kaya");
    }

    [Fact]
    public void Names_after_an_article_boundary_do_not_merge_into_the_article()
    {
        const string text = "“We will appeal,” lawyer Sam Ortiz said.\n\nNext Post\n\n“Rates will rise,” Ortiz said.";
        var result = Extractor.Extract(text);
        result.Quotes.Should().HaveCount(2);
        result.Quotes[0].Speaker!.Name.Should().Be("Sam Ortiz");
        result.Quotes[1].Speaker!.Should().NotBeSameAs(result.Quotes[0].Speaker);
        result.Quotes[1].Speaker!.Name.Should().Be("Ortiz");
    }

    [Fact]
    public void A_trace_lists_the_deciding_rule_and_candidates_when_asked()
    {
        var extractor = new QuoteExtractor(new QuoteKitOptions { IncludeTrace = true, IncludeIndirect = false });
        var q = extractor.Extract("“It is done,” Ana Lima said.").Quotes.Single();
        q.Trace.Should().NotBeNull();
        q.Trace!.Sieve.Should().Be(q.Sieve);
        q.Trace.Candidates.Should().Contain(c => c.Chosen && c.Text == "Ana Lima");
    }

    [Fact]
    public void A_quote_interrupted_by_its_attribution_is_one_quote_in_two_parts()
    {
        const string text = "“We are ready,” Mayor Ken Ito said, “to rebuild the harbour this year.”";
        var q = Extractor.Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Parts.Select(p => text[p.Start..p.End]).Should().Equal("We are ready,", "to rebuild the harbour this year.");
        q.Speaker!.Name.Should().Be("Ken Ito");
        q.Text.Should().Be(text[q.Span.Start..q.Span.End]);
    }

    [Fact]
    public void A_second_sentence_after_the_attribution_joins_the_same_quote()
    {
        const string text = "“The vote was fair,” Judge Ada Moss said. “Nobody can dispute it.”";
        var q = Extractor.Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Parts.Should().HaveCount(2);
        q.Speaker!.Name.Should().Be("Ada Moss");
    }

    [Fact]
    public void A_quote_after_a_long_attribution_sentence_continues_the_statement()
    {
        const string text = "“The harbour is safe,” Mayor Ken Ito, a former engineer, told reporters on Monday, when the storm had passed. “We will reopen it next week.”";
        var q = Extractor.Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Parts.Select(p => text[p.Start..p.End]).Should().Equal("The harbour is safe,", "We will reopen it next week.");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_paragraph_opening_with_a_quote_that_ends_in_a_comma_does_not_join_the_statement_before_it()
    {
        const string text = "“The pool is closed,” said Ann Lee.\n\n“We are fine,” an angry lifeguard retaliated.";
        var result = Extractor.Extract(text);
        result.Quotes.Select(q => q.Text).Should().Equal("The pool is closed,", "We are fine,");
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quote_continues_the_statement_before_it()
    {
        const string text = "“The harbour is safe,” Mayor Ken Ito said.\n\n“We will reopen it next week.”";
        var q = Extractor.Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Parts.Should().HaveCount(2);
        q.Parts[1].Start.Should().Be(text.IndexOf("We will", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pull_quote_signed_with_a_dash_does_not_continue_the_statement_before_it()
    {
        const string text = "“We will raise taxes on the rich,” the senator said at a rally.\n\n“We will not back down.”\n— Finance Minister Lee";
        var quotes = Extractor.Extract(text).Quotes;
        quotes.Select(q => q.Text).Should().Equal("We will raise taxes on the rich,", "We will not back down.");
    }

    [Fact]
    public void An_answer_introduced_after_a_question_is_a_statement_of_its_own()
    {
        const string text = "Mayor Ken Ito was asked, “Will you run again?” He answered, “I have not decided.”";
        var quotes = Extractor.Extract(text).Quotes;
        quotes.Select(q => q.Text).Should().Equal("Will you run again?", "I have not decided.");
    }

    [Fact]
    public void A_transcript_question_marker_is_not_the_initial_of_a_name()
    {
        const string text = "Mayor Jane Smith sat down with the Gazette on Monday.\n\nQ. Will you run again?\n\nA. “My family comes first,” she said.";
        Extractor.Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Jane Smith");
    }

    [Fact]
    public void A_quote_with_its_own_cue_is_a_statement_of_its_own()
    {
        const string text = "“The harbour is safe,” Mayor Ken Ito said. “We will reopen it next week,” he added.";
        var quotes = Extractor.Extract(text).Quotes;
        quotes.Should().HaveCount(2);
        quotes.Should().OnlyContain(q => q.Parts.Count == 1);
    }

    [Fact]
    public void A_sentence_between_the_pieces_keeps_them_apart()
    {
        const string text = "“The harbour is safe,” Mayor Ken Ito said. The storm had passed by then. “We will reopen it next week.”";
        Extractor.Extract(text).Quotes.Should().HaveCount(2);
    }

    [Fact]
    public void A_title_in_the_attribution_does_not_stop_the_statement_from_continuing()
    {
        const string text = "“We are ready,” Mayor Ken Ito said on the radio show “Morning Tide” on Sunday. “The harbour opens next week.”";
        var q = Extractor.Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Parts.Select(p => text[p.Start..p.End]).Should().Equal("We are ready,", "The harbour opens next week.");
    }

    [Fact]
    public void A_title_in_the_attribution_is_still_reported_when_non_speech_quotes_are_asked_for()
    {
        const string text = "“We are ready,” Mayor Ken Ito said on the radio show “Morning Tide” on Sunday. “The harbour opens next week.”";
        var extractor = new QuoteExtractor(new QuoteKitOptions { IncludeIndirect = false, IncludeNonSpeechQuotes = true });
        var result = extractor.Extract(text);
        ResultInvariants.AssertHold(text, result);
        result.Quotes.Select(q => q.Text).Should().Equal("We are ready,” Mayor Ken Ito said on the radio show “Morning Tide” on Sunday. “The harbour opens next week.", "Morning Tide");
    }

    [Fact]
    public void A_quote_opening_the_sentence_after_a_period_belongs_to_that_sentence()
    {
        const string text = "“It was very nice,” the tycoon told Reuters when asked about the visit. “He was charming.”";
        var q = Extractor.Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Parts.Should().HaveCount(2);
    }

    [Fact]
    public void A_common_word_opening_the_sentence_is_not_taken_for_a_speaker()
    {
        const string text = "Mayor Ken Ito met the fishermen.\n\nLater that day, Ito returned to the harbour, telling reporters, “We will rebuild.”";
        var q = Only(text, "We will rebuild");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_surname_opening_the_sentence_is_a_speaker_when_the_article_names_it_elsewhere()
    {
        const string text = "The port was closed by Mayor Ken Ito on Monday.\n\nIto told reporters, “We will rebuild.”";
        Only(text, "We will rebuild").Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_partial_quote_in_the_attribution_stays_apart_while_the_statement_continues()
    {
        const string text = "“Rents are up,” said Ken Ito, who called the market “overheated” last year. “Buyers are scarce.”";
        var quotes = Extractor.Extract(text).Quotes;
        quotes.Select(q => q.Kind).Should().Equal(QuoteKind.Direct, QuoteKind.Partial);
        quotes[0].Parts.Select(p => text[p.Start..p.End]).Should().Equal("Rents are up,", "Buyers are scarce.");
        quotes[1].Text.Should().Be("overheated");
    }

    [Fact]
    public void A_quote_after_a_second_speech_verb_is_a_statement_of_its_own()
    {
        const string text = "“Rents are up,” Ken Ito said, adding, “Buyers are scarce.”";
        var quotes = Extractor.Extract(text).Quotes;
        quotes.Should().HaveCount(2);
        quotes.Should().OnlyContain(q => q.Parts.Count == 1 && q.Speaker!.Name == "Ken Ito");
        quotes[1].Cue!.Value.Text.Should().Be("adding");
    }

    [Fact]
    public void A_colon_quote_belongs_to_the_subject_not_to_the_object_before_the_colon()
    {
        const string text = "Mayor Ana Ruiz met the fishermen.\n\nShe then addressed Senator Tom Hale directly: “The harbour stays open.”";
        Only(text, "The harbour").Speaker!.Name.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void A_colon_quote_after_a_dash_belongs_to_the_name_after_the_dash_not_to_the_heading_before_it()
    {
        const string text = "HARBOUR VOTE TOO CLOSE TO CALL, SAY ANALYSTS - Ruth Okafor: “Both sides still have a path to a majority.”";
        Only(text, "Both sides").Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Fact]
    public void A_colon_quote_after_a_dashed_aside_still_belongs_to_the_subject_before_it()
    {
        const string text = "Mayor Ana Ruiz — visibly tired — was blunt: “The harbour stays open.”";
        Only(text, "The harbour").Speaker!.Name.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void After_with_a_name_is_the_subject_of_the_participle_cue_that_follows_it()
    {
        const string text = "Protesters were led out of the hall, with Mayor Ana Ruiz loudly shouting: “Let them speak!”";
        var q = Only(text, "Let them speak");
        q.Speaker!.Name.Should().Be("Ana Ruiz");
        q.Cue!.Value.Text.Should().Be("shouting");
    }

    [Fact]
    public void After_with_a_name_followed_by_a_noun_is_not_a_speaker_by_that_rule()
    {
        const string text = "Tom Hale arrived with Ana Ruiz, saying: “We are here to listen.”";
        Only(text, "We are here").Speaker!.Name.Should().Be("Tom Hale");
    }

    [Theory]
    [InlineData("As Tom Hale, author of “Harbour Days, Harbour Nights,” put it, “The sea decides.”")]
    [InlineData("As Tom Hale, author of ''Harbour Days, Harbour Nights,'' put it, ''The sea decides.''")]
    public void An_apposition_ending_in_a_quoted_title_is_skipped_to_the_speaker_before_it(string text)
    {
        var q = Only(text, "The sea decides");
        q.Speaker!.Name.Should().Be("Tom Hale");
        q.Cue!.Value.Text.Should().Be("put");
    }

    [Fact]
    public void A_coordinated_cue_belongs_to_the_subject_of_its_own_clause_not_of_a_subordinate_clause_before_it()
    {
        const string text = "When reporters asked Mayor Ana Ruiz about the vote, she smiled, shrugged and said, “We will see.”";
        Only(text, "We will see").Speaker!.Name.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void A_heckler_is_a_speaker_of_its_own_not_the_speaker_of_the_quote_before()
    {
        const string text = "“We will fix the roads,” Mayor Ana Ruiz said as a heckler yelled: “You said that last year!”";
        Only(text, "You said that").Speaker!.Name.Should().Contain("heckler");
    }

    [Fact]
    public void Two_slogans_joined_by_and_are_one_quote_in_two_parts()
    {
        const string text = "The crowd outside the hall chanted “Save our harbour,” and “No more closures.”";
        var q = Extractor.Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Parts.Select(p => text[p.Start..p.End]).Should().Equal("Save our harbour,", "No more closures.");
    }

    [Fact]
    public void Two_quotes_joined_by_more_than_a_conjunction_stay_apart()
    {
        const string text = "The crowd chanted “Save our harbour” and then sang “No more closures.”";
        Extractor.Extract(text).Quotes.Should().HaveCount(2);
    }

    [Fact]
    public void Quotes_by_two_speakers_stay_apart()
    {
        const string text = "“The vote was fair,” Judge Ada Moss said. “It was not,” Senator Tom Hale replied.";
        var quotes = Extractor.Extract(text).Quotes;
        quotes.Should().HaveCount(2);
        quotes.Select(q => q.Speaker!.Name).Should().Equal("Ada Moss", "Tom Hale");
    }

    [Fact]
    public void A_question_quote_keeps_the_attribution_after_it_despite_a_title_period()
    {
        var q = Only("“Why now?” Mr. Hale asked reporters on Monday.", "Why now");
        q.Speaker!.Name.Should().Be("Hale");
        q.Cue!.Value.Text.Should().Be("asked");
    }

    [Theory]
    [InlineData("“Enough!” Tom Hale, a Republican, said of the delay.")]
    [InlineData("“Enough!” Rep. Tom Hale, R-Pa., said of the delay.")]
    public void An_exclamation_quote_keeps_an_attribution_with_an_apposition_after_it(string text)
    {
        var q = Only(text, "Enough");
        q.Speaker!.Name.Should().Be("Tom Hale");
        q.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void An_exclamation_quote_with_an_apposition_attribution_is_not_joined_to_the_quote_before_it()
    {
        const string text = "“We will vote,” Ana Ruiz, a Democrat, said.\n\n“Enough!” Tom Hale, a Republican, said.";
        var quotes = Extractor.Extract(text).Quotes;
        quotes.Should().HaveCount(2);
        quotes.Select(q => q.Speaker!.Name).Should().Equal("Ana Ruiz", "Tom Hale");
    }

    [Fact]
    public void A_sentence_after_an_exclamation_quote_with_a_comma_of_its_own_is_not_its_attribution()
    {
        const string text = "Mayor Ana Ruiz walked to the microphone. “Stop!” Then, after a pause, the crowd said nothing.";
        Only(text, "Stop").Cue.Should().BeNull();
    }

    [Fact]
    public void A_partial_quote_after_a_heading_and_colon_belongs_to_the_subject_after_the_colon()
    {
        const string text = "The Latest: Senator Tom Hale delivers a defense of “old harbour values” in Port Ellen.";
        Only(text, "old harbour values").Speaker!.Name.Should().Be("Tom Hale");
    }

    [Fact]
    public void A_partial_quote_after_a_dateline_and_dash_belongs_to_the_subject_after_the_dash()
    {
        const string text = "PORT ELLEN (Harbour News) – Senator Tom Hale took a swipe at the “unfair harbour tax” on Monday.";
        Only(text, "unfair harbour tax").Speaker!.Name.Should().Be("Tom Hale");
    }

    [Fact]
    public void A_participle_after_a_partial_quote_takes_the_clause_subject_not_its_object()
    {
        const string text = "Senator Tom Hale hailed the vote as “fantastic,” telling reporters he was pleased.";
        Only(text, "fantastic").Speaker!.Name.Should().Be("Tom Hale");
    }

    [Fact]
    public void A_cue_verb_added_through_options_attributes_the_quote()
    {
        const string text = "“We will not back down,” Senator Tom Hale harrumphs.";
        Extractor.Extract(text).Quotes.Single().Cue.Should().BeNull("“harrumph” is not in the built-in lexicon");
        var extended = new QuoteExtractor(new QuoteKitOptions { IncludeIndirect = false, AdditionalCueVerbs = { "harrumph" } });
        var q = extended.Extract(text).Quotes.Single();
        q.Cue!.Value.Text.Should().Be("harrumphs");
        q.Speaker!.Name.Should().Be("Tom Hale");
    }

    [Fact]
    public void An_organisation_added_through_options_is_an_organisation_speaker()
    {
        var extended = new QuoteExtractor(new QuoteKitOptions { IncludeIndirect = false, AdditionalOrganizations = { "Zorbex" } });
        var q = extended.Extract("“Prices will fall,” Zorbex said.").Quotes.Single();
        q.Speaker!.Kind.Should().Be(SpeakerKind.Organization);
    }

    [Fact]
    public void As_someone_put_it_introduces_their_quote()
    {
        var q = Only("As historian Clara Voss put it, “Every empire thinks it is the exception.”", "Every empire");
        q.Speaker!.Name.Should().Be("Clara Voss");
        q.Cue!.Value.Text.Should().Be("put");
    }

    [Fact]
    public void A_relative_clause_after_a_preposition_speaks_for_its_antecedent()
    {
        var q = Only("The mayor won an endorsement from Judge Ada Moss, who declared, “She is the right choice.”", "She is the right");
        q.Speaker!.Name.Should().Be("Ada Moss");
    }

    [Fact]
    public void A_partial_quote_without_a_cue_takes_the_subject_of_its_own_clause()
    {
        var q = Only("Ken Ito was cheerful about the bridge, while Ruth Okafor was sure it was “a disaster.”", "a disaster");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Fact]
    public void Without_a_cue_the_clause_subject_speaks_rather_than_the_object_nearest_the_quote()
    {
        var q = Only("After the storm, Mayor Elena Vasquez sent the harbour workers a message, “The harbour will reopen in May.”", "The harbour");
        q.Speaker!.Name.Should().Be("Elena Vasquez");
    }

    [Fact]
    public void A_quote_a_cue_introduces_that_ends_its_sentence_is_not_taken_by_the_next_sentence()
    {
        var q = Only("Mayor Elena Vasquez answered: “What difference does it make?” Her critics cited the answer for months.", "What difference");
        q.Speaker!.Name.Should().Be("Elena Vasquez");
    }

    [Fact]
    public void The_listener_after_told_does_not_speak_a_colon_quote_whose_teller_is_unnamed()
    {
        var q = Only("The game ended late.\n\nLater, in the parking lot, somebody told Ann Lee: “I replied to the post.”", "I replied");
        q.Speaker.Should().BeNull();
    }

    [Fact]
    public void An_entrepreneur_is_a_role_noun_that_speaks()
    {
        var q = Only("The shop opened in May.\n\n“We will expand next year,” said the entrepreneur, who backed the shop early.", "We will expand");
        q.SpeakerMention!.Value.Text.Should().Be("the entrepreneur");
    }

    [Fact]
    public void A_paragraph_introduced_by_a_colon_takes_the_subject_of_the_clause_nearest_the_colon()
    {
        var q = Only("The news came late.\n\nWhen Tom Ruiz died in 1998, Mayor Ann Lee released the following statement:\n\n“We offer our condolences to his family.”", "We offer");
        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void The_agent_of_a_passive_question_asks_the_quoted_question()
    {
        var q = Only("The show aired Friday.\n\nAnn Lee was asked by host Tom Ruiz, who backs Lee, “Now, will you run again?”", "Now, will you");
        q.Speaker!.Name.Should().Be("Tom Ruiz");
    }
}
