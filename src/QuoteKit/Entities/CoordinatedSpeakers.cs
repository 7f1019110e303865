using QuoteKit.Attribution;
using QuoteKit.Detection;
using QuoteKit.Mentions;
using QuoteKit.Text;

namespace QuoteKit.Entities;

/// <summary>
/// Speakers joined by "and": "Sen. Josh Hawley, R-Mo., and Sen. Elizabeth Warren, D-Mass., said …", "Democrats
/// Hillary Clinton, Bernie Sanders and Martin O'Malley said …", "“…,” said Ann Lee and Tom Fox." The sieves and the
/// reported-speech detector pick one mention next to the cue (usually the one nearest it); when that mention is one of
/// coordinated people or organisations that open the clause, the quote is said by all of them, and its speaker becomes
/// their group (one group per set of entities, shared by all its quotes).
/// </summary>
/// <remarks>
/// Each test looks at a bounded number of tokens and mentions around the chosen mention (at most
/// <see cref="MaxConjuncts"/> conjuncts, appositions of at most <see cref="MaxAppositionTokens"/> tokens), so the step
/// is linear in the number of quotes.
/// </remarks>
internal static class CoordinatedSpeakers
{
    /// <summary>The longest apposition after a conjunct: ", R-Mo.,", ", the city's mayor,", "(D-Mass.)".</summary>
    private const int MaxAppositionTokens = 8;

    /// <summary>The most people or organisations one coordination joins.</summary>
    private const int MaxConjuncts = 5;

    public static void Apply(
        AttributionContext context,
        List<Mention> mentions,
        List<Entity> entities,
        EntityResolver resolver,
        List<QuoteUnit> units,
        List<ReportedSpeech> reported,
        Recycler<Mention> recycled)
    {
        if (mentions.Count < 2)
        {
            return;
        }

        var scope = new Scope(context, mentions, entities, resolver, recycled);
        foreach (var unit in units)
        {
            if (unit.Decision is { Cue: { } cue } d && GroupOf(ref scope, d.Mention, cue) is { } group)
            {
                unit.Decision = d with { Mention = group };
            }
        }

        for (int i = 0; i < reported.Count; i++)
        {
            var r = reported[i];
            if (r.Speaker is { } speaker && GroupOf(ref scope, speaker, r.Cue) is { } group)
            {
                reported[i] = r with { Speaker = group };
            }
        }
    }

    private static Mention? GroupOf(ref Scope scope, Mention chosen, TextSpan cue)
    {
        var (context, mentions, entities) = (scope.Context, scope.Mentions, scope.Entities);
        var doc = context.Doc;

        // People named in apposition after a plural nominal are what it counts: "The two foreign ministers, Aigerim
        // Sultanova and Bakhtiyor Yusupov, said" is said by the two, joined as "A and B said" is.
        Mention? plural = null;
        if (chosen is { Kind: MentionKind.Nominal, Type: EntityType.Group, Plural: true, Possessive: false } && chosen.Index < mentions.Count
            && mentions[chosen.Index] == chosen && LastListedAfter(doc, mentions, chosen, doc.TokenAtOrAfter(cue.Start, chosen.EndToken)) is { } listed)
        {
            plural = chosen;
            chosen = listed;
        }

        if (!CanCoordinate(chosen, entities) || chosen.Index >= mentions.Count || mentions[chosen.Index] != chosen
            || !(IsAnd(doc, chosen.FirstToken - 1) || AndAfter(doc, chosen) >= 0))
        {
            return null; // most speakers: no "and" next to them
        }

        int cueToken = doc.TokenAtOrAfter(cue.Start, chosen.EndToken); // the cue lies near its speaker: search from there
        if (cueToken >= doc.TokenCount || doc.SentenceOfToken[cueToken] != chosen.Sentence)
        {
            return null;
        }

        // The conjuncts, last first.
        Span<int> found = stackalloc int[MaxConjuncts];
        int count;
        if (cueToken >= chosen.EndToken)
        {
            // "A and B said": the chosen mention is the last conjunct (or the first, when the sieve took it).
            count = Before(context, mentions, entities, chosen, found);
            if (count == 0 && After(context, mentions, chosen) is { } next && cueToken >= next.EndToken && !EndsListItem(doc, mentions, chosen))
            {
                found[0] = next.Index;
                found[1] = chosen.Index;
                count = 2;
            }
        }
        else if (cueToken < chosen.FirstToken && EndsClause(doc, chosen.EndToken) && Before(context, mentions, entities, chosen, found) is >= 2 and var before
            && cueToken < mentions[found[before - 1]].FirstToken)
        {
            // "said A and B.": the chosen mention is the last, and it ends the clause.
            count = before;
        }
        else if (cueToken < chosen.FirstToken && After(context, mentions, chosen) is { } next && EndsClause(doc, next.EndToken) && !EndsListItem(doc, mentions, chosen))
        {
            // "said A and B.": the chosen mention is the first, and the second ends the clause.
            found[0] = next.Index;
            found[1] = chosen.Index;
            count = 2;
        }
        else
        {
            return null;
        }

        if (count < 2)
        {
            return null;
        }

        var first = mentions[found[count - 1]];
        var last = mentions[found[0]];
        if (!(OpensClause(doc, first.FirstToken) || first.FirstToken - 1 == cueToken) || IsOneName(doc, first, last)
            || (plural is not null && first.FirstToken != plural.EndToken + 1))
        {
            return null;
        }

        for (int i = 0; i < count; i++)
        {
            var m = mentions[found[i]];
            if (!CanCoordinate(m, entities))
            {
                return null;
            }

            for (int j = 0; j < i; j++)
            {
                if (mentions[found[j]].Entity == m.Entity)
                {
                    return null; // one entity named twice is no group
                }
            }
        }

        var groups = scope.Groups ??= new Groups(entities);
        if (groups.ByFirstConjunct.TryGetValue(first.Index, out var known))
        {
            return known;
        }

        var group = scope.Recycled.Next();
        group.Reset();
        group.Index = chosen.Index; // stands in the mention list's order where the chosen conjunct does
        group.Kind = MentionKind.Nominal;
        group.Type = EntityType.Group;
        group.Span = new TextSpan(first.Span.Start, last.Span.End);
        group.FirstToken = first.FirstToken;
        group.EndToken = last.EndToken;
        group.Sentence = first.Sentence;
        group.Paragraph = first.Paragraph;
        group.Plural = true;
        group.Count = count;
        group.Definite = true;

        // The same people again ("Hawley and Warren" in a later paragraph, in either order) are the same group.
        Span<int> ids = stackalloc int[count];
        for (int i = 0; i < count; i++)
        {
            ids[i] = mentions[found[i]].Entity;
        }

        ids.Sort();
        string key = Groups.Key(ids);
        if (groups.ByMembers.TryGetValue(key, out var entity))
        {
            entity.Add(group, group.EndToken);
        }
        else
        {
            var members = new Entity[count];
            for (int i = 0; i < count; i++)
            {
                members[i] = entities[mentions[found[count - 1 - i]].Entity];
            }

            groups.ByMembers[key] = scope.Resolver.AddGroup(entities, group, members, doc.SegmentOfParagraph[first.Paragraph]);
        }

        groups.ByFirstConjunct[first.Index] = group;
        return group;
    }

    /// <summary>
    /// The last conjunct of a list set off by commas right after the plural nominal <paramref name="plural"/> and closed
    /// by a comma just before the cue at <paramref name="cueToken"/>: "Bakhtiyor Yusupov" of "The ministers, Aigerim
    /// Sultanova and Bakhtiyor Yusupov, said"; or null.
    /// </summary>
    private static Mention? LastListedAfter(DocumentIndex doc, List<Mention> mentions, Mention plural, int cueToken)
    {
        if (plural.EndToken >= cueToken || !doc.IsChar(plural.EndToken, ','))
        {
            return null;
        }

        for (int i = plural.Index + 2; i < mentions.Count && i <= plural.Index + MaxConjuncts; i++)
        {
            var m = mentions[i];
            if (m.Sentence != plural.Sentence || m.EndToken >= cueToken)
            {
                break;
            }

            if (IsAnd(doc, m.FirstToken - 1) && doc.IsChar(m.EndToken, ',') && cueToken - m.EndToken <= 2)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// A person or organisation (or a name of unknown kind) named, a pronoun, or a definite description ("the New York
    /// businessman"); not a place, a group, a possessive, or a bare or indefinite description that may be a second
    /// title of the next name ("Fox News Vice President and Washington Managing Editor Bill Sammon").
    /// </summary>
    private static bool CanCoordinate(Mention m, List<Entity> entities) =>
        m.Entity >= 0 && !m.Possessive && !m.Plural && m.Type != EntityType.Place
        && (m.Kind != MentionKind.Nominal || m.Definite)
        && entities[m.Entity] is { Type: EntityType.Person or EntityType.Organization or EntityType.Unknown, Members.Count: 0 };

    /// <summary>
    /// The conjuncts joined by "and" (and commas) that end with <paramref name="m"/>, last first, into
    /// <paramref name="found"/>; their count, or 0. Appositions after a conjunct are passed over: "Hawley, R-Mo., and
    /// [m]", "Ann Lee, the mayor, and [m]", "Amy Lee, Jo Tan and [m]".
    /// </summary>
    private static int Before(AttributionContext context, List<Mention> mentions, List<Entity> entities, Mention m, Span<int> found)
    {
        var doc = context.Doc;
        int and = m.FirstToken - 1;
        if (and < 1 || !IsAnd(doc, and))
        {
            return 0;
        }

        int end = doc.IsChar(and - 1, ',') ? and - 1 : and;
        Mention? c = null;
        for (int i = m.Index - 1; i >= 0 && i >= m.Index - 4; i--)
        {
            var candidate = mentions[i];
            if (candidate.Sentence != m.Sentence)
            {
                break;
            }

            if (candidate.EndToken == end || (candidate.EndToken < end && IsApposition(context, candidate.EndToken, end)))
            {
                c = candidate;
                break;
            }
        }

        if (c is null)
        {
            return 0;
        }

        found[0] = m.Index;
        int count = 1;
        while (count < found.Length)
        {
            // The mention before c across a comma: c's apposition head ("Ann Lee, [the mayor]") or an earlier item.
            Mention? previous = null;
            if (c.FirstToken > 0 && doc.IsChar(c.FirstToken - 1, ','))
            {
                for (int j = c.Index - 1; j >= 0 && j >= c.Index - 2; j--)
                {
                    if (mentions[j].EndToken == c.FirstToken - 1 && mentions[j].Sentence == m.Sentence)
                    {
                        previous = mentions[j];
                        break;
                    }
                }
            }

            if (previous is null || !CanCoordinate(previous, entities))
            {
                found[count++] = c.Index;
                break;
            }

            if (c.Kind == MentionKind.Name && c.Entity != previous.Entity)
            {
                found[count++] = c.Index; // a list item: "Amy Lee, [Jo Tan] and …"
            }

            c = previous;
        }

        return count;
    }

    /// <summary>The mention joined to <paramref name="m"/> by "and" after it, over an apposition: "[m], R-Mo., and Warren".</summary>
    private static Mention? After(AttributionContext context, List<Mention> mentions, Mention m)
    {
        var doc = context.Doc;
        int and = AndAfter(doc, m);
        if (and < 0 || and + 1 >= doc.TokenCount)
        {
            return null;
        }

        int end = doc.IsChar(and - 1, ',') ? and - 1 : and;
        if (end != m.EndToken && !IsApposition(context, m.EndToken, end))
        {
            return null;
        }

        for (int i = m.Index + 1; i < mentions.Count && i <= m.Index + 4; i++)
        {
            if (mentions[i].FirstToken == and + 1)
            {
                return mentions[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Tokens <paramref name="from"/>..<paramref name="to"/> are an apposition set off by commas or brackets, short,
    /// outside quotations and without a cue: ", R-Mo.," "(D-Mass.)", ", the mayor,".
    /// </summary>
    private static bool IsApposition(AttributionContext context, int from, int to)
    {
        var doc = context.Doc;
        if (to - from < 2 || to - from > MaxAppositionTokens + 2 || !(doc.IsChar(from, ',') || doc.IsChar(from, '('))
            || !(doc.IsChar(to - 1, ')') || doc.IsChar(to, ',')))
        {
            return false;
        }

        var cues = context.IsCueToken;
        for (int t = from + 1; t < to; t++)
        {
            if (doc.InQuote(t) || cues[t] || IsAnd(doc, t) || (doc.IsChar(t, ',') && t != to - 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first conjunct opens its clause: the sentence's first token, or after a comma, colon or dash.</summary>
    private static bool OpensClause(DocumentIndex doc, int first)
    {
        if (first == doc.Sentences[doc.SentenceOfToken[first]].First)
        {
            return true;
        }

        var before = doc.Tokens[first - 1];
        return before.Kind == TokenKind.Punctuation && !doc.InQuote(first - 1)
            && doc.Text[before.Start] is ',' or ':' or ';' or '\u2014' or '\u2013';
    }

    /// <summary>
    /// "the Science and Technology Directorate": a one-word name after "the" joined to a name without a determiner is
    /// one name with "and" in it.
    /// </summary>
    private static bool IsOneName(DocumentIndex doc, Mention first, Mention last) =>
        first.Kind == MentionKind.Name && AfterThe(doc, first) && first.NameParts.Length == 1
        && last.Kind == MentionKind.Name && !AfterThe(doc, last);

    private static bool AfterThe(DocumentIndex doc, Mention m) =>
        doc.Is(m.FirstToken, "the") || (m.FirstToken > 0 && doc.Is(m.FirstToken - 1, "the"));

    /// <summary>A mention ends at the comma before <paramref name="m"/>: m is the next item of a longer list ("Michigan, [Ohio] and Pennsylvania").</summary>
    private static bool EndsListItem(DocumentIndex doc, List<Mention> mentions, Mention m) =>
        m.Index > 0 && m.FirstToken > 0 && doc.IsChar(m.FirstToken - 1, ',') && mentions[m.Index - 1].EndToken == m.FirstToken - 1;

    /// <summary>Nothing of the clause follows the second conjunct: a mark, the sentence end, or a preposition ("in a statement").</summary>
    private static bool EndsClause(DocumentIndex doc, int next) =>
        next >= doc.TokenCount || doc.SentenceOfToken[next] != doc.SentenceOfToken[next - 1] || !doc.Tokens[next].IsWord
        || AttributionContext.IsPrepositionWord(doc.Word(next));

    /// <summary>The first "and" in the few tokens after <paramref name="m"/> in its sentence, or -1.</summary>
    private static int AndAfter(DocumentIndex doc, Mention m)
    {
        int limit = Math.Min(doc.TokenCount, m.EndToken + MaxAppositionTokens + 2);
        var sentenceOf = doc.SentenceOfToken;
        for (int t = m.EndToken; t < limit && sentenceOf[t] == m.Sentence; t++)
        {
            if (IsAnd(doc, t))
            {
                return t;
            }
        }

        return -1;
    }

    private static bool IsAnd(DocumentIndex doc, int t)
    {
        var tokens = doc.Tokens;
        if ((uint)t >= (uint)tokens.Length)
        {
            return false;
        }

        var token = tokens[t];
        return token.Length switch
        {
            3 => doc.Text.AsSpan(token.Start, 3).Equals("and", StringComparison.OrdinalIgnoreCase),
            1 => doc.Text[token.Start] == '&',
            _ => false,
        };
    }

    /// <summary>What the step reads and makes for one document; the groups are indexed when the first is made.</summary>
    private struct Scope(AttributionContext context, List<Mention> mentions, List<Entity> entities, EntityResolver resolver, Recycler<Mention> recycled)
    {
        public readonly AttributionContext Context = context;
        public readonly List<Mention> Mentions = mentions;
        public readonly List<Entity> Entities = entities;
        public readonly EntityResolver Resolver = resolver;
        public readonly Recycler<Mention> Recycled = recycled;
        public Groups? Groups;
    }

    /// <summary>The groups made for one document: by the index of their first conjunct's mention, and by their members.</summary>
    private sealed class Groups
    {
        /// <summary>
        /// Indexes the groups the resolver made of counted nominals ("both", "the pair", "the two said"), once per
        /// document, so that the same people joined by "and" are that group: one speaker, whichever comes first.
        /// </summary>
        public Groups(List<Entity> entities)
        {
            Span<int> ids = stackalloc int[MaxConjuncts];
            foreach (var e in entities)
            {
                var members = e.Members;
                if (e.Type != EntityType.Group || members.Count < 2 || members.Count > MaxConjuncts)
                {
                    continue;
                }

                for (int i = 0; i < members.Count; i++)
                {
                    ids[i] = members[i].Id;
                }

                ids[..members.Count].Sort();
                ByMembers.TryAdd(Key(ids[..members.Count]), e);
            }
        }

        public Dictionary<int, Mention> ByFirstConjunct { get; } = [];

        public Dictionary<string, Entity> ByMembers { get; } = [];

        /// <summary>The key of a set of entities: their sorted ids.</summary>
        public static string Key(ReadOnlySpan<int> sortedIds) => string.Join(',', sortedIds.ToArray());
    }
}
