using System.Buffers;

namespace QuoteKit.Text;

/// <summary>Character classes the lexical layer needs, without regex or allocation.</summary>
internal static class CharClass
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Zero-width and formatting characters that carry no text (ZWSP, ZWNJ, ZWJ, BOM, soft hyphen, bidi marks).</summary>
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Whitespace, including non-breaking spaces, or an invisible formatting character.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || IsInvisible(c);

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>The chars of <see cref="IsLineBreak"/>, for vectorised searches.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2015' or '\u2012';

    /// <summary>Sentence-ending punctuation: . ! ? … and the ideographic full stop and full-width ! ? of quoted Chinese or Japanese (。！？).</summary>
    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>
    /// A CJK ideograph or kana (Chinese, Japanese): such text is written without spaces, so each stands for a word when
    /// a quotation's words are counted (「我们不会屈服」 is a sentence, not one word).
    /// </summary>
    public static bool IsIdeograph(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF') || (c >= '\uF900' && c <= '\uFAFF');

    /// <summary>A list bullet that starts a line of its own: • ◦ ‣ ⁃ ▪ ■ ● ► · *.</summary>
    public static bool IsBullet(char c) =>
        c is '\u2022' or '\u25E6' or '\u2023' or '\u2043' or '\u25AA' or '\u25A0' or '\u25CF' or '\u25BA' or '\u00B7' or '*';
}
