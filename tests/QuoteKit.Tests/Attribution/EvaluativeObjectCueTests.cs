using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>
/// Verbs that report what someone spoke of with praise or complaint (touted, bemoaned, assailed) report their object as
/// an indirect quote, the verb as cue and its subject as speaker, as the annotated corpus reads them (24 of 25 forms of
/// "tout", 6 of 6 of "bemoan", 11 of 13 of "assail" are cues there).
/// </summary>
public sealed class EvaluativeObjectCueTests
{
    private static QuoteExtractionResult Extract(string text)
    {
        var result = new QuoteExtractor().Extract(text);
        ResultInvariants.AssertHold(text, result);
        return result;
    }

    [Theory]
    [InlineData("Senator Maria Lopez touted her record on jobs.", "touted", "her record on jobs")]
    [InlineData("Governor Ben Hart bemoaned the slow pace of the repairs.", "bemoaned", "the slow pace of the repairs")]
    [InlineData("Mayor Lena Ortiz assailed the council budget.", "assailed", "the council budget")]
    public void The_object_of_a_praise_or_complaint_verb_is_an_indirect_quote(string text, string cue, string content)
    {
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Text.Should().Be(content);
        q.Cue!.Value.Text.Should().Be(cue);
    }

    [Fact]
    public void The_subject_of_touts_is_the_speaker()
    {
        const string text = "The chairwoman, Ruth Okafor, touts the new clinic in every speech.";
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Theory]
    [InlineData("Senator Maria Lopez condemned the attack on the clinic.", "condemned", "the attack on the clinic")]
    [InlineData("Governor Ben Hart referenced the flood of 1993.", "referenced", "the flood of 1993")]
    [InlineData("Mayor Lena Ortiz rebuked the police chief.", "rebuked", "the police chief")]
    public void The_past_form_of_a_censure_or_reference_verb_reports_its_object(string text, string cue, string content)
    {
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be(content);
        q.Cue!.Value.Text.Should().Be(cue);
    }

    [Fact]
    public void Condemn_in_its_base_form_reports_nothing()
    {
        const string text = "Leaders of both parties should condemn the attack on the clinic.";
        Extract(text).Quotes.Should().BeEmpty();
    }
}
