namespace QuoteKit.Evaluation;

/// <summary>
/// What the scorer needs of one quote QuoteKit found. A plain copy of <see cref="Quote"/> so that scoring
/// can be tested on hand-made cases.
/// </summary>
/// <param name="Parts">The quote's pieces (UTF-16, sorted, disjoint); never empty.</param>
/// <param name="Kind">Direct, partial, indirect or mixed.</param>
/// <param name="Mention">The span of the speaker mention the quote was attributed to, or null.</param>
/// <param name="Cue">The cue's span, or null.</param>
/// <param name="SpeakerName">The resolved speaker's canonical name, or null when unresolved.</param>
/// <param name="SpeakerNames">The resolved speaker's name and aliases; empty when unresolved.</param>
/// <param name="Sieve">The rule that attributed the quote.</param>
public sealed record SystemQuote(
    IReadOnlyList<TextSpan> Parts,
    QuoteKind Kind,
    TextSpan? Mention,
    TextSpan? Cue,
    string? SpeakerName,
    IReadOnlyList<string> SpeakerNames,
    string Sieve)
{
    /// <summary>Where the quote begins.</summary>
    public int Start => Parts[0].Start;

    /// <summary>Where the quote ends.</summary>
    public int End => Parts[^1].End;

    /// <summary>
    /// Whether the quote is a full direct quotation. Partial quotes (fragments in the writer's sentence) are left
    /// out of the direct subset: their gold content is the larger reported clause around them, so they are scored
    /// with all attributions instead.
    /// </summary>
    public bool IsDirect => Kind is QuoteKind.Direct;

    /// <summary>Copies what scoring needs from a QuoteKit quote; its parts, or its span when it reports none.</summary>
    public static SystemQuote From(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var parts = SpanSet.Normalize(quote.Parts.Count > 0 ? quote.Parts : [quote.Span]);
        if (parts.Count == 0)
        {
            parts = [quote.Span];
        }

        var names = quote.Speaker is null ? [] : new[] { quote.Speaker.Name }.Concat(quote.Speaker.Aliases).ToList();
        return new SystemQuote(parts, quote.Kind, quote.SpeakerMention?.Span, quote.Cue?.Span, quote.Speaker?.Name, names, quote.Sieve);
    }
}
