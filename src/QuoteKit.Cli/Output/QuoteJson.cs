using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuoteKit.Cli.Output;

/// <summary>Writes extraction results in the CLI's stable JSON shape (see README, "Command line").</summary>
internal static class QuoteJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One document as a JSON object; with <paramref name="includeText"/>, its text as a last field "text".</summary>
    public static string Serialize(ExtractedDocument document, bool includeText, bool indented) =>
        Encoding.UTF8.GetString(SerializeUtf8(document, includeText, indented, prefix: null, suffix: null).Span);

    /// <summary>
    /// <see cref="Serialize"/> as UTF-8 in an array of its own, with an optional byte before and after (a line break):
    /// what the CLI's workers hand to the output, so the thread that writes it has no JSON or text encoding to do.
    /// </summary>
    public static ReadOnlyMemory<byte> SerializeUtf8(ExtractedDocument document, bool includeText, bool indented, byte? prefix, byte? suffix)
    {
        // The thread's buffer is reused; the record is copied out of it once, at its exact size.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        if (prefix is { } p)
        {
            buffer.Write([p]);
        }

        var writer = t_writer;
        if (writer is null || t_writerIndented != indented)
        {
            writer = t_writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact);
            t_writerIndented = indented;
        }
        else
        {
            writer.Reset(buffer);
        }

        WriteDocument(writer, document.Name, document.Result, document.Text, includeText);
        writer.Flush();
        if (suffix is { } s)
        {
            buffer.Write([s]);
        }

        byte[] record = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > MaxKeptBuffer)
        {
            t_buffer = null; // do not keep a huge document's buffer
            t_writer = null;
        }

        return record;
    }

    /// <summary>The largest record buffer a thread keeps (larger ones are let go after use).</summary>
    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    [ThreadStatic]
    private static bool t_writerIndented;

    /// <summary>
    /// The record of an input that failed: <c>{"document", "error", "quotes": [], "speakers": []}</c>, the document
    /// shape plus "error", so a reader that ignores unknown fields sees an empty document.
    /// </summary>
    public static string SerializeError(string location, string error, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            w.WriteStartObject();
            w.WriteString("document", location);
            w.WriteString("error", error);
            w.WriteStartArray("quotes");
            w.WriteEndArray();
            w.WriteStartArray("speakers");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes one document object: document, quotes, speakers and, with <paramref name="includeText"/>, text. The quote
    /// texts are written from <paramref name="text"/>, the input, at their spans (no quote string is made).
    /// </summary>
    public static void WriteDocument(Utf8JsonWriter w, string document, QuoteExtractionResult result, string text, bool includeText)
    {
        w.WriteStartObject();
        w.WriteString("document", document);
        w.WriteStartArray("quotes");
        foreach (var q in result.Quotes)
        {
            WriteQuote(w, q, text);
        }

        w.WriteEndArray();
        w.WriteStartArray("speakers");
        foreach (var s in result.Speakers)
        {
            WriteSpeaker(w, s);
        }

        w.WriteEndArray();
        if (includeText)
        {
            w.WriteString("text", text);
        }

        w.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter w, Quote q, string text)
    {
        w.WriteStartObject();
        w.WriteString("text", text.AsSpan(q.Span.Start, q.Span.Length));
        w.WriteNumber("start", q.Span.Start);
        w.WriteNumber("end", q.Span.End);
        w.WriteString("kind", KindName(q.Kind));
        if (q.Speaker is null)
        {
            w.WriteNull("speaker");
        }
        else
        {
            w.WriteStartObject("speaker");
            w.WriteString("id", q.Speaker.Id);
            w.WriteString("name", q.Speaker.Name);
            if (q.SpeakerMention is { } mention)
            {
                WriteFragment(w, "mention", mention.Text, mention.Span);
            }
            else
            {
                w.WriteNull("mention");
            }

            w.WriteEndObject();
        }

        if (q.Cue is { } cue)
        {
            WriteFragment(w, "cue", cue.Text, cue.Span);
        }
        else
        {
            w.WriteNull("cue");
        }

        w.WriteNumber("confidence", Math.Round(q.Confidence, 3));
        w.WriteString("sieve", q.Sieve);
        if (q.Parts.Count > 1)
        {
            w.WriteStartArray("parts");
            foreach (var p in q.Parts)
            {
                w.WriteStartObject();
                w.WriteNumber("start", p.Start);
                w.WriteNumber("end", p.End);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (q.Fragments.Count > 0)
        {
            w.WriteStartArray("fragments");
            foreach (var f in q.Fragments)
            {
                w.WriteStartObject();
                w.WriteString("text", text.AsSpan(f.Start, f.Length));
                w.WriteNumber("start", f.Start);
                w.WriteNumber("end", f.End);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteSpeaker(Utf8JsonWriter w, Speaker s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("name", s.Name);
        w.WriteString("kind", SpeakerKindName(s.Kind));
        w.WriteStartArray("aliases");
        foreach (var a in s.Aliases)
        {
            w.WriteStringValue(a);
        }

        w.WriteEndArray();
        w.WriteStartArray("descriptions");
        foreach (var d in s.Descriptions)
        {
            w.WriteStringValue(d);
        }

        w.WriteEndArray();
        w.WriteStartArray("members");
        foreach (var m in s.Members)
        {
            w.WriteStringValue(m.Id);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFragment(Utf8JsonWriter w, string name, string text, TextSpan span)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteEndObject();
    }

    /// <summary>The contract's name for a kind of quote.</summary>
    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.Indirect => "indirect",
        _ => "mixed",
    };

    /// <summary>The contract's name for a kind of speaker.</summary>
    public static string SpeakerKindName(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Person => "person",
        SpeakerKind.Organization => "organization",
        SpeakerKind.Group => "group",
        _ => "unknown",
    };
}
