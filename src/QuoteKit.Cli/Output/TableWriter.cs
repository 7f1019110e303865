namespace QuoteKit.Cli.Output;

/// <summary>Quotes grouped by speaker, for a person reading a terminal.</summary>
internal static class TableWriter
{
    public static void Write(TextWriter w, string document, QuoteExtractionResult result)
    {
        w.WriteLine($"== {document}: {result.Quotes.Count} quotes, {result.Speakers.Count} speakers");
        foreach (var group in result.Quotes.GroupBy(q => q.Speaker?.Id))
        {
            var speaker = group.First().Speaker;
            w.WriteLine();
            w.WriteLine(speaker is null ? "(unattributed)" : $"{speaker.Name}{(speaker.Aliases.Count > 0 ? " (" + string.Join(", ", speaker.Aliases) + ")" : "")}");
            foreach (var q in group)
            {
                w.WriteLine($"  [{q.Kind.ToString().ToLowerInvariant(),-8}] {Shorten(q.Text, 110)}");
                w.WriteLine($"             {q.Span} cue: {q.Cue?.Text ?? "-"}  mention: {q.SpeakerMention?.Text ?? "-"}  by {q.Sieve} ({q.Confidence:0.00})");
            }
        }

        w.WriteLine();
    }

    private static string Shorten(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
