namespace QuoteKit.Evaluation;

/// <summary>The matching of one subset of one document.</summary>
public sealed class SubsetScore
{
    internal SubsetScore(
        Subset subset,
        IReadOnlyList<int> goldIndices,
        IReadOnlyList<int> systemIndices,
        IReadOnlyList<IReadOnlyList<QuoteMatch>> matches,
        IReadOnlyList<AttributionCheck> checks)
    {
        Subset = subset;
        GoldIndices = goldIndices;
        SystemIndices = systemIndices;
        Matches = matches;
        Checks = checks;
    }

    /// <summary>Which subset.</summary>
    public Subset Subset { get; }

    /// <summary>Indices of the gold attributions in the subset.</summary>
    public IReadOnlyList<int> GoldIndices { get; }

    /// <summary>Indices of the system quotes in the subset.</summary>
    public IReadOnlyList<int> SystemIndices { get; }

    /// <summary>The matched pairs for each threshold, in the order of <see cref="Scorer.Thresholds"/>.</summary>
    public IReadOnlyList<IReadOnlyList<QuoteMatch>> Matches { get; }

    /// <summary>Speaker and cue checks of the pairs matched at the lowest threshold.</summary>
    public IReadOnlyList<AttributionCheck> Checks { get; }
}

/// <summary>One document's gold attributions, system quotes and their matching.</summary>
public sealed class DocumentScore
{
    internal DocumentScore(
        string name,
        string? publisher,
        string text,
        IReadOnlyList<GoldAttribution> gold,
        IReadOnlyList<SystemQuote> system,
        SubsetScore all,
        SubsetScore direct)
    {
        Name = name;
        Publisher = publisher;
        Text = text;
        Gold = gold;
        System = system;
        All = all;
        Direct = direct;
    }

    /// <summary>The document's name (the text file's name without <c>.txt</c>).</summary>
    public string Name { get; }

    /// <summary>The publisher, when the corpus metadata names one.</summary>
    public string? Publisher { get; }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The gold attributions, in order of start.</summary>
    public IReadOnlyList<GoldAttribution> Gold { get; }

    /// <summary>The system quotes, in the order QuoteKit reported them.</summary>
    public IReadOnlyList<SystemQuote> System { get; }

    /// <summary>All attributions against all system quotes.</summary>
    public SubsetScore All { get; }

    /// <summary>Quoted attributions against direct and partial system quotes.</summary>
    public SubsetScore Direct { get; }

    /// <summary>The score of <paramref name="subset"/>.</summary>
    public SubsetScore this[Subset subset] => subset == Subset.All ? All : Direct;
}
