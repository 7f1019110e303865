namespace QuoteKit.Cli.Input;

/// <summary>
/// Turns the command line's inputs (files, directories, patterns, <c>-</c> for stdin) into the documents they name,
/// lazily and in a fixed order, so that an endless JSON Lines stream is read one line at a time. Nothing here
/// throws for bad input: what cannot be listed or read becomes an <see cref="InputError"/> in its place.
/// </summary>
internal sealed class InputExpander
{
    /// <summary>The name of standard input in messages.</summary>
    public const string StdinLocation = "<stdin>";

    private static readonly string[] TextExtensions = [".txt", ".html", ".htm"];
    private static readonly string[] JsonlExtensions = [".jsonl", ".ndjson"];

    private readonly InputFormat _format;
    private readonly bool _recursive;
    private readonly long _maxDocumentBytes;
    private readonly Stream _stdin;

    /// <param name="format">How inputs are read.</param>
    /// <param name="recursive">Whether directories are searched below their top level.</param>
    /// <param name="maxDocumentBytes">The largest document (a file, stdin, one JSON Lines record) accepted, in bytes.</param>
    /// <param name="stdin">Standard input.</param>
    public InputExpander(InputFormat format, bool recursive, long maxDocumentBytes, Stream stdin)
    {
        _format = format;
        _recursive = recursive;
        _maxDocumentBytes = maxDocumentBytes;
        _stdin = stdin;
    }

    /// <summary>Every document the inputs name, in order; standard input when there are none.</summary>
    public IEnumerable<PendingDocument> Expand(IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 0)
        {
            inputs = ["-"];
        }

        foreach (var input in inputs)
        {
            foreach (var document in ExpandOne(input))
            {
                yield return document;
            }
        }
    }

    private IEnumerable<PendingDocument> ExpandOne(string input)
    {
        if (input == "-")
        {
            return _format == InputFormat.Jsonl ? Records(_stdin, StdinLocation) : [ReadStdin()];
        }

        if (Directory.Exists(input))
        {
            return NonEmpty(WalkDirectory(input).SelectMany(FileDocuments), input, "no input files in this directory" + (_recursive ? " or below" : " (--recursive searches below)"));
        }

        if (File.Exists(input) || !FileGlob.IsPattern(input))
        {
            return FileDocuments(input); // a missing file is reported when it is read
        }

        return NonEmpty(FileGlob.Expand(input).SelectMany(FileDocuments), input, "no files match this pattern");
    }

    private static IEnumerable<PendingDocument> NonEmpty(IEnumerable<PendingDocument> documents, string location, string message)
    {
        bool any = false;
        foreach (var document in documents)
        {
            any = true;
            yield return document;
        }

        if (!any)
        {
            yield return new InputError(location, message);
        }
    }

    private IEnumerable<PendingDocument> FileDocuments(string path)
    {
        if (_format == InputFormat.Jsonl || (_format == InputFormat.Auto && IsJsonLinesPath(path)))
        {
            return Records(path);
        }

        var format = _format switch
        {
            InputFormat.Html => DocumentFormat.Html,
            InputFormat.Text => DocumentFormat.Text,
            _ => IsHtmlPath(path) ? DocumentFormat.Html : DocumentFormat.Text,
        };
        return [new FileDocument(path, format)];
    }

    /// <summary>True for the extensions that <c>--input-format auto</c> reads as JSON Lines records.</summary>
    public static bool IsJsonLinesPath(string path) => JsonlExtensions.Any(x => path.EndsWith(x, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for the extensions that <c>--input-format auto</c> reads as HTML.</summary>
    public static bool IsHtmlPath(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private IEnumerable<PendingPath> WalkDirectory(string directory)
    {
        var extensions = _format == InputFormat.Jsonl ? JsonlExtensions : TextExtensions;
        string[] files, subdirectories;
        try
        {
            files = Directory.GetFiles(directory);
            subdirectories = _recursive ? Directory.GetDirectories(directory) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new PendingPath(directory, DocumentReader.Describe(e))];
        }

        var wanted = files
            .Where(f => !Path.GetFileName(f).StartsWith('.') && extensions.Any(x => f.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .Select(f => new PendingPath(f, null));
        var below = subdirectories
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .SelectMany(WalkDirectory);
        return wanted.Concat(below);
    }

    private IEnumerable<PendingDocument> FileDocuments(PendingPath path) =>
        path.Error is null ? FileDocuments(path.Path) : [new InputError(path.Path, path.Error)];

    private PendingDocument ReadStdin()
    {
        var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[64 * 1024];
            int n;
            while ((n = _stdin.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > _maxDocumentBytes)
                {
                    return new InputError(StdinLocation, DocumentReader.TooLarge(null, _maxDocumentBytes));
                }

                buffer.Write(chunk, 0, n);
            }
        }
        catch (IOException e)
        {
            return new InputError(StdinLocation, DocumentReader.Describe(e));
        }

        var format = _format == InputFormat.Html ? DocumentFormat.Html : DocumentFormat.Text;
        return new BufferedDocument("-", StdinLocation, buffer.ToArray(), format);
    }

    private IEnumerable<PendingDocument> Records(string path)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputError(path, DocumentReader.Describe(e))];
        }

        return NonEmpty(Disposing(stream, Records(stream, path)), path, "empty file: no JSON Lines records");
    }

    private static IEnumerable<PendingDocument> Disposing(Stream stream, IEnumerable<PendingDocument> documents)
    {
        using (stream)
        {
            foreach (var document in documents)
            {
                yield return document;
            }
        }
    }

    private IEnumerable<PendingDocument> Records(Stream stream, string location)
    {
        var reader = new BoundedLineReader(stream, _maxDocumentBytes);
        while (true)
        {
            var next = ReadRecord(reader, location);
            if (next is null)
            {
                yield break;
            }

            if (next is not Blank)
            {
                yield return next;
            }

            if (next is InputError { Message: var m } && m.StartsWith(ReadFailed, StringComparison.Ordinal))
            {
                yield break;
            }
        }
    }

    private const string ReadFailed = "reading stopped: ";

    private PendingDocument? ReadRecord(BoundedLineReader reader, string location)
    {
        try
        {
            if (!reader.TryReadLine(out var line, out long length))
            {
                return null;
            }

            var at = $"{location}:{reader.LineNumber}";
            if (line is null)
            {
                return new InputError(at, DocumentReader.TooLarge(length, _maxDocumentBytes));
            }

            return line.AsSpan().Trim(" \t"u8).IsEmpty ? Blank.Instance : new JsonRecordDocument(at, line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputError($"{location}:{reader.LineNumber + 1}", ReadFailed + DocumentReader.Describe(e));
        }
    }

    private readonly record struct PendingPath(string Path, string? Error);

    /// <summary>A blank line between records: skipped.</summary>
    private sealed record Blank() : PendingDocument("")
    {
        public static readonly Blank Instance = new();
    }
}
