
namespace QuoteKit.Lexicons;

/// <summary>
/// Word lists used by mention finding, attribution and entity resolution: places, function words and
/// article-boundary markers. Loaded once from embedded resources and shared read-only.
/// </summary>
internal sealed class AttributionLexicon
{
    private static readonly Lazy<AttributionLexicon> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private AttributionLexicon(WordMap<string> places, WordMap<string> states, WordMap<string> stateCodes, WordSet functionWords, WordSet boundaries)
    {
        Places = places;
        States = states;
        StateCodes = stateCodes;
        FunctionWords = functionWords;
        Boundaries = boundaries;
    }

    public static AttributionLexicon Default => DefaultInstance.Value;

    /// <summary>A word or two-word phrase that points to a country ("Kremlin", "Russian", "White House") → the country.</summary>
    public WordMap<string> Places { get; }

    /// <summary>A US state's name or demonym ("Ohio", "New York", "Texan") → the state, for running text.</summary>
    public WordMap<string> States { get; }

    /// <summary>A US state's abbreviation ("Fla", "N.Y.", "TX") → the state, read only in a party-and-state tag ("R-Fla.").</summary>
    public WordMap<string> StateCodes { get; }

    /// <summary>Capitalised words that never start a name (The, But, Friday, ...).</summary>
    public WordSet FunctionWords { get; }

    /// <summary>Paragraph texts that end an article ("Next Post", "Related Articles").</summary>
    public WordSet Boundaries { get; }

    private static AttributionLexicon Load()
    {
        var places = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in LexiconResource.Lines("places.txt"))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var p in parts)
            {
                places.TryAdd(p, parts[0]);
            }
        }

        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        var stateCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconResource.Lines("states.txt"))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var state = parts[0].TrimStart('@');
            foreach (var p in parts)
            {
                if (p[0] == '@')
                {
                    stateCodes.TryAdd(p[1..], state);
                }
                else
                {
                    states.TryAdd(p, state);
                }
            }
        }

        return new AttributionLexicon(
            new(places, StringComparer.OrdinalIgnoreCase),
            new(states, StringComparer.Ordinal),
            new(stateCodes, StringComparer.Ordinal),
            new(LexiconResource.Lines("function-words.txt").Select(l => l.Trim()), StringComparer.OrdinalIgnoreCase),
            new(LexiconResource.Lines("boundaries.txt").Select(l => l.Trim()), StringComparer.OrdinalIgnoreCase));
    }
}

/// <summary>Reads an embedded lexicon: one entry a line, '#' comments and blank lines skipped.</summary>
internal static class LexiconResource
{
    public static List<string> Lines(string resource)
    {
        using var stream = typeof(LexiconResource).Assembly.GetManifestResourceStream("QuoteKit.Lexicons." + resource)
            ?? throw new InvalidOperationException($"Embedded lexicon '{resource}' is missing from the QuoteKit assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#')
            {
                continue;
            }

            lines.Add(line.TrimEnd());
        }

        return lines;
    }
}
