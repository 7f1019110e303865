using FluentAssertions;
using QuoteKit.Detection;

namespace QuoteKit.Tests.Detection;

public sealed class QuoteRoleTests
{
    [Fact]
    public void A_full_sentence_before_its_cue_is_direct()
    {
        Scanning.RoleOfOnlyQuote("“We aim to strengthen cooperation,” the president told his guest.").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_sentence_after_a_list_bullet_is_direct()
    {
        Scanning.RoleOfOnlyQuote("\u2022 \u201CThe clinic closed in May,\u201D said a nurse.").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_sentence_right_after_a_leftover_html_tag_is_direct()
    {
        Scanning.RoleOfOnlyQuote("<p>\u201CThe clinic closed in May,\u201D said a nurse.</p>").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_sentence_after_a_cue_and_colon_is_direct()
    {
        Scanning.RoleOfOnlyQuote("The minister said: “Our navies will train together.”").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_chinese_sentence_in_corner_brackets_after_a_cue_and_colon_is_direct()
    {
        Scanning.RoleOfOnlyQuote("A spokesman said: 「我们不会屈服。」 Talks resume on Monday.").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_chinese_sentence_in_corner_brackets_before_its_speaker_is_direct()
    {
        Scanning.RoleOfOnlyQuote("「我们不会屈服」, the ministry spokesperson wrote on Twitter.").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_sentence_right_after_a_speech_verb_is_direct()
    {
        Scanning.RoleOfOnlyQuote("The minister said “Our navies will train together” on Monday.").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_whole_lower_case_sentence_right_after_a_speech_verb_is_direct()
    {
        Scanning.RoleOfOnlyQuote("The governor added, “we will rebuild every school in the county.”").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_lower_case_sentence_ending_in_a_nested_question_after_a_speech_verb_is_direct()
    {
        Scanning.RoleOfOnlyQuote("The mayor said “we cannot wait any longer, and people keep asking me, ‘why not now?’”")
            .Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_short_lower_case_phrase_after_a_speech_verb_stays_partial()
    {
        Scanning.RoleOfOnlyQuote("The governor said “not yet.” and left.").Should().Be(QuoteRole.Partial);
    }

    [Fact]
    public void A_long_capitalised_sentence_quoted_inside_the_writers_sentence_is_direct()
    {
        Scanning.RoleOfOnlyQuote("But “The harbour will reopen in May and every boat will be back by June.”").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void The_second_half_of_an_interrupted_quote_is_direct()
    {
        var quotes = Scanning.Scan("“We are ready,” the envoy said, “to expand the drills.”");
        quotes.Select(q => q.Role).Should().Equal(QuoteRole.Direct, QuoteRole.Direct);
    }

    [Fact]
    public void The_second_half_of_a_quote_interrupted_by_its_cue_between_dashes_is_direct()
    {
        var quotes = Scanning.Scan("“We are ready,” the envoy said – “to expand the drills.”");
        quotes.Select(q => q.Role).Should().Equal(QuoteRole.Direct, QuoteRole.Direct);
    }

    [Fact]
    public void A_fragment_after_a_dash_far_from_the_speech_verb_stays_partial()
    {
        var quotes = Scanning.Scan("“We are ready,” the envoy said, adding that rivals -- unnamed -- “are worried” by it.");
        quotes.Select(q => q.Role).Should().Equal(QuoteRole.Direct, QuoteRole.Partial);
    }

    [Fact]
    public void A_lower_case_fragment_before_its_cue_is_direct()
    {
        Scanning.RoleOfOnlyQuote("“and then the talks collapsed,” the envoy said.").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_noun_phrase_embedded_in_the_sentence_is_partial()
    {
        Scanning.RoleOfOnlyQuote("The president called his guest a “dear friend” at the dinner.").Should().Be(QuoteRole.Partial);
    }

    [Fact]
    public void A_fragment_after_a_preposition_is_partial()
    {
        Scanning.RoleOfOnlyQuote("The pact aims to counter “unprecedented pressure and provocations” from rivals.").Should().Be(QuoteRole.Partial);
    }

    [Fact]
    public void A_capitalised_phrase_after_a_determiner_is_partial_when_someone_speaks()
    {
        Scanning.RoleOfOnlyQuote("The senator said the plan was a “Trojan Horse” for higher taxes.").Should().Be(QuoteRole.Partial);
    }

    [Fact]
    public void A_quote_after_so_called_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("The so-called “reform” passed on Tuesday.").Should().Be(QuoteRole.NonSpeech);
    }

    [Theory]
    [InlineData("The prime minister, known as “Teflon Mark” in parliament, declined to comment.")]
    [InlineData("The hacker, who goes by “Guccifer,” was arrested in May.")]
    [InlineData("The boxer, nicknamed “The Hammer,” won again.")]
    public void A_nickname_after_known_as_goes_by_or_nicknamed_is_not_speech(string text)
    {
        Scanning.RoleOfOnlyQuote(text).Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_title_after_a_title_noun_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("She watched the film “Heat” twice.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_line_that_is_only_a_single_quoted_phrase_in_a_text_quoting_with_double_marks_is_a_heading()
    {
        const string text = "“We will rebuild,” the mayor said.\n\n‘Harbour hopes rise.’\n\n“It is our harbour,” she added.";
        Scanning.Scan(text).Select(q => q.Role).Should().Equal(QuoteRole.Direct, QuoteRole.NonSpeech, QuoteRole.Direct);
    }

    [Fact]
    public void A_line_that_is_only_a_single_quoted_sentence_in_a_text_quoting_with_single_marks_is_direct()
    {
        const string text = "‘We will rebuild,’ the mayor said.\n\n‘We will not back down.’\n\n‘It is our harbour,’ she added.";
        Scanning.Scan(text).Select(q => q.Role).Should().Equal(QuoteRole.Direct, QuoteRole.Direct, QuoteRole.Direct);
    }

    [Fact]
    public void A_title_after_autobiography_and_a_comma_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("In her autobiography, “A Life on the Water,” published in 2015, the mayor described her youth.")
            .Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_headline_credited_with_by_the_and_a_name_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("HARBOUR WATCH — “Fishermen brace for a long winter,” by the Gazette’s Ana Lima.")
            .Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_programme_after_a_broadcaster_possessive_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("He spoke about it on ABC’s “This Week” yesterday.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_show_appeared_on_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("The senator appeared on “Saturday Night Live” last year.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_title_before_a_title_noun_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("The “Fast Cars” movie was filmed downtown.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_nickname_between_first_and_last_name_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("Wrestler Dwayne “The Rock” Johnson arrived early.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_title_case_phrase_where_nobody_speaks_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("The eight senators formed the “Gang of Eight” in spring.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void An_html_attribute_value_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("<tweet id=\"7604284\">Votes are in.</tweet>").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_chanted_slogan_is_speech()
    {
        Scanning.RoleOfOnlyQuote("The crowd kept chanting “Lock Them Up” for minutes.").Should().NotBe(QuoteRole.NonSpeech);
    }

    [Fact]
    public void Non_speech_quotes_are_left_out_of_extraction_by_default()
    {
        new QuoteExtractor().Extract("She watched the film “Heat” twice.").Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Non_speech_quotes_are_extracted_when_the_option_asks()
    {
        var extractor = new QuoteExtractor(new QuoteKitOptions { IncludeNonSpeechQuotes = true });
        extractor.Extract("She watched the film “Heat” twice.").Quotes.Should().ContainSingle().Which.Text.Should().Be("Heat");
    }

    [Fact]
    public void A_title_before_star_is_not_speech_even_with_lower_case_words()
    {
        Scanning.RoleOfOnlyQuote("The “Life is a Circus” star spoke to fans on Monday.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_headline_followed_by_its_author_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("Must read: “Senate passes the budget at last,” by Jane Fielding.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_programme_someone_told_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("The senator told “Morning Talk” that the vote would pass.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_title_opening_a_sentence_where_nobody_speaks_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("“The Long Night” was nominated for an award.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void An_exclamation_opening_a_paragraph_is_speech()
    {
        Scanning.RoleOfOnlyQuote("“Never Again!”\n\nThe crowd dispersed.").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void A_lower_case_fragment_after_its_cue_without_an_earlier_quote_is_partial()
    {
        Scanning.RoleOfOnlyQuote("Sooner or later, the governor told reporters, “it starts to pay off.”").Should().Be(QuoteRole.Partial);
    }

    [Fact]
    public void A_fragment_inside_the_writers_clause_before_a_cue_is_partial()
    {
        Scanning.RoleOfOnlyQuote("The senator “has run a lean campaign,” his aide said.").Should().Be(QuoteRole.Partial);
    }

    [Fact]
    public void A_title_followed_by_a_description_of_the_work_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("To top it off, “Harbour,” a movie about dock workers, opens today.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_one_word_title_in_apposition_where_nobody_speaks_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("She stars in the streaming thriller, “Undertow,” and a stage play.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_one_word_answer_before_its_cue_is_direct()
    {
        Scanning.RoleOfOnlyQuote("The governor gave a one-word answer. “Denver,” he answered.").Should().Be(QuoteRole.Direct);
    }

    [Fact]
    public void The_second_half_of_an_interrupted_quote_is_marked_as_resuming_the_first()
    {
        var quotes = Scanning.Scan("“We are ready,” the envoy said, “to expand the drills.”");
        quotes.Select(q => q.ResumesPrevious).Should().Equal(false, true);
    }

    [Fact]
    public void A_quote_in_a_new_sentence_does_not_resume_the_previous_one()
    {
        var quotes = Scanning.Scan("“We are ready,” the envoy said. “The drills start soon.”");
        quotes.Select(q => q.ResumesPrevious).Should().Equal(false, false);
    }

    [Fact]
    public void A_single_quoted_word_with_no_speech_or_naming_word_near_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("Nobody in the valley has forgotten the “flood” of 1998 or the long repairs.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_single_quoted_word_after_a_naming_verb_stays_partial()
    {
        Scanning.RoleOfOnlyQuote("At the hearing the mayor called the new budget plan “reckless” and left.").Should().Be(QuoteRole.Partial);
    }

    [Fact]
    public void A_single_quoted_word_after_as_stays_partial()
    {
        Scanning.RoleOfOnlyQuote("The senator praised the new harbour chief as a “visionary” on Monday.").Should().Be(QuoteRole.Partial);
    }

    [Fact]
    public void A_single_quoted_word_right_after_a_speech_verb_stays_partial()
    {
        Scanning.RoleOfOnlyQuote("Minutes later the aide sent a note saying “done” to the whole team.").Should().Be(QuoteRole.Partial);
    }

    [Fact]
    public void A_short_quotation_modifying_the_noun_after_it_is_not_speech()
    {
        Scanning.RoleOfOnlyQuote("All week the network pushed the “gun violence” narrative in its coverage.").Should().Be(QuoteRole.NonSpeech);
    }

    [Fact]
    public void A_short_quotation_listed_after_a_spoken_one_stays_partial()
    {
        var quotes = Scanning.Scan("The crowd kept shouting “lock him up” and “Go home” at the gates.");

        quotes.Select(q => q.Role).Should().Equal(QuoteRole.Partial, QuoteRole.Partial);
    }
}
