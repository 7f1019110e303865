using QuoteKit.Lexicons;

namespace QuoteKit.Detection;

/// <summary>
/// The word lists quote detection reads (embedded lexicon files), loaded once and shared read-only by all threads.
/// Lookups take spans of the input, so the scanner allocates nothing per word.
/// </summary>
internal static class QuoteWordLists
{
    private static readonly string[] Elisions = Sorted(LexiconResource.Lines("elisions.txt"));
    private static readonly Dictionary<string, string[]> Contexts = LoadSections("quote-contexts.txt");
    private static readonly string[] SpeechWords = Sorted(Lexicon.Default.SpeechVerbs.Keys.Concat(Contexts["speech-context"]));
    private static readonly string[] TitleBefore = Contexts["title-before"];
    private static readonly string[] TitleAfter = Contexts["title-after"];
    private static readonly string[] Scare = Contexts["scare"];
    private static readonly string[] TitleMinor = Contexts["title-minor"];
    private static readonly string[] AddresseeVerbs = Contexts["addressee-verbs"];

    /// <summary>True when <paramref name="word"/> is a word shortened at its start (em, til, n), ignoring case.</summary>
    public static bool IsElision(ReadOnlySpan<char> word) => Contains(Elisions, word);

    /// <summary>True for a speech verb in any inflection (said, tells) or a word that makes a quotation speech (chanting, slogan).</summary>
    public static bool IsSpeechWord(ReadOnlySpan<char> word) => Contains(SpeechWords, word);

    /// <summary>True for a noun or verb that introduces a title: film, book, show, titled.</summary>
    public static bool IsTitleIntroducer(ReadOnlySpan<char> word) => Contains(TitleBefore, word);

    /// <summary>True for a noun that follows a title: the “Veep” star, the “Fast &amp; Furious” movie.</summary>
    public static bool IsTitleFollower(ReadOnlySpan<char> word) => Contains(TitleAfter, word);

    /// <summary>True for a one-word scare-quote marker: so-called, quote-unquote.</summary>
    public static bool IsScareMarker(ReadOnlySpan<char> word) => Contains(Scare, word);

    /// <summary>True for a two-word scare-quote marker: so called.</summary>
    public static bool IsScareMarker(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        foreach (var entry in Scare)
        {
            int space = entry.IndexOf(' ');
            if (space > 0 && entry.AsSpan(0, space).Equals(first, StringComparison.OrdinalIgnoreCase)
                && entry.AsSpan(space + 1).Equals(second, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a verb whose object is who was addressed: told, tells.</summary>
    public static bool IsAddresseeVerb(ReadOnlySpan<char> word) => Contains(AddresseeVerbs, word);

    /// <summary>True for a word titles leave in lower case: of, the, and.</summary>
    public static bool IsTitleMinorWord(ReadOnlySpan<char> word) => Contains(TitleMinor, word);

    private static bool Contains(string[] sortedWords, ReadOnlySpan<char> word)
    {
        int lo = 0, hi = sortedWords.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = CompareWords(sortedWords[mid], word);
            if (c == 0)
            {
                return true;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    /// <summary>Case-insensitive comparison that also equates the curly apostrophe with the straight one.</summary>
    private static int CompareWords(string a, ReadOnlySpan<char> b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int c = Fold(a[i]).CompareTo(Fold(b[i]));
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static char Fold(char c) => c == '\u2019' ? '\'' : char.ToLowerInvariant(c);

    private static string[] Sorted(IEnumerable<string> words)
    {
        var list = words.Select(w => w.Trim()).Where(w => w.Length > 0).ToList();
        list.Sort((x, y) => CompareWords(x, y));
        return list.ToArray();
    }

    private static Dictionary<string, string[]> LoadSections(string resource)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in LexiconResource.Lines(resource))
        {
            var t = line.Trim();
            if (t.StartsWith('[') && t.EndsWith(']'))
            {
                current = new List<string>();
                sections[t[1..^1]] = current;
            }
            else if (current is not null)
            {
                current.Add(t);
            }
        }

        return sections.ToDictionary(s => s.Key, s => Sorted(s.Value), StringComparer.Ordinal);
    }
}
