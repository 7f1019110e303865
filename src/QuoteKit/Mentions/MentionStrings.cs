namespace QuoteKit.Mentions;

/// <summary>
/// Strings shared by content: head words of mentions, names that the input does not spell as they are kept
/// ("Donald J Trump"), and the names, descriptions and cue words that go into a result. A word read twenty times in
/// an article, or in every article a thread reads, becomes one string. Looked up by a span, so a
/// word already seen costs no allocation. A fixed-size open-addressing table per thread, emptied when it fills up,
/// so its memory stays bounded whatever the input. Strings are immutable, so sharing them between documents and
/// results is safe; the table itself is never shared between threads.
/// </summary>
internal sealed class MentionStrings
{
    /// <summary>Slots of the table (a power of two); it is emptied once half of them are in use.</summary>
    private const int Slots = 1 << 13;

    /// <summary>Longer strings are not kept (a description is a few words).</summary>
    private const int MaxLength = 64;

    [ThreadStatic]
    private static MentionStrings? t_current;

    private readonly string?[] _slots = new string?[Slots];
    private int _count;

    /// <summary>This thread's table.</summary>
    public static MentionStrings ForCurrentThread => t_current ??= new MentionStrings();

    /// <summary>A string equal (ordinally) to <paramref name="value"/>: the one already in the table, or a new one, added.</summary>
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

        int mask = Slots - 1;
        for (int s = string.GetHashCode(value) & mask; ; s = (s + 1) & mask)
        {
            var entry = _slots[s];
            if (entry is null)
            {
                if (_count >= Slots / 2)
                {
                    Array.Clear(_slots);
                    _count = 0;
                    return Get(value);
                }

                var created = value.ToString();
                _slots[s] = created;
                _count++;
                return created;
            }

            if (value.SequenceEqual(entry))
            {
                return entry;
            }
        }
    }

    /// <summary>The invariant lower-case form of <paramref name="value"/>, shared like <see cref="Get"/>.</summary>
    public string GetLowerInvariant(ReadOnlySpan<char> value)
    {
        Span<char> lower = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
        value.ToLowerInvariant(lower);
        return Get(lower);
    }
}
