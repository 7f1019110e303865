using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>
/// Names that are also months or modal verbs ("Theresa May", "Ai Jun", "George Will") are read as names where a name
/// stands, and as dates or verbs elsewhere ("on May 5", "Trump May Face Charges").
/// </summary>
public sealed class MonthAndModalNameTests
{
    private static QuoteExtractionResult Extract(string text)
    {
        var result = new QuoteExtractor().Extract(text);
        ResultInvariants.AssertHold(text, result);
        return result;
    }

    private static Quote QuoteOf(QuoteExtractionResult result, string text, string start) =>
        result.Quotes.Should().ContainSingle(q => q.Text.StartsWith(start, StringComparison.Ordinal)).Subject;

    [Fact]
    public void A_month_after_a_first_name_ends_the_name()
    {
        const string text = "The vote was close.\n\nTheresa May, the prime minister, said the deal was done.";

        QuoteOf(Extract(text), text, "the deal").Speaker!.Name.Should().Be("Theresa May");
    }

    [Fact]
    public void A_month_after_a_first_name_before_the_cue_is_the_speaker()
    {
        const string text = "The vote was close.\n\nTheresa May told reporters the deal was done.";

        var quote = QuoteOf(Extract(text), text, "the deal");

        quote.Speaker!.Name.Should().Be("Theresa May");
        quote.SpeakerMention!.Value.Text.Should().Be("Theresa May");
    }

    [Fact]
    public void A_month_alone_before_a_past_speech_verb_is_the_speaker()
    {
        const string text = "Prime Minister Theresa May spoke in Leeds. “We will leave in March,” May said on Tuesday.";

        var quote = QuoteOf(Extract(text), text, "We will leave");

        quote.Speaker!.Name.Should().Be("Theresa May");
        quote.SpeakerMention!.Value.Text.Should().Be("May");
    }

    [Fact]
    public void A_month_abbreviation_can_be_a_surname()
    {
        const string text = "Columnist Ai Jun wrote that the plan was bold.\n\n“It will fail,” Jun wrote in the paper.";

        var result = Extract(text);

        QuoteOf(result, text, "It will fail").Speaker!.Name.Should().Be("Ai Jun");
        QuoteOf(result, text, "the plan").Speaker!.Name.Should().Be("Ai Jun");
    }

    [Fact]
    public void A_date_after_a_name_is_not_part_of_it()
    {
        const string text = "“We are ready,” said Mayor Ana Ruiz May 5 at the council.";

        var quote = QuoteOf(Extract(text), text, "We are ready");

        quote.Speaker!.Name.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void A_month_after_a_preposition_names_no_speaker()
    {
        const string text = "The vote was close.\n\nIn May, officials said the deal was done.";

        var quote = QuoteOf(Extract(text), text, "the deal");

        quote.SpeakerMention!.Value.Text.Should().Be("officials");
    }

    [Fact]
    public void A_capitalised_modal_in_a_title_case_headline_is_not_a_name()
    {
        const string text = "Senator Ann Lee May Face Charges, Prosecutors Say\n\nProsecutors said the case was strong.";

        Extract(text).Speakers.Should().NotContain(s => s.Name.Contains("May"));
    }

    [Fact]
    public void A_name_that_is_also_a_modal_is_the_speaker_of_its_cue()
    {
        const string text = "Columnist George Will wrote about the race.\n\nIn particular, Will wrote, the governor can still win the state.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("the governor")).Subject;

        quote.Speaker!.Name.Should().Be("George Will");
    }
}
