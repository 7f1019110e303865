using QuoteKit.Mentions;

namespace QuoteKit.Attribution;

/// <summary>
/// The fallback: the closest plausible speaker before the quote in its paragraph (a subject, not a
/// possessive, place or object of a preposition), else the first after it in the same sentence.
/// </summary>
internal sealed class ClosestMentionSieve : AttributionSieve
{
    public override SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        var doc = context.Doc;
        int anchor = quote.Anchor;
        if ((uint)anchor >= (uint)doc.Tokens.Length)
        {
            return null;
        }

        int paragraph = doc.ParagraphOf(anchor);
        int first = doc.ParagraphFirstToken[paragraph];
        int end = doc.ParagraphFirstToken[paragraph + 1];
        // "Trump issued a statement, “…”", "Sullivan forwards an article that included the line “…”": with no cue to
        // go by, the subject of the quote's clause speaks rather than the object nearest the quote.
        int sentenceFirst = doc.Sentences[doc.SentenceOfToken[anchor]].First;
        if (sentenceFirst >= first && PassiveAgent(context, sentenceFirst, anchor) is { } agent)
        {
            return new SieveDecision(agent, null, Name, 0.5, "agent of the passive question or telling before the quote");
        }

        if (sentenceFirst >= first && context.MainClauseSubject(sentenceFirst, anchor, last: true) is { } subject)
        {
            return new SieveDecision(subject, null, Name, 0.5, "subject of the clause before the quote");
        }

        List<(Mention, string)>? rejected = null; // created at the first rejection: most quotes have none
        for (int t = anchor - 1; t >= first && t >= anchor - AttributionContext.Reach; t--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (context.MentionEndingAt(t) is { } m)
            {
                if (context.CanSpeak(m) && m.Type != EntityType.Place && !IsListener(context, m))
                {
                    return new SieveDecision(m, null, Name, 0.5, "closest plausible mention before the quote") { Rejected = (IReadOnlyList<(Mention, string)>?)rejected ?? [] };
                }

                if (context.Options.IncludeTrace) // only a trace reads the rejected mentions
                {
                    (rejected ??= []).Add((m, m.Possessive ? "possessive" : m.Type == EntityType.Place ? "a place" : IsListener(context, m) ? "object of a speech verb" : "object of a preposition"));
                }
            }
        }

        int sentence = doc.SentenceOfToken[anchor];
        for (int t = quote.EndToken; t < end && t < quote.EndToken + AttributionContext.Reach && doc.SentenceOfToken[t] == sentence; t++)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (context.MentionStartingAt(t) is { } m && context.CanSpeak(m) && m.Type != EntityType.Place)
            {
                return new SieveDecision(m, null, Name, 0.45, "closest plausible mention after the quote") { Rejected = (IReadOnlyList<(Mention, string)>?)rejected ?? [] };
            }
        }

        return null;
    }

    /// <summary>
    /// "Sanders was asked by host Bill Maher, who …, “…?”": the mention after "was asked by" (or questioned, pressed,
    /// told) in the quote's sentence before <paramref name="anchor"/> put the question, else null.
    /// </summary>
    internal static Mention? PassiveAgent(AttributionContext context, int from, int anchor)
    {
        var doc = context.Doc;
        for (int t = Math.Max(from + 1, anchor - AttributionContext.Reach); t + 2 < anchor; t++)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (doc.Is(t + 1, "by") && !doc.InQuote(t) && IsPassiveAuxiliary(doc, t - 1)
                && (doc.Is(t, "asked") || doc.Is(t, "questioned") || doc.Is(t, "pressed") || doc.Is(t, "quizzed") || doc.Is(t, "told"))
                && context.MentionStartingAt(t + 2) is { Possessive: false } m && m.Type != EntityType.Place)
            {
                return m;
            }
        }

        return null;
    }

    private static bool IsPassiveAuxiliary(Text.DocumentIndex doc, int t) =>
        doc.Is(t, "was") || doc.Is(t, "were") || doc.Is(t, "is") || doc.Is(t, "are") || doc.Is(t, "been") || doc.Is(t, "being");

    /// <summary>
    /// "Schilling told WEEI: “…”": the mention right after "tell" is its listener, never its speaker (after "said" or
    /// "asked" it may be the inverted speaker: "asked moderator Nancy Cordes: “…”").
    /// </summary>
    internal static bool IsListener(AttributionContext context, Mention m)
    {
        int verb = m.FirstToken - 1;
        return verb >= 0 && context.IsCueToken[verb] && (context.Doc.Is(verb, "told") || context.Doc.Is(verb, "tells") || context.Doc.Is(verb, "tell") || context.Doc.Is(verb, "telling"));
    }
}
