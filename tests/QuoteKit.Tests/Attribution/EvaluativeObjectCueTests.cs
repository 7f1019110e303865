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
}
