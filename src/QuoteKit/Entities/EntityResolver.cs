using System.Buffers;
using QuoteKit.Lexicons;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using QuoteKit.Mentions;
using QuoteKit.Text;

namespace QuoteKit.Entities;

/// <summary>
/// Clusters mentions into entities, in document order and within one article segment:
/// names by full name, surname or given name ("Vladimir Putin" = "Putin"; "Xi Jinping" = "Xi"); descriptions
/// introduced with a name or in apposition ("Russian leader Vladimir Putin" → "the Russian leader";
/// "CCTV, China’s state broadcaster" → "the broadcaster"); role nominals that the context makes unambiguous
/// ("the Kremlin chief" → the person tied to Russia); pronouns by gender, number and salience (subjects
/// first); "it" for organisations; groups whose members are known ("the two leaders").
/// </summary>
internal sealed class EntityResolver
{
    /// <summary>Role nouns that name the same kind of office, so "the Kremlin chief" can match a "leader".</summary>
    private static readonly FrozenDictionary<string, string> RoleSynonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["leader"] = "leader", ["chief"] = "leader", ["head"] = "leader", ["president"] = "leader", ["premier"] = "leader",
        ["chancellor"] = "leader", ["king"] = "leader", ["prime"] = "leader", ["taoiseach"] = "leader", ["minister"] = "minister", ["secretary"] = "minister",
        ["spokesman"] = "spokesperson", ["spokeswoman"] = "spokesperson", ["spokesperson"] = "spokesperson",
        ["broadcaster"] = "media", ["network"] = "media", ["channel"] = "media", ["station"] = "media", ["newspaper"] = "media", ["outlet"] = "media", ["agency"] = "agency",
        ["candidate"] = "candidate", ["nominee"] = "candidate", ["judge"] = "judge",
        ["chair"] = "chair", ["chairman"] = "chair", ["chairwoman"] = "chair", ["chairperson"] = "chair", // "NTSB Chair Jennifer Holloway … the chair said"
        // Abbreviated titles name the office in full: "Gov. Chris Sununu … the governor said".
        ["gov"] = "governor", ["sen"] = "senator", ["rep"] = "congressman", ["congresswoman"] = "congressman", ["representative"] = "congressman",
        ["ald"] = "alderman", ["sgt"] = "sergeant", ["det"] = "detective", ["capt"] = "captain", ["lt"] = "lieutenant", ["gen"] = "general",
        ["adm"] = "admiral", ["col"] = "colonel", ["supt"] = "superintendent", ["prof"] = "professor",
        ["dr"] = "doctor", // "Dr Helen Okafor … the doctor said"
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Positions in a team that a report uses for the player it just named ("Rice … the midfielder said"), as it uses an
    /// age or a nationality; alone, without a club or country ("the Arsenal midfielder" may be another).
    /// </summary>
    private static readonly WordSet PlayingPositions = new[]
    {
        "midfielder", "striker", "winger", "goalkeeper", "batsman", "bowler", "forward", "defender",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet GroupHeads = new[] { "leaders", "men", "women", "pair", "duo", "couple", "both", "sides", "two", "presidents", "countries", "nations" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Organisation nouns that stand for an organisation the text named before ("the company", "the group"), with the
    /// kind of organisation each can stand for.
    /// </summary>
    private static readonly FrozenDictionary<string, OrganizationKind> GenericOrganizationHeads = new Dictionary<string, OrganizationKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["company"] = OrganizationKind.Business, ["firm"] = OrganizationKind.Business, ["bank"] = OrganizationKind.Business,
        ["maker"] = OrganizationKind.Business, ["carmaker"] = OrganizationKind.Business, ["automaker"] = OrganizationKind.Business,
        ["chipmaker"] = OrganizationKind.Business, ["retailer"] = OrganizationKind.Business, ["airline"] = OrganizationKind.Business,
        ["lender"] = OrganizationKind.Business, ["insurer"] = OrganizationKind.Business,
        ["department"] = OrganizationKind.SameHead, ["ministry"] = OrganizationKind.SameHead, ["commission"] = OrganizationKind.SameHead,
        ["committee"] = OrganizationKind.SameHead, ["council"] = OrganizationKind.SameHead, ["board"] = OrganizationKind.SameHead,
        ["union"] = OrganizationKind.Union,
        ["group"] = OrganizationKind.Other, ["organization"] = OrganizationKind.Other, ["organisation"] = OrganizationKind.Other,
        ["agency"] = OrganizationKind.Public,
        ["broadcaster"] = OrganizationKind.Media, ["network"] = OrganizationKind.Media, ["newspaper"] = OrganizationKind.Media,
        ["outlet"] = OrganizationKind.Media, ["channel"] = OrganizationKind.Media, ["station"] = OrganizationKind.Media,
        ["publication"] = OrganizationKind.Media, ["magazine"] = OrganizationKind.Media,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Last words that make an organisation's name a public body ("Labor Department", "White House").</summary>
    private static readonly WordSet PublicBodyWords = new(new[]
    {
        "house", "department", "ministry", "senate", "congress", "committee", "party", "campaign", "court", "administration",
        "government", "parliament", "cabinet", "office", "council", "commission", "assembly", "embassy", "police", "army",
        "navy", "forces", "bureau", "agency", "authority", "service", "university", "college", "kremlin", "pentagon", "board",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Last words that make an organisation's name a news medium ("Washington Post", "Fox News").</summary>
    private static readonly WordSet MediaWords = new(new[]
    {
        "times", "post", "journal", "news", "network", "television", "radio", "press", "media", "broadcaster", "tv",
        "magazine", "tribune", "herald", "telegraph", "guardian", "gazette", "daily",
        // News agencies, whose names name no medium: a wire story's dateline credit "(Reuters)" is no company it quotes.
        "reuters", "ap", "afp", "xinhua", "tass", "interfax", "yonhap", "kyodo", "bernama", "anadolu",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>What a generic organisation noun can stand for.</summary>
    private enum OrganizationKind
    {
        /// <summary>Anything but a public body or a medium: "the company", "the bank".</summary>
        Business,

        /// <summary>A news medium, or an acronym: "the newspaper", "the network".</summary>
        Media,

        /// <summary>A public body, or an acronym: "the agency".</summary>
        Public,

        /// <summary>Anything but a public body or a medium: "the group", "the organization".</summary>
        Other,

        /// <summary>A trade union, or an acronym: "the union".</summary>
        Union,

        /// <summary>An organisation whose name has the noun itself as its head, or an acronym: "the department" is the "Department for Transport".</summary>
        SameHead,
    }

    /// <summary>Last words that make an organisation's name a trade union's ("RMT union", "Public Service Association").</summary>
    private static readonly WordSet UnionWords = new(new[]
    {
        "union", "unions", "federation", "confederation", "association", "guild", "syndicate",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>How many recent entities or mentions a role nominal, group or pronoun looks back over: salience fades, and the bound keeps resolution linear.</summary>
    private const int Window = 64;

    /// <summary>The most tokens a subheading holds (see <see cref="IsSubheading"/>).</summary>
    private const int MaxSubheadingTokens = 8;

    // Indexes that keep every lookup bounded: name part → entities bearing it; description → last entity with it.
    private readonly Dictionary<EntityKey, List<Entity>> _byNamePart = new(EntityKeyComparer.Instance);
    private readonly Dictionary<EntityKey, Entity> _byDescription = new(EntityKeyComparer.Instance);
    private readonly Dictionary<int, Entity> _writers = [];

    // The name-part lists MatchName found for the mention it read last (null where a key had none), in its order of
    // keys, so that Index files the mention's entity under them without hashing the same keys again.
    private readonly List<Entity>?[] _foundLists = new List<Entity>?[8];
    private Mention? _foundFor;
    private int _foundSegment;

    // Per segment, the person an interview's "A" turns stand for (the first one resolves it, the others follow).
    private readonly Dictionary<int, Entity?> _interviewees = [];

    // Entity objects, and lists of the name-part index, kept across documents by a reused resolver.
    private readonly Recycler<Entity> _entities = new(static () => new Entity(0, EntityType.Unknown, 0), MaxKeptEntities);
    private readonly Stack<List<Entity>> _spareLists = new();
    private readonly List<Entity> _entityList = [];

    /// <summary>
    /// Tables with more entries than this are dropped rather than cleared: clearing costs their capacity, which every
    /// later (smaller) document would pay, and a huge document's tables should not stay alive.
    /// </summary>
    private const int MaxKeptEntries = 1 << 10;

    /// <summary>Entity objects kept for reuse.</summary>
    private const int MaxKeptEntities = 1 << 12;

    /// <summary>
    /// Empties the resolver's tables and takes its entities back, keeping the tables' capacity and the entity objects
    /// for the next document. Returns false, and keeps nothing, when the tables grew too large to be worth keeping.
    /// The entities of the last <see cref="Resolve(DocumentIndex, List{Mention}, CancellationToken, ReadOnlySpan{bool})"/> must no longer be read.
    /// </summary>
    public bool Reset()
    {
        if (_byNamePart.Count > MaxKeptEntries || _byDescription.Count > MaxKeptEntries || _entityList.Count > MaxKeptEntities)
        {
            return false; // let the garbage collector take the big tables
        }

        foreach (var list in _byNamePart.Values)
        {
            list.Clear();
            _spareLists.Push(list);
        }

        _byNamePart.Clear();
        _byDescription.Clear();
        _writers.Clear();
        _interviewees.Clear();
        foreach (var entity in _entityList)
        {
            entity.Reset(0, EntityType.Unknown, 0); // entities keep slices of the input: let it go with the document
        }

        _entities.Clear();
        _entityList.Clear();
        return true;
    }

    /// <summary>
    /// Clusters <paramref name="mentions"/> into entities; <paramref name="cueTokens"/> (for each token, whether it is a
    /// speech verb used as one, <see cref="Attribution.AttributionContext.IsCueToken"/>; empty when unknown) tells the
    /// subject that speaks after an opening phrase.
    /// </summary>
    public List<Entity> Resolve(DocumentIndex doc, List<Mention> mentions, CancellationToken cancellationToken, ReadOnlySpan<bool> cueTokens = default)
    {
        // The list kept from the last document once Reset took it back; a new one when it is still in use.
        var entities = _entityList.Count == 0 ? _entityList : new List<Entity>();
        _foundFor = null; // mention objects are reused from document to document: nothing found before counts
        var subjectsArray = PooledArray.Rent<bool>(mentions.Count);
        try
        {
            Resolve(doc, mentions, SentenceSubjects(doc, mentions, cueTokens, subjectsArray), entities, cancellationToken);
        }
        finally
        {
            PooledArray.Return(ref subjectsArray);
        }

        return entities;
    }

    private void Resolve(DocumentIndex doc, List<Mention> mentions, ReadOnlySpan<bool> subjects, List<Entity> entities, CancellationToken cancellationToken)
    {
        // The entity a nominal took from the name in apposition after it, for that name (the mention at apposedAt).
        Entity? apposed = null;
        int apposedAt = -1;
        for (int i = 0; i < mentions.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var m = mentions[i];
            int segment = doc.SegmentOfParagraph[m.Paragraph];
            var type = m.Type;
            bool apposition = false;
            Entity? entity;
            if (apposed is not null && i == apposedAt)
            {
                entity = apposed;
                apposed = null;
            }
            else if (ApposedName(doc, mentions, m) is { } name)
            {
                // "The French president, Emmanuel Macron, said": the nominal is the name that follows it.
                entity = MatchName(entities, name, segment);
                type = name.Type;
                apposition = true;
                apposedAt = name.Index;
            }
            else
            {
                entity = m.Kind switch
                {
                    MentionKind.Name => BracketedAcronymOf(doc, entities, mentions, m)
                        ?? UnlessOtherRelative(doc, mentions, m, SubjectNamed(doc, entities, mentions, subjects, m, MatchName(entities, m, segment)) ?? MatchAcronym(entities, m, segment)),
                    MentionKind.Nominal => MatchNominal(doc, entities, mentions, subjects, m, segment),
                    _ when m.Head == "i" => InAnswer(doc, m) ? Interviewee(entities, segment) ?? Narrator(entities, segment) : Narrator(entities, segment),
                    _ when m.Head == MentionFinder.IntervieweeHead => Interviewee(entities, segment),
                    _ => MatchPronoun(entities, mentions, subjects, m, segment, doc),
                };
            }

            if (entity is null && m.Kind != MentionKind.Pronoun && m.Paragraph > 0 && m.Head is not null)
            {
                entity = HeadlineRole(doc, entities, m, segment); // "Mayor vows …" … "The city's mayor, Tracy Brabin,"
            }

            if (entity is null)
            {
                if (m.Kind == MentionKind.Pronoun)
                {
                    continue; // an unresolved pronoun stays without entity
                }

                entity = NewEntity(entities.Count, type, segment);
                entities.Add(entity);
                if (m.Kind == MentionKind.Nominal && m.Type == EntityType.Group && IsCountedGroup(m))
                {
                    AddMembers(entities, entity, m);
                }
                else if (m.Kind == MentionKind.Nominal && !apposition && m.Head is not null && KinshipHeads.Contains(m.Head)
                    && RelativeOf(doc, entities, m, segment) is { } relative)
                {
                    // "His wife said": the wife of the person "his" is, named so ("wife of Mark Dolan"), not a bare "wife".
                    entity.AddDescription(new MentionText(string.Concat(m.Head, " of ", relative.CanonicalName.Span)));
                }
            }

            entity.Add(m, m.EndToken);
            Index(entity, m);
            if (m.Kind == MentionKind.Name && m.FirstToken > 1 && doc.Is(m.FirstToken - 1, "by") && FoundedBefore(doc, m.FirstToken - 1))
            {
                entity.AddDescription(FounderDescription); // "The company was founded in 2019 by Robert Castellano" … "the founder said"
            }
            if (apposition)
            {
                apposed = entity; // the name in apposition is next
            }

            if (m.Kind == MentionKind.Pronoun && entity.Gender == Gender.Unknown && m.Gender is Gender.Male or Gender.Female)
            {
                entity.Gender = m.Gender;
            }
        }
    }

    private static readonly MentionText FounderDescription = new("founder");

    /// <summary>How many words before "by" a "founded" may stand: "founded in 2019 by", "founded in Oslo in 2019 by".</summary>
    private const int MaxFoundedGap = 5;

    /// <summary>Whether "founded" stands a few words before the "by" at <paramref name="by"/> in its sentence ("was founded in 2019 by").</summary>
    private static bool FoundedBefore(DocumentIndex doc, int by)
    {
        int first = doc.Sentences[doc.SentenceOfToken[by]].First;
        for (int t = by - 1; t >= first && t >= by - MaxFoundedGap; t--)
        {
            if (doc.Is(t, "founded") || doc.Is(t, "co-founded") || doc.Is(t, "cofounded"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds a group entity of <paramref name="members"/>, named by <paramref name="mention"/> ("Hawley and Warren", see
    /// <see cref="CoordinatedSpeakers"/>).
    /// </summary>
    public Entity AddGroup(List<Entity> entities, Mention mention, Entity[] members, int segment)
    {
        var group = NewEntity(entities.Count, EntityType.Group, segment);
        entities.Add(group);
        foreach (var member in members)
        {
            group.AddMember(member);
        }

        group.Add(mention, mention.EndToken);
        return group;
    }

    /// <summary>A new entity: an object of an earlier document, reset, when the resolver is reused.</summary>
    private Entity NewEntity(int id, EntityType type, int segment)
    {
        var entity = _entities.Next();
        entity.Reset(id, type, segment);
        return entity;
    }

    private static EntityKey Key(int segment, char kind, MentionText value) => new(segment, kind, value);

    /// <summary>
    /// Files <paramref name="entity"/> under one of its name parts (or its whole name), most recently named last;
    /// <paramref name="found"/> is the list of that key when a lookup just found it, else null.
    /// </summary>
    private void IndexPart(Entity entity, MentionText part, List<Entity>? found = null)
    {
        var list = found;
        if (list is null)
        {
            // One hash and probe for a key seen before or new.
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_byNamePart, Key(entity.Segment, '|', part), out _);
            list = slot ??= _spareLists.Count > 0 ? _spareLists.Pop() : [];
        }

        if (list.Count == 0 || list[^1] != entity)
        {
            // Most recently named last. MatchName reads only the last Window entries, and what they hold after this call
            // depends only on what they held before and on the entity (moved from among them or added after them), never
            // on older entries: so only the window is searched, an older copy of the entity may stay below it, and the
            // list is cut back to its window when it has grown to twice that (a document naming hundreds of people who
            // share a name part pays a bounded cost per mention, not one growing with how many came before).
            int at = list.LastIndexOf(entity, list.Count - 1, Math.Min(list.Count, Window));
            if (at >= 0)
            {
                list.RemoveAt(at);
            }

            list.Add(entity);
            if (list.Count >= 2 * Window)
            {
                list.RemoveRange(0, list.Count - Window);
            }
        }
    }

    /// <summary>
    /// Where the one hyphen of a double surname is ("McAleese-O'Neill", "Smith-Jones"): between two capitalised halves
    /// of two letters or more; else -1 ("Jean-Pierre" is a first name, but no surname has its hyphen elsewhere).
    /// </summary>
    private static int HyphenAt(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen >= 2 && hyphen <= word.Length - 3 && word[(hyphen + 1)..].IndexOf('-') < 0
            && char.IsUpper(word[0]) && char.IsUpper(word[hyphen + 1]) ? hyphen : -1;
    }

    /// <summary>Whether <paramref name="word"/> is one half of the double surname ending one of the entity's names.</summary>
    private static bool IsHalfOfDoubleSurname(Entity e, ReadOnlySpan<char> word)
    {
        for (int i = 0; i < e.Names.Count; i++)
        {
            var name = e.Names[i].Span;
            var last = name[(name.LastIndexOf(' ') + 1)..];
            if (last.Length < name.Length && HyphenAt(last) is > 0 and var hyphen
                && (last[..hyphen].Equals(word, StringComparison.OrdinalIgnoreCase) || last[(hyphen + 1)..].Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private void Index(Entity entity, Mention m)
    {
        if (m.Kind == MentionKind.Name && !m.Name.IsNone)
        {
            var parts = m.NameParts;
            bool found = m == _foundFor && entity.Segment == _foundSegment; // the same keys MatchName looked up
            for (int p = 0; p <= parts.Length; p++)
            {
                IndexPart(entity, p < parts.Length ? parts[p] : m.Name, found ? _foundLists[p] : null);
            }

            // "Mary McAleese-O'Neill" is found again by either half of her surname: "O'Neill said".
            if (parts.Length > 1 && HyphenAt(parts[parts.Length - 1].Span) is > 0 and var hyphen)
            {
                var surname = parts[parts.Length - 1];
                IndexPart(entity, surname.Slice(0, hyphen));
                IndexPart(entity, surname.Slice(hyphen + 1, surname.Length - hyphen - 1));
            }
        }

        if (!m.Description.IsNone)
        {
            if (entity.Type == EntityType.Group && entity.Members.Count == 0)
            {
                _byDescription[Key(entity.Segment, 'g', m.Description)] = entity;
            }

            _byDescription[Key(entity.Segment, 'd', m.Description)] = entity;
        }
    }

    /// <summary>
    /// The first mention of each sentence that can be its subject: not possessive, not after a preposition, not a name
    /// that modifies a noun after an article ("a Methodist church hall", "the western Sydney suburb"), not an indefinite
    /// object of an "-ing" form ("footage of a man punching a protester").
    /// </summary>
    private static ReadOnlySpan<bool> SentenceSubjects(DocumentIndex doc, List<Mention> mentions, ReadOnlySpan<bool> cueTokens, bool[] buffer)
    {
        // Indexed by Mention.Index, which is the mention's position in the list.
        var set = buffer.AsSpan(0, mentions.Count);
        set.Clear();
        int lastSentence = -1;
        int clauseSentence = -1;
        int clauseEnd = -1;
        foreach (var m in mentions)
        {
            if (m.Sentence == lastSentence || m.Possessive)
            {
                continue;
            }

            if (m.Sentence != clauseSentence)
            {
                clauseSentence = m.Sentence;
                clauseEnd = OpensWithPhrase(doc, m.Sentence) ? SubjectAfterOpeningPhrase(doc, mentions, cueTokens, m) : -1;
            }

            if (m.FirstToken < clauseEnd)
            {
                continue; // "Asked whether the review had included Verdana, Moreno said": the subject is after the comma
            }

            int before = m.FirstToken - 1;
            bool afterPreposition = before >= 0 && doc.Tokens[before].IsWord && IsSubjectlessPreposition(doc, before);
            if (!afterPreposition && m.Type != EntityType.Place && !(m.Kind == MentionKind.Name && ModifiesNounAfterArticle(doc, before))
                && !(m.Kind == MentionKind.Nominal && !m.Definite && AfterParticiple(doc, before)))
            {
                set[m.Index] = true;
                lastSentence = m.Sentence;
            }
        }

        return set;
    }

    /// <summary>
    /// Whether the sentence opens with a phrase before its subject: a capitalised preposition ("Outside Central Library,",
    /// "In an interview with CNN,") or an "-ed"/"-ing" form before a lower-case word ("Asked whether", "Speaking to").
    /// Not a subordinator: the subject of "When Rubio took Trump on, he did it sideways" is the one the main clause's
    /// pronoun goes on with.
    /// </summary>
    private static bool OpensWithPhrase(DocumentIndex doc, int sentence)
    {
        var s = doc.Sentences[sentence];
        int first = s.First;
        if (first + 1 >= s.End || !doc.Tokens[first].IsWord || !doc.Tokens[first].IsCapitalized || doc.InQuote(first))
        {
            return false;
        }

        var word = doc.Word(first);
        return (Attribution.AttributionContext.IsPrepositionWord(word) && !Attribution.AttributionContext.IsSubordinatorWord(word))
            || word.Equals("outside", StringComparison.OrdinalIgnoreCase) || word.Equals("inside", StringComparison.OrdinalIgnoreCase)
            || (word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))
                && doc.Tokens[first + 1] is { IsWord: true, IsCapitalized: false });
    }

    /// <summary>
    /// In a sentence that opens with a phrase, the first token of the mention that speaks after it: right after a comma
    /// and right before a speech verb ("Asked whether the review had included Verdana, Moreno said it had", "Outside
    /// Central Library, nurse Fatima Rahman said"); the names before it are no subject. -1 when no mention of the sentence
    /// from <paramref name="first"/> on is one.
    /// </summary>
    private static int SubjectAfterOpeningPhrase(DocumentIndex doc, List<Mention> mentions, ReadOnlySpan<bool> cueTokens, Mention first)
    {
        for (int i = first.Index + 1; i < mentions.Count && mentions[i].Sentence == first.Sentence; i++)
        {
            var m = mentions[i];
            if (m.EndToken < cueTokens.Length && cueTokens[m.EndToken] && doc.IsChar(m.FirstToken - 1, ',') && !doc.InQuote(m.FirstToken))
            {
                return m.FirstToken;
            }
        }

        return -1;
    }

    private static bool IsSubjectlessPreposition(DocumentIndex doc, int token) =>
        doc.Is(token, "by") || doc.Is(token, "to") || doc.Is(token, "with") || doc.Is(token, "of") || doc.Is(token, "for") || doc.Is(token, "from")
        || doc.Is(token, "in") || doc.Is(token, "on") || doc.Is(token, "at");

    /// <summary>
    /// Whether the word at <paramref name="token"/> (or before its article) is a lower-case "-ing" form: "punching" (not
    /// "-ed", a verb an inverted subject follows: "noted a report").
    /// </summary>
    private static bool AfterParticiple(DocumentIndex doc, int token)
    {
        if (token > 0 && (doc.Is(token, "a") || doc.Is(token, "an")))
        {
            token--; // the article, if the mention starts after it
        }

        if (token < 0 || !doc.Tokens[token].IsWord || doc.Tokens[token].IsCapitalized)
        {
            return false;
        }

        var w = doc.Word(token);
        return w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the name after <paramref name="before"/> stands inside a noun phrase an indefinite article opens ("a
    /// Methodist church hall"), or after an article and a lower-case modifier ("the western Sydney suburb"): no subject.
    /// </summary>
    private static bool ModifiesNounAfterArticle(DocumentIndex doc, int before)
    {
        if (before < 0 || !doc.Tokens[before].IsWord)
        {
            return false;
        }

        if (doc.Is(before, "a") || doc.Is(before, "an"))
        {
            return true;
        }

        return before > 0 && !doc.Tokens[before].IsCapitalized && doc.Tokens[before - 1].IsWord
            && (doc.Is(before - 1, "a") || doc.Is(before - 1, "an") || doc.Is(before - 1, "the"));
    }

    /// <summary>
    /// A bare surname that several people share is the one the last sentence's subject is ("The former president ended
    /// his remarks …, Bush said" is George W. Bush though George P. Bush was named since); else <paramref name="latest"/>,
    /// the most recently named. Looks back over the current and the previous sentence only.
    /// </summary>
    private static Entity? SubjectNamed(DocumentIndex doc, List<Entity> entities, List<Mention> mentions, ReadOnlySpan<bool> subjects, Mention m, Entity? latest)
    {
        if (latest is null || m.NameParts.Length != 1)
        {
            return latest;
        }

        for (int j = m.Index - 1; j >= 0 && j >= m.Index - Window && mentions[j].Sentence >= m.Sentence - 1; j--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (!subjects[j] || mentions[j].Entity < 0 || doc.InQuote(mentions[j].FirstToken))
            {
                continue; // "He" inside a quotation is someone the speaker talks about
            }

            var subject = entities[mentions[j].Entity];
            return subject != latest && subject.Type == EntityType.Person && subject.Segment == latest.Segment && NameMatches(subject, m) && !CalledByGivenName(subject, m) ? subject : latest;
        }

        return latest;
    }

    private Entity? MatchName(List<Entity> entities, Mention m, int segment)
    {
        // Most recent entity of the segment whose names share this name (full, surname, or given name).
        Entity? best = null;
        Entity? byGivenName = null;
        Entity? byNameWord = null; // by a word inside a longer name of no person
        Entity? byFullNameOnly = null; // a person the surname ends a name of, never called by the surname alone
        var parts = m.NameParts;
        List<Entity>? walked = null; // the list walked last
        bool keep = parts.Length < _foundLists.Length; // for Index (a name of more words than that is looked up again)
        ulong words = WordBits(m); // the bits of the name's words, for the cheap test before NameMatches
        _foundFor = keep ? m : null;
        _foundSegment = segment;
        for (int p = 0; p <= parts.Length; p++)
        {
            _byNamePart.TryGetValue(Key(segment, '|', p < parts.Length ? parts[p] : m.Name), out var list);
            if (keep)
            {
                _foundLists[p] = list;
            }

            if (list is null || list == walked)
            {
                // A one-word name is its own only part, so the whole name finds the same list again: its walk already
                // stopped at the most recently named entity that matches; those below were named before it, even when
                // first named after it ("Maria Hale … Tomas Hale … Maria Hale … Hale said" is Maria Hale).
                continue;
            }

            int i = list.Count - 1;
            for (; i >= 0 && i >= list.Count - Window; i--)
            {
                WorkCounter.Add(WorkKind.Candidates);
                var e = list[i];
                if ((best is null || e.Id > best.Id) && MayNameAll(e, words) && NameMatches(e, m))
                {
                    // The surname is more likely another's: look further back. So is a word that ends none of the names
                    // of what is no person ("Trump" after "Trump University", "Trump Tower": the man, named before them).
                    if (parts.Length == 1 && e.Type != EntityType.Person && !EndsAName(e, m.Name.Span))
                    {
                        byNameWord ??= e;
                        continue;
                    }

                    if (parts.Length == 1 && CalledByGivenName(e, m))
                    {
                        byGivenName ??= e;
                        continue;
                    }

                    // "Hillary Clinton … Clinton said … her husband, Bill Clinton … Clinton said": of people who share a
                    // surname, the bare surname names the one the writer already calls by it; the others keep a full name.
                    // Of those, a relative named by a kin noun ("his son, Eric Trump") is the last choice.
                    if (parts.Length == 1 && e.Type == EntityType.Person && !e.Names.ContainsIgnoreCase(m.Name.Span))
                    {
                        if (byFullNameOnly is null || (HasKinshipHead(byFullNameOnly) && !HasKinshipHead(e)))
                        {
                            byFullNameOnly = e;
                        }

                        continue;
                    }

                    if (byFullNameOnly is not null && e.Type != EntityType.Person)
                    {
                        continue;
                    }

                    best = e;
                    break;
                }
            }

            walked = list;
        }

        return best ?? byFullNameOnly ?? byNameWord ?? byGivenName;
    }

    /// <summary>Whether one of the entity's names is <paramref name="word"/> or ends with it ("Ayo Okafor" for "Okafor").</summary>
    private static bool EndsAName(Entity e, ReadOnlySpan<char> word)
    {
        for (int i = 0; i < e.Names.Count; i++)
        {
            var name = e.Names[i].Span;
            if (name.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (name.Length == word.Length || name[name.Length - word.Length - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The organisation named in full before whose initials the acronym <paramref name="m"/> spells: "the FAA" after "the
    /// Federal Aviation Administration", "The NTSB" after "National Transportation Safety Board" (the most recent).
    /// </summary>
    private static Entity? MatchAcronym(List<Entity> entities, Mention m, int segment)
    {
        var acronym = m.Name.Span;
        if (!IsLongAcronym(acronym))
        {
            return null;
        }

        for (int i = entities.Count - 1; i >= 0 && i >= entities.Count - Window; i--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            var e = entities[i];
            if (e.Segment != segment || e.Type != EntityType.Organization)
            {
                continue;
            }

            if (SpellsInitialsOfAny(acronym, e.Names) || SpellsInitialsOfAny(acronym, e.Descriptions))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// The organisation whose name stands right before the acronym <paramref name="m"/> in brackets, which the text so
    /// defines as its short name: "China Central Television (CCTV)", whose initials are not strictly "CCTV". The acronym
    /// must open with the name's initial and spell letters of it in order, so that brackets of another kind ("Lee (AP)")
    /// stay apart.
    /// </summary>
    private static Entity? BracketedAcronymOf(DocumentIndex doc, List<Entity> entities, List<Mention> mentions, Mention m)
    {
        if (m.Index == 0 || m.FirstToken == 0 || !IsLongAcronym(m.Name.Span) || !doc.IsChar(m.FirstToken - 1, '(')
            || m.EndToken >= doc.Tokens.Length || !doc.IsChar(m.EndToken, ')'))
        {
            return null;
        }

        var before = mentions[m.Index - 1];
        if (before.Kind != MentionKind.Name || before.EndToken != m.FirstToken - 1 || before.Entity < 0
            || entities[before.Entity] is not { Type: EntityType.Organization or EntityType.Unknown } named
            || !LettersInOrder(m.Name.Span, before.Name.Span))
        {
            return null;
        }

        named.Type = EntityType.Organization;
        return named;
    }

    /// <summary>
    /// Whether <paramref name="acronym"/> opens with the initial of <paramref name="name"/> (past "The") and its other
    /// capitals stand in the name in order: "CCTV" of "China Central Television", "NTSB" of "National Transportation Safety Board".
    /// </summary>
    private static bool LettersInOrder(ReadOnlySpan<char> acronym, ReadOnlySpan<char> name)
    {
        if (name.StartsWith("The ", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        if (name.IsEmpty || name[0] != acronym[0])
        {
            return false;
        }

        int n = 1;
        for (int k = 1; k < name.Length && n < acronym.Length; k++)
        {
            if (char.ToUpperInvariant(name[k]) == acronym[n])
            {
                n++;
            }
        }

        return n == acronym.Length;
    }

    /// <summary>The one of <paramref name="names"/> whose initials <paramref name="acronym"/> spells, or none.</summary>
    internal static MentionText FullNameOf(ReadOnlySpan<char> acronym, EntityList<MentionText> names)
    {
        if (!IsLongAcronym(acronym))
        {
            return default;
        }

        for (int i = 0; i < names.Count; i++)
        {
            if (SpellsInitials(acronym, names[i].Span))
            {
                return names[i];
            }
        }

        return default;
    }

    /// <summary>Whether <paramref name="acronym"/>, three capitals or more, spells the initials of one of <paramref name="names"/>.</summary>
    private static bool SpellsInitialsOfAny(ReadOnlySpan<char> acronym, EntityList<MentionText> names)
    {
        if (!IsLongAcronym(acronym))
        {
            return false;
        }

        for (int i = 0; i < names.Count; i++)
        {
            if (SpellsInitials(acronym, names[i].Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention's role is of no other organisation or place than the entity's: "the head of the World Health
    /// Organization" is not the head of the International Monetary Fund named before; "the head of the IMF" is (its
    /// initials), and a role without one ("the head") may be either.
    /// </summary>
    private static bool SameComplement(Entity e, Mention m)
    {
        if (m.Complement.IsNone || e.Complement.IsNone)
        {
            return true;
        }

        var a = ComplementName(m.Complement.Span);
        var b = ComplementName(e.Complement.Span);
        return a.Equals(b, StringComparison.OrdinalIgnoreCase) || (IsLongAcronym(a) && SpellsInitials(a, b)) || (IsLongAcronym(b) && SpellsInitials(b, a));
    }

    /// <summary>A complement's name without its preposition and article: "International Monetary Fund" of "of the International Monetary Fund".</summary>
    private static ReadOnlySpan<char> ComplementName(ReadOnlySpan<char> complement)
    {
        var rest = complement[(complement.IndexOf(' ') + 1)..];
        return rest.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? rest[4..] : rest;
    }

    /// <summary>Whether <paramref name="acronym"/> is the initials of the capitalised words of <paramref name="name"/> ("of", "and", "for", "the" left out).</summary>
    private static bool SpellsInitials(ReadOnlySpan<char> acronym, ReadOnlySpan<char> name)
    {
        int n = 0;
        var rest = name;
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? default : rest[(space + 1)..];
            if (n == 0 && word is "The")
            {
                continue;
            }

            if (word.IsEmpty || !char.IsUpper(word[0]))
            {
                if (word is "of" or "and" or "for" or "the" or "on")
                {
                    continue;
                }

                return false;
            }

            if (n >= acronym.Length || word[0] != acronym[n])
            {
                return false;
            }

            n++;
        }

        return n == acronym.Length && n >= 3;
    }

    /// <summary>Kin nouns: a relative of the story's subject is described by one ("her mother, Tina").</summary>
    private static readonly WordSet KinshipHeads = new[]
    {
        "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow", "widower", "grandmother",
        "grandfather", "aunt", "uncle", "cousin", "niece", "nephew", "mum", "mom", "dad", "granddaughter", "grandson",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The named person whose relative the kin nominal <paramref name="m"/> opened by "his" or "her" is: the person known
    /// to be of that gender mentioned last before it ("Firefighter Mark Dolan died … His wife said"; not "President Obama",
    /// of no gender known yet, for "her husband" after "Mrs. Clinton"), or null.
    /// </summary>
    private static Entity? RelativeOf(DocumentIndex doc, List<Entity> entities, Mention m, int segment)
    {
        var opening = doc.Word(m.FirstToken);
        var gender = opening.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male
            : opening.Equals("her", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
        if (gender == Gender.Unknown)
        {
            return null;
        }

        Entity? latest = null;
        for (int i = entities.Count - 1; i >= 0 && i >= entities.Count - Window; i--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            var e = entities[i];
            if (e.Segment == segment && e.Type == EntityType.Person && e.Names.Count > 0 && e.LastToken < m.FirstToken
                && e.Gender == gender && (latest is null || e.LastToken > latest.LastToken))
            {
                latest = e;
            }
        }

        return latest;
    }

    private static bool HasKinshipHead(Entity e)
    {
        var heads = e.Heads;
        for (int i = 0; i < heads.Count; i++)
        {
            if (KinshipHeads.Contains(heads[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="found"/>, the entity a one-word name <paramref name="m"/> matched, unless a kin noun in apposition
    /// right after the name ("Mrs Wentworth, his wife") names another relative than every kin noun the entity is
    /// described by ("his daughter, Ruth Wentworth"): a family shares its surname, so the two are different people.
    /// </summary>
    private static Entity? UnlessOtherRelative(DocumentIndex doc, List<Mention> mentions, Mention m, Entity? found)
    {
        if (found is null || m.NameParts.Length != 1 || m.Index + 1 >= mentions.Count)
        {
            return found;
        }

        var next = mentions[m.Index + 1];
        return next is { Kind: MentionKind.Nominal, Head: { } head } && next.FirstToken == m.EndToken + 1 && doc.IsChar(m.EndToken, ',')
            && KinshipHeads.Contains(head) && IsOtherRelative(found, head) ? null : found;
    }

    /// <summary>
    /// Whether the kin noun <paramref name="head"/> names another relative than every kin noun <paramref name="e"/> is
    /// described by, which has at least one (a wife and a widow are one relative).
    /// </summary>
    private static bool IsOtherRelative(Entity e, string head)
    {
        bool kin = false;
        var heads = e.Heads;
        for (int i = 0; i < heads.Count; i++)
        {
            if (KinshipHeads.Contains(heads[i]))
            {
                if (SameRelative(heads[i], head))
                {
                    return false;
                }

                kin = true;
            }
        }

        return kin;
    }

    private static bool SameRelative(string a, string b) => KinOf(a) == KinOf(b);

    private static string KinOf(string head) => head switch
    {
        "widow" => "wife",
        "widower" => "husband",
        "mum" or "mom" => "mother",
        "dad" => "father",
        _ => head,
    };

    /// <summary>
    /// Whether the text has called <paramref name="e"/>, a relative (<see cref="HasKinshipHead"/>), by the given name alone, which a bare surname
    /// <paramref name="m"/> is not: writers name a relative who shares the surname of the story's subject by the given
    /// name ("Her mother, Tina, says …", then "Edebiri shrugs" is the subject, Ayo Edebiri).
    /// </summary>
    private static bool CalledByGivenName(Entity e, Mention m)
    {
        if (!HasKinshipHead(e))
        {
            return false; // a public figure called by the given name ("Hillary", "Jeb") keeps the surname too
        }

        var names = e.Names;
        for (int i = 0; i < names.Count; i++)
        {
            var given = names[i].Span;
            if (given.IndexOf(' ') >= 0 || given.Equals(m.Name.Span, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (int j = 0; j < names.Count; j++)
            {
                var full = names[j].Span;
                if (full.Length > given.Length + 1 && full[given.Length] == ' ' && full.StartsWith(given, StringComparison.OrdinalIgnoreCase)
                    && full.EndsWith(m.Name.Span, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The <see cref="NameLists.WordBit"/>s of the words of a name mention of two words or more that is no place, for
    /// <see cref="MayNameAll"/>; 0 (no test) for any other mention.
    /// </summary>
    private static ulong WordBits(Mention m)
    {
        var parts = m.NameParts;
        if (parts.Length < 2 || m.Type == EntityType.Place)
        {
            return 0;
        }

        ulong bits = 0;
        for (int p = 0; p < parts.Length; p++)
        {
            bits |= NameLists.WordBit(parts[p].Span);
        }

        return bits;
    }

    /// <summary>
    /// False only where <see cref="NameMatches"/> is false for a name mention of two words or more with the given
    /// <paramref name="words"/> bits: each way it matches such a name (the name itself, a fuller name ending with it, a
    /// place) needs every word of it among the entity's name parts, except a bare one-word name ("Putin" before
    /// "Vladimir Putin"), which needs an entity without a name of several words. A bit test, so the namesakes sharing
    /// one name part are mostly passed over without reading their names.
    /// </summary>
    private static bool MayNameAll(Entity e, ulong words) =>
        (e.NamePartBits & words) == words || !e.HasMultiWordName || e.Type == EntityType.Place;

    private static bool NameMatches(Entity e, Mention m)
    {
        if (m.Type == EntityType.Place || e.Type == EntityType.Place)
        {
            return m.Type == e.Type && e.Names.ContainsIgnoreCase(m.Name.Span);
        }

        // A surname in capitals, as transcripts label speakers ("RUIZ:", "TRUMP:"), reads like an acronym but names the
        // person: an organisation's acronym is never a person's name part.
        if (e.Type == EntityType.Person && m.Type == EntityType.Organization && m.NameParts.Length == 1 && IsUpperCase(m.Name.Span)
            && e.NameParts.ContainsIgnoreCase(m.Name.Span))
        {
            return true;
        }

        if (e.Type is EntityType.Group || e.Names.Count == 0 || !Compatible(e.Type, m.Type))
        {
            return false;
        }

        // "Mr. Kessler" is not Anne Kessler: a title's gender and the entity's must not differ (a surname's gender as a
        // first name says nothing: "Hassan" after "Maggie Hassan").
        // Nor is "Mr. Clinton" the "Clinton Global Initiative", a name after "the" that no one is called.
        if (m.Gender is Gender.Male or Gender.Female && (e.Gender is Gender.Male or Gender.Female || (e.Gender == Gender.Neuter && e.Type == EntityType.Unknown))
            && m.Gender != e.Gender && MentionFinder.TitleGender(m.Description) == m.Gender)
        {
            return false;
        }

        if (e.Names.ContainsIgnoreCase(m.Name.Span))
        {
            return true;
        }

        var parts = m.NameParts;
        // A surname of several words after the full name: one that opens with a particle ("von der Leyen" after "Ursula
        // von der Leyen", "de Blasio"), or one after a known first name ("Wasserman Schultz" after "Debbie Wasserman
        // Schultz"), or after a person's name the first-name list does not know ("López Obrador" after "Mexican President
        // Andrés Manuel López Obrador"). A name that opens with a first name ("Ted Cruz") is a full name already, and a longer run of
        // capitals ending with a name ("… Conflates Ted Cruz", "Addressing New York") is no fuller name of it.
        if (parts.Length > 1 && m.Type is EntityType.Person or EntityType.Unknown
            && (MentionFinder.IsSurnameParticle(parts[0].Span) || IsArabicSurnameParticle(parts[0].Span) ? e.Names.AnyEndsWithWords(m.Name.Span, 3)
                : m.Gender == Gender.Unknown && (e.Gender is Gender.Male or Gender.Female || e.Type == EntityType.Person) && e.Names.AnyEndsWithWords(m.Name.Span, 2)))
        {
            return true;
        }

        if (parts.Length == 1 && e.NameParts.ContainsIgnoreCase(m.Name.Span) && m.Type != EntityType.Organization)
        {
            return true; // "Putin" after "Vladimir Putin"; "Xi" after "Xi Jinping"
        }

        if (parts.Length == 1 && m.Type != EntityType.Organization && e.Type != EntityType.Organization && IsHalfOfDoubleSurname(e, m.Name.Span))
        {
            return true; // "O'Neill" after "Mary McAleese-O'Neill"
        }

        // "Vladimir Putin" after a bare "Putin"
        return parts.Length > 1 && e.Names.AllSingleWords() && e.Names.AnyIn(parts) && e.Type != EntityType.Organization;
    }

    /// <summary>
    /// A capitalised word that opens an Arabic surname ("Al Jaber" after "Sultan Al Jaber", "Abu Basha" after "Mohamed Abu
    /// Basha"), though "Al" and "Ben" are first names too.
    /// </summary>
    private static bool IsArabicSurnameParticle(ReadOnlySpan<char> word) =>
        word is "Al" or "El" or "Abu" or "Abou" or "Bin" or "Ibn" or "Abdel" or "Abdul";

    private static bool IsUpperCase(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The person interviewed, for an "A." turn: at the segment's first turn, the named person mentioned most often so
    /// far (the one the introduction is about; the later of equals) who is not described as the one asking ("our
    /// reporter, Tom Hale"), and the same person for every later turn, whatever the answers name.
    /// </summary>
    private Entity? Interviewee(List<Entity> entities, int segment)
    {
        if (!_interviewees.TryGetValue(segment, out var person))
        {
            foreach (var e in entities)
            {
                if (e.Segment == segment && e.Names.Count > 0 && IsPersonLike(e) && !IsInterviewer(e)
                    && (person is null || e.MentionCount > person.MentionCount || (e.MentionCount == person.MentionCount && e.LastToken > person.LastToken)))
                {
                    person = e;
                }
            }

            _interviewees[segment] = person;
        }

        return person;
    }

    /// <summary>Whether a description names the entity as one who asks the questions: "our reporter", "the show's host".</summary>
    private static bool IsInterviewer(Entity e)
    {
        foreach (var d in e.Descriptions)
        {
            var span = d.Span;
            int space = span.LastIndexOf(' ');
            if (span[(space + 1)..] is "reporter" or "correspondent" or "interviewer" or "journalist" or "host" or "presenter" or "anchor" or "editor")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the mention stands in an interview's answer ("A. I don't want to promise anything."), where "I" is the person interviewed.</summary>
    private static bool InAnswer(DocumentIndex doc, Mention m)
    {
        int first = doc.ParagraphFirstToken[m.Paragraph];
        return doc.Is(first, "A") && MentionFinder.IsTranscriptMarker(doc, first);
    }

    /// <summary>"I" outside quotations is the writer: one entity per article segment.</summary>
    private Entity Narrator(List<Entity> entities, int segment)
    {
        if (!_writers.TryGetValue(segment, out var writer))
        {
            writer = NewEntity(entities.Count, EntityType.Person, segment);
            writer.AddDescription(new MentionText(WriterDescription));
            entities.Add(writer);
            _writers[segment] = writer;
        }

        return writer;
    }

    private const string WriterDescription = "the writer";

    /// <summary>Whether <paramref name="e"/> is the writer ("I" outside quotations), whom "he" or "she" never refers to.</summary>
    private static bool IsWriter(Entity e) =>
        e.Names.Count == 0 && e.Descriptions.Count > 0 && e.Descriptions[0].Span.SequenceEqual(WriterDescription);

    /// <summary>The <see cref="NameLists.WordBit"/> of a role, none for no role.</summary>
    private static ulong RoleBit(string? role) => role is null ? 0 : NameLists.WordBit(role);

    /// <summary>
    /// Whether one of the entity's descriptions names the same office: the same role ("the Kremlin chief" and "Russian
    /// leader"), and no other portfolio ("the transport minister" is not "the foreign minister"; "the prime minister" and
    /// "the vice president" are offices of their own).
    /// </summary>
    private static bool HasOffice(Entity e, Office office)
    {
        var descriptions = e.Descriptions;
        // Every description's office and every head's role read already (so this call would add none), and none of
        // them with the role's bit: no office matches.
        if (office.Role is not null && e.OfficeCount == descriptions.Count && e.HeadRoleCount == e.Heads.Count
            && (e.RoleBits & NameLists.WordBit(office.Role)) == 0)
        {
            return false;
        }

        var offices = e.Offices; // the offices of the descriptions read before, each read once an entity
        for (int i = 0; i < descriptions.Count; i++)
        {
            if (i == offices.Count)
            {
                var read = OfficeOf(descriptions[i].Span);
                offices.Add(read);
                e.RoleBits |= RoleBit(read.Role) | (IsChiefExecutive(descriptions[i].Span) ? RoleBit(ChiefExecutiveRole) : 0);
            }

            var other = offices[i];
            if (other.Role is not null && other.Role.Equals(office.Role, StringComparison.OrdinalIgnoreCase)
                && (office.Portfolio is null || other.Portfolio is null || office.Portfolio.Equals(other.Portfolio, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // "The CEO" is the chief executive named before (who leads, but is no other leader: not "president of the
            // consultancy Creative Strategies" named since).
            if (office.Role == ChiefExecutiveRole && IsChiefExecutive(descriptions[i].Span))
            {
                return true;
            }
        }

        // Heads of mentions without a description of their own.
        return office.Portfolio is null && office.Role is not null && HasRole(e, office.Role);
    }

    /// <summary>The role "the CEO" names (its head in lower case, as <see cref="OfficeOf"/> reads it).</summary>
    private const string ChiefExecutiveRole = "ceo";

    private static bool IsChiefExecutive(ReadOnlySpan<char> description) =>
        description.TrimEnd().EndsWith("chief executive", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The ordinal that tells one holder of a role from another in <paramref name="description"/>: "second" in "the
    /// second official", "other" in "the other official"; empty when there is none.
    /// </summary>
    private static ReadOnlySpan<char> OrdinalOf(ReadOnlySpan<char> description)
    {
        var rest = description;
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (word.SequenceEqual("second") || word.SequenceEqual("third") || word.SequenceEqual("fourth") || word.SequenceEqual("fifth") || word.SequenceEqual("other"))
            {
                return word;
            }

            rest = space < 0 ? default : rest[(space + 1)..];
        }

        return default;
    }

    /// <summary>Whether one of <paramref name="e"/>'s descriptions has the ordinal <paramref name="ordinal"/>: "the second official" is only "a second official".</summary>
    private static bool HasOrdinal(Entity e, ReadOnlySpan<char> ordinal)
    {
        var descriptions = e.Descriptions;
        for (int i = 0; i < descriptions.Count; i++)
        {
            if (OrdinalOf(descriptions[i].Span).SequenceEqual(ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an organisation nominal with lower-case words before its head names another trade than the named entity's
    /// descriptions with that head: "the online retail giant" is not "the oil giant Exxon Mobil" (each with words of its
    /// own before the head, none shared); "the giant" and "the oil giant" again still are.
    /// </summary>
    private static bool OtherTrade(Entity e, ReadOnlySpan<char> description)
    {
        var head = LastWord(description);
        var modifiers = ModifiersOf(description);
        if (modifiers.IsEmpty)
        {
            return false;
        }

        bool other = false;
        var descriptions = e.Descriptions;
        for (int i = 0; i < descriptions.Count; i++)
        {
            var d = descriptions[i].Span;
            if (!LastWord(d).Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var theirs = ModifiersOf(d);
            if (theirs.IsEmpty || SharesWord(modifiers, theirs))
            {
                return false;
            }

            other = true;
        }

        return other;

        static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text) => text.TrimEnd()[(text.TrimEnd().LastIndexOf(' ') + 1)..];

        // The lower-case words between an article and the head: "online retail" in "The online retail giant"; empty
        // when there are none or one is capitalised (a name: "the Silicon Valley giant").
        static ReadOnlySpan<char> ModifiersOf(ReadOnlySpan<char> text)
        {
            text = text.Trim();
            int last = text.LastIndexOf(' ');
            if (last <= 0)
            {
                return default;
            }

            var before = text[..last];
            int space = before.IndexOf(' ');
            var first = space < 0 ? before : before[..space];
            if (first.Equals("the", StringComparison.OrdinalIgnoreCase) || first.Equals("a", StringComparison.OrdinalIgnoreCase)
                || first.Equals("an", StringComparison.OrdinalIgnoreCase))
            {
                before = space < 0 ? default : before[(space + 1)..];
            }

            for (int i = 0; i < before.Length; i++)
            {
                if ((i == 0 || before[i - 1] == ' ') && !char.IsLower(before[i]))
                {
                    return default;
                }
            }

            return before;
        }

        static bool SharesWord(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            while (!a.IsEmpty)
            {
                int space = a.IndexOf(' ');
                var word = space < 0 ? a : a[..space];
                a = space < 0 ? default : a[(space + 1)..];
                for (var rest = b; !rest.IsEmpty;)
                {
                    int gap = rest.IndexOf(' ');
                    if (!word.IsEmpty && word.Equals(gap < 0 ? rest : rest[..gap], StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }

                    rest = gap < 0 ? default : rest[(gap + 1)..];
                }
            }

            return false;
        }
    }

    /// <summary>The office a description names: its head's role, and the portfolio word before the head if any.</summary>
    private static Office OfficeOf(ReadOnlySpan<char> description)
    {
        description = description.TrimEnd();
        int space = description.LastIndexOf(' ');
        var head = description[(space + 1)..].TrimEnd('.');
        if (head.IsEmpty)
        {
            return default;
        }

#if NET9_0_OR_GREATER
        string role = RoleSynonyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out var synonym) ? synonym : MentionStrings.ForCurrentThread.GetLowerInvariant(head);
#else
        string role = RoleSynonyms.TryGetValue(head.ToString(), out var synonym) ? synonym : MentionStrings.ForCurrentThread.GetLowerInvariant(head);
#endif
        if (space <= 0)
        {
            // "Justice Chacha Mwita" (a title alone) is a judge: "the judge ruled".
            return new Office(role == "justice" ? "judge" : role, null);
        }

        var before = description[..space];
        var qualifier = before[(before.LastIndexOf(' ') + 1)..];
        if (role == "justice" && qualifier.TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Lord" or "Lady")
        {
            return new Office("judge", null); // "Mr Justice Chamberlain", a High Court judge, is "the judge"
        }

        if (role == "executive" && qualifier.Equals("chief", StringComparison.OrdinalIgnoreCase))
        {
            return new Office("leader", null); // a chief executive leads: "Hong Kong's leader John Lee … the chief executive said"
        }

        if (!Portfolios.Contains(qualifier))
        {
            return new Office(role, null);
        }

        string portfolio = MentionStrings.ForCurrentThread.GetLowerInvariant(qualifier);
        if (portfolio is not ("prime" or "vice" or "deputy") || portfolio.Length + role.Length + 1 > 64)
        {
            return new Office(role, portfolio);
        }

        // A rank of its own: "prime minister", "vice president".
        Span<char> rank = stackalloc char[portfolio.Length + role.Length + 1];
        portfolio.CopyTo(rank);
        rank[portfolio.Length] = ' ';
        role.CopyTo(rank[(portfolio.Length + 1)..]);
        return new Office(MentionStrings.ForCurrentThread.Get(rank), null);
    }

    /// <summary>An office: a role ("minister", "leader", "prime minister") and the portfolio that narrows it ("transport").</summary>
    internal readonly record struct Office(string? Role, string? Portfolio);

    /// <summary>Words before a role noun that name a portfolio or a rank of its own ("foreign minister", "vice president").</summary>
    private static readonly WordSet Portfolios = new(new[]
    {
        "prime", "vice", "deputy", "foreign", "finance", "defence", "defense", "interior", "home", "health", "transport",
        "education", "justice", "trade", "treasury", "energy", "environment", "agriculture", "labor", "labour", "culture",
        "housing", "immigration", "economy", "economic", "security", "communications", "press", "digital", "sports",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether one of the entity's head nouns names the office <paramref name="role"/> (compared ignoring case).</summary>
    private static bool HasRole(Entity e, string role)
    {
        if (e.HeadRoleCount == e.Heads.Count && (e.RoleBits & NameLists.WordBit(role)) == 0)
        {
            return false; // every head's role read already, none with the role's bit
        }

        for (int i = 0; i < e.Heads.Count; i++)
        {
            if (RoleOfHead(e, i).Equals(role, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role the entity's head <paramref name="i"/> names: the head, or the role it is a synonym of (read once per head, see <see cref="Entity.HeadRoles"/>).</summary>
    private static string RoleOfHead(Entity e, int i)
    {
        var roles = e.HeadRoles;
        while (roles.Count <= i)
        {
            var h = e.Heads[roles.Count];
            var role = RoleSynonyms.GetValueOrDefault(h, h);
            roles.Add(role);
            e.RoleBits |= RoleBit(role);
        }

        return roles[i];
    }

    /// <summary>
    /// The person a headline names by a bare role ("Mayor vows to fix potholes", "Minister says …"), for the first
    /// person with that role the story goes on to name: an entity of the document's first paragraph with no name yet
    /// and the same head noun ("Judge rejects …", "A federal judge on Thursday refused …", "U.S. District Judge Amy Chen
    /// wrote …" are one person); or null.
    /// </summary>
    private static Entity? HeadlineRole(DocumentIndex doc, List<Entity> entities, Mention m, int segment)
    {
        for (int i = 0; i < entities.Count && i < Window; i++)
        {
            var e = entities[i];
            if (e.FirstMention is not { Paragraph: 0 } first)
            {
                break; // headline entities come first
            }

            if (first.Kind == MentionKind.Nominal && e.Segment == segment && e.Type == EntityType.Person && e.Names.Count == 0 && !first.Plural
                && first.FirstToken == doc.ParagraphFirstToken[0] && string.Equals(first.Head, m.Head, StringComparison.Ordinal) && SameComplement(e, m))
            {
                return e;
            }
        }

        return null;
    }

    private static bool Compatible(EntityType a, EntityType b) =>
        a == b || a == EntityType.Unknown || b == EntityType.Unknown;

    /// <summary>
    /// The name in apposition right after the nominal <paramref name="m"/>, set off by commas or ending the sentence:
    /// "The French president, Emmanuel Macron, said"; "Her spokesman, Eric Mamer, told journalists". Both must be of one
    /// known type, person or organisation (a person's role before a name of unknown type is often a list: "her rival,
    /// Compaq"); null for a nominal that is itself in apposition to a name before it.
    /// </summary>
    private static Mention? ApposedName(DocumentIndex doc, List<Mention> mentions, Mention m)
    {
        if (m.Kind != MentionKind.Nominal || m.Possessive || m.Type is EntityType.Group or EntityType.Place || m.Index + 1 >= mentions.Count)
        {
            return null;
        }

        // "A lawyer for Mr. Kessler, Daniel Ortiz, said", "A spokeswoman for the store, Linda Park, said": the name may
        // follow the nominal's prepositional phrase, and then names the nominal before it, not the phrase's object
        // ("Counsel to the defendant, Wole Olanipekun, said").
        if (m.Index > 0 && mentions[m.Index - 1] is { Kind: MentionKind.Nominal, Possessive: false } head && head.EndToken + 1 == m.FirstToken
            && head.Sentence == m.Sentence && (doc.Is(head.EndToken, "to") || doc.Is(head.EndToken, "for") || doc.Is(head.EndToken, "of") || doc.Is(head.EndToken, "at"))
            && head.Type is EntityType.Person && m.Type is EntityType.Person)
        {
            return null;
        }

        int comma = doc.IsChar(m.EndToken, ',') ? m.EndToken : CommaAfterPrepositionalPhrase(doc, m);
        if (comma < 0)
        {
            return null;
        }

        int n = m.Index + 1;
        while (n < mentions.Count && mentions[n].FirstToken <= comma)
        {
            n++;
        }

        if (n >= mentions.Count)
        {
            return null;
        }

        var name = mentions[n];
        if (name.Kind != MentionKind.Name || name.FirstToken != comma + 1 || name.Possessive
            || !(name.Type == m.Type || m.Type == EntityType.Person && name.Type == EntityType.Unknown && name.NameParts.Length is 2 or 3
                || m.Type == EntityType.Person && name.Type == EntityType.Organization && m.Head is not null && PersonOrCompanyRoles.Contains(m.Head)
                || IsKinGivenName(doc, m, name))
            || m.Type is not (EntityType.Person or EntityType.Organization) || name.Sentence != m.Sentence)
        {
            return null;
        }

        // The name may carry its own prepositional phrase ("Another analyst, Tom Belcher of Peel Hunt, said") or letters in
        // brackets ("Counsel to the defendant, Chief Wole Olanipekun (SAN), asked").
        int after = name.EndToken;
        bool closed = after >= doc.Sentences[name.Sentence].End || doc.IsChar(after, ',') || doc.IsChar(after, '.') || doc.IsChar(after, ')') || doc.IsChar(after, '(')
            || CommaAfterPrepositionalPhrase(doc, after, name.Sentence) >= 0;
        bool owned = m.Index > 0 && mentions[m.Index - 1] is { Kind: MentionKind.Name } owner && owner.EndToken + 1 == m.FirstToken && doc.IsChar(owner.EndToken, ',');
        return closed && !owned ? name : null;
    }

    /// <summary>
    /// A given name alone after a relative, closed by a comma: "Asante's mother, Abena, said" (news names a victim's or
    /// a subject's relatives by their first name), one word no lexicon need know.
    /// </summary>
    private static bool IsKinGivenName(DocumentIndex doc, Mention kin, Mention name) =>
        kin.Type == EntityType.Person && kin.Head is not null && KinshipHeads.Contains(kin.Head)
        && name.Type is EntityType.Unknown or EntityType.Person && name.NameParts.Length == 1 && doc.IsChar(name.EndToken, ',');

    /// <summary>
    /// Whether the name <paramref name="owner"/> is where something happens, the object of "in", "at", "near", "outside"
    /// or "across": "At a rally in Rochester, the former president said" names no one by "the former president".
    /// </summary>
    private static bool AfterLocative(DocumentIndex doc, Mention owner)
    {
        int first = owner.FirstToken - 1;
        if (IsLocative(doc, first))
        {
            return true;
        }

        // Also the last of places listed after the preposition, after "and": "Prices rose in Leeds and Bristol, the survey
        // found" (not a name after a fronted place: "In London, Robey Warshaw, a firm founded in 2014, …").
        if (!doc.Is(first, "and"))
        {
            return false;
        }

        for (int before = first - 1; before >= 0 && before >= owner.FirstToken - MaxListedPlaceTokens; before--)
        {
            if (IsLocative(doc, before))
            {
                return true;
            }

            if (!(doc.IsChar(before, ',') || doc.Tokens[before] is { IsWord: true, IsCapitalized: true }) || doc.InQuote(before))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsLocative(DocumentIndex doc, int t) =>
        doc.Is(t, "in") || doc.Is(t, "at") || doc.Is(t, "near") || doc.Is(t, "outside") || doc.Is(t, "across");

    /// <summary>The most tokens of a list of places between a locative preposition and its last place.</summary>
    private const int MaxListedPlaceTokens = 8;

    /// <summary>Roles a company fills as well as a person: "The mall's owner, Brookfield Properties Inc., said".</summary>
    private static readonly WordSet PersonOrCompanyRoles = new[]
    {
        "owner", "operator", "parent", "maker", "developer", "publisher", "provider", "sponsor", "employer", "landlord",
        "insurer", "lender", "buyer", "seller", "partner", "supplier", "distributor", "manufacturer", "contractor", "rival",
        "competitor", "client", "customer", "creditor", "investor", "backer", "donor", "organizer", "organiser",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Most words of a prepositional phrase between a nominal and the name in apposition to it ("for the state health department").</summary>
    private const int MaxPhraseBeforeApposition = 8;

    /// <summary>
    /// The comma that ends a prepositional phrase right after the nominal <paramref name="m"/> ("A lawyer for Mr. Kessler,"),
    /// or -1: "for", "of", "at" or "to", then words (with periods and apostrophes) within the sentence.
    /// </summary>
    private static int CommaAfterPrepositionalPhrase(DocumentIndex doc, Mention m) => CommaAfterPrepositionalPhrase(doc, m.EndToken, m.Sentence);

    /// <summary>The comma that ends a prepositional phrase opened at token <paramref name="first"/> of sentence <paramref name="sentence"/>, or -1.</summary>
    private static int CommaAfterPrepositionalPhrase(DocumentIndex doc, int first, int sentence)
    {
        int t = first;
        if (!(doc.Is(t, "for") || doc.Is(t, "of") || doc.Is(t, "at") || doc.Is(t, "to")))
        {
            return -1;
        }

        int end = Math.Min(doc.Sentences[sentence].End, t + 2 + MaxPhraseBeforeApposition);
        for (t++; t < end; t++)
        {
            if (doc.IsChar(t, ','))
            {
                return t > first + 1 ? t : -1;
            }

            // Initials in brackets after the organisation: "The head of the National Electoral Institute (INE), Guadalupe Taddei, said".
            if (doc.IsChar(t, '(') && t + 2 < end && doc.Tokens[t + 1].IsWord && doc.IsChar(t + 2, ')'))
            {
                t += 2;
                continue;
            }

            if (!doc.Tokens[t].IsWord && !doc.IsChar(t, '.') && !doc.IsChar(t, '\u2019') && !doc.IsChar(t, '\''))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>An age set off by commas between a name and its description: "Margaret Pell, 71, a retired teacher".</summary>
    private static bool IsAgeInCommas(DocumentIndex doc, int comma, int next)
    {
        if (next != comma + 3 || !doc.IsChar(comma + 2, ','))
        {
            return false;
        }

        var age = doc.Word(comma + 1);
        return age.Length is 1 or 2 or 3 && !age.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Most tokens of a sentence's opening phrase before the name that ends it.</summary>
    private const int MaxOpeningPhraseTokens = 24;

    /// <summary>
    /// Whether <paramref name="name"/> ends a phrase that opens its sentence with a preposition or a subordinator and the
    /// nominal after its comma goes straight on with a verb: "In an interview with hosts Joe Lee and Mika Ross, the
    /// candidate stated …" (the candidate is the main clause's subject, not Mika Ross in apposition).
    /// </summary>
    private static bool ClosesOpeningPhrase(DocumentIndex doc, Mention name, Mention nominal)
    {
        int first = doc.Sentences[name.Sentence].First;
        if (name.FirstToken - first > MaxOpeningPhraseTokens || !doc.Tokens[first].IsWord || !(Attribution.AttributionContext.IsPrepositionWord(doc.Word(first)) || Attribution.AttributionContext.IsSubordinatorWord(doc.Word(first)))
            || nominal.EndToken >= doc.Tokens.Length || !doc.Tokens[nominal.EndToken].IsWord || doc.Tokens[nominal.EndToken].IsCapitalized)
        {
            return false;
        }

        for (int t = first + 1; t < name.FirstToken; t++)
        {
            if (doc.IsChar(t, ','))
            {
                return false; // "In Paris, Mayor Anne Hidalgo, the host, said": the name is no part of the opening phrase
            }
        }

        return true;
    }

    private Entity? MatchNominal(DocumentIndex doc, List<Entity> entities, List<Mention> mentions, ReadOnlySpan<bool> subjects, Mention m, int segment)
    {
        // Apposition: "CCTV, China’s state broadcaster," — the nominal right after "Name," describes it (not after a
        // place: "in Cleveland, Ohio, a new poll shows …", "The Redmond, Washington-based company"; and a plural does not
        // describe one: "Mr. Obama, officials said").
        if (m.Index > 0 && mentions[m.Index - 1] is { Kind: MentionKind.Name } before && OwnerOf(doc, mentions, before) is var owner && owner.Entity >= 0
            && (before.EndToken + 1 == m.FirstToken || IsAgeInCommas(doc, before.EndToken, m.FirstToken)) && doc.IsChar(before.EndToken, ',') && entities[owner.Entity].Type != EntityType.Place
            && !(m.Plural && !owner.Plural) && !MentionFinder.IsBasedIn(doc.Word(m.FirstToken)) && !AfterLocative(doc, owner)
            && !ClosesOpeningPhrase(doc, before, m))
        {
            return entities[owner.Entity];
        }

        if (m.Type == EntityType.Group)
        {
            if (IsCountedGroup(m))
            {
                // "the two write" after "The two lawmakers": a bare count is the last group of as many; else a new
                // group, its members filled in by AddMembers.
                return m.Description.Span.IndexOf(' ') < 0 && m.Head is "both" or "two" ? LatestGroupOf(entities, m, segment) : null;
            }

            // "officials", "analysts": one entity per description in the segment.
            WorkCounter.Add(WorkKind.Candidates);
            return _byDescription.GetValueOrDefault(Key(segment, 'g', m.Description));
        }

        if (!m.Definite)
        {
            return null; // "a source", "a spokesman": someone new
        }

        var office = m.Head is null ? default : OfficeOf(m.Description.Span);
        string? role = office.Role;

        // An organisation's own name read as a nominal ("the Home Office", "the State Department") is no other
        // organisation with the same head noun ("the Information Commissioner's Office").
        if (m.Type == EntityType.Organization && IsCapitalizedName(m.Description.Span))
        {
            // It may be the short form of a name the text gave in full: "The Post" after "The Washington Post".
            for (int i = entities.Count - 1; i >= 0 && i >= entities.Count - Window; i--)
            {
                WorkCounter.Add(WorkKind.Candidates);
                var e = entities[i];
                if (e.Segment == segment && e.Type == EntityType.Organization
                    && (e.Names.AnyEndsWithWords(m.Description.Span, 3) || e.Descriptions.AnyEndsWithWords(m.Description.Span, 3)
                        || SpellsInitialsOfAny(m.Description.Span, e.Names) || SpellsInitialsOfAny(m.Description.Span, e.Descriptions)))
                {
                    return e;
                }
            }

            role = null;
        }

        // An organisation owned by a name is only that name's: "The Sanders campaign" is not "Clinton's campaign".
        var ownerName = m.Type == EntityType.Organization && m.Affiliation is null ? NameBeforeHead(m.Description.Span) : default;

        // A person's office held for a body named by an acronym is no office held for another so named: "The FDP leader" is
        // not "CDU leader Friedrich Merz" (words are left alone: "the GOP nominee" is "Republican nominee Donald Trump").
        var bodyName = role is not null && m.Type == EntityType.Person && m.Affiliation is null ? NameBeforeHead(m.Description.Span) : default;
        if (!IsAcronym(bodyName))
        {
            bodyName = default;
        }

        // An ordinal tells holders of one role apart: "the second official" is only one described with "second".
        var ordinal = OrdinalOf(m.Description.Span);

        // Same head or role with compatible affiliation: "the Russian leader" after "Russian leader Vladimir Putin".
        // Without a role no entity has the same one, and the loop finds nothing.
        Entity? byRole = null;
        for (int i = role is null ? -1 : entities.Count - 1; i >= 0 && i >= entities.Count - Window; i--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            var e = entities[i];
            if (e.Segment != segment || e.Type is EntityType.Place or EntityType.Group || !Compatible(e.Type, m.Type))
            {
                continue;
            }

            bool sameAffiliation = m.Affiliation is null || e.Affiliation is null || e.Affiliation == m.Affiliation;
            if (!sameAffiliation)
            {
                continue; // every case below asks for both (the cheap test first)
            }

            bool sameRole = role is not null && HasOffice(e, office) && (ownerName.IsEmpty || NamesWord(e, ownerName)) && SameComplement(e, m)
                && (bodyName.IsEmpty || e.Affiliation is not null || !HeldForOtherBody(e, role, bodyName))
                && (m.Type != EntityType.Organization || e.Names.Count == 0 || !OtherTrade(e, m.Description.Span))
                && (ordinal.IsEmpty || HasOrdinal(e, ordinal));

            // A state tells apart holders of one office: "the Florida senator" is not the senator from Texas named since,
            // and one whose state the text gave comes before one whose state it did not.
            if (m.State is not null && sameRole && sameAffiliation && e.State != m.State)
            {
                if (e.State is null)
                {
                    byRole ??= e;
                }

                continue;
            }

            if (sameRole && sameAffiliation && (m.Affiliation is null || e.Affiliation == m.Affiliation))
            {
                return e;
            }

            if (sameRole && sameAffiliation)
            {
                byRole ??= e;
            }
        }

        if (byRole is not null)
        {
            return byRole;
        }

        // A role with a country: "the Kremlin chief" is the named person tied to Russia.
        if (m.Affiliation is not null && m.Type == EntityType.Person)
        {
            Entity? tied = null;
            for (int i = entities.Count - 1; i >= 0 && i >= entities.Count - Window && tied is null; i--)
            {
                WorkCounter.Add(WorkKind.Candidates);
                var e = entities[i];
                if (e.Segment == segment && e.Type == EntityType.Person && e.Names.Count > 0 && e.Affiliation == m.Affiliation)
                {
                    tied = e;
                }
            }

            if (tied is not null)
            {
                return tied;
            }
        }

        // A role with a US state: "the Georgia Republican" is the named person tied to Georgia ("Rep. Ann Lee, R-Ga.").
        if (m.State is not null && m.Type == EntityType.Person && StateTied(entities, m.State, segment) is { } fromState)
        {
            return fromState;
        }

        // The same description again: "the spokeswoman" ... "the spokeswoman".
        WorkCounter.Add(WorkKind.Candidates);
        if (_byDescription.GetValueOrDefault(Key(segment, 'd', m.Description)) is { } same && SameComplement(same, m))
        {
            return same;
        }

        // A nationality or an age stands for the person mentioned last who fits: "Alcaraz … the Spaniard said",
        // "Novak Djokovic … the 37-year-old told reporters" (mentioned last, not first named last: "Salah's goal at
        // Villa Park … Salah said … the Egyptian added").
        // A playing position alone is the player who was the subject of a sentence last: "Watkins, who has scored nine
        // goals, said Villa had let the game slip. … the striker said" (not Villa, a club mentioned since).
        if (m.Type == EntityType.Person && m.Head is not null && PlayingPositions.Contains(m.Head)
            && m.Description.Span.Equals(m.Head, StringComparison.OrdinalIgnoreCase) && LastSubjectPlayer(entities, mentions, subjects, m, segment) is { } player)
        {
            return player;
        }

        if (m.Type == EntityType.Person && m.Head is not null
            && (IsAge(m.Head) || ((m.Affiliation is not null || IsStateDemonym(m)) && IsNationalityHead(m))))
        {
            Entity? latest = null;
            for (int i = entities.Count - 1; i >= 0 && i >= entities.Count - Window; i--)
            {
                WorkCounter.Add(WorkKind.Candidates);
                var e = entities[i];
                if (e.Segment == segment && e.Names.Count > 0 && IsPersonLike(e)
                    && (e.Affiliation is null || m.Affiliation is null || e.Affiliation == m.Affiliation)
                    && (e.State is null || m.State is null || e.State == m.State)
                    && (e.Gender == Gender.Unknown || m.Gender == Gender.Unknown || e.Gender == m.Gender)
                    && (latest is null || e.LastToken > latest.LastToken))
                {
                    latest = e;
                }
            }

            if (latest is not null)
            {
                return latest;
            }
        }

        // A generic organisation noun is the organisation of its kind named last: "Apple on Tuesday announced …, which
        // the company says …", "The Refugee Council … The aid group said".
        if (IsGenericOrganization(doc, m, out var kind, out bool based))
        {
            Entity? latest = null;
            Entity? latestAcronym = null;
            for (int i = entities.Count - 1; i >= 0 && i >= entities.Count - Window; i--)
            {
                WorkCounter.Add(WorkKind.Candidates);
                var e = entities[i];
                // Where a company is based says it is one: "Nvidia on Wednesday reported … The Santa Clara, California-based
                // company said" (a name of one word the lexicons do not know; not the city right before: "The Leeds,
                // Yorkshire-based company").
                bool namedCompany = based && e.Type == EntityType.Unknown && e.Names.Count == 1 && e.Names[0].Span.IndexOf(' ') < 0
                    && e.LastToken < m.FirstToken - 1;
                if (e.Segment != segment || (e.Type != EntityType.Organization && !namedCompany))
                {
                    continue;
                }

                // A name, or a capitalised description that is one ("The Refugee Council"); the one mentioned last.
                var name = KindName(e);

                // An acronym fits many kinds, so a name that fits by its words comes first ("the newspaper" is the
                // "Daily News", not the "NRA" mentioned since); a name that is the noun alone, capitalised in a headline
                // ("CNN Disputes Account Of Network's Reporting"), fits by no word of its own and counts as an acronym.
                if (!name.IsNone && IsOfKind(name.Span, kind, m.Head!))
                {
                    bool weak = IsAcronym(name.Span) || name.Span.Equals(m.Head, StringComparison.OrdinalIgnoreCase);
                    ref var slot = ref weak ? ref latestAcronym : ref latest;
                    if (slot is null || e.LastToken > slot.LastToken)
                    {
                        slot = e;
                    }
                }
            }

            // An acronym named in the nominal's own sentence is the medium or public body it stands for: "CNN was
            // quick to push back after Cruz blamed the network" (not "ABC News", whose words fit, named paragraphs
            // before); not a company ("Ameriquest was sued by the NAACP, and the company agreed …").
            if (latestAcronym is not null && kind is not OrganizationKind.Business && (latest is null || latestAcronym.LastToken > latest.LastToken)
                && doc.SentenceOfToken[latestAcronym.LastToken] == doc.SentenceOfToken[m.FirstToken])
            {
                return latestAcronym;
            }

            // An organisation that is the subject of the nominal's own or the previous sentence comes before one named
            // since as an object: "Veltrex said it would buy FrostLine. … , the company said" is Veltrex.
            if (latest is not null && kind == OrganizationKind.Business && SubjectOrganization(entities, mentions, subjects, m, segment) is { } subject
                && subject != latest && KindName(subject) is { IsNone: false } subjectName && IsOfKind(subjectName.Span, kind, m.Head!))
            {
                return subject;
            }

            return latest ?? latestAcronym;
        }

        return null;
    }

    /// <summary>
    /// What says an organisation's kind: its name, or a capitalised description that is one ("The Refugee Council"); for
    /// an acronym the name it stands for ("FAA" is the Federal Aviation Administration, no company).
    /// </summary>
    private static MentionText KindName(Entity e)
    {
        var name = e.Names.Count > 0 ? e.Names[0] : e.Descriptions.Count > 0 && char.IsUpper(e.Descriptions[0].Span[0]) ? e.Descriptions[0] : default;
        if (!name.IsNone && IsAcronym(name.Span) && FullNameOf(name.Span, e.Descriptions) is { IsNone: false } full)
        {
            name = full;
        }

        return name;
    }

    /// <summary>The organisation that is the subject of <paramref name="m"/>'s sentence (before it) or of the sentence before, or null.</summary>
    private static Entity? SubjectOrganization(List<Entity> entities, List<Mention> mentions, ReadOnlySpan<bool> subjects, Mention m, int segment)
    {
        for (int i = m.Index - 1; i >= 0 && i >= m.Index - Window && mentions[i].Sentence >= m.Sentence - 1; i--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            var c = mentions[i];
            if (subjects[c.Index] && c.Entity >= 0)
            {
                var e = entities[c.Entity];
                if (e.Segment == segment && e.Type == EntityType.Organization)
                {
                    return e;
                }
            }
        }

        return null;
    }

    /// <summary>The named person (or person-like name) that was a sentence's subject last before <paramref name="m"/>, or null.</summary>
    private static Entity? LastSubjectPlayer(List<Entity> entities, List<Mention> mentions, ReadOnlySpan<bool> subjects, Mention m, int segment)
    {
        for (int i = m.Index - 1; i >= 0 && i >= m.Index - Window; i--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            var c = mentions[i];
            if (!subjects[c.Index] || c.Entity < 0)
            {
                continue;
            }

            var e = entities[c.Entity];
            if (e.Segment == segment && e.Names.Count > 0 && IsPersonLike(e))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The named person of the segment tied to <paramref name="state"/> mentioned last, or null.</summary>
    private static Entity? StateTied(List<Entity> entities, string state, int segment)
    {
        Entity? tied = null;
        for (int i = entities.Count - 1; i >= 0 && i >= entities.Count - Window; i--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            var e = entities[i];
            if (e.Segment == segment && e.Type == EntityType.Person && e.Names.Count > 0 && e.State == state
                && (tied is null || e.LastToken > tied.LastToken))
            {
                tied = e;
            }
        }

        return tied;
    }

    /// <summary>
    /// The name a nominal in apposition after <paramref name="before"/> describes: that one, or the person before "of"
    /// and a place ("Rep. Ann Lee of Connecticut, the top Democrat on the panel," describes Ann Lee, not Connecticut).
    /// </summary>
    private static Mention OwnerOf(DocumentIndex doc, List<Mention> mentions, Mention before)
    {
        return before.Type == EntityType.Place && before.Index >= 1 && mentions[before.Index - 1] is { Kind: MentionKind.Name, Type: EntityType.Person } person
            && person.EndToken + 1 == before.FirstToken && doc.Is(person.EndToken, "of") ? person : before;
    }

    /// <summary>
    /// The first capitalised word before the head of a description that is not all capitalised, without its "'s": "Sanders"
    /// in "Sanders campaign", "Rubio" in "Rubio's campaign"; empty when there is none ("presidential campaign").
    /// </summary>
    private static ReadOnlySpan<char> NameBeforeHead(ReadOnlySpan<char> description)
    {
        int head = description.LastIndexOf(' ');
        if (head <= 0 || IsCapitalizedName(description))
        {
            return default;
        }

        var before = description[..head];
        while (!before.IsEmpty)
        {
            int space = before.IndexOf(' ');
            var word = space < 0 ? before : before[..space];
            if (word.Length > 1 && char.IsUpper(word[0]))
            {
                return MentionFinder.WithoutPossessive(word);
            }

            before = space < 0 ? default : before[(space + 1)..];
        }

        return default;
    }

    /// <summary>
    /// Whether the entity holds the office <paramref name="role"/> for a body named by an acronym other than <paramref
    /// name="body"/>: a description with that role and another acronym before its head ("CDU leader" for "the FDP
    /// leader"), and no name or description with <paramref name="body"/> itself.
    /// </summary>
    private static bool HeldForOtherBody(Entity e, string role, ReadOnlySpan<char> body)
    {
        bool other = false;
        var descriptions = e.Descriptions;
        var offices = e.Offices; // filled by HasOffice, asked first
        for (int i = 0; i < descriptions.Count && i < offices.Count; i++)
        {
            if (string.Equals(offices[i].Role, role, StringComparison.OrdinalIgnoreCase)
                && NameBeforeHead(descriptions[i].Span) is var theirs && IsAcronym(theirs) && !theirs.Equals(body, StringComparison.OrdinalIgnoreCase))
            {
                other = true;
            }
        }

        return other && !NamesWord(e, body);
    }

    /// <summary>Whether one of the entity's names or descriptions has <paramref name="word"/> as a word of its own.</summary>
    private static bool NamesWord(Entity e, ReadOnlySpan<char> word)
    {
        return HasWord(e.Names, word) || HasWord(e.Descriptions, word);

        static bool HasWord(EntityList<MentionText> texts, ReadOnlySpan<char> word)
        {
            for (int i = 0; i < texts.Count; i++)
            {
                var text = texts[i].Span;
                int at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (at == 0 || text[at - 1] == ' ') && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length])))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether every word of a description is capitalised: a proper name ("Home Office"), not "foreign ministry".</summary>
    private static bool IsCapitalizedName(ReadOnlySpan<char> description)
    {
        if (description.IsEmpty)
        {
            return false;
        }

        for (int i = 0; i < description.Length; i++)
        {
            if ((i == 0 || description[i - 1] == ' ') && !char.IsUpper(description[i]))
            {
                return false; // a word that opens in lower case
            }
        }

        return true;
    }

    /// <summary>
    /// A person, or a name of two or three words whose first name the lexicon does not know ("Novak Djokovic") and is
    /// no acronym of three to six capitals ("BBC Sport", "TNT Sports" are broadcasters).
    /// </summary>
    private static bool IsPersonLike(Entity e)
    {
        if (e.Type == EntityType.Person)
        {
            return true;
        }

        var name = e.CanonicalName.Span;
        if (e.Type != EntityType.Unknown || name.Count(' ') is not (1 or 2))
        {
            return false;
        }

        var first = name[..name.IndexOf(' ')];
        return !IsLongAcronym(first);
    }

    /// <summary>An age used as a noun: "the 37-year-old".</summary>
    private static bool IsAge(string head) => head.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the nominal's head is a state's demonym ("the Texan"), not a role tied to a state ("the Ohio Republican").</summary>
    private static bool IsStateDemonym(Mention m) =>
        m.State is not null && m.Head is not null && m.Description.Span.Length >= m.Head.Length
        && AttributionLexicon.Default.States.ContainsKey(m.Description.Span[^m.Head.Length..]);

    /// <summary>Whether the nominal's head is itself its nationality ("the Spaniard"), not a role tied to one ("the Spanish minister").</summary>
    private static bool IsNationalityHead(Mention m) =>
        m.Description.Span.EndsWith(m.Head, StringComparison.OrdinalIgnoreCase) && char.IsUpper(m.Description.Span[^m.Head!.Length]);

    /// <summary>
    /// Whether a nominal is "the" + lower-case words ending in a generic organisation noun ("the company", "the social
    /// media company"), not a name ("the Trump Organization"), a possessed noun ("its website") or one tied to a country.
    /// </summary>
    private static bool IsGenericOrganization(DocumentIndex doc, Mention m, out OrganizationKind kind, out bool based)
    {
        kind = default;
        based = false;
        if (m.Type != EntityType.Organization || m.Head is null || !GenericOrganizationHeads.TryGetValue(m.Head, out kind))
        {
            return false;
        }

        // "the" and lower-case words, or where the organisation is based: "the social media company", "The Redmond,
        // Washington-based company" (whose country is no affiliation of the noun).
        bool the = doc.Word(m.FirstToken).Equals("the", StringComparison.OrdinalIgnoreCase);
        for (int t = the ? m.FirstToken + 1 : m.FirstToken; t < m.EndToken; t++)
        {
            var word = doc.Word(t);
            if (doc.Tokens[t].IsWord && MentionFinder.IsBasedIn(word))
            {
                based = true;
            }
            else if (!doc.Tokens[t].IsWord || char.IsUpper(word[0]) || word.ContainsAny('\'', '’'))
            {
                return false;
            }
        }

        return (the || based) && (m.Affiliation is null || based);
    }

    /// <summary>Whether an organisation's name fits what a generic <paramref name="noun"/> of <paramref name="kind"/> can stand for.</summary>
    private static bool IsOfKind(ReadOnlySpan<char> name, OrganizationKind kind, string noun)
    {
        var last = HeadWordOf(name);
        bool acronym = IsAcronym(name);
        bool publicBody = PublicBodyWords.Contains(last);
        bool media = MediaWords.Contains(last);
        bool union = UnionWords.Contains(last);
        return kind switch
        {
            OrganizationKind.Business => !publicBody && !media && !union,
            OrganizationKind.Media => media || acronym,
            OrganizationKind.Public => publicBody || acronym,
            OrganizationKind.Union => union || acronym,
            OrganizationKind.SameHead => last.Equals(noun, StringComparison.OrdinalIgnoreCase),
            _ => !publicBody && !media,
        };
    }

    /// <summary>Whether an organisation's name is an acronym of two to six capitals: "NRA", "FBI".</summary>
    private static bool IsAcronym(ReadOnlySpan<char> name) => name.Length is >= 2 and <= 6 && !name.ContainsAnyExcept(UpperLetters);

    /// <summary>An acronym of three to six capitals ("FAA", "NTSB"), which can spell an organisation's initials; two ("UK") are too few.</summary>
    private static bool IsLongAcronym(ReadOnlySpan<char> name) => name.Length >= 3 && IsAcronym(name);

    /// <summary>
    /// The word that says what an organisation is: its last word, or the word before "of" or "for" ("Royal College of
    /// Nursing", "Bank of England").
    /// </summary>
    private static ReadOnlySpan<char> HeadWordOf(ReadOnlySpan<char> name)
    {
        int of = name.IndexOf(" of ", StringComparison.Ordinal);
        int @for = name.IndexOf(" for ", StringComparison.Ordinal);
        int cut = of < 0 ? @for : @for < 0 ? of : Math.Min(of, @for);
        var head = cut > 0 ? name[..cut] : name;
        return head[(head.LastIndexOf(' ') + 1)..];
    }

    private static readonly SearchValues<char> UpperLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static Entity? MatchPronoun(List<Entity> entities, List<Mention> mentions, ReadOnlySpan<bool> subjects, Mention m, int segment, DocumentIndex doc)
    {
        bool Fits(Entity e) => e.Segment == segment && m.Head switch
        {
            "he" => e.Type is EntityType.Person or EntityType.Unknown && e.Gender is Gender.Male or Gender.Unknown && !IsWriter(e),
            "she" => e.Type is EntityType.Person or EntityType.Unknown && e.Gender is Gender.Female or Gender.Unknown && !IsWriter(e),
            "it" => e.Type is EntityType.Organization,
            _ => e.Type is EntityType.Group or EntityType.Organization,
        };

        // The nearest sentence (this one, then earlier ones within three paragraphs) with a fitting mention:
        // its subject if that fits ("Putin told Xi he …" → Putin), else its nearest fitting mention
        // ("And as for Trump, he …" → Trump).
        Entity? nearest = null;
        int nearestSentence = -1;
        for (int i = m.Index - 1; i >= 0 && i >= m.Index - Window; i--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            var c = mentions[i];
            if (c.Paragraph < m.Paragraph - 3 || (nearest is not null && c.Sentence != nearestSentence))
            {
                break;
            }

            if (c.Entity < 0)
            {
                continue;
            }

            var e = entities[c.Entity];
            if (!Fits(e) || (e.Type == EntityType.Unknown && c.Sentence != m.Sentence && IsSubheading(doc, c.Sentence)))
            {
                continue;
            }

            // A name joined by "and" to the object of a preposition in the pronoun's own sentence is a place or a thing
            // the statement names, even as the sentence's first free mention: "landslides in Cebu and Negros Oriental, he said".
            if (c.Sentence == m.Sentence && c.Index > 0 && c.FirstToken > 1 && (doc.Is(c.FirstToken - 1, "and") || doc.Is(c.FirstToken - 1, "or"))
                && mentions[c.Index - 1] is var previous && previous.EndToken == c.FirstToken - 1 && previous.Sentence == c.Sentence
                && AfterPreposition(doc, previous.FirstToken))
            {
                continue;
            }

            if (subjects[c.Index])
            {
                return e;
            }

            // The object of a preposition earlier in the pronoun's own sentence is someone else: "In an interview with
            // The Hindu, he said …", "After meeting Obama, he said …".
            if (c.Sentence == m.Sentence && AfterPreposition(doc, c.FirstToken))
            {
                continue;
            }

            if (nearest is null)
            {
                nearest = e;
                nearestSentence = c.Sentence;
            }
        }

        return nearest;
    }

    private static bool AfterPreposition(DocumentIndex doc, int token) =>
        token > 0 && doc.Tokens[token - 1].IsWord && Attribution.AttributionContext.IsPrepositionWord(doc.Word(token - 1));

    /// <summary>
    /// A subheading: a short paragraph after the first that is one sentence without closing punctuation ("The new
    /// United", "Harbour plans"). A pronoun after it goes on with the person of the story before it, so a name of
    /// unknown kind standing in it ("she said" → not "United") is no antecedent.
    /// </summary>
    private static bool IsSubheading(DocumentIndex doc, int sentence)
    {
        var s = doc.Sentences[sentence];
        if (s.Paragraph == 0 || s.End - s.First > MaxSubheadingTokens || doc.ParagraphFirstToken[s.Paragraph] != s.First
            || doc.ParagraphFirstToken[s.Paragraph + 1] != s.End)
        {
            return false;
        }

        var last = doc.Tokens[s.End - 1];
        return last.IsWord;
    }

    /// <summary>
    /// Whether a plural nominal names a definite set of people met before ("the two leaders", "both men"), whose members
    /// are filled in, rather than an open class ("officials", "analysts", "the protesters") that names nobody earlier.
    /// </summary>
    private static bool IsCountedGroup(Mention m) => m.Head is not null && GroupHeads.Contains(m.Head) && m.Definite;

    /// <summary>The latest group of the segment with as many members (or counted with as many) as <paramref name="m"/> counts, or null.</summary>
    private static Entity? LatestGroupOf(List<Entity> entities, Mention m, int segment)
    {
        int wanted = m.Count >= 2 ? m.Count : 2;
        for (int i = entities.Count - 1; i >= 0 && i >= entities.Count - Window; i--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            var e = entities[i];
            if (e.Segment == segment && e.Type == EntityType.Group && (e.Members.Count == wanted || e.Counted == wanted))
            {
                return e;
            }
        }

        return null;
    }

    private static void AddMembers(List<Entity> entities, Entity group, Mention m)
    {
        int wanted = m.Count >= 2 ? m.Count : 2;
        string? role = m.Head is null ? null : SingularRole(m.Head);

        // The most mentioned named people of the segment so far; those with the group's role first.
        WorkCounter.Add(WorkKind.Candidates, Math.Min(entities.Count, Window));
        int from = Math.Max(0, entities.Count - Window);
        Span<bool> taken = stackalloc bool[entities.Count - from];
        taken.Clear();
        Span<int> chosen = stackalloc int[wanted];
        int found = 0;
        while (found < wanted)
        {
            // The best remaining candidate: role first, then most mentions, then latest; the earliest on a tie.
            int best = -1;
            for (int i = from; i < entities.Count; i++)
            {
                var e = entities[i];
                // "Both men" are no women: a member's known gender must not differ from the group's.
                if (taken[i - from] || !(e.Segment == group.Segment && e.Id != group.Id && e.Type == EntityType.Person && e.Names.Count > 0)
                    || (m.Gender is Gender.Male or Gender.Female && e.Gender is Gender.Male or Gender.Female && e.Gender != m.Gender))
                {
                    continue;
                }

                if (best < 0 || RanksBefore(e, entities[best], role))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                return; // fewer candidates than members wanted
            }

            taken[best - from] = true;
            chosen[found++] = best;
        }

        // Members in order of first mention (insertion sort: a handful at most).
        for (int i = 1; i < chosen.Length; i++)
        {
            for (int j = i; j > 0 && entities[chosen[j]].Id < entities[chosen[j - 1]].Id; j--)
            {
                (chosen[j], chosen[j - 1]) = (chosen[j - 1], chosen[j]);
            }
        }

        foreach (int i in chosen)
        {
            group.AddMember(entities[i]);
        }
    }

    /// <summary>The office a plural head names ("leaders" → "leader"), or the head without its final s, as a shared string.</summary>
    private static string SingularRole(string head)
    {
        var singular = head.AsSpan().TrimEnd('s');
        return RoleSynonyms.TryGetValue(singular, out var role) ? role : MentionStrings.ForCurrentThread.Get(singular);
    }

    /// <summary>Whether <paramref name="a"/> is a likelier group member than <paramref name="b"/> (strictly).</summary>
    private static bool RanksBefore(Entity a, Entity b, string? role)
    {
        int roleA = role is not null && HasSameRole(a, role) ? 1 : 0;
        int roleB = role is not null && HasSameRole(b, role) ? 1 : 0;
        if (roleA != roleB)
        {
            return roleA > roleB;
        }

        if (a.MentionCount != b.MentionCount)
        {
            return a.MentionCount > b.MentionCount;
        }

        return a.LastToken > b.LastToken;
    }

    /// <summary>Whether one of the entity's head nouns names the office <paramref name="role"/> (compared ordinally).</summary>
    private static bool HasSameRole(Entity e, string role)
    {
        for (int i = 0; i < e.Heads.Count; i++)
        {
            if (RoleOfHead(e, i) == role)
            {
                return true;
            }
        }

        // A prime minister leads a government: one of "the two leaders" as much as a president is.
        if (role == "leader")
        {
            var descriptions = e.Descriptions;
            for (int i = 0; i < descriptions.Count; i++)
            {
                if (OfficeOf(descriptions[i].Span).Role == "prime minister")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
