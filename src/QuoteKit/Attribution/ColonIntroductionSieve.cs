namespace QuoteKit.Attribution;

/// <summary>
/// A quote introduced by a colon belongs to the subject of the introducing clause, even without a speech
/// verb: "Finance Minister Ruth Okafor put it plainly: “The budget is balanced.”"
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

        var sentence = doc.Sentences[doc.SentenceOfToken[open]];
        for (int t = Math.Max(sentence.First, open - AttributionContext.Reach); t < open - 1; t++)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (context.MentionStartingAt(t) is { } m && context.CanSpeak(m) && m.Kind != Mentions.MentionKind.Pronoun || context.MentionStartingAt(t) is { Kind: Mentions.MentionKind.Pronoun, Head: "he" or "she" or "they" } p && context.CanSpeak(p))
            {
                return new SieveDecision(context.MentionStartingAt(t)!, null, Name, 0.7, "subject of the clause that introduces the quote with a colon");
            }
        }

        return null;
    }
}
