using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Unnamed subjects of a trailing attribution and where the attribution ends.</summary>
public sealed class TrailingSubjectTests
{
    private static List<Quote> Reported(string text) => ResultInvariants.Reported(text);

    [Fact]
    public void A_source_close_to_someone_is_the_subject_of_a_trailing_said()
    {
        var q = Reported("The vote was close. The mayor will resign in March, a source close to the council said.").Should().ContainSingle().Subject;

        q.Text.Should().Be("The mayor will resign in March");
        q.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void People_close_to_someone_are_the_subject_of_a_trailing_say()
    {
        var q = Reported("The vote was close. Farm subsidies will grow next year, people close to the minister say.").Should().ContainSingle().Subject;

        q.Text.Should().Be("Farm subsidies will grow next year");
    }

    [Fact]
    public void A_semicolon_ends_a_trailing_attribution()
    {
        var q = Reported("The vote was close. A new bridge is needed within a decade, engineers say; in 2012, the old one was repaired.").Should().ContainSingle().Subject;

        q.Text.Should().Be("A new bridge is needed within a decade");
        q.Cue!.Value.Text.Should().Be("say");
    }

    [Fact]
    public void Two_words_joined_by_and_make_one_unnamed_subject_of_a_trailing_said()
    {
        var q = Reported("The vote was close. The audit found no fraud in the bridge contract, current and former officials said.").Should().ContainSingle().Subject;

        q.Text.Should().Be("The audit found no fraud in the bridge contract");
        q.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void A_setting_phrase_before_the_subject_of_a_cue_is_no_statement()
    {
        var quotes = Reported("The hearing ran late. During the long afternoon session in the county courthouse, both farmers testified.");

        quotes.Should().NotContain(q => q.Text.StartsWith("During"));
    }

    [Fact]
    public void An_unlisted_past_form_ending_the_sentence_after_a_comma_closed_quote_is_its_cue()
    {
        const string text = "The talks ended late.\n\n\u201cWe will not give up,\u201d Maria Ortiz bristled.";
        var q = ResultInvariants.OnlyQuote(text, "We will not give up");
        q.Speaker!.Name.Should().Be("Maria Ortiz");
        q.Cue!.Value.Text.Should().Be("bristled");
    }

    [Fact]
    public void A_past_form_after_a_quote_closing_on_a_full_stop_is_no_cue()
    {
        const string text = "Maria Ortiz spoke first.\n\n\u201cWe will not give up.\u201d Tom Baker frowned.";
        ResultInvariants.OnlyQuote(text, "We will not give up").Cue.Should().BeNull();
    }

    [Fact]
    public void A_described_name_before_an_unlisted_past_form_ending_the_sentence_is_the_speaker()
    {
        const string text = "Nadia Petrov lost the vote on Monday.\n\n\u201cWe will be back,\u201d a defiant Petrov retaliated.";
        var q = ResultInvariants.OnlyQuote(text, "We will be back");
        q.Speaker!.Name.Should().Be("Nadia Petrov");
        q.Cue!.Value.Text.Should().Be("retaliated");
    }

    [Fact]
    public void The_possessor_of_a_statement_noun_before_a_colon_speaks_the_quote()
    {
        const string text = "The aide emailed the minister on Friday. Okafor\u2019s response was: \u201cIs he from Lagos?\u201d";
        ResultInvariants.OnlyQuote(text, "Is he from Lagos").SpeakerMention!.Value.Text.Should().Be("Okafor");
    }

    [Fact]
    public void A_subject_after_an_opening_and_then_is_the_subject_of_a_participle_cue()
    {
        const string text = "Mayor Ann Lee spoke first. Tom Baker spoke next.\n\nAnd then Lee went on the attack, saying, \u201cThis council has failed.\u201d";
        var q = ResultInvariants.OnlyQuote(text, "This council has failed");
        q.Speaker!.Name.Should().Be("Ann Lee");
        q.Cue!.Value.Text.Should().Be("saying");
    }
}
