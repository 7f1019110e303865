namespace QuoteKit.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    HasPeriod = 4,
}

/// <summary>A word, number or punctuation mark: offsets into the input, no copy of the text.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, TokenFlags Flags)
{
    public int Length => End - Start;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    public bool IsAllCaps => (Flags & TokenFlags.AllCaps) != 0;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
