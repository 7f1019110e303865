using QuoteKit.Detection;
using QuoteKit.Text;

namespace QuoteKit.Tests.Detection;

/// <summary>Runs the quotation scanner the way the extractor does and reads its results back as text.</summary>
internal static class Scanning
{
    public static List<QuotedSpan> Scan(string text, QuoteKitOptions? options = null, ScanSteps? work = null) =>
        QuotationScanner.Scan(text, Paragraphs.Find(text), options ?? new QuoteKitOptions(), CancellationToken.None, work);

    /// <summary>The content of every quotation found (all roles), parts joined with " / ".</summary>
    public static List<string> Contents(string text, QuoteKitOptions? options = null) =>
        Scan(text, options).Select(q => string.Join(" / ", q.Parts.Select(p => p.Of(text)))).ToList();

    /// <summary>The role of the only quotation in <paramref name="text"/>.</summary>
    public static QuoteRole RoleOfOnlyQuote(string text)
    {
        var quotes = Scan(text);
        if (quotes.Count != 1)
        {
            throw new InvalidOperationException($"Expected one quotation, found {quotes.Count} in: {text}");
        }

        return quotes[0].Role;
    }
}
