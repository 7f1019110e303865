using System.Collections.Frozen;

namespace QuoteKit.Lexicons;

/// <summary>
/// A frozen set of words that is looked up by a slice of the input. The span lookup is fetched once, when the set is
/// built, rather than on every call (fetching it costs a generic interface cast and a virtual call). On .NET 8, which
/// has no span lookup, the slice is copied into a string first.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
    private readonly WordEndsFilter _filter;
    private readonly PackedWords _packed;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif

    /// <summary>Freezes <paramref name="words"/> under <paramref name="comparer"/> (ordinal or ordinal ignoring case).</summary>
    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        _set = words.ToFrozenSet(comparer);
        _filter = new WordEndsFilter(_set, comparer);
        _packed = new PackedWords(_set.ToArray(), comparer);
#if NET9_0_OR_GREATER
        _spans = _set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Wraps <paramref name="set"/>, frozen under ordinal comparison or ordinal ignoring case, with its filter.</summary>
    private WordSet(FrozenSet<string> set)
    {
        _set = set;
        _filter = new WordEndsFilter(_set, set.Comparer as StringComparer);
        _packed = new PackedWords(_set.ToArray(), set.Comparer as StringComparer);
#if NET9_0_OR_GREATER
        _spans = _set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>
    /// <paramref name="set"/> as a word set, so that a field declared as a word set can be initialised with a frozen
    /// set (<c>new[] { … }.ToFrozenSet(StringComparer.OrdinalIgnoreCase)</c>) and be looked up through the filter.
    /// </summary>
    public static implicit operator WordSet(FrozenSet<string> set) => new(set);

    /// <summary>The words of the set.</summary>
    public IEnumerable<string> Items => _set;

    /// <summary>Whether the set holds <paramref name="word"/> under its comparer.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        int found = _filter.Probe(_packed, word);
        if (found != PackedWords.NotPacked)
        {
            return found >= 0;
        }

#if NET9_0_OR_GREATER
        return _spans.Contains(word);
#else
        return _set.Contains(word.ToString());
#endif
    }

    /// <summary>Whether the set holds <paramref name="word"/> under its comparer.</summary>
    public bool Contains(string word) => _filter.MayHold(word) && _set.Contains(word);
}

/// <summary>
/// A frozen map from words to values that is looked up by a slice of the input, its span lookup fetched once; see
/// <see cref="WordSet"/>.
/// </summary>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue> _map;
    private readonly WordEndsFilter _filter;
    private readonly PackedWords _packed;
    private readonly TValue[] _packedValues; // by the index PackedWords finds: the map's values in the order of its keys
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif

    /// <summary>Freezes <paramref name="entries"/> under <paramref name="comparer"/> (ordinal or ordinal ignoring case).</summary>
    public WordMap(IEnumerable<KeyValuePair<string, TValue>> entries, StringComparer comparer)
    {
        _map = entries.ToFrozenDictionary(comparer);
        _filter = new WordEndsFilter(_map.Keys, comparer);
        _packed = new PackedWords(_map.Keys, comparer);
        _packedValues = _map.Values.ToArray();
#if NET9_0_OR_GREATER
        _spans = _map.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The words of the map.</summary>
    public IEnumerable<string> Keys => _map.Keys;

    /// <summary>Whether the map has <paramref name="word"/> under its comparer.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word)
    {
        int found = _filter.Probe(_packed, word);
        if (found != PackedWords.NotPacked)
        {
            return found >= 0;
        }

#if NET9_0_OR_GREATER
        return _spans.ContainsKey(word);
#else
        return _map.ContainsKey(word.ToString());
#endif
    }

    /// <summary>The value stored for <paramref name="word"/> under the map's comparer.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        int found = _filter.Probe(_packed, word);
        if (found != PackedWords.NotPacked)
        {
            value = found >= 0 ? _packedValues[found] : default!;
            return found >= 0;
        }

#if NET9_0_OR_GREATER
        return _spans.TryGetValue(word, out value!);
#else
        return _map.TryGetValue(word.ToString(), out value!);
#endif
    }

    /// <summary>The value stored for <paramref name="word"/> under the map's comparer.</summary>
    public bool TryGetValue(string word, out TValue value) => _map.TryGetValue(word, out value!);
}

/// <summary>
/// A bit for each (first char, last char, length) of the words of a set, so that most words the set does not hold are
/// answered without hashing them or touching the set. An ASCII letter is taken in lower case: under ordinal comparison
/// ignoring case an ASCII char equals only itself in the other case (no char outside ASCII), and under ordinal
/// comparison equal words have equal bits anyway. A word whose first or last char is outside ASCII always passes.
/// Built once with its set and read-only.
/// </summary>
internal readonly struct WordEndsFilter
{
    private readonly ulong[]? _bits; // null: every word passes (a comparer the filter cannot mirror)
    private readonly int _shift;

    /// <summary>The filter of <paramref name="words"/>, compared by <paramref name="comparer"/>.</summary>
    public WordEndsFilter(IReadOnlyCollection<string> words, StringComparer? comparer)
    {
        if (!ReferenceEquals(comparer, StringComparer.Ordinal) && !ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase))
        {
            _bits = null;
            _shift = 0;
            return;
        }

        // About 16 bits a word (a word in no set passes some 6 % of the time), from 512 bits to 32 KB.
        int log = 9;
        while (log < 18 && (1 << log) < 16 * words.Count)
        {
            log++;
        }

        _bits = new ulong[(1 << log) / 64];
        _shift = 32 - log;
        foreach (var w in words)
        {
            if (w.Length > 0 && w[0] < 0x80 && w[^1] < 0x80)
            {
                int bit = Bit(w[0], w[^1], w.Length, _shift);
                _bits[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>
    /// What this filter and <paramref name="packed"/> say of <paramref name="word"/>: its index in the packed table, -1 when
    /// the set does not hold it, or <see cref="PackedWords.NotPacked"/> when only the frozen collection can tell.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Probe(in PackedWords packed, ReadOnlySpan<char> word) => MayHold(word) ? packed.Find(word) : -1;

    /// <summary>False only when the set holds no word equal to <paramref name="word"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayHold(ReadOnlySpan<char> word)
    {
        var bits = _bits;
        if (bits is null || word.IsEmpty)
        {
            return true;
        }

        char first = word[0];
        char last = word[^1];
        if ((first | last) >= 0x80)
        {
            return true;
        }

        int bit = Bit(first, last, word.Length, _shift);
        return (bits[bit >> 6] & (1UL << bit)) != 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Bit(char first, char last, int length, int shift) =>
        (int)((((uint)Lower(first) * 0x9E3779B1u) ^ ((uint)Lower(last) * 0x85EBCA77u) ^ ((uint)length * 0xC2B2AE3Du)) >> shift);

    private static uint Lower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c;
}

/// <summary>
/// The words of a set made of one to eight ASCII chars, each packed into one number (seven bits a char, the first
/// lowest, ASCII letters in lower case when the set ignores case, the length above them), in an open-addressing table
/// beside their index in the set's list. An ASCII word of up to eight chars is answered here by comparing numbers: under
/// ordinal comparison, ignoring case or not, an ASCII word equals only ASCII words of its length, all of which the table
/// holds. Other words are not answered (<see cref="NotPacked"/>) and go to the set itself. Built once and read-only;
/// the table never grows, so input cannot lengthen its probe chains.
/// </summary>
internal readonly struct PackedWords
{
    /// <summary>What <see cref="Find"/> returns for a word the table cannot answer.</summary>
    public const int NotPacked = -2;

    private const int MaxLength = 8;

    private readonly ulong[]? _keys; // null: nothing is answered (a comparer the table cannot mirror); 0 marks an empty slot
    private readonly int[] _indexes;
    private readonly int _shift;
    private readonly bool _ignoreCase;

    /// <summary>The table of <paramref name="words"/> (distinct under <paramref name="comparer"/>).</summary>
    public PackedWords(IReadOnlyList<string> words, StringComparer? comparer)
    {
        _indexes = [];
        _keys = null;
        _shift = 0;
        _ignoreCase = ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase);
        if (!_ignoreCase && !ReferenceEquals(comparer, StringComparer.Ordinal))
        {
            return;
        }

        int log = 4;
        while ((1 << log) < 2 * words.Count)
        {
            log++;
        }

        var keys = new ulong[1 << log];
        _indexes = new int[1 << log];
        _shift = 64 - log;
        int mask = keys.Length - 1;
        for (int i = 0; i < words.Count; i++)
        {
            ulong key = Pack(words[i], _ignoreCase);
            if (key == 0)
            {
                continue;
            }

            int at = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
            while (keys[at] != 0)
            {
                at = (at + 1) & mask;
            }

            keys[at] = key;
            _indexes[at] = i;
        }

        _keys = keys;
    }

    /// <summary>The index of <paramref name="word"/> in the list the table was built from, -1 when the set does not hold it, or <see cref="NotPacked"/>.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var keys = _keys;
        if (keys is null)
        {
            return NotPacked;
        }

        ulong key = Pack(word, _ignoreCase);
        if (key == 0)
        {
            return NotPacked;
        }

        int mask = keys.Length - 1;
        for (int at = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift); ; at = (at + 1) & mask)
        {
            ulong entry = keys[at];
            if (entry == key)
            {
                return _indexes[at];
            }

            if (entry == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>The packed word, or 0 when it is empty, longer than eight chars or not all ASCII.</summary>
    private static ulong Pack(ReadOnlySpan<char> word, bool ignoreCase)
    {
        if ((uint)(word.Length - 1) >= MaxLength)
        {
            return 0;
        }

        ulong chars = 0;
        int shift = 0;
        foreach (char c in word)
        {
            if (c >= 0x80)
            {
                return 0;
            }

            uint folded = ignoreCase && (uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c;
            chars |= (ulong)folded << shift;
            shift += 7;
        }

        return chars | ((ulong)word.Length << 56);
    }
}
