using System.Globalization;
using System.Text;

namespace QuoteKit.Evaluation;

/// <summary>
/// Writes, for people, every error of the subset "all": gold attributions no system quote matched, system quotes
/// matching no gold attribution, matches that cover too little of the gold, and matched quotes whose speaker
/// mention misses the annotated source. Grouped by document, in text order, each with its line of context.
/// </summary>
public static class ErrorReport
{
    private const int MaxQuoted = 300;
    private const int ContextSide = 110;

    /// <summary>Writes the errors of every document of <paramref name="report"/>.</summary>
    public static void Write(TextWriter writer, EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var low = EvaluationReport.FormatThreshold(report.Thresholds[0]);
        var high = EvaluationReport.FormatThreshold(report.Thresholds[^1]);
        writer.WriteLine($"QuoteKit evaluation errors: {report.Corpus.Directory}");
        writer.WriteLine($"Subset: all attributions. Offsets are UTF-16, end exclusive. ⟦ ⟧ marks the span in its line of context.");
        writer.WriteLine($"  MISSED          a gold attribution no system quote matches at {low}");
        writer.WriteLine($"  SPURIOUS        a system quote that matches no gold attribution at {low}");
        writer.WriteLine($"  PARTLY COVERED  matched at {low} but not at {high}: the boundaries differ");
        writer.WriteLine("  WRONG SPEAKER   matched, but the system's speaker mention does not overlap the gold source");
        writer.WriteLine("  NO SPEAKER      matched, the gold has a source, the system has no speaker mention");
        writer.WriteLine("[direct] marks gold content inside quotation marks; system quotes show their kind.");
        foreach (var doc in report.Documents)
        {
            WriteDocument(writer, doc, report.Thresholds.Count);
        }
    }

    /// <summary>Writes the errors of one document, nothing when it has none.</summary>
    internal static void WriteDocument(TextWriter writer, DocumentScore doc, int thresholds)
    {
        var entries = new List<(int Position, int Order, Action<TextWriter> Write)>();
        var all = doc.All;
        var lowMatches = all.Matches[0];
        var matchedGold = lowMatches.ToDictionary(m => m.GoldIndex);
        var matchedSystem = lowMatches.Select(m => m.SystemIndex).ToHashSet();
        var highGold = all.Matches[thresholds - 1].Select(m => m.GoldIndex).ToHashSet();
        int missed = 0, spurious = 0, partly = 0, speaker = 0;
        foreach (int g in all.GoldIndices)
        {
            var gold = doc.Gold[g];
            if (!matchedGold.TryGetValue(g, out var match))
            {
                missed++;
                entries.Add((gold.Start, 0, w => WriteMissed(w, doc, gold)));
            }
            else if (!highGold.Contains(g))
            {
                partly++;
                entries.Add((gold.Start, 1, w => WritePartly(w, doc, gold, doc.System[match.SystemIndex], match)));
            }
        }

        foreach (var check in all.Checks.Where(c => c.Speaker is CheckOutcome.Wrong or CheckOutcome.Missing))
        {
            speaker++;
            var gold = doc.Gold[check.Match.GoldIndex];
            entries.Add((gold.Start, 2, w => WriteSpeaker(w, doc, gold, doc.System[check.Match.SystemIndex], check)));
        }

        foreach (int s in all.SystemIndices.Where(s => !matchedSystem.Contains(s)))
        {
            spurious++;
            var system = doc.System[s];
            entries.Add((system.Start, 3, w => WriteSpurious(w, doc, system)));
        }

        if (entries.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(new string('=', 100));
        writer.WriteLine($"{doc.Name}{(doc.Publisher is null ? "" : "  (" + doc.Publisher + ")")}");
        writer.WriteLine(
            $"gold {doc.Gold.Count} ({doc.Direct.GoldIndices.Count} direct), system {doc.System.Count}: "
            + $"missed {missed}, spurious {spurious}, partly covered {partly}, speaker errors {speaker}");
        foreach (var entry in entries.OrderBy(e => e.Position).ThenBy(e => e.Order))
        {
            writer.WriteLine();
            entry.Write(writer);
        }
    }

    private static void WriteMissed(TextWriter w, DocumentScore doc, GoldAttribution gold)
    {
        w.WriteLine($"MISSED{Direct(gold)}  gold {gold.Id} {Spans(gold.Content)}");
        w.WriteLine($"  gold:     {Clip(SpanSet.TextOf(doc.Text, gold.Content))}");
        WriteGoldAttribution(w, doc, gold);
        w.WriteLine($"  context:  {Context(doc.Text, gold.Content[0])}");
    }

    private static void WritePartly(TextWriter w, DocumentScore doc, GoldAttribution gold, SystemQuote system, QuoteMatch match)
    {
        w.WriteLine($"PARTLY COVERED{Direct(gold)}  gold {gold.Id} {Spans(gold.Content)}, system {Kind(system)} {Spans(system.Parts)} covers {match.Coverage.ToString("P0", CultureInfo.InvariantCulture)}");
        w.WriteLine($"  gold:     {Clip(SpanSet.TextOf(doc.Text, gold.Content))}");
        w.WriteLine($"  system:   {Clip(SpanSet.TextOf(doc.Text, system.Parts))}");
        w.WriteLine($"  context:  {Context(doc.Text, gold.Content[0])}");
    }

    private static void WriteSpeaker(TextWriter w, DocumentScore doc, GoldAttribution gold, SystemQuote system, AttributionCheck check)
    {
        var label = check.Speaker == CheckOutcome.Missing ? "NO SPEAKER" : "WRONG SPEAKER";
        w.WriteLine($"{label}{Direct(gold)}  gold {gold.Id} {Spans(gold.Content)}, system {Kind(system)} {Spans(system.Parts)}");
        w.WriteLine($"  quote:    {Clip(SpanSet.TextOf(doc.Text, system.Parts))}");
        w.WriteLine($"  gold source:    \"{SpanSet.TextOf(doc.Text, gold.Source)}\" {Spans(gold.Source)}");
        w.WriteLine($"  system speaker: {SystemSpeaker(doc.Text, system)}");
        if (check.SpeakerResolved == true)
        {
            w.WriteLine("  (the resolved speaker still fits the gold source: one of its names is in it)");
        }

        w.WriteLine($"  context:  {Context(doc.Text, gold.Source[0].Start < gold.Start ? gold.Source[0] : gold.Content[0])}");
    }

    private static void WriteSpurious(TextWriter w, DocumentScore doc, SystemQuote system)
    {
        w.WriteLine($"SPURIOUS  system {Kind(system)} {Spans(system.Parts)}");
        w.WriteLine($"  system:   {Clip(SpanSet.TextOf(doc.Text, system.Parts))}");
        w.WriteLine($"  speaker:  {SystemSpeaker(doc.Text, system)}");
        w.WriteLine($"  context:  {Context(doc.Text, system.Parts[0])}");
    }

    private static void WriteGoldAttribution(TextWriter w, DocumentScore doc, GoldAttribution gold)
    {
        var source = gold.Source.Count == 0 ? "(none)" : $"\"{SpanSet.TextOf(doc.Text, gold.Source)}\" {Spans(gold.Source)}";
        var cue = gold.Cue.Count == 0 ? "(none)" : $"\"{SpanSet.TextOf(doc.Text, gold.Cue)}\"";
        w.WriteLine($"  source:   {source}   cue: {cue}");
    }

    private static string SystemSpeaker(string text, SystemQuote system)
    {
        var mention = system.Mention is { } m ? $"mention \"{m.Of(text)}\" [{m.Start}..{m.End})" : "no mention";
        var speaker = system.SpeakerName is null ? "no speaker" : $"speaker {system.SpeakerName}";
        var cue = system.Cue is { } c ? $"cue \"{c.Of(text)}\"" : "no cue";
        return $"{mention}, {speaker}, {cue}, sieve {system.Sieve}";
    }

    private static string Direct(GoldAttribution gold) => gold.IsDirect ? " [direct]" : "";

    private static string Kind(SystemQuote system) => system.Kind.ToString().ToLowerInvariant();

    private static string Spans(IReadOnlyList<TextSpan> spans) =>
        string.Join(";", spans.Select(s => $"[{s.Start}..{s.End})"));

    /// <summary>One line, at most <see cref="MaxQuoted"/> characters: the middle of a longer text is elided.</summary>
    internal static string Clip(string s)
    {
        s = OneLine(s);
        return s.Length <= MaxQuoted ? s : string.Concat(s.AsSpan(0, (MaxQuoted * 2) / 3), " … ", s.AsSpan(s.Length - (MaxQuoted / 3)));
    }

    /// <summary>The line of <paramref name="text"/> holding the start of <paramref name="span"/>, with the span marked, trimmed to about 300 characters.</summary>
    internal static string Context(string text, TextSpan span)
    {
        int lineStart = span.Start, lineEnd = span.Start;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        while (lineEnd < text.Length && text[lineEnd] != '\n')
        {
            lineEnd++;
        }

        int end = Math.Min(span.End, lineEnd);
        int from = Math.Max(lineStart, span.Start - ContextSide), to = Math.Min(lineEnd, end + ContextSide);
        var inside = text[span.Start..end];
        if (inside.Length > 2 * ContextSide)
        {
            inside = string.Concat(inside.AsSpan(0, ContextSide), " … ", inside.AsSpan(inside.Length - (ContextSide / 2)));
        }

        var sb = new StringBuilder();
        sb.Append(from > lineStart ? "…" : "").Append(text, from, span.Start - from).Append('⟦').Append(inside).Append('⟧')
          .Append(text, end, to - end).Append(to < lineEnd ? "…" : "");
        return OneLine(sb.ToString());
    }

    private static string OneLine(string s) => s.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}
