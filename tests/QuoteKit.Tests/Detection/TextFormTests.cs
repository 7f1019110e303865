using FluentAssertions;

namespace QuoteKit.Tests.Detection;

public sealed class TextFormTests
{
    private static readonly QuoteKitOptions Entities = new() { RecognizeHtmlEntities = true };

    [Fact]
    public void Quot_entities_act_as_marks_when_the_option_asks()
    {
        Scanning.Contents("&quot;We are ready,&quot; he said.", Entities).Should().Equal("We are ready,");
    }

    [Fact]
    public void Numeric_entities_act_as_marks_when_the_option_asks()
    {
        Scanning.Contents("&#8220;We are ready,&#8221; he said.", Entities).Should().Equal("We are ready,");
    }

    [Fact]
    public void Hexadecimal_entities_act_as_marks_when_the_option_asks()
    {
        Scanning.Contents("&#x201C;We are ready,&#x201D; he said.", Entities).Should().Equal("We are ready,");
    }

    [Fact]
    public void Named_curly_entities_act_as_marks_when_the_option_asks()
    {
        Scanning.Contents("&ldquo;We are ready,&rdquo; he said.", Entities).Should().Equal("We are ready,");
    }

    [Fact]
    public void An_apostrophe_entity_inside_a_word_opens_no_quote()
    {
        Scanning.Contents("&ldquo;We don&rsquo;t know,&rdquo; he said.", Entities).Should().Equal("We don&rsquo;t know,");
    }

    [Fact]
    public void Entities_are_plain_text_without_the_option()
    {
        Scanning.Contents("&quot;We are ready,&quot; he said.").Should().BeEmpty();
    }

    [Fact]
    public void Entity_quote_offsets_index_the_raw_text()
    {
        const string text = "He said &quot;yes&quot; twice.";
        var quote = Scanning.Scan(text, Entities).Should().ContainSingle().Subject;
        quote.Parts[0].Should().Be(new TextSpan(14, 17));
        quote.Outer[0].Of(text).Should().Be("&quot;yes&quot;");
    }

    [Fact]
    public void Non_breaking_spaces_count_as_spaces_around_marks()
    {
        Scanning.Contents("He said,\u00A0\"We are ready,\"\u00A0and left.").Should().Equal("We are ready,");
    }

    [Fact]
    public void Zero_width_spaces_count_as_spaces_around_marks()
    {
        Scanning.Contents("He said,\u200B\"We are ready,\"\u200B and left.").Should().Equal("We are ready,");
    }

    [Fact]
    public void A_quote_does_not_cross_a_blank_line()
    {
        Scanning.Contents("He said \"we will\n\nwin\" today.").Should().BeEmpty();
    }

    [Fact]
    public void A_quote_spans_a_hard_wrapped_line_inside_a_blank_line_paragraph()
    {
        const string text = "He said \"we will\nwin the vote\" today.\n\nNext paragraph.\n\nAnother one.";
        Scanning.Contents(text).Should().Equal("we will\nwin the vote");
    }

    [Fact]
    public void A_quote_does_not_cross_a_single_newline_between_one_line_paragraphs()
    {
        Scanning.Contents("He said \"we will\nwin\" today.\nNext line.\nLast line.").Should().BeEmpty();
    }

    [Fact]
    public void A_cancelled_token_stops_the_scan()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        const string text = "“We are ready,” he said.";
        var act = () => QuoteKit.Detection.QuotationScanner.Scan(text, QuoteKit.Text.Paragraphs.Find(text), new QuoteKitOptions(), cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
