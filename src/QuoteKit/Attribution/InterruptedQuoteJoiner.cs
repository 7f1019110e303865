using QuoteKit.Detection;
using QuoteKit.Text;

namespace QuoteKit.Attribution;

/// <summary>
/// Joins the pieces of one statement that its attribution interrupts: "“We are ready,” Xi said, “to ramp up
/// cooperation.”" and "“A,” he said. “B.”" are one quote with two parts, as news readers (and annotators) read
/// them. Pieces join when they sit in one paragraph, the gap between them is short and holds the first piece's
/// cue, and the second piece has no speaker of its own (or the same one).
/// </summary>
internal static class InterruptedQuoteJoiner
{
    /// <summary>Most tokens between the pieces: room for "Putin told Xi by video link on Friday,".</summary>
    private const int MaxGapTokens = 14;

    public static bool Continues(DocumentIndex doc, QuoteUnit previous, QuoteUnit next)
    {
        if (previous.Span.Role != QuoteRole.Direct || next.Span.Role != QuoteRole.Direct
            || previous.Decision is not { Cue: { } cue } first || previous.CloseMarkToken < 0 || next.OpenMarkToken < 0)
        {
            return false;
        }

        int gap = next.OpenMarkToken - previous.CloseMarkToken - 1;
        if (gap <= 0 || gap > MaxGapTokens || doc.ParagraphOf(previous.CloseMarkToken) != doc.ParagraphOf(next.OpenMarkToken))
        {
            return false;
        }

        var closeEnd = doc.Tokens[previous.CloseMarkToken].End;
        var openStart = doc.Tokens[next.OpenMarkToken].Start;
        if (cue.Start < closeEnd || cue.End > openStart)
        {
            return false; // the cue is not the interruption
        }

        var second = next.Decision;
        return next.Span.ResumesPrevious
            || second is null
            || second.Mention.Entity >= 0 && second.Mention.Entity == first.Mention.Entity
            || ReferenceEquals(second.Mention, first.Mention);
    }
}
