namespace QuoteKit;

/// <summary>The words that introduce a quote: "said", "told", "added", "according to".</summary>
/// <remarks>A value: reading <see cref="Quote.Cue"/> allocates nothing.</remarks>
/// <param name="Text">The cue as written in the input.</param>
/// <param name="Span">Where the cue is in the input.</param>
public readonly record struct Cue(string Text, TextSpan Span);
