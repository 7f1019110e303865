using QuoteKit.Detection;
using QuoteKit.Lexicons;
using QuoteKit.Text;

namespace QuoteKit.Attribution;

/// <summary>
/// Joins the pieces of one statement into one quote with several parts, as news readers (and annotators) read
/// them. Two shapes join:
/// <list type="bullet">
/// <item>a quote interrupted by its attribution: "“We are ready,” Xi said, “to ramp up cooperation.”" and
/// "“A,” he said. “B.”": the pieces sit in one paragraph, the short gap between them holds the first piece's cue,
/// and the second piece has no speaker of its own (or the same one);</item>
/// <item>a running quotation: "“A,” Graham told CBS News on Tuesday, when a dozen states voted. “B.”" or a
/// following paragraph that is only “C.”: a direct quote with no cue of its own that opens the sentence right
/// after the statement (or the next paragraph, when nothing else comes between) and continues its speaker.</item>
/// </list>
/// Quotations joined by "and"/"or" alone (chanting “Send them home,” and “Build the wall.”) join too.
/// A quote with its own cue ("“C,” he added.") always stands alone.
/// </summary>
internal static class InterruptedQuoteJoiner
{
    /// <summary>Most tokens between the pieces: room for "Putin told Xi by video link on Friday,".</summary>
    private const int MaxGapTokens = 14;

    /// <summary>
    /// Whether <paramref name="next"/> continues the statement whose first piece is <paramref name="head"/> and
    /// whose last piece so far is <paramref name="previous"/> (the same unit for a statement of one piece).
    /// </summary>
    public static bool Continues(DocumentIndex doc, Lexicon lexicon, QuoteUnit head, QuoteUnit previous, QuoteUnit next)
    {
        if (MarkStyle(doc.Text[previous.Span.Outer[^1].Start]) != MarkStyle(doc.Text[next.Span.Outer[0].Start]))
        {
            return false; // „Wir schaffen das“, as she put it, “we can manage this”: a quotation and its rendering in another language
        }

        if (IsCoordinated(doc, previous, next))
        {
            return true;
        }

        if (previous.Span.Role != QuoteRole.Direct || next.Span.Role != QuoteRole.Direct
            || head.Decision is not { Cue: { } cue } first || previous.CloseMarkToken < 0 || next.OpenMarkToken < 0)
        {
            return false;
        }

        if (IsSigned(doc, next))
        {
            return false; // a pull quote signed with a dash: “We will not back down.” — Finance Minister Lee
        }

        if (!next.Span.ResumesPrevious && HasTrailingSpeechVerb(doc, lexicon, next))
        {
            return false; // “A,” said a senior official. “B,” said the second official.: the piece has an attribution of its own
        }

        return ReferenceEquals(head, previous) && IsInterruption(doc, lexicon, cue, first, previous, next)
            || IsRunningQuotation(doc, first, previous, next);
    }

    /// <summary>
    /// The typographic convention of an opening mark: low-9 (German, Polish „…“), guillemets (French «…»), corner
    /// brackets (「…」) or English (“…”, "…", ‘…’ and wire-text marks). One statement keeps its convention; a piece in
    /// another one is a different quotation, most often the same words in another language.
    /// </summary>
    private static int MarkStyle(char open) => open switch
    {
        '\u201E' or '\u201A' => 1,
        '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => 2,
        '\u300C' or '\u300E' or '\uFF62' => 3,
        _ => 0,
    };

    /// <summary>
    /// A dash and a capitalised name or handle follow the quote's closing mark, on its line or the next: the quote is
    /// signed by its speaker, as pull quotes, epigraphs and tweets are (“…” — Finance Minister Lee; “…” – @handle).
    /// </summary>
    private static bool IsSigned(DocumentIndex doc, QuoteUnit unit)
    {
        int dash = unit.CloseMarkToken + 1;
        var tokens = doc.Tokens;
        if (dash + 1 >= tokens.Length || tokens[dash].Length != 1 || !CharClass.IsDash(doc.Text[tokens[dash].Start])
            || (doc.Text[tokens[dash].Start] == '-' && tokens[dash].Start == tokens[unit.CloseMarkToken].End))
        {
            return false;
        }

        // On the quote's line or the next one; after a blank line a dash opens a list item or a new block instead.
        int breaks = doc.Text.AsSpan(tokens[unit.CloseMarkToken].End, tokens[dash].Start - tokens[unit.CloseMarkToken].End).Count('\n');
        var signer = tokens[dash + 1];
        return breaks <= 1 && (signer.IsWord && signer.IsCapitalized || doc.IsChar(dash + 1, '@'));
    }

    /// <summary>
    /// Two quotations (direct or partial) joined by "and" or "or" and nothing else: the crowd chanted “Send them home,” and
    /// “Build the wall.”; the slogans “Feel the Bern” or “Love you, Bernie”. One statement with two parts.
    /// </summary>
    private static bool IsCoordinated(DocumentIndex doc, QuoteUnit previous, QuoteUnit next)
    {
        if (previous.Span.Role == QuoteRole.NonSpeech || next.Span.Role == QuoteRole.NonSpeech
            || previous.CloseMarkToken < 0 || next.OpenMarkToken < 0)
        {
            return false;
        }

        int gap = next.OpenMarkToken - previous.CloseMarkToken - 1;
        if (gap < 1 || gap > 3)
        {
            return false;
        }

        bool conjunction = false;
        for (int t = previous.CloseMarkToken + 1; t < next.OpenMarkToken; t++)
        {
            if (doc.Is(t, "and") || doc.Is(t, "or"))
            {
                conjunction = true;
            }
            else if (!doc.IsChar(t, ','))
            {
                return false;
            }
        }

        if (!conjunction)
        {
            return false;
        }

        return previous.Decision is not { } first || next.Decision is not { } second || SameSpeaker(first, second);
    }

    private static bool IsInterruption(DocumentIndex doc, Lexicon lexicon, TextSpan cue, SieveDecision first, QuoteUnit previous, QuoteUnit next)
    {
        int gap = next.OpenMarkToken - previous.CloseMarkToken - 1;
        if (gap <= 0 || gap > MaxGapTokens || doc.ParagraphOf(previous.CloseMarkToken) != doc.ParagraphOf(next.OpenMarkToken))
        {
            return false;
        }

        // Only the attribution may come between: no sentence of its own ("“A,” he said. It rained. “B.”").
        int closing = doc.SentenceOfToken[previous.CloseMarkToken];
        int opening = doc.SentenceOfToken[next.OpenMarkToken];
        if (opening > closing + 1)
        {
            return false;
        }

        var closeEnd = doc.Tokens[previous.CloseMarkToken].End;
        var openStart = doc.Tokens[next.OpenMarkToken].Start;
        if (cue.Start < closeEnd || cue.End > openStart)
        {
            return false; // the cue is not the interruption
        }

        // A second speech verb introduces a statement of its own: "“A,” he said, adding, “B.”"
        for (int t = previous.CloseMarkToken + 1; t < next.OpenMarkToken; t++)
        {
            if (doc.Tokens[t].Start != cue.Start && doc.Tokens[t].IsWord && lexicon.SpeechVerbs.ContainsKey(doc.Word(t)))
            {
                return false;
            }
        }

        if (IntroducesNewSentence(doc, previous, next) || IsIntroducedBySpeechVerb(doc, lexicon, previous))
        {
            return false;
        }

        return next.Span.ResumesPrevious
            || next.Decision is not { } second
            || HasNoCueOfItsOwn(first, second) && SameSpeaker(first, second);
    }

    /// <summary>Most words between a piece's closing mark and a speech verb of its own: "another resident said".</summary>
    private const int MaxTrailingSubjectTokens = 4;

    /// <summary>
    /// A speech verb follows the piece in its sentence, right after it or after a few words: "“B,” said the second
    /// official.", "“B,” another said.". The piece has an attribution of its own, even one no rule resolved to a speaker,
    /// so it is a second statement rather than the rest of the first.
    /// </summary>
    private static bool HasTrailingSpeechVerb(DocumentIndex doc, Lexicon lexicon, QuoteUnit piece)
    {
        if (piece.CloseMarkToken < 0)
        {
            return false;
        }

        int t = piece.CloseMarkToken + 1;
        if (t < doc.Tokens.Length && doc.IsChar(t, ','))
        {
            t++;
        }

        int sentence = doc.SentenceOfToken[piece.CloseMarkToken];
        for (int end = Math.Min(doc.Tokens.Length, t + MaxTrailingSubjectTokens + 1); t < end && doc.Tokens[t].IsWord && !doc.InQuote(t) && doc.SentenceOfToken[t] == sentence; t++)
        {
            if (lexicon.SpeechVerbs.ContainsKey(doc.Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A speech verb and a comma or colon stand right before the piece: it has its own introducer ("A fan shouted, “Cruz,”
    /// Beck joked, “Amen!”"), so the attribution after it introduces the next quotation rather than interrupting this one.
    /// </summary>
    private static bool IsIntroducedBySpeechVerb(DocumentIndex doc, Lexicon lexicon, QuoteUnit piece)
    {
        int t = piece.OpenMarkToken - 1;
        return t >= 1 && (doc.IsChar(t, ',') || doc.IsChar(t, ':')) && doc.Tokens[t - 1].IsWord && !doc.InQuote(t - 1)
            && lexicon.SpeechVerbs.ContainsKey(doc.Word(t - 1));
    }

    /// <summary>
    /// The previous piece ends a sentence and the words between end in a comma or colon that opens the next piece with a
    /// capital: they introduce a new statement, often another speaker's ("“Would you run?” He answered, “I have not
    /// decided.”"), rather than interrupt one.
    /// </summary>
    private static bool IntroducesNewSentence(DocumentIndex doc, QuoteUnit previous, QuoteUnit next)
    {
        var text = doc.Text;
        int closeStart = doc.Tokens[previous.CloseMarkToken].Start;
        int before = next.OpenMarkToken - 1;
        return closeStart > 0 && text[closeStart - 1] is '.' or '?' or '!'
            && before > previous.CloseMarkToken && (doc.IsChar(before, ',') || doc.IsChar(before, ':'))
            && next.OpenMarkToken + 1 < doc.Tokens.Length && doc.Tokens[next.OpenMarkToken + 1].IsCapitalized;
    }

    private static bool IsRunningQuotation(DocumentIndex doc, SieveDecision first, QuoteUnit previous, QuoteUnit next)
    {
        if (next.Decision is not { } second || !HasNoCueOfItsOwn(first, second) || !SameSpeaker(first, second))
        {
            return false;
        }

        // Only the rest of the previous piece's sentence (its attribution) may come between, and the next piece
        // must open a sentence of its own: in the same paragraph, or as the first words of the next paragraph.
        int sentence = doc.SentenceOfToken[previous.CloseMarkToken];
        int nextSentence = doc.SentenceOfToken[next.OpenMarkToken];
        if (nextSentence != sentence + 1 || doc.Sentences[nextSentence].First != next.OpenMarkToken)
        {
            return false;
        }

        for (int t = previous.CloseMarkToken + 1; t < next.OpenMarkToken; t++)
        {
            if (doc.SentenceOfToken[t] != sentence)
            {
                return false;
            }
        }

        int paragraph = doc.Sentences[sentence].Paragraph;
        int nextParagraph = doc.Sentences[nextSentence].Paragraph;
        return nextParagraph == paragraph
            || nextParagraph == paragraph + 1 && doc.ParagraphFirstToken[nextParagraph] == next.OpenMarkToken && !EndsWithComma(doc, next);
    }

    /// <summary>
    /// “We are fine,” the surgeon said.: a piece whose last mark inside the quotation is a comma waits for an attribution
    /// of its own after it, even one no rule recognised; it does not run on from the paragraph before.
    /// </summary>
    private static bool EndsWithComma(DocumentIndex doc, QuoteUnit unit) =>
        unit.CloseMarkToken > 0 && doc.InQuote(unit.CloseMarkToken - 1) && doc.IsChar(unit.CloseMarkToken - 1, ',');

    /// <summary>The next piece has no cue, or only the statement's own cue that a sentence rule lent it; "“B,” he added." has its own.</summary>
    private static bool HasNoCueOfItsOwn(SieveDecision first, SieveDecision second) => second.Cue is not { } own || own == first.Cue;

    private static bool SameSpeaker(SieveDecision first, SieveDecision second) =>
        ReferenceEquals(second.Mention, first.Mention) || second.Mention.Entity >= 0 && second.Mention.Entity == first.Mention.Entity;
}
