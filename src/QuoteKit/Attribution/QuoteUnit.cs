using QuoteKit.Detection;

namespace QuoteKit.Attribution;

/// <summary>
/// A quotation being attributed: its detected span, where it sits in the token stream, and the decision so far.
/// Units are reused from document to document on one thread (see <see cref="Recycler{T}"/>): <see cref="Init"/>
/// sets every field for the next quotation. Nothing in a result refers to a unit.
/// </summary>
internal sealed class QuoteUnit
{
    /// <summary>Sets every field for quotation <paramref name="index"/> of a document; returns this unit.</summary>
    public QuoteUnit Init(int index, QuotedSpan span, int firstToken, int endToken, int openMarkToken, int closeMarkToken)
    {
        Index = index;
        Span = span;
        FirstToken = firstToken;
        EndToken = endToken;
        OpenMarkToken = openMarkToken;
        CloseMarkToken = closeMarkToken;
        Decision = null;
        return this;
    }

    public int Index { get; private set; }

    public QuotedSpan Span { get; private set; } = null!;

    /// <summary>First content token and one past the last content token (may be equal for an empty quote).</summary>
    public int FirstToken { get; private set; }

    public int EndToken { get; private set; }

    /// <summary>Token of the opening mark of the first part, or -1.</summary>
    public int OpenMarkToken { get; private set; }

    /// <summary>Token of the closing mark of the last part, or -1 when the quote is not closed there.</summary>
    public int CloseMarkToken { get; private set; }

    public SieveDecision? Decision { get; set; }

    /// <summary>Where the quote sits in the token stream: its opening mark, else its first content token.</summary>
    public int Anchor => OpenMarkToken >= 0 ? OpenMarkToken : FirstToken;
}
