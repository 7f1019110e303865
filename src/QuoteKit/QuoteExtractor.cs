using QuoteKit.Detection;
using QuoteKit.Lexicons;
using QuoteKit.Text;

namespace QuoteKit;

/// <summary>
/// Finds quotes in news text and attributes them to speakers. Create one and reuse it: it is immutable
/// after construction and safe to call from many threads at once.
/// </summary>
/// <example>
/// <code>
/// var extractor = new QuoteExtractor();
/// var result = extractor.Extract(articleText);
/// foreach (var quote in result.Quotes)
///     Console.WriteLine($"{quote.Speaker?.Name ?? "?"}: {quote.Text}");
/// </code>
/// </example>
public sealed class QuoteExtractor : IQuoteExtractor
{
    private readonly QuoteKitOptions _options;
    private readonly Lexicon _lexicon;

    /// <summary>Creates an extractor with default options.</summary>
    public QuoteExtractor()
        : this(new QuoteKitOptions())
    {
    }

    /// <summary>Creates an extractor with the given options (copied; later changes to <paramref name="options"/> have no effect).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="QuoteKitOptions.MaxDocumentLength"/> is not positive.</exception>
    public QuoteExtractor(QuoteKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxDocumentLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDocumentLength, "QuoteKitOptions.MaxDocumentLength must be positive.");
        }

        _options = options.Clone();
        _lexicon = Lexicon.For(_options);
    }

    /// <inheritdoc />
    public QuoteExtractionResult Extract(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > _options.MaxDocumentLength)
        {
            throw new DocumentTooLargeException(text.Length, _options.MaxDocumentLength);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (text.Length == 0)
        {
            return QuoteExtractionResult.Empty;
        }

        var paragraphs = Paragraphs.Find(text);
        var spans = QuotationScanner.Scan(text, paragraphs, _options, cancellationToken);
        var quotes = new List<Quote>(spans.Count);
        foreach (var s in spans)
        {
            if (s.Role == QuoteRole.NonSpeech && !_options.IncludeNonSpeechQuotes)
            {
                continue;
            }

            var content = s.Content;
            quotes.Add(new Quote(
                content.Of(text),
                content,
                s.Parts,
                s.Role == QuoteRole.Direct ? QuoteKind.Direct : QuoteKind.Partial,
                cue: null,
                speaker: null,
                speakerMention: null,
                confidence: 0,
                sieve: "Unattributed",
                trace: null));
        }

        return new QuoteExtractionResult(quotes, []);
    }
}
