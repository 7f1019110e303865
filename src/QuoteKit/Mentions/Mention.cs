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
/// Mutable only while the mention finder builds it; later stages read it. Mention objects are reused across the
/// documents a thread reads (see <see cref="Recycler{T}"/>): <see cref="Reset"/> clears one for its next use.
/// </summary>
internal sealed class Mention
{
    public int Index { get; set; }

    public MentionKind Kind { get; set; }

    public EntityType Type { get; set; }

    /// <summary>The whole mention, description included: "Russian leader Vladimir Putin".</summary>
    public TextSpan Span { get; set; }

    /// <summary>First token and one past the last token of the mention.</summary>
    public int FirstToken { get; set; }

    public int EndToken { get; set; }

    public int Sentence { get; set; }

    public int Paragraph { get; set; }

    /// <summary>The proper name without title or possessive ("Vladimir Putin"), or none.</summary>
    public MentionText Name { get; set; }

    /// <summary>The name's words ("Vladimir", "Putin"); empty without a name.</summary>
    public NameParts NameParts => new(Name);

    /// <summary>A description ("Russian leader", "the Kremlin chief", "China’s state broadcaster"), or none.</summary>
    public MentionText Description { get; set; }

    /// <summary>
    /// The organisation or place a role noun is of, with its preposition, as the text gives it after the head ("of the
    /// International Monetary Fund" in "the head of the International Monetary Fund", "for the Clinton campaign"), or none.
    /// Two holders of one office in different organisations are different people.
    /// </summary>
    public MentionText Complement { get; set; }

    /// <summary>Lower-case head noun of the description or nominal ("leader", "broadcaster"), or the pronoun.</summary>
    public string? Head { get; set; }

    /// <summary>The country the modifiers point to ("Russian", "Kremlin" → Russia), or null.</summary>
    public string? Affiliation { get; set; }

    /// <summary>The US state the mention ties its person to ("the Ohio Republican", "Sen. Ted Cruz, R-Texas"), or null.</summary>
    public string? State { get; set; }

    public Gender Gender { get; set; }

    public bool Plural { get; set; }

    /// <summary>For groups with a number ("the two leaders"), the number; else 0.</summary>
    public int Count { get; set; }

    /// <summary>A definite description ("the broadcaster") rather than an indefinite one ("a source").</summary>
    public bool Definite { get; set; }

    /// <summary>"Putin’s" — a possessive is never a speaker by itself.</summary>
    public bool Possessive { get; set; }

    /// <summary>The entity cluster the resolver put this mention in, or -1.</summary>
    public int Entity { get; set; } = -1;

    /// <summary>Every property back to its initial value, for a mention object used again.</summary>
    public void Reset()
    {
        Index = 0;
        Kind = default;
        Type = default;
        Span = default;
        FirstToken = 0;
        EndToken = 0;
        Sentence = 0;
        Paragraph = 0;
        Name = default;
        Description = default;
        Complement = default;
        Head = null;
        Affiliation = null;
        State = null;
        Gender = default;
        Plural = false;
        Count = 0;
        Definite = false;
        Possessive = false;
        Entity = -1;
    }

    public override string ToString() => $"{Kind}/{Type} {Span} {(!Name.IsNone ? Name.ToString() : !Description.IsNone ? Description.ToString() : Head)}";
}
