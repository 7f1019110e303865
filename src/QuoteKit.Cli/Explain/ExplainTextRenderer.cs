using System.Globalization;
using System.Text;
using QuoteKit.Cli.Output;

namespace QuoteKit.Cli.Explain;

/// <summary>
/// <c>quotekit explain</c> for a terminal: the article with each quote marked <c>[#n …]</c> (in its speaker's
/// colour when colour is on), then for each quote the rule that decided, its reason and the candidate mentions it
/// weighed, chosen (✓) and rejected (✗, with why), then the speakers.
/// </summary>
internal static class ExplainTextRenderer
{
    /// <summary>The whole explanation as text.</summary>
    public static string Render(Explanation e, Ansi ansi)
    {
        var sb = new StringBuilder();
        var result = e.Result;
        sb.Append(ansi.Bold($"== {e.Name}"))
          .Append(ansi.Dim($" · {Count(result.Quotes.Count, "quote")} · {Count(result.Speakers.Count, "speaker")} · {e.Unattributed} unattributed"))
          .Append("\n\n");
        AppendMarkedText(sb, e, ansi);
        sb.Append("\n\n").Append(ansi.Bold("── Quotes")).Append('\n');
        if (result.Quotes.Count == 0)
        {
            sb.Append("(none found)\n");
        }

        foreach (var q in result.Quotes)
        {
            AppendDecision(sb, e, q, ansi);
        }

        sb.Append('\n').Append(ansi.Bold("── Speakers")).Append('\n');
        if (result.Speakers.Count == 0)
        {
            sb.Append("(none)\n");
        }

        foreach (var s in result.Speakers)
        {
            sb.Append(ansi.Speaker($"{s.Id}  {s.Name}", e.SlotOf(s), bold: true))
              .Append(ansi.Dim($" · {QuoteJson.SpeakerKindName(s.Kind)} · {Count(e.QuoteCount(s), "quote")}"));
            if (s.Aliases.Count > 0)
            {
                sb.Append(" · also ").Append(string.Join(", ", s.Aliases.Select(Quoted)));
            }

            if (s.Descriptions.Count > 0)
            {
                sb.Append(" · described as ").Append(string.Join(", ", s.Descriptions.Select(Quoted)));
            }

            if (s.Members.Count > 0)
            {
                sb.Append(" · members ").Append(string.Join(", ", s.Members.Select(m => m.Name)));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static void AppendMarkedText(StringBuilder sb, Explanation e, Ansi ansi)
    {
        var open = new List<Explanation.QuotePart>();
        foreach (var piece in e.Pieces())
        {
            // close the parts that end here (innermost first), open the ones that start here (outermost first)
            foreach (var part in open.Where(p => !piece.Covering.Contains(p)).Reverse().ToList())
            {
                sb.Append(ansi.Speaker("]", e.SlotOf(part.Quote.Speaker), bold: true));
                open.Remove(part);
            }

            foreach (var part in piece.Covering.Where(p => !open.Contains(p)).Reverse())
            {
                sb.Append(ansi.Speaker($"[#{e.NumberOf(part.Quote)}{(part.IsFirst ? "" : "…")} ", e.SlotOf(part.Quote.Speaker), bold: true));
                open.Add(part);
            }

            var text = piece.Span.Of(e.Text);
            sb.Append(piece.Covering.Count == 0 ? text : ansi.Speaker(text, e.SlotOf(piece.Covering[0].Quote.Speaker)));
        }

        for (int i = open.Count - 1; i >= 0; i--)
        {
            sb.Append(ansi.Speaker("]", e.SlotOf(open[i].Quote.Speaker), bold: true));
        }
    }

    private static void AppendDecision(StringBuilder sb, Explanation e, Quote q, Ansi ansi)
    {
        const string pad = "    ";
        int? slot = e.SlotOf(q.Speaker);
        sb.Append('\n')
          .Append(ansi.Speaker($"#{e.NumberOf(q)}", slot, bold: true))
          .Append($" {QuoteJson.KindName(q.Kind)} ")
          .Append(ansi.Speaker(Quoted(Shorten(q.Text, 90)), slot))
          .Append(ansi.Dim($" {Where(q.Span)}"))
          .Append('\n');
        sb.Append(pad).Append(Label("speaker", ansi));
        if (q.Speaker is null)
        {
            sb.Append("none found");
        }
        else
        {
            sb.Append(ansi.Speaker(q.Speaker.Name, slot, bold: true)).Append($" ({q.Speaker.Id})");
            if (q.SpeakerMention is { } m)
            {
                sb.Append(", named here as ").Append(Quoted(m.Text)).Append(ansi.Dim($" {Where(m.Span)}"));
            }
        }

        sb.Append('\n');
        sb.Append(pad).Append(Label("cue", ansi)).Append(q.Cue is { } c ? Quoted(c.Text) + ansi.Dim($" {Where(c.Span)}") : "none").Append('\n');
        if (q.Fragments.Count > 0)
        {
            sb.Append(pad).Append(Label("quotes", ansi));
            for (int f = 0; f < q.Fragments.Count; f++)
            {
                var span = q.Fragments[f];
                sb.Append(f > 0 ? ", " : "").Append(Quoted(q.Text.Substring(span.Start - q.Span.Start, span.Length))).Append(ansi.Dim($" {Where(span)}"));
            }

            sb.Append('\n');
        }
        sb.Append(pad).Append(Label("rule", ansi)).Append(q.Sieve);
        if (q.Speaker is not null)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture, $", confidence {q.Confidence:0.00}"));
        }

        sb.Append('\n');
        if (q.Trace is not { } trace)
        {
            sb.Append(pad).Append(Label("why", ansi)).Append(ansi.Dim("no trace recorded")).Append('\n');
            return;
        }

        if (trace.Reason.Length > 0)
        {
            sb.Append(pad).Append(Label("why", ansi)).Append(trace.Reason).Append('\n');
        }

        sb.Append(pad).Append(Label("weighed", ansi));
        if (trace.Candidates.Count == 0)
        {
            sb.Append(ansi.Dim("no candidate mentions")).Append('\n');
            return;
        }

        bool first = true;
        foreach (var candidate in trace.Candidates)
        {
            if (!first)
            {
                sb.Append(pad).Append(' ', 9);
            }

            first = false;
            sb.Append(candidate.Chosen ? "✓ " : "✗ ")
              .Append(candidate.Chosen ? ansi.Speaker(Quoted(candidate.Text), slot, bold: true) : Quoted(candidate.Text))
              .Append(ansi.Dim($" {Where(candidate.Span)}"));
            if (candidate.Note.Length > 0 && candidate.Note != trace.Reason)
            {
                sb.Append(" — ").Append(candidate.Note);
            }

            sb.Append('\n');
        }
    }

    private static string Label(string label, Ansi ansi) => ansi.Dim(label.PadRight(9));

    private static string Where(TextSpan span) => $"{span.Start}–{span.End}";

    private static string Quoted(string text) => $"“{text}”";

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static string Shorten(string text, int max)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }
}
