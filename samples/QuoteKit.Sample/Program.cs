// QuoteKit sample: prints the quotes of an article grouped by speaker.
// Usage: dotnet run --project samples/QuoteKit.Sample [ARTICLE.txt]
// Without an argument it reads the seed article in seeds/.
using Microsoft.Extensions.DependencyInjection;
using QuoteKit;

string path = args.Length > 0 ? args[0] : FindSeed();
string text;
try
{
    text = File.ReadAllText(path);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Cannot read {path}: {e.Message}");
    return 1;
}

// The extractor is registered once and reused: it is thread-safe.
using var services = new ServiceCollection()
    .AddQuoteKit(options => options.IncludeIndirect = true)
    .BuildServiceProvider();
var extractor = services.GetRequiredService<IQuoteExtractor>();

QuoteExtractionResult result = extractor.Extract(text);

Console.WriteLine($"{Path.GetFileName(path)}: {result.Quotes.Count} quotes from {result.Speakers.Count} speakers");
foreach (var group in result.Quotes.GroupBy(q => q.Speaker))
{
    Speaker? speaker = group.Key;
    Console.WriteLine();
    if (speaker is null)
    {
        Console.WriteLine("Unattributed");
    }
    else
    {
        var also = speaker.Aliases.Concat(speaker.Descriptions).ToList();
        Console.WriteLine($"{speaker.Name} [{speaker.Kind}]{(also.Count > 0 ? "  aka " + string.Join("; ", also) : "")}");
        if (speaker.Members.Count > 0)
        {
            Console.WriteLine($"  (group: {string.Join(" and ", speaker.Members.Select(m => m.Name))})");
        }
    }

    foreach (Quote quote in group)
    {
        string body = quote.Text.ReplaceLineEndings(" ");
        Console.WriteLine($"  {quote.Kind,-8} “{body}”");
        Console.WriteLine($"           cue: {quote.Cue?.Text ?? "-"}, mention: {quote.SpeakerMention?.Text ?? "-"}, rule: {quote.Sieve}");
        if (quote.Fragments.Count > 0)
        {
            // A mixed quote's verbatim words: offsets index the article text.
            Console.WriteLine($"           quoted words: {string.Join(", ", quote.Fragments.Select(f => $"“{text[f.Start..f.End]}”"))}");
        }
    }
}

return 0;

static string FindSeed()
{
    // Walk up from the working directory to the repository's seeds/ folder.
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        string candidate = Path.Combine(dir.FullName, "seeds", "putin-xi-military-cooperation.txt");
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    return Path.Combine("seeds", "putin-xi-military-cooperation.txt");
}
