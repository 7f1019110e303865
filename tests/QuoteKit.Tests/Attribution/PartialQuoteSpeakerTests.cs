using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Who speaks a quote inside a sentence whose subject, objects and participles compete for it.</summary>
public sealed class PartialQuoteSpeakerTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    [Fact]
    public void A_two_word_quote_that_no_cue_introduces_is_a_label_not_a_quote()
    {
        const string text = "The vote was close.\n\nAnn Lee has promoted her plan for \"free transit\" across the state since June.";

        Extract(text).Quotes.Should().BeEmpty();
    }

    [Fact]
    public void A_two_word_label_is_reported_when_non_speech_quotes_are_asked_for()
    {
        const string text = "The vote was close.\n\nAnn Lee has promoted her plan for \"free transit\" across the state since June.";
        var extractor = new QuoteExtractor(new QuoteKitOptions { IncludeNonSpeechQuotes = true });

        extractor.Extract(text).Quotes.Should().ContainSingle(q => q.Text == "free transit");
    }

    [Fact]
    public void A_two_word_quote_in_a_sentence_without_a_speaker_is_a_label_not_a_quote()
    {
        const string text = "The vote was close.\n\nThe two candidates ended the night in a \"virtual tie\" in the first state.";

        Extract(text).Quotes.Should().BeEmpty();
    }

    [Fact]
    public void A_two_word_quote_before_the_cue_of_its_sentence_is_a_label_not_a_quote()
    {
        const string text = "The vote was close.\n\nHolding up a \"free transit\" sign, Ann Lee said the vote was fair.";

        Extract(text).Quotes.Should().ContainSingle().Which.Kind.Should().Be(QuoteKind.Indirect);
    }

    [Fact]
    public void A_two_word_quote_that_a_cue_introduces_stays_a_quote()
    {
        const string text = "The vote was close.\n\nAnn Lee vowed to \"fight on\" whatever the count.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void An_apposition_set_off_by_commas_is_not_the_subject_of_the_partial_quote()
    {
        const string text = "The dispute began in June.\n\nIn June, Ann Lee attacked a federal judge, Tom Ruiz, for his \"Mexican heritage.\"";

        var quote = Extract(text).Quotes.Should().ContainSingle().Subject;

        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_clause_after_the_cues_own_quote_gives_the_partial_quote_its_own_subject()
    {
        const string text = "The hearing ended late.\n\nIn a video that Judge Tom Ruiz called \"distasteful,\" Ann Lee expressed a wish to \"shut the agency down.\"";

        var quotes = Extract(text).Quotes;

        quotes.Should().HaveCount(2);
        quotes[1].Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_relative_clause_after_the_quote_is_no_cue_for_it()
    {
        const string text = "The debate ended late.\n\nSpeaking to \"Fox News Sunday\" Monday, Tom Ruiz refrained from attacking his rivals, particularly Gov. Ann Lee and Gov. Sam Park, who say the senator lacks experience.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text == "Fox News Sunday").Subject;

        quote.Speaker!.Name.Should().Be("Tom Ruiz");
    }

    [Fact]
    public void A_participle_after_an_object_is_no_cue_for_a_later_quote()
    {
        const string text = "The plant reopened.\n\nWhen Ann Lee saw Tom Ruiz praising the plant on the news, all she could do was shout \"Yes, finally!\" at the screen.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;

        quote.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_coordinated_cue_in_an_object_relative_clause_takes_that_clauses_subject()
    {
        const string text = "The talks failed.\n\nAnd the North Atlantic Fishing Agreement, which Ann Lee had called a \"disaster\" and promised to \"rip up\"? Nobody mentioned it.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Partial).Subject;

        quote.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_participle_after_the_object_of_a_cue_shares_that_cues_subject()
    {
        const string text = "The vote was close.\n\nAnn Lee emailed Tom Ruiz saying: \"The fight goes on.\"";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_partial_quote_in_an_open_relative_clause_belongs_to_its_antecedent()
    {
        const string text = "The count went on.\n\nA win for Ann Lee creates an awkward spot for Tom Ruiz, who could be dubbed the \"presumptive party nominee\" even as he loses.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Tom Ruiz");
    }

    [Fact]
    public void A_partial_quote_after_a_possessive_statement_noun_belongs_to_its_owner()
    {
        const string text = "Bob Park spoke.\n\nMany voters in the hall remembered Ann Lee's famous description of the plan as \"a ghost ship.\"";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_quote_continuing_a_statement_skips_a_scare_quote_between_them()
    {
        const string text = "The race tightened.\n\n\"We will win this,\" said Ann Lee, an \"outsider\" backed by Tom Ruiz, the former senator. \"Nobody can stop us now.\"";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("Nobody", StringComparison.Ordinal)).Subject;

        quote.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_quote_introduced_by_its_own_cue_is_not_joined_to_the_next_speakers_quote()
    {
        const string text = "The rally ended.\n\nA man in the crowd shouted, \"Cruz,\" Tom Beck joked, \"Amen, brother, we will win this state.\"";

        var quotes = Extract(text).Quotes;

        quotes.Select(q => q.Text).Should().Equal("Cruz,", "Amen, brother, we will win this state.");
    }

    [Fact]
    public void A_quote_introduced_by_its_own_cue_keeps_its_speaker_when_another_attribution_follows()
    {
        const string text = "The rally ended.\n\nWhen Ann Lee shouted, \"Cruz,\" Tom Beck joked, \"Amen, brother, we will win this state.\"";

        Extract(text).Quotes.Select(q => q.Speaker!.Name).Should().Equal("Ann Lee", "Tom Beck");
    }
}
