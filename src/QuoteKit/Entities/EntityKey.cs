using System.Numerics;
using System.Text;

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

    // A per-process seed, so that a crafted document cannot choose names that all fall into one bucket.
    private static readonly uint Seed = (uint)Random.Shared.Next();

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

        if (Ascii.IsValid(x.Value) && Ascii.IsValid(y.Value))
        {
            return Ascii.EqualsIgnoreCase(x.Value, y.Value); // the invariant lower case of ASCII is its ASCII lower case
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
        uint h = Seed ^ ((uint)key.Segment * 0x9E3779B1u) ^ ((uint)key.Kind << 16);
        var value = key.Value.AsSpan();
        if (Ascii.IsValid(value))
        {
            return Finish(HashFolded(h, value));
        }

        // Hashed as its invariant lower case: the same chars, hence the same hash, as any ASCII value equal to it.
        int n = value.Length;
        Span<char> lower = n <= StackLimit ? stackalloc char[n] : new char[n];
        value.ToLowerInvariant(lower);
        return Finish(HashFolded(h, lower));
    }

    /// <summary>Mixes the chars of <paramref name="chars"/> into <paramref name="h"/>, ASCII capitals as their lower case.</summary>
    private static uint HashFolded(uint h, ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            uint u = c;
            if (u - 'A' <= 'Z' - 'A')
            {
                u |= 0x20;
            }

            h = BitOperations.RotateLeft((h ^ u) * 0x01000193u, 13);
        }

        return h;
    }

    private static int Finish(uint h)
    {
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)h;
    }
}
