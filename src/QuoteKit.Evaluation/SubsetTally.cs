namespace QuoteKit.Evaluation;

/// <summary>Precision, recall and F1 at one threshold.</summary>
/// <param name="Threshold">The coverage threshold.</param>
/// <param name="Matched">Matched pairs.</param>
/// <param name="Gold">Gold attributions.</param>
/// <param name="System">System quotes.</param>
public sealed record PrecisionRecall(double Threshold, int Matched, int Gold, int System)
{
    /// <summary>Matched over system quotes (0 when there are none).</summary>
    public double Precision => System == 0 ? 0 : (double)Matched / System;

    /// <summary>Matched over gold attributions (0 when there are none).</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>How often a matched quote's speaker or cue agrees with the annotation.</summary>
public sealed class CheckTally
{
    /// <summary>Matched pairs whose annotation has none: left out of the accuracy.</summary>
    public int NotAnnotated { get; private set; }

    /// <summary>The system span overlaps the annotated one.</summary>
    public int Correct { get; private set; }

    /// <summary>The system gave none.</summary>
    public int Missing { get; private set; }

    /// <summary>The system gave one elsewhere.</summary>
    public int Wrong { get; private set; }

    /// <summary>Pairs counted: correct, missing and wrong.</summary>
    public int Checked => Correct + Missing + Wrong;

    /// <summary>Correct over checked (0 when none was checked).</summary>
    public double Accuracy => Checked == 0 ? 0 : (double)Correct / Checked;

    internal void Add(CheckOutcome outcome)
    {
        switch (outcome)
        {
            case CheckOutcome.NotAnnotated: NotAnnotated++; break;
            case CheckOutcome.Correct: Correct++; break;
            case CheckOutcome.Missing: Missing++; break;
            default: Wrong++; break;
        }
    }

    internal void Add(CheckTally other)
    {
        NotAnnotated += other.NotAnnotated;
        Correct += other.Correct;
        Missing += other.Missing;
        Wrong += other.Wrong;
    }
}

/// <summary>The counts of one subset summed over documents.</summary>
public sealed class SubsetTally
{
    private readonly int[] _matched;

    /// <summary>An empty tally for <paramref name="thresholds"/>.</summary>
    public SubsetTally(Subset subset, IReadOnlyList<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        Subset = subset;
        Thresholds = thresholds;
        _matched = new int[thresholds.Count];
    }

    /// <summary>Which subset.</summary>
    public Subset Subset { get; }

    /// <summary>The thresholds, ascending.</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>Gold attributions.</summary>
    public int Gold { get; private set; }

    /// <summary>System quotes.</summary>
    public int System { get; private set; }

    /// <summary>Speaker mention against annotated source, on pairs matched at the lowest threshold.</summary>
    public CheckTally Speaker { get; } = new();

    /// <summary>Pairs (with an annotated source) whose resolved speaker fits the source.</summary>
    public int SpeakerResolved { get; private set; }

    /// <summary><see cref="SpeakerResolved"/> over pairs with an annotated source.</summary>
    public double SpeakerResolvedAccuracy => Speaker.Checked == 0 ? 0 : (double)SpeakerResolved / Speaker.Checked;

    /// <summary>Cue against annotated cue, on pairs matched at the lowest threshold.</summary>
    public CheckTally Cue { get; } = new();

    /// <summary>Precision, recall and F1 at threshold number <paramref name="thresholdIndex"/>.</summary>
    public PrecisionRecall At(int thresholdIndex) => new(Thresholds[thresholdIndex], _matched[thresholdIndex], Gold, System);

    /// <summary>Adds one document's score.</summary>
    public void Add(SubsetScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        Gold += score.GoldIndices.Count;
        System += score.SystemIndices.Count;
        for (int t = 0; t < _matched.Length; t++)
        {
            _matched[t] += score.Matches[t].Count;
        }

        foreach (var check in score.Checks)
        {
            Speaker.Add(check.Speaker);
            Cue.Add(check.Cue);
            if (check.SpeakerResolved == true)
            {
                SpeakerResolved++;
            }
        }
    }
}

/// <summary>The system quotes of one kind: how many, how many matched, and their attribution on matched pairs.</summary>
public sealed class KindTally
{
    private readonly int[] _matched;

    internal KindTally(QuoteKind kind, int thresholds)
    {
        Kind = kind;
        _matched = new int[thresholds];
    }

    /// <summary>Which kind.</summary>
    public QuoteKind Kind { get; }

    /// <summary>System quotes of this kind.</summary>
    public int System { get; private set; }

    /// <summary>
    /// Speaker mention against annotated source, on pairs of the subset <c>all</c> matched at the lowest threshold
    /// whose system quote is of this kind.
    /// </summary>
    public CheckTally Speaker { get; } = new();

    /// <summary>Of those pairs with an annotated source, the ones whose resolved speaker fits the source.</summary>
    public int SpeakerResolved { get; private set; }

    /// <summary><see cref="SpeakerResolved"/> over pairs with an annotated source.</summary>
    public double SpeakerResolvedAccuracy => Speaker.Checked == 0 ? 0 : (double)SpeakerResolved / Speaker.Checked;

    /// <summary>System quotes of this kind matched to any gold attribution at threshold number <paramref name="thresholdIndex"/>.</summary>
    public int Matched(int thresholdIndex) => _matched[thresholdIndex];

    internal void AddSystem() => System++;

    internal void AddMatch(int thresholdIndex) => _matched[thresholdIndex]++;

    internal void AddCheck(AttributionCheck check)
    {
        Speaker.Add(check.Speaker);
        if (check.SpeakerResolved == true)
        {
            SpeakerResolved++;
        }
    }
}

/// <summary>Totals over a set of documents: both subsets, and system quotes by kind.</summary>
public sealed class ScoreTally
{
    private readonly Dictionary<QuoteKind, KindTally> _kinds = new();

    /// <summary>An empty tally for <paramref name="thresholds"/>.</summary>
    public ScoreTally(IReadOnlyList<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        Thresholds = thresholds;
        All = new SubsetTally(Subset.All, thresholds);
        Direct = new SubsetTally(Subset.Direct, thresholds);
        foreach (var kind in Enum.GetValues<QuoteKind>())
        {
            _kinds[kind] = new KindTally(kind, thresholds.Count);
        }
    }

    /// <summary>The thresholds, ascending.</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>Documents added.</summary>
    public int Documents { get; private set; }

    /// <summary>All attributions.</summary>
    public SubsetTally All { get; }

    /// <summary>Quoted attributions against direct and partial system quotes.</summary>
    public SubsetTally Direct { get; }

    /// <summary>The tally of <paramref name="subset"/>.</summary>
    public SubsetTally this[Subset subset] => subset == Subset.All ? All : Direct;

    /// <summary>The system quotes of <paramref name="kind"/>, matched against all attributions.</summary>
    public KindTally OfKind(QuoteKind kind) => _kinds[kind];

    /// <summary>System quotes of <paramref name="kind"/>.</summary>
    public int SystemOfKind(QuoteKind kind) => _kinds[kind].System;

    /// <summary>System quotes of <paramref name="kind"/> matched to any gold attribution at threshold number <paramref name="thresholdIndex"/>.</summary>
    public int MatchedOfKind(QuoteKind kind, int thresholdIndex) => _kinds[kind].Matched(thresholdIndex);

    /// <summary>Adds one document's score.</summary>
    public void Add(DocumentScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        Documents++;
        All.Add(score.All);
        Direct.Add(score.Direct);
        foreach (var q in score.System)
        {
            _kinds[q.Kind].AddSystem();
        }

        for (int t = 0; t < Thresholds.Count; t++)
        {
            foreach (var m in score.All.Matches[t])
            {
                _kinds[score.System[m.SystemIndex].Kind].AddMatch(t);
            }
        }

        foreach (var check in score.All.Checks)
        {
            _kinds[score.System[check.Match.SystemIndex].Kind].AddCheck(check);
        }
    }
}
