using System.Text;
using FluentAssertions;
using QuoteKit.Detection;

namespace QuoteKit.Tests.Detection;

/// <summary>
/// The scanner's documented bound: work linear in the text length on any input. Checked by counting steps
/// (<see cref="ScanSteps"/>), never by timing.
/// </summary>
public sealed class LinearTimeTests
{
    /// <summary>Steps per character the scanner may take; the documented constant with headroom.</summary>
    private const int MaxStepsPerCharacter = 40;

    private static readonly QuoteKitOptions WithEntities = new() { RecognizeHtmlEntities = true, IncludeNonSpeechQuotes = true };

    public static TheoryData<string, int> AdversarialInputs => new()
    {
        { "\"", 1_000_000 },
        { "“", 500_000 },
        { "”", 500_000 },
        { "'", 1_000_000 },
        { "“‘", 300_000 },
        { "“”", 300_000 },
        { "‘’", 300_000 },
        { "«»»«", 200_000 },
        { "a\"b", 300_000 },
        { "a'b ", 250_000 },
        { "“a ’", 250_000 },
        { "&quot;", 150_000 },
        { "&#8220;x", 100_000 },
        { "''", 500_000 },
        { "'''x", 200_000 },
        { " ’n’", 250_000 },
    };

    [Theory]
    [MemberData(nameof(AdversarialInputs))]
    public void Work_is_within_a_constant_per_character_on_adversarial_input(string unit, int repeat)
    {
        string text = Repeat(unit, repeat);
        long steps = CountSteps(text);
        steps.Should().BeLessThanOrEqualTo((long)MaxStepsPerCharacter * text.Length);
    }

    [Fact]
    public void Openers_then_closers_take_linear_work()
    {
        string text = new string('“', 500_000) + new string('”', 500_000);
        CountSteps(text).Should().BeLessThanOrEqualTo((long)MaxStepsPerCharacter * text.Length);
    }

    [Fact]
    public void Single_openers_then_double_closers_take_linear_work()
    {
        string text = Repeat(" ‘a", 200_000) + Repeat("b” ", 200_000);
        CountSteps(text).Should().BeLessThanOrEqualTo((long)MaxStepsPerCharacter * text.Length);
    }

    [Fact]
    public void A_ten_megabyte_paragraph_of_short_quotes_takes_linear_work()
    {
        string text = Repeat("He said “yes” and ‘no’ to O’Brien, ", 10_000_000 / 36);
        CountSteps(text).Should().BeLessThanOrEqualTo((long)MaxStepsPerCharacter * text.Length);
    }

    [Fact]
    public void Doubling_adversarial_input_at_most_doubles_the_work()
    {
        long small = CountSteps(Repeat("“a‘\"«", 100_000));
        long large = CountSteps(Repeat("“a‘\"«", 200_000));
        ((double)large / small).Should().BeLessThan(2.1);
    }

    [Fact]
    public void Many_paragraphs_each_left_open_take_linear_work()
    {
        string text = Repeat("“open\n\n", 200_000);
        CountSteps(text).Should().BeLessThanOrEqualTo((long)MaxStepsPerCharacter * text.Length);
    }

    private static long CountSteps(string text)
    {
        var work = new ScanSteps();
        Scanning.Scan(text, WithEntities, work);
        return work.Steps;
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
