namespace QuoteKit;

/// <summary>Everything QuoteKit found in one document.</summary>
public sealed class QuoteExtractionResult
{
    internal QuoteExtractionResult(IReadOnlyList<Quote> quotes, IReadOnlyList<Speaker> speakers)
    {
        Quotes = quotes;
        Speakers = speakers;
    }

    /// <summary>An empty result.</summary>
    public static QuoteExtractionResult Empty { get; } = new([], []);

    /// <summary>The quotes in document order (by <see cref="Quote.Span"/> start).</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The speakers of the document, each once, in order of first quote; group members are listed too.</summary>
    public IReadOnlyList<Speaker> Speakers { get; }
}
