using System.Globalization;
using BenchmarkDotNet.Running;

namespace QuoteKit.Benchmarks;

/// <summary>
/// Throughput benchmarks for QuoteKit (issue 8).
/// <code>
/// dotnet run -c Release --project benchmarks/QuoteKit.Benchmarks -- --quick [--seconds 3] [--threads N] [--scaling] [--only corpus] [--read-text]
/// dotnet run -c Release --project benchmarks/QuoteKit.Benchmarks -- --stages [--seconds 3]   # time and allocation per pipeline stage
/// dotnet run -c Release --project benchmarks/QuoteKit.Benchmarks -- --alloc-types [--seconds 3]   # sampled allocations by type
/// dotnet run -c Release --project benchmarks/QuoteKit.Benchmarks -- --fresh   # allocation on corpus articles not read before
/// dotnet run -c Release --project benchmarks/QuoteKit.Benchmarks -- --filter '*' [--job short]   # BenchmarkDotNet
/// </code>
/// Set QUOTEKIT_BENCH_CORPUS to a directory of *.txt files to add the corpus workload.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--stages"))
        {
            return StageProfile.Run(Option(args, "--seconds", 3.0));
        }

        if (args.Contains("--alloc-types"))
        {
            return AllocationTypes.Run(Option(args, "--seconds", 3.0));
        }

        if (args.Contains("--fresh"))
        {
            return FreshText.Run();
        }

        if (args.Contains("--quick"))
        {
            double seconds = Option(args, "--seconds", 3.0);
            int threads = (int)Option(args, "--threads", 1);
            int only = Array.IndexOf(args, "--only");
            return QuickRunner.Run(seconds, threads, args.Contains("--scaling"), only >= 0 && only + 1 < args.Length ? args[only + 1] : null, args.Contains("--read-text"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
