using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>
/// "Hopes" before "to" or "that" reports what is hoped for by default, without
/// <see cref="QuoteKitOptions.IncludeThoughtVerbs"/>: the annotated corpus reads 16 of 17 such "hopes" as cues.
/// </summary>
public sealed class HopesCueTests
{
    private static QuoteExtractionResult Extract(string text)
    {
        var result = new QuoteExtractor().Extract(text);
        ResultInvariants.AssertHold(text, result);
        return result;
    }

    [Fact]
    public void Hopes_to_reports_its_infinitive()
    {
        const string text = "Senator Ann Lee hopes to win the seat in November.";
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("to win the seat in November");
        q.Cue!.Value.Text.Should().Be("hopes");
        q.Speaker!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void Hopes_that_reports_its_clause()
    {
        const string text = "The mayor hopes that the council will approve the plan.";
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Text.Should().Be("the council will approve the plan");
    }

    [Fact]
    public void Hoped_stays_a_thought_verb_off_by_default()
    {
        const string text = "The mayor hoped that the council would approve the plan.";
        Extract(text).Quotes.Should().BeEmpty();
    }
}
