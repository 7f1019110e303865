using System.Globalization;
using System.Text;

namespace QuoteKit.Cli.Output;

/// <summary>
/// For a person reading a terminal: per document, the quotes grouped by speaker (speakers in order of first
/// quote, unattributed quotes last), each quote wrapped to the width with its cue, mention, rule and offsets.
/// </summary>
internal sealed class TableFormatter(Ansi ansi, int width = 100) : OutputFormatter
{
    private const int Indent = 14;

    /// <inheritdoc />
    public override string Separator => "\n";

    /// <inheritdoc />
    public override string Format(ExtractedDocument document)
    {
        var result = document.Result;
        var sb = new StringBuilder();
        sb.Append(ansi.Bold($"== {document.Name}"))
          .Append(ansi.Dim($" · {Plural(result.Quotes.Count, "quote")}, {Plural(result.Speakers.Count, "speaker")}"))
          .Append('\n');
        var index = result.Quotes.Select((q, i) => (q, i)).ToDictionary(p => p.q, p => p.i + 1);
        var speakerIndex = result.Speakers.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var groups = result.Quotes.GroupBy(q => q.Speaker?.Id).OrderBy(g => g.Key is null);
        foreach (var group in groups)
        {
            var speaker = group.First().Speaker;
            int? colour = speaker is null ? null : speakerIndex.GetValueOrDefault(speaker.Id);
            sb.Append('\n');
            sb.Append(ansi.Speaker(speaker?.Name ?? "(unattributed)", colour, bold: true));
            var known = speaker is null ? [] : speaker.Aliases.Concat(speaker.Descriptions).ToList();
            if (known.Count > 0)
            {
                sb.Append(" (").Append(string.Join("; ", known)).Append(')');
            }

            sb.Append(ansi.Dim($" · {Plural(group.Count(), "quote")}")).Append('\n');
            foreach (var q in group)
            {
                var head = $"{index[q],4}  {QuoteJson.KindName(q.Kind),-8}";
                var lines = Wrap(q.Text.ReplaceLineEndings(" "), Math.Max(20, width - Indent));
                sb.Append(ansi.Dim(head)).Append(ansi.Speaker(lines[0], colour)).Append('\n');
                foreach (var line in lines.Skip(1))
                {
                    sb.Append(' ', Indent).Append(ansi.Speaker(line, colour)).Append('\n');
                }

                var details = string.Create(CultureInfo.InvariantCulture,
                    $"cue {Quoted(q.Cue?.Text)} · mention {Quoted(q.SpeakerMention?.Text)} · {q.Sieve} {q.Confidence:0.00} · {q.Span.Start}–{q.Span.End}");
                sb.Append(' ', Indent).Append(ansi.Dim(details)).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Quoted(string? text) => text is null ? "-" : $"“{text}”";

    private static string Plural(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>Breaks <paramref name="text"/> at spaces into lines of at most <paramref name="width"/> characters (longer words stay whole).</summary>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
