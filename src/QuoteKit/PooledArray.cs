using System.Buffers;

namespace QuoteKit;

/// <summary>
/// Working arrays of one extraction, rented from <see cref="ArrayPool{T}.Shared"/>: they may be longer than asked
/// for, and their contents are whatever an earlier user left, so the renter clears what it reads.
/// </summary>
internal static class PooledArray
{
    /// <summary>An array of at least <paramref name="length"/> elements (at least one, so an empty document needs no special case).</summary>
    public static T[] Rent<T>(int length) => ArrayPool<T>.Shared.Rent(Math.Max(1, length));

    /// <summary>Returns <paramref name="array"/> to the pool, once, and leaves an empty array in its place.</summary>
    public static void Return<T>(ref T[] array)
    {
        var a = array;
        array = [];
        if (a.Length > 0)
        {
            ArrayPool<T>.Shared.Return(a);
        }
    }
}
