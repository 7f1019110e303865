using System.Numerics;
using System.Text;
using QuoteKit.Mentions;

namespace QuoteKit.Entities;

/// <summary>
/// A key of the resolver's indexes: an article segment, the kind of index ('|' name part, 'd' description,
/// 'g' group description) and a name or description compared as its invariant lower-case form — the same
/// equality as the lower-cased string key it replaces, without building that string for every lookup.
/// </summary>
internal readonly record struct EntityKey(int Segment, char Kind, MentionText Value);

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

        var xs = x.Value.Span;
        var ys = y.Value.Span;
        if (xs.SequenceEqual(ys))
        {
            return true;
        }

        if (Ascii.IsValid(xs) && Ascii.IsValid(ys))
        {
            return Ascii.EqualsIgnoreCase(xs, ys); // the invariant lower case of ASCII is its ASCII lower case
        }

        int n = xs.Length;
        Span<char> a = n <= StackLimit ? stackalloc char[n] : new char[n];
        Span<char> b = n <= StackLimit ? stackalloc char[n] : new char[n];
        xs.ToLowerInvariant(a);
        ys.ToLowerInvariant(b);
        return a.SequenceEqual(b);
    }

    public int GetHashCode(EntityKey key)
    {
        uint h = Seed ^ ((uint)key.Segment * 0x9E3779B1u) ^ ((uint)key.Kind << 16);
        var value = key.Value.Span;
        if (TryHashLowered(h, value, out uint hash))
        {
            return Finish(hash);
        }

        // A surrogate pair lower-cases as one code point: lower-case the whole value, then hash its chars as they are.
        int n = value.Length;
        Span<char> lower = n <= StackLimit ? stackalloc char[n] : new char[n];
        value.ToLowerInvariant(lower);
        foreach (char c in lower)
        {
            h = Mix(h, c);
        }

        return Finish(h);
    }

    /// <summary>
    /// Mixes the invariant lower case of each char of <paramref name="chars"/> into <paramref name="h"/>, char by char
    /// (ASCII capitals folded in place, general punctuation kept as it is, other chars by <see cref="char.ToLowerInvariant(char)"/>, which lower-cases a
    /// char outside a surrogate pair as the span's lower-casing does); false at a surrogate.
    /// </summary>
    private static bool TryHashLowered(uint h, ReadOnlySpan<char> chars, out uint hash)
    {
        foreach (char c in chars)
        {
            uint u = c;
            if (u < 0x80)
            {
                if (u - 'A' <= 'Z' - 'A')
                {
                    u |= 0x20;
                }
            }
            else if (u - 0x2000 <= 0x206F - 0x2000)
            {
                // General punctuation (’, –, —, “): no char of the block has a lower-case form, so no ICU call.
            }
            else if (char.IsSurrogate(c))
            {
                hash = 0;
                return false;
            }
            else
            {
                u = char.ToLowerInvariant(c);
            }

            h = Mix(h, u);
        }

        hash = h;
        return true;
    }

    private static uint Mix(uint h, uint c) => BitOperations.RotateLeft((h ^ c) * 0x01000193u, 13);

    private static int Finish(uint h)
    {
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)h;
    }
}
