namespace QuoteKit;

/// <summary>The words in the text that name the speaker of one quote: "Putin", "he", "the broadcaster".</summary>
/// <remarks>A value: reading <see cref="Quote.SpeakerMention"/> allocates nothing.</remarks>
/// <param name="Text">The mention as written in the input.</param>
/// <param name="Span">Where the mention is in the input.</param>
public readonly record struct SpeakerMention(string Text, TextSpan Span);
