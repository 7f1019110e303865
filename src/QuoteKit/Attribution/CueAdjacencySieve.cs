namespace QuoteKit.Attribution;

/// <summary>
/// The most precise rule: a speech cue right beside the quote, with its subject.
/// Trailing: “…,” Putin said / “…,” said Putin / “…,” he added / “…,” Putin told Xi.
/// Leading: Putin said: “…” / Putin told Xi, “…”. Never the object of "told".
/// </summary>
internal sealed class CueAdjacencySieve : AttributionSieve
{
    public override SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        var trailing = Trailing(context, quote);

        // "Lee responded: “What difference does it make?” Her critics cited …": a quote that a cue introduces and that
        // ends its own sentence inside the marks is the introducer's; the words after it open the next sentence.
        if (trailing is not null && EndsWithSentenceMark(context.Doc, quote) && Leading(context, quote) is { } leading)
        {
            return leading;
        }

        // "A fan shouted, “Cruz,” Beck joked, “Amen!”": a quote that a speech verb introduces and that another quotation
        // follows in its sentence is not the next speaker's; the words after it introduce that next quotation.
        if (trailing is not null && IntroducedByCueToken(context, quote) && NextQuoteInSentence(context.Doc, quote, quotes))
        {
            return Leading(context, quote);
        }

        return trailing ?? Leading(context, quote);
    }

    private static bool EndsWithSentenceMark(Text.DocumentIndex doc, QuoteUnit quote)
    {
        int last = LastInnerToken(doc, quote);
        return last >= 0 && doc.Tokens[last].Length == 1 && doc.Text[doc.Tokens[last].Start] is var c && Text.CharClass.IsSentenceEnd(c) && c != '\u2026';
    }

    /// <summary>The last token inside the quotation's closing mark, or -1 when it has none.</summary>
    private static int LastInnerToken(Text.DocumentIndex doc, QuoteUnit quote)
    {
        int last = quote.CloseMarkToken - 1;
        return last >= 0 && doc.InQuote(last) ? last : -1;
    }

    private static bool EndsWithComma(Text.DocumentIndex doc, QuoteUnit quote) => LastInnerToken(doc, quote) is int last and >= 0 && doc.IsChar(last, ',');

    /// <summary>A lower-case word in -ed of five letters or more, then a full stop: "retaliated.", "shrugged.".</summary>
    private static bool IsUnlistedPastFormEndingSentence(Text.DocumentIndex doc, int t)
    {
        if (!doc.Tokens[t].IsWord || doc.InQuote(t) || !doc.IsChar(t + 1, '.'))
        {
            return false;
        }

        var w = doc.Word(t);
        return w.Length >= 5 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>A cue word and a comma or colon stand right before the opening mark: shouted, “…”.</summary>
    private static bool IntroducedByCueToken(AttributionContext context, QuoteUnit quote)
    {
        int t = quote.OpenMarkToken - 1;
        return t >= 1 && (context.Doc.IsChar(t, ',') || context.Doc.IsChar(t, ':')) && context.IsCueToken[t - 1] && !context.Doc.InQuote(t - 1);
    }

    /// <summary>The quotation after <paramref name="quote"/> opens in the sentence where <paramref name="quote"/> closes.</summary>
    private static bool NextQuoteInSentence(Text.DocumentIndex doc, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        if (quote.CloseMarkToken < 0 || quote.Index + 1 >= quotes.Count || quotes[quote.Index + 1].OpenMarkToken < 0)
        {
            return false;
        }

        return doc.SentenceOfToken[quotes[quote.Index + 1].OpenMarkToken] == doc.SentenceOfToken[quote.CloseMarkToken];
    }

    private SieveDecision? Trailing(AttributionContext context, QuoteUnit quote)
    {
        var doc = context.Doc;
        if (quote.CloseMarkToken < 0)
        {
            return null;
        }

        int t = quote.CloseMarkToken + 1;
        int sentence = doc.SentenceOfToken[quote.CloseMarkToken];
        if (t < doc.Tokens.Length && (doc.IsChar(t, ',') || doc.IsChar(t, '—') || doc.IsChar(t, '–')))
        {
            t++;
        }

        if (t >= doc.Tokens.Length || doc.SentenceOfToken[t] != sentence || doc.InQuote(t))
        {
            return null;
        }

        // "said Putin", "added the spokeswoman"; a participle's right neighbour is its object ("…,” telling reporters").
        if (context.IsCueToken[t])
        {
            var subject = context.SubjectOfCue(t, allowInverted: !context.IsParticiple(t), out _);
            if (subject is not null)
            {
                return Decision(context, subject, t, "cue right after the quote, speaker after the cue");
            }

            // "“America is great!” read one.", "said one of the organizers.": an inverted indefinite pronoun that ends the attribution.
            if (!context.IsParticiple(t) && t + 2 < doc.Tokens.Length && IsIndefiniteMember(doc, t + 1) && doc.SentenceOfToken[t + 1] == sentence
                && OfPhraseEnd(context, t + 1, sentence, out var ofNamed) is int after && after < doc.Tokens.Length
                && doc.Tokens[after].Kind == Text.TokenKind.Punctuation && !doc.InQuote(after))
            {
                return (ofNamed ?? GroupNamedBefore(context, quote.OpenMarkToken)) is { } group
                    ? new SieveDecision(group, doc.Tokens[t].Span, Name, 0.7, "one of the group named before, after the cue right after the quote")
                    : UnnamedSpeaker(context, t + 1, t + 2, t, "an unnamed speaker (an indefinite pronoun) after the cue right after the quote");
            }

            return null;
        }

        // "Fans cheered. “So proud of you,” one wrote.": an indefinite pronoun speaks for the group named before.
        if (IndefiniteMemberCue(context, t, sentence, out var named) is int memberCue)
        {
            return (named ?? GroupNamedBefore(context, quote.OpenMarkToken)) is { } group
                ? new SieveDecision(group, doc.Tokens[memberCue].Span, Name, 0.7, "one of the group named before, with the cue right after the quote")
                : UnnamedSpeaker(context, t, t + 1, memberCue, "an unnamed speaker (an indefinite pronoun) and the cue right after the quote");
        }

        // "Putin said", "he added", "the broadcaster later said", "Putin told Xi"
        if (context.MentionStartingAt(t) is { } mention && (context.CanSpeak(mention) || (mention.EndToken < doc.Tokens.Length && context.IsCueToken[mention.EndToken] && context.CanSpeakBefore(mention, mention.EndToken))))
        {
            int c = SkipPostModifiers(doc, mention.EndToken, sentence);
            c = SkipPlacePhrase(context, c, sentence);

            // "Doug Usher, director of research at Widmeyer, said": skip the apposition.
            if (doc.IsChar(c, ','))
            {
                int u = c + 1;
                while (u < doc.Tokens.Length && u - c < 16 && doc.SentenceOfToken[u] == sentence && !doc.IsChar(u, ',') && !doc.InQuote(u))
                {
                    u++;
                }

                if (u < doc.Tokens.Length && doc.IsChar(u, ','))
                {
                    c = u + 1;
                }
            }

            while (c < doc.Tokens.Length && context.IsAdverb(c) && !context.IsCueToken[c])
            {
                c++;
            }

            if (c < doc.Tokens.Length && context.IsCueToken[c] && doc.SentenceOfToken[c] == sentence)
            {
                return Decision(context, mention, c, "speaker and cue right after the quote");
            }

            // "“France will always be France,” Hollande retaliated.": a quotation closing on its comma is attributed by the
            // clause after it, so a past form that no lexicon lists but that ends the sentence is its cue.
            if (c + 1 < doc.Tokens.Length && doc.SentenceOfToken[c] == sentence && IsUnlistedPastFormEndingSentence(doc, c)
                && EndsWithComma(doc, quote))
            {
                return Decision(context, mention, c, "speaker and a verb ending the sentence right after the quote");
            }
        }

        if (DescribedSpeaker(context, t, sentence, EndsWithComma(doc, quote)) is { } described)
        {
            return described;
        }

        return null;
    }

    private SieveDecision? Leading(AttributionContext context, QuoteUnit quote)
    {
        var doc = context.Doc;
        int open = quote.OpenMarkToken;
        if (open <= 0)
        {
            return null;
        }

        int sentenceFirst = doc.Sentences[doc.SentenceOfToken[open]].First;
        int t = open - 1;
        bool colonOrComma = doc.IsChar(t, ':') || doc.IsChar(t, ',');
        if (colonOrComma)
        {
            t--;
        }

        // Walk back over the cue's object and modifiers ("told Xi by video link") to the cue, at most a few words.
        for (int steps = 0; t >= sentenceFirst && steps < 8; steps++, t--)
        {
            if (doc.InQuote(t))
            {
                return null;
            }

            if (context.IsCueToken[t])
            {
                if (steps > 0 && !colonOrComma && !doc.Is(t + 1, "that"))
                {
                    return null; // the cue is too far from an unpunctuated quote
                }

                var subject = context.SubjectOfCue(t, allowInverted: false, out _);

                // "Ito said, adding, “…”": the participle shares the subject of the cue before it.
                if (subject is null && t - 2 >= sentenceFirst && doc.IsChar(t - 1, ',') && context.IsCueToken[t - 2] && !doc.InQuote(t - 2))
                {
                    subject = context.SubjectOfCue(t - 2, allowInverted: true, out _);
                }

                // "Another added: “…”": an indefinite pronoun opening the sentence speaks for the group named before.
                if (subject is null && IndefiniteBefore(context, t, sentenceFirst) is int pronoun)
                {
                    return GroupNamedBefore(context, pronoun) is { } group
                        ? new SieveDecision(group, doc.Tokens[t].Span, Name, 0.7, "one of the group named before introduces the quote")
                        : UnnamedSpeaker(context, pronoun, pronoun + 1, t, "an unnamed speaker (an indefinite pronoun) and the cue introduce the quote");
                }

                return subject is null ? null : Decision(context, subject, t, "speaker and cue introduce the quote");
            }

            if (doc.IsChar(t, ')'))
            {
                // "told the Associated Press (AP), “…”": step over the parenthesis.
                int u = t - 1;
                while (u >= sentenceFirst && t - u < 10 && !doc.IsChar(u, '('))
                {
                    u--;
                }

                if (u >= sentenceFirst && doc.IsChar(u, '('))
                {
                    t = u;
                    continue;
                }
            }

            if (doc.Tokens[t].Kind == Text.TokenKind.Punctuation && !doc.IsChar(t, '.'))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="t"/> is an indefinite pronoun that can stand for members of a group.</summary>
    private static bool IsIndefiniteMember(Text.DocumentIndex doc, int t) =>
        doc.Tokens[t].IsWord && !doc.InQuote(t) && doc.Word(t) is "one" or "One" or "another" or "Another" or "some" or "Some" or "others" or "Others" or "many" or "Many" or "several" or "Several";

    /// <summary>The cue after an indefinite pronoun at <paramref name="t"/> ("one wrote", "another later added"), or null.</summary>
    private static int? IndefiniteMemberCue(AttributionContext context, int t, int sentence) => IndefiniteMemberCue(context, t, sentence, out _);

    /// <summary>
    /// As <see cref="IndefiniteMemberCue(AttributionContext, int, int)"/>, past an of-phrase ("one of them wrote", "one of
    /// the nurses told me"); <paramref name="named"/> is the group the of-phrase names, null for a pronoun or none.
    /// </summary>
    private static int? IndefiniteMemberCue(AttributionContext context, int t, int sentence, out Mentions.Mention? named)
    {
        var doc = context.Doc;
        named = null;
        if (!IsIndefiniteMember(doc, t))
        {
            return null;
        }

        int c = OfPhraseEnd(context, t, sentence, out named);
        while (c < doc.Tokens.Length && context.IsAdverb(c) && !context.IsCueToken[c])
        {
            c++;
        }

        return c < doc.Tokens.Length && context.IsCueToken[c] && doc.SentenceOfToken[c] == sentence && !doc.InQuote(c) ? c : null;
    }

    /// <summary>
    /// The token after the of-phrase that follows the indefinite pronoun at <paramref name="t"/> ("one of them", "one of
    /// the organizers"), or <c>t + 1</c> when none does; <paramref name="named"/> is the group a noun phrase there names.
    /// </summary>
    private static int OfPhraseEnd(AttributionContext context, int t, int sentence, out Mentions.Mention? named)
    {
        var doc = context.Doc;
        named = null;
        int u = t + 2;
        if (!doc.Is(t + 1, "of") || u >= doc.Tokens.Length || doc.SentenceOfToken[u] != sentence || doc.InQuote(u))
        {
            return t + 1;
        }

        if (doc.Word(u) is "them" or "us" or "those" or "these")
        {
            return u + 1;
        }

        if (context.MentionStartingAt(u) is { Possessive: false } m && (m.Plural || m.Type == Mentions.EntityType.Group) && m.Type != Mentions.EntityType.Place)
        {
            named = m;
            return m.EndToken;
        }

        return t + 1;
    }

    /// <summary>
    /// The indefinite pronoun that opens the sentence right before the cue at <paramref name="cue"/> ("Another added",
    /// "Yet another said", "And one wrote"), or null.
    /// </summary>
    private static int? IndefiniteBefore(AttributionContext context, int cue, int sentenceFirst)
    {
        int t = cue - 1;
        while (t > sentenceFirst && context.IsAdverb(t))
        {
            t--;
        }

        var doc = context.Doc;
        bool opens = t == sentenceFirst || (t == sentenceFirst + 1 && doc.Word(sentenceFirst) is "Yet" or "And" or "But" or "Still");
        return opens && IsIndefiniteMember(doc, t) ? t : null;
    }

    /// <summary>
    /// The decision for a quote whose speaker the text gives only by the words from <paramref name="first"/> to
    /// <paramref name="end"/>, no mention: an indefinite pronoun with no group named before it ("“…,” another said.")
    /// or a description no mention reads ("“…,” the bespectacled, 71-year-old diplomat said."). Someone unnamed, not
    /// the speaker of the quote before.
    /// </summary>
    private SieveDecision UnnamedSpeaker(AttributionContext context, int first, int end, int cue, string reason)
    {
        var doc = context.Doc;
        var mention = new Mentions.Mention();
        mention.Reset();
        mention.Index = -1;
        mention.Kind = end - first == 1 ? Mentions.MentionKind.Pronoun : Mentions.MentionKind.Nominal;
        mention.Type = Mentions.EntityType.Unknown;
        mention.Span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
        mention.FirstToken = first;
        mention.EndToken = end;
        mention.Sentence = doc.SentenceOfToken[first];
        mention.Paragraph = doc.Sentences[mention.Sentence].Paragraph;
        mention.Head = Mentions.MentionStrings.ForCurrentThread.GetLowerInvariant(doc.Word(end - 1));
        mention.Plural = doc.Word(end - 1) is "some" or "Some" or "others" or "Others" or "many" or "Many" or "several" or "Several";
        mention.Entity = -1;
        return new SieveDecision(mention, doc.Tokens[cue].Span, Name, 0.6, reason) { Unnamed = true };
    }

    /// <summary>Most tokens of a description that no mention reads between a quote and its cue: "the bespectacled, 71-year-old diplomat".</summary>
    private const int MaxDescribedSpeakerTokens = 8;

    /// <summary>
    /// A speaker the text describes after the quote in words no mention reads, right before a cue: "the bespectacled,
    /// 71-year-old diplomat said", "Paris, who used to work on Capitol Hill, said" (a relative clause after the first
    /// comma is left out). Only a noun phrase: a determiner or a capitalised word first, a word last, and no pronoun,
    /// preposition or verb form between; null when the words there are anything else.
    /// </summary>
    private SieveDecision? DescribedSpeaker(AttributionContext context, int t, int sentence, bool commaClosed)
    {
        var doc = context.Doc;
        if (!doc.Tokens[t].IsWord || !(doc.Tokens[t].IsCapitalized || doc.Word(t) is "the" or "a" or "an"))
        {
            return null;
        }

        int end = -1;
        for (int u = t; u < doc.Tokens.Length && u - t <= MaxDescribedSpeakerTokens && doc.SentenceOfToken[u] == sentence && !doc.InQuote(u); u++)
        {
            if (doc.IsChar(u, ',') && u + 1 < doc.Tokens.Length && doc.Word(u + 1) is "who" or "which")
            {
                end = u; // the relative clause describes the speaker; the cue comes after its closing comma
                while (u < doc.Tokens.Length && u - t <= 2 * MaxDescribedSpeakerTokens && doc.SentenceOfToken[u] == sentence && !doc.InQuote(u) && !(doc.IsChar(u, ',') && u > end))
                {
                    u++;
                }

                return u + 1 < doc.Tokens.Length && doc.IsChar(u, ',') && context.IsCueToken[u + 1] && !context.IsParticiple(u + 1) && !doc.InQuote(u + 1) && end > t
                    ? Described(context, t, end, u + 1)
                    : null;
            }

            if (context.IsCueToken[u])
            {
                return u > t && doc.Tokens[u - 1].IsWord && !context.IsParticiple(u) ? Described(context, t, u, u) : null;
            }

            bool word = doc.Tokens[u].IsWord || doc.Tokens[u].Kind == Text.TokenKind.Number;
            if (!(word || doc.IsChar(u, ',') || doc.IsChar(u, '-')) || (word && (context.IsPreposition(u) || context.MentionStartingAt(u) is { Kind: Mentions.MentionKind.Pronoun }
                || AttributionContext.IsFiniteAuxiliaryWord(doc.Word(u)) || doc.Word(u) is "and" or "or" or "but")))
            {
                return null;
            }

            // "the order released Friday said": a past form after a noun makes a clause, not a description; one that ends
            // the sentence after a quotation closing on its comma is the cue ("“…,” an angry Hollande retaliated.").
            if (u > t + 1 && !doc.Tokens[u].IsCapitalized && doc.Tokens[u - 1].IsWord && doc.Word(u).EndsWith("ed", StringComparison.Ordinal))
            {
                return commaClosed && u + 1 < doc.Tokens.Length && IsUnlistedPastFormEndingSentence(doc, u) ? Described(context, t, u, u) : null;
            }
        }

        return null;

        // The speaker of the phrase [first, end): the mention that heads it ("The Washington Post's Ed O'Keefe", "the
        // retired neurosurgeon"), the mention that opens it ("the billionaire business mogul"), else the phrase itself.
        SieveDecision Described(AttributionContext context, int first, int end, int cue)
        {
            if (context.MentionEndingAt(end - 1) is { Possessive: false } head && head.FirstToken >= first && context.CanSpeak(head))
            {
                return Decision(context, head, cue, "speaker described after the quote, before its cue");
            }

            if (context.MentionStartingAt(first) is { Possessive: false } opening && opening.EndToken <= end && context.CanSpeak(opening))
            {
                return Decision(context, opening, cue, "speaker described after the quote, before its cue");
            }

            return UnnamedSpeaker(context, first, end, cue, "a speaker described after the quote, before its cue");
        }
    }

    /// <summary>
    /// The nearest plural or group mention that can speak and opens its sentence before token <paramref name="before"/>,
    /// outside quotations and within <see cref="AttributionContext.Reach"/> tokens: the group whose members "one" and
    /// "another" are. None when a "one" with a noun of its own comes first.
    /// </summary>
    private static Mentions.Mention? GroupNamedBefore(AttributionContext context, int before)
    {
        var doc = context.Doc;
        for (int t = before - 1; t >= 0 && t >= before - AttributionContext.Reach; t--)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (doc.InQuote(t))
            {
                continue;
            }

            // "one … sign read, “…” Another advised": "one" with a noun of its own says what "another" is.
            if (doc.Is(t, "one") && IndefiniteMemberCue(context, t, doc.SentenceOfToken[t]) is null)
            {
                return null;
            }

            // The group opens its sentence as the subject ("Fans flooded social media …"), not an object somewhere in it.
            if (context.MentionEndingAt(t) is { Possessive: false } m && (m.Plural || m.Type == Mentions.EntityType.Group)
                && m.Type != Mentions.EntityType.Place && m.FirstToken == doc.Sentences[doc.SentenceOfToken[m.FirstToken]].First && context.CanSpeak(m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Most words of a place phrase between a speaker and the cue: "in the crowd", "on the company's website".</summary>
    private const int MaxPlacePhraseTokens = 5;

    /// <summary>
    /// Skips a short lower-case phrase of place after the speaker when the cue follows it: "a man in the crowd shouted",
    /// "a message on the website reads". Returns <paramref name="t"/> when no such phrase ends at a cue.
    /// </summary>
    private static int SkipPlacePhrase(AttributionContext context, int t, int sentence)
    {
        var doc = context.Doc;
        if (t >= doc.Tokens.Length || !(doc.Is(t, "in") || doc.Is(t, "on") || doc.Is(t, "at") || doc.Is(t, "outside") || doc.Is(t, "near") || doc.Is(t, "inside"))
            || t + 1 >= doc.Tokens.Length || !AttributionContext.NounDeterminers.Contains(doc.Word(t + 1)))
        {
            return t;
        }

        for (int u = t + 2; u < doc.Tokens.Length && u - t <= MaxPlacePhraseTokens && doc.SentenceOfToken[u] == sentence && doc.Tokens[u].IsWord && !doc.InQuote(u); u++)
        {
            if (context.IsCueToken[u])
            {
                return u;
            }
        }

        return t;
    }

    /// <summary>Skips what may follow a speaker's name before the cue: "(R-Wis.)", "of Florida".</summary>
    internal static int SkipPostModifiers(Text.DocumentIndex doc, int t, int sentence)
    {
        if (doc.IsChar(t, '('))
        {
            int u = t + 1;
            while (u < doc.Tokens.Length && u - t < 10 && doc.SentenceOfToken[u] == sentence && !doc.IsChar(u, ')'))
            {
                u++;
            }

            if (u < doc.Tokens.Length && doc.IsChar(u, ')'))
            {
                t = u + 1;
            }
        }

        if (doc.Is(t, "of") && t + 1 < doc.Tokens.Length && doc.Tokens[t + 1].IsCapitalized)
        {
            int u = t + 1;
            while (u < doc.Tokens.Length && u - t <= 4 && doc.Tokens[u].IsCapitalized && doc.SentenceOfToken[u] == sentence)
            {
                u++;
            }

            t = u;
        }

        return t;
    }

    private SieveDecision Decision(AttributionContext context, Mentions.Mention mention, int cue, string reason)
    {
        double confidence = mention.Kind == Mentions.MentionKind.Name ? 0.95 : 0.9;
        return new SieveDecision(mention, context.Doc.Tokens[cue].Span, Name, confidence, reason);
    }
}
