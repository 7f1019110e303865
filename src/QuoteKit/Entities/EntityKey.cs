using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
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
        int n = value.Length;
        Span<char> lower = n <= StackLimit ? stackalloc char[n] : new char[n];
        if (Ascii.ToLower(value, lower, out int done) != OperationStatus.Done && !TryLowerRest(value, lower, done))
        {
            value.ToLowerInvariant(lower); // a surrogate pair lower-cases as one code point: the whole value at once
        }

        return Finish(HashChars(h, lower));
    }

    /// <summary>
    /// Writes the invariant lower case of <paramref name="chars"/> from <paramref name="from"/> on into
    /// <paramref name="lower"/>, char by char (ASCII capitals folded, general punctuation kept as it is, other chars by
    /// <see cref="char.ToLowerInvariant(char)"/>, which lower-cases a char outside a surrogate pair as the span's
    /// lower-casing does, with no ICU call for the punctuation); false at a surrogate.
    /// </summary>
    private static bool TryLowerRest(ReadOnlySpan<char> chars, Span<char> lower, int from)
    {
        for (int i = from; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c < 0x80)
            {
                lower[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }
            else if ((uint)(c - 0x2000) <= 0x206F - 0x2000)
            {
                lower[i] = c; // general punctuation (’, –, —, “): no char of the block has a lower-case form
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
            else
            {
                lower[i] = char.ToLowerInvariant(c);
            }
        }

        return true;
    }

    /// <summary>Mixes the chars into <paramref name="h"/> four at a time (one multiply each), then the last few one at a time.</summary>
    private static uint HashChars(uint h, ReadOnlySpan<char> chars)
    {
        ulong state = h;
        var blocks = MemoryMarshal.Cast<char, ulong>(chars);
        foreach (ulong block in blocks)
        {
            state = BitOperations.RotateLeft((state ^ block) * 0x9E3779B97F4A7C15UL, 29);
        }

        for (int i = blocks.Length * 4; i < chars.Length; i++)
        {
            state = BitOperations.RotateLeft((state ^ chars[i]) * 0x9E3779B97F4A7C15UL, 29);
        }

        return (uint)(state ^ (state >> 32));
    }

    private static int Finish(uint h)
    {
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)h;
    }
}
