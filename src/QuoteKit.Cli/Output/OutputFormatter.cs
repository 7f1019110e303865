using System.Text;

namespace QuoteKit.Cli.Output;

/// <summary>One document's text and what was extracted from it.</summary>
/// <param name="Name">The document's name: its path, <c>-</c> for stdin, or a record's id.</param>
/// <param name="Text">The text that offsets index (an HTML page's extracted article text).</param>
/// <param name="Result">The quotes and speakers.</param>
internal sealed record ExtractedDocument(string Name, string Text, QuoteExtractionResult Result);

/// <summary>The output formats of <c>quotekit extract</c>.</summary>
internal enum OutputFormat
{
    /// <summary>One JSON array of documents.</summary>
    Json,

    /// <summary>One JSON object per line per document: the stable contract.</summary>
    Jsonl,

    /// <summary>Quotes grouped by speaker, for a person at a terminal.</summary>
    Table,

    /// <summary>One RFC 4180 row per quote.</summary>
    Csv,
}

/// <summary>
/// Turns documents into output text. <see cref="Format"/> runs on the batch's workers, so it must be thread-safe;
/// the pieces are then written in input order: prologue, documents with separators between them, epilogue.
/// </summary>
internal abstract class OutputFormatter
{
    /// <summary>Written once before the first document.</summary>
    public virtual string Prologue => "";

    /// <summary>Written between two documents.</summary>
    public virtual string Separator => "";

    /// <summary>Written once after the last document.</summary>
    public virtual string Epilogue => "";

    /// <summary>The output for one document.</summary>
    public abstract string Format(ExtractedDocument document);

    /// <summary>
    /// <see cref="Format"/> as UTF-8 bytes: the CLI's workers call this, so each document's output is encoded on the
    /// worker that extracted it and the writing thread only copies bytes.
    /// </summary>
    public virtual ReadOnlyMemory<byte> FormatUtf8(ExtractedDocument document) => Encoding.UTF8.GetBytes(Format(document));

    /// <summary>The record for an input that failed, or null when the format has none (table, CSV: errors go to stderr only).</summary>
    /// <param name="location">The input's name, as reported on stderr.</param>
    /// <param name="error">What went wrong.</param>
    public virtual string? FormatError(string location, string error) => null;

    /// <summary>The formatter for <paramref name="format"/>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="includeText">Add each document's text to JSON output.</param>
    /// <param name="ansi">Terminal styling for the table.</param>
    public static OutputFormatter For(OutputFormat format, bool includeText, Ansi ansi) => format switch
    {
        OutputFormat.Json => new JsonArrayFormatter(includeText),
        OutputFormat.Jsonl => new JsonLinesFormatter(includeText),
        OutputFormat.Table => new TableFormatter(ansi),
        OutputFormat.Csv => new CsvFormatter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}

/// <summary>JSON Lines: one document per line (the contract in README).</summary>
internal sealed class JsonLinesFormatter(bool includeText) : OutputFormatter
{
    /// <inheritdoc />
    public override string Format(ExtractedDocument document) => QuoteJson.Serialize(document, includeText, indented: false) + "\n";

    /// <inheritdoc />
    public override ReadOnlyMemory<byte> FormatUtf8(ExtractedDocument document) => QuoteJson.SerializeUtf8(document, includeText, indented: false, prefix: null, suffix: (byte)'\n');

    /// <inheritdoc />
    public override string FormatError(string location, string error) => QuoteJson.SerializeError(location, error, indented: false) + "\n";
}

/// <summary>One indented JSON array of documents, written as it goes.</summary>
internal sealed class JsonArrayFormatter(bool includeText) : OutputFormatter
{
    /// <inheritdoc />
    public override string Prologue => "[";

    /// <inheritdoc />
    public override string Separator => ",";

    /// <inheritdoc />
    public override string Epilogue => "\n]\n";

    /// <inheritdoc />
    public override string Format(ExtractedDocument document) => "\n" + QuoteJson.Serialize(document, includeText, indented: true);

    /// <inheritdoc />
    public override ReadOnlyMemory<byte> FormatUtf8(ExtractedDocument document) => QuoteJson.SerializeUtf8(document, includeText, indented: true, prefix: (byte)'\n', suffix: null);

    /// <inheritdoc />
    public override string FormatError(string location, string error) => "\n" + QuoteJson.SerializeError(location, error, indented: true);
}
