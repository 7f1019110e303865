using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>
/// Cues whose speaker or object the reported-speech rules find although the cue does not follow its subject or a comma
/// directly: a subject after "after"/"before" or a relative pronoun before a time adjunct, and a participle after a
/// short adjunct or a quotation's closing comma.
/// </summary>
public sealed class ParticipleAndSubordinateCueTests
{
    private static QuoteExtractionResult Extract(string text)
    {
        var result = new QuoteExtractor().Extract(text);
        ResultInvariants.AssertHold(text, result);
        return result;
    }

    [Fact]
    public void A_name_after_a_subordinating_after_is_the_speaker_of_the_cue_that_follows_it()
    {
        const string text = "The donors were upset after President Ana Silva called the bankers “fat cats” last year.";
        var q = Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed).Subject;
        q.Text.Should().Be("the bankers “fat cats” last year");
        q.Speaker!.Name.Should().Be("Ana Silva");
    }

    [Fact]
    public void A_participle_after_a_comma_and_a_short_adjunct_reports_its_object()
    {
        const string text = "Governor Ken Ito has battled the council for months, at one point calling the mayor a “liar” who was not “honorable.”";
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Be("the mayor a “liar” who was not “honorable.”");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void A_participle_after_the_comma_inside_a_title_s_closing_mark_reports_its_object()
    {
        const string text = "Former mayor Rudy Ames trashed the plan on “Morning Talk,” calling it a “no-brainer” to reject.";
        Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed)
            .Which.Text.Should().Be("it a “no-brainer” to reject");
    }

    [Fact]
    public void A_relative_pronoun_before_a_time_adjunct_is_the_subject_of_the_cue_after_it()
    {
        const string text = "Glenn Ross, who has in the past described the senator as “a dangerous man,” spoke at the rally.";
        var q = Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed).Subject;
        q.Text.Should().Be("the senator as “a dangerous man,”");
        q.Speaker!.Name.Should().Be("Glenn Ross");
    }

    [Fact]
    public void A_name_in_apposition_to_a_noun_does_not_take_a_participle_cue_from_the_main_subject()
    {
        var q = Extract("The vote was close. The minister on Monday defended the reform inherited from her predecessor, Ann Lopez, saying it would end privileges.").Quotes
            .Should().ContainSingle(x => x.Cue != null && x.Cue.Value.Text == "saying").Subject;

        q.Speaker!.Name.Should().Be("minister");
    }

    [Fact]
    public void A_participle_after_by_introduces_a_quote_for_the_clause_subject()
    {
        const string text = "Judge Rita Moreno heard the plea on Monday.\n\nWhen the lawyer sat down, Moreno began by saying, \u201cThis court has read every letter.\u201d";
        var q = ResultInvariants.OnlyQuote(text, "read every letter");
        q.Speaker!.Name.Should().Be("Rita Moreno");
        q.Cue!.Value.Text.Should().Be("saying");
    }

    [Fact]
    public void An_infinitive_after_went_on_to_introduces_a_quote_for_the_clause_subject()
    {
        const string text = "Maria Ortiz spoke next.\n\nOrtiz went on to say, \u201cI know this is true.\u201d";
        var q = ResultInvariants.OnlyQuote(text, "I know this is true");
        q.Speaker!.Name.Should().Be("Maria Ortiz");
        q.Cue!.Value.Text.Should().Be("say");
    }
}
