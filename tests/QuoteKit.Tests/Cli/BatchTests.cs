using System.Collections.Concurrent;
using FluentAssertions;
using QuoteKit.Cli.Batch;
using QuoteKit.Cli.Commands;
using QuoteKit.Cli.Input;
using static QuoteKit.Tests.Cli.CliHarness;

namespace QuoteKit.Tests.Cli;

/// <summary>Batches: bounded parallel work in input order, progress only on a terminal, a summary at the end.</summary>
public sealed class BatchTests
{
    private static IEnumerable<int> Endless(Action<int> onPull)
    {
        for (int i = 0; ; i++)
        {
            onPull(i);
            yield return i;
        }
    }

    [Fact]
    public void Results_come_out_in_input_order_when_work_finishes_out_of_order()
    {
        var results = new List<int>();
        OrderedParallel.Run(
            Enumerable.Range(0, 200),
            i =>
            {
                Thread.SpinWait((200 - i) * 500 * (i % 3)); // later items finish sooner
                return i;
            },
            results.Add,
            degree: 4);
        results.Should().Equal(Enumerable.Range(0, 200));
    }

    [Fact]
    public void An_endless_source_is_read_no_further_ahead_than_the_window()
    {
        const int degree = 3;
        int pulled = 0, consumed = 0, widestGap = 0;
        using var stop = new CancellationTokenSource();
        var run = () => OrderedParallel.Run(
            Endless(_ => pulled++),
            i => i,
            _ =>
            {
                consumed++;
                widestGap = Math.Max(widestGap, pulled - consumed);
                if (consumed == 5_000)
                {
                    stop.Cancel();
                }
            },
            degree,
            stop.Token);
        run.Should().Throw<OperationCanceledException>();
        consumed.Should().BeGreaterThanOrEqualTo(5_000);
        widestGap.Should().BeLessThanOrEqualTo(degree * OrderedParallel.WindowPerWorker + 1);
    }

    [Fact]
    public void No_more_items_are_worked_on_at_once_than_the_degree()
    {
        int running = 0, most = 0;
        OrderedParallel.Run(
            Enumerable.Range(0, 100),
            i =>
            {
                int now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                Thread.Sleep(1);
                Interlocked.Decrement(ref running);
                return i;
            },
            _ => { },
            degree: 2);
        most.Should().BeInRange(1, 2);
    }

    [Fact]
    public void Work_runs_on_several_threads_when_the_degree_allows()
    {
        var threads = new ConcurrentDictionary<int, bool>();
        using var together = new Barrier(2);
        OrderedParallel.Run(
            Enumerable.Range(0, 2),
            i =>
            {
                threads[Environment.CurrentManagedThreadId] = true;
                together.SignalAndWait(TimeSpan.FromSeconds(30)).Should().BeTrue("two items are worked on at the same time");
                return i;
            },
            _ => { },
            degree: 2);
        threads.Should().HaveCount(2);
    }

    [Fact]
    public void The_summary_counts_documents_quotes_speakers_and_errors()
    {
        var result = Extract(new ExtractSettings
        {
            Inputs = [Fixture("jsonl", "with-errors.jsonl")],
            InputFormat = InputFormat.Jsonl,
            Parallel = 2,
        });
        int quotes = result.Documents.Sum(d => d.GetProperty("quotes").GetArrayLength());
        int speakers = result.Documents.Sum(d => d.GetProperty("speakers").GetArrayLength());
        var summary = result.ErrorLines[^1];
        summary.Should().StartWith($"quotekit: 3 documents, {quotes} quote{(quotes == 1 ? "" : "s")}, {speakers} speaker{(speakers == 1 ? "" : "s")}, 5 errors in ");
        summary.Should().Contain("documents/s");
    }

    [Fact]
    public void Quiet_leaves_out_the_summary_but_not_the_errors()
    {
        var result = Extract(new ExtractSettings { Inputs = [Fixture("jsonl", "with-errors.jsonl")], InputFormat = InputFormat.Jsonl, Quiet = true });
        result.ErrorLines.Should().HaveCount(5).And.NotContain(l => l.Contains("documents/s"));
    }

    [Fact]
    public void No_progress_line_is_drawn_when_stderr_is_not_a_terminal()
    {
        var clock = new ManualClock { StepPerRead = TimeSpan.FromSeconds(1) };
        var result = Extract(new ExtractSettings { Inputs = [Fixture("jsonl", "articles.jsonl")], InputFormat = InputFormat.Jsonl }, time: clock);
        result.Err.Should().NotContain("\r");
        result.ErrorLines.Should().ContainSingle();
    }

    [Fact]
    public void A_progress_line_with_documents_per_second_is_drawn_when_stderr_is_a_terminal()
    {
        var clock = new ManualClock { StepPerRead = TimeSpan.FromSeconds(1) };
        var result = Extract(new ExtractSettings { Inputs = [Fixture("jsonl", "articles.jsonl")], InputFormat = InputFormat.Jsonl }, errorIsTerminal: true, time: clock);
        result.Err.Should().Contain("\r\u001b[K").And.Contain("quotekit: 1 document, ").And.Contain("documents/s");
        result.Err.Should().Contain("\r\u001b[Kquotekit: 12 documents,", "the summary starts on a cleared line");
    }

    [Fact]
    public void The_progress_line_reports_the_rate_over_the_elapsed_time()
    {
        var statistics = new BatchStatistics();
        for (int i = 0; i < 250; i++)
        {
            statistics.AddDocument(quotes: 2, speakers: 1);
        }

        statistics.AddError();
        ProgressDisplay.Line(statistics, TimeSpan.FromSeconds(2))
            .Should().Be("quotekit: 250 documents, 500 quotes, 1 error · 125.0 documents/s");
    }

    [Fact]
    public void Parallel_below_one_is_refused_by_the_command_line()
    {
        var command = ExtractCommand.Create();
        var parse = command.Parse(["--parallel", "0", "x.txt"]);
        parse.Errors.Should().ContainSingle().Which.Message.Should().Contain("--parallel");
    }

    [Fact]
    public void A_max_document_size_that_is_not_a_size_is_refused_by_the_command_line()
    {
        var parse = ExtractCommand.Create().Parse(["--max-document-size", "lots", "x.txt"]);
        parse.Errors.Should().ContainSingle().Which.Message.Should().Contain("--max-document-size");
    }

    [Theory]
    [InlineData("10MB", 10L << 20)]
    [InlineData("512k", 512L << 10)]
    [InlineData("1G", 1L << 30)]
    [InlineData("4096", 4096L)]
    [InlineData("1.5M", 3L << 19)]
    public void Sizes_are_read_in_bytes_with_binary_units(string text, long bytes)
    {
        ByteSize.TryParse(text, out long parsed).Should().BeTrue();
        parsed.Should().Be(bytes);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
