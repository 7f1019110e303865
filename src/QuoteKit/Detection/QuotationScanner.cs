using QuoteKit.Text;

namespace QuoteKit.Detection;

/// <summary>
/// Finds the quotations of a document: the outermost quoted spans, in document order, with their content (marks
/// excluded), their marks, and their role (direct speech, partial quote, or not speech).
/// </summary>
/// <remarks>
/// <para>Marks: straight " and ', curly “” and ‘’, «» and ‹› (either direction), „“ and „”, 「」 and 『』, and the
/// wire-text `` and ''. Quotes nest (single in double, double in single); only the outermost is reported.
/// Apostrophes are told apart from single quotes by context (see <see cref="QuotePairing"/>).</para>
/// <para>A quote never crosses a paragraph boundary, except by the news convention that a paragraph ending inside
/// a quote continues into the next paragraph when that one opens with a quotation mark: such a quote is reported
/// once, with one part per paragraph. An unclosed quote is dropped at its paragraph end.</para>
/// <para>Cost: O(n) time for a text of n characters, whatever its content. Each character is read once to find
/// the marks and once more backwards to find single quotes' closing marks; each mark is decided once, looking at most
/// 4 adjacent marks and 7 characters around it; each mark is
/// pushed on and popped off the stack of open quotes at most once, and each completed quote is discarded at most
/// once when an enclosing quote closes. Classification reads each reported quote's content once and a window of
/// at most 256 characters on either side that stops at the neighbouring quotes and at line breaks, so the work
/// stays within a small constant times n: about 15 counted steps per character at worst on adversarial input
/// (a million quotation marks without spaces, runs of openers then closers, entity floods, one 10 MB paragraph);
/// the tests check 40 per character with <see cref="ScanSteps"/>, never with a clock. Memory is O(m) for the
/// m marks of the largest paragraph.</para>
/// </remarks>
internal static class QuotationScanner
{
    /// <summary>Finds the quotations of <paramref name="text"/>, whose paragraphs are <paramref name="paragraphs"/>.</summary>
    public static List<QuotedSpan> Scan(string text, ReadOnlySpan<TextSpan> paragraphs, QuoteKitOptions options, CancellationToken cancellationToken)
        => Scan(text, paragraphs, options, cancellationToken, work: new ScanSteps());

    /// <summary>As <see cref="Scan(string, ReadOnlySpan{TextSpan}, QuoteKitOptions, CancellationToken)"/>, counting its steps in <paramref name="work"/>.</summary>
    internal static List<QuotedSpan> Scan(string text, ReadOnlySpan<TextSpan> paragraphs, QuoteKitOptions options, CancellationToken cancellationToken, ScanSteps? work)
        => Scan(text, paragraphs, options, cancellationToken, work, null);

    /// <summary>
    /// As <see cref="Scan(string, ReadOnlySpan{TextSpan}, QuoteKitOptions, CancellationToken, ScanSteps?)"/>, adding the quotations
    /// to <paramref name="quotations"/> (emptied first; a new list when null), which is returned; the quotation objects
    /// come from <paramref name="recycled"/> when given.
    /// </summary>
    internal static List<QuotedSpan> Scan(string text, ReadOnlySpan<TextSpan> paragraphs, QuoteKitOptions options, CancellationToken cancellationToken, ScanSteps? work, List<QuotedSpan>? quotations, Recycler<QuotedSpan>? recycled = null)
    {
        var pairing = QuotePairing.Rent(text, options.RecognizeHtmlEntities, work, quotations, recycled);
        for (int k = 0; k < paragraphs.Length; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pairing.ScanParagraph(paragraphs[k], k + 1 < paragraphs.Length ? paragraphs[k + 1] : null, cancellationToken);
        }

        var quotes = pairing.Completed;
        pairing.Release();
        QuoteClassifier.Classify(text, quotes, work, cancellationToken);
        if (work is not null)
        {
            // Report the scan's steps to the pipeline-wide counter (Diagnostics.WorkCounter) used by the linear-work tests.
            Diagnostics.WorkCounter.Add(Diagnostics.WorkKind.Characters, (int)Math.Min(work.Steps, int.MaxValue));
        }

        return quotes;
    }
}
