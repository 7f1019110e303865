using QuoteKit.Detection;
using QuoteKit.Text;

namespace QuoteKit.Attribution;

/// <summary>Runs the sieves over the quotations, most precise first; each decides only what is still open.</summary>
internal sealed class Attributor
{
    private readonly AttributionSieve[] _sieves;

    public Attributor()
        : this([new CueAdjacencySieve(), new AccordingToSieve(), new ClauseSubjectSieve(), new ColonIntroductionSieve(), new IntroducedParagraphSieve(), new TrailingMentionSieve(), new NamedAfterSieve(), new PossessorSieve(), new ParagraphContinuationSieve(), new ClosestMentionSieve()])
    {
    }

    public Attributor(AttributionSieve[] sieves) => _sieves = sieves;

    /// <summary>
    /// Attributes the quotations of the context's document. The units are taken from <paramref name="recycled"/> and
    /// put in <paramref name="into"/> (an empty list) when given (a per-thread workspace), else made new.
    /// </summary>
    public List<QuoteUnit> Attribute(AttributionContext context, CancellationToken cancellationToken, Recycler<QuoteUnit>? recycled = null, List<QuoteUnit>? into = null)
    {
        var units = BuildUnits(context.Doc, recycled, into);

        // The units still open, in order: each sieve visits those the sieves before it left undecided, not every unit.
        var open = PooledArray.Rent<QuoteUnit>(units.Count);
        int count = 0;
        foreach (var unit in units)
        {
            if (unit.Span.Role != QuoteRole.NonSpeech)
            {
                open[count++] = unit;
            }
        }

        int listed = count;
        try
        {
            foreach (var sieve in _sieves)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int kept = 0;
                for (int i = 0; i < count; i++)
                {
                    var unit = open[i];
                    if (unit.Decision is null)
                    {
                        unit.Decision = sieve.Decide(context, unit, units);
                    }

                    if (unit.Decision is null)
                    {
                        open[kept++] = unit;
                    }
                }

                count = kept;
            }
        }
        finally
        {
            Array.Clear(open, 0, listed); // the pool keeps no units
            PooledArray.Return(ref open);
        }

        return units;
    }

    private static List<QuoteUnit> BuildUnits(DocumentIndex doc, Recycler<QuoteUnit>? recycled, List<QuoteUnit>? into)
    {
        var units = into ?? new List<QuoteUnit>(doc.Quotes.Count);
        int near = 0; // the last token found: quotations come in text order, so each search starts near its answer
        for (int i = 0; i < doc.Quotes.Count; i++)
        {
            var q = doc.Quotes[i];
            int openPos = q.Outer[0].Start;
            int closePos = q.Outer[^1].End - 1;
            int open = near = doc.TokenAtOrAfter(openPos, near);
            if (open >= doc.Tokens.Length || doc.Tokens[open].Start != openPos)
            {
                open = -1;
            }

            int first = doc.TokenAtOrAfter(q.Parts[0].Start, near);
            int end = doc.TokenAtOrAfter(q.Parts[^1].End, first);
            int close = -1;
            if (q.Outer[^1].End > q.Parts[^1].End)
            {
                int c = doc.TokenAtOrAfter(closePos, end);
                if (c < doc.Tokens.Length && doc.Tokens[c].Start == closePos)
                {
                    close = c;
                }
            }

            units.Add((recycled?.Next() ?? new QuoteUnit()).Init(i, q, first, end, open, close));
        }

        return units;
    }
}
