namespace QuoteKit.Attribution;

/// <summary>
/// A quote that opens a paragraph right after a paragraph ending with a colon ("Cruz continued:", "In a 1963
/// speech, he declared:") belongs to the speaker who introduced it: the subject of the cue in that last sentence,
/// else the subject of its main clause.
/// </summary>
internal sealed class IntroducedParagraphSieve : AttributionSieve
{
    public override SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        var doc = context.Doc;
        int open = quote.OpenMarkToken;
        if (open <= 0)
        {
            return null;
        }

        int paragraph = doc.ParagraphOf(open);
        if (paragraph == 0 || open - doc.ParagraphFirstToken[paragraph] > 1)
        {
            return null;
        }

        int colon = doc.ParagraphFirstToken[paragraph] - 1;
        if (colon < 0 || !doc.IsChar(colon, ':') || doc.InQuote(colon))
        {
            return null;
        }

        var sentence = doc.Sentences[doc.SentenceOfToken[colon]];
        for (int t = colon - 1; t >= sentence.First && t >= colon - AttributionContext.Reach; t--)
        {
            if (context.IsCueToken[t] && context.SubjectOfCue(t, allowInverted: true, out _) is { } subject)
            {
                return new SieveDecision(subject, doc.Tokens[t].Span, Name, 0.8, "the paragraph before ends with a cue and a colon");
            }
        }

        // "When Wallace died in 1998, President Clinton released the following statement:": the clause nearest the colon.
        return context.MainClauseSubject(sentence.First, colon, last: true) is { } main
            ? new SieveDecision(main, null, Name, 0.65, "subject of the paragraph that introduces the quote with a colon")
            : null;
    }
}
