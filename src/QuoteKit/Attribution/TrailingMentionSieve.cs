namespace QuoteKit.Attribution;

/// <summary>
/// A quote followed right away by a speaker-like mention and a verb the lexicon does not know
/// ("“…,” Bennett quipped with a laugh."): news style puts the speaker there, so the mention wins
/// over continuing the previous speaker.
/// </summary>
internal sealed class TrailingMentionSieve : AttributionSieve
{
    public override SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        var doc = context.Doc;
        if (quote.CloseMarkToken < 0)
        {
            return null;
        }

        int t = quote.CloseMarkToken + 1;
        if (t < doc.Tokens.Length && doc.IsChar(t, ','))
        {
            t++;
        }

        if (t >= doc.Tokens.Length || doc.SentenceOfToken[t] != doc.SentenceOfToken[quote.CloseMarkToken])
        {
            return null;
        }

        if (context.MentionStartingAt(t) is { } m && context.CanSpeak(m) && m.EndToken < doc.Tokens.Length
            && doc.Tokens[m.EndToken].IsWord && !doc.Tokens[m.EndToken].IsCapitalized && doc.SentenceOfToken[m.EndToken] == doc.SentenceOfToken[t]
            && !context.IsPreposition(m.EndToken))
        {
            return new SieveDecision(m, null, Name, 0.7, "speaker-like mention right after the quote, followed by a verb");
        }

        return null;
    }
}
