namespace QuoteKit.Attribution;

/// <summary>
/// A quote with no cue of its own continues the speaker of the quote before it when both sit in the same
/// paragraph ("“A,” he said. “B.”") or the quote opens the paragraph right after a paragraph whose last
/// quote was attributed (news convention for running quotations). Titles and scare quotes between them are skipped.
/// </summary>
internal sealed class ParagraphContinuationSieve : AttributionSieve
{
    public override SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        if (quote.Index == 0 || quote.OpenMarkToken < 0)
        {
            return null;
        }

        // Titles and scare quotes between are not statements: the quote continues the statement before them.
        var doc = context.Doc;
        int p = quote.Index - 1;
        while (p > 0 && quotes[p].Span.Role == Detection.QuoteRole.NonSpeech)
        {
            p--;
        }

        var previous = quotes[p];
        if (previous.Decision is not { } before || previous.Span.Role == Detection.QuoteRole.NonSpeech)
        {
            return null;
        }

        int paragraph = doc.ParagraphOf(quote.OpenMarkToken);
        int previousParagraph = doc.ParagraphOf(Math.Max(0, previous.OpenMarkToken >= 0 ? previous.OpenMarkToken : previous.FirstToken));
        bool opensParagraph = doc.ParagraphFirstToken[paragraph] == quote.OpenMarkToken;
        if (paragraph == previousParagraph || (opensParagraph && paragraph == previousParagraph + 1))
        {
            // Another speaker named in between breaks the chain.
            int from = previous.EndToken;
            for (int t = from; t < quote.OpenMarkToken; t++)
            {
                if (context.MentionStartingAt(t) is { } m && context.CanSpeak(m) && m.Kind == Mentions.MentionKind.Name && m.Type is Mentions.EntityType.Person && m.Index != before.Mention.Index
                    && paragraph != previousParagraph)
                {
                    return null;
                }
            }

            return new SieveDecision(before.Mention, null, Name, 0.75, "continues the previous quote's speaker") { Unnamed = before.Unnamed };
        }

        return null;
    }
}
