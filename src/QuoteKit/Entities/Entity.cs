using QuoteKit.Lexicons;
using QuoteKit.Mentions;

namespace QuoteKit.Entities;

/// <summary>One real-world referent: the mentions that the resolver clustered together.</summary>
internal sealed class Entity
{
    public Entity(int id, EntityType type, int segment)
    {
        Id = id;
        Type = type;
        Segment = segment;
    }

    public int Id { get; }

    public EntityType Type { get; set; }

    public int Segment { get; }

    public Gender Gender { get; set; }

    public string? Affiliation { get; set; }

    /// <summary>Distinct proper names, in order of first use.</summary>
    public List<string> Names { get; } = [];

    /// <summary>Every token of every name, for surname and first-name matching.</summary>
    public HashSet<string> NameParts { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Descriptions { get; } = [];

    /// <summary>Head nouns of the descriptions ("leader", "broadcaster").</summary>
    public HashSet<string> Heads { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<Mention> Mentions { get; } = [];

    public List<Entity> Members { get; } = [];

    public int LastToken { get; set; }

    /// <summary>The fullest proper name: most parts, then longest.</summary>
    public string? CanonicalName => Names.Count == 0 ? null : Names.OrderByDescending(n => n.Count(c => c == ' ')).ThenByDescending(n => n.Length).First();

    public void Add(Mention mention, int lastToken)
    {
        Mentions.Add(mention);
        mention.Entity = Id;
        LastToken = Math.Max(LastToken, lastToken);
        if (mention.Name is not null && mention.Kind == MentionKind.Name && !Names.ContainsIgnoreCase(mention.Name))
        {
            Names.Add(mention.Name);
            foreach (var p in mention.NameParts)
            {
                NameParts.Add(p);
            }
        }

        if (mention.Description is not null && !Descriptions.ContainsIgnoreCase(mention.Description))
        {
            Descriptions.Add(mention.Description);
        }

        if (mention.Head is not null && mention.Kind != MentionKind.Pronoun)
        {
            Heads.Add(mention.Head);
        }

        Affiliation ??= mention.Affiliation;
        if (Gender is Gender.Unknown && mention.Gender is not Gender.Unknown && mention.Kind != MentionKind.Pronoun)
        {
            Gender = mention.Gender;
        }

        if (Type is EntityType.Unknown && mention.Type is not EntityType.Unknown && mention.Kind != MentionKind.Pronoun)
        {
            Type = mention.Type;
        }
    }

    public override string ToString() => $"E{Id} {Type} {CanonicalName ?? Descriptions.FirstOrDefault()}";
}
