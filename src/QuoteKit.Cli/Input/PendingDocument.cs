namespace QuoteKit.Cli.Input;

/// <summary>
/// One document named by the inputs but not yet read or parsed. Expanding the inputs yields these cheaply, in
/// order; the work of reading, decoding and parsing them happens later, on the batch's workers.
/// </summary>
/// <param name="Location">Where the document is, for messages: a path, or a path and line number.</param>
internal abstract record PendingDocument(string Location);

/// <summary>A file to read whole, as text or HTML.</summary>
/// <param name="Path">The path as the user wrote it, or as expanded from a directory or pattern; also the document's name.</param>
/// <param name="Format">Text or HTML.</param>
internal sealed record FileDocument(string Path, DocumentFormat Format) : PendingDocument(Path);

/// <summary>A document already read into memory, such as standard input.</summary>
/// <param name="Name">The document's name in the output (<c>-</c> for stdin).</param>
/// <param name="Bytes">Its raw bytes.</param>
/// <param name="Format">Text or HTML.</param>
internal sealed record BufferedDocument(string Name, string Location, byte[] Bytes, DocumentFormat Format) : PendingDocument(Location);

/// <summary>One line of a JSON Lines input, not yet parsed.</summary>
/// <param name="Line">The line's bytes, without its line break.</param>
internal sealed record JsonRecordDocument(string Location, byte[] Line) : PendingDocument(Location);

/// <summary>An input that could not even be listed or read (a missing file, an over-long line): reported as it is.</summary>
/// <param name="Message">What went wrong, for people.</param>
internal sealed record InputError(string Location, string Message) : PendingDocument(Location);
