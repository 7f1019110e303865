namespace QuoteKit;

/// <summary>One quoted or reported statement found in a document, with who said it.</summary>
/// <remarks>Instances are immutable and safe to share across threads.</remarks>
public sealed class Quote
{
    internal Quote(
        string text,
        TextSpan span,
        IReadOnlyList<TextSpan> parts,
        QuoteKind kind,
        Cue? cue,
        Speaker? speaker,
        SpeakerMention? speakerMention,
        double confidence,
        string sieve,
        AttributionTrace? trace,
        IReadOnlyList<TextSpan>? fragments = null)
    {
        Text = text;
        Span = span;
        Parts = parts;
        Kind = kind;
        Cue = cue;
        Speaker = speaker;
        SpeakerMention = speakerMention;
        Confidence = confidence;
        Sieve = sieve;
        Trace = trace;
        Fragments = fragments ?? [];
    }

    /// <summary>The quoted content exactly as it appears in the input: <c>input[Span.Start..Span.End]</c>.</summary>
    /// <remarks>For direct and partial quotes this is the text inside the quotation marks.</remarks>
    public string Text { get; }

    /// <summary>Where the content is in the input (UTF-16 offsets, end exclusive).</summary>
    public TextSpan Span { get; }

    /// <summary>
    /// The pieces that make up the quote. A quote spread over several paragraphs, or interrupted by
    /// its attribution ("“We are ready,” Xi said, “to ramp up cooperation.”") has one part per piece;
    /// otherwise the single part equals <see cref="Span"/>.
    /// </summary>
    public IReadOnlyList<TextSpan> Parts { get; }

    /// <summary>
    /// For a <see cref="QuoteKind.Mixed"/> quote, the words it quotes verbatim: the content of each quotation inside
    /// the reported clause, without the marks ("strategic" in "China and Russia should strengthen “strategic”
    /// cooperation"). Such a fragment is reported here, not again as a partial quote of its own. Empty for other kinds.
    /// </summary>
    public IReadOnlyList<TextSpan> Fragments { get; }

    /// <summary>Direct, partial, indirect or mixed.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The words that introduce the quote ("said", "told", "according to"), or null when none was found.</summary>
    public Cue? Cue { get; }

    /// <summary>The resolved speaker, or null when the quote could not be attributed.</summary>
    public Speaker? Speaker { get; }

    /// <summary>The mention that the attribution rule linked the quote to ("he", "Putin", "the broadcaster"), or null.</summary>
    public SpeakerMention? SpeakerMention { get; }

    /// <summary>How sure the attribution is, from 0 to 1; it reflects which rule decided.</summary>
    public double Confidence { get; }

    /// <summary>The name of the rule (sieve) that attributed the quote, e.g. <c>CueAdjacencySieve</c>; <c>Unattributed</c> when none did.</summary>
    public string Sieve { get; }

    /// <summary>
    /// How the attribution was decided: the candidates weighed and why the others lost.
    /// Null unless <see cref="QuoteKitOptions.IncludeTrace"/> is set.
    /// </summary>
    public AttributionTrace? Trace { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Span} \"{Text}\" — {Speaker?.Name ?? "?"}";
}
