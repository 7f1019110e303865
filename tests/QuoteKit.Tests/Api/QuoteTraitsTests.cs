using FluentAssertions;

namespace QuoteKit.Tests.Api;

/// <summary>
/// A quote keeps its kind, confidence, sieve and part count in a <see cref="QuoteTraits"/> shared by quotes with the same
/// values, and its cue and mention spans as starts: what it reports must not depend on that.
/// </summary>
public sealed class QuoteTraitsTests
{
    private const string Input = "Ann Lee said: we will build it.";

    [Fact]
    public void Quotes_with_the_same_kind_confidence_sieve_and_parts_share_their_traits()
    {
        var first = QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, 0, null);
        var second = QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, 0, null);

        second.Should().BeSameAs(first);
    }

    [Fact]
    public void Traits_of_another_confidence_are_not_shared()
    {
        var first = QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, 0, null);
        var other = QuoteTraits.Of(QuoteKind.Direct, 0.95, "CueAdjacencySieve", 0, 0, null);

        other.Confidence.Should().Be(0.95);
        other.Should().NotBeSameAs(first);
    }

    [Fact]
    public void A_negative_zero_confidence_stays_negative_zero()
    {
        QuoteTraits.Of(QuoteKind.Direct, 0.0, "Unattributed", 0, 0, null);

        var traits = QuoteTraits.Of(QuoteKind.Direct, -0.0, "Unattributed", 0, 0, null);

        double.IsNegative(traits.Confidence).Should().BeTrue();
    }

    [Fact]
    public void Traits_with_a_trace_are_the_quote_own()
    {
        var trace = new AttributionTrace("CueAdjacencySieve", "the mention follows the cue", []);

        var traits = QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, 0, null, trace);

        traits.Should().NotBeSameAs(QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, 0, null));
        traits.Trace.Should().BeSameAs(trace);
    }

    [Fact]
    public void Traits_asked_for_on_many_threads_at_once_have_the_values_asked_for()
    {
        // More sets of values than the table has slots, so threads keep replacing each other's entries.
        string[] sieves = ["CueAdjacencySieve", "ClauseSubjectSieve", "AccordingToSieve", "Unattributed"];
        int wrong = 0;

        Parallel.For(0, 40_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var (kind, confidence, sieve, parts) = ((QuoteKind)(i % 4), (i % 300) / 300.0, sieves[i % sieves.Length], i % 3);
            var traits = QuoteTraits.Of(kind, confidence, sieve, parts, 0, null);
            if (traits.Kind != kind || traits.Confidence != confidence || traits.Sieve != sieve || traits.PartCount != parts)
            {
                Interlocked.Increment(ref wrong);
            }
        });

        wrong.Should().Be(0);
    }

    [Fact]
    public void A_quote_reports_the_kind_confidence_and_sieve_it_was_made_with()
    {
        var quote = new Quote(null, new TextSpan(14, 30), [new TextSpan(14, 30)], QuoteKind.Partial, null, null, null, 0.7, "ClauseSubjectSieve", null, input: Input);

        (quote.Kind, quote.Confidence, quote.Sieve).Should().Be((QuoteKind.Partial, 0.7, "ClauseSubjectSieve"));
    }

    [Fact]
    public void A_cue_and_mention_as_long_as_their_texts_keep_their_spans()
    {
        var quote = new Quote(null, new TextSpan(14, 30), [new TextSpan(14, 30)], QuoteKind.Direct, new Cue("said", new TextSpan(8, 12)), null, new SpeakerMention("Ann Lee", new TextSpan(0, 7)), 0.9, "CueAdjacencySieve", null, input: Input);

        quote.Cue.Should().Be(new Cue("said", new TextSpan(8, 12)));
        quote.SpeakerMention.Should().Be(new SpeakerMention("Ann Lee", new TextSpan(0, 7)));
    }

    [Fact]
    public void A_cue_and_mention_longer_than_their_texts_keep_their_spans()
    {
        var quote = new Quote(null, new TextSpan(14, 30), [new TextSpan(14, 30)], QuoteKind.Direct, new Cue("said", new TextSpan(8, 13)), null, new SpeakerMention("Lee", new TextSpan(0, 7)), 0.9, "CueAdjacencySieve", null, input: Input);

        quote.Cue.Should().Be(new Cue("said", new TextSpan(8, 13)));
        quote.SpeakerMention.Should().Be(new SpeakerMention("Lee", new TextSpan(0, 7)));
    }

    [Fact]
    public void Quotes_with_other_cue_words_do_not_share_their_traits()
    {
        var said = QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, 0, "said");
        var told = QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, 0, "told");

        (said.CueText, told.CueText).Should().Be(("said", "told"));
    }

    [Fact]
    public void A_quote_is_sixty_four_bytes()
    {
        var parts = new TextSpanList(new TextSpan(14, 30));
        _ = new Quote(null, new TextSpan(14, 30), parts, QuoteKind.Direct, null, null, null, 0.9, "CueAdjacencySieve", null, input: Input);

        long before = GC.GetAllocatedBytesForCurrentThread();
        _ = new Quote(null, new TextSpan(14, 30), parts, QuoteKind.Direct, null, null, null, 0.9, "CueAdjacencySieve", null, input: Input);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(64);
    }

    [Fact]
    public void A_quote_of_two_parts_with_its_cue_and_mention_is_one_object()
    {
        const string input = "“We will build it,” Ann Lee said, “and soon.”";
        TextSpanList parts = [new TextSpan(1, 18), new TextSpan(35, 44)];
        Quote Make() => new(null, new TextSpan(1, 44), parts, QuoteKind.Direct, new Cue("said", new TextSpan(28, 32)), null, new SpeakerMention("Ann Lee", new TextSpan(20, 27)), 0.9, "CueAdjacencySieve", null, input: input);
        _ = Make();

        long before = GC.GetAllocatedBytesForCurrentThread();
        var quote = Make();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(64);
        quote.Parts.Should().Equal(parts);
    }

    [Fact]
    public void A_cue_and_mention_farther_from_the_quote_than_its_offsets_reach_keep_their_spans()
    {
        string input = new string('x', 80_000) + "Ann Lee said: we will build it.";
        var span = new TextSpan(80_014, 80_030);
        var cue = new Cue("said", new TextSpan(80_008, 80_012));
        var mention = new SpeakerMention("Ann", new TextSpan(0, 3));

        var quote = new Quote(null, span, [span], QuoteKind.Direct, cue, null, mention, 0.9, "CueAdjacencySieve", null, input: input);

        quote.Cue.Should().Be(cue);
        quote.SpeakerMention.Should().Be(mention);
    }

    [Fact]
    public void A_cue_far_after_the_quote_keeps_its_span()
    {
        string input = "we" + new string('x', 80_000) + " said";
        var cue = new Cue("said", new TextSpan(80_003, 80_007));

        var quote = new Quote(null, new TextSpan(0, 2), [new TextSpan(0, 2)], QuoteKind.Direct, cue, null, null, 0.9, "CueAdjacencySieve", null, input: input);

        quote.Cue.Should().Be(cue);
    }

    [Fact]
    public void Two_parts_farther_apart_than_the_offsets_reach_are_kept_as_they_are()
    {
        string input = new string('x', 140_000);
        TextSpanList parts = [new TextSpan(10, 20), new TextSpan(70_000, 130_000)];

        var quote = new Quote(null, new TextSpan(10, 130_000), parts, QuoteKind.Direct, null, null, null, 0, "Unattributed", null, input: input);

        quote.Parts.Should().Equal(parts);
    }

    [Fact]
    public void A_fragment_farther_from_the_quote_start_than_the_offsets_reach_is_kept_as_it_is()
    {
        string input = new string('x', 140_000);
        var span = new TextSpan(10, 130_000);
        var fragment = new TextSpan(69_000, 69_010);

        var quote = new Quote(null, span, [span], QuoteKind.Mixed, null, null, null, 0, "Unattributed", null, [fragment], input);

        quote.Fragments.Should().Equal(fragment);
        quote.Parts.Should().Equal(span);
    }

    [Fact]
    public void A_quote_of_three_parts_reports_them_in_order()
    {
        const string input = "“One,” she said, “two,” she added, “three.”";
        TextSpanList parts = [new TextSpan(1, 5), new TextSpan(18, 22), new TextSpan(36, 42)];

        var quote = new Quote(null, new TextSpan(1, 42), parts, QuoteKind.Direct, null, null, null, 0, "Unattributed", null, input: input);

        quote.Parts.Should().Equal(parts);
        quote.Fragments.Should().BeEmpty();
    }
}
