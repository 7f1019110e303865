namespace QuoteKit;

/// <summary>
/// Thrown by <see cref="IQuoteExtractor.Extract"/> when the input is longer than
/// <see cref="QuoteKitOptions.MaxDocumentLength"/>. It is the only exception the extractor throws
/// for any input text, besides <see cref="ArgumentNullException"/> and <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class DocumentTooLargeException : Exception
{
    /// <summary>Creates the exception for a document of <paramref name="length"/> characters over <paramref name="maxLength"/>.</summary>
    public DocumentTooLargeException(int length, int maxLength)
        : base($"The document has {length:N0} characters; the limit (QuoteKitOptions.MaxDocumentLength) is {maxLength:N0}.")
    {
        Length = length;
        MaxLength = maxLength;
    }

    /// <summary>The length of the rejected document, in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The limit in force.</summary>
    public int MaxLength { get; }
}
