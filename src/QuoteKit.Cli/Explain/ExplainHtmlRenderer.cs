using System.Globalization;
using System.Text;
using QuoteKit.Cli.Output;

namespace QuoteKit.Cli.Explain;

/// <summary>
/// <c>quotekit explain --html</c>: one self-contained page (no external files, no script needed) with the article,
/// each quote highlighted in its speaker's colour and numbered, the decision shown when a quote is hovered or
/// focused, a legend of speakers (name, aliases, descriptions, number of quotes) and every decision listed below.
/// </summary>
internal static class ExplainHtmlRenderer
{
    /// <summary>Background and accent for each speaker slot: light enough to read black text on, distinct side by side.</summary>
    private static readonly (string Background, string Accent)[] Palette =
    [
        ("#dbeafe", "#1d4ed8"), ("#fef3c7", "#b45309"), ("#dcfce7", "#15803d"), ("#fce7f3", "#be185d"),
        ("#ede9fe", "#6d28d9"), ("#ccfbf1", "#0f766e"), ("#ffedd5", "#c2410c"), ("#fee2e2", "#b91c1c"),
        ("#ecfccb", "#4d7c0f"), ("#cffafe", "#0e7490"), ("#fae8ff", "#a21caf"), ("#e2e8f0", "#334155"),
    ];

    private const string Style = """
        :root { --ink: #1d2329; --muted: #5f6b76; --rule: #dde2e7; --paper: #fbfaf7; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header.page { padding: 22px 40px 14px; background: #fff; border-bottom: 1px solid var(--rule); }
        header.page h1 { font-size: 21px; margin: 0 0 2px; overflow-wrap: anywhere; }
        header.page p { margin: 0; color: var(--muted); font-size: 14px; }
        .layout { display: grid; grid-template-columns: minmax(0, 44rem) minmax(14rem, 19rem); gap: 44px; padding: 28px 40px; justify-content: center; }
        .article { margin: 0; font: 18px/1.75 Georgia, "Times New Roman", serif; white-space: pre-wrap; overflow-wrap: break-word; }
        h2 { font: 600 12px/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0 0 10px; }
        .legend { position: sticky; top: 16px; align-self: start; font-size: 14px; line-height: 1.45; }
        .legend ul { list-style: none; margin: 0; padding: 0; }
        .legend li { display: flex; gap: 10px; padding: 9px 0; border-top: 1px solid var(--rule); }
        .swatch { flex: none; width: 16px; height: 16px; margin-top: 2px; border-radius: 4px; background: var(--fg); }
        .swatch.none { background: var(--bg); border: 2px dashed var(--fg); }
        .legend .name { font-weight: 650; }
        .legend .count { color: var(--fg); font-weight: 600; white-space: nowrap; }
        .muted { color: var(--muted); }
        .none { --bg: #eceef0; --fg: #6b7280; }
        mark.q { background: var(--bg); color: inherit; border-bottom: 2px solid var(--fg); border-radius: 3px; padding: 1px 1px; position: relative; cursor: help; }
        mark.q.none { border-bottom-style: dashed; }
        mark.q.nested { box-shadow: inset 0 -6px 0 var(--bg); }
        mark.q:hover, mark.q:focus, mark.q.pinned { outline: 2px solid var(--fg); outline-offset: 1px; }
        sup.n { font: 700 11px/1 system-ui, sans-serif; color: var(--fg); padding: 0 2px 0 1px; }
        sup.n a { color: inherit; text-decoration: none; }
        .tip { display: none; position: absolute; left: 0; top: calc(100% + 8px); z-index: 10; width: 27rem; max-width: 85vw;
               white-space: normal; background: #fff; color: var(--ink); border: 1px solid var(--rule); border-left: 5px solid var(--fg);
               border-radius: 6px; box-shadow: 0 8px 28px rgba(20, 30, 40, .18); padding: 10px 14px; font: 13.5px/1.5 system-ui, sans-serif; cursor: auto; }
        mark.q:hover > .tip, mark.q:focus > .tip, mark.q.pinned > .tip { display: block; }
        .tip .head, .decision .head { display: block; font-weight: 650; margin-bottom: 4px; }
        .row { display: grid; grid-template-columns: 5.6em minmax(0, 1fr); column-gap: 6px; }
        .row > .k { color: var(--muted); }
        .cand > .v { padding-left: 1.2em; text-indent: -1.2em; }
        .cand.chosen > .v { font-weight: 600; color: var(--fg); }
        .cand .note { font-weight: normal; color: var(--muted); }
        .decisions { max-width: 66rem; margin: 0 auto; padding: 8px 40px 48px; }
        .decision { display: grid; grid-template-columns: 3.2rem 1fr; gap: 0 12px; padding: 12px 0; border-top: 1px solid var(--rule); font-size: 14.5px; }
        .decision .num { font: 700 15px/1.6 system-ui, sans-serif; color: var(--fg); }
        .decision blockquote { margin: 0 0 4px; padding: 2px 10px; background: var(--bg); border-left: 3px solid var(--fg); font: 16px/1.6 Georgia, serif; }
        .decision:target { background: #fff; box-shadow: 0 0 0 2px var(--fg); border-radius: 6px; }
        footer { color: var(--muted); font-size: 12px; text-align: center; padding: 0 0 24px; }
        @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } .legend { position: static; } }
        """;

    /// <summary>The page as one HTML string.</summary>
    public static string Render(Explanation e)
    {
        var sb = new StringBuilder();
        var result = e.Result;
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"quotekit explain\">\n")
          .Append("<title>Quotes in ").Append(Escape(e.Name)).Append("</title>\n<style>\n").Append(Style).Append('\n');
        for (int i = 0; i < Palette.Length; i++)
        {
            sb.Append($".s{i} {{ --bg: {Palette[i].Background}; --fg: {Palette[i].Accent}; }}\n");
        }

        sb.Append("</style>\n</head>\n<body>\n<header class=\"page\">\n<h1>").Append(Escape(e.Name)).Append("</h1>\n<p>")
          .Append(Count(result.Quotes.Count, "quote")).Append(" · ").Append(Count(result.Speakers.Count, "speaker")).Append(" · ")
          .Append(e.Unattributed).Append(" unattributed · hover or focus a quote to see how it was attributed</p>\n</header>\n");

        sb.Append("<div class=\"layout\">\n<main>\n<h2>Article</h2>\n<div class=\"article\">");
        AppendArticle(sb, e);
        sb.Append("</div>\n</main>\n");
        AppendLegend(sb, e);
        sb.Append("</div>\n<section class=\"decisions\">\n<h2>Decisions</h2>\n");
        foreach (var q in result.Quotes)
        {
            sb.Append($"<div class=\"decision {Css(e, q.Speaker)}\" id=\"q{e.NumberOf(q)}\"><div class=\"num\">#{e.NumberOf(q)}</div><div>")
              .Append("<blockquote>").Append(Escape(q.Text)).Append("</blockquote>");
            AppendDecision(sb, e, q, withHead: false);
            sb.Append("</div></div>\n");
        }

        if (result.Quotes.Count == 0)
        {
            sb.Append("<p class=\"muted\">No quotes were found.</p>\n");
        }

        sb.Append("</section>\n<footer>Made by quotekit explain. Offsets are UTF-16 code units into the article text.</footer>\n");
        // Optional: "#show-3" in the address pins quote 3's decision open (for screenshots and links).
        sb.Append("<script>(function(){var m=/^#show-(\\d+)$/.exec(location.hash);if(!m)return;")
          .Append("document.querySelectorAll('mark.q[data-q=\"'+m[1]+'\"]').forEach(function(e){e.classList.add('pinned');});})();</script>\n")
          .Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void AppendArticle(StringBuilder sb, Explanation e)
    {
        foreach (var piece in e.Pieces())
        {
            var text = Escape(piece.Span.Of(e.Text));
            if (piece.Covering.Count == 0)
            {
                sb.Append(text);
                continue;
            }

            var part = piece.Covering[0];
            var q = part.Quote;
            int n = e.NumberOf(q);
            if (part.IsFirst && part.Span.Start == piece.Span.Start)
            {
                sb.Append($"<sup class=\"n {Css(e, q.Speaker)}\"><a href=\"#q{n}\">{n}</a></sup>");
            }

            sb.Append($"<mark class=\"q {Css(e, q.Speaker)}{(piece.Covering.Count > 1 ? " nested" : "")}\" data-q=\"{n}\" tabindex=\"0\">")
              .Append(text)
              .Append("<span class=\"tip\" role=\"tooltip\">");
            AppendDecision(sb, e, q, withHead: true);
            sb.Append("</span></mark>");
        }
    }

    private static void AppendLegend(StringBuilder sb, Explanation e)
    {
        sb.Append("<aside class=\"legend\">\n<h2>Speakers</h2>\n<ul>\n");
        foreach (var s in e.Result.Speakers)
        {
            sb.Append($"<li class=\"{Css(e, s)}\"><span class=\"swatch\"></span><span><span class=\"name\">{Escape(s.Name)}</span> ")
              .Append($"<span class=\"count\">{Count(e.QuoteCount(s), "quote")}</span><br><span class=\"muted\">{QuoteJson.SpeakerKindName(s.Kind)}");
            if (s.Aliases.Count > 0)
            {
                sb.Append(" · also ").Append(Escape(string.Join(", ", s.Aliases)));
            }

            if (s.Descriptions.Count > 0)
            {
                sb.Append(" · ").Append(Escape(string.Join(", ", s.Descriptions)));
            }

            if (s.Members.Count > 0)
            {
                sb.Append(" · members: ").Append(Escape(string.Join(", ", s.Members.Select(m => m.Name))));
            }

            sb.Append("</span></span></li>\n");
        }

        if (e.Unattributed > 0)
        {
            sb.Append($"<li class=\"none\"><span class=\"swatch none\"></span><span><span class=\"name\">Unattributed</span> <span class=\"count\">{Count(e.Unattributed, "quote")}</span></span></li>\n");
        }

        if (e.Result.Speakers.Count == 0 && e.Unattributed == 0)
        {
            sb.Append("<li class=\"muted\">No speakers.</li>\n");
        }

        sb.Append("</ul>\n</aside>\n");
    }

    /// <summary>The decision for one quote: speaker and mention, cue, rule, reason, and the candidates weighed.</summary>
    private static void AppendDecision(StringBuilder sb, Explanation e, Quote q, bool withHead)
    {
        var confidence = q.Speaker is null ? "" : string.Create(CultureInfo.InvariantCulture, $" · confidence {q.Confidence:0.00}");
        if (withHead)
        {
            sb.Append($"<span class=\"head\">#{e.NumberOf(q)} · {QuoteJson.KindName(q.Kind)} quote · {Escape(q.Sieve)}{confidence}</span>");
        }
        else
        {
            Row(sb, "Kind", $"{QuoteJson.KindName(q.Kind)} quote, characters {q.Span.Start}–{q.Span.End}");
            Row(sb, "Rule", Escape(q.Sieve) + confidence);
        }

        Row(sb, "Speaker", q.Speaker is null
            ? "<span class=\"muted\">none found</span>"
            : $"<b>{Escape(q.Speaker.Name)}</b>" + (q.SpeakerMention is { } m ? $" <span class=\"muted\">named here as “{Escape(m.Text)}”</span>" : ""));
        Row(sb, "Cue", q.Cue is { } c ? $"“{Escape(c.Text)}”" : "<span class=\"muted\">none</span>");
        if (q.Trace is not { } trace)
        {
            Row(sb, "Why", "<span class=\"muted\">no trace recorded</span>");
            return;
        }

        if (trace.Reason.Length > 0)
        {
            Row(sb, "Why", Escape(trace.Reason));
        }

        Row(sb, "Weighed", trace.Candidates.Count == 0 ? "<span class=\"muted\">no candidate mentions</span>" : Count(trace.Candidates.Count, "mention"));
        foreach (var candidate in trace.Candidates)
        {
            var note = candidate.Note.Length > 0 && candidate.Note != trace.Reason ? $" <span class=\"note\">— {Escape(candidate.Note)}</span>" : "";
            Row(sb, "", $"{(candidate.Chosen ? "✓" : "✗")} “{Escape(candidate.Text)}”{note}", candidate.Chosen ? "cand chosen" : "cand");
        }
    }

    /// <summary>One labelled line of a decision; <paramref name="valueHtml"/> is already escaped.</summary>
    private static void Row(StringBuilder sb, string label, string valueHtml, string? extraClass = null) =>
        sb.Append($"<span class=\"row{(extraClass is null ? "" : " " + extraClass)}\"><span class=\"k\">{label}</span><span class=\"v\">{valueHtml}</span></span>");

    private static string Css(Explanation e, Speaker? speaker) => e.SlotOf(speaker) is { } slot ? $"s{slot % Palette.Length}" : "none";

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>Text made safe inside HTML elements and double-quoted attributes.</summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        return text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
    }
}
