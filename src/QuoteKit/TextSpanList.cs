using System.Collections;
using System.Runtime.CompilerServices;

namespace QuoteKit;

/// <summary>
/// An immutable list of <see cref="TextSpan"/>s, such as a quote's <see cref="Quote.Parts"/>. A list of one or two
/// spans (the usual cases: one part, or a quote interrupted once by its attribution) is held in the value itself,
/// without an array, so making or reading it allocates nothing.
/// </summary>
/// <remarks>
/// Index it (<c>parts[0]</c>, <c>parts[^1]</c>), <c>foreach</c> over it (no allocation), or use it as an
/// <see cref="IReadOnlyList{T}"/> (LINQ, collection assertions; this boxes the value). The <c>default</c> value is the
/// empty list. Two lists are equal when they hold the same spans in the same order.
/// </remarks>
[CollectionBuilder(typeof(TextSpanList), nameof(Create))]
public readonly struct TextSpanList : IReadOnlyList<TextSpan>, IEquatable<TextSpanList>
{
    // Three or more spans, _many[_start.._start + _count], in an array that nothing changes; else null, with _count (0,
    // 1 or 2), _single and _second.
    private readonly TextSpan[]? _many;
    private readonly TextSpan _single;
    private readonly TextSpan _second;
    private readonly int _start;
    private readonly int _count;

    /// <summary>A list of the one span <paramref name="span"/>.</summary>
    public TextSpanList(TextSpan span)
    {
        _single = span;
        _count = 1;
    }

    private TextSpanList(TextSpan first, TextSpan second)
    {
        _single = first;
        _second = second;
        _count = 2;
    }

    private TextSpanList(TextSpan[] many, int start, int count)
    {
        _many = many;
        _start = start;
        _count = count;
    }

    /// <summary>The empty list.</summary>
    public static TextSpanList Empty => default;

    /// <summary>Number of spans.</summary>
    public int Count => _count;

    /// <summary>The span at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public TextSpan this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {_count} span(s).");
            }

            return _many is not null ? _many[_start + index] : index == 0 ? _single : _second;
        }
    }

    /// <summary>A list of <paramref name="spans"/>, copied (what a collection expression <c>[a, b]</c> calls).</summary>
    public static TextSpanList Create(ReadOnlySpan<TextSpan> spans) => spans.Length switch
    {
        0 => default,
        1 => new TextSpanList(spans[0]),
        2 => new TextSpanList(spans[0], spans[1]),
        _ => new TextSpanList(spans.ToArray(), 0, spans.Length),
    };

    /// <summary>A list of the two spans <paramref name="first"/> and <paramref name="second"/>, without an array.</summary>
    internal static TextSpanList Of(TextSpan first, TextSpan second) => new(first, second);

    /// <summary>A list over <c>spans[start..(start + count)]</c>, not copied when three or more: the caller hands the array over and never changes it again.</summary>
    internal static TextSpanList Over(TextSpan[] spans, int start, int count) => count switch
    {
        0 => default,
        1 => new TextSpanList(spans[start]),
        2 => new TextSpanList(spans[start], spans[start + 1]),
        _ => new TextSpanList(spans, start, count),
    };

    /// <summary>The spans in a new array.</summary>
    public TextSpan[] ToArray() => _many is not null ? _many.AsSpan(_start, _count).ToArray() : _count switch
    {
        1 => [_single],
        2 => [_single, _second],
        _ => [],
    };

    /// <summary>The spans as an array: the list's own when it is all of one (handed over, never to be changed), else a new one.</summary>
    internal TextSpan[] Array() => _many is not null && _start == 0 && _count == _many.Length ? _many : ToArray();

    /// <summary>An enumerator over the spans that allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<TextSpan> IEnumerable<TextSpan>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>True when <paramref name="other"/> holds the same spans in the same order.</summary>
    public bool Equals(TextSpanList other)
    {
        if (_count != other._count)
        {
            return false;
        }

        for (int i = 0; i < _count; i++)
        {
            if (this[i] != other[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextSpanList other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var span in this)
        {
            hash.Add(span);
        }

        return hash.ToHashCode();
    }

    /// <summary>True when both lists hold the same spans in the same order.</summary>
    public static bool operator ==(TextSpanList left, TextSpanList right) => left.Equals(right);

    /// <summary>True unless both lists hold the same spans in the same order.</summary>
    public static bool operator !=(TextSpanList left, TextSpanList right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => _count == 0 ? "[]" : "[" + string.Join(", ", this) + "]";

    /// <summary>Walks a <see cref="TextSpanList"/>.</summary>
    public struct Enumerator : IEnumerator<TextSpan>
    {
        private readonly TextSpanList _list;
        private int _index;

        internal Enumerator(TextSpanList list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly TextSpan Current => _list[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _list._count;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
