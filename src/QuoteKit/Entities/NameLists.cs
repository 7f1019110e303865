using QuoteKit.Mentions;

namespace QuoteKit.Entities;

/// <summary>Case-insensitive membership tests over the short name lists of an entity, without LINQ's enumerator and delegate allocations.</summary>
internal static class NameLists
{
    /// <summary>
    /// One of 64 bits for a word, from its length and its first and last chars with ASCII letters folded: words equal
    /// ignoring case (ordinally) get the same bit, as an ASCII char equals no other char under that comparison.
    /// </summary>
    public static ulong WordBit(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 1;
        }

        uint first = word[0] < 128 ? (uint)(word[0] | 0x20) : 0;
        uint last = word[^1] < 128 ? (uint)(word[^1] | 0x20) : 0;
        return 1UL << (int)(((uint)word.Length * 31 + first * 7 + last) & 63);
    }

    /// <summary>Whether <paramref name="names"/> holds <paramref name="value"/>, compared ordinally ignoring case.</summary>
    public static bool ContainsIgnoreCase(this IReadOnlyList<string> names, ReadOnlySpan<char> value)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (value.Equals(names[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="names"/> holds <paramref name="value"/>, compared ordinally ignoring case.</summary>
    public static bool ContainsIgnoreCase(this EntityList<MentionText> names, ReadOnlySpan<char> value)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i].Span.Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any of <paramref name="names"/> is one of <paramref name="parts"/>, compared ordinally ignoring case.</summary>
    public static bool AnyIn(this EntityList<MentionText> names, NameParts parts)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (parts.ContainsIgnoreCase(names[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every name in <paramref name="names"/> is a single word.</summary>
    public static bool AllSingleWords(this EntityList<MentionText> names)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i].Span.Contains(' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether one of <paramref name="names"/> ends with <paramref name="value"/> as whole words, ignoring case, after at
    /// most <paramref name="maxWordsBefore"/> words: "Ursula von der Leyen" ends with "von der Leyen" after one word.
    /// </summary>
    public static bool AnyEndsWithWords(this EntityList<MentionText> names, ReadOnlySpan<char> value, int maxWordsBefore)
    {
        for (int i = 0; i < names.Count; i++)
        {
            var name = names[i].Span;
            if (name.Length > value.Length && name[^(value.Length + 1)] == ' ' && name.EndsWith(value, StringComparison.OrdinalIgnoreCase)
                && name[..^(value.Length + 1)].Count(' ') < maxWordsBefore)
            {
                return true;
            }
        }

        return false;
    }
}
