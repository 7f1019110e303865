namespace QuoteKit;

/// <summary>
/// A range of UTF-16 code units in the input text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.
/// Every span QuoteKit reports indexes the exact string passed to <see cref="IQuoteExtractor.Extract"/>.
/// </summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when this span and <paramref name="other"/> share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>True when <paramref name="position"/> lies inside this span.</summary>
    public bool Contains(int position) => Start <= position && position < End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
