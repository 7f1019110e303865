using System.Collections.Frozen;

namespace QuoteKit.Lexicons;

/// <summary>
/// Lexicon lookups keyed by a slice of the input, so that a token is looked up without first being copied into a
/// string. On .NET 9 and later the frozen collections' alternate lookup hashes the span directly (the lexicons use
/// <see cref="StringComparer.Ordinal"/> or <see cref="StringComparer.OrdinalIgnoreCase"/>, both of which support
/// it); on .NET 8 the span is copied into a string first, as before.
/// </summary>
internal static class SpanLookup
{
    /// <summary>Whether <paramref name="set"/> holds <paramref name="key"/> under the set's own comparer.</summary>
    public static bool Contains(this FrozenSet<string> set, ReadOnlySpan<char> key)
    {
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
#else
        return set.Contains(key.ToString());
#endif
    }

    /// <summary>Whether <paramref name="set"/> holds <paramref name="key"/> under the set's own comparer.</summary>
    public static bool Contains(this HashSet<string> set, ReadOnlySpan<char> key)
    {
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
#else
        return set.Contains(key.ToString());
#endif
    }

    /// <summary>Whether <paramref name="map"/> has <paramref name="key"/> under the map's own comparer.</summary>
    public static bool ContainsKey<TValue>(this FrozenDictionary<string, TValue> map, ReadOnlySpan<char> key)
    {
#if NET9_0_OR_GREATER
        return map.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key);
#else
        return map.ContainsKey(key.ToString());
#endif
    }

    /// <summary>The value stored for <paramref name="key"/> under the map's own comparer.</summary>
    public static bool TryGetValue<TValue>(this FrozenDictionary<string, TValue> map, ReadOnlySpan<char> key, out TValue value)
    {
#if NET9_0_OR_GREATER
        return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);
#else
        return map.TryGetValue(key.ToString(), out value!);
#endif
    }
}
