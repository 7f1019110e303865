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
        if (ClosestMentionSieve.PassiveAgent(context, sentence.First, open) is { } agent)
        {
            return new SieveDecision(agent, null, Name, 0.7, "agent of the passive question before the colon");
        }

        int clauseFirst = ClauseStart.AfterBreak(doc, sentence.First, open - 1, colons: false);
        if (StatementPossessor(context, clauseFirst, open - 1) is { } possessor)
        {
            return new SieveDecision(possessor, null, Name, 0.7, "possessor of the statement noun whose colon introduces the quote");
        }

        if ((context.MainClauseSubject(clauseFirst, open - 1) ?? (clauseFirst > sentence.First ? context.MainClauseSubject(sentence.First, open - 1) : null)) is { } subject && context.CanSpeak(subject)
            && (subject.Kind != Mentions.MentionKind.Pronoun || subject.Head is "he" or "she" or "they" or "i" or "we"))
        {
            return new SieveDecision(subject, null, Name, 0.7, "subject of the clause whose colon introduces the quote");
        }

        // Else the speaker-like mention nearest the colon.
        for (int t = open - 2; t >= sentence.First && t >= open - AttributionContext.Reach; t--)
        {
            // "Schilling told WEEI: “…”": the object of a speech verb is its listener, never the speaker.
            if (context.MentionEndingAt(t) is not { } m || !context.CanSpeak(m) || ClosestMentionSieve.IsListener(context, m))
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

    /// <summary>Most words between a possessor and the colon: "Clinton’s curt response was:".</summary>
    private const int MaxStatementNounPhraseWords = 4;

    /// <summary>
    /// The possessor opening the clause "Clinton’s response was:", "The mayor's reply:": a noun for a statement
    /// (<see cref="Detection.ReportedSpeechDetector.StatementNouns"/>) after it, and only lower-case words up to the colon.
    /// </summary>
    private static Mentions.Mention? StatementPossessor(AttributionContext context, int clauseFirst, int colon)
    {
        var doc = context.Doc;
        if (context.MentionStartingAt(clauseFirst) is not { Possessive: true } owner || owner.Type == Mentions.EntityType.Place
            || colon - owner.EndToken > MaxStatementNounPhraseWords || colon <= owner.EndToken)
        {
            return null;
        }

        bool noun = false;
        for (int t = owner.EndToken; t < colon; t++)
        {
            if (!doc.Tokens[t].IsWord || doc.Tokens[t].IsCapitalized || doc.InQuote(t))
            {
                return null;
            }

            noun |= Detection.ReportedSpeechDetector.StatementNouns.Contains(doc.Word(t));
        }

        return noun ? owner : null;
    }
}
