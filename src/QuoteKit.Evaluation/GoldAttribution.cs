namespace QuoteKit.Evaluation;

/// <summary>
/// One annotated attribution: the content (what was said or thought), with its source and cue when annotated.
/// Spans are UTF-16 offsets into the document text, sorted and merged: a discontinuous annotation is the union
/// of its pieces.
/// </summary>
/// <param name="Id">The annotation's id (the brat event id, e.g. <c>E4</c>).</param>
/// <param name="Content">The content's pieces; never empty.</param>
/// <param name="Source">The source's pieces; empty when the annotation has no source.</param>
/// <param name="Cue">The cue's pieces; empty when the annotation has no cue.</param>
/// <param name="IsDirect">Whether the content is inside quotation marks (see <see cref="QuotationMarks.EnclosesContent"/>).</param>
public sealed record GoldAttribution(
    string Id,
    IReadOnlyList<TextSpan> Content,
    IReadOnlyList<TextSpan> Source,
    IReadOnlyList<TextSpan> Cue,
    bool IsDirect)
{
    /// <summary>Where the content begins.</summary>
    public int Start => Content[0].Start;

    /// <summary>Where the content ends.</summary>
    public int End => Content[^1].End;
}
