namespace QuoteKit.Detection;

/// <summary>How a quoted span reads in its sentence.</summary>
internal enum QuoteRole : byte
{
    /// <summary>A full quotation: a clause of its own, usually with a cue beside it.</summary>
    Direct,

    /// <summary>A fragment embedded in the writer's sentence.</summary>
    Partial,

    /// <summary>A title, scare quote or nickname: not speech.</summary>
    NonSpeech,
}

/// <summary>
/// One quotation found by the scanner: its content parts (without the marks) and the marks around each part.
/// A multi-paragraph quote has one part per paragraph. Objects may be reused from document to document on one
/// thread (<see cref="Reuse"/>, see <see cref="Recycler{T}"/>); a result keeps none of their arrays (a quote copies its
/// parts).
/// </summary>
internal sealed class QuotedSpan
{
    /// <param name="parts">Content of each part, marks excluded, in document order.</param>
    /// <param name="outer">Each part with its quotation marks included (the closing mark may be absent for a paragraph that continues).</param>
    /// <param name="role">Direct, partial or not speech.</param>
    public QuotedSpan(TextSpan[] parts, TextSpan[] outer, QuoteRole role) => Reuse(parts, outer, role);

    /// <summary>Sets every field for another quotation; returns this object.</summary>
    public QuotedSpan Reuse(TextSpan[] parts, TextSpan[] outer, QuoteRole role)
    {
        Parts = parts;
        Outer = outer;
        Role = role;
        ResumesPrevious = false;
        return this;
    }

    /// <summary>
    /// Sets every field for a quotation of one part; returns this object. The parts and marks arrays are this object's
    /// own from its previous use when it has them: a result keeps neither (a quote copies its parts).
    /// </summary>
    public QuotedSpan ReuseSingle(TextSpan part, TextSpan outer, QuoteRole role)
    {
        var parts = Parts.Length == 1 ? Parts : new TextSpan[1];
        var marks = Outer.Length == 1 ? Outer : new TextSpan[1];
        parts[0] = part;
        marks[0] = outer;
        return Reuse(parts, marks, role);
    }

    /// <summary>
    /// Sets every field for a quotation of several parts (copied from the lists); returns this object. The parts and
    /// marks arrays are this object's own from its previous use when that had as many parts (a result keeps neither).
    /// </summary>
    public QuotedSpan ReuseMany(List<TextSpan> parts, List<TextSpan> outer, QuoteRole role)
    {
        var content = Parts.Length == parts.Count ? Parts : new TextSpan[parts.Count];
        var marks = Outer.Length == outer.Count ? Outer : new TextSpan[outer.Count];
        parts.CopyTo(content);
        outer.CopyTo(marks);
        return Reuse(content, marks, role);
    }

    /// <summary>Content of each part, marks excluded, in document order.</summary>
    public TextSpan[] Parts { get; private set; } = [];

    /// <summary>Each part with its quotation marks included (the closing mark may be absent for a paragraph that continues).</summary>
    public TextSpan[] Outer { get; private set; } = [];

    /// <summary>From the first part's start to the last part's end: the reported span.</summary>
    public TextSpan Content => new(Parts[0].Start, Parts[^1].End);

    /// <summary>From the first opening mark to the last closing mark.</summary>
    public TextSpan Extent => new(Outer[0].Start, Outer[^1].End);

    /// <summary>Direct, partial or not speech.</summary>
    public QuoteRole Role { get; set; }

    /// <summary>
    /// True when this quotation takes up the previous one after the cue that interrupted it, in the same sentence:
    /// the second piece of “We are ready,” Xi said, “to ramp up cooperation.” Attribution may join the two.
    /// </summary>
    public bool ResumesPrevious { get; set; }
}
