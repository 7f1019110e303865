using FluentAssertions;

namespace QuoteKit.Tests.Detection;

public sealed class MultiParagraphTests
{
    [Fact]
    public void A_quote_left_open_continues_into_a_paragraph_that_opens_with_a_mark()
    {
        const string text = "“We will build more ships.\n\n“And we will train more sailors,” the admiral said.";
        Scanning.Contents(text).Should().Equal("We will build more ships. / And we will train more sailors,");
    }

    [Fact]
    public void Each_part_of_a_continued_quote_keeps_its_own_span()
    {
        const string text = "“We will build more ships.\n\n“And we will train more sailors,” the admiral said.";
        var quote = Scanning.Scan(text).Should().ContainSingle().Subject;
        quote.Parts.Select(p => p.Of(text)).Should().Equal("We will build more ships.", "And we will train more sailors,");
        quote.Outer.Select(p => p.Of(text)).Should().Equal("“We will build more ships.", "“And we will train more sailors,”");
    }

    [Fact]
    public void A_quote_continues_over_several_paragraphs()
    {
        const string text = "He said: \"First point.\n\n\"Second point.\n\n\"Third point.\"\n\nThen he left.";
        Scanning.Contents(text).Should().Equal("First point. / Second point. / Third point.");
    }

    [Fact]
    public void A_quote_continues_across_single_newline_paragraphs()
    {
        const string text = "“We will build more ships.\n“And train sailors,” he said.\nOthers disagreed.";
        Scanning.Contents(text).Should().Equal("We will build more ships. / And train sailors,");
    }

    [Fact]
    public void A_quote_continues_across_crlf_paragraphs()
    {
        const string text = "“We will build more ships.\r\n\r\n“And train sailors,” he said.";
        Scanning.Contents(text).Should().Equal("We will build more ships. / And train sailors,");
    }

    [Fact]
    public void A_multi_paragraph_quote_is_direct()
    {
        const string text = "He added: “ships are coming.\n\n“Sailors too.”";
        Scanning.RoleOfOnlyQuote(text).Should().Be(QuoteKit.Detection.QuoteRole.Direct);
    }

    [Fact]
    public void A_curly_quote_nested_in_a_straight_one_does_not_stop_it_continuing()
    {
        const string text = "\"We reject this “reform” entirely.\n\n\"It fails voters,\" she said.";
        Scanning.Contents(text).Should().Equal("We reject this “reform” entirely. / It fails voters,");
    }

    [Fact]
    public void A_straight_quote_holding_a_complete_straight_quote_does_not_continue()
    {
        const string text = "\"A stray mark, he said. \"We are ready,\" he added.\n\n\"Later,\" she said.";
        Scanning.Contents(text).Should().Equal("We are ready,", "Later,");
    }
}
