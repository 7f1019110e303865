namespace QuoteKit;

/// <summary>Why a quote was attributed as it was: the rule that decided and the candidates it weighed.</summary>
public sealed class AttributionTrace
{
    internal AttributionTrace(string sieve, string reason, IReadOnlyList<CandidateMention> candidates)
    {
        Sieve = sieve;
        Reason = reason;
        Candidates = candidates;
    }

    /// <summary>The rule that decided, or <c>Unattributed</c>.</summary>
    public string Sieve { get; }

    /// <summary>A one-line account of the decision, for people.</summary>
    public string Reason { get; }

    /// <summary>The mentions that were considered, the chosen one first.</summary>
    public IReadOnlyList<CandidateMention> Candidates { get; }
}

/// <summary>A mention that an attribution rule considered as the speaker of a quote.</summary>
/// <param name="Text">The mention as written.</param>
/// <param name="Span">Where it is in the input.</param>
/// <param name="Chosen">True for the mention that won.</param>
/// <param name="Note">Why it won or lost ("object of 'told'", "farther than 'Putin'").</param>
public sealed record CandidateMention(string Text, TextSpan Span, bool Chosen, string Note);
