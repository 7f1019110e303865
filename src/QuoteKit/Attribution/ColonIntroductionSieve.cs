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

        // The speaker-like mention nearest the colon: "In a Fox interview later that day, Trump went even further:".
        var sentence = doc.Sentences[doc.SentenceOfToken[open]];
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
}
