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
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif

    /// <summary>Freezes <paramref name="words"/> under <paramref name="comparer"/> (ordinal or ordinal ignoring case).</summary>
    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        _set = words.ToFrozenSet(comparer);
#if NET9_0_OR_GREATER
        _spans = _set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The words of the set.</summary>
    public IEnumerable<string> Items => _set;

    /// <summary>Whether the set holds <paramref name="word"/> under its comparer.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return _spans.Contains(word);
#else
        return _set.Contains(word.ToString());
#endif
    }

    /// <summary>Whether the set holds <paramref name="word"/> under its comparer.</summary>
    public bool Contains(string word) => _set.Contains(word);
}

/// <summary>
/// A frozen map from words to values that is looked up by a slice of the input, its span lookup fetched once; see
/// <see cref="WordSet"/>.
/// </summary>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue> _map;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif

    /// <summary>Freezes <paramref name="entries"/> under <paramref name="comparer"/> (ordinal or ordinal ignoring case).</summary>
    public WordMap(IEnumerable<KeyValuePair<string, TValue>> entries, StringComparer comparer)
    {
        _map = entries.ToFrozenDictionary(comparer);
#if NET9_0_OR_GREATER
        _spans = _map.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The words of the map.</summary>
    public IEnumerable<string> Keys => _map.Keys;

    /// <summary>Whether the map has <paramref name="word"/> under its comparer.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return _spans.ContainsKey(word);
#else
        return _map.ContainsKey(word.ToString());
#endif
    }

    /// <summary>The value stored for <paramref name="word"/> under the map's comparer.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
#if NET9_0_OR_GREATER
        return _spans.TryGetValue(word, out value!);
#else
        return _map.TryGetValue(word.ToString(), out value!);
#endif
    }

    /// <summary>The value stored for <paramref name="word"/> under the map's comparer.</summary>
    public bool TryGetValue(string word, out TValue value) => _map.TryGetValue(word, out value!);
}
