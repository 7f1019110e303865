namespace QuoteKit;

/// <summary>
/// One real-world speaker in a document: every mention that refers to it ("Russian leader Vladimir Putin",
/// "Putin", "the Kremlin chief", "he") is resolved to the same <see cref="Speaker"/>.
/// </summary>
/// <remarks>Instances are immutable and safe to share across threads.</remarks>
public sealed class Speaker
{
    internal Speaker(string id, string name, SpeakerKind kind, IReadOnlyList<string> aliases, IReadOnlyList<string> descriptions, IReadOnlyList<Speaker> members)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Aliases = aliases;
        Descriptions = descriptions;
        Members = members;
    }

    /// <summary>An identifier unique within one extraction result: <c>s1</c>, <c>s2</c>, ...</summary>
    public string Id { get; }

    /// <summary>The canonical name: the fullest proper name seen in the document ("Vladimir Putin"), else the best description.</summary>
    public string Name { get; }

    /// <summary>Person, organisation, group or unknown.</summary>
    public SpeakerKind Kind { get; }

    /// <summary>Other names the document uses for this speaker ("Putin"), distinct from <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Descriptions the document gives ("Russian leader", "the Kremlin chief", "China's state broadcaster").</summary>
    public IReadOnlyList<string> Descriptions { get; }

    /// <summary>For a group ("the two leaders"), the speakers it is made of; empty otherwise.</summary>
    public IReadOnlyList<Speaker> Members { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Name} ({Kind})";
}
