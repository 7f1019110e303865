using System.Collections;
using System.Runtime.InteropServices;

namespace QuoteKit.Entities;

/// <summary>
/// A read-only view of one of an entity's lists (names, name parts, descriptions, heads, members): a struct over the
/// list, or over nothing while the entity has none. The resolver reads these lists for every candidate entity of every
/// mention; through the struct its loops make direct calls that inline, where an interface made a dispatched call per
/// count and per item.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal readonly struct EntityList<T> : IReadOnlyList<T>
{
    private readonly List<T>? _list;

    /// <summary>A view of <paramref name="list"/>; empty when it is null.</summary>
    public EntityList(List<T>? list) => _list = list;

    /// <summary>How many items the list holds.</summary>
    public int Count => _list is null ? 0 : _list.Count;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => _list is null ? throw new ArgumentOutOfRangeException(nameof(index)) : _list[index];

    /// <summary>Enumerates the items without allocating; the list must not change meanwhile.</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => ((ReadOnlySpan<T>)CollectionsMarshal.AsSpan(_list)).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>?)_list ?? []).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();
}
