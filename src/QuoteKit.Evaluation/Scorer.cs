namespace QuoteKit.Evaluation;

/// <summary>
/// Matches system quotes to gold attributions and checks the attribution of each matched pair.
/// </summary>
/// <remarks>
/// A gold attribution and a system quote match at threshold t when the characters they share are more than t of
/// the gold content's characters (whitespace and quotation marks are not counted: <see cref="CharacterMeasure"/>).
/// Matching is greedy and one-to-one in document order: each gold attribution, by start, takes the still-unmatched
/// system quote that shares the most characters with it (the earlier one on a tie). Speaker and cue are checked on
/// the pairs matched at the lowest threshold.
/// </remarks>
public sealed class Scorer
{
    /// <summary>The thresholds reported by default: 0.3 and 0.8.</summary>
    public static IReadOnlyList<double> DefaultThresholds { get; } = [0.3, 0.8];

    /// <summary>A scorer with <see cref="DefaultThresholds"/>.</summary>
    public Scorer()
        : this(DefaultThresholds)
    {
    }

    /// <summary>A scorer with the given thresholds (each in [0, 1)), sorted ascending.</summary>
    /// <exception cref="ArgumentException">No threshold, or one outside [0, 1).</exception>
    public Scorer(IReadOnlyList<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (thresholds.Count == 0 || thresholds.Any(t => t is < 0 or >= 1 || double.IsNaN(t)))
        {
            throw new ArgumentException("Give at least one threshold, each in [0, 1).", nameof(thresholds));
        }

        Thresholds = thresholds.Order().ToArray();
    }

    /// <summary>The thresholds, ascending.</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>Scores one document.</summary>
    /// <param name="name">The document's name.</param>
    /// <param name="publisher">Its publisher, or null.</param>
    /// <param name="text">Its text.</param>
    /// <param name="gold">The gold attributions (spans indexing <paramref name="text"/>).</param>
    /// <param name="system">The system quotes (spans indexing <paramref name="text"/>).</param>
    public DocumentScore Score(string name, string? publisher, string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<SystemQuote> system)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var orderedGold = gold.OrderBy(g => g.Start).ThenBy(g => g.End).ToList();
        var measure = new CharacterMeasure(text);
        var all = ScoreSubset(Subset.All, measure, text, orderedGold, Enumerable.Range(0, orderedGold.Count).ToList(), system, Enumerable.Range(0, system.Count).ToList());
        var direct = ScoreSubset(
            Subset.Direct,
            measure,
            text,
            orderedGold,
            Enumerable.Range(0, orderedGold.Count).Where(i => orderedGold[i].IsDirect).ToList(),
            system,
            Enumerable.Range(0, system.Count).Where(i => system[i].IsDirect).ToList());
        return new DocumentScore(name, publisher, text, orderedGold, system, all, direct);
    }

    /// <summary>
    /// Greedy one-to-one matching of the gold attributions <paramref name="goldIndices"/> (taken in order of start)
    /// with the system quotes <paramref name="systemIndices"/> at <paramref name="threshold"/>.
    /// </summary>
    public static IReadOnlyList<QuoteMatch> Match(
        CharacterMeasure measure,
        IReadOnlyList<GoldAttribution> gold,
        IReadOnlyList<int> goldIndices,
        IReadOnlyList<SystemQuote> system,
        IReadOnlyList<int> systemIndices,
        double threshold)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var taken = new HashSet<int>();
        var matches = new List<QuoteMatch>();
        foreach (int g in goldIndices.OrderBy(i => gold[i].Start).ThenBy(i => gold[i].End))
        {
            int goldLength = measure.Count(gold[g].Content);
            int best = -1, bestOverlap = 0;
            foreach (int s in systemIndices)
            {
                if (taken.Contains(s) || system[s].End <= gold[g].Start || system[s].Start >= gold[g].End)
                {
                    continue;
                }

                int overlap = measure.Overlap(gold[g].Content, system[s].Parts);
                if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && system[s].Start < system[best].Start))
                {
                    best = s;
                    bestOverlap = overlap;
                }
            }

            // The share, not overlap > t * length: 0.3 * 10 is not exactly 3 in floating point.
            if (best >= 0 && (double)bestOverlap / goldLength > threshold)
            {
                taken.Add(best);
                matches.Add(new QuoteMatch(g, best, bestOverlap, goldLength));
            }
        }

        return matches;
    }

    /// <summary>Checks the speaker and cue of a matched pair against the annotation.</summary>
    public static AttributionCheck Check(string text, QuoteMatch match, GoldAttribution gold, SystemQuote system)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var speaker = Compare(gold.Source, system.Mention);
        bool? resolved = null;
        if (gold.Source.Count > 0)
        {
            resolved = system.SpeakerName is not null
                && (speaker == CheckOutcome.Correct || NamesSource(text, gold.Source, system.SpeakerNames));
        }

        return new AttributionCheck(match, speaker, resolved, Compare(gold.Cue, system.Cue));
    }

    private SubsetScore ScoreSubset(
        Subset subset,
        CharacterMeasure measure,
        string text,
        IReadOnlyList<GoldAttribution> gold,
        IReadOnlyList<int> goldIndices,
        IReadOnlyList<SystemQuote> system,
        IReadOnlyList<int> systemIndices)
    {
        var matches = Thresholds.Select(t => Match(measure, gold, goldIndices, system, systemIndices, t)).ToList();
        var checks = matches[0].Select(m => Check(text, m, gold[m.GoldIndex], system[m.SystemIndex])).ToList();
        return new SubsetScore(subset, goldIndices, systemIndices, matches, checks);
    }

    private static CheckOutcome Compare(IReadOnlyList<TextSpan> gold, TextSpan? system) =>
        gold.Count == 0 ? CheckOutcome.NotAnnotated
        : system is null ? CheckOutcome.Missing
        : SpanSet.Overlaps(gold, system.Value) ? CheckOutcome.Correct
        : CheckOutcome.Wrong;

    // Whether one of the speaker's names occurs, as whole words and ignoring case, in the annotated source.
    private static bool NamesSource(string text, IReadOnlyList<TextSpan> source, IReadOnlyList<string> names)
    {
        var sourceText = string.Join(" ", source.Select(s => s.Of(text)));
        foreach (var raw in names)
        {
            var name = raw.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            for (int at = sourceText.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = sourceText.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int end = at + name.Length;
                bool startsWord = at == 0 || !char.IsLetterOrDigit(sourceText[at - 1]);
                bool endsWord = end == sourceText.Length || !char.IsLetterOrDigit(sourceText[end]);
                if (startsWord && endsWord)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
