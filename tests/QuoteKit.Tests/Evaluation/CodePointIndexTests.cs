using FluentAssertions;
using QuoteKit.Evaluation;

namespace QuoteKit.Tests.Evaluation;

public sealed class CodePointIndexTests
{
    [Fact]
    public void Offsets_are_unchanged_in_text_without_astral_characters()
    {
        var index = new CodePointIndex("café said “hi”");

        index.CodePointCount.Should().Be(14);
        index.ToUtf16(11).Should().Be(11);
    }

    [Fact]
    public void Each_astral_character_before_an_offset_adds_one_utf16_unit()
    {
        // "🎉" and "𝒜" are outside the BMP: one code point, two UTF-16 units each.
        const string text = "🎉 Ann 𝒜 said";
        var index = new CodePointIndex(text);

        index.CodePointCount.Should().Be(text.Length - 2);
        index.ToUtf16(2).Should().Be(3);   // "Ann" starts after "🎉 "
        index.ToUtf16(8).Should().Be(10);  // "said" starts after "𝒜 "
        text[index.ToUtf16(8)..].Should().Be("said");
    }

    [Fact]
    public void The_end_of_the_text_converts_to_its_length()
    {
        const string text = "ok 😀";
        var index = new CodePointIndex(text);

        index.ToUtf16(index.CodePointCount).Should().Be(text.Length);
    }

    [Fact]
    public void An_offset_past_the_end_is_rejected()
    {
        var index = new CodePointIndex("abc");

        var act = () => index.ToUtf16(4);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
