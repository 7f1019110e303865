using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace QuoteKit.Benchmarks;

/// <summary>
/// <c>--alloc-types</c>: extracts the workloads in a loop while listening to the runtime's allocation sampling
/// events (one about every 100 KB allocated), and prints which types the sampled allocations were: a rough share of
/// the allocated bytes per type, to see what to pool or avoid.
/// </summary>
public static class AllocationTypes
{
    public static int Run(double seconds)
    {
        var extractor = new QuoteExtractor();
        foreach (var w in Workloads.Standard())
        {
            // Warm-up first, so the thread's kept objects and the lexicons are not counted.
            var warm = System.Diagnostics.Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < 1)
            {
                foreach (var text in w.Texts)
                {
                    extractor.Extract(text);
                }
            }

            using var listener = new AllocationListener();
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (sw.Elapsed.TotalSeconds < seconds)
            {
                foreach (var text in w.Texts)
                {
                    extractor.Extract(text);
                }
            }

            Thread.Sleep(500); // let the listener's thread drain the last events
            long total = listener.Bytes.Values.Sum();
            Console.WriteLine($"{w.Name}: {listener.Bytes.Count} types sampled");
            foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(25))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / Math.Max(1, total),6:N1} %  {type}"));
            }
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        public ConcurrentDictionary<string, long> Bytes { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: GCAllocationTick
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null || e.PayloadNames is null)
            {
                return;
            }

            int typeAt = e.PayloadNames.IndexOf("TypeName");
            int amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
            if (typeAt < 0)
            {
                return;
            }

            long amount = amountAt >= 0 ? Convert.ToInt64(e.Payload[amountAt], CultureInfo.InvariantCulture) : 100_000;
            Bytes.AddOrUpdate((string)e.Payload[typeAt]!, amount, (_, v) => v + amount);
        }
    }
}
