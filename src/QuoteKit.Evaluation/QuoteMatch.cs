namespace QuoteKit.Evaluation;

/// <summary>A gold attribution and the system quote matched to it.</summary>
/// <param name="GoldIndex">Index into the document's gold list.</param>
/// <param name="SystemIndex">Index into the document's system list.</param>
/// <param name="Overlap">Counted characters the two share (see <see cref="CharacterMeasure"/>).</param>
/// <param name="GoldLength">Counted characters of the gold content.</param>
public sealed record QuoteMatch(int GoldIndex, int SystemIndex, int Overlap, int GoldLength)
{
    /// <summary>The share of the gold content the system quote covers.</summary>
    public double Coverage => GoldLength == 0 ? 0 : (double)Overlap / GoldLength;
}

/// <summary>Whether a matched quote's speaker (or cue) agrees with the annotation.</summary>
public enum CheckOutcome
{
    /// <summary>The annotation has no source (or no cue): not counted.</summary>
    NotAnnotated,

    /// <summary>The system span overlaps the annotated one.</summary>
    Correct,

    /// <summary>The system gave none.</summary>
    Missing,

    /// <summary>The system gave one elsewhere.</summary>
    Wrong,
}

/// <summary>How a matched quote's attribution compares with the annotation.</summary>
/// <param name="Match">The matched pair.</param>
/// <param name="Speaker">Whether the system's speaker mention overlaps the annotated source.</param>
/// <param name="SpeakerResolved">
/// Whether the system resolved a speaker that fits the source: it has a speaker and either its mention overlaps the
/// source or one of its names occurs in the source text as whole words (case ignored). Null when the annotation
/// has no source.
/// </param>
/// <param name="Cue">Whether the system's cue overlaps the annotated cue.</param>
public sealed record AttributionCheck(QuoteMatch Match, CheckOutcome Speaker, bool? SpeakerResolved, CheckOutcome Cue);
