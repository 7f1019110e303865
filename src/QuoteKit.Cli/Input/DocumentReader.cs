using System.Text;
using System.Text.Json;

namespace QuoteKit.Cli.Input;

/// <summary>A document ready for extraction, or the reason it could not be read.</summary>
/// <param name="Name">The document's name in the output: its path, <c>-</c> for stdin, or a record's id.</param>
/// <param name="Location">Where it is, for messages.</param>
/// <param name="Text">The text to extract quotes from (an HTML page's article text), or null on error.</param>
/// <param name="Error">Why it could not be read, or null.</param>
internal sealed record LoadedDocument(string Name, string Location, string? Text, string? Error)
{
    public static LoadedDocument Failed(string location, string error) => new(location, location, null, error);
}

/// <summary>
/// Reads, checks and decodes pending documents: size before reading, then no NUL bytes (binary), strict UTF-8,
/// not empty; HTML pages are reduced to their article text. Thread-safe; never throws for bad input.
/// </summary>
internal sealed class DocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly long _maxDocumentBytes;

    /// <param name="maxDocumentBytes">The largest file or record accepted, in bytes.</param>
    public DocumentReader(long maxDocumentBytes) => _maxDocumentBytes = maxDocumentBytes;

    /// <summary>Reads <paramref name="pending"/> into a document, or says why it cannot be.</summary>
    public LoadedDocument Read(PendingDocument pending) => pending switch
    {
        FileDocument f => ReadFile(f),
        BufferedDocument b => Decode(b.Name, b.Location, b.Bytes, b.Format),
        JsonRecordDocument r => ReadRecord(r),
        InputError e => LoadedDocument.Failed(e.Location, e.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(pending), pending, "unknown kind of document"),
    };

    private LoadedDocument ReadFile(FileDocument file)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && (stream.Length > _maxDocumentBytes || stream.Length > Array.MaxLength))
            {
                return LoadedDocument.Failed(file.Path, TooLarge(stream.Length, Math.Min(_maxDocumentBytes, Array.MaxLength)));
            }

            // Read at most one byte past the limit: a pipe or a file that grows is caught here too.
            var buffer = new MemoryStream(stream.CanSeek ? (int)stream.Length : 0);
            var chunk = new byte[64 * 1024];
            int n;
            while ((n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, _maxDocumentBytes + 1 - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > _maxDocumentBytes)
                {
                    return LoadedDocument.Failed(file.Path, TooLarge(null, _maxDocumentBytes));
                }
            }

            bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LoadedDocument.Failed(file.Path, Describe(e));
        }

        return Decode(file.Path, file.Path, bytes, file.Format);
    }

    private static LoadedDocument Decode(string name, string location, byte[] bytes, DocumentFormat format)
    {
        if (bytes.Length == 0)
        {
            return LoadedDocument.Failed(location, "empty file");
        }

        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            return LoadedDocument.Failed(location, $"binary file (NUL byte at offset {nul}), not UTF-8 text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return LoadedDocument.Failed(location, $"not valid UTF-8 (bad byte at offset {e.Index})");
        }

        return Finish(name, location, StripBom(text), format);
    }

    private static LoadedDocument Finish(string name, string location, string text, DocumentFormat format)
    {
        if (format == DocumentFormat.Html)
        {
            text = HtmlArticle.ExtractText(text);
            if (text.Length == 0)
            {
                return LoadedDocument.Failed(location, "no article text found in the HTML");
            }
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            return LoadedDocument.Failed(location, "empty document (only white space)");
        }

        return new LoadedDocument(name, location, text, null);
    }

    private static LoadedDocument ReadRecord(JsonRecordDocument record)
    {
        var line = record.Line;
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            return LoadedDocument.Failed(record.Location, "not valid UTF-8");
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return LoadedDocument.Failed(record.Location, "a record must be a JSON object {\"id\": ..., \"text\": ...}");
            }

            string? id = root.TryGetProperty("id", out var idElement)
                ? idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    _ => null,
                }
                : null;
            if (string.IsNullOrEmpty(id))
            {
                return LoadedDocument.Failed(record.Location, "the record has no \"id\" (a string or a number)");
            }

            var at = $"{record.Location} (id {id})";
            bool hasText = root.TryGetProperty("text", out var textElement);
            bool hasHtml = root.TryGetProperty("html", out var htmlElement);
            if (hasText == hasHtml)
            {
                return LoadedDocument.Failed(at, hasText ? "the record has both \"text\" and \"html\"; give one" : "the record has neither \"text\" nor \"html\"");
            }

            var content = hasText ? textElement : htmlElement;
            if (content.ValueKind != JsonValueKind.String)
            {
                return LoadedDocument.Failed(at, $"\"{(hasText ? "text" : "html")}\" must be a string");
            }

            var text = content.GetString()!;
            if (text.Length == 0)
            {
                return LoadedDocument.Failed(at, "empty document");
            }

            if (text.Contains('\0'))
            {
                return LoadedDocument.Failed(at, "binary content (NUL character), not text");
            }

            return Finish(id, at, text, hasText ? DocumentFormat.Text : DocumentFormat.Html);
        }
        catch (JsonException e)
        {
            return LoadedDocument.Failed(record.Location, $"malformed JSON at byte {e.BytePositionInLine + 1}");
        }
    }

    private static string StripBom(string s) => s.Length > 0 && s[0] == '\uFEFF' ? s[1..] : s;

    /// <summary>A short message for an I/O failure.</summary>
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    /// <summary>The message for a document over the size limit.</summary>
    public static string TooLarge(long? size, long limit) =>
        (size is { } s ? $"too large: {s:N0} bytes" : "too large") + $", over --max-document-size ({limit:N0} bytes)";
}
