namespace QuoteKit.Cli.Input;

/// <summary>How the command line's inputs are to be read (<c>--input-format</c>).</summary>
internal enum InputFormat
{
    /// <summary>By file extension: <c>.html</c>/<c>.htm</c> are HTML, <c>.jsonl</c>/<c>.ndjson</c> JSON Lines, everything else (and stdin) plain text.</summary>
    Auto,

    /// <summary>Every input is plain UTF-8 text.</summary>
    Text,

    /// <summary>Every input is an HTML page whose article body is extracted.</summary>
    Html,

    /// <summary>Every input is JSON Lines: one <c>{"id": ..., "text"|"html": ...}</c> record per line.</summary>
    Jsonl,
}

/// <summary>What one document's bytes are: article text, or an HTML page to take the article from.</summary>
internal enum DocumentFormat
{
    /// <summary>Plain UTF-8 text, used as it is (a byte order mark removed).</summary>
    Text,

    /// <summary>An HTML page: the article body is extracted and becomes the document's text.</summary>
    Html,
}
