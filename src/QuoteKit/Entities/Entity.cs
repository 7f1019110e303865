using QuoteKit.Lexicons;
using QuoteKit.Mentions;

namespace QuoteKit.Entities;

/// <summary>
/// One real-world referent: the mentions that the resolver clustered together. Most entities are named once and
/// never speak, so the lists behind the properties are created on first use; until then they read as empty.
/// Entity objects are reused across the documents a thread reads (see <see cref="Recycler{T}"/>): <see cref="Reset"/>
/// empties one, keeping its lists for the next use.
/// </summary>
internal sealed class Entity
{
    private List<MentionText>? _names;
    private List<MentionText>? _nameParts;
    private List<MentionText>? _descriptions;
    private List<string>? _heads;
    private List<Entity>? _members;
    private List<EntityResolver.Office>? _offices;
    private List<string>? _headRoles;

    public Entity(int id, EntityType type, int segment)
    {
        Reset(id, type, segment);
    }

    public int Id { get; private set; }

    public EntityType Type { get; set; }

    public int Segment { get; private set; }

    public Gender Gender { get; set; }

    public string? Affiliation { get; set; }

    /// <summary>The organisation or place the entity's role is of ("of the World Bank"), the first one given; or none.</summary>
    public MentionText Complement { get; set; }

    /// <summary>The US state a mention tied the entity to ("Rep. Ann Lee, D-N.Y."), the first one given; or null.</summary>
    public string? State { get; set; }

    /// <summary>Distinct proper names (compared ignoring case), in order of first use.</summary>
    public EntityList<MentionText> Names => new(_names);

    /// <summary>Every token of every name, each once (ignoring case), for surname and first-name matching.</summary>
    public EntityList<MentionText> NameParts => new(_nameParts);

    /// <summary>
    /// The <see cref="NameLists.WordBit"/> of every one of <see cref="NameParts"/>: a word whose bit is not set is none
    /// of them (a set bit says only that it may be).
    /// </summary>
    public ulong NamePartBits { get; private set; }

    /// <summary>Whether one of <see cref="Names"/> has more than one word (a space).</summary>
    public bool HasMultiWordName { get; private set; }

    /// <summary>Distinct descriptions (compared ignoring case), in order of first use.</summary>
    public EntityList<MentionText> Descriptions => new(_descriptions);

    /// <summary>Head nouns of the descriptions ("leader", "broadcaster"), each once (ignoring case).</summary>
    public EntityList<string> Heads => new(_heads);

    /// <summary>
    /// The offices of the first <see cref="Descriptions"/>, in their order, as the resolver read them: it appends the
    /// office of each description the first time it asks, so that each description is read once.
    /// </summary>
    public List<EntityResolver.Office> Offices => _offices ??= new List<EntityResolver.Office>(2);

    /// <summary>
    /// The roles of the first <see cref="Heads"/> (the head, or the role it is a synonym of), in their order, as the
    /// resolver read them: it appends the role of each head the first time it asks, so that each head is looked up once.
    /// </summary>
    public List<string> HeadRoles => _headRoles ??= new List<string>(2);

    /// <summary>How many of <see cref="Heads"/> have their role in <see cref="HeadRoles"/> (without creating that list).</summary>
    public int HeadRoleCount => _headRoles?.Count ?? 0;

    /// <summary>How many of <see cref="Descriptions"/> have their office in <see cref="Offices"/> (without creating that list).</summary>
    public int OfficeCount => _offices?.Count ?? 0;

    /// <summary>
    /// The <see cref="NameLists.WordBit"/> of every role in <see cref="Offices"/> and <see cref="HeadRoles"/>, set by the
    /// resolver as it appends them: once both lists are complete, a role whose bit is not set is none of them.
    /// </summary>
    public ulong RoleBits { get; set; }

    /// <summary>For a group, the entities it is made of.</summary>
    public EntityList<Entity> Members => new(_members);

    /// <summary>
    /// A one-word name without title that is not the first word of the entity's first full name: the surname alone
    /// ("Cole" after "Mayor Dana Cole"), whose reading as a first name (Cole, James, Morgan) says nothing of the person's
    /// gender ("Ms. Epstein" does).
    /// </summary>
    private bool IsSurnameAlone(Mention mention)
    {
        if (mention.Kind != MentionKind.Name || !mention.Description.IsNone || _names is null || _names.Count == 0)
        {
            return false;
        }

        var words = mention.NameParts;
        var first = new NameParts(_names[0]);
        return words.Length == 1 && first.Length >= 2 && !first[0].Span.Equals(words[0].Span, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How many mentions the entity has.</summary>
    public int MentionCount { get; private set; }

    /// <summary>How many members the group's latest counted mention gives it ("the two lawmakers": 2); 0 when none did.</summary>
    public int Counted { get; private set; }

    /// <summary>The first mention added, or null before any.</summary>
    public Mention? FirstMention { get; private set; }

    public int LastToken { get; set; }

    /// <summary>The fullest proper name: most parts, then longest; the earliest of equals; none without a name.</summary>
    public MentionText CanonicalName
    {
        get
        {
            MentionText best = default;
            int bestSpaces = 0;
            var names = Names;
            for (int i = 0; i < names.Count; i++)
            {
                var n = names[i];
                int spaces = n.Span.Count(' ');
                if (best.IsNone || spaces > bestSpaces || (spaces == bestSpaces && n.Length > best.Length))
                {
                    best = n;
                    bestSpaces = spaces;
                }
            }

            return best;
        }
    }

    /// <summary>Makes this object a new, empty entity.</summary>
    public void Reset(int id, EntityType type, int segment)
    {
        Id = id;
        Type = type;
        Segment = segment;
        Gender = default;
        Affiliation = null;
        Complement = default;
        State = null;
        _names?.Clear();
        _nameParts?.Clear();
        NamePartBits = 0;
        RoleBits = 0;
        HasMultiWordName = false;
        _descriptions?.Clear();
        _heads?.Clear();
        _members?.Clear();
        _offices?.Clear();
        _headRoles?.Clear();
        MentionCount = 0;
        Counted = 0;
        FirstMention = null;
        LastToken = 0;
    }

    public void Add(Mention mention, int lastToken)
    {
        MentionCount++;
        FirstMention ??= mention;
        if (mention.Count >= 2)
        {
            Counted = mention.Count; // "the two lawmakers" after "lawmakers"
        }

        mention.Entity = Id;
        LastToken = Math.Max(LastToken, lastToken);
        if (!mention.Name.IsNone && mention.Kind == MentionKind.Name && !Names.ContainsIgnoreCase(mention.Name.Span))
        {
            (_names ??= new List<MentionText>(2)).Add(mention.Name);
            var parts = mention.NameParts;
            HasMultiWordName |= parts.Length > 1;
            for (int p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                AddDistinct(ref _nameParts, part);
                NamePartBits |= NameLists.WordBit(part.Span);
            }
        }

        if (!mention.Description.IsNone)
        {
            AddDescription(mention.Description);
        }

        if (mention.Head is not null && mention.Kind != MentionKind.Pronoun)
        {
            AddDistinct(ref _heads, mention.Head);
        }

        Affiliation ??= mention.Affiliation;
        if (Complement.IsNone)
        {
            Complement = mention.Complement;
        }

        State ??= mention.State;
        // A name after "the" is no one's ("the Clinton Global Initiative"): it says so only of an entity it opens, not of a
        // person it names in passing ("the Clinton years").
        if (Gender is Gender.Unknown && mention.Gender is not Gender.Unknown && mention.Kind != MentionKind.Pronoun && !IsSurnameAlone(mention)
            && (mention.Gender != Gender.Neuter || mention.Kind != MentionKind.Name || MentionCount == 1))
        {
            Gender = mention.Gender;
        }

        if (Type is EntityType.Unknown && mention.Type is not EntityType.Unknown && mention.Kind != MentionKind.Pronoun)
        {
            Type = mention.Type;
        }
    }

    /// <summary>Adds a description unless one equal to it (ignoring case) is already there.</summary>
    public void AddDescription(MentionText description) => AddDistinct(ref _descriptions, description);

    public void AddMember(Entity member) => (_members ??= new List<Entity>(2)).Add(member);

    private static void AddDistinct(ref List<string>? list, string value)
    {
        if (list is null)
        {
            list = new List<string>(2) { value };
        }
        else if (!list.ContainsIgnoreCase(value))
        {
            list.Add(value);
        }
    }

    private static void AddDistinct(ref List<MentionText>? list, MentionText value)
    {
        if (list is null)
        {
            list = new List<MentionText>(2) { value };
        }
        else if (!new EntityList<MentionText>(list).ContainsIgnoreCase(value.Span))
        {
            list.Add(value);
        }
    }

    public override string ToString() => $"E{Id} {Type} {(!CanonicalName.IsNone ? CanonicalName : Descriptions.FirstOrDefault())}";
}
