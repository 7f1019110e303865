namespace QuoteKit.Mentions;

/// <summary>
/// The strings that mentions keep (name parts, names, descriptions, head words), shared by content: a name read
/// twenty times in an article, or in every article a thread reads, becomes one string. Looked up by a span, so a
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

    // For a name in a slot, the array of its parts handed out with it (never changed by its users).
    private readonly string[]?[] _partsOf = new string[]?[Slots];
    private int _count;

    /// <summary>Room for a name's words while a mention is built (a name run has at most a dozen); emptied after each use.</summary>
    public string[] NameWords { get; } = new string[32];

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
                    Array.Clear(_partsOf);
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

    /// <summary>
    /// An array holding <paramref name="parts"/>, shared by every mention of the name <paramref name="name"/> (a string
    /// from <see cref="Get"/>): the array handed out before for that name when it has the same parts, else a new one.
    /// </summary>
    public string[] GetParts(string name, ReadOnlySpan<string> parts)
    {
        int slot = SlotOf(name);
        if (slot >= 0 && _partsOf[slot] is { } known && known.AsSpan().SequenceEqual(parts))
        {
            return known;
        }

        var created = parts.ToArray();
        if (slot >= 0)
        {
            _partsOf[slot] = created;
        }

        return created;
    }

    /// <summary>The slot holding this very string, or -1.</summary>
    private int SlotOf(string value)
    {
        if (value.Length == 0 || value.Length > MaxLength)
        {
            return -1;
        }

        int mask = Slots - 1;
        for (int s = string.GetHashCode(value.AsSpan()) & mask; ; s = (s + 1) & mask)
        {
            var entry = _slots[s];
            if (entry is null)
            {
                return -1;
            }

            if (ReferenceEquals(entry, value))
            {
                return s;
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
