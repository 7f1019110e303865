using QuoteKit.Detection;

namespace QuoteKit.Attribution;

/// <summary>A quotation being attributed: its detected span, where it sits in the token stream, and the decision so far.</summary>
internal sealed class QuoteUnit
{
    public QuoteUnit(int index, QuotedSpan span, int firstToken, int endToken, int openMarkToken, int closeMarkToken)
    {
        Index = index;
        Span = span;
        FirstToken = firstToken;
        EndToken = endToken;
        OpenMarkToken = openMarkToken;
        CloseMarkToken = closeMarkToken;
    }

    public int Index { get; }

    public QuotedSpan Span { get; }

    /// <summary>First content token and one past the last content token (may be equal for an empty quote).</summary>
    public int FirstToken { get; }

    public int EndToken { get; }

    /// <summary>Token of the opening mark of the first part, or -1.</summary>
    public int OpenMarkToken { get; }

    /// <summary>Token of the closing mark of the last part, or -1 when the quote is not closed there.</summary>
    public int CloseMarkToken { get; }

    public SieveDecision? Decision { get; set; }

    /// <summary>Where the quote sits in the token stream: its opening mark, else its first content token.</summary>
    public int Anchor => OpenMarkToken >= 0 ? OpenMarkToken : FirstToken;
}
