using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace QuoteKit.Tests.Robustness;

/// <summary>
/// FsCheck generators of what a crawler brings back: news-like sentences mixed with stray quotation marks of every
/// script, every kind of line break, awkward Unicode (surrogate pairs and lone halves, combining marks, right-to-left
/// text, zero-width and bidi controls, non-breaking spaces) and control characters.
/// </summary>
public static class MessyText
{
    /// <summary>Quotation marks of English, European and East Asian typography, straight and typewriter forms, and HTML leftovers.</summary>
    public static readonly string[] QuotationMarks =
    [
        "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "``", "''", "‟", "‛",
        "＂", "〝", "〞", "″", "« ", " »", "&quot;", "&#8220;", "&#8221;", "&ldquo;", "&rdquo;", "&#39;",
    ];

    /// <summary>Line and paragraph breaks in every convention, and blank lines.</summary>
    public static readonly string[] LineBreaks =
    [
        "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\n", "\r\n\r\n", "\r\r", "\n \n", "\f", "\v", "\n\n\n\n",
    ];

    /// <summary>Characters and sequences that break naive text code.</summary>
    public static readonly string[] UnicodeOddities =
    [
        "😀", "👩‍👩‍👧", "𝐀𝐁𝐂", "🇺🇦", "\uD83D", "\uDE00", "\uDE00\uD83D", "e\u0301", "\u0301", "\u0301\u0301\u0301",
        "مرحبا بالعالم", "שלום", "\u202E", "\u202D", "\u200E", "\u200F", "\u2066", "\u2069", "\u200B", "\u200C", "\u200D",
        "\uFEFF", "\u00A0", "\u202F", "\u2007", "\u3000", "\u00AD", "\uFFFD", "\uFFFF", "\uFFFE", "中文", "東京で「はい」と言った",
        "İstanbul", "ß", "ﬁ", "\u212A", "ς", "नमस्ते", "ไทย", "Ⅻ", "١٢٣", "…", "—", "–", "\u2060",
    ];

    /// <summary>Words that cue, name or point to speakers, alone, so that they meet marks in odd places.</summary>
    public static readonly string[] SpeechWords =
    [
        "said", "says", "told", "according to", "he", "she", "they", "it", "Mr.", "Dr.", "Ms", "U.S.", "the minister",
        "Helen Brandt", "Brandt", "Reuters", "added", ":", ",", ".", "?!", "—", "...", "(", ")", "[", "]", "-",
    ];

    /// <summary>One piece of messy text.</summary>
    public static Gen<string> Piece { get; } = Gen.Frequency(
        (6, Gen.Choose(0, int.MaxValue).Select(seed => NewsText.Sentence(new Random(seed)))),
        (4, Gen.Elements(QuotationMarks)),
        (2, Gen.Elements(LineBreaks)),
        (3, Gen.Elements(UnicodeOddities)),
        (3, Gen.Elements(SpeechWords).SelectMany(w => Gen.Elements(w, " " + w, w + " ", " " + w + " "))),
        (3, Gen.Elements(" ", " ", "  ", "\t", "\u00A0", " \u200B ")),
        (1, Gen.OneOf(Gen.Choose(0, 0x1F), Gen.Choose(0x7F, 0x9F)).Select(c => ((char)c).ToString())),
        (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));

    /// <summary>Messy text built from <see cref="Piece"/>s; grows with FsCheck's size parameter.</summary>
    public static Gen<string> Pieces { get; } = Piece.ListOf().Select(string.Concat);

    /// <summary>
    /// A generated article with messy pieces inserted at random places and random ranges cut out, and half the
    /// time truncated at a random point, as a crawler that gave up mid-sentence would leave it.
    /// </summary>
    public static Gen<string> MutatedArticle { get; } =
        from seed in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(50, 3000)
        from inserts in Gen.Zip(Gen.Choose(0, int.MaxValue), Piece).ListOf()
        from cuts in Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(1, 40)).ListOf()
        from truncate in Gen.Choose(-1000, 1000)
        select Truncate(Mutate(NewsText.Article(new Random(seed), length), inserts, cuts), truncate);

    /// <summary>Strings of arbitrary UTF-16 code units, valid or not.</summary>
    public static Gen<string> AnyCodeUnits { get; } =
        Gen.Frequency(
                (3, Gen.Choose(0, 0xFFFF)),
                (1, Gen.Choose(0xD800, 0xDFFF)),
                (2, Gen.Elements("“”‘’\"'«»„「」\n\r".Select(c => (int)c).ToArray())))
            .Select(c => (char)c)
            .ArrayOf()
            .Select(chars => new string(chars));

    /// <summary>Any of the messy generators, with a shrinker that cuts the text down to a small counter-example.</summary>
    public static Arbitrary<string> Arbitrary { get; } =
        Arb.From(Gen.Frequency((3, Pieces), (2, MutatedArticle), (1, AnyCodeUnits)), Shrink);

    /// <summary>Options in every combination of their switches.</summary>
    public static Arbitrary<QuoteKitOptions> Options { get; } = Arb.From(
        from bits in Gen.Choose(0, 31)
        select new QuoteKitOptions
        {
            IncludeIndirect = (bits & 1) != 0,
            IncludeNonSpeechQuotes = (bits & 2) != 0,
            IncludeThoughtVerbs = (bits & 4) != 0,
            RecognizeHtmlEntities = (bits & 8) != 0,
            IncludeTrace = (bits & 16) != 0,
        });

    /// <summary>Smaller texts that may still fail: halves, then the text with one of eight slices removed.</summary>
    public static IEnumerable<string> Shrink(string text)
    {
        if (text.Length <= 1)
        {
            yield break;
        }

        int half = text.Length / 2;
        yield return text[..half];
        yield return text[half..];
        int slice = Math.Max(1, text.Length / 8);
        for (int start = 0; start < text.Length; start += slice)
        {
            yield return string.Concat(text.AsSpan(0, start), text.AsSpan(Math.Min(text.Length, start + slice)));
        }
    }

    /// <summary>Keeps the first <paramref name="permille"/>/1000 of the text; a negative value keeps it whole.</summary>
    private static string Truncate(string text, int permille) =>
        permille < 0 ? text : text[..(int)((long)text.Length * permille / 1000)];

    private static string Mutate(string article, IEnumerable<(int Position, string Piece)> inserts, IEnumerable<(int Position, int Length)> cuts)
    {
        var sb = new StringBuilder(article);
        foreach (var (position, piece) in inserts)
        {
            sb.Insert(position % (sb.Length + 1), piece);
        }

        foreach (var (position, length) in cuts)
        {
            if (sb.Length == 0)
            {
                break;
            }

            int start = position % sb.Length;
            sb.Remove(start, Math.Min(length, sb.Length - start));
        }

        return sb.ToString();
    }
}
