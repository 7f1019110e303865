using System.Buffers;

namespace QuoteKit.Text;

/// <summary>Which marks can pair with each other: a closing mark only closes an opening mark of its own family.</summary>
internal enum QuoteFamily : byte
{
    /// <summary>" “ ” „ `` '' 〝 〞 〟 and their HTML entities.</summary>
    Double,

    /// <summary>' ‘ ’ ‚ ` (also apostrophes, which the scanner tells apart by context).</summary>
    Single,

    /// <summary>« » (French «…», German »…«).</summary>
    Guillemet,

    /// <summary>‹ › (French ‹…›, German ›…‹).</summary>
    SingleGuillemet,

    /// <summary>「 」 (CJK corner brackets, also their half-width forms ｢ ｣).</summary>
    Corner,

    /// <summary>『 』 (CJK white corner brackets).</summary>
    WhiteCorner,
}

/// <summary>What the glyph suggests a mark does, before its context is looked at.</summary>
internal enum MarkBias : byte
{
    /// <summary>An opening glyph: “ ‘ „ ‚ « 「 ``.</summary>
    Open,

    /// <summary>A closing glyph: ” ’ 」.</summary>
    Close,

    /// <summary>The same glyph opens and closes: straight " and ', '' and, across languages, « » ‹ ›.</summary>
    Either,
}

/// <summary>A quotation mark candidate: where it is and what kind of mark it is.</summary>
/// <param name="Start">Offset of the mark's first character.</param>
/// <param name="Length">Characters the mark occupies: 1, 2 for `` and '', more for an HTML entity.</param>
/// <param name="Family">Which marks it pairs with.</param>
/// <param name="Bias">What the glyph suggests.</param>
/// <param name="Glyph">The mark as a character (an entity decoded; '' as ", `` as “).</param>
internal readonly record struct QuotationMark(int Start, int Length, QuoteFamily Family, MarkBias Bias, char Glyph)
{
    public int End => Start + Length;
}

/// <summary>
/// Recognises quotation marks character by character, without regex: the glyphs of English, French, German,
/// Polish and CJK typography, the wire-text `` and '' pairs, and (when asked) HTML entities such as
/// <c>&amp;quot;</c>, <c>&amp;ldquo;</c> and <c>&amp;#8220;</c>. Every read looks at a bounded number of characters.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>The longest entity recognised, <c>&amp;#x0201C;</c>, bounds the look-ahead.</summary>
    private const int MaxEntityLength = 10;

    /// <summary>The characters <see cref="MayStartMark"/> accepts without entities, for a vectorised search.</summary>
    private const string MarkStarts = "\"'`\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F\uFF02\u301D\u301E\u301F\uFF62\uFF63";

    private static readonly SearchValues<char> MarkStartValues = SearchValues.Create(MarkStarts);

    private static readonly SearchValues<char> MarkStartOrEntityValues = SearchValues.Create(MarkStarts + "&");

    /// <summary>
    /// The first index in <paramref name="text"/> at or after <paramref name="start"/> and before <paramref name="end"/>
    /// of a character that <see cref="MayStartMark"/> accepts, or -1.
    /// </summary>
    public static int IndexOfMayStartMark(string text, int start, int end, bool entities)
    {
        int at = text.AsSpan(start, end - start).IndexOfAny(entities ? MarkStartOrEntityValues : MarkStartValues);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>True for a character that may start a quotation mark (a cheap filter before <see cref="TryRead"/>).</summary>
    public static bool MayStartMark(char c, bool entities) =>
        c is '"' or '\'' or '`' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2018' or '\u2019' or '\u201A' or '\u201B'
            or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u300C' or '\u300D' or '\u300E' or '\u300F'
            or '\uFF02' or '\u301D' or '\u301E' or '\u301F' or '\uFF62' or '\uFF63'
        || (entities && c == '&');

    /// <summary>
    /// Reads the mark at <paramref name="i"/> (which must be before <paramref name="end"/>). Runs of straight
    /// apostrophes and backticks are read two at a time: '' and `` are double marks.
    /// </summary>
    public static bool TryRead(string text, int i, int end, bool entities, out QuotationMark mark)
    {
        char c = text[i];
        if (c == '&')
        {
            return entities ? TryReadEntity(text, i, end, out mark) : NoMark(out mark);
        }

        if ((c == '\'' || c == '`') && i + 1 < end && text[i + 1] == c)
        {
            mark = new QuotationMark(i, 2, QuoteFamily.Double, c == '`' ? MarkBias.Open : MarkBias.Either, c == '`' ? '\u201C' : '"');
            return true;
        }

        if (Classify(c, out var family, out var bias))
        {
            mark = new QuotationMark(i, 1, family, bias, c);
            return true;
        }

        return NoMark(out mark);
    }

    /// <summary>The family and glyph bias of a one-character mark; false when <paramref name="c"/> is no quotation mark.</summary>
    public static bool Classify(char c, out QuoteFamily family, out MarkBias bias)
    {
        (family, bias) = c switch
        {
            '"' or '\uFF02' => (QuoteFamily.Double, MarkBias.Either),
            '\u201C' or '\u201E' or '\u201F' or '\u301D' => (QuoteFamily.Double, MarkBias.Open),
            '\u201D' or '\u301E' or '\u301F' => (QuoteFamily.Double, MarkBias.Close),
            '\'' => (QuoteFamily.Single, MarkBias.Either),
            '\u2018' or '\u201A' or '\u201B' or '`' => (QuoteFamily.Single, MarkBias.Open),
            '\u2019' => (QuoteFamily.Single, MarkBias.Close),
            '\u00AB' or '\u00BB' => (QuoteFamily.Guillemet, MarkBias.Either),
            '\u2039' or '\u203A' => (QuoteFamily.SingleGuillemet, MarkBias.Either),
            '\u300C' or '\uFF62' => (QuoteFamily.Corner, MarkBias.Open),
            '\u300D' or '\uFF63' => (QuoteFamily.Corner, MarkBias.Close),
            '\u300E' => (QuoteFamily.WhiteCorner, MarkBias.Open),
            '\u300F' => (QuoteFamily.WhiteCorner, MarkBias.Close),
            _ => ((QuoteFamily)255, MarkBias.Either),
        };
        return (byte)family != 255;
    }

    /// <summary>True when the character is a letter or digit (including letters outside the BMP, by their surrogates).</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c) || IsCombiningMark(c);

    private static bool IsCombiningMark(char c) =>
        c >= '\u0300' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool TryReadEntity(string text, int i, int end, out QuotationMark mark)
    {
        int limit = Math.Min(end, i + MaxEntityLength);
        int semi = -1;
        for (int k = i + 1; k < limit; k++)
        {
            if (text[k] == ';')
            {
                semi = k;
                break;
            }

            if (!char.IsAsciiLetterOrDigit(text[k]) && text[k] != '#')
            {
                break;
            }
        }

        if (semi < 0)
        {
            return NoMark(out mark);
        }

        var name = text.AsSpan(i + 1, semi - i - 1);
        char decoded = DecodeEntity(name);
        if (decoded != '\0' && Classify(decoded, out var family, out var bias))
        {
            mark = new QuotationMark(i, semi + 1 - i, family, bias, decoded);
            return true;
        }

        return NoMark(out mark);
    }

    private static char DecodeEntity(ReadOnlySpan<char> name)
    {
        if (name.Length >= 2 && name[0] == '#')
        {
            int value = 0;
            bool hex = name[1] is 'x' or 'X';
            var digits = name[(hex ? 2 : 1)..];
            if (digits.IsEmpty)
            {
                return '\0';
            }

            foreach (char d in digits)
            {
                int v = d >= '0' && d <= '9' ? d - '0'
                    : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
                    : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10
                    : -1;
                if (v < 0 || value > 0xFFFF)
                {
                    return '\0';
                }

                value = (value * (hex ? 16 : 10)) + v;
            }

            return value is > 0 and <= 0xFFFF ? (char)value : '\0';
        }

        return name switch
        {
            "quot" or "QUOT" => '"',
            "apos" => '\'',
            "ldquo" => '\u201C',
            "rdquo" => '\u201D',
            "bdquo" => '\u201E',
            "lsquo" => '\u2018',
            "rsquo" => '\u2019',
            "sbquo" => '\u201A',
            "laquo" => '\u00AB',
            "raquo" => '\u00BB',
            "lsaquo" => '\u2039',
            "rsaquo" => '\u203A',
            _ => '\0',
        };
    }

    private static bool NoMark(out QuotationMark mark)
    {
        mark = default;
        return false;
    }
}
