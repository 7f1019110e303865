using System.Globalization;
using System.Text;

namespace QuoteKit.Tests.Robustness;

/// <summary>
/// Writes every field of an extraction result as text, in a fixed format, so two results can be compared for exact
/// equality (determinism, thread safety). Speakers are written by id and name, so a result that swaps two speakers'
/// objects but keeps their ids still compares equal only if everything reported is the same.
/// </summary>
public static class CanonicalResult
{
    public static string Of(QuoteExtractionResult result)
    {
        var sb = new StringBuilder();
        foreach (var q in result.Quotes)
        {
            sb.Append("Q ").Append(q.Kind).Append(' ').Append(q.Span).Append(' ').Append(Escape(q.Text)).Append('\n');
            sb.Append("  parts");
            foreach (var p in q.Parts)
            {
                sb.Append(' ').Append(p);
            }

            sb.Append('\n');
            sb.Append("  cue ").Append(q.Cue is not { } cue ? "-" : cue.Span + " " + Escape(cue.Text)).Append('\n');
            sb.Append("  speaker ").Append(q.Speaker is null ? "-" : q.Speaker.Id + " " + Escape(q.Speaker.Name)).Append('\n');
            sb.Append("  mention ").Append(q.SpeakerMention is not { } mention ? "-" : mention.Span + " " + Escape(mention.Text)).Append('\n');
            sb.Append("  confidence ").Append(q.Confidence.ToString("R", CultureInfo.InvariantCulture)).Append(" sieve ").Append(q.Sieve).Append('\n');
            if (q.Trace is { } trace)
            {
                sb.Append("  trace ").Append(trace.Sieve).Append(' ').Append(Escape(trace.Reason)).Append('\n');
                foreach (var c in trace.Candidates)
                {
                    sb.Append("    ").Append(c.Chosen ? '*' : ' ').Append(c.Span).Append(' ').Append(Escape(c.Text)).Append(' ').Append(Escape(c.Note)).Append('\n');
                }
            }
        }

        foreach (var s in result.Speakers)
        {
            sb.Append("S ").Append(s.Id).Append(' ').Append(s.Kind).Append(' ').Append(Escape(s.Name)).Append('\n');
            sb.Append("  aliases ").AppendJoin(" | ", s.Aliases.Select(Escape)).Append('\n');
            sb.Append("  descriptions ").AppendJoin(" | ", s.Descriptions.Select(Escape)).Append('\n');
            sb.Append("  members ").AppendJoin(' ', s.Members.Select(m => m.Id)).Append('\n');
        }

        return sb.ToString();
    }

    // Control and non-ASCII characters as \uXXXX, so a difference in invisible characters shows in a diff.
    private static string Escape(string? value)
    {
        if (value is null)
        {
            return "<null>";
        }

        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            if (c < ' ' || c > '~' || c is '"' or '\\')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }
}
