using FluentAssertions;
using QuoteKit.Diagnostics;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Robustness;

/// <summary>
/// Issue 8: an extraction reuses per-thread working state (pooled arrays, mention and entity objects, the
/// resolver's tables). What it returns must never point into that state, and the state must come back clean.
/// </summary>
public sealed class ReuseTests
{
    [Fact]
    public void A_returned_result_is_unchanged_by_later_extractions_on_the_same_thread()
    {
        var extractor = new QuoteExtractor(new QuoteKitOptions { IncludeTrace = true });
        var result = extractor.Extract(Repository.SeedText);
        string before = CanonicalResult.Of(result);

        extractor.Extract(NewsText.Article(new Random(3), 20_000));
        extractor.Extract(NewsText.Article(new Random(4), 3_000));

        CanonicalResult.Of(result).Should().Be(before);
    }

    [Fact]
    public void A_document_larger_than_the_kept_working_state_leaves_later_results_unchanged()
    {
        // About 400 KB: more mentions, entities and index entries than a thread keeps between documents.
        string huge = NewsText.Article(new Random(5), 400_000);
        string small = NewsText.Article(new Random(6), 4_000);
        var extractor = new QuoteExtractor();
        string expected = CanonicalResult.Of(new QuoteExtractor().Extract(small));

        extractor.Extract(huge);

        CanonicalResult.Of(extractor.Extract(small)).Should().Be(expected);
    }

    [Fact]
    public void A_large_document_gives_the_same_result_from_the_large_working_state_it_left()
    {
        // The second call reuses the working state the first grew past the kept sizes (held weakly between calls).
        string huge = NewsText.Article(new Random(7), 300_000);
        var extractor = new QuoteExtractor();
        string first = CanonicalResult.Of(extractor.Extract(huge));

        CanonicalResult.Of(extractor.Extract(huge)).Should().Be(first);
    }

    [Fact]
    public void A_large_document_result_is_unchanged_by_a_later_large_document_on_the_same_thread()
    {
        var extractor = new QuoteExtractor();
        var result = extractor.Extract(NewsText.Article(new Random(8), 300_000));
        string before = CanonicalResult.Of(result);

        extractor.Extract(NewsText.Article(new Random(9), 300_000));

        CanonicalResult.Of(result).Should().Be(before);
    }

    [Fact]
    public void A_quote_across_paragraphs_keeps_its_parts_after_later_quotes_across_paragraphs_on_the_same_thread()
    {
        const string first = "The mayor spoke on Monday.\n\n“We will build the bridge this year and the road next year.\n\n“Then we will open the new school,” Mayor Ana Ruiz said.\n";
        const string second = "The governor answered on Tuesday.\n\n“Nothing was promised.\n\n“Nothing was paid either, and nobody asked us,” Governor Tom Hale said.\n";
        var extractor = new QuoteExtractor();
        var result = extractor.Extract(first);
        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Parts.Should().HaveCount(2);
        var parts = quote.Parts.ToArray();

        extractor.Extract(second).Quotes.Should().ContainSingle().Which.Parts.Should().HaveCount(2);

        quote.Parts.Should().Equal(parts);
        quote.Parts.Select(p => p.Of(first)).Should().Equal("We will build the bridge this year and the road next year.", "Then we will open the new school,");
    }

    [Theory]
    [InlineData(0.4)]
    [InlineData(0.7)]
    [InlineData(0.95)]
    public void An_extraction_cancelled_part_way_leaves_the_next_one_on_the_thread_unchanged(double share)
    {
        string text = NewsText.Article(new Random(7), 100_000);
        string small = NewsText.Article(new Random(8), 4_000);
        var extractor = new QuoteExtractor();
        string expected = CanonicalResult.Of(extractor.Extract(small));
        long total;
        using (var full = WorkCounter.Start())
        {
            extractor.Extract(text);
            total = full.Total;
        }

        using var cts = new CancellationTokenSource();
        using (WorkCounter.Start().OnReaching((long)(total * share), cts.Cancel))
        {
            var act = () => extractor.Extract(text, cts.Token);
            act.Should().Throw<OperationCanceledException>();
        }

        CanonicalResult.Of(extractor.Extract(small)).Should().Be(expected);
    }
}
