using FluentAssertions;

namespace QuoteKit.Tests.Api;

/// <summary>The span list of <see cref="Quote.Parts"/> and <see cref="Quote.Fragments"/> behaves as a read-only list.</summary>
public sealed class TextSpanListTests
{
    private static readonly TextSpan A = new(0, 5);
    private static readonly TextSpan B = new(10, 20);
    private static readonly TextSpan C = new(30, 31);

    [Fact]
    public void Default_is_the_empty_list()
    {
        TextSpanList list = default;

        list.Count.Should().Be(0);
        list.Should().BeEmpty();
        (list == TextSpanList.Empty).Should().BeTrue();
    }

    [Fact]
    public void A_list_of_one_span_holds_it()
    {
        var list = new TextSpanList(B);

        list.Count.Should().Be(1);
        list[0].Should().Be(B);
        list[^1].Should().Be(B);
    }

    [Fact]
    public void A_list_of_two_spans_is_made_without_an_array()
    {
        _ = TextSpanList.Create([A, B]);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var list = TextSpanList.Create([A, B]);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        list.Should().Equal(A, B);
    }

    [Fact]
    public void A_collection_expression_keeps_the_spans_in_order()
    {
        TextSpanList list = [A, B, C];

        list.Should().Equal(A, B, C);
        list[^1].Should().Be(C);
    }

    [Fact]
    public void An_index_outside_the_list_throws()
    {
        TextSpanList list = [A, B];

        var act = () => list[2];

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("index");
    }

    [Fact]
    public void A_negative_index_on_a_list_of_one_throws()
    {
        var list = new TextSpanList(A);

        var act = () => list[-1];

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Lists_with_the_same_spans_in_the_same_order_are_equal()
    {
        TextSpanList first = [A, B];
        TextSpanList second = TextSpanList.Create([A, B]);

        (first == second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Lists_with_other_spans_or_another_order_differ()
    {
        TextSpanList list = [A, B];

        (list == [B, A]).Should().BeFalse();
        (list != [A]).Should().BeTrue();
        list.Equals(new TextSpanList(A)).Should().BeFalse();
    }

    [Fact]
    public void A_list_of_one_equals_a_collection_expression_of_one()
    {
        (new TextSpanList(C) == [C]).Should().BeTrue();
    }

    [Fact]
    public void Changing_a_copied_array_leaves_the_list_as_it_was()
    {
        TextSpanList list = [A, B];

        var copy = list.ToArray();
        copy[0] = C;

        list[0].Should().Be(A);
    }

    [Fact]
    public void Changing_the_source_of_a_collection_expression_leaves_the_list_as_it_was()
    {
        var source = new[] { A, B };
        var list = TextSpanList.Create(source);

        source[1] = C;

        list[1].Should().Be(B);
    }

    [Fact]
    public void Foreach_and_linq_see_the_same_spans()
    {
        TextSpanList list = [A, B, C];
        var seen = new List<TextSpan>();
        foreach (var span in list)
        {
            seen.Add(span);
        }

        seen.Should().Equal(list.ToList());
    }

    [Fact]
    public void Printing_lists_the_spans()
    {
        TextSpanList list = [A, B];

        list.ToString().Should().Be("[[0..5), [10..20)]");
        TextSpanList.Empty.ToString().Should().Be("[]");
    }
}
