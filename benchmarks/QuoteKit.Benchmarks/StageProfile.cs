using System.Diagnostics;
using System.Globalization;
using QuoteKit.Attribution;
using QuoteKit.Detection;
using QuoteKit.Entities;
using QuoteKit.Lexicons;
using QuoteKit.Mentions;
using QuoteKit.Text;

namespace QuoteKit.Benchmarks;

/// <summary>
/// <c>--stages</c>: runs the extractor's pipeline stage by stage (as <see cref="QuoteExtractor.Extract"/> does) and
/// prints each stage's share of the time and its allocated bytes per input byte, to see what dominates.
/// The timestamps around each stage add a little overhead; the figures are for comparing stages, not for throughput.
/// The stages reuse their working objects and lists from document to document as the extractor's per-thread workspace does.
/// </summary>
public static class StageProfile
{
    private static readonly string[] Names =
    [
        "Paragraphs.Find", "QuotationScanner.Scan", "DocumentIndex.Build", "MentionFinder.Find", "AttributionContext",
        "Attributor.Attribute", "EntityResolver.Resolve", "ReportedSpeechDetector", "CoordinatedSpeakers", "BuildResult",
    ];

    // Reused across documents as the extractor reuses its own (one thread here).
    private static readonly Recycler<Mentions.Mention> Recycled = new(static () => new Mentions.Mention(), 1 << 14);
    private static readonly EntityResolver Resolver = new();
    private static readonly List<Mentions.Mention> MentionList = [];
    private static readonly Recycler<QuotedSpan> Spans = new(static () => new QuotedSpan([], [], QuoteRole.Direct), 1 << 12);
    private static readonly List<QuotedSpan> Quotations = [];
    private static readonly Recycler<QuoteUnit> Units = new(static () => new QuoteUnit(), 1 << 12);
    private static readonly List<QuoteUnit> UnitList = [];
    private static readonly List<ReportedSpeech> Reported = [];
    private static readonly HashSet<int> UsedCues = [];
    private static readonly List<TextSpan> ParagraphList = [];
    private static readonly ScanSteps Steps = new();
    private static readonly ReportedSpeechDetector Detector = new();

    public static int Run(double seconds)
    {
        var options = new QuoteKitOptions();
        var extractor = new QuoteExtractor(options);
        var lexicon = Lexicon.For(options);
        var attributor = new Attributor();
        foreach (var w in Workloads.Standard())
        {
            var ticks = new long[Names.Length];
            var bytes = new long[Names.Length];
            long ops = 0;

            // Warm-up, then measure.
            for (int pass = 0; pass < 2; pass++)
            {
                Array.Clear(ticks);
                Array.Clear(bytes);
                ops = 0;
                var sw = Stopwatch.StartNew();
                do
                {
                    foreach (var text in w.Texts)
                    {
                        RunStages(text, options, extractor, lexicon, attributor, ticks, bytes);
                    }

                    ops++;
                }
                while (sw.Elapsed.TotalSeconds < (pass == 0 ? Math.Min(1, seconds / 3) : seconds));
            }

            double totalMs = ticks.Sum() * 1000.0 / Stopwatch.Frequency / ops;
            long totalBytes = bytes.Sum();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{w.Name}: {ops} ops, {totalMs:N3} ms/op, {w.Words * ops / (ticks.Sum() / (double)Stopwatch.Frequency):N0} words/s (stages only), {(double)totalBytes / ops / w.Utf8Bytes:N2} allocated bytes per input byte ({(double)(totalBytes - bytes[^1]) / ops / w.Utf8Bytes:N2} without BuildResult)"));
            Console.WriteLine($"  {"stage",-24} {"ms/op",10} {"time %",7} {"alloc/byte",10} {"alloc %",7}");
            for (int s = 0; s < Names.Length; s++)
            {
                double ms = ticks[s] * 1000.0 / Stopwatch.Frequency / ops;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {Names[s],-24} {ms,10:N3} {100 * ms / totalMs,7:N1} {(double)bytes[s] / ops / w.Utf8Bytes,10:N3} {100.0 * bytes[s] / Math.Max(1, totalBytes),7:N1}"));
            }
        }

        return 0;
    }

    private static void RunStages(string text, QuoteKitOptions options, QuoteExtractor extractor, Lexicon lexicon, Attributor attributor, long[] ticks, long[] bytes)
    {
        int stage = 0;
        long t0 = Stopwatch.GetTimestamp(), b0 = GC.GetAllocatedBytesForCurrentThread();
        void Lap()
        {
            long t1 = Stopwatch.GetTimestamp(), b1 = GC.GetAllocatedBytesForCurrentThread();
            ticks[stage] += t1 - t0;
            bytes[stage] += b1 - b0;
            stage++;
            t0 = Stopwatch.GetTimestamp();
            b0 = GC.GetAllocatedBytesForCurrentThread();
        }

        Paragraphs.Find(text, ParagraphList);
        var paragraphs = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ParagraphList);
        Lap();
        Steps.Reset();
        var spans = QuotationScanner.Scan(text, paragraphs, options, default, Steps, Quotations, Spans);
        Lap();
        using var doc = DocumentIndex.Build(text, paragraphs, spans, default);
        Lap();
        using var classes = TokenWordClasses.Rent(doc, lexicon);
        var mentions = MentionFinder.ForCurrentThread(lexicon).Find(doc, classes, Recycled, MentionList, default);
        Lap();
        using var context = AttributionContext.Rent(doc, mentions, lexicon, options, classes);
        Lap();
        UnitList.Clear();
        var units = attributor.Attribute(context, default, Units, UnitList);
        Lap();
        var entities = Resolver.Resolve(doc, mentions, default);
        Lap();
        UsedCues.Clear();
        var reported = Detector.Detect(context, units, Reported, UsedCues, default, Recycled);
        Lap();
        CoordinatedSpeakers.Apply(context, mentions, entities, Resolver, UnitList, Reported, Recycled);
        Lap();
        extractor.BuildResult(doc, units, reported, entities);
        // Every object is kept for the next pass, as the extractor's workspace keeps them (weakly once large).
        Recycled.Rewind();
        Spans.Rewind();
        Units.Rewind();
        Resolver.Reset();
        Lap();
    }
}
