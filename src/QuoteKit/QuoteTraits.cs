namespace QuoteKit;

/// <summary>
/// The values of a <see cref="Quote"/> that few quotes differ in: kind, confidence, sieve, cue word, part and fragment
/// counts (and, rarely, a trace, a cue or mention span that the quote's own fields cannot hold, or the spans of a quote
/// with more parts or fragments than the quote holds itself). Immutable, so quotes of any document and thread share
/// one instance per set of values: a quote holds one reference in place of seven fields (issue 8: a quote is 64
/// bytes, not 104).
/// </summary>
/// <remarks>
/// Shared instances sit in a small table without locks: a slot holds one instance and a miss replaces it, so two
/// threads may each make one for the same values (both are right, one stays). Only traits without a trace, span or
/// span array of their own are shared; the table's size bounds what it keeps alive.
/// </remarks>
internal sealed class QuoteTraits
{
    /// <summary>
    /// Slots of the shared table (a power of two); the development corpus uses about 1,800 sets of values (its 555 cue
    /// words), most quotes a few dozen of them.
    /// </summary>
    private const int Slots = 4096;

    private static readonly QuoteTraits?[] Table = new QuoteTraits?[Slots];

    private QuoteTraits(QuoteKind kind, double confidence, string sieve, int partCount, int fragmentCount, string? cueText, AttributionTrace? trace, TextSpan? cueSpan, TextSpan? mentionSpan, TextSpan[]? spans)
    {
        Kind = kind;
        Confidence = confidence;
        Sieve = sieve;
        PartCount = partCount;
        FragmentCount = fragmentCount;
        CueText = cueText;
        Trace = trace;
        CueSpan = cueSpan;
        MentionSpan = mentionSpan;
        Spans = spans;
    }

    /// <summary>See <see cref="Quote.Kind"/>.</summary>
    public QuoteKind Kind { get; }

    /// <summary>See <see cref="Quote.Confidence"/>.</summary>
    public double Confidence { get; }

    /// <summary>See <see cref="Quote.Sieve"/>.</summary>
    public string Sieve { get; }

    /// <summary>How many parts the quote has (0 when its one part is its span).</summary>
    public int PartCount { get; }

    /// <summary>How many fragments the quote has (see <see cref="Quote.Fragments"/>).</summary>
    public int FragmentCount { get; }

    /// <summary>The cue's text (see <see cref="Quote.Cue"/>), or null when the quote has no cue.</summary>
    public string? CueText { get; }

    /// <summary>See <see cref="Quote.Trace"/>.</summary>
    public AttributionTrace? Trace { get; }

    /// <summary>The cue's span when the quote cannot hold it (see <see cref="Quote"/>); else null.</summary>
    public TextSpan? CueSpan { get; }

    /// <summary>The speaker mention's span when the quote cannot hold it (see <see cref="Quote"/>); else null.</summary>
    public TextSpan? MentionSpan { get; }

    /// <summary>The parts (when <see cref="PartCount"/> is not 0) then the fragments, when the quote cannot hold them; else null.</summary>
    public TextSpan[]? Spans { get; }

    /// <summary>Traits with these values: a shared instance when there is no trace, span or span array of their own, else a new one.</summary>
    public static QuoteTraits Of(QuoteKind kind, double confidence, string sieve, int partCount, int fragmentCount, string? cueText, AttributionTrace? trace = null, TextSpan? cueSpan = null, TextSpan? mentionSpan = null, TextSpan[]? spans = null)
    {
        if (trace is not null || cueSpan is not null || mentionSpan is not null || spans is not null)
        {
            return new QuoteTraits(kind, confidence, sieve, partCount, fragmentCount, cueText, trace, cueSpan, mentionSpan, spans);
        }

        // Two slots per set of values, so two sets that hash to one slot do not keep replacing each other.
        int slot = HashCode.Combine(kind, confidence, sieve, partCount, fragmentCount, cueText) & (Slots - 1);
        int other = (slot + 1) & (Slots - 1);
        var first = Volatile.Read(ref Table[slot]);
        if (first is not null && first.Is(kind, confidence, sieve, partCount, fragmentCount, cueText))
        {
            return first;
        }

        var second = Volatile.Read(ref Table[other]);
        if (second is not null && second.Is(kind, confidence, sieve, partCount, fragmentCount, cueText))
        {
            return second;
        }

        var made = new QuoteTraits(kind, confidence, sieve, partCount, fragmentCount, cueText, null, null, null, null);
        Volatile.Write(ref Table[first is null || second is not null ? slot : other], made);
        return made;
    }

    // Confidence is compared by its bits, so 0.0 and -0.0 (or two NaNs) stay apart as the values they are.
    private bool Is(QuoteKind kind, double confidence, string sieve, int partCount, int fragmentCount, string? cueText) =>
        Kind == kind && PartCount == partCount && FragmentCount == fragmentCount
        && BitConverter.DoubleToInt64Bits(Confidence) == BitConverter.DoubleToInt64Bits(confidence)
        && string.Equals(Sieve, sieve, StringComparison.Ordinal) && string.Equals(CueText, cueText, StringComparison.Ordinal)
        && Trace is null && CueSpan is null && MentionSpan is null && Spans is null;
}
