using QuoteKit.Tests.Robustness;

namespace QuoteKit.Benchmarks;

/// <summary>The documents the benchmarks run on (issue 8).</summary>
public static class Workloads
{
    /// <summary>Environment variable naming a directory whose *.txt files (searched recursively) form the corpus workload.</summary>
    public const string CorpusVariable = "QUOTEKIT_BENCH_CORPUS";

    /// <summary>Document sizes of the scaling benchmark: 1 KB to 1 MB, by factors of four.</summary>
    public static readonly int[] ScalingSizes = [1 << 10, 1 << 12, 1 << 14, 1 << 16, 1 << 18, 1 << 20];

    private static readonly Lazy<string> LongArticle = new(() => NewsText.Article(new Random(42), 1 << 20));

    /// <summary>The seed article shipped in seeds/.</summary>
    public static BenchDocument Seed() =>
        new("seed article", [File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "putin-xi-military-cooperation.txt"))]);

    /// <summary>About 1 MB of news-like paragraphs generated from the team's own sentences (tests/.../NewsText.cs).</summary>
    public static BenchDocument LongFixtureArticle() => new("1 MB fixture article", [LongArticle.Value]);

    /// <summary>Every *.txt under the directory named by <see cref="CorpusVariable"/>, or null when it is not set or missing.</summary>
    public static BenchDocument? Corpus()
    {
        string? dir = Environment.GetEnvironmentVariable(CorpusVariable);
        if (string.IsNullOrWhiteSpace(dir) || !Directory.Exists(dir))
        {
            return null;
        }

        var files = Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return files.Count == 0 ? null : new BenchDocument($"corpus ({files.Count} files)", files.Select(File.ReadAllText).ToList());
    }

    /// <summary>The fixture article cut at a paragraph break near <paramref name="size"/> characters.</summary>
    public static BenchDocument Scaled(int size)
    {
        string text = LongArticle.Value;
        int cut = size >= text.Length ? text.Length : text.LastIndexOf("\n\n", size, StringComparison.Ordinal);
        return new BenchDocument($"{size / 1024} KB", [text[..(cut > 0 ? cut : size)]]);
    }

    /// <summary>The seed article, the 1 MB article and the corpus when present.</summary>
    public static IEnumerable<BenchDocument> Standard()
    {
        yield return Seed();
        yield return LongFixtureArticle();
        if (Corpus() is { } corpus)
        {
            yield return corpus;
        }
    }
}
