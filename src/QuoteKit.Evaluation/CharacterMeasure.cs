namespace QuoteKit.Evaluation;

/// <summary>
/// Counts the characters that matter when comparing quote spans in one document: every character except
/// whitespace and quotation marks. Gold content usually includes the quotation marks and QuoteKit's content
/// is inside them; not counting the marks keeps that convention from deciding a match.
/// </summary>
public sealed class CharacterMeasure
{
    // _prefix[i] = number of counted characters in text[0..i).
    private readonly int[] _prefix;

    /// <summary>Measures <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public CharacterMeasure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _prefix = new int[text.Length + 1];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            _prefix[i + 1] = _prefix[i] + (char.IsWhiteSpace(c) || QuotationMarks.IsQuotationMark(c) ? 0 : 1);
        }
    }

    /// <summary>Counted characters in <paramref name="span"/>.</summary>
    public int Count(TextSpan span) => span.IsEmpty ? 0 : _prefix[span.End] - _prefix[span.Start];

    /// <summary>Counted characters in the union of <paramref name="spans"/> (sorted and disjoint, as <see cref="SpanSet.Normalize"/> returns).</summary>
    public int Count(IReadOnlyList<TextSpan> spans)
    {
        int n = 0;
        foreach (var s in spans)
        {
            n += Count(s);
        }

        return n;
    }

    /// <summary>Counted characters common to two sorted, disjoint span lists.</summary>
    public int Overlap(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b)
    {
        int n = 0, i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            int start = Math.Max(a[i].Start, b[j].Start), end = Math.Min(a[i].End, b[j].End);
            if (start < end)
            {
                n += _prefix[end] - _prefix[start];
            }

            if (a[i].End <= b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }
}
