using FluentAssertions;
using QuoteKit.Evaluation;

namespace QuoteKit.Tests.Evaluation;

public sealed class QuotationMarksTests
{
    [Theory]
    [InlineData("“We are ready.”")]
    [InlineData("\"We are ready.\"")]
    [InlineData("«Nous sommes prêts.»")]
    [InlineData("„Wir sind bereit.“")]
    [InlineData("‘We are ready’")]
    [InlineData("  “We are ready”. ")]
    [InlineData("“We are ready”,")]
    public void Content_enclosed_in_quotation_marks_is_direct(string content)
    {
        QuotationMarks.EnclosesContent(content, [new TextSpan(0, content.Length)]).Should().BeTrue();
    }

    [Theory]
    [InlineData("that the team is “ready for anything.”")]
    [InlineData("“We are ready,” and then some")]
    [InlineData("the bridge will open")]
    [InlineData("“")]
    public void Content_not_enclosed_in_quotation_marks_is_not_direct(string content)
    {
        QuotationMarks.EnclosesContent(content, [new TextSpan(0, content.Length)]).Should().BeFalse();
    }

    [Fact]
    public void Discontinuous_content_is_direct_when_its_first_piece_opens_and_its_last_piece_closes()
    {
        const string text = "“Rain,” Lu said, “then sun.”";

        QuotationMarks.EnclosesContent(text, [new TextSpan(0, 7), new TextSpan(17, 28)]).Should().BeTrue();
    }
}
