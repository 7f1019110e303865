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
}
