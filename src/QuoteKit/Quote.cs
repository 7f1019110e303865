namespace QuoteKit;

/// <summary>One quoted or reported statement found in a document, with who said it.</summary>
/// <remarks>
/// Instances are immutable and safe to share across threads. A quote found by the extractor keeps a reference to the
/// input text until its <see cref="Text"/> is first read (see there).
/// </remarks>
public sealed class Quote
{
    // The input the text is cut from until the text is first read, then the text itself. The two are told apart by
    // length: the text is exactly Span.Length long, and an input of that length is the text (the span covers it all).
    private string _source;

    // The parts when there are two or more (_traits.PartCount of them; else Span is the one part and the count is 0),
    // then the fragments of a mixed quote; null when there are neither.
    private readonly TextSpan[]? _spans;

    // Kind, confidence, sieve, part count and trace: one object shared by every quote with the same values (see
    // QuoteTraits), so a quote is 80 bytes.
    private readonly QuoteTraits _traits;

    // Cue and speaker mention, stored as their fields (a null text means none) so a quote is one object. A span is its
    // start and its text's length; one whose length differs from its text's is kept in _traits instead.
    private readonly string? _cueText;
    private readonly string? _mentionText;
    private readonly int _cueStart;
    private readonly int _mentionStart;

    /// <summary>
    /// A quote whose <see cref="Text"/> is <paramref name="text"/> when given, else <c>input[span]</c>, cut from
    /// <paramref name="input"/> when first read. The array of <paramref name="parts"/> is kept, not copied, when there
    /// are no fragments; <paramref name="fragments"/> are copied.
    /// </summary>
    internal Quote(
        string? text,
        TextSpan span,
        TextSpanList parts,
        QuoteKind kind,
        Cue? cue,
        Speaker? speaker,
        SpeakerMention? speakerMention,
        double confidence,
        string sieve,
        AttributionTrace? trace,
        ReadOnlySpan<TextSpan> fragments = default,
        string? input = null)
    {
        if (text is not null && text.Length != span.Length)
        {
            throw new ArgumentException($"The text is {text.Length} characters long and the span {span} is {span.Length}.", nameof(text));
        }

        _source = text ?? input ?? throw new ArgumentNullException(nameof(text), "A quote needs its text or the input to cut it from.");
        if (text is null && (span.Start < 0 || span.End < span.Start || span.End > _source.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span does not index the input.");
        }

        Span = span;
        if (trace is not null && trace.Sieve != sieve)
        {
            throw new ArgumentException($"The trace names the sieve {trace.Sieve}, the quote {sieve}.", nameof(trace));
        }

        int partCount = parts.Count > 1 || parts.Count == 1 && parts[0] != span ? parts.Count : 0;
        if (fragments.IsEmpty)
        {
            _spans = partCount > 0 ? parts.Array() : null;
        }
        else
        {
            var spans = new TextSpan[partCount + fragments.Length];
            for (int i = 0; i < partCount; i++)
            {
                spans[i] = parts[i];
            }

            fragments.CopyTo(spans.AsSpan(partCount));
            _spans = spans;
        }

        (_cueText, _cueStart) = cue is { } c ? (c.Text, c.Span.Start) : (null, 0);
        Speaker = speaker;
        (_mentionText, _mentionStart) = speakerMention is { } m ? (m.Text, m.Span.Start) : (null, 0);
        _traits = QuoteTraits.Of(kind, confidence, sieve, partCount, trace, cue is { Text: { } ct } oc && ct.Length != oc.Span.Length ? oc.Span : null, speakerMention is { Text: { } mt } om && mt.Length != om.Span.Length ? om.Span : null);
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
            var source = Volatile.Read(ref _source);
            return source.Length == Span.Length ? source : Materialise(source);
        }
    }

    /// <summary>Where the content is in the input (UTF-16 offsets, end exclusive).</summary>
    public TextSpan Span { get; }

    /// <summary>
    /// The pieces that make up the quote. A quote spread over several paragraphs, or interrupted by
    /// its attribution ("“We are ready,” Xi said, “to ramp up cooperation.”") has one part per piece;
    /// otherwise the single part equals <see cref="Span"/>.
    /// </summary>
    public TextSpanList Parts => _traits.PartCount == 0 ? new TextSpanList(Span) : TextSpanList.Over(_spans!, 0, _traits.PartCount);

    /// <summary>
    /// For a <see cref="QuoteKind.Mixed"/> quote, the words it quotes verbatim: the content of each quotation inside
    /// the reported clause, without the marks ("strategic" in "China and Russia should strengthen “strategic”
    /// cooperation"). Such a fragment is reported here, not again as a partial quote of its own. Empty for other kinds.
    /// </summary>
    public TextSpanList Fragments => _spans is null ? default : TextSpanList.Over(_spans, _traits.PartCount, _spans.Length - _traits.PartCount);

    /// <summary>Direct, partial, indirect or mixed.</summary>
    public QuoteKind Kind => _traits.Kind;

    /// <summary>The words that introduce the quote ("said", "told", "according to"), or null when none was found.</summary>
    public Cue? Cue => _cueText is null ? null : new Cue(_cueText, _traits.CueSpan ?? new TextSpan(_cueStart, _cueStart + _cueText.Length));

    /// <summary>The resolved speaker, or null when the quote could not be attributed.</summary>
    public Speaker? Speaker { get; }

    /// <summary>The mention that the attribution rule linked the quote to ("he", "Putin", "the broadcaster"), or null.</summary>
    public SpeakerMention? SpeakerMention => _mentionText is null ? null : new SpeakerMention(_mentionText, _traits.MentionSpan ?? new TextSpan(_mentionStart, _mentionStart + _mentionText.Length));

    /// <summary>How sure the attribution is, from 0 to 1; it reflects which rule decided.</summary>
    public double Confidence => _traits.Confidence;

    /// <summary>The name of the rule (sieve) that attributed the quote, e.g. <c>CueAdjacencySieve</c>; <c>Unattributed</c> when none did.</summary>
    public string Sieve => _traits.Sieve;

    /// <summary>
    /// How the attribution was decided: the candidates weighed and why the others lost.
    /// Null unless <see cref="QuoteKitOptions.IncludeTrace"/> is set.
    /// </summary>
    public AttributionTrace? Trace => _traits.Trace;

    /// <summary>Cuts the text from <paramref name="input"/> and keeps it in its place, which lets the input go.</summary>
    private string Materialise(string input)
    {
        var text = Span.Of(input);

        // Another thread may have published the text first: then return that one.
        var seen = Interlocked.CompareExchange(ref _source, text, input);
        return ReferenceEquals(seen, input) ? text : seen;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Span} \"{Text}\" — {Speaker?.Name ?? "?"}";
}
