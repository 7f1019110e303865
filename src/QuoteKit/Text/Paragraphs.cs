namespace QuoteKit.Text;

/// <summary>
/// Finds paragraphs. When the text separates blocks with blank lines, a paragraph is a block (lines inside it
/// may be hard-wrapped); otherwise every non-empty line is a paragraph. Spans are trimmed of surrounding space.
/// </summary>
internal static class Paragraphs
{
    /// <param name="text">The document.</param>
    /// <param name="cancellationToken">Checked every 4,096 lines, so a cancelled long document stops promptly.</param>
    public static TextSpan[] Find(string text, CancellationToken cancellationToken = default)
    {
        var lines = new List<TextSpan>();
        bool blankLineSeparated = false;
        int nonEmpty = 0;
        int blankRuns = 0;
        bool previousBlank = false;
        int i = 0;
        while (i <= text.Length)
        {
            if ((lines.Count & 4095) == 4095)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int s = i;
            while (i < text.Length && !CharClass.IsLineBreak(text[i]))
            {
                i++;
            }

            var trimmed = Trim(text, s, i);
            if (trimmed.IsEmpty)
            {
                if (!previousBlank && nonEmpty > 0)
                {
                    blankRuns++;
                }

                previousBlank = true;
                lines.Add(trimmed);
            }
            else
            {
                nonEmpty++;
                previousBlank = false;
                lines.Add(trimmed);
            }

            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            WorkCounter.Add(WorkKind.Characters, i + 1 - s);
            i++;
        }

        // Blank-line style when at least a third of the line breaks between text lines are blank lines.
        blankLineSeparated = nonEmpty > 1 && blankRuns * 3 >= nonEmpty - 1 && blankRuns > 0;
        var result = new List<TextSpan>();
        if (!blankLineSeparated)
        {
            foreach (var l in lines)
            {
                if (!l.IsEmpty)
                {
                    result.Add(l);
                }
            }

            return result.ToArray();
        }

        int blockStart = -1, blockEnd = -1;
        foreach (var l in lines)
        {
            if (l.IsEmpty)
            {
                if (blockStart >= 0)
                {
                    result.Add(new TextSpan(blockStart, blockEnd));
                    blockStart = -1;
                }

                continue;
            }

            if (blockStart < 0)
            {
                blockStart = l.Start;
            }

            blockEnd = l.End;
        }

        if (blockStart >= 0)
        {
            result.Add(new TextSpan(blockStart, blockEnd));
        }

        return result.ToArray();
    }

    private static TextSpan Trim(string text, int s, int e)
    {
        while (s < e && CharClass.IsSpace(text[s]))
        {
            s++;
        }

        while (e > s && CharClass.IsSpace(text[e - 1]))
        {
            e--;
        }

        return s < e ? new TextSpan(s, e) : new TextSpan(s, s);
    }
}
