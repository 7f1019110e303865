namespace QuoteKit;

/// <summary>The words that introduce a quote: "said", "told", "added", "according to".</summary>
/// <param name="Text">The cue as written in the input.</param>
/// <param name="Span">Where the cue is in the input.</param>
public sealed record Cue(string Text, TextSpan Span);
