namespace QuoteKit.Mentions;

/// <summary>
/// Strings shared by content: head words of mentions, names that the input does not spell as they are kept
/// ("Donald J Trump"), and the names, descriptions and cue words that go into a result. A word read twenty times in
/// an article, or in every article a thread reads, becomes one string. Looked up by a span, so a
/// word already seen costs no allocation. Two fixed-size open-addressing tables per thread, a current one and the
/// one before it: when the current table is half full it becomes the older one and the older one is emptied, and a
/// string found only in the older table is moved into the current one. So the words every article uses ("said",
/// "he", "told", "president") stay whatever the stream of new names, and memory stays bounded whatever the input.
/// Strings are immutable, so sharing them between documents and results is safe; the tables are never shared between threads.
/// </summary>
internal sealed class MentionStrings
{
    /// <summary>Slots of each table (a power of two); the current one is retired once half of them are in use.</summary>
    private const int Slots = 1 << 13;

    /// <summary>Longer strings are not kept (a description is a few words).</summary>
    private const int MaxLength = 64;

    [ThreadStatic]
    private static MentionStrings? t_current;

    private string?[] _slots = new string?[Slots];
    private string?[] _older = new string?[Slots];
    private int _count;

    /// <summary>This thread's table.</summary>
    public static MentionStrings ForCurrentThread => t_current ??= new MentionStrings();

    /// <summary>A string equal (ordinally) to <paramref name="value"/>: the one already in the tables, or a new one, added.</summary>
    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        if (value.Length > MaxLength)
        {
            return value.ToString();
        }

        const int mask = Slots - 1;
        int hash = string.GetHashCode(value);
        int s = hash & mask;
        for (var entry = _slots[s]; entry is not null; entry = _slots[s])
        {
            if (value.SequenceEqual(entry))
            {
                return entry;
            }

            s = (s + 1) & mask;
        }

        // Not in the current table: the older one's string moves to the current table, else a new string is made.
        string? kept = Find(_older, value, hash);
        if (_count >= Slots / 2)
        {
            (_older, _slots) = (_slots, _older);
            Array.Clear(_slots);
            _count = 0;
            s = hash & mask;
        }

        var result = kept ?? value.ToString();
        _slots[s] = result;
        _count++;
        return result;
    }

    /// <summary>The invariant lower-case form of <paramref name="value"/>, shared like <see cref="Get"/>.</summary>
    public string GetLowerInvariant(ReadOnlySpan<char> value)
    {
        Span<char> lower = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
        value.ToLowerInvariant(lower);
        return Get(lower);
    }

    /// <summary>The string of <paramref name="table"/> equal to <paramref name="value"/>, or null.</summary>
    private static string? Find(string?[] table, ReadOnlySpan<char> value, int hash)
    {
        const int mask = Slots - 1;
        for (int s = hash & mask; table[s] is { } entry; s = (s + 1) & mask)
        {
            if (value.SequenceEqual(entry))
            {
                return entry;
            }
        }

        return null;
    }
}
