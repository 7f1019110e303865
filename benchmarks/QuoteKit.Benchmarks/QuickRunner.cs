using System.Diagnostics;
using System.Globalization;

namespace QuoteKit.Benchmarks;

/// <summary>
/// <c>--quick</c>: runs each workload for a few seconds without BenchmarkDotNet and prints words/s, MB/s and
/// allocated bytes per document, for fast iteration while optimising. Figures are rougher than BenchmarkDotNet's.
/// <c>--only TEXT</c> runs only the workloads whose name contains TEXT (e.g. <c>corpus</c>).
/// <c>--threads N</c> shares one extractor between N threads (throughput over cores). On a shared machine the
/// wall-clock words/s drop when other processes take the cores; words per CPU second (the process's processor time,
/// garbage collector threads included) is steadier for comparing builds.
/// <c>--read-text</c> also reads every quote's <see cref="Quote.Text"/> after each extraction (what the CLI's JSON
/// output does), so the allocation figure includes the quote strings the result builds on first access.
/// </summary>
public static class QuickRunner
{
    public static int Run(double seconds, int threads, bool scaling, string? only = null, bool readText = false)
    {
        s_readText = readText;
        var extractor = new QuoteExtractor();
        var workloads = Workloads.Standard().Where(w => only is null || w.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        if (scaling)
        {
            workloads.AddRange(Workloads.ScalingSizes.Select(Workloads.Scaled));
        }

        Console.WriteLine($"QuoteKit quick benchmark: {seconds:0.#} s per workload, {threads} thread(s), {Environment.ProcessorCount} cores, .NET {Environment.Version}{(readText ? ", every Quote.Text read" : "")}");
        Console.WriteLine($"{"workload",-24} {"docs/op",8} {"chars/op",12} {"words/op",10} {"ops",7} {"ms/op",9} {"ns/char",8} {"words/s",13} {"words/cpu-s",12} {"MB/s",8} {"alloc/doc",12} {"alloc/byte",10} {"result/byte",11}");
        foreach (var w in workloads)
        {
            // Warm-up: lexicon loading and tiered JIT out of the measurement. Tiering takes several seconds to bring the
            // hot code to its optimised tier (a 1 s warm-up measured the corpus at half its steady speed), so warm up
            // for as long as the measurement, at least 3 s.
            var warm = Stopwatch.StartNew();
            do
            {
                RunOnce(extractor, w);
            }
            while (warm.Elapsed.TotalSeconds < Math.Max(3, seconds));

            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var (ops, elapsed, allocated) = threads <= 1 ? Measure(extractor, w, seconds) : MeasureParallel(extractor, w, seconds, threads);
            double s = elapsed.TotalSeconds;
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{w.Name,-24} {w.Documents,8} {w.Characters,12:N0} {w.Words,10:N0} {ops,7} {s * 1000 / ops,9:N3} {s * 1e9 / ops / w.Characters,8:N1} {w.Words * ops / s,13:N0} {w.Words * ops / cpu,12:N0} {w.Utf8Bytes * ops / s / 1e6,8:N1} {(double)allocated / ops / w.Documents,12:N0} {(double)allocated / ops / w.Utf8Bytes,10:N2} {ResultBytes(extractor, w) / w.Utf8Bytes,11:N2}"));
        }

        return 0;
    }

    private static bool s_readText;

    /// <summary>
    /// The bytes the results of one pass over the workload hold (what the caller gets back, not what the extraction
    /// used on the way): the heap after a full collection with the results alive, less the heap without them.
    /// </summary>
    private static double ResultBytes(QuoteExtractor extractor, BenchDocument w)
    {
        // Enough passes to hold about 1 MB of input, so the heap's own noise (a few KB) does not count.
        int passes = (int)Math.Max(1, 1_000_000 / w.Characters);
        var results = new List<QuoteExtractionResult>(w.Texts.Count * passes);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        for (int pass = 0; pass < passes; pass++)
        {
            foreach (var text in w.Texts)
            {
                var result = extractor.Extract(text);
                if (s_readText)
                {
                    ReadTexts(result);
                }

                results.Add(result);
            }
        }

        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(results);
        return (double)(after - before) / passes;
    }

    private static void RunOnce(QuoteExtractor extractor, BenchDocument w)
    {
        foreach (var text in w.Texts)
        {
            var result = extractor.Extract(text);
            if (s_readText)
            {
                ReadTexts(result);
            }
        }
    }

    /// <summary>Reads every quote's text, as a caller that writes the quotes out does; returns the characters read.</summary>
    public static int ReadTexts(QuoteExtractionResult result)
    {
        int chars = 0;
        foreach (var quote in result.Quotes)
        {
            chars += quote.Text.Length;
        }

        return chars;
    }

    private static (long Ops, TimeSpan Elapsed, long Allocated) Measure(QuoteExtractor extractor, BenchDocument w, double seconds)
    {
        long ops = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        do
        {
            RunOnce(extractor, w);
            ops++;
        }
        while (sw.Elapsed.TotalSeconds < seconds);
        sw.Stop();
        return (ops, sw.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static (long Ops, TimeSpan Elapsed, long Allocated) MeasureParallel(QuoteExtractor extractor, BenchDocument w, double seconds, int threads)
    {
        long ops = 0, allocated = 0;
        using var start = new Barrier(threads + 1);
        var deadline = TimeSpan.FromSeconds(seconds);
        var sw = new Stopwatch();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            long mine = 0, before = GC.GetAllocatedBytesForCurrentThread();
            while (sw.Elapsed < deadline)
            {
                RunOnce(extractor, w);
                mine++;
            }

            Interlocked.Add(ref allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            Interlocked.Add(ref ops, mine);
        })).ToList();
        workers.ForEach(t => t.Start());
        sw.Start();
        start.SignalAndWait();
        workers.ForEach(t => t.Join());
        sw.Stop();
        return (ops, sw.Elapsed, allocated);
    }
}
