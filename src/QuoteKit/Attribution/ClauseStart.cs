using QuoteKit.Text;

namespace QuoteKit.Attribution;

/// <summary>Where the clause that holds a token starts when a dash or a colon splits its sentence.</summary>
internal static class ClauseStart
{
    /// <summary>
    /// The token after the last dash (a spaced hyphen, an en or em dash) — and, with <paramref name="colons"/>, the
    /// last colon — between <paramref name="first"/> and <paramref name="before"/>, else <paramref name="first"/>:
    /// "POLLS TOO EARLY - Ann Lee: “…”", "Washington (AFP) – Clinton has …", "The Latest: Trump delivers …".
    /// </summary>
    public static int AfterBreak(DocumentIndex doc, int first, int before, bool colons)
    {
        for (int t = before - 1; t > first; t--)
        {
            if (doc.InQuote(t))
            {
                continue;
            }

            if (doc.IsChar(t, '—') || doc.IsChar(t, '–') || (doc.IsChar(t, '-') && IsSpacedHyphen(doc, t)) || (colons && doc.IsChar(t, ':')))
            {
                return t + 1 < before ? t + 1 : first;
            }
        }

        return first;
    }

    private static bool IsSpacedHyphen(DocumentIndex doc, int t)
    {
        var token = doc.Tokens[t];
        return token.Start > 0 && token.Start + 1 < doc.Text.Length && char.IsWhiteSpace(doc.Text[token.Start - 1]) && char.IsWhiteSpace(doc.Text[token.Start + 1]);
    }
}
