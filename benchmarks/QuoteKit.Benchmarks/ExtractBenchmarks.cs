using BenchmarkDotNet.Attributes;

namespace QuoteKit.Benchmarks;

/// <summary>The full pipeline (QuoteExtractor.Extract with default options) on the main workloads; one operation extracts every document of the workload once.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractBenchmarks
{
    private readonly QuoteExtractor _extractor = new();

    [ParamsSource(nameof(Workloads))]
    public BenchDocument Workload { get; set; } = null!;

    public static IEnumerable<BenchDocument> Workloads() => QuoteKit.Benchmarks.Workloads.Standard();

    [Benchmark]
    public int Extract()
    {
        int quotes = 0;
        foreach (var text in Workload.Texts)
        {
            quotes += _extractor.Extract(text).Quotes.Count;
        }

        return quotes;
    }

    /// <summary>Extract, then read every quote's text (as the CLI's JSON output does): the quote strings are built on first access.</summary>
    [Benchmark]
    public int ExtractAndReadText()
    {
        int chars = 0;
        foreach (var text in Workload.Texts)
        {
            chars += QuickRunner.ReadTexts(_extractor.Extract(text));
        }

        return chars;
    }
}

/// <summary>Linear cost: the same article cut at 1 KB to 1 MB. Time and allocation per character should stay flat.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ScalingBenchmarks
{
    private readonly QuoteExtractor _extractor = new();

    [ParamsSource(nameof(Sizes))]
    public BenchDocument Workload { get; set; } = null!;

    public static IEnumerable<BenchDocument> Sizes() => Workloads.ScalingSizes.Select(Workloads.Scaled);

    [Benchmark]
    public int Extract() => _extractor.Extract(Workload.Texts[0]).Quotes.Count;
}
