namespace QuoteKit;

/// <summary>Finds the quotes in a document and attributes them to speakers. Implementations are thread-safe.</summary>
public interface IQuoteExtractor
{
    /// <summary>Extracts every quote in <paramref name="text"/> with its kind, cue and resolved speaker.</summary>
    /// <param name="text">The article text. Any string is accepted: empty, huge (up to <see cref="QuoteKitOptions.MaxDocumentLength"/>), binary or with unbalanced quotation marks.</param>
    /// <param name="cancellationToken">Stops the work promptly on long documents.</param>
    /// <returns>The quotes in document order and the speakers they resolve to.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DocumentTooLargeException">The text is longer than <see cref="QuoteKitOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    QuoteExtractionResult Extract(string text, CancellationToken cancellationToken = default);
}
