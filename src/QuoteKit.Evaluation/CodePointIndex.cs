namespace QuoteKit.Evaluation;

/// <summary>
/// Converts offsets counted in Unicode code points (brat standoff, Python strings) into UTF-16 offsets
/// (.NET strings, QuoteKit spans). A character outside the Basic Multilingual Plane, such as an emoji,
/// is one code point but two UTF-16 units, so every offset after it moves by one.
/// </summary>
public sealed class CodePointIndex
{
    // Null when the text has no surrogate pairs: code points and UTF-16 units then coincide.
    private readonly int[]? _utf16OfCodePoint;

    /// <summary>Indexes <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public CodePointIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int pairs = 0;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                pairs++;
                i++;
            }
        }

        CodePointCount = text.Length - pairs;
        if (pairs == 0)
        {
            return;
        }

        var map = new int[CodePointCount + 1];
        int cp = 0;
        for (int i = 0; i < text.Length; i++)
        {
            map[cp++] = i;
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                i++;
            }
        }

        map[cp] = text.Length;
        _utf16OfCodePoint = map;
    }

    /// <summary>Number of code points in the text (an unpaired surrogate counts as one).</summary>
    public int CodePointCount { get; }

    /// <summary>The UTF-16 offset of code point offset <paramref name="codePointOffset"/> (0 to <see cref="CodePointCount"/> inclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is negative or past the end of the text.</exception>
    public int ToUtf16(int codePointOffset)
    {
        if ((uint)codePointOffset > (uint)CodePointCount)
        {
            throw new ArgumentOutOfRangeException(nameof(codePointOffset), codePointOffset, $"The text has {CodePointCount} code points.");
        }

        return _utf16OfCodePoint is null ? codePointOffset : _utf16OfCodePoint[codePointOffset];
    }
}
