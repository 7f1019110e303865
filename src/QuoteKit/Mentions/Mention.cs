using QuoteKit.Lexicons;
namespace QuoteKit.Mentions;

/// <summary>How a mention refers: by name, by pronoun, or by description.</summary>
internal enum MentionKind : byte
{
    Name,
    Pronoun,
    Nominal,
}

/// <summary>What a mention seems to refer to.</summary>
internal enum EntityType : byte
{
    Unknown,
    Person,
    Organization,
    Group,
    Place,
}

/// <summary>
/// A phrase that could be a speaker: "Russian leader Vladimir Putin", "he", "the broadcaster", "officials".
/// Mutable only while the mention finder builds it; later stages read it.
/// </summary>
internal sealed class Mention
{
    public required int Index { get; init; }

    public required MentionKind Kind { get; init; }

    public EntityType Type { get; set; }

    /// <summary>The whole mention, description included: "Russian leader Vladimir Putin".</summary>
    public required TextSpan Span { get; init; }

    /// <summary>First token and one past the last token of the mention.</summary>
    public required int FirstToken { get; init; }

    public required int EndToken { get; init; }

    public required int Sentence { get; init; }

    public required int Paragraph { get; init; }

    /// <summary>The proper name without title or possessive ("Vladimir Putin"), or null.</summary>
    public string? Name { get; init; }

    /// <summary>The name's tokens as strings ("Vladimir", "Putin").</summary>
    public string[] NameParts { get; init; } = [];

    /// <summary>A description without determiner ("Russian leader", "Kremlin chief", "state broadcaster"), or null.</summary>
    public string? Description { get; init; }

    /// <summary>Lower-case head noun of the description or nominal ("leader", "broadcaster"), or the pronoun.</summary>
    public string? Head { get; init; }

    /// <summary>The country the modifiers point to ("Russian", "Kremlin" → Russia), or null.</summary>
    public string? Affiliation { get; init; }

    public Gender Gender { get; set; }

    public bool Plural { get; init; }

    /// <summary>For groups with a number ("the two leaders"), the number; else 0.</summary>
    public int Count { get; init; }

    /// <summary>A definite description ("the broadcaster") rather than an indefinite one ("a source").</summary>
    public bool Definite { get; init; }

    /// <summary>"Putin’s" — a possessive is never a speaker by itself.</summary>
    public bool Possessive { get; init; }

    /// <summary>The entity cluster the resolver put this mention in, or -1.</summary>
    public int Entity { get; set; } = -1;

    public override string ToString() => $"{Kind}/{Type} {Span} {Name ?? Description ?? Head}";
}
