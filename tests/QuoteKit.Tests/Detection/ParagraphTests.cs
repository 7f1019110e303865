using FluentAssertions;
using QuoteKit.Text;

namespace QuoteKit.Tests.Detection;

public sealed class ParagraphTests
{
    private static List<string> Find(string text) => Paragraphs.Find(text).Select(p => p.Of(text)).ToList();

    [Fact]
    public void Blank_lines_separate_paragraphs()
    {
        Find("First one.\n\nSecond one.\n\nThird one.").Should().Equal("First one.", "Second one.", "Third one.");
    }

    [Fact]
    public void Single_newlines_separate_paragraphs_when_there_are_no_blank_lines()
    {
        Find("First one.\nSecond one.\nThird one.").Should().Equal("First one.", "Second one.", "Third one.");
    }

    [Fact]
    public void A_trailing_blank_line_does_not_turn_lines_into_one_block()
    {
        Find("First one.\nSecond one.\n\n").Should().Equal("First one.", "Second one.");
    }

    [Fact]
    public void Lines_that_end_sentences_inside_a_block_are_paragraphs_of_their_own()
    {
        Find("Title line\n\nFirst one.\n“Second one.”\nThird one.\n\nFourth one.")
            .Should().Equal("Title line", "First one.", "“Second one.”", "Third one.", "Fourth one.");
    }

    [Fact]
    public void Lines_hard_wrapped_mid_sentence_stay_one_paragraph()
    {
        Find("The first paragraph is wrapped\nat a fixed width and goes on\nuntil it ends.\n\nThe second one.")
            .Should().Equal("The first paragraph is wrapped\nat a fixed width and goes on\nuntil it ends.", "The second one.");
    }

    [Fact]
    public void Indented_first_lines_start_the_paragraphs_of_hard_wrapped_text_without_blank_lines()
    {
        Find("  The ferry left the harbour late\nbecause of the storm. Nobody was\nhurt.\n  The captain waited for the\nwind to drop before sailing.")
            .Should().Equal(
                "The ferry left the harbour late\nbecause of the storm. Nobody was\nhurt.",
                "The captain waited for the\nwind to drop before sailing.");
    }

    [Fact]
    public void Wrapped_lines_join_their_paragraph_in_unindented_text_without_blank_lines()
    {
        Find("The ferry left the harbour late because\nof the storm and nobody was hurt at all.\nThe captain waited for the wind to\ndrop before sailing out of the bay.")
            .Should().Equal(
                "The ferry left the harbour late because\nof the storm and nobody was hurt at all.",
                "The captain waited for the wind to\ndrop before sailing out of the bay.");
    }

    [Fact]
    public void A_short_line_that_stops_mid_sentence_stays_its_own_paragraph_in_wrapped_text()
    {
        Find("Ferry delayed\nThe ferry left the harbour late because\nof the storm and nobody was hurt at all.\nThe captain waited for the wind to\ndrop before sailing out of the bay.")
            .Should().StartWith("Ferry delayed");
    }

    [Fact]
    public void Crlf_line_breaks_separate_paragraphs()
    {
        Find("First one.\r\n\r\nSecond one.").Should().Equal("First one.", "Second one.");
    }

    [Fact]
    public void Lines_holding_only_invisible_spaces_count_as_blank()
    {
        Find("First one.\n\u00A0\u200B\nSecond one.").Should().Equal("First one.", "Second one.");
    }

    [Fact]
    public void Paragraphs_are_trimmed_of_non_breaking_and_zero_width_spaces()
    {
        Find("\u200B\u00A0First one.\u00A0\n\nSecond one.").Should().Equal("First one.", "Second one.");
    }

    [Fact]
    public void Hard_wrapped_lines_stay_in_their_blank_line_paragraph()
    {
        const string text = "The minister said the talks\nwould resume next week and that\nboth sides were ready.\n\n"
            + "Officials in the capital\nwere less sure of the timing\nand said nothing more.\n\n"
            + "A third paragraph follows\nhere on two lines.";
        Find(text).Should().HaveCount(3).And.StartWith("The minister said the talks\nwould resume next week and that\nboth sides were ready.");
    }

    [Fact]
    public void A_few_section_breaks_do_not_merge_one_line_paragraphs()
    {
        const string text = "One.\nTwo.\nThree.\nFour.\n\nFive.\nSix.\nSeven.\nEight.";
        Find(text).Should().HaveCount(8);
    }

    [Fact]
    public void A_quote_spans_a_hard_wrap_in_wrapped_text()
    {
        const string text = "He said \"we will\nwin the vote\" on\nSunday and left.\n\nOthers stayed\nbehind for a while\nand waited.\n\nThe end\nof the story.";
        Scanning.Contents(text).Should().Equal("we will\nwin the vote");
    }
}
