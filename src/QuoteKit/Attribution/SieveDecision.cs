using QuoteKit.Mentions;

namespace QuoteKit.Attribution;

/// <summary>A sieve's verdict on one quote: the speaker mention, the cue, and why (a value kept in its <see cref="QuoteUnit"/>).</summary>
internal readonly record struct SieveDecision(Mention Mention, TextSpan? Cue, string Sieve, double Confidence, string Reason)
{
    /// <summary>Mentions the sieve considered and rejected, with the reason, for the trace (a shared empty list when none).</summary>
    public IReadOnlyList<(Mention Mention, string Note)> Rejected { get; init; } = [];

    /// <summary>
    /// The mention is an indefinite pronoun that names no one in the article ("Another said, “…”", "“…,” one added"):
    /// the quote's speaker is someone unnamed, made from the mention's words, one speaker per mention.
    /// </summary>
    public bool Unnamed { get; init; }
}

/// <summary>
/// One attribution rule. Sieves run from most to least precise; each decides only the quotes that earlier
/// sieves left open, and records its name in the decision so users can see why.
/// </summary>
internal abstract class AttributionSieve
{
    public string Name => GetType().Name;

    /// <summary>Decides the speaker of quote <paramref name="quote"/>, or returns null to leave it to later sieves.</summary>
    public abstract SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes);
}
