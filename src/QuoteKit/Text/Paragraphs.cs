namespace QuoteKit.Text;

/// <summary>
/// Finds paragraphs. When the text separates blocks with blank lines, a paragraph is a block (lines inside it
/// may be hard-wrapped); otherwise every non-empty line is a paragraph, unless the lines are hard-wrapped
/// (most stop mid-sentence), when wrapped lines join into their paragraph. Spans are trimmed of surrounding space
/// (including non-breaking and zero-width spaces). Accepts \n, \r\n, \r, U+2028 and U+2029 line breaks. Linear time.
/// </summary>
/// <remarks>
/// Blank lines decide the style when they separate at least a third of the text lines, or when the lines inside
/// blocks mostly stop mid-sentence (text hard-wrapped at a fixed width, with a blank line between paragraphs).
/// A text with only a few blank lines between one-line paragraphs (section breaks) keeps one paragraph per line,
/// and so does a block whose lines mostly end a sentence. Blank lines after the last text line count for nothing.
/// Hard-wrapped text without blank lines (old wire copy, plain-text mail) starts its paragraphs at indented lines
/// when it indents them, and otherwise after a line that ends a clause or stops short of the wrap width.
/// </remarks>
internal static class Paragraphs
{
    /// <summary>The paragraphs of <paramref name="text"/>, in order, trimmed, never empty, in a new array.</summary>
    /// <param name="text">The document.</param>
    /// <param name="cancellationToken">Checked every 4,096 lines, so a cancelled long document stops promptly.</param>
    public static TextSpan[] Find(string text, CancellationToken cancellationToken = default)
    {
        var paragraphs = new List<TextSpan>();
        Find(text, paragraphs, cancellationToken);
        return paragraphs.ToArray();
    }

    /// <summary>
    /// The paragraphs of <paramref name="text"/>, in order, trimmed, never empty, put in <paramref name="paragraphs"/>
    /// (emptied first): a list the caller keeps from document to document, so that nothing is allocated.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <param name="paragraphs">Receives the paragraphs.</param>
    /// <param name="cancellationToken">Checked every 4,096 lines, so a cancelled long document stops promptly.</param>
    public static void Find(string text, List<TextSpan> paragraphs, CancellationToken cancellationToken = default)
    {
        Diagnostics.WorkCounter.Add(Diagnostics.WorkKind.Characters, text.Length); // every character is read once
        paragraphs.Clear();
        var lines = t_lines ??= new List<TextSpan>(256);
        Lines(text, lines, cancellationToken);
        int nonEmpty = 0;
        int blankRuns = 0;
        bool previousBlank = false;
        foreach (var line in lines)
        {
            if (line.IsEmpty)
            {
                previousBlank = true;
            }
            else
            {
                // Only blank lines between two text lines separate paragraphs; trailing ones ("…\n\n") do not.
                if (previousBlank && nonEmpty > 0)
                {
                    blankRuns++;
                }

                nonEmpty++;
                previousBlank = false;
            }
        }

        bool blocks = nonEmpty > 1 && blankRuns > 0
            && (blankRuns * 3 >= nonEmpty - 1 || MostBlockLinesBreakMidSentence(text, lines));
        if (blocks)
        {
            Blocks(text, lines, paragraphs);
        }
        else if (nonEmpty > 1 && MostBlockLinesBreakMidSentence(text, lines))
        {
            HardWrapped(text, lines, paragraphs);
        }
        else
        {
            NonEmpty(lines, paragraphs);
        }

        if (lines.Capacity > MaxKeptLines)
        {
            t_lines = null; // do not keep a huge document's list alive
        }
    }

    /// <summary>Largest line list kept for reuse by a thread.</summary>
    private const int MaxKeptLines = 1 << 16;

    /// <summary>The lines of the document being split, in a list each thread reuses.</summary>
    [ThreadStatic]
    private static List<TextSpan>? t_lines;

    /// <summary>Every line, trimmed, into <paramref name="lines"/> (emptied first); a blank line is an empty span.</summary>
    private static void Lines(string text, List<TextSpan> lines, CancellationToken cancellationToken)
    {
        lines.Clear();
        int i = 0;
        while (i <= text.Length)
        {
            if ((lines.Count & 4095) == 4095)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int s = i;
            if (i < text.Length)
            {
                int next = text.AsSpan(i).IndexOfAny(CharClass.LineBreaks);
                i = next < 0 ? text.Length : i + next;
            }

            lines.Add(Trim(text, s, i));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            i++;
        }
    }

    /// <summary>True when most lines followed by another line of the same block end without closing punctuation.</summary>
    private static bool MostBlockLinesBreakMidSentence(string text, List<TextSpan> lines)
    {
        int inner = 0, midSentence = 0;
        for (int k = 0; k + 1 < lines.Count; k++)
        {
            if (lines[k].IsEmpty || lines[k + 1].IsEmpty)
            {
                continue;
            }

            inner++;
            if (!EndsClause(text[lines[k].End - 1]))
            {
                midSentence++;
            }
        }

        return inner > 0 && midSentence * 2 > inner;
    }

    private static bool EndsClause(char c) =>
        CharClass.IsSentenceEnd(c) || c is ':' or ';' or ')' or ']' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u00AB';

    /// <summary>
    /// Text hard-wrapped at a fixed width with no blank lines between paragraphs. When paragraphs are marked by
    /// indented first lines (at least two, outnumbered by the wrapped lines), a paragraph runs from an indented line
    /// to the next; otherwise a line joins the previous one when that one stops mid-sentence and is at least half
    /// as long as the longest line (a short line ends its paragraph).
    /// </summary>
    private static void HardWrapped(string text, List<TextSpan> lines, List<TextSpan> result)
    {
        int width = 0, indented = 0, flush = 0;
        foreach (var l in lines)
        {
            if (!l.IsEmpty)
            {
                width = Math.Max(width, l.Length);
                if (IsIndented(text, l))
                {
                    indented++;
                }
                else
                {
                    flush++;
                }
            }
        }

        bool byIndent = indented >= 2 && flush >= indented;
        int first = -1, last = -1;
        for (int k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.IsEmpty)
            {
                continue;
            }

            if (first >= 0)
            {
                var previous = lines[last];
                bool starts = byIndent
                    ? IsIndented(text, line)
                    : EndsClause(text[previous.End - 1]) || previous.Length * 2 < width;
                if (starts)
                {
                    result.Add(new TextSpan(lines[first].Start, previous.End));
                    first = -1;
                }
            }

            if (first < 0)
            {
                first = k;
            }

            last = k;
        }

        if (first >= 0)
        {
            result.Add(new TextSpan(lines[first].Start, lines[last].End));
        }
    }

    /// <summary>The line's first character is preceded by space on its own line: it is indented.</summary>
    private static bool IsIndented(string text, TextSpan line) =>
        line.Start > 0 && CharClass.IsSpace(text[line.Start - 1]) && !CharClass.IsLineBreak(text[line.Start - 1]);

    private static void NonEmpty(List<TextSpan> lines, List<TextSpan> result)
    {
        foreach (var l in lines)
        {
            if (!l.IsEmpty)
            {
                result.Add(l);
            }
        }
    }

    /// <summary>
    /// One paragraph per block of lines between blank lines; but a block whose lines mostly end a sentence is a run
    /// of one-line paragraphs that merely lacks blank lines between them, and gives one paragraph per line.
    /// </summary>
    private static void Blocks(string text, List<TextSpan> lines, List<TextSpan> result)
    {
        int first = -1;
        for (int k = 0; k <= lines.Count; k++)
        {
            bool blank = k == lines.Count || lines[k].IsEmpty;
            if (!blank)
            {
                if (first < 0)
                {
                    first = k;
                }

                continue;
            }

            if (first >= 0)
            {
                AddBlock(text, lines, first, k, result);
                first = -1;
            }
        }
    }

    private static void AddBlock(string text, List<TextSpan> lines, int first, int end, List<TextSpan> result)
    {
        int inner = end - first - 1, midSentence = 0;
        for (int k = first; k < end - 1; k++)
        {
            if (!EndsClause(text[lines[k].End - 1]))
            {
                midSentence++;
            }
        }

        if (inner > 0 && midSentence * 2 < inner)
        {
            for (int k = first; k < end; k++)
            {
                result.Add(lines[k]);
            }
        }
        else
        {
            result.Add(new TextSpan(lines[first].Start, lines[end - 1].End));
        }
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
