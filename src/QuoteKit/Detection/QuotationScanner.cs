using QuoteKit.Text;

namespace QuoteKit.Detection;

/// <summary>
/// Finds quotations: curly and straight double quotes, within a paragraph, outermost only.
/// First version; hardened by the detection issue.
/// </summary>
internal static class QuotationScanner
{
    public static List<QuotedSpan> Scan(string text, TextSpan[] paragraphs, QuoteKitOptions options, CancellationToken cancellationToken)
    {
        var result = new List<QuotedSpan>();
        foreach (var p in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int open = -1;
            char closer = '\0';
            for (int i = p.Start; i < p.End; i++)
            {
                char c = text[i];
                if (open < 0)
                {
                    if (c is '\u201C' or '"')
                    {
                        open = i;
                        closer = c == '"' ? '"' : '\u201D';
                    }
                }
                else if (c == closer || (closer == '\u201D' && c == '"'))
                {
                    if (i > open + 1)
                    {
                        var content = new TextSpan(open + 1, i);
                        result.Add(new QuotedSpan([content], [new TextSpan(open, i + 1)], QuoteRole.Direct));
                    }

                    open = -1;
                }
            }

            WorkCounter.Add(WorkKind.Characters, p.Length);
        }

        return result;
    }
}
