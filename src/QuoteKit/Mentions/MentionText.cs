namespace QuoteKit.Mentions;

/// <summary>
/// A name, name part or description that a mention or an entity keeps: a slice of the document's text when the
/// input spells it as it is meant ("Vladimir Putin", "Russian leader"), or of a string made for it otherwise
/// ("Donald J Trump" from "Donald J. Trump"). No string is made for the slices: the mention finder reads hundreds of
/// candidates per article and only the few that end up in a speaker become strings (<see cref="ToShared"/>).
/// A slice of the input keeps the input alive as long as the value is kept; mentions and entities are emptied
/// before their objects are kept for another document.
/// </summary>
internal readonly struct MentionText
{
    private readonly string? _source;
    private readonly int _start;
    private readonly int _length;

    /// <summary>The chars [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of <paramref name="source"/>.</summary>
    public MentionText(string source, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, source.Length - start);
        _source = source;
        _start = start;
        _length = length;
    }

    /// <summary>The whole of <paramref name="value"/>.</summary>
    public MentionText(string value)
        : this(value, 0, value.Length)
    {
    }

    /// <summary>No text (the default value): a mention without a name or a description.</summary>
    public bool IsNone => _source is null;

    public int Length => _length;

    public ReadOnlySpan<char> Span => _source is null ? default : _source.AsSpan(_start, _length);

    /// <summary>
    /// The text that starts where this one does and spells <paramref name="composed"/>: a slice of the same source
    /// when the source goes on that way ("China’s" then "China’s state broadcaster"), else none.
    /// </summary>
    public MentionText Extended(ReadOnlySpan<char> composed)
    {
        if (_source is not null && composed.Length <= _source.Length - _start && _source.AsSpan(_start, composed.Length).SequenceEqual(composed))
        {
            return new MentionText(_source, _start, composed.Length);
        }

        return default;
    }

    /// <summary>The chars [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of this text.</summary>
    public MentionText Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)start + (ulong)(uint)length, (ulong)(uint)_length);
        return new MentionText(_source!, _start + start, length);
    }

    /// <summary>Whether both spell the same text, compared ordinally ignoring case.</summary>
    public bool EqualsIgnoreCase(MentionText other) => Span.Equals(other.Span, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text as a string from this thread's table of shared strings (<see cref="MentionStrings"/>).</summary>
    public string ToShared() => MentionStrings.ForCurrentThread.Get(Span);

    public override string ToString() => Span.ToString();
}

/// <summary>
/// The words of a name ("Vladimir", "Putin"): the slices of the name between its single spaces (a token holds no
/// space, and a name is its words joined by one space). Nothing is stored but the name and the count.
/// </summary>
internal readonly struct NameParts
{
    private readonly MentionText _name;

    public NameParts(MentionText name)
    {
        _name = name;
        Length = name.IsNone ? 0 : name.Span.Count(' ') + 1;
    }

    /// <summary>How many words the name has (0 without a name).</summary>
    public int Length { get; }

    /// <summary>Word <paramref name="index"/> of the name.</summary>
    public MentionText this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length);
            var chars = _name.Span;
            int start = 0;
            for (int p = 0; p < index; p++)
            {
                start += chars[start..].IndexOf(' ') + 1;
            }

            int length = chars[start..].IndexOf(' ');
            return _name.Slice(start, length < 0 ? chars.Length - start : length);
        }
    }

    /// <summary>Whether one of the words is <paramref name="value"/>, compared ordinally ignoring case.</summary>
    public bool ContainsIgnoreCase(MentionText value)
    {
        for (int p = 0; p < Length; p++)
        {
            if (this[p].EqualsIgnoreCase(value))
            {
                return true;
            }
        }

        return false;
    }
}
