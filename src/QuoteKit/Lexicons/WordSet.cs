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
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif

    /// <summary>Freezes <paramref name="words"/> under <paramref name="comparer"/> (ordinal or ordinal ignoring case).</summary>
    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        _set = words.ToFrozenSet(comparer);
        _filter = new WordEndsFilter(_set, comparer);
#if NET9_0_OR_GREATER
        _spans = _set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Wraps <paramref name="set"/>, frozen under ordinal comparison or ordinal ignoring case, with its filter.</summary>
    private WordSet(FrozenSet<string> set)
    {
        _set = set;
        _filter = new WordEndsFilter(_set, set.Comparer as StringComparer);
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
        if (!_filter.MayHold(word))
        {
            return false;
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
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif

    /// <summary>Freezes <paramref name="entries"/> under <paramref name="comparer"/> (ordinal or ordinal ignoring case).</summary>
    public WordMap(IEnumerable<KeyValuePair<string, TValue>> entries, StringComparer comparer)
    {
        _map = entries.ToFrozenDictionary(comparer);
        _filter = new WordEndsFilter(_map.Keys, comparer);
#if NET9_0_OR_GREATER
        _spans = _map.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The words of the map.</summary>
    public IEnumerable<string> Keys => _map.Keys;

    /// <summary>Whether the map has <paramref name="word"/> under its comparer.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word)
    {
        if (!_filter.MayHold(word))
        {
            return false;
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
        if (!_filter.MayHold(word))
        {
            value = default!;
            return false;
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
