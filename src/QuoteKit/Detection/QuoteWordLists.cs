using QuoteKit.Lexicons;

namespace QuoteKit.Detection;

/// <summary>
/// The word lists quote detection reads (embedded lexicon files), loaded once and shared read-only by all threads.
/// Lookups take spans of the input, so the scanner allocates nothing per word.
/// </summary>
internal static class QuoteWordLists
{
    private static readonly FoldedWordSet Elisions = new(Sorted(LexiconResource.Lines("elisions.txt")));
    private static readonly Dictionary<string, string[]> Contexts = LoadSections("quote-contexts.txt");
    private static readonly FoldedWordSet SpeechWords = new(Sorted(Lexicon.Default.SpeechVerbs.Keys.Concat(Contexts["speech-context"])));
    private static readonly FoldedWordSet TitleBefore = new(Contexts["title-before"]);
    private static readonly FoldedWordSet TitleAfter = new(Contexts["title-after"]);
    private static readonly string[] Scare = Contexts["scare"];
    private static readonly FoldedWordSet ScareWords = new(Scare);
    private static readonly FoldedWordSet TitleMinor = new(Contexts["title-minor"]);
    private static readonly FoldedWordSet AddresseeVerbs = new(Contexts["addressee-verbs"]);
    private static readonly FoldedWordSet NamingVerbs = new(Contexts["naming"]);

    /// <summary>The speech words and the naming verbs in one table, each word with the lists that hold it.</summary>
    private static readonly FoldedWordSet SpeechAndNaming = FoldedWordSet.WithKinds(
        Sorted(Lexicon.Default.SpeechVerbs.Keys.Concat(Contexts["speech-context"])).Select(w => (w, (byte)SpeechWordKind.Speech))
            .Concat(Contexts["naming"].Select(w => (w, (byte)SpeechWordKind.Naming))));

    /// <summary>HTML elements that break text into blocks or lines: what follows their tag starts a line.</summary>
    private static readonly FoldedWordSet BlockTags = new(Sorted([
        "article", "blockquote", "br", "dd", "div", "dt", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "p", "section", "td", "th", "tr",
    ]));

    /// <summary>True when <paramref name="word"/> is a word shortened at its start (em, til, n), ignoring case.</summary>
    public static bool IsElision(ReadOnlySpan<char> word) => Contains(Elisions, word);

    /// <summary>True for a speech verb in any inflection (said, tells) or a word that makes a quotation speech (chanting, slogan).</summary>
    public static bool IsSpeechWord(ReadOnlySpan<char> word) => Contains(SpeechWords, word);

    /// <summary>True for the name of an HTML block or line-break element (p, br, div, li, blockquote), ignoring case.</summary>
    public static bool IsBlockTag(ReadOnlySpan<char> name) => Contains(BlockTags, name);

    /// <summary>True for a noun or verb that introduces a title: film, book, show, titled.</summary>
    public static bool IsTitleIntroducer(ReadOnlySpan<char> word) => Contains(TitleBefore, word);

    /// <summary>True for a noun that follows a title: the “Veep” star, the “Fast &amp; Furious” movie.</summary>
    public static bool IsTitleFollower(ReadOnlySpan<char> word) => Contains(TitleAfter, word);

    /// <summary>True for a one-word scare-quote marker: so-called, quote-unquote.</summary>
    public static bool IsScareMarker(ReadOnlySpan<char> word) => Contains(ScareWords, word);

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

    /// <summary>True for an article, conjunction, preposition, pronoun or other function word (in, on, the, which), ignoring case.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => AttributionLexicon.Default.FunctionWords.Contains(word);

    /// <summary>True for a verb that names something with the quoted words: called, describes, dubbed, labelled.</summary>
    public static bool IsNamingVerb(ReadOnlySpan<char> word) => Contains(NamingVerbs, word);

    /// <summary>
    /// Whether <paramref name="word"/> is a speech word (<see cref="IsSpeechWord"/>), a naming verb
    /// (<see cref="IsNamingVerb"/>), both or neither, in one lookup.
    /// </summary>
    public static SpeechWordKind SpeechOrNamingKind(ReadOnlySpan<char> word) => (SpeechWordKind)SpeechAndNaming.KindsOf(word);

    /// <summary>True for a word titles leave in lower case: of, the, and.</summary>
    public static bool IsTitleMinorWord(ReadOnlySpan<char> word) => Contains(TitleMinor, word);

    private static bool Contains(FoldedWordSet words, ReadOnlySpan<char> word) => words.Contains(word);

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

    /// <summary>A char in lower case (invariant), the curly apostrophe as the straight one; ASCII without a call.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) =>
        c < 0x80 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) : c == '\u2019' ? '\'' : char.ToLowerInvariant(c);

    /// <summary>
    /// Words equal under <see cref="CompareWords"/> (each char folded by <see cref="Fold"/>), in an open-addressing
    /// table hashed over the folded chars: one pass over the word instead of a binary search that folds both sides at
    /// every step. The table is built once from the word lists and never grows, so input cannot lengthen its probe
    /// chains; a fixed hash is safe.
    /// </summary>
    private sealed class FoldedWordSet
    {
        private readonly string?[] _slots;
        private readonly byte[] _kinds; // per slot, the lists that hold its word (1 in a set of one list)
        private readonly int _mask;
        private readonly int _maxLength;

        // A bit for each (first char, last char, length) of a word in the set, hashed into 4,096 bits: a word whose bit
        // is clear is answered without hashing its chars or probing the table (most words a scan asks about).
        private readonly ulong[] _ends = new ulong[EndsBits / 64];
        private const int EndsBits = 1 << 12;

        public FoldedWordSet(IEnumerable<string> words)
            : this(words.Select(w => (w, (byte)1)))
        {
        }

        /// <summary>A set whose words each carry the bits of the lists that hold them (OR-ed over repeats).</summary>
        public static FoldedWordSet WithKinds(IEnumerable<(string Word, byte Kind)> words) => new(words);

        private FoldedWordSet(IEnumerable<(string Word, byte Kind)> words)
        {
            var folded = new Dictionary<string, byte>(StringComparer.Ordinal);
            foreach (var (word, kind) in words)
            {
                var f = string.Create(word.Length, word, static (dst, src) =>
                {
                    for (int i = 0; i < src.Length; i++)
                    {
                        dst[i] = Fold(src[i]);
                    }
                });
                folded[f] = (byte)(folded.GetValueOrDefault(f) | kind);
            }

            int size = 16;
            while (size < folded.Count * 2)
            {
                size <<= 1;
            }

            _slots = new string?[size];
            _kinds = new byte[size];
            _mask = size - 1;
            foreach (var (w, kind) in folded)
            {
                _maxLength = Math.Max(_maxLength, w.Length);
                int s = Hash(w) & _mask;
                while (_slots[s] is not null)
                {
                    s = (s + 1) & _mask;
                }

                _slots[s] = w;
                _kinds[s] = kind;
                if (w.Length > 0)
                {
                    int bit = EndsBit(w[0], w[^1], w.Length);
                    _ends[bit >> 6] |= 1UL << bit;
                }
            }
        }

        public bool Contains(ReadOnlySpan<char> word) => KindsOf(word) != 0;

        /// <summary>The lists that hold <paramref name="word"/> (1 for a word of a set of one list), 0 for none.</summary>
        public byte KindsOf(ReadOnlySpan<char> word)
        {
            if (word.Length > _maxLength)
            {
                return 0;
            }

            if (!word.IsEmpty)
            {
                int bit = EndsBit(Fold(word[0]), Fold(word[^1]), word.Length);
                if ((_ends[bit >> 6] & (1UL << bit)) == 0)
                {
                    return 0;
                }
            }

            // The word is folded twice, while hashing and while comparing, instead of into a copy: folding an
            // ASCII char is a compare and an or.
            uint h = 2166136261;
            foreach (char c in word)
            {
                h = (h ^ Fold(c)) * 16777619;
            }

            for (int s = Finish(h) & _mask; ; s = (s + 1) & _mask)
            {
                var entry = _slots[s];
                if (entry is null)
                {
                    return 0;
                }

                if (entry.Length == word.Length && EqualsFolded(word, entry))
                {
                    return _kinds[s];
                }
            }
        }

        /// <summary>Whether <paramref name="word"/> folded char by char equals <paramref name="folded"/> (same length).</summary>
        private static bool EqualsFolded(ReadOnlySpan<char> word, string folded)
        {
            for (int i = 0; i < folded.Length && i < word.Length; i++)
            {
                if (Fold(word[i]) != folded[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The bit of <see cref="_ends"/> for a word of <paramref name="length"/> chars whose folded first and last chars are given.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static int EndsBit(char first, char last, int length) =>
            (int)((((uint)first * 0x9E3779B1u) ^ ((uint)last * 0x85EBCA77u) ^ ((uint)length * 0xC2B2AE3Du)) >> (32 - 12));

        private static int Hash(ReadOnlySpan<char> folded)
        {
            uint h = 2166136261;
            foreach (char c in folded)
            {
                h = (h ^ c) * 16777619;
            }

            return Finish(h);
        }

        private static int Finish(uint h) => (int)(h ^ (h >> 15));
    }

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

/// <summary>The lists of <see cref="QuoteWordLists.SpeechOrNamingKind"/> that hold a word.</summary>
[Flags]
internal enum SpeechWordKind : byte
{
    /// <summary>In neither list.</summary>
    None = 0,

    /// <summary>A speech word (<see cref="QuoteWordLists.IsSpeechWord"/>).</summary>
    Speech = 1,

    /// <summary>A naming verb (<see cref="QuoteWordLists.IsNamingVerb"/>).</summary>
    Naming = 2,
}
