using QuoteKit.Detection;
using QuoteKit.Text;

namespace QuoteKit.Attribution;

/// <summary>Runs the sieves over the quotations, most precise first; each decides only what is still open.</summary>
internal sealed class Attributor
{
    private readonly AttributionSieve[] _sieves;

    public Attributor()
        : this([new CueAdjacencySieve(), new AccordingToSieve(), new ClauseSubjectSieve(), new ColonIntroductionSieve(), new IntroducedParagraphSieve(), new TrailingMentionSieve(), new PossessorSieve(), new ParagraphContinuationSieve(), new ClosestMentionSieve()])
    {
    }

    public Attributor(AttributionSieve[] sieves) => _sieves = sieves;

    public List<QuoteUnit> Attribute(AttributionContext context, CancellationToken cancellationToken)
    {
        var units = BuildUnits(context.Doc);
        foreach (var sieve in _sieves)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var unit in units)
            {
                if (unit.Decision is null && unit.Span.Role != QuoteRole.NonSpeech)
                {
                    unit.Decision = sieve.Decide(context, unit, units);
                }
            }
        }

        return units;
    }

    private static List<QuoteUnit> BuildUnits(DocumentIndex doc)
    {
        var units = new List<QuoteUnit>(doc.Quotes.Count);
        for (int i = 0; i < doc.Quotes.Count; i++)
        {
            var q = doc.Quotes[i];
            int openPos = q.Outer[0].Start;
            int closePos = q.Outer[^1].End - 1;
            int open = doc.TokenAtOrAfter(openPos);
            if (open >= doc.Tokens.Length || doc.Tokens[open].Start != openPos)
            {
                open = -1;
            }

            int first = doc.TokenAtOrAfter(q.Parts[0].Start);
            int end = doc.TokenAtOrAfter(q.Parts[^1].End);
            int close = -1;
            if (q.Outer[^1].End > q.Parts[^1].End)
            {
                int c = doc.TokenAtOrAfter(closePos);
                if (c < doc.Tokens.Length && doc.Tokens[c].Start == closePos)
                {
                    close = c;
                }
            }

            units.Add(new QuoteUnit(i, q, first, end, open, close));
        }

        return units;
    }
}
