namespace QuoteKit.Cli.Explain;

/// <summary>
/// One document with its extraction result, arranged for explaining: quotes numbered from 1 in document order,
/// a colour slot per speaker, and the points in the text where quote parts open and close.
/// </summary>
internal sealed class Explanation
{
    private readonly Dictionary<Quote, int> _numbers;
    private readonly Dictionary<string, int> _speakerSlots;
    private readonly Dictionary<string, int> _quoteCounts;

    /// <param name="name">The document's name.</param>
    /// <param name="text">The text that the result's offsets index.</param>
    /// <param name="result">The result, ideally extracted with a trace.</param>
    public Explanation(string name, string text, QuoteExtractionResult result)
    {
        Name = name;
        Text = text;
        Result = result;
        _numbers = result.Quotes.Select((q, i) => (q, i)).ToDictionary(p => p.q, p => p.i + 1);
        _speakerSlots = result.Speakers.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);
        _quoteCounts = result.Quotes.Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!.Id).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The document's name.</summary>
    public string Name { get; }

    /// <summary>The text the offsets index.</summary>
    public string Text { get; }

    /// <summary>The quotes and speakers.</summary>
    public QuoteExtractionResult Result { get; }

    /// <summary>Quotes without a speaker.</summary>
    public int Unattributed => Result.Quotes.Count(q => q.Speaker is null);

    /// <summary>The quote's number, from 1 in document order.</summary>
    public int NumberOf(Quote quote) => _numbers[quote];

    /// <summary>The speaker's colour slot (its place in the speaker list), or null for no speaker.</summary>
    public int? SlotOf(Speaker? speaker) => speaker is null ? null : _speakerSlots.GetValueOrDefault(speaker.Id);

    /// <summary>How many quotes are attributed to <paramref name="speaker"/> itself.</summary>
    public int QuoteCount(Speaker speaker) => _quoteCounts.GetValueOrDefault(speaker.Id);

    /// <summary>
    /// The text cut at every point where a quote part opens or closes: each piece with the quote parts that cover
    /// it, innermost (shortest) first. Pieces cover the whole text, in order.
    /// </summary>
    public IReadOnlyList<Piece> Pieces()
    {
        var parts = Result.Quotes
            .SelectMany(q => q.Parts.Where(p => p.Length > 0 && p.Start >= 0 && p.End <= Text.Length).Select(p => new QuotePart(q, p)))
            .ToList();
        var cuts = new SortedSet<int> { 0, Text.Length };
        foreach (var part in parts)
        {
            cuts.Add(part.Span.Start);
            cuts.Add(part.Span.End);
        }

        var pieces = new List<Piece>();
        int previous = -1;
        foreach (int cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                var covering = parts
                    .Where(p => p.Span.Start <= previous && cut <= p.Span.End)
                    .OrderBy(p => p.Span.Length)
                    .ToList();
                pieces.Add(new Piece(new TextSpan(previous, cut), covering));
            }

            previous = cut;
        }

        return pieces;
    }

    /// <summary>One part of a quote: the quote and the span of that part.</summary>
    internal sealed record QuotePart(Quote Quote, TextSpan Span)
    {
        /// <summary>True when this part is the quote's first.</summary>
        public bool IsFirst => Quote.Parts.Count == 0 || Quote.Parts[0] == Span;
    }

    /// <summary>A stretch of text and the quote parts that cover it, innermost first (empty outside quotes).</summary>
    internal sealed record Piece(TextSpan Span, IReadOnlyList<QuotePart> Covering);
}
