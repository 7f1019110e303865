using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteKit.Benchmarks;

/// <summary>Adds words/s, MB/s, ns per character and allocated bytes per document and per input byte to the summary.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(
            new ThroughputColumn("Words/s", "words per second (whitespace-separated words)", (doc, ns, _) => doc.Words / (ns / 1e9), "N0"),
            new ThroughputColumn("MB/s", "UTF-8 megabytes (10^6 bytes) per second", (doc, ns, _) => doc.Utf8Bytes / 1e6 / (ns / 1e9), "N1"),
            new ThroughputColumn("ns/char", "nanoseconds per input character: flat when cost is linear", (doc, ns, _) => ns / doc.Characters, "N2"),
            new ThroughputColumn("Alloc/doc", "bytes allocated per document", (doc, _, bytes) => bytes is { } b ? (double)b / doc.Documents : double.NaN, "N0"),
            new ThroughputColumn("Alloc/byte", "bytes allocated per UTF-8 input byte (goal: below 1)", (doc, _, bytes) => bytes is { } b ? (double)b / doc.Utf8Bytes : double.NaN, "N2"));
    }
}

/// <summary>A column computed from the mean time and allocation of a case and the sizes of its <see cref="BenchDocument"/>.</summary>
public sealed class ThroughputColumn(string name, string legend, Func<BenchDocument, double, long?, double> compute, string format) : IColumn
{
    public string Id => "QuoteKit." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var doc = benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<BenchDocument>().FirstOrDefault();
        if (report?.ResultStatistics is not { } stats || doc is null)
        {
            return "-";
        }

        long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        double value = compute(doc, stats.Mean, allocated);
        return double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);
    }
}
