using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Robustness;

/// <summary>
/// Inputs that broke an invariant when found by FsCheck or afl-fuzz, kept as literals so the bug stays fixed.
/// Each test names what went wrong.
/// </summary>
public sealed class FuzzFindingsTests
{
    private static readonly QuoteExtractor Extractor = new();

    [Fact]
    public void A_word_followed_by_a_letter_outside_the_BMP_is_not_cut_between_the_surrogate_halves()
    {
        // FsCheck: the tokenizer took the high surrogate of 𝐂 into the word "I" and left the low one out,
        // so the speaker mention [3..5) ended inside the pair.
        const string text = "“s”I𝐂";
        var result = Extractor.Extract(text);
        ResultInvariants.AssertHold(text, result);
    }

    [Fact]
    public void The_tokenizer_keeps_a_letter_outside_the_BMP_whole_inside_a_word()
    {
        const string text = "I𝐂 said";
        var tokens = QuoteKit.Text.Tokenizer.Tokenize(text, 0, text.Length);
        tokens[0].Span.Should().Be(new TextSpan(0, 3));
    }

    [Theory]
    [InlineData("He said")]
    [InlineData("They added")]
    [InlineData("“We agree.” Brandt argued")]
    public void A_document_that_ends_with_a_speech_verb_does_not_throw(string text)
    {
        // Linear-work family "pronouns and cues only": ReportedSpeechDetector.Forward looked at the token after
        // the cue (IsClauseStart) when the cue was the document's last token: IndexOutOfRangeException.
        var act = () => Extractor.Extract(text);
        ResultInvariants.AssertHold(text, act.Should().NotThrow().Subject);
    }

    [Theory]
    [InlineData("e said i")]
    [InlineData("Ann Lee said he")]
    public void A_short_answer_read_at_the_end_of_the_document_does_not_throw(string text)
    {
        // FsCheck: after "said", a subject pronoun as the document's last token made the short-answer reading
        // (ReportedSpeechDetector.ShortAnswerEnd) look at the token after it: IndexOutOfRangeException.
        var result = Extractor.Extract(text);
        ResultInvariants.AssertHold(text, result);
    }

    [Fact]
    public void A_participle_report_at_the_start_of_a_sentence_does_not_read_before_it()
    {
        // FsCheck: ReportedSpeechDetector.ImpersonalReport looked for "it was" two tokens before a sentence-initial
        // "said" in " said an u that e t" and read token -1: IndexOutOfRangeException.
        const string text = " said an u that e t";
        var result = Extractor.Extract(text);
        ResultInvariants.AssertHold(text, result);
    }

    [Fact]
    public void A_reply_verb_that_ends_the_document_does_not_read_past_it()
    {
        // FsCheck: ReportedSpeechDetector.Forward asked for the word after "agree" ("on", "with", "about") when
        // "agree" was the document's last token: ArgumentOutOfRangeException.
        const string text = "e agree";
        var result = Extractor.Extract(text);
        ResultInvariants.AssertHold(text, result);
    }
}
