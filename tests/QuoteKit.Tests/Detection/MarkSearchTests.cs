using FluentAssertions;
using QuoteKit.Text;

namespace QuoteKit.Tests.Detection;

public sealed class MarkSearchTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void IndexOfMayStartMark_finds_exactly_the_chars_MayStartMark_accepts(bool entities)
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = "ab" + (char)c;

            bool found = QuotationMarks.IndexOfMayStartMark(text, 0, text.Length, entities) == 2;

            found.Should().Be(QuotationMarks.MayStartMark((char)c, entities), "char U+{0:X4}", c);
        }
    }

    [Fact]
    public void IndexOfMayStartMark_looks_only_between_start_and_end()
    {
        const string text = "“a” b “c”";

        QuotationMarks.IndexOfMayStartMark(text, 3, 6, entities: false).Should().Be(-1);
    }

    [Fact]
    public void IndexOfMayStartMark_returns_an_index_into_the_whole_text()
    {
        const string text = "“a” b “c”";

        QuotationMarks.IndexOfMayStartMark(text, 3, text.Length, entities: false).Should().Be(6);
    }
}
