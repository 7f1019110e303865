namespace QuoteKit;

/// <summary>
/// The values of a <see cref="Quote"/> that few quotes differ in: kind, confidence, sieve and part count (and, rarely,
/// a trace or a cue or mention span that its text's length does not give). Immutable, so quotes of any document and
/// thread share one instance per set of values: a quote holds one reference in place of five fields (issue 8: a quote
/// is 80 bytes, not 104).
/// </summary>
/// <remarks>
/// Shared instances sit in a small table without locks: a slot holds one instance and a miss replaces it, so two
/// threads may each make one for the same values (both are right, one stays). Only traits without a trace or span of
/// their own are shared; the table's size bounds what it keeps alive.
/// </remarks>
internal sealed class QuoteTraits
{
    /// <summary>Slots of the shared table (a power of two); the corpus uses about thirty sets of values.</summary>
    private const int Slots = 512;

    private static readonly QuoteTraits?[] Table = new QuoteTraits?[Slots];

    private QuoteTraits(QuoteKind kind, double confidence, string sieve, int partCount, AttributionTrace? trace, TextSpan? cueSpan, TextSpan? mentionSpan)
    {
        Kind = kind;
        Confidence = confidence;
        Sieve = sieve;
        PartCount = partCount;
        Trace = trace;
        CueSpan = cueSpan;
        MentionSpan = mentionSpan;
    }

    /// <summary>See <see cref="Quote.Kind"/>.</summary>
    public QuoteKind Kind { get; }

    /// <summary>See <see cref="Quote.Confidence"/>.</summary>
    public double Confidence { get; }

    /// <summary>See <see cref="Quote.Sieve"/>.</summary>
    public string Sieve { get; }

    /// <summary>How many of the quote's spans are its parts (0 when its one part is its span).</summary>
    public int PartCount { get; }

    /// <summary>See <see cref="Quote.Trace"/>.</summary>
    public AttributionTrace? Trace { get; }

    /// <summary>The cue's span when it is not as long as the cue's text; else null (the quote keeps its start).</summary>
    public TextSpan? CueSpan { get; }

    /// <summary>The speaker mention's span when it is not as long as its text; else null (the quote keeps its start).</summary>
    public TextSpan? MentionSpan { get; }

    /// <summary>Traits with these values: a shared instance when there is no trace or span of their own, else a new one.</summary>
    public static QuoteTraits Of(QuoteKind kind, double confidence, string sieve, int partCount, AttributionTrace? trace, TextSpan? cueSpan, TextSpan? mentionSpan)
    {
        if (trace is not null || cueSpan is not null || mentionSpan is not null)
        {
            return new QuoteTraits(kind, confidence, sieve, partCount, trace, cueSpan, mentionSpan);
        }

        // Two slots per set of values, so two sets that hash to one slot do not keep replacing each other.
        int slot = HashCode.Combine(kind, confidence, sieve, partCount) & (Slots - 1);
        int other = (slot + 1) & (Slots - 1);
        var first = Volatile.Read(ref Table[slot]);
        if (first is not null && first.Is(kind, confidence, sieve, partCount))
        {
            return first;
        }

        var second = Volatile.Read(ref Table[other]);
        if (second is not null && second.Is(kind, confidence, sieve, partCount))
        {
            return second;
        }

        var made = new QuoteTraits(kind, confidence, sieve, partCount, null, null, null);
        Volatile.Write(ref Table[first is null || second is not null ? slot : other], made);
        return made;
    }

    // Confidence is compared by its bits, so 0.0 and -0.0 (or two NaNs) stay apart as the values they are.
    private bool Is(QuoteKind kind, double confidence, string sieve, int partCount) =>
        Kind == kind && PartCount == partCount && BitConverter.DoubleToInt64Bits(Confidence) == BitConverter.DoubleToInt64Bits(confidence)
        && string.Equals(Sieve, sieve, StringComparison.Ordinal) && Trace is null && CueSpan is null && MentionSpan is null;
}
