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

    // Kind, confidence, sieve, cue word and part and fragment counts: one object shared by every quote with the same
    // values (see QuoteTraits), so a quote is 64 bytes. What the fields below cannot hold is kept there instead, in
    // traits of the quote's own: a trace, a cue or mention span, the spans of other than two parts or one fragment.
    private readonly QuoteTraits _traits;

    // The speaker mention's text (null when none). Its span is its start, stored as its offset from Span.Start, and its
    // text's length.
    private readonly string? _mentionText;
    private readonly short _mentionOffset;

    // The cue's start as its offset from Span.Start (its text, in _traits, gives its length).
    private readonly short _cueOffset;

    // Offsets from Span.Start: for a quote of two parts, the end of the first and the start of the second (the span
    // gives the other two ends); for a quote of one part and one fragment, the fragment's start and end.
    private readonly ushort _first;
    private readonly ushort _second;

    /// <summary>
    /// A quote whose <see cref="Text"/> is <paramref name="text"/> when given, else <c>input[span]</c>, cut from
    /// <paramref name="input"/> when first read. Two parts or one fragment (the usual cases) are kept in the quote's
    /// own fields; other <paramref name="parts"/> in the list's array when it has one of its own (handed over, see
    /// <see cref="TextSpanList.Array"/>), else with the <paramref name="fragments"/> in a new array.
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
        TextSpan[]? spans = null;
        if (partCount == 2 && fragments.IsEmpty && parts[0].Start == span.Start && parts[1].End == span.End
            && Offset(span, parts[0].End) is int firstEnd && Offset(span, parts[1].Start) is int secondStart)
        {
            (_first, _second) = ((ushort)firstEnd, (ushort)secondStart);
        }
        else if (partCount == 0 && fragments.Length == 1 && Offset(span, fragments[0].Start) is int fragmentStart && Offset(span, fragments[0].End) is int fragmentEnd)
        {
            (_first, _second) = ((ushort)fragmentStart, (ushort)fragmentEnd);
        }
        else if (fragments.IsEmpty)
        {
            spans = partCount > 0 ? parts.Array() : null;
        }
        else
        {
            spans = new TextSpan[partCount + fragments.Length];
            for (int i = 0; i < partCount; i++)
            {
                spans[i] = parts[i];
            }

            fragments.CopyTo(spans.AsSpan(partCount));
        }

        string? cueText = cue?.Text;
        _cueOffset = OffsetOrKept(span, cueText, cue?.Span ?? default, out var cueSpan);
        Speaker = speaker;
        _mentionText = speakerMention?.Text;
        _mentionOffset = OffsetOrKept(span, _mentionText, speakerMention?.Span ?? default, out var mentionSpan);
        _traits = QuoteTraits.Of(kind, confidence, sieve, partCount, fragments.Length, cueText, trace, cueSpan, mentionSpan, spans);
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
    public TextSpanList Parts
    {
        get
        {
            var traits = _traits;
            return traits.PartCount == 0 ? new TextSpanList(Span)
                : traits.Spans is { } spans ? TextSpanList.Over(spans, 0, traits.PartCount)
                : TextSpanList.Of(new TextSpan(Span.Start, Span.Start + _first), new TextSpan(Span.Start + _second, Span.End));
        }
    }

    /// <summary>
    /// For a <see cref="QuoteKind.Mixed"/> quote, the words it quotes verbatim: the content of each quotation inside
    /// the reported clause, without the marks ("strategic" in "China and Russia should strengthen “strategic”
    /// cooperation"). Such a fragment is reported here, not again as a partial quote of its own. Empty for other kinds.
    /// </summary>
    public TextSpanList Fragments
    {
        get
        {
            var traits = _traits;
            return traits.FragmentCount == 0 ? default
                : traits.Spans is { } spans ? TextSpanList.Over(spans, traits.PartCount, traits.FragmentCount)
                : new TextSpanList(new TextSpan(Span.Start + _first, Span.Start + _second));
        }
    }

    /// <summary>Direct, partial, indirect or mixed.</summary>
    public QuoteKind Kind => _traits.Kind;

    /// <summary>The words that introduce the quote ("said", "told", "according to"), or null when none was found.</summary>
    public Cue? Cue => _traits.CueText is { } text ? new Cue(text, _traits.CueSpan ?? new TextSpan(Span.Start + _cueOffset, Span.Start + _cueOffset + text.Length)) : null;

    /// <summary>The resolved speaker, or null when the quote could not be attributed.</summary>
    public Speaker? Speaker { get; }

    /// <summary>The mention that the attribution rule linked the quote to ("he", "Putin", "the broadcaster"), or null.</summary>
    public SpeakerMention? SpeakerMention => _mentionText is null ? null
        : new SpeakerMention(_mentionText, _traits.MentionSpan ?? new TextSpan(Span.Start + _mentionOffset, Span.Start + _mentionOffset + _mentionText.Length));

    /// <summary>How sure the attribution is, from 0 to 1; it reflects which rule decided.</summary>
    public double Confidence => _traits.Confidence;

    /// <summary>The name of the rule (sieve) that attributed the quote, e.g. <c>CueAdjacencySieve</c>; <c>Unattributed</c> when none did.</summary>
    public string Sieve => _traits.Sieve;

    /// <summary>
    /// How the attribution was decided: the candidates weighed and why the others lost.
    /// Null unless <see cref="QuoteKitOptions.IncludeTrace"/> is set.
    /// </summary>
    public AttributionTrace? Trace => _traits.Trace;

    /// <summary>
    /// The start of a cue or mention <paramref name="at"/> (of text <paramref name="text"/>; none when null) as its 16-bit
    /// offset from the quote's start, when its span is its text's length and the offset fits; else 0, and the span is
    /// <paramref name="kept"/> for the traits.
    /// </summary>
    private static short OffsetOrKept(TextSpan quote, string? text, TextSpan at, out TextSpan? kept)
    {
        kept = null;
        if (text is null)
        {
            return 0;
        }

        if (at.Length == text.Length && at.Start - quote.Start is >= short.MinValue and <= short.MaxValue)
        {
            return (short)(at.Start - quote.Start);
        }

        kept = at;
        return 0;
    }

    /// <summary><paramref name="position"/> as an offset from the start of <paramref name="span"/> when a quote's fields can hold it (0 to 65,535), else null.</summary>
    private static int? Offset(TextSpan span, int position) => position - span.Start is var offset and >= 0 and <= ushort.MaxValue ? offset : null;

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
