using System.Runtime.CompilerServices;
using FluentAssertions;

namespace QuoteKit.Tests.Api;

/// <summary>Issue 8: what a thread keeps for its next document is held strongly while small and weakly once large.</summary>
public sealed class SpareTests
{
    [Fact]
    public void Nothing_kept_takes_null()
    {
        var spare = default(Spare<List<int>>);

        spare.Take().Should().BeNull();
    }

    [Fact]
    public void A_small_item_is_taken_once()
    {
        var spare = default(Spare<List<int>>);
        var item = new List<int>();

        spare.Keep(item, large: false);

        spare.Take().Should().BeSameAs(item);
        spare.Take().Should().BeNull();
    }

    [Fact]
    public void A_large_item_still_alive_is_taken_once()
    {
        var spare = default(Spare<List<int>>);
        var item = new List<int>();

        spare.Keep(item, large: true);

        spare.Take().Should().BeSameAs(item);
        spare.Take().Should().BeNull();
    }

    [Fact]
    public void A_large_item_is_let_go_at_a_full_collection()
    {
        var spare = default(Spare<List<int>>);
        KeepNew(ref spare, large: true);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        spare.Take().Should().BeNull();
    }

    [Fact]
    public void A_small_item_survives_a_full_collection()
    {
        var spare = default(Spare<List<int>>);
        KeepNew(ref spare, large: false);

        GC.Collect();

        spare.Take().Should().NotBeNull();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KeepNew(ref Spare<List<int>> spare, bool large) => spare.Keep(new List<int>(), large);
}
