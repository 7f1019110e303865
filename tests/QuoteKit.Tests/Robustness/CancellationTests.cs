using FluentAssertions;
using QuoteKit.Diagnostics;

namespace QuoteKit.Tests.Robustness;

/// <summary>
/// Issue 9: a cancelled token stops Extract promptly. "Mid-way" and "promptly" are measured in counted work
/// (<see cref="WorkCounter"/>), not time: the token is cancelled when the extraction has done a chosen share of its
/// work, and the work done after that must stay within a small budget.
/// </summary>
public sealed class CancellationTests
{
    /// <summary>Work allowed after cancellation: a twentieth of the whole extraction.</summary>
    private const double PromptnessShare = 0.05;

    private static readonly QuoteExtractor Extractor = new(new QuoteKitOptions { IncludeTrace = true });

    private static readonly Lazy<string> LongArticle = new(() => NewsText.Article(new Random(5), 500_000));

    private static readonly Lazy<string> OneHugeParagraph = new(() =>
    {
        // 300,000 characters of sentences with quotes and cues, and not one line break.
        var rng = new Random(6);
        var sb = new System.Text.StringBuilder(300_100);
        while (sb.Length < 300_000)
        {
            sb.Append(NewsText.Sentence(rng)).Append(' ');
        }

        return sb.ToString();
    });

    [Fact]
    public void A_token_cancelled_before_the_call_throws_OperationCanceledException_carrying_that_token()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => Extractor.Extract(LongArticle.Value, cts.Token);
        act.Should().Throw<OperationCanceledException>().Which.CancellationToken.Should().Be(cts.Token);
    }

    [Fact]
    public void A_token_cancelled_before_the_call_does_no_work()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var tally = WorkCounter.Start();
        var act = () => Extractor.Extract(LongArticle.Value, cts.Token);
        act.Should().Throw<OperationCanceledException>();
        tally.Total.Should().Be(0);
    }

    [Theory]
    [InlineData(0.02)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void Cancelling_part_way_through_a_long_article_throws_OperationCanceledException(double share)
    {
        var (_, thrown) = CancelAt(LongArticle.Value, share);
        thrown.Should().BeOfType<OperationCanceledException>();
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void Cancelling_part_way_through_a_long_article_stops_within_a_twentieth_of_the_work(double share)
    {
        var (tally, _) = CancelAt(LongArticle.Value, share);
        (tally.Total - tally.TriggeredAt).Should().BeLessThanOrEqualTo(PromptnessBudget(tally, share));
    }

    [Fact]
    public void Cancelling_during_the_paragraph_pass_stops_within_a_twentieth_of_the_work()
    {
        var (tally, _) = CancelAt(LongArticle.Value, 0.02);
        (tally.Total - tally.TriggeredAt).Should().BeLessThanOrEqualTo(PromptnessBudget(tally, 0.02));
    }

    [Theory]
    [InlineData(0.02)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void Cancelling_part_way_through_one_huge_paragraph_stops_within_a_twentieth_of_the_work(double share)
    {
        var (tally, thrown) = CancelAt(OneHugeParagraph.Value, share);
        thrown.Should().BeOfType<OperationCanceledException>();
        (tally.Total - tally.TriggeredAt).Should().BeLessThanOrEqualTo(PromptnessBudget(tally, share));
    }

    /// <summary>A twentieth of the whole extraction's work (estimated from the work done when the trigger fired), plus a little slack.</summary>
    private static long PromptnessBudget(WorkTally tally, double share) => (long)(tally.TriggeredAt / share * PromptnessShare) + 4096;

    /// <summary>Measures the full work of the text, then extracts again, cancelling when that share of the work is done.</summary>
    private static (WorkTally Tally, Exception? Thrown) CancelAt(string text, double share)
    {
        long total;
        using (var full = WorkCounter.Start())
        {
            Extractor.Extract(text);
            total = full.Total;
        }

        total.Should().BeGreaterThan(0, "the pipeline must count its work for cancellation to be placed");
        using var cts = new CancellationTokenSource();
        var tally = WorkCounter.Start().OnReaching(Math.Max(1, (long)(total * share)), cts.Cancel);
        Exception? thrown = null;
        try
        {
            Extractor.Extract(text, cts.Token);
        }
        catch (Exception e)
        {
            thrown = e;
        }
        finally
        {
            tally.Dispose();
        }

        tally.TriggeredAt.Should().BeGreaterThan(0, "the cancellation point lies inside the extraction");
        return (tally, thrown);
    }
}
