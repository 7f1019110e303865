namespace QuoteKit.Evaluation;

/// <summary>The quotation marks the scorer recognises, in the conventions of English and European news.</summary>
public static class QuotationMarks
{
    private const string Opening = "\"'“„‟«‹‘‚「『";
    private const string Closing = "\"'”“‟»›’」』";

    /// <summary>Whether <paramref name="c"/> can open a quotation.</summary>
    public static bool IsOpening(char c) => Opening.Contains(c);

    /// <summary>Whether <paramref name="c"/> can close a quotation.</summary>
    public static bool IsClosing(char c) => Closing.Contains(c);

    /// <summary>Whether <paramref name="c"/> is any quotation mark.</summary>
    public static bool IsQuotationMark(char c) => IsOpening(c) || IsClosing(c);

    /// <summary>
    /// Whether the content made of <paramref name="parts"/> (sorted, in <paramref name="text"/>) is a direct quote:
    /// trimmed of whitespace, and of punctuation left after the closing mark, it begins with an opening
    /// quotation mark and ends with a closing one.
    /// </summary>
    public static bool EnclosesContent(string text, IReadOnlyList<TextSpan> parts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            return false;
        }

        int start = parts[0].Start, end = parts[^1].End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || IsTrailingPunctuation(text[end - 1])))
        {
            end--;
        }

        return end - start >= 2 && IsOpening(text[start]) && IsClosing(text[end - 1]);
    }

    private static bool IsTrailingPunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '—' or '–' or '-' or ')' or '…';
}
