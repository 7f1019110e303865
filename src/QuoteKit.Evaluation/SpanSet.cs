namespace QuoteKit.Evaluation;

/// <summary>Helpers for a span made of several pieces (a discontinuous annotation), treated as their union.</summary>
public static class SpanSet
{
    /// <summary>The pieces sorted by start, empty ones dropped, overlapping or touching ones merged.</summary>
    public static IReadOnlyList<TextSpan> Normalize(IEnumerable<TextSpan> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var sorted = pieces.Where(p => !p.IsEmpty).OrderBy(p => p.Start).ThenBy(p => p.End).ToList();
        var merged = new List<TextSpan>(sorted.Count);
        foreach (var p in sorted)
        {
            if (merged.Count > 0 && p.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, p.End));
            }
            else
            {
                merged.Add(p);
            }
        }

        return merged;
    }

    /// <summary>Whether any piece of <paramref name="a"/> overlaps any piece of <paramref name="b"/>.</summary>
    public static bool Overlaps(IReadOnlyList<TextSpan> a, TextSpan b) => a.Any(p => p.Overlaps(b));

    /// <summary>The text of the pieces, joined by " … " where there is a gap.</summary>
    public static string TextOf(string text, IReadOnlyList<TextSpan> pieces) =>
        string.Join(" … ", pieces.Select(p => p.Of(text)));
}
