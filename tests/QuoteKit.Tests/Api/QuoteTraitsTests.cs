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
        var first = QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, null, null, null);
        var second = QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, null, null, null);

        second.Should().BeSameAs(first);
    }

    [Fact]
    public void Traits_of_another_confidence_are_not_shared()
    {
        var first = QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, null, null, null);
        var other = QuoteTraits.Of(QuoteKind.Direct, 0.95, "CueAdjacencySieve", 0, null, null, null);

        other.Confidence.Should().Be(0.95);
        other.Should().NotBeSameAs(first);
    }

    [Fact]
    public void A_negative_zero_confidence_stays_negative_zero()
    {
        QuoteTraits.Of(QuoteKind.Direct, 0.0, "Unattributed", 0, null, null, null);

        var traits = QuoteTraits.Of(QuoteKind.Direct, -0.0, "Unattributed", 0, null, null, null);

        double.IsNegative(traits.Confidence).Should().BeTrue();
    }

    [Fact]
    public void Traits_with_a_trace_are_the_quote_own()
    {
        var trace = new AttributionTrace("CueAdjacencySieve", "the mention follows the cue", []);

        var traits = QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, trace, null, null);

        traits.Should().NotBeSameAs(QuoteTraits.Of(QuoteKind.Direct, 0.9, "CueAdjacencySieve", 0, null, null, null));
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
            var traits = QuoteTraits.Of(kind, confidence, sieve, parts, null, null, null);
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
    public void A_quote_is_eighty_bytes()
    {
        var parts = new TextSpanList(new TextSpan(14, 30));
        _ = new Quote(null, new TextSpan(14, 30), parts, QuoteKind.Direct, null, null, null, 0.9, "CueAdjacencySieve", null, input: Input);

        long before = GC.GetAllocatedBytesForCurrentThread();
        _ = new Quote(null, new TextSpan(14, 30), parts, QuoteKind.Direct, null, null, null, 0.9, "CueAdjacencySieve", null, input: Input);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(80);
    }
}
