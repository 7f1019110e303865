namespace QuoteKit.Attribution;

/// <summary>"according to X" in the quote's sentence: X is the source.</summary>
internal sealed class AccordingToSieve : AttributionSieve
{
    public override SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        var doc = context.Doc;
        if (context.SentenceWindow(quote) is not var (from, to, sentence))
        {
            return null;
        }

        int anchor = quote.Anchor;
        for (int t = from; t + 2 < to; t++)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (!doc.InQuote(t) && doc.Is(t, "according") && doc.Is(t + 1, "to") && context.MentionStartingAt(t + 2) is { } source && !source.Possessive)
            {
                var cue = new TextSpan(doc.Tokens[t].Start, doc.Tokens[t + 1].End);
                return new SieveDecision(source, cue, Name, 0.9, "“according to” names the source");
            }
        }

        return null;
    }
}
