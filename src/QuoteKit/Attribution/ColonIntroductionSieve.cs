namespace QuoteKit.Attribution;

/// <summary>
/// A quote introduced by a colon belongs to the speaker named just before the colon, even without a speech
/// verb: "Finance Minister Ruth Okafor was blunt: “The budget is balanced.”" (a pronoun "it" is skipped).
/// </summary>
internal sealed class ColonIntroductionSieve : AttributionSieve
{
    public override SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        var doc = context.Doc;
        int open = quote.OpenMarkToken;
        if (open <= 0 || !doc.IsChar(open - 1, ':'))
        {
            return null;
        }

        // The subject of the clause that ends in the colon: "She then addressed the supporters again: “…”" is hers.
        // A dash starts a new clause: "POLLS NOT WRONG, JUST EARLY - Ann Lee: “…”" (a headline, then its author).
        var sentence = doc.Sentences[doc.SentenceOfToken[open]];
        int clauseFirst = ClauseStartAfterDash(doc, sentence.First, open - 1);
        if ((context.MainClauseSubject(clauseFirst, open - 1) ?? (clauseFirst > sentence.First ? context.MainClauseSubject(sentence.First, open - 1) : null)) is { } subject && context.CanSpeak(subject)
            && (subject.Kind != Mentions.MentionKind.Pronoun || subject.Head is "he" or "she" or "they" or "i" or "we"))
        {
            return new SieveDecision(subject, null, Name, 0.7, "subject of the clause whose colon introduces the quote");
        }

        // Else the speaker-like mention nearest the colon.
        for (int t = open - 2; t >= sentence.First && t >= open - AttributionContext.Reach; t--)
        {
            if (context.MentionEndingAt(t) is not { } m || !context.CanSpeak(m))
            {
                continue;
            }

            if (m.Kind != Mentions.MentionKind.Pronoun || m.Head is "he" or "she" or "they")
            {
                return new SieveDecision(m, null, Name, 0.7, "speaker-like mention nearest the colon that introduces the quote");
            }
        }

        return null;
    }

    /// <summary>The token after the last dash (a spaced hyphen, an en or em dash) between <paramref name="first"/> and <paramref name="colon"/>, else <paramref name="first"/>.</summary>
    private static int ClauseStartAfterDash(Text.DocumentIndex doc, int first, int colon)
    {
        for (int t = colon - 1; t > first; t--)
        {
            if (doc.IsChar(t, '—') || doc.IsChar(t, '–') || (doc.IsChar(t, '-') && IsSpacedHyphen(doc, t)))
            {
                return t + 1 < colon ? t + 1 : first;
            }
        }

        return first;
    }

    private static bool IsSpacedHyphen(Text.DocumentIndex doc, int t)
    {
        var token = doc.Tokens[t];
        return token.Start > 0 && token.Start + 1 < doc.Text.Length && char.IsWhiteSpace(doc.Text[token.Start - 1]) && char.IsWhiteSpace(doc.Text[token.Start + 1]);
    }
}
