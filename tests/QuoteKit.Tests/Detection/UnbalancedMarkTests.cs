using FluentAssertions;

namespace QuoteKit.Tests.Detection;

public sealed class UnbalancedMarkTests
{
    [Fact]
    public void An_unclosed_quote_reports_nothing_when_the_next_paragraph_does_not_open_with_a_mark()
    {
        const string text = "He said “we will win and left.\n\nThe vote is on Sunday. “Turnout matters,” she said.";
        Scanning.Contents(text).Should().Equal("Turnout matters,");
    }

    [Fact]
    public void An_unclosed_quote_does_not_swallow_the_rest_of_the_article()
    {
        var paragraphs = Enumerable.Range(0, 50).Select(i => $"Paragraph {i} has “quote {i}” in it.");
        string text = "He said “we will win.\n\n" + string.Join("\n\n", paragraphs);
        Scanning.Contents(text).Should().HaveCount(50).And.OnlyContain(c => c.StartsWith("quote "));
    }

    [Fact]
    public void A_stray_opening_mark_before_a_complete_quote_leaves_the_complete_quote()
    {
        Scanning.Contents("\"A stray mark, he said. \"We are ready,\" he added.").Should().Equal("We are ready,");
    }

    [Fact]
    public void A_stray_closing_mark_reports_nothing()
    {
        Scanning.Contents("The talks failed,” he said.").Should().BeEmpty();
    }

    [Fact]
    public void An_unclosed_single_quote_does_not_cut_a_double_quote_short()
    {
        Scanning.Contents("“He said ‘never and left,” she recalled.").Should().Equal("He said ‘never and left,");
    }

    [Fact]
    public void A_paragraph_with_an_odd_number_of_straight_marks_keeps_its_complete_quote()
    {
        Scanning.Contents("\"Ready,\" he said. She shouted \"now.\n\nNothing followed.").Should().Equal("Ready,");
    }

    [Fact]
    public void A_double_quote_closed_by_a_single_mark_after_its_punctuation_is_paired()
    {
        Scanning.Contents("The coach turned to the bench. “Let’s go.’ The players ran onto the field.").Should().Equal("Let’s go.");
    }

    [Fact]
    public void A_single_mark_after_punctuation_does_not_close_a_double_quote_that_closes_later()
    {
        Scanning.Contents("“They called it ‘the end.’ It was not,” she said.").Should().Equal("They called it ‘the end.’ It was not,");
    }
}
