namespace QuoteKit.Entities;

/// <summary>
/// A key of the resolver's indexes: an article segment, the kind of index ('|' name part, 'd' description,
/// 'g' group description) and a name or description compared as its invariant lower-case form — the same
/// equality as the lower-cased string key it replaces, without building that string for every lookup.
/// </summary>
internal readonly record struct EntityKey(int Segment, char Kind, string Value);

/// <summary>Compares <see cref="EntityKey"/> values with their <see cref="EntityKey.Value"/> lower-cased (invariant culture).</summary>
internal sealed class EntityKeyComparer : IEqualityComparer<EntityKey>
{
    private const int StackLimit = 256;

    public static readonly EntityKeyComparer Instance = new();

    public bool Equals(EntityKey x, EntityKey y)
    {
        if (x.Segment != y.Segment || x.Kind != y.Kind || x.Value.Length != y.Value.Length)
        {
            return false; // invariant lower-casing never changes a string's length
        }

        if (string.Equals(x.Value, y.Value, StringComparison.Ordinal))
        {
            return true;
        }

        int n = x.Value.Length;
        Span<char> a = n <= StackLimit ? stackalloc char[n] : new char[n];
        Span<char> b = n <= StackLimit ? stackalloc char[n] : new char[n];
        x.Value.AsSpan().ToLowerInvariant(a);
        y.Value.AsSpan().ToLowerInvariant(b);
        return a.SequenceEqual(b);
    }

    public int GetHashCode(EntityKey key)
    {
        int n = key.Value.Length;
        Span<char> lower = n <= StackLimit ? stackalloc char[n] : new char[n];
        key.Value.AsSpan().ToLowerInvariant(lower);
        return HashCode.Combine(key.Segment, key.Kind, string.GetHashCode(lower));
    }
}
