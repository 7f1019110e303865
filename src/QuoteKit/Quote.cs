namespace QuoteKit;

/// <summary>One quoted or reported statement found in a document, with who said it.</summary>
/// <remarks>
/// Instances are immutable and safe to share across threads. A quote found by the extractor keeps a reference to the
/// input text until its <see cref="Text"/> is first read (see there).
/// </remarks>
public sealed class Quote
{
    // The quote's text once built, and the input it is cut from until then (see Text).
    private string? _text;
    private string? _input;

    /// <summary>
    /// A quote whose <see cref="Text"/> is <paramref name="text"/> when given, else <c>input[span]</c>, cut from
    /// <paramref name="input"/> when first read.
    /// </summary>
    internal Quote(
        string? text,
        TextSpan span,
        IReadOnlyList<TextSpan> parts,
        QuoteKind kind,
        Cue? cue,
        Speaker? speaker,
        SpeakerMention? speakerMention,
        double confidence,
        string sieve,
        AttributionTrace? trace,
        IReadOnlyList<TextSpan>? fragments = null,
        string? input = null)
    {
        if (text is null && input is null)
        {
            throw new ArgumentNullException(nameof(text), "A quote needs its text or the input to cut it from.");
        }

        _text = text;
        _input = text is null ? input : null;
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
    /// <remarks>
    /// For direct and partial quotes this is the text inside the quotation marks. The string is built the first
    /// time it is read (a result whose texts are never read allocates none) and kept; the quote then lets go of
    /// the input. Two threads reading it for the first time at once may each build a string, but only one is kept
    /// and both return that one, as does every later read.
    /// </remarks>
    public string Text
    {
        get
        {
            var text = Volatile.Read(ref _text);
            return text ?? Materialise();
        }
    }

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

    /// <summary>Cuts the text from the input and keeps it; the input is released after the text is published.</summary>
    private string Materialise()
    {
        var input = Volatile.Read(ref _input);
        if (input is null)
        {
            // Another thread published the text (before it released the input).
            return Volatile.Read(ref _text)!;
        }

        var text = Interlocked.CompareExchange(ref _text, Span.Of(input), null) ?? Volatile.Read(ref _text)!;
        Volatile.Write(ref _input, null);
        return text;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Span} \"{Text}\" — {Speaker?.Name ?? "?"}";
}
