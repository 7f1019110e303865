using System.Collections.Frozen;
using QuoteKit.Lexicons;

namespace QuoteKit.Attribution;

/// <summary>
/// A quote inside a sentence whose speech cue is elsewhere in the sentence takes that cue's subject,
/// across participles, coordination, appositions and relative clauses: "…, calling the Chinese leader a
/// “dear friend”" inherits the main clause's speaker; "Xi, who also called Putin “my friend”, said …" is Xi's.
/// Without a speech cue, a partial quote takes the subject of its sentence ("The Kremlin chief also hailed
/// … to counter “…”").
/// </summary>
internal sealed class ClauseSubjectSieve : AttributionSieve
{
    public override SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        var doc = context.Doc;
        if (context.SentenceWindow(quote) is not var (from, to, sentence))
        {
            return null;
        }

        int anchor = quote.Anchor;

        // The cues of the sentence, nearest to the quote first.
        int best = -1;
        int bestDistance = int.MaxValue;
        Mentions.Mention? bestSubject = null;
        for (int t = from; t < to; t++)
        {
            WorkCounter.Add(WorkKind.Candidates);
            // "when she saw Lee talking about the plant, all she could do was shout “…”": a participle right after a
            // noun phrase (no comma before it) modifies it and is no cue of the sentence's quotes; "with Lee noting" is.
            if (!context.IsCueToken[t] || (context.IsParticiple(t) && t > from && !doc.IsChar(t - 1, ',') && context.MentionEndingAt(t - 1) is { } before
                && !doc.Is(before.FirstToken - 1, "with") && !doc.Is(before.FirstToken - 1, "without")))
            {
                continue;
            }

            // Inversion ("said Putin") only right after a closing mark; a participle ("calling the leader …")
            // has no subject of its own and defers to the sentence's main cue.
            bool afterQuote = t > 0 && (doc.InQuote(t - 1) || (t > 1 && doc.IsChar(t - 1, ',') && doc.InQuote(t - 2)) || IsClosingMark(doc, t - 1) || (t > 1 && doc.IsChar(t - 1, ',') && IsClosingMark(doc, t - 2)));
            // "… as “fantastic,” telling reporters": a participle's right neighbour is its object, never its subject.
            var subject = context.SubjectOfCue(t, allowInverted: afterQuote && !context.IsParticiple(t), out _);
            if (subject is null)
            {
                continue;
            }

            // "Speaking to “Fox News” Monday, Ruiz praised his rivals, Lee and Park, who say …": a relative clause that opens
            // after the partial quote reports its own object, not the quote before its antecedent. (A direct quote's
            // "said one adviser, who spoke …" keeps the antecedent the relative cue gives.)
            if (quote.Span.Role == Detection.QuoteRole.Partial && t > quote.EndToken && (OpensRelative(t - 1) || (t - 2 > quote.EndToken && OpensRelative(t - 2))))
            {
                continue;
            }

            int distance = t < anchor ? anchor - t : t - quote.EndToken;
            if (distance < bestDistance)
            {
                best = t;
                bestDistance = distance;
                bestSubject = subject;
            }
        }

        bool OpensRelative(int t) => doc.Is(t, "who") && !doc.InQuote(t);

        // "in a clip that the judge called “distasteful,” Lee expressed a wish to “try …”": when the cue has its own quote
        // before this partial one, a clause that opens after that quote has its own subject, nearer than the cue's.
        if (bestSubject is not null && best < anchor && quote.Span.Role == Detection.QuoteRole.Partial
            && AfterQuoteBetween(doc, best, anchor) is int after && context.MainClauseSubject(after, anchor, last: true) is { } own && own.FirstToken > after)
        {
            return new SieveDecision(own, null, Name, 0.7, "subject of the clause that embeds the partial quote, after the cue's own quote");
        }

        if (bestSubject is not null)
        {
            return new SieveDecision(bestSubject, doc.Tokens[best].Span, Name, 0.8, "subject of the speech cue in the quote's sentence");
        }

        // No speech cue: a partial quote belongs to the sentence's subject.
        if (quote.Span.Role != Detection.QuoteRole.Partial)
        {
            return null;
        }

        // A dateline or heading before a dash or colon is not the subject: "Washington (AFP) – Clinton said …".
        int clause = ClauseStart.AfterBreak(doc, from, anchor, colons: true);
        // "his call for “a total and complete ban”", "her claim that she “never sent …”": the owner of a statement noun.
        if (StatementOwner(context, clause, anchor) is { } owner)
        {
            return new SieveDecision(owner, null, Name, 0.7, "owner of the statement noun whose words the partial quote gives");
        }

        // "an awkward spot for Clinton, who could be celebrating being dubbed the “presumptive nominee”": a relative clause
        // still open at the quote is its antecedent's, even after a preposition.
        if (RelativeAntecedent(context, clause, anchor) is { } antecedent)
        {
            return new SieveDecision(antecedent, null, Name, 0.7, "antecedent of the relative clause that embeds the partial quote");
        }

        // "Christie calls him “Mr. Trump,” while Trump calls the governor “Chris.”": the subject of the clause nearest the quote.
        if (context.MainClauseSubject(clause, anchor, last: true) is { } nearest)
        {
            return new SieveDecision(nearest, null, Name, 0.7, "subject of the clause that embeds the partial quote");
        }

        return (clause > from ? SentenceSubject(context, clause, anchor) : null) ?? SentenceSubject(context, from, anchor);
    }

    /// <summary>
    /// The possessive mention right before a statement noun (or one word before it: "Mr. Obama's patronizing suggestion")
    /// that stands at most <see cref="StatementReach"/> words before the quote in the same clause (no comma, semicolon or
    /// dash outside quotations between), else null.
    /// </summary>
    private static Mentions.Mention? StatementOwner(AttributionContext context, int from, int anchor)
    {
        var doc = context.Doc;
        for (int t = anchor - 1; t > from && anchor - t <= StatementReach; t--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (doc.InQuote(t))
            {
                continue;
            }

            if (IsClauseBreak(doc, t))
            {
                return null;
            }

            if (StatementNouns.Contains(doc.Word(t)))
            {
                var owner = context.MentionEndingAt(t - 1) ?? (t - 2 > from && doc.Tokens[t - 1].IsWord && !doc.Tokens[t - 1].IsCapitalized ? context.MentionEndingAt(t - 2) : null);
                return owner is { Possessive: true } && owner.Type != Mentions.EntityType.Place ? owner : null;
            }
        }

        return null;
    }

    /// <summary>A comma, semicolon, em dash or en dash at <paramref name="t"/>: the clause ends there.</summary>
    private static bool IsClauseBreak(Text.DocumentIndex doc, int t) =>
        doc.IsChar(t, ',') || doc.IsChar(t, ';') || doc.IsChar(t, '—') || doc.IsChar(t, '–');

    /// <summary>Most words between a statement noun and its quote: "his statement on Wednesday that “…”".</summary>
    private const int StatementReach = 8;

    /// <summary>Nouns for something said whose words a quote can give: "his claim that …", "her call for …".</summary>
    private static readonly FrozenSet<string> StatementNouns = new[]
    {
        "claim", "claims", "assertion", "statement", "statements", "suggestion", "call", "calls", "promise", "pledge", "vow", "warning",
        "argument", "remark", "remarks", "comment", "comments", "description", "declaration", "insistence", "accusation", "charge",
        "response", "answer", "reply", "dictum", "slogan", "catchphrase", "boast", "prediction", "admission", "demand", "proposal",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The mention right before "who" (or ", who") when that relative clause is still open at <paramref name="anchor"/>
    /// (no comma, semicolon or dash outside quotations after "who"), else null.
    /// </summary>
    private static Mentions.Mention? RelativeAntecedent(AttributionContext context, int from, int anchor)
    {
        var doc = context.Doc;
        for (int t = anchor - 1; t > from; t--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (doc.InQuote(t))
            {
                continue;
            }

            if (IsClauseBreak(doc, t))
            {
                return null;
            }

            if (doc.Is(t, "who"))
            {
                int before = doc.IsChar(t - 1, ',') ? t - 2 : t - 1;
                return context.RelativeAntecedent(context.MentionEndingAt(before));
            }
        }

        return null;
    }

    private SieveDecision? SentenceSubject(AttributionContext context, int from, int anchor)
    {
        for (int t = from; t < anchor; t++)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (context.MentionStartingAt(t) is { } m && context.CanSpeak(m) && m.Type != Mentions.EntityType.Place)
            {
                return new SieveDecision(m, null, Name, 0.7, "subject of the sentence that embeds the partial quote");
            }
        }

        return null;
    }

    /// <summary>
    /// The token after the quote that follows <paramref name="cue"/> within a few words (the cue's own quote: "called
    /// “distasteful,”") and ends before <paramref name="anchor"/>, or null when there is none.
    /// </summary>
    private static int? AfterQuoteBetween(Text.DocumentIndex doc, int cue, int anchor)
    {
        int t = cue + 1;
        while (t < anchor && t - cue <= 6 && !doc.InQuote(t))
        {
            t++;
        }

        if (t >= anchor || !doc.InQuote(t))
        {
            return null;
        }

        while (t < anchor && doc.InQuote(t))
        {
            t++;
        }

        return t < anchor ? t : null;
    }

    private static bool IsClosingMark(Text.DocumentIndex doc, int t) =>
        t >= 0 && doc.Tokens[t].Kind == Text.TokenKind.Punctuation && t > 0 && doc.InQuote(t - 1);
}
