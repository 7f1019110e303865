using System.Globalization;
using System.Text;

namespace QuoteKit.Cli.Output;

/// <summary>
/// One row per quote with a header row, as RFC 4180 has it: CRLF line ends, and a field that holds a comma, a
/// double quote or a line break is enclosed in double quotes with its own double quotes doubled. A document
/// without quotes has no rows.
/// </summary>
internal sealed class CsvFormatter : OutputFormatter
{
    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns =
    [
        "document", "quote", "start", "end", "kind", "text", "speaker_id", "speaker", "speaker_kind",
        "mention", "mention_start", "mention_end", "cue", "cue_start", "cue_end", "confidence", "sieve",
    ];

    /// <inheritdoc />
    public override string Prologue => string.Join(',', Columns) + "\r\n";

    /// <inheritdoc />
    public override string Format(ExtractedDocument document)
    {
        var sb = new StringBuilder();
        int n = 0;
        foreach (var q in document.Result.Quotes)
        {
            n++;
            string?[] fields =
            [
                document.Name, Number(n), Number(q.Span.Start), Number(q.Span.End), QuoteJson.KindName(q.Kind), q.Text,
                q.Speaker?.Id, q.Speaker?.Name, q.Speaker is null ? null : QuoteJson.SpeakerKindName(q.Speaker.Kind),
                q.SpeakerMention?.Text, Number(q.SpeakerMention?.Span.Start), Number(q.SpeakerMention?.Span.End),
                q.Cue?.Text, Number(q.Cue?.Span.Start), Number(q.Cue?.Span.End),
                Math.Round(q.Confidence, 3).ToString(CultureInfo.InvariantCulture), q.Sieve,
            ];
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                AppendField(sb, fields[i] ?? "");
            }

            sb.Append("\r\n");
        }

        return sb.ToString();
    }

    private static string? Number(int? n) => n?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends one field, enclosed in double quotes when it must be.</summary>
    internal static void AppendField(StringBuilder sb, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            sb.Append(field);
            return;
        }

        sb.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
