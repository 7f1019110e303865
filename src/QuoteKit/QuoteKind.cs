namespace QuoteKit;

/// <summary>What kind of reported statement a <see cref="Quote"/> is.</summary>
public enum QuoteKind
{
    /// <summary>A full quotation inside quotation marks: “We aim to strengthen cooperation,” Putin said.</summary>
    Direct,

    /// <summary>A quoted fragment embedded in the writer's own sentence: calling the Chinese leader a “dear friend”.</summary>
    Partial,

    /// <summary>Reported speech without quotation marks: Putin said he was keen to ramp up cooperation.</summary>
    Indirect,

    /// <summary>Reported speech that contains a quoted fragment: China and Russia should strengthen “strategic” cooperation, the broadcaster said.</summary>
    Mixed,
}
