using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace QuoteKit.Text;

/// <summary>
/// A seeded multiply hash over chars for the library's own hash tables of words and keys: four chars to a multiply,
/// cheaper than <see cref="string.GetHashCode(ReadOnlySpan{char})"/> (Marvin) on the short words those tables hold.
/// The seed is chosen per process, so that a crafted document cannot choose words that all fall into one bucket; every
/// table that uses it still compares the chars on a hash match.
/// </summary>
internal static class CharHash
{
    /// <summary>The per-process seed.</summary>
    public static readonly uint Seed = (uint)Random.Shared.Next();

    /// <summary>The hash of <paramref name="chars"/> (ordinal: equal spans hash alike).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(ReadOnlySpan<char> chars) => Finish(Mix(Seed, chars));

    /// <summary>Mixes the chars into <paramref name="h"/> four at a time (one multiply each), then the last few one at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint h, ReadOnlySpan<char> chars)
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

    /// <summary>Spreads the bits of <paramref name="h"/> over the low ones, which a power-of-two table's mask keeps.</summary>
    public static int Finish(uint h)
    {
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)h;
    }
}
