using FluentAssertions;

namespace QuoteKit.Tests.Detection;

public sealed class QuotationMarkTests
{
    [Fact]
    public void Straight_double_quotes_delimit_a_quote()
    {
        Scanning.Contents("\"We are ready,\" the minister said.").Should().Equal("We are ready,");
    }

    [Fact]
    public void Curly_double_quotes_delimit_a_quote()
    {
        Scanning.Contents("“We are ready,” the minister said.").Should().Equal("We are ready,");
    }

    [Fact]
    public void Straight_single_quotes_delimit_a_quote()
    {
        Scanning.Contents("Minister: 'We are ready for talks'").Should().Equal("We are ready for talks");
    }

    [Fact]
    public void Curly_single_quotes_delimit_a_quote()
    {
        Scanning.Contents("Minister: ‘We are ready for talks’").Should().Equal("We are ready for talks");
    }

    [Fact]
    public void French_guillemets_delimit_a_quote()
    {
        Scanning.Contents("Le ministre a dit : « Nous sommes prêts ».").Should().Equal("Nous sommes prêts");
    }

    [Fact]
    public void Reversed_guillemets_delimit_a_quote()
    {
        Scanning.Contents("Der Minister sagte: »Wir sind bereit.«").Should().Equal("Wir sind bereit.");
    }

    [Fact]
    public void Single_guillemets_delimit_a_quote()
    {
        Scanning.Contents("Il a répondu ‹ non › sans hésiter.").Should().Equal("non");
    }

    [Fact]
    public void German_low_and_high_quotes_delimit_a_quote()
    {
        Scanning.Contents("Der Minister sagte: „Wir sind bereit.“").Should().Equal("Wir sind bereit.");
    }

    [Fact]
    public void Polish_low_and_right_quotes_delimit_a_quote()
    {
        Scanning.Contents("Minister powiedział: „Jesteśmy gotowi”.").Should().Equal("Jesteśmy gotowi");
    }

    [Fact]
    public void Corner_brackets_delimit_a_quote()
    {
        Scanning.Contents("大臣は「準備はできている」と述べた。").Should().Equal("準備はできている");
    }

    [Fact]
    public void Half_width_corner_brackets_delimit_a_quote()
    {
        Scanning.Contents("大臣は\uFF62準備はできている\uFF63と述べた。").Should().Equal("準備はできている");
    }

    [Fact]
    public void A_double_prime_opening_and_a_low_double_prime_closing_delimit_a_quote()
    {
        Scanning.Contents("大臣は\u301D準備はできている\u301Fと述べた。").Should().Equal("準備はできている");
    }

    [Fact]
    public void White_corner_brackets_delimit_a_quote()
    {
        Scanning.Contents("大臣は『準備はできている』と述べた。").Should().Equal("準備はできている");
    }

    [Fact]
    public void Wire_text_backticks_and_apostrophes_delimit_a_quote()
    {
        Scanning.Contents("``We are ready,'' the minister said.").Should().Equal("We are ready,");
    }

    [Fact]
    public void Doubled_apostrophes_delimit_a_quote()
    {
        Scanning.Contents("''We are ready,'' the minister said.").Should().Equal("We are ready,");
    }

    [Fact]
    public void Single_quotes_inside_double_quotes_are_not_reported_separately()
    {
        Scanning.Contents("“He told me ‘no deal’ twice,” she said.").Should().Equal("He told me ‘no deal’ twice,");
    }

    [Fact]
    public void Double_quotes_inside_single_quotes_are_not_reported_separately()
    {
        Scanning.Contents("Headline: ‘Minister calls plan “reckless”’").Should().Equal("Minister calls plan “reckless”");
    }

    [Fact]
    public void Single_and_double_closing_marks_in_a_doubled_apostrophe_run_close_both_quotes()
    {
        Scanning.Contents("''He called it 'old-school,''' she said.").Should().Equal("He called it 'old-school,'");
    }

    [Fact]
    public void Spans_exclude_the_marks_and_keep_inner_punctuation()
    {
        const string text = "She asked, “Why now?”";
        var quote = Scanning.Scan(text).Should().ContainSingle().Subject;
        quote.Parts[0].Of(text).Should().Be("Why now?");
        quote.Outer[0].Of(text).Should().Be("“Why now?”");
    }

    [Fact]
    public void Space_inside_the_marks_is_trimmed_from_the_span()
    {
        Scanning.Contents("He said \" we will see \" and left.").Should().Equal("we will see");
    }

    [Fact]
    public void Empty_quotation_marks_report_nothing()
    {
        Scanning.Contents("The field was left “” on the form.").Should().BeEmpty();
    }

    [Fact]
    public void Quotes_are_reported_in_document_order()
    {
        Scanning.Contents("“First,” he said. “Second.”").Should().Equal("First,", "Second.");
    }

    [Fact]
    public void A_closing_mark_typed_as_an_opening_glyph_still_closes_by_its_position()
    {
        Scanning.Contents("“We are ready,“ the minister said.").Should().Equal("We are ready,");
    }

    [Fact]
    public void Mixed_straight_and_curly_marks_pair_by_position()
    {
        Scanning.Contents("“We are ready,\" the minister said.").Should().Equal("We are ready,");
    }

    [Fact]
    public void An_inch_mark_after_a_feet_measure_does_not_close_the_quote()
    {
        Scanning.Contents("“He is like 6’2”, maybe taller,” she said.").Should().Equal("He is like 6’2”, maybe taller,");
    }

    [Fact]
    public void An_opening_glyph_glued_to_final_punctuation_closes_the_open_quote()
    {
        Scanning.Contents("Pollster: “Polls are not forecasts.“[Source] More below.").Should().Equal("Polls are not forecasts.");
    }
}
