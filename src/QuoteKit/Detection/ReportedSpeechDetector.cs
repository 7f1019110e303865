using System.Collections.Frozen;
using QuoteKit.Attribution;
using QuoteKit.Lexicons;
using QuoteKit.Mentions;
using QuoteKit.Text;

namespace QuoteKit.Detection;

/// <summary>A reported statement without (or with only some) quotation marks.</summary>
internal readonly record struct ReportedSpeech(TextSpanList Parts, TextSpan Cue, Mention? Speaker, bool Mixed, string Sieve, double Confidence, string Reason)
{
    /// <summary>When no mention names the speaker, the noun phrase that does ("Twenty-four percent", "a news report"), if any.</summary>
    public TextSpan? SpeakerPhrase { get; init; }

    /// <summary>A one-word answer or an elided clause ("said yes", "said he would"), kept however short.</summary>
    public bool ShortAnswer { get; init; }

    public TextSpan Content => new(Parts[0].Start, Parts[^1].End);
}

/// <summary>
/// Finds reported speech around speech cues, reusing the mention and cue machinery of attribution:
/// a cue with a that-clause or bare clause ("Putin told Xi on Friday he was keen …", "warned that …");
/// trailing attribution ("…, the broadcaster said."); parenthetical attribution ("The plan, officials said,
/// will cost …"); sentence-initial or final "according to X". The content span excludes cue and speaker and
/// never overlaps a full direct quote; a content that holds a quoted fragment is mixed.
/// Linear in the number of tokens: each cue looks at its own sentence only.
/// </summary>
internal sealed class ReportedSpeechDetector
{
    /// <summary>Cues that take the addressee as object before the clause: "told Xi (that) …".</summary>
    private static readonly WordSet AddresseeVerbs = new[] { "tell", "inform", "assure", "remind", "warn", "promise", "advise", "notify", "convince", "persuade", "reassure" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet ClauseStarters = new[]
    {
        "he", "she", "it", "they", "we", "i", "you", "there", "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
        "whether", "if", "why", "how", "what", "when", "where", "who", "no", "some", "many", "most", "all", "any", "every", "each", "both", "neither", "none", "nobody", "everyone", "everybody", "someone", "something", "nothing", "everything",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet ClausalVerbs = Lexicons.LexiconResource.Lines("clausal-verbs.txt").Select(l => l.Trim()).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Characters between a cue and the direct quote it introduces ("said on Friday in a statement: “").</summary>
    private const int MaxCueGapBeforeQuote = 40;

    /// <summary>The longest stretch from a cue to its sentence's end that is read as a reported clause.</summary>
    private const int MaxContentTokens = 250;

    private static readonly WordSet MonthsAndDays = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "today", "yesterday", "tonight",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions of place and time: after a participle cue they open its setting, not its object ("testifying before the committee").</summary>
    private static readonly WordSet SettingPrepositions = new[]
    {
        "before", "at", "in", "during", "after", "from", "outside", "inside", "near", "behind", "since", "until", "throughout", "beside", "alongside", "across",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cues of reply whose prepositional object is what they answer: "responded to the charges", "agreed with the analysis".</summary>
    private static readonly WordSet ReplyVerbs = new[] { "respond", "reply", "answer", "agree", "react" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// One past the last token of the object a cue reports from <paramref name="t"/>: the clause's end, a comma, a
    /// semicolon, another finite cue ("Xi, who called Putin a friend, said …") or an adverbial clause after a quotation
    /// ("called each other friends as they …"). A cue in an infinitive ("efforts to counter …") or a gerund after a
    /// preposition ("called for denying entry …") belongs to the object.
    /// </summary>
    private static int ObjectEnd(AttributionContext context, Sentence sentence, int t)
    {
        var doc = context.Doc;
        int objectEnd = ContentEnd(context, sentence, t);
        bool quoted = false;
        for (int k = t; k < objectEnd; k++)
        {
            if (doc.InQuote(k))
            {
                quoted = true;
                continue;
            }

            // "repeated his promise to repeal the orders, including the latest ones": examples after a comma belong to the object.
            if (doc.IsChar(k, ',') && k + 1 < objectEnd && doc.Tokens[k + 1].IsWord && ObjectExampleOpeners.Contains(doc.Word(k + 1)))
            {
                continue;
            }

            // "criticized his rival, Ann Lee, for …", "thanked Tom Ruiz, Ann Lee and Sam Park": a name after the comma in
            // apposition or in a list goes on with the object.
            if (doc.IsChar(k, ',') && NamedObjectContinues(context, k, objectEnd) is int named)
            {
                k = named - 1;
                continue;
            }

            // "called him a kind, loving and admirable person", "accused her of covering up, delaying and withholding facts":
            // a comma in a list of lower-case words that "and" closes goes on with the object.
            if (doc.IsChar(k, ',') && WordListContinues(context, k, objectEnd) is int listed)
            {
                k = listed - 1;
                continue;
            }

            if (doc.IsChar(k, ',') || doc.IsChar(k, ';') || (context.IsCueToken[k] && !doc.Is(k - 1, "to") && !(context.IsParticiple(k) && context.IsPreposition(k - 1)))
                || (quoted && IsAdverbialOpener(doc, k) && k + 1 < objectEnd && IsSubjectStart(context, k + 1)))
            {
                return k;
            }

            // "The senator, calling the plan “a giveaway,” voted against it", "Warren, who called it “a giveaway,” voted …":
            // a quotation that closes on its comma before the main clause's past or finite verb ends a parenthetical object.
            if (quoted && k > t && ClosesQuoteOnComma(doc, k - 1) && doc.Tokens[k].IsWord && !doc.Tokens[k].IsCapitalized
                && (FiniteAuxiliaryLike(doc, k) || AttributionContext.IsPastForm(doc.Word(k))) && InParenthesis(t - 1))
            {
                return k;
            }
        }

        return objectEnd;

        // The cue opens a parenthesis after the subject: a participle after a comma, or a relative clause's verb.
        bool InParenthesis(int cue) =>
            cue > 0 && context.IsCueToken[cue] && ((context.IsParticiple(cue) && doc.IsChar(cue - 1, ',')) || doc.Word(cue - 1) is "who" or "which");
    }

    /// <summary>Most tokens from a comma to the "and" that closes a list of words inside an object: "a kind, loving and admirable person".</summary>
    private const int MaxWordListTokens = 6;

    /// <summary>
    /// The token after the "and"/"or" that closes a list of lower-case words running from the comma at
    /// <paramref name="comma"/> ("the angry, divisive and …", "covering up, delaying, and withholding …"), when a
    /// lower-case word stands before the comma and after the conjunction; null otherwise, and for any function word,
    /// cue, mention or quotation in the list ("…, which", "…, saying", "…, the mayor said").
    /// </summary>
    private static int? WordListContinues(AttributionContext context, int comma, int objectEnd)
    {
        var doc = context.Doc;
        if (!PlainWord(comma - 1))
        {
            return null;
        }

        int words = 0;
        for (int j = comma + 1; j < objectEnd && j - comma <= MaxWordListTokens; j++)
        {
            if (doc.IsChar(j, ',') && words > 0)
            {
                continue;
            }

            if (doc.Is(j, "and") || doc.Is(j, "or"))
            {
                return words > 0 && j + 1 < objectEnd && PlainWord(j + 1) ? j + 1 : null;
            }

            if (!PlainWord(j))
            {
                return null;
            }

            words++;
        }

        return null;

        bool PlainWord(int t) => t > 0 && doc.Tokens[t].IsWord && !doc.Tokens[t].IsCapitalized && !doc.InQuote(t) && !context.IsCueToken[t]
            && context.MentionStartingAt(t) is null && context.MentionEndingAt(t) is null && !context.IsPreposition(t) && !ClauseStarters.Contains(doc.Word(t))
            && !SubjectStarters.Contains(doc.Word(t)) && !FiniteAuxiliaryLike(doc, t) && !doc.Is(t, "which") && !doc.Is(t, "whom") && !doc.Is(t, "not") && !doc.Is(t, "and") && !doc.Is(t, "or") && !doc.Is(t, "but");
    }

    /// <summary>
    /// The end of an object's span that ends at <paramref name="objectEnd"/>, without the "and"/"but"/"or" that joins the
    /// subject's next verb ("described Hayes as quiet and said they …", "accused the government of “waste” and said …"):
    /// the joiner belongs to neither statement. A one-word object keeps it.
    /// </summary>
    private static int WithoutJoiner(AttributionContext context, int t, int objectEnd)
    {
        var doc = context.Doc;
        return objectEnd - 1 - t >= 2 && objectEnd < doc.Tokens.Length && context.IsCueToken[objectEnd] && doc.Word(objectEnd - 1) is "and" or "but" or "or" && !doc.InQuote(objectEnd - 1)
            ? objectEnd - 1 : objectEnd;
    }

    /// <summary>
    /// Where the name after the comma at <paramref name="comma"/> ends, when it goes on with an object: in apposition
    /// ("his rival, Ann Lee,") or in a list ("Tom Ruiz, Ann Lee and Sam Park", "…, and Sam Park"), with its party and
    /// state or place ("Sam Park (R-Ohio)", "Ann Lee of Ohio"), followed by a comma,
    /// "and" or the object's end; null otherwise, and when a cue follows it ("…, Ann Lee, a Democrat, said").
    /// </summary>
    private static int? NamedObjectContinues(AttributionContext context, int comma, int objectEnd)
    {
        var doc = context.Doc;
        int t = comma + 1;
        if (t < objectEnd && (doc.Is(t, "and") || doc.Is(t, "or")))
        {
            t++;
        }

        if (t >= objectEnd || context.MentionStartingAt(t) is not { Kind: MentionKind.Name, Possessive: false } name || name.EndToken > objectEnd)
        {
            return null;
        }

        // "Paul Ryan (R-Wis.), Sen. Ann Lee of Ohio and …": a party-and-state tag or "of" and a place goes with the name.
        int next = name.EndToken;
        if (next < objectEnd && CueAdjacencySieve.SkipPostModifiers(doc, next, doc.SentenceOfToken[next]) is int modified && modified <= objectEnd)
        {
            next = modified;
        }

        if (!(next == objectEnd || doc.IsChar(next, ',') || (doc.Is(next, "and") && next + 1 < objectEnd && doc.Tokens[next + 1].IsWord))
            || CueBefore(context, next, Math.Min(objectEnd, next + MaxAppositionTokens)))
        {
            return null;
        }

        // "his rival, Ann Lee, for the delay": a preposition after the apposition's closing comma goes on with the object;
        // so it does after the name's age ("his brother, Matt Lee, 47, of selling …").
        if (doc.IsChar(next, ',') && next + 3 < objectEnd && IsFigure(doc, next + 1) && doc.IsChar(next + 2, ',') && context.IsPreposition(next + 3))
        {
            return next + 3;
        }

        return doc.IsChar(next, ',') && next + 1 < objectEnd && context.IsPreposition(next + 1) ? next + 1 : next;
    }

    /// <summary>Verbs of what a career or a contest goes on to bring, not of speech: "went on to win the seat", "went on to serve as governor".</summary>
    private static readonly WordSet NarrativeVerbs = new[]
    {
        "win", "lose", "lead", "serve", "build", "become", "defeat", "beat", "found", "run", "play", "earn", "join", "work", "spend", "hold",
        "star", "graduate", "head", "establish", "create", "produce", "sell", "buy", "launch", "score", "finish", "capture", "carry", "dominate",
        "take", "make", "get", "have", "marry", "live", "die", "form", "open", "host", "direct", "start", "reach", "return", "pass",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Particles and prepositions that belong to the cue when they open its object: "called for", "spoke about", "pointed to", "lashed out at".</summary>
    private static readonly WordSet CueParticles = new[] { "for", "about", "to", "on", "with", "of", "against", "at", "out", "up", "in", "into", "over" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where the object a cue reports from <paramref name="t"/> starts: after the particles that make a phrasal cue
    /// ("called for a recount" reports "a recount", "lashed out at the press" reports "the press"), at most two, and
    /// only while a word of the object is left before <paramref name="end"/>.
    /// </summary>
    private static int ObjectStart(AttributionContext context, int t, int end)
    {
        var doc = context.Doc;
        int start = t;
        while (start - t < 2 && start + 1 < end && doc.Tokens[start].IsWord && !doc.InQuote(start) && CueParticles.Contains(doc.Word(start))
            && (doc.Tokens[start + 1].IsWord || IsFigure(doc, start + 1) || doc.InQuote(start + 1)))
        {
            start++;
        }

        return start;
    }

    /// <summary>Words after a comma that go on with an object by naming examples of it: "…, including …", "…, especially …".</summary>
    private static readonly WordSet ObjectExampleOpeners = new[] { "including", "especially", "particularly", "notably", "such", "like" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions of concession or circumstance that open a statement's own adjunct ("despite …, she will …"), not the time or place of the saying.</summary>
    private static readonly WordSet StatementAdjunctPrepositions = new[] { "despite", "unlike", "without", "given", "amid", "regardless", "notwithstanding" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tokens in an adjunct that opens a reported statement before its comma.</summary>
    private const int MaxFrontedAdjunctTokens = 12;

    /// <summary>
    /// Whether the words at <paramref name="t"/> are a concessive or circumstantial adjunct ending in a comma before the
    /// subject of a clause: "(says) despite being a Stanford alumna, she plans to root for Iowa".
    /// </summary>
    private static bool FrontedAdjunctOpensClause(AttributionContext context, Sentence sentence, int t)
    {
        var doc = context.Doc;
        if (t >= sentence.End || !doc.Tokens[t].IsWord || !StatementAdjunctPrepositions.Contains(doc.Word(t)))
        {
            return false;
        }

        for (int k = t + 1; k < sentence.End && k - t <= MaxFrontedAdjunctTokens; k++)
        {
            if (doc.InQuote(k) || context.IsCueToken[k])
            {
                return false;
            }

            if (doc.IsChar(k, ','))
            {
                return k + 1 < sentence.End && (IsSubjectStart(context, k + 1) || IsDeterminedSubjectWithVerb(context, sentence, k + 1));
            }
        }

        return false;
    }

    /// <summary>Cues of commitment whose infinitive is what was committed to: "vowed to repeal …", "agreed to pay …".</summary>
    private static readonly WordSet CommitmentVerbs = new[] { "vow", "pledge", "promise", "threaten", "agree", "offer", "swear", "claim", "propose", "decide" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for what a speaker issues: "a statement saying …" speaks for the one who issued it.</summary>

    private static readonly WordSet SubjectStarters = new[] { "he", "she", "it", "they", "we", "i", "you", "there" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public List<ReportedSpeech> Detect(AttributionContext context, IReadOnlyList<QuoteUnit> quotes, CancellationToken cancellationToken)
        => Detect(context, quotes, [], [], cancellationToken);

    /// <summary>
    /// As <see cref="Detect(AttributionContext, IReadOnlyList{QuoteUnit}, CancellationToken)"/>, adding the reported
    /// speech to <paramref name="result"/>, which is returned, and keeping the cues the direct quotes use in
    /// <paramref name="usedCues"/>; both are emptied first (lists kept for the thread's next document). The mentions
    /// made for relative pronouns ("who said …") come from <paramref name="recycled"/> when given.
    /// </summary>
    public List<ReportedSpeech> Detect(AttributionContext context, IReadOnlyList<QuoteUnit> quotes, List<ReportedSpeech> result, HashSet<int> usedCues, CancellationToken cancellationToken, Recycler<Mention>? recycled = null)
    {
        t_recycled = recycled;
        try
        {
            return DetectAll(context, quotes, result, usedCues, cancellationToken);
        }
        finally
        {
            t_recycled = null;
        }
    }

    /// <summary>Where <see cref="RelativeSubject"/> takes its mention objects during a <see cref="Detect(AttributionContext, IReadOnlyList{QuoteUnit}, List{ReportedSpeech}, HashSet{int}, CancellationToken, Recycler{Mention}?)"/> call; new ones when null.</summary>
    [ThreadStatic]
    private static Recycler<Mention>? t_recycled;

    private static List<ReportedSpeech> DetectAll(AttributionContext context, IReadOnlyList<QuoteUnit> quotes, List<ReportedSpeech> result, HashSet<int> usedCues, CancellationToken cancellationToken)
    {
        var doc = context.Doc;
        result.Clear();
        usedCues.Clear();

        // Cues already used by direct quotes beside them belong to those quotes; a cue further before its quote first
        // reports a clause of its own ("Sanders said the process could be messy, adding, “…”").
        for (int qi = 0; qi < quotes.Count; qi++) // by index: a foreach over the interface would box the list's enumerator
        {
            var q = quotes[qi];
            if (q.Decision?.Cue is { } cue && q.Span.Role == QuoteRole.Direct
                && (cue.Start > q.Span.Extent.Start || q.Span.Extent.Start - cue.End <= MaxCueGapBeforeQuote))
            {
                usedCues.Add(cue.Start);
            }
        }

        int lastEnd = -1;
        var isCueToken = context.IsCueToken; // read once: the loop below reads it for every token it visits

        // Most tokens open nothing: only a sentence's first token and the context's statement tokens (a cue, a colon,
        // "according", "asked" or a word before "that"/"to", a claim noun) are looked at, in order.
        var candidates = context.StatementTokens;
        int next = 0;
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = doc.Sentences[s];
            for (int t = sentence.First; t < sentence.End; t = NextCandidate(candidates, ref next, t))
            {
                Diagnostics.WorkCounter.Add(Diagnostics.WorkKind.Tokens);
                bool cue = isCueToken[t];
                ReportedSpeech? found = null;
                if (t == sentence.First && t == doc.ParagraphFirstToken[sentence.Paragraph] && SpeakerLabel(context, sentence) is { } labelled)
                {
                    found = labelled;
                }
                else if (t == doc.ParagraphFirstToken[sentence.Paragraph] && MentionFinder.IsTranscriptMarker(doc, t) && TranscriptTurn(context, sentence, t) is { } turn)
                {
                    found = turn;
                }
                else if (doc.Is(t, "according") && doc.Is(t + 1, "to") && !doc.InQuote(t))
                {
                    found = AccordingTo(context, sentence, t);
                }
                else if (doc.Is(t, "In") && t == SkipDateline(doc, sentence) && PollOpening(context, sentence, t) is { } poll)
                {
                    found = poll;
                }
                else if (!cue && doc.Is(t, "asked") && t > sentence.First && !doc.InQuote(t)
                    && (doc.Is(t - 1, "was") || doc.Is(t - 1, "were") || doc.Is(t - 1, "been") || doc.Is(t - 1, "is") || doc.Is(t - 1, "are")))
                {
                    // "Clinton was asked whether …": the passive is no cue of the one asked, but the question is reported.
                    found = AskedQuestion(context, sentence, t);
                }
                else if (doc.IsChar(t, ':') && t > sentence.First && !doc.InQuote(t))
                {
                    found = ColonStatement(context, sentence, t);
                }
                else if (!cue && t > sentence.First && t + 2 < sentence.End && (doc.Is(t + 1, "that") || doc.Is(t + 1, "to"))
                    && (ClaimNouns.Contains(doc.Word(t)) || (doc.Is(t + 1, "that") && (ThatClaimNouns.Contains(doc.Word(t)) || OwnerlessThatNouns.Contains(doc.Word(t))))) && !doc.InQuote(t))
                {
                    found = ClaimOfPossessor(context, sentence, t);
                }
                else if (!cue && t > sentence.First && t + 2 < sentence.End && doc.Is(t + 1, "to") && RefusalVerbs.Contains(doc.Word(t)) && !doc.InQuote(t))
                {
                    found = Refusal(context, sentence, t);
                }
                else if (!cue && t > sentence.First && t + 2 < sentence.End && doc.Is(t + 1, "to") && ReferenceVerbs.Contains(doc.Word(t)) && !doc.InQuote(t))
                {
                    found = Reference(context, sentence, t);
                }
                else if (t > sentence.First + 1 && t + 3 < sentence.End && doc.Is(t + 1, "that") && !doc.InQuote(t) && ImpersonalReport(context, sentence, t + 1) is { } impersonal)
                {
                    found = impersonal;
                }
                else if (!cue && t > sentence.First + 2 && t + 1 < sentence.End && doc.Is(t, "by") && !doc.InQuote(t))
                {
                    found = PassiveReport(context, sentence, t);
                }
                else if (!cue && t > sentence.First + 1 && t + 2 < sentence.End && doc.Is(t + 1, "that") && doc.Is(t, "clear") && !doc.InQuote(t))
                {
                    found = MadeClear(context, sentence, t);
                }
                else if (t > sentence.First + 1 && t + 2 < sentence.End && doc.Is(t, "expected") && doc.Is(t + 1, "to") && !doc.InQuote(t)
                    && Expectation(context, sentence, t) is { } expected)
                {
                    found = expected;
                }
                else if (!cue && context.Options.IncludeThoughtVerbs && t > sentence.First && t + 2 < sentence.End && (doc.Is(t + 1, "to") || doc.Is(t + 1, "that"))
                    && AppearanceVerbs.Contains(doc.Word(t)) && !doc.InQuote(t))
                {
                    found = Appearance(context, sentence, t);
                }
                else if (cue)
                {
                    // A cue that a direct quote before it already uses ("“…,” Putin said") has no trailing statement.
                    bool used = usedCues.Contains(doc.Tokens[t].Start);
                    found = (used ? null : Trailing(context, sentence, t) ?? AsAttribution(context, sentence, t)) ?? Forward(context, sentence, t, requireThat: used);
                }

                if (found is { } overlapping && overlapping.Parts[0].Start < lastEnd && !ReplacesEnclosed(doc, result, overlapping))
                {
                    found = LastClauseAfter(doc, overlapping, lastEnd);
                }

                if (found is not { } candidate)
                {
                    continue;
                }

                // "The mayor said “It ends here and we go home": a mark the scanner left unpaired opens a quotation that
                // never closes; a statement over it is garbage (issue 4: report nothing rather than garbage).
                if (HasStrayMark(doc, candidate))
                {
                    continue;
                }

                if (TrimDirectQuotes(doc, candidate) is { } trimmed)
                {
                    result.Add(trimmed);
                    lastEnd = Math.Max(lastEnd, trimmed.Content.End);
                }
            }
        }

        return result;
    }

    /// <summary>The first of <paramref name="candidates"/> after token <paramref name="t"/> (from index <paramref name="next"/> on, which moves past the ones skipped), or <see cref="int.MaxValue"/> when none is left.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int NextCandidate(ReadOnlySpan<int> candidates, ref int next, int t)
    {
        int i = next;
        while (i < candidates.Length && candidates[i] <= t)
        {
            i++;
        }

        next = i;
        return i < candidates.Length ? candidates[i] : int.MaxValue;
    }

    /// <summary>
    /// A trailing attribution whose statement overlaps an earlier one ("Lee praised the plan, and won 77 percent of the
    /// vote, according to exit polls."): the clause that opens after a comma past <paramref name="lastEnd"/> is what it
    /// reports ("won 77 percent of the vote"), a joining "and"/"but" aside. Null for any other statement, or when no such
    /// clause of three tokens or more is left.
    /// </summary>
    private static ReportedSpeech? LastClauseAfter(DocumentIndex doc, ReportedSpeech found, int lastEnd)
    {
        bool trailing = found.Sieve == "TrailingAttributionSieve" || (found.Sieve == "AccordingToSieve" && found.Cue.Start > found.Parts[0].End);
        if (!trailing || found.Parts.Count > 1 || found.Parts[0].End <= lastEnd)
        {
            return null;
        }

        int end = doc.TokenAtOrAfter(found.Parts[0].End);
        int k = doc.TokenAtOrAfter(lastEnd, end); // lastEnd lies before the part's end: search back from there
        while (k < end && !(doc.IsChar(k, ',') && !doc.InQuote(k)))
        {
            k++;
        }

        // Only a clause opens there: after "and"/"but", a relative pronoun or a participle ("…, alleging that …"); a
        // list ("El Salvador, Guatemala and Honduras") or an apposition goes on with the earlier statement.
        int start = k + 1;
        bool joined = start < end && (doc.Is(start, "and") || doc.Is(start, "but"));
        if (joined)
        {
            start++;
        }

        if (end - start < 3 || !doc.Tokens[start].IsWord
            || !(joined || doc.Is(start, "which") || doc.Is(start, "who") || (doc.Word(start).EndsWith("ing", StringComparison.Ordinal) && !doc.Tokens[start].IsCapitalized)))
        {
            return null;
        }

        return found with { Parts = new TextSpanList(new TextSpan(doc.Tokens[start].Start, found.Parts[0].End)) };
    }

    /// <summary>
    /// A trailing attribution ("…, the report said.", "…, according to Reuters.") over a statement that holds a cue of
    /// its own ("A witness said the head of IT lied, the report said."): the statement the trailing attribution reports
    /// is the whole clause, so it replaces the earlier statements of that clause (which ran into the attribution).
    /// False, and nothing removed, when <paramref name="found"/> is no trailing attribution or does not enclose them.
    /// </summary>
    private static bool ReplacesEnclosed(DocumentIndex doc, List<ReportedSpeech> result, ReportedSpeech found)
    {
        bool trailing = found.Sieve == "TrailingAttributionSieve" || (found.Sieve == "AccordingToSieve" && found.Cue.Start > found.Parts[0].End);
        if (!trailing)
        {
            return false;
        }

        int outerStart = found.Parts[0].Start, cut = found.Parts[0].End;
        int i = result.Count - 1;
        while (i >= 0 && result[i].Content.End > outerStart)
        {
            i--;
        }

        if (i == result.Count - 1)
        {
            return false;
        }

        for (int k = i + 1; k < result.Count; k++)
        {
            if (result[k].Content.Start < outerStart || result[k].Content.Start >= cut || result[k].Parts.Count > 1)
            {
                return false;
            }
        }

        // "Spokesman Yahya Saree said the group would …, according to a statement carried by …": a named speaker's own
        // cue inside the clause says who speaks; the document it came through reports no statement of its own ("…,
        // according to The New York Times" reports the whole clause, cue and all).
        if (found.Sieve == "AccordingToSieve" && found.Speaker is { Head: { } channel } && AttributionContext.DocumentNouns.Contains(channel) && i + 2 == result.Count
            && result[i + 1] is { Sieve: "ReportedSpeechCueSieve", Speaker.Kind: MentionKind.Name } inner)
        {
            if (inner.Content.End > cut)
            {
                result[i + 1] = inner with { Parts = new TextSpanList(new TextSpan(inner.Content.Start, TrimEnd(doc.Text, inner.Content.Start, cut))) };
            }

            return false;
        }

        // "Lee praised the plan, and won 77 percent of the vote, according to exit polls": a clause of its own after the
        // enclosed statement is all the trailing attribution reports (see LastClauseAfter).
        if (LastClauseAfter(doc, found, result[^1].Content.End) is not null)
        {
            return false;
        }

        result.RemoveRange(i + 1, result.Count - i - 1);

        return true;
    }

    /// <summary>"said (that) …", "told X (that) …", "warned that …": the clause after the cue.</summary>
    private static ReportedSpeech? Forward(AttributionContext context, Sentence sentence, int cue, bool requireThat)
    {
        var doc = context.Doc;
        var word = doc.Word(cue);
        if (word.Equals("asked", StringComparison.OrdinalIgnoreCase) && (cue == SkipDateline(doc, sentence)
            || (cue > sentence.First && (Subordinators.Contains(doc.Word(cue - 1)) || doc.Is(cue - 1, "was") || doc.Is(cue - 1, "were") || doc.Is(cue - 1, "being")))))
        {
            return AskedQuestion(context, sentence, cue);
        }

        // "who asked not to be named", "requested not to be identified": a condition of anonymity, no statement.
        if (doc.Is(cue + 1, "not") && doc.Is(cue + 2, "to") && doc.Is(cue + 3, "be") && context.Lexicon.SpeechVerbs.TryGetValue(word, out var asking) && asking is "ask" or "request")
        {
            return null;
        }

        // "went on to win the seat" reports nothing; "went on to call Cruz “the worst”" reports the act; "went on to say
        // that …" leaves the statement to "say".
        if (doc.Is(cue + 1, "on") && doc.Is(cue + 2, "to") && word is "went" or "goes" or "go" or "going" or "gone" or "Went" or "Goes")
        {
            int v = cue + 3;
            while (v < sentence.End && context.IsAdverb(v))
            {
                v++;
            }

            if (v >= sentence.End || NarrativeVerbs.Contains(doc.Word(v))
                || (context.Lexicon.SpeechVerbs.TryGetValue(doc.Word(v), out var next) && next is "say" or "tell" or "add"))
            {
                return null;
            }
        }

        var lemma = context.Lexicon.SpeechVerbs.TryGetValue(word, out var l) ? l : context.Lexicon.ThoughtVerbs.TryGetValue(word, out var thought) ? thought : word.ToString();
        bool participle = context.IsParticiple(cue); // "saying", "calling": asked about throughout
        // "…, citing low growth", "…, calling for a recount": a participle after a comma reports its object for the main
        // clause's subject when the verb takes no clause.
        // "with O’Malley calling Trump a fascist", "…, calling them rapists and vowing to …": so does a participle right
        // after its subject, or one coordinated with a participle cue before it.
        bool participleObject = participle && cue > sentence.First && !ClausalVerbs.Contains(lemma)
            && (doc.IsChar(cue - 1, ',') || CommaBeforeParticiple(context, sentence, cue) || context.MentionEndingAt(cue - 1) is { Possessive: false, Type: not EntityType.Place } || CoordinatedParticiple(context, sentence, cue));
        // "saying the positives would outweigh …": "say" takes a clause whatever its subject; "telling Xi he …": an
        // addressee verb names its addressee first.
        bool clauseFollows = cue + 1 < sentence.End && ClausalVerbs.Contains(lemma)
            && (AddresseeVerbs.Contains(lemma)
                ? context.MentionStartingAt(cue + 1) is { Possessive: false } || doc.Word(cue + 1) is "him" or "her" or "them" or "us" or "me" or "reporters"
                : IsSubjectStart(context, cue + 1) || (lemma == "say" && IsClauseStart(context, cue + 1) && !NoClauseAfterSay(doc, cue + 1))
                    || (doc.IsChar(cue - 1, ',') && BareClauseFollows(context, sentence, cue + 1)));
        // "…, citing low growth", "…, noting the drop in jobs": a verb that may take a clause reports its object when
        // no clause follows ("say", "tell", "add" and "ask" report no bare noun phrase).
        if (!participleObject && !clauseFollows && participle && cue > sentence.First && doc.IsChar(cue - 1, ',')
            && ClausalVerbs.Contains(lemma) && !doc.Is(cue + 1, "that") && lemma is not ("say" or "tell" or "add" or "ask") && !AddresseeVerbs.Contains(lemma))
        {
            participleObject = true;
        }

        // "…, testifying before the committee, …", "…, speaking at a rally": a participle whose object is a place or a
        // time says where or when it spoke, not what.
        // "saying on CNN that …" keeps its clause.
        if (participleObject && !clauseFollows && cue + 1 < sentence.End && SettingPrepositions.Contains(doc.Word(cue + 1))
            && !ThatFollows(doc, cue + 2, Math.Min(sentence.End, cue + 16)))
        {
            return null;
        }

        // "Clinton is calling for …", "Cruz has been praising …": a progressive is a finite verb.
        bool progressive = participle && IsProgressive(context, sentence, cue);
        if (participle && !doc.Is(cue + 1, "that") && !participleObject && !clauseFollows && !progressive)
        {
            return null; // "calling the leader a friend": a participle without a clause; "saying he would …" has one
        }

        // "…, said Ohio State professor Ann Lee.", "“…,” said a source close to the campaign": after a comma or a closing
        // quotation mark the words after a cue that takes a clause are its inverted subject, not a statement ("…, criticized
        // Truman's strategy" reports its object).
        if (!participle && ClausalVerbs.Contains(lemma) && InvertedSubjectOnly(context, sentence, cue))
        {
            return null;
        }

        // Without a speaker mention ("Twenty-four percent said …") the statement is still reported, unattributed.
        // "Cook declined to say …", "Clinton is continuing to insist …": the clause's subject stands further left.
        var relative = RelativeSubject(context, sentence, cue, out var antecedentPhrase);
        TextSpan? chainPhrase = null;
        var chained = relative is null ? RelativeClauseSubject(context, sentence, cue, out chainPhrase) : null;
        // "about Pope Francis calling Christmas a sham": a participle's subject is the name right before it, even after a preposition.
        var adjacent = participle && !progressive && context.MentionEndingAt(cue - 1) is { Possessive: false, Type: not EntityType.Place } named
            && named.Kind == MentionKind.Name ? named : null;
        var subject = relative ?? chained ?? adjacent ?? (chainPhrase is null ? context.SubjectOfCue(cue, allowInverted: false, out _) : null) ?? (SubjectIsFurtherLeft(context, sentence, cue) ? context.MainClauseSubject(SkipDateline(doc, sentence), cue) : null);
        // "While saying he respects her, Sanders …", "Whenever asked about it, they …": a participle opening the
        // sentence after a subordinator has the main clause's subject, after the comma that ends the clause.
        // So does one that opens the sentence: "Noting that the plant had closed, Lee said …".
        bool openingClause = subject is null && ((cue - 1 == sentence.First && Subordinators.Contains(doc.Word(cue - 1))) || (cue == sentence.First && participle));
        if (openingClause)
        {
            subject = MainSubjectAfterClause(context, sentence, cue);
        }

        // "Three regional papers, including the Valley Herald, said …": an unnamed subject before a parenthetical.
        int subjectEnd = cue;
        if (subject is null && cue > sentence.First && doc.IsChar(cue - 1, ',') && OpeningComma(doc, sentence, cue - 1) is int opening)
        {
            subjectEnd = opening;
        }

        if (subject is null && (openingClause || subjectEnd == sentence.First || !(doc.Tokens[subjectEnd - 1].IsWord || IsFigure(doc, subjectEnd - 1) || EndsMarkedName(doc, subjectEnd - 1))))
        {
            return null;
        }

        // "75 percent said yes", "after half said so", "26 percent said the same", "Flake said he would.": an answer or
        // an elided clause is the whole statement.
        if (lemma == "say" && !participle && ShortAnswerEnd(context, sentence, cue + 1) is int answerEnd)
        {
            var answer = Make(doc, [new TextSpan(doc.Tokens[cue + 1].Start, doc.Tokens[answerEnd - 1].End)], cue, subject, "ReportedSpeechCueSieve", 0.6, "“say” with a short answer or an elided clause") with { ShortAnswer = true };
            return subject is null ? answer with { SpeakerPhrase = chainPhrase ?? SubjectPhrase(context, sentence, subjectEnd), Confidence = 0.5 }
                : relative is { Entity: < 0 } ? answer with { SpeakerPhrase = antecedentPhrase, Confidence = 0.5 }
                : answer;
        }

        int t = cue + 1;
        // "vowed to repeal the law", "promised to campaign across the country": the commitment is the infinitive; so is
        // the hope of "hopes to win the seat" (a cue before "to" even without thought verbs, AttributionContext).
        bool committed = (CommitmentVerbs.Contains(lemma) || doc.Is(cue, "hopes")) && doc.Is(t, "to") && t + 1 < sentence.End
            && ((doc.Tokens[t + 1].IsWord && !doc.Tokens[t + 1].IsCapitalized && !ClauseStarters.Contains(doc.Word(t + 1)) && !context.IsPreposition(t + 1)
                    && context.MentionStartingAt(t + 1) is null && !doc.InQuote(t + 1))
                || QuotedInfinitiveFollows(doc, sentence, t + 1));
        if (AddresseeVerbs.Contains(lemma) && !committed)
        {
            if (context.MentionStartingAt(t) is { } addressee)
            {
                // "told a Senate panel Wednesday that …": the mention may be only the start of the addressee's phrase.
                t = Math.Max(addressee.EndToken, DeterminedAddresseeEnd(doc, sentence, t) ?? 0);
            }
            else if (t < sentence.End && doc.Tokens[t].IsWord && !doc.Is(t, "that") && !(context.IsPreposition(t) && ThatFollows(doc, t + 1, Math.Min(sentence.End, t + 8))))
            {
                t = AfterUnnamedAddressee(doc, sentence, t); // "told reporters", "told him"; not "warned after the storm that …"
            }
        }

        // "Court told driver was using phone …", "Inquest told nurse had raised concerns": a headline's passive, whose
        // noun before "told" is the listener; a finite verb right after the supposed addressee makes it the clause's
        // subject. The clause is reported without a speaker.
        bool listenerBefore = word is "told" && t == cue + 2 && t < sentence.End && doc.Tokens[t].IsWord && AttributionContext.IsFiniteAuxiliaryWord(doc.Word(t))
            && cue > sentence.First && !AttributionContext.IsFiniteAuxiliaryWord(doc.Word(cue - 1)) && !doc.Tokens[cue + 1].IsCapitalized;
        if (listenerBefore)
        {
            t = cue + 1;
        }

        // "said Monday that …", "told reporters last week the …": a bare time adjunct belongs to neither the cue nor the clause.
        t = AfterTimeAdjunct(doc, sentence, t);

        // "pointed out that …", "found out that …": the particle belongs to the cue.
        if (t == cue + 1 && doc.Is(t, "out") && doc.Is(t + 1, "that") && !doc.InQuote(t))
        {
            t++;
        }

        // "told Christie to get on a plane": after the addressee, an infinitive is what the speaker asked for.
        bool infinitive = AddresseeVerbs.Contains(lemma) && t > cue + 1 && t + 1 < sentence.End && doc.Is(t, "to") && doc.Tokens[t + 1].IsWord
            && !ClauseStarters.Contains(doc.Word(t + 1)) && !context.IsPreposition(t + 1) && context.MentionStartingAt(t + 1) is null;

        // Adjuncts before the clause: "on Friday", "in a statement", "after the talks", "by video link".
        int thatAt = -1;
        for (int k = t; k < Math.Min(sentence.End, t + 12); k++)
        {
            // "pointed to his record, noting that …": the "that" of a later cue is not this one's; a statement noun in
            // the adjunct is none ("warned in a statement that …").
            if (doc.InQuote(k) || (k > t && context.IsCueToken[k] && !(context.IsPreposition(t) && k - t <= 3 && IsDeterminerWord(doc, k - 1))))
            {
                break;
            }

            if (doc.Is(k, "that"))
            {
                thatAt = k;
                break;
            }
        }

        int start;
        if (infinitive || committed)
        {
            start = t;
        }
        else if (thatAt >= 0 && (thatAt == t || IsAdjunct(context, t, thatAt)))
        {
            start = thatAt + 1;
        }
        else if (requireThat || lemma == "maintain")
        {
            // "maintained that …" reports; "maintained his lead" does not.
            return null;
        }
        else if (!ClausalVerbs.Contains(lemma) || (participleObject && !clauseFollows))
        {
            // "criticized the plan as reckless", "called the deal a disaster": what the cue reports is its object and
            // what follows, when a named speaker makes it and no quotation is involved.
            // "Advocates in the transgender community called for his dismissal": an unnamed subject right before the
            // cue speaks too, described by its phrase.
            var objectPhrase = subject is null && AttributionContext.IsPastForm(word) && subjectEnd == cue && !doc.Is(cue + 1, "by") && IsGroupNoun(context, cue - 1)
                ? chainPhrase ?? SubjectPhrase(context, sentence, cue) : null;
            // "declined to comment and aides said …": a conjunction after the cue opens no object.
            if ((subject is null && objectPhrase is null) || (participle && !participleObject && !progressive) || t >= sentence.End || !doc.Tokens[t].IsWord || doc.InQuote(t)
                || ((doc.Is(t, "and") || doc.Is(t, "but")) && CueBefore(context, t + 1, Math.Min(sentence.End, t + MaxJoinedSubjectTokens)))
                || (lemma is "speak" or "talk" && !SpeaksOfSomething(context, sentence, t))
                || lemma == "quote") // "quoted Merz as saying: …": the quoted person speaks, not the one who quotes
            {
                return null;
            }

            // The object ends at the clause's end: a comma, a semicolon, another finite cue ("Xi, who called Putin a
            // friend, said …") or an adverbial clause ("called each other friends as they …"). A cue in an infinitive
            // ("efforts to counter …") belongs to the object.
            int objectEnd = ObjectEnd(context, sentence, t);

            // "criticized his remarks", "denied the allegations": two words make an object when a named speaker's
            // finite cue has them and they open with a possessive or "the".
            bool shortObject = objectEnd - t == 2 && subject is not null && AttributionContext.IsPastForm(word) && !doc.Tokens[t + 1].IsCapitalized
                && (MentionFinder.IsPossessive(doc.Word(t)) || doc.Word(t) is "the" or "his" or "her" or "their" or "its" or "our" or "my");
            if (objectEnd - t < 3 && !shortObject)
            {
                return null;
            }

            int objectStart = ObjectStart(context, t, objectEnd);
            var objectParts = new TextSpanList(new TextSpan(doc.Tokens[objectStart].Start, doc.Tokens[WithoutJoiner(context, objectStart, objectEnd) - 1].End));
            var reportedObject = Make(doc, objectParts, cue, subject, "ReportedSpeechCueSieve", 0.6, "speech cue with what it reports as its object");
            return subject is null ? reportedObject with { SpeakerPhrase = objectPhrase, Confidence = 0.5 } : reportedObject;
        }
        else if (OpensPartialQuoteClause(doc, sentence, t))
        {
            start = t; // "said “it gets me mad” every time …": the clause begins with a quoted fragment
        }
        else if ((t < sentence.End && IsClauseStart(context, t)) || (IsFigure(doc, t) && t + 1 < sentence.End && doc.Tokens[t + 1].IsWord && !doc.InQuote(t))
            || OpensQuantity(doc, sentence, t)
            || (t < sentence.End && doc.Tokens[t].IsWord && !context.IsPreposition(t) && !doc.Is(t, "to") && !doc.Is(t, "so") && !doc.Is(t, "yes") && !doc.Is(t, "no")))
        {
            start = t;
        }
        else if (FrontedAdjunctOpensClause(context, sentence, t))
        {
            start = t; // "says despite being an alumna, she will root for the other side": the adjunct is the speaker's
        }
        else if (ReplyVerbs.Contains(lemma) && t == cue + 1 && t < sentence.End && doc.Word(t) is "on" or "with" or "about" && t + 1 < sentence.End && !TimeWords.Contains(doc.Word(t + 1))
            && IsRestrictiveRelative(doc, subject))
        {
            // "Two senators who rarely agree on anything joined forces …": a reply's preposition opens its complement, and
            // in a restrictive relative clause that runs into the main clause's verb, where no words tell it ends.
            return null;
        }
        else
        {
            start = t;
            while (start < sentence.End && context.IsPreposition(start))
            {
                // Skip one prepositional phrase: the preposition and the words up to a clause starter.
                int k = start + 2;
                while (k < sentence.End && k - start <= 6 && doc.Tokens[k].IsWord && !IsClauseStart(context, k) && !doc.InQuote(k))
                {
                    k++;
                }

                // "said in a statement Thursday night it …": a day or a time ends the phrase and belongs to it.
                start = AfterTimeAdjunct(doc, sentence, k);
                if (start < sentence.End && doc.IsChar(start, ','))
                {
                    start++;
                }
            }

            // After adjuncts, only a clear subject opens the clause: "said on Friday he was …", "said on Monday the deal
            // was done" (a determined noun phrase with a finite verb after it, as wire copy writes without "that").
            if (start >= sentence.End || !(IsSubjectStart(context, start) || IsDeterminedSubjectWithVerb(context, sentence, start)))
            {
                // "did not respond to a request for comment", "agreed with the analysis": a reply's object is what it answers.
                // "asked for proof of citizenship": a request names what it asks for.
                // "wrote about the visit", "warned of a recession": what the words were about.
                bool answers = ReplyVerbs.Contains(lemma) || (lemma == "ask" && doc.Is(cue + 1, "for")) || doc.Is(cue + 1, "about")
                    || (doc.Is(cue + 1, "of") && lemma is "warn" or "write" or "complain" or "boast");
                return answers ? ReplyObject(context, sentence, cue, subject) : null;
            }
        }

        int end = NextAttributionEnd(context, sentence, start, CoordinatedCueEnd(context, start, ContentEnd(context, sentence, start), cue), relative is not null);
        if (openingClause && subject is not null && subject.FirstToken > start && subject.FirstToken - 1 < end)
        {
            end = subject.FirstToken - 1; // the comma that closes the opening clause
        }
        else if (subject is not null && SkipDateline(doc, sentence) is var first && OpeningConjunctions.Contains(doc.Word(first)) && subject.FirstToken > first && subject.FirstToken - first <= 3)
        {
            end = OpeningClauseEnd(context, sentence, start, end); // "While he's said he will fight on, Sanders must decide …"
        }

        if (end - start < 3)
        {
            return null;
        }

        var parts = new TextSpanList(new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End));
        var made = Make(doc, parts, cue, subject, "ReportedSpeechCueSieve", 0.8, "speech cue followed by the reported clause");
        if (listenerBefore)
        {
            return made with { Speaker = null, SpeakerPhrase = null, Confidence = 0.5, Reason = "a headline's passive “told”: the noun before it is the listener" };
        }

        return subject is null ? made with { SpeakerPhrase = chainPhrase ?? SubjectPhrase(context, sentence, subjectEnd), Confidence = 0.6 }
            : relative is { Entity: < 0 } ? made with { SpeakerPhrase = antecedentPhrase, Confidence = 0.6 }
            : made;
    }

    /// <summary>Whether the subject is a relative pronoun without a comma before it: "senators who rarely agree …".</summary>
    private static bool IsRestrictiveRelative(DocumentIndex doc, Mention? subject) =>
        subject is not null && subject.EndToken == subject.FirstToken + 1 && doc.Word(subject.FirstToken) is "who" or "that" or "which"
        && !doc.IsChar(subject.FirstToken - 1, ',');

    /// <summary>
    /// What a cue of reply or of a topic answers, as its prepositional object: "did not respond to a request for
    /// comment", "agreed with the analysis", "warned of a recession". Null without a named subject or when the object is
    /// shorter than three tokens.
    /// </summary>
    private static ReportedSpeech? ReplyObject(AttributionContext context, Sentence sentence, int cue, Mention? subject)
    {
        var doc = context.Doc;
        if (subject is null || !context.IsPreposition(cue + 1))
        {
            return null;
        }

        int replyEnd = ObjectEnd(context, sentence, cue + 1);
        if (replyEnd - cue - 1 < 3)
        {
            return null;
        }

        int replyStart = ObjectStart(context, cue + 1, replyEnd);
        var reply = new TextSpanList(new TextSpan(doc.Tokens[replyStart].Start, doc.Tokens[WithoutJoiner(context, replyStart, replyEnd) - 1].End));
        return Make(doc, reply, cue, subject, "ReportedSpeechCueSieve", 0.6, "a reply with what it answers");
    }

    /// <summary>
    /// Whether a quotation opens at <paramref name="t"/> with the lower-case verb of an infinitive and the sentence goes on
    /// after it: "vowed to “take our fight” to the 35 states" commits to the whole infinitive, quoted words and all.
    /// </summary>
    private static bool QuotedInfinitiveFollows(DocumentIndex doc, Sentence sentence, int t)
    {
        if (t + 1 >= sentence.End || doc.Tokens[t].IsWord || doc.InQuote(t) || !doc.InQuote(t + 1) || !doc.Tokens[t + 1].IsWord || doc.Tokens[t + 1].IsCapitalized
            || ClauseStarters.Contains(doc.Word(t + 1)))
        {
            return false;
        }

        int k = t + 1;
        while (k < sentence.End && doc.InQuote(k))
        {
            k++;
        }

        // After the closing mark, a word of the sentence: the quotation is part of the infinitive, not all of it.
        return k + 1 < sentence.End && (doc.Tokens[k + 1].IsWord || IsFigure(doc, k + 1));
    }

    /// <summary>Most words of an adjunct between a comma and the participle it comes before: "…, at one point calling …".</summary>
    private const int MaxParticipleAdjunctTokens = 4;

    /// <summary>
    /// Whether the participle at <paramref name="cue"/> follows a comma that a quotation's closing mark encloses
    /// ("on “Morning Joe,” calling it …") or a comma and a short prepositional adjunct ("…, at one point calling the
    /// mayor a “liar”", "…, in a statement calling …"): like a participle right after a comma, it reports its object
    /// for the main clause's subject.
    /// </summary>
    private static bool CommaBeforeParticiple(AttributionContext context, Sentence sentence, int cue)
    {
        var doc = context.Doc;
        if (cue - 2 >= sentence.First && !doc.Tokens[cue - 1].IsWord && !doc.IsChar(cue - 1, ',') && doc.IsChar(cue - 2, ',') && doc.InQuote(cue - 2))
        {
            return true;
        }

        for (int k = cue - 1; k > sentence.First && cue - k <= MaxParticipleAdjunctTokens; k--)
        {
            if (doc.IsChar(k, ','))
            {
                return k + 1 < cue - 1 && !doc.InQuote(k) && context.IsPreposition(k + 1);
            }

            if (!doc.Tokens[k].IsWord || doc.InQuote(k) || context.MentionStartingAt(k) is not null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Barkley, who said …", "voters who say …", "the bank, which says …": a relative pronoun right before the cue
    /// (adverbs and auxiliaries aside) is its subject, and speaks for its antecedent. Returns the pronoun as a mention
    /// of the antecedent's entity, or null when no relative pronoun is the subject. Without an antecedent mention, the
    /// noun phrase before the pronoun ("those", "many voters") comes back in <paramref name="antecedentPhrase"/>.
    /// </summary>
    private static Mention? RelativeSubject(AttributionContext context, Sentence sentence, int cue, out TextSpan? antecedentPhrase)
    {
        antecedentPhrase = null;
        var doc = context.Doc;
        int t = cue - 1;
        while (t > sentence.First && context.IsAdverb(t))
        {
            t--;
        }

        // "Beck, who has in the past described …", "who last week called …": a time adjunct before the cue is skipped too.
        if (TimeAdjunctEndingAt(doc, sentence, t) is int adjunct)
        {
            t = adjunct - 1;
            while (t > sentence.First && context.IsAdverb(t))
            {
                t--;
            }
        }

        // "who declined to say", "who may have to decide": the pronoun is the subject of the verb governing the cue.
        for (int chain = 0; chain < 2 && t - 2 > sentence.First && doc.Is(t, "to") && doc.Tokens[t - 1].IsWord && !doc.Tokens[t - 1].IsCapitalized; chain++)
        {
            t -= 2;
            while (t > sentence.First && context.IsAdverb(t))
            {
                t--;
            }
        }

        if (t <= sentence.First || !(doc.Is(t, "who") || doc.Is(t, "which") || doc.Is(t, "that")) || doc.InQuote(t))
        {
            return null;
        }

        bool comma = doc.IsChar(t - 1, ',');
        int last = comma ? t - 2 : t - 1;
        if (last < sentence.First || !doc.Tokens[last].IsWord || context.IsCueToken[last] || (doc.Is(t, "that") && (comma || !IsNounLike(context, last))))
        {
            return null;
        }

        var antecedent = context.RelativeAntecedent(context.MentionEndingAt(last));
        if (antecedent is null)
        {
            antecedentPhrase = SubjectPhrase(context, sentence, comma ? t - 1 : t); // "the 10,000 people in the arena, who …"
        }

        return PronounOf(doc, sentence, t, antecedent);
    }

    /// <summary>Most tokens of a time adjunct between a relative pronoun and its cue: "in the past", "earlier this year".</summary>
    private const int MaxTimeAdjunctTokens = 4;

    /// <summary>
    /// Where a short time adjunct that ends at token <paramref name="t"/> starts: a preposition or "last"/"earlier" and,
    /// up to <paramref name="t"/>, a time word, a year or "past" ("in the past", "last week", "on Monday", "in 2015",
    /// "earlier this year"); null when the words there are none.
    /// </summary>
    private static int? TimeAdjunctEndingAt(DocumentIndex doc, Sentence sentence, int t)
    {
        if (t <= sentence.First || doc.InQuote(t) || !(doc.Tokens[t].IsWord || IsFigure(doc, t)))
        {
            return null;
        }

        bool timeEnd = doc.Is(t, "past") || TimeWords.Contains(doc.Word(t)) || TimeUnits.Contains(doc.Word(t))
            || (doc.Tokens[t].Kind == TokenKind.Number && doc.Tokens[t].Length == 4);
        if (!timeEnd)
        {
            return null;
        }

        for (int k = t - 1; k > sentence.First && t - k < MaxTimeAdjunctTokens; k--)
        {
            if (doc.Word(k) is "in" or "on" or "last" or "earlier" or "over" or "during")
            {
                return k;
            }

            if (!doc.Tokens[k].IsWord || doc.InQuote(k))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The pronoun at token <paramref name="t"/> as a mention of <paramref name="antecedent"/>'s entity (none when null).</summary>
    private static Mention PronounOf(DocumentIndex doc, Sentence sentence, int t, Mention? antecedent)
    {
        var pronoun = t_recycled?.Next() ?? new Mention();
        pronoun.Reset();
        pronoun.Index = antecedent?.Index ?? -1;
        pronoun.Kind = MentionKind.Pronoun;
        pronoun.Type = antecedent?.Type ?? EntityType.Unknown;
        pronoun.Span = doc.Tokens[t].Span;
        pronoun.FirstToken = t;
        pronoun.EndToken = t + 1;
        pronoun.Sentence = doc.SentenceOfToken[t];
        pronoun.Paragraph = sentence.Paragraph;
        pronoun.Head = MentionStrings.ForCurrentThread.GetLowerInvariant(doc.Word(t));
        pronoun.Plural = antecedent?.Plural ?? false;
        pronoun.Gender = antecedent?.Gender ?? default;
        pronoun.Entity = antecedent?.Entity ?? -1;
        return pronoun;
    }

    /// <summary>
    /// "Officials who spoke with the Post said …", "Hawkins and others who want to ban abortion said …": a relative
    /// clause without commas between the subject and its cue. The subject is the noun phrase before "who", not a word
    /// of the relative clause. Returns its mention, or null with the phrase in <paramref name="phrase"/> when no
    /// mention names it; null and no phrase when no such clause stands before the cue.
    /// </summary>
    private static Mention? RelativeClauseSubject(AttributionContext context, Sentence sentence, int cue, out TextSpan? phrase)
    {
        phrase = null;
        var doc = context.Doc;
        if (context.IsParticiple(cue) || (cue > sentence.First && doc.Is(cue - 1, "to")))
        {
            return null;
        }

        for (int w = cue - 2; w > sentence.First && cue - w <= 10; w--)
        {
            if (doc.InQuote(w) || doc.IsChar(w, ',') || !(doc.Tokens[w].IsWord || IsFigure(doc, w)) || context.IsCueToken[w]
                || doc.Is(w, "and") || doc.Is(w, "but") || doc.Is(w, "that") || IsAdverbialOpener(doc, w))
            {
                return null;
            }

            if (!doc.Is(w, "who"))
            {
                continue;
            }

            if (!(doc.Tokens[w - 1].IsWord || IsFigure(doc, w - 1)) || context.IsPreposition(w - 1))
            {
                return null;
            }

            if (context.RelativeAntecedent(context.MentionEndingAt(w - 1)) is { } m && context.CanSpeak(m))
            {
                return m;
            }

            phrase = SubjectPhrase(context, sentence, w);
            return null;
        }

        return null;
    }

    /// <summary>
    /// Whether the cue's subject stands further left than the words before it: the cue is an infinitive ("declined to
    /// say") or follows a comma. A noun right before a finite cue is its subject ("sources say", "polls show"),
    /// even when it is no mention.
    /// </summary>
    private static bool SubjectIsFurtherLeft(AttributionContext context, Sentence sentence, int cue)
    {
        int t = cue - 1;
        while (t > sentence.First && context.IsAdverb(t))
        {
            t--;
        }

        var doc = context.Doc;
        if (t < sentence.First || !(doc.Tokens[t].IsWord || IsFigure(doc, t)) || context.IsPreposition(t) || context.IsParticiple(cue))
        {
            return true; // "declined to say", "by saying", "…, saying"
        }

        var w = doc.Word(t);
        return w is "and" or "but" or "or" or "nor" or "then" or "while" or "when" or "before" or "after" or "week" or "month" or "year" or "night" or "morning" or "evening" or "afternoon"
            || MonthsAndDays.Contains(w);
    }

    /// <summary>
    /// Whether "spoke" reports what was said: "spoke about the wall", "spoke out against", "spoke of his faith", "spoke to
    /// CNN about the case"; not where the speech took place or to whom ("spoke to reporters", "spoke at a memorial",
    /// "spoke for 45 minutes"). <paramref name="t"/> is the token after the cue.
    /// </summary>
    private static bool SpeaksOfSomething(AttributionContext context, Sentence sentence, int t)
    {
        var doc = context.Doc;
        while (t < sentence.End && context.IsAdverb(t))
        {
            t++;
        }

        for (int k = t; k < sentence.End && k - t < 8 && !doc.IsChar(k, ',') && !doc.InQuote(k); k++)
        {
            if (doc.Is(k, "about") || (k == t && (doc.Is(k, "of") || doc.Is(k, "out") || doc.Is(k, "up") || doc.Is(k, "against"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Conjunctions that open an adverbial clause before the main clause: "While he has said …, Sanders …".</summary>
    private static readonly WordSet OpeningConjunctions = new[] { "while", "although", "though", "because", "if", "when", "as", "since", "after", "before", "whereas", "unless" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where a statement ends whose cue stands in a clause that opens the sentence after a conjunction ("While he has
    /// said he will fight on, Sanders must decide …"): at the first comma before a subject, which starts the main clause.
    /// </summary>
    private static int OpeningClauseEnd(AttributionContext context, Sentence sentence, int start, int end)
    {
        var doc = context.Doc;
        for (int k = start + 1; k + 2 < end; k++)
        {
            if (doc.IsChar(k, ',') && !doc.InQuote(k) && (IsSubjectStart(context, k + 1) || IsDeterminedSubjectWithVerb(context, sentence, k + 1)
                || (doc.Tokens[k + 1].IsWord && !context.IsCueToken[k + 1] && AttributionContext.IsFiniteAuxiliaryWord(doc.Word(k + 2)))))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>A conjunction that opens an adverbial clause: "as", "because", "while", "when", "after", "before", "since", "although", "if".</summary>
    private static bool IsAdverbialOpener(DocumentIndex doc, int t) =>
        doc.Tokens[t].IsWord && doc.Word(t) is "as" or "because" or "while" or "when" or "after" or "before" or "since" or "although" or "though" or "if" or "whereas" or "unless";

    /// <summary>A word that can end a noun phrase before a relative "that": a mention, or a lower-case word that is no function word.</summary>
    private static bool IsNounLike(AttributionContext context, int t) =>
        context.MentionEndingAt(t) is not null
        || (context.IsEvidenceNoun(t) && !context.IsCueToken[t]) // "the reports said": a record's noun, not the verb "report"
        || (!context.Doc.Tokens[t].IsCapitalized && !context.IsPreposition(t) && !context.IsAdverb(t) && !ClauseStarters.Contains(context.Doc.Word(t))
            && !context.Lexicon.SpeechVerbs.ContainsKey(context.Doc.Word(t)) && !context.Lexicon.ThoughtVerbs.ContainsKey(context.Doc.Word(t)));

    /// <summary>Words that open the question of a passive "asked": "when asked whether …", "was asked about …".</summary>
    private static readonly WordSet QuestionStarts = new[] { "whether", "if", "about", "why", "how", "what", "when", "where", "who", "whom", "which" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A passive "asked" ("When asked by a reporter whether …, Trump said", "Sanders was asked about …"): the question
    /// is the statement and its speaker is the asker named after "by", if any, never the one who was asked.
    /// </summary>
    private static ReportedSpeech? AskedQuestion(AttributionContext context, Sentence sentence, int cue)
    {
        var doc = context.Doc;
        int t = cue + 1;
        Mention? asker = null;
        TextSpan? askerPhrase = null;
        if (doc.Is(t, "by"))
        {
            asker = context.MentionStartingAt(t + 1) is { Possessive: false } m ? m : null;
            askerPhrase = asker is null ? PhraseAfter(doc, sentence, t + 1) : null;
            t = asker?.EndToken ?? t + 1;
        }

        int start = -1;
        for (int k = t; k < sentence.End && k - t < 10 && !doc.InQuote(k) && !doc.IsChar(k, ','); k++)
        {
            // "Asked by the host to respond to …": the infinitive right after the asker is the request.
            if (doc.Tokens[k].IsWord && (QuestionStarts.Contains(doc.Word(k)) || (k == t && doc.Is(k, "to"))))
            {
                start = k;
                break;
            }
        }

        if (start < 0)
        {
            return null;
        }

        // The question runs to the comma that ends it; a quoted fragment inside it ("whether she “has the integrity,”")
        // belongs to it, with its closing mark, and so does the period of a title inside it ("whether Mr. Clinton …").
        int end = start + 1;
        while (end < sentence.End && (doc.InQuote(end) || (!doc.IsChar(end, ',') && !EndsSentence(doc, sentence, end))))
        {
            if (!doc.InQuote(end) && !doc.Tokens[end].IsWord && doc.InQuote(end - 1) && doc.IsChar(end - 1, ','))
            {
                end++; // the closing mark of a fragment that ends the question with its own comma
                break;
            }

            end++;
        }

        // "Asked what she will miss most, she thinks about …": a main clause that thinks rather than answers leaves the
        // question in the writer's words.
        if (asker is null && cue == SkipDateline(doc, sentence) && end < sentence.End && ThinksInstead(context, sentence, end))
        {
            return null;
        }

        var parts = new TextSpanList(new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End));
        var made = Make(doc, parts, cue, asker, "ReportedSpeechCueSieve", 0.7, "a passive “asked” with the question it asks");
        return asker is null ? made with { SpeakerPhrase = askerPhrase, Confidence = 0.5 } : made;
    }

    /// <summary>
    /// Whether the main clause after the comma at <paramref name="comma"/> that ends an "Asked …," question has a verb of
    /// thought, not of speech, right after its subject: "Asked what she will miss most, she thinks about …".
    /// </summary>
    private static bool ThinksInstead(AttributionContext context, Sentence sentence, int comma)
    {
        int k = comma + 1;
        if (context.MentionStartingAt(k) is { } subject)
        {
            k = subject.EndToken;
        }

        return k < sentence.End && !context.IsCueToken[k] && context.Lexicon.ThoughtVerbs.ContainsKey(context.Doc.Word(k));
    }

    /// <summary>Nouns for what a speaker puts forward that a colon can spell out: "Their argument: …", "sent an unmistakable message: …".</summary>
    internal static readonly WordSet StatementNouns = new[]
    {
        "message", "warning", "argument", "answer", "advice", "response", "reply", "verdict", "plea", "pledge", "promise", "question", "questions",
        "theme", "claim", "conclusion", "explanation", "slogan", "pitch", "mantra", "retort", "demand", "demands", "request", "assessment", "prediction",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A colon after a speech cue or a noun for a statement, inside a sentence, spells the statement out: "A reporter
    /// asked: did they talk about the wall?", "Carrier's message: moving jobs south is part of the plan." The speaker is
    /// the cue's subject, the noun's possessor or the sentence's subject; nothing without a speaker mention.
    /// </summary>
    private static ReportedSpeech? ColonStatement(AttributionContext context, Sentence sentence, int colon)
    {
        var doc = context.Doc;
        int before = colon - 1;
        if (!doc.Tokens[before].IsWord || doc.InQuote(before) || colon + 1 >= sentence.End)
        {
            return null;
        }

        Mention? speaker;
        if (context.IsCueToken[before] && !context.IsParticiple(before))
        {
            speaker = context.SubjectOfCue(before, allowInverted: false, out _);
        }
        else if (StatementNouns.Contains(doc.Word(before)))
        {
            int head = before - 1;
            while (head > sentence.First && doc.Tokens[head].IsWord && !doc.Tokens[head].IsCapitalized && !MentionFinder.IsPossessive(doc.Word(head))
                && context.MentionEndingAt(head) is null && before - head < 4 && !context.IsCueToken[head])
            {
                head--;
            }

            // "Okafor’s message": the possessor speaks; a possessor the mentions do not name alone gives no speaker.
            bool possessed = MentionFinder.IsPossessive(doc.Word(head)) || context.MentionEndingAt(before) is { } described && described.FirstToken < before
                && MentionFinder.IsPossessive(doc.Word(before - 1));
            speaker = context.MentionEndingAt(head) is { Possessive: true } owner && owner.Type != EntityType.Place ? owner
                : possessed ? null
                : context.MainClauseSubject(sentence.First, before);
        }
        else
        {
            return null;
        }

        int start = colon + 1;
        int end = ContentEnd(context, sentence, start);
        if (speaker is null || end - start < 3 || doc.InQuote(start))
        {
            return null;
        }

        return Make(doc, [new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End)], colon, speaker, "ReportedSpeechCueSieve", 0.6, "a colon spells out the statement of a cue or a statement noun");
    }

    /// <summary>Nouns for a statement whose that-clause or infinitive is what was stated: "his claim that …", "her promise to …".</summary>
    private static readonly WordSet ClaimNouns = new[]
    {
        "claim", "claims", "assertion", "assertions", "promise", "promises", "pledge", "warning", "argument", "insistence", "suggestion", "vow",
        "contention", "accusation", "allegation", "prediction", "admission", "proposal", "call", "calls", "demand", "demands", "threat",
        "accusations", "allegations", "complaint", "complaints", "criticism", "warnings", "predictions", "assurances", "suggestions",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Statement nouns that report a that-clause only ("his remark that …"; "a statement to the press" is none).</summary>
    private static readonly WordSet ThatClaimNouns = new[]
    {
        "remark", "remarks", "statement", "comment", "comments", "declaration", "boast", "observation", "announcement", "charge", "assurance",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Nouns whose that-clause is reported even with no possessor, without a speaker ("amid complaints that the count was
    /// slow", "doubts that he can win", "fears that the plant will close"): the annotated corpus reads complaints 7 of 7,
    /// doubt(s) 7 of 7 and fears 7 of 8 before "that" as cues (claims 14 of 29, statements 12 of 21, the idea 7 of 27 stay out).
    /// </summary>
    private static readonly WordSet OwnerlessThatNouns = new[] { "complaint", "complaints", "doubt", "doubts", "fears" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A statement noun owned by a possessive ("Sanders's claim that he can still win", "her promise to cut taxes"): the
    /// that-clause or the infinitive is the statement and the possessor its speaker. Nothing without a possessive mention,
    /// except after one of <see cref="OwnerlessThatNouns"/> before "that", reported without a speaker.
    /// </summary>
    private static ReportedSpeech? ClaimOfPossessor(AttributionContext context, Sentence sentence, int noun)
    {
        var doc = context.Doc;
        bool infinitive = doc.Is(noun + 1, "to");
        // "Trump's claim that …", "Trump's false claims that …" (one modifier between), "his claim that …" (the pronoun
        // stands for the person it refers back to).
        var owner = context.MentionEndingAt(noun - 1) is { Possessive: true } m && m.Type != EntityType.Place ? m
            : noun - 2 >= sentence.First && doc.Tokens[noun - 1].IsWord && !doc.Tokens[noun - 1].IsCapitalized && !ClauseStarters.Contains(doc.Word(noun - 1))
                && context.MentionEndingAt(noun - 2) is { Possessive: true } m2 && m2.Type != EntityType.Place ? m2
            : PossessivePronounOwner(context, sentence, noun);
        if ((owner is null && (infinitive || !OwnerlessThatNouns.Contains(doc.Word(noun))))
            || (infinitive && !(doc.Tokens[noun + 2].IsWord && !doc.Tokens[noun + 2].IsCapitalized && !ClauseStarters.Contains(doc.Word(noun + 2)) && !context.IsPreposition(noun + 2))))
        {
            return null;
        }

        int start = infinitive ? noun + 1 : noun + 2;
        int end = NextAttributionEnd(context, sentence, start, CoordinatedCueEnd(context, start, ContentEnd(context, sentence, start)), inRelative: false);
        if (end - start < 3 || doc.InQuote(start) && !infinitive && !OpensPartialQuoteClause(doc, sentence, start))
        {
            return null;
        }

        return Make(doc, new TextSpanList(new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End)), noun, owner, "ReportedSpeechCueSieve", 0.6, "a possessor’s statement noun with its clause");
    }

    /// <summary>
    /// A participle of an impersonal report before its that-clause: one of <see cref="ReportParticiples"/> or "said"
    /// ("it was revealed that …", "it is said that …").
    /// </summary>
    private static bool IsImpersonalReportParticiple(DocumentIndex doc, int token) =>
        doc.Tokens[token].IsWord && (ReportParticiples.Contains(doc.Word(token)) || doc.Is(token, "said"));

    /// <summary>Most tokens between the participle and "that": "it was revealed in March that".</summary>
    private const int MaxImpersonalAdjunctTokens = 3;

    /// <summary>
    /// An impersonal passive report at "that" (<paramref name="that"/>): "it was revealed in March that she had used …",
    /// "it was widely reported that …", "it was said that …". The that-clause is reported by no one named. On the dev
    /// corpus each of them is annotated.
    /// </summary>
    private static ReportedSpeech? ImpersonalReport(AttributionContext context, Sentence sentence, int that)
    {
        var doc = context.Doc;
        int p = that - 1;
        while (p > sentence.First && that - p <= MaxImpersonalAdjunctTokens && !IsImpersonalReportParticiple(doc, p))
        {
            if (!doc.Tokens[p].IsWord && doc.Tokens[p].Kind != TokenKind.Number)
            {
                return null;
            }

            p--;
        }

        if (!IsImpersonalReportParticiple(doc, p))
        {
            return null;
        }

        int a = p - 1;
        if (a > sentence.First && doc.Tokens[a].IsWord && doc.Word(a).EndsWith("ly", StringComparison.Ordinal))
        {
            a--; // "widely", "previously"
        }

        if (doc.Is(a, "been") && a - 1 > sentence.First && doc.Word(a - 1) is "has" or "had")
        {
            a--;
        }
        else if (!(a > sentence.First && doc.Tokens[a].IsWord && doc.Word(a) is "was" or "is"))
        {
            return null; // "it" and "was" need two tokens before the participle in the sentence (" said an u that …" has none)
        }

        if (a - 1 < sentence.First || !doc.Is(a - 1, "it"))
        {
            return null;
        }

        int start = that + 1;
        int end = NextAttributionEnd(context, sentence, start, CoordinatedCueEnd(context, start, ContentEnd(context, sentence, start)), inRelative: false, minLength: 2);

        // "At a time when it was said that Democrats might never win again, Bill Clinton …": in an opening adverbial
        // clause the report ends at its comma, where the main clause starts.
        if (OpeningConjunctions.Contains(doc.Word(sentence.First)) || context.IsPreposition(sentence.First))
        {
            for (int k = start; k < end; k++)
            {
                if (doc.IsChar(k, ',') && !doc.InQuote(k))
                {
                    end = k;
                    break;
                }
            }
        }

        if (end - start < 2)
        {
            return null;
        }

        return Make(doc, new TextSpanList(new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End)), p, null, "ReportedSpeechCueSieve", 0.6,
            "an impersonal passive report with its that-clause");
    }

    /// <summary>Participles of a report whose reporter a passive names after "by": "was first reported by Politico".</summary>
    private static readonly WordSet ReportParticiples = new[] { "reported", "revealed", "disclosed", "confirmed", "announced" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs between the auxiliary and a report participle: "was first reported", "had been previously disclosed".</summary>
    private static readonly WordSet ReportAdverbs = new[] { "first", "previously", "originally", "initially", "later", "also", "widely", "earlier" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Time words between a report participle and "by": "was first reported last week by", "announced on Monday by".</summary>
    private static readonly WordSet ReportTimeWords = new[] { "last", "this", "week", "month", "year", "on", "earlier" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tokens of the subject a passive report reports: "News of the PGA's move", "Tinder's ban of the user".</summary>
    private const int MaxReportedSubjectTokens = 10;

    /// <summary>
    /// A passive report at "by" (<paramref name="by"/>): "The meeting was first reported by Politico.", "Her death was
    /// confirmed by the family.", "…, which was first reported last week by The Post's Greg Sargent", and the reduced
    /// relative "The campaign, first reported by The Washington Post, is …". The subject (or "which") is what was
    /// reported; the mention after "by" reports it. On the dev corpus every such passive with a speaking agent is annotated.
    /// </summary>
    private static ReportedSpeech? PassiveReport(AttributionContext context, Sentence sentence, int by)
    {
        var doc = context.Doc;
        int p = by - 1;
        while (p > sentence.First && by - p <= 3 && doc.Tokens[p].IsWord && (ReportTimeWords.Contains(doc.Word(p)) || MonthsAndDays.Contains(doc.Word(p))))
        {
            p--;
        }

        if (!doc.Tokens[p].IsWord || !ReportParticiples.Contains(doc.Word(p)))
        {
            return null;
        }

        int a = p - 1;
        while (a > sentence.First && p - a <= 2 && doc.Tokens[a].IsWord && ReportAdverbs.Contains(doc.Word(a)))
        {
            a--;
        }

        // The agent after "by" (which CanSpeak refuses as a preposition's object); "The Post's Greg Sargent" is the reporter
        // named after the possessor.
        var speaker = context.MentionStartingAt(by + 1);
        if (speaker is { Possessive: true })
        {
            speaker = context.MentionStartingAt(speaker.EndToken);
        }

        if (speaker is null || speaker.Possessive || speaker.Type == EntityType.Place)
        {
            return null;
        }

        int subjectEnd;
        bool reducedRelative = doc.IsChar(a, ',');
        if (reducedRelative)
        {
            subjectEnd = a; // "The campaign, first reported by The Post, is …"
        }
        else if (doc.Tokens[a].IsWord && doc.Word(a) is "was" or "were" or "is" or "are")
        {
            subjectEnd = a;
        }
        else if (doc.Is(a, "been") && a - 1 > sentence.First && doc.Word(a - 1) is "had" or "has" or "have")
        {
            subjectEnd = a - 1;
        }
        else
        {
            return null;
        }

        // "…, which was first reported by The Associated Press": the relative pronoun is what was reported.
        if (!reducedRelative && subjectEnd - 1 > sentence.First && doc.Is(subjectEnd - 1, "which") && doc.IsChar(subjectEnd - 2, ','))
        {
            return Make(doc, new TextSpanList(new TextSpan(doc.Tokens[subjectEnd - 1].Start, doc.Tokens[subjectEnd - 1].End)), p, speaker, "ReportedSpeechCueSieve", 0.8,
                "a passive report with its reporter after by") with { ShortAnswer = true };
        }

        int start = SkipDateline(doc, sentence);
        if (subjectEnd - start < 1 || subjectEnd - start > MaxReportedSubjectTokens)
        {
            return null;
        }

        for (int k = start; k < subjectEnd; k++)
        {
            var tok = doc.Tokens[k];
            if (doc.InQuote(k) || context.IsCueToken[k] || (!tok.IsWord && tok.Kind != TokenKind.Number && !(tok.Length == 1 && doc.Text[tok.Start] is '\'' or '’'))
                || (tok.IsWord && (AttributionContext.IsFiniteAuxiliaryWord(doc.Word(k)) || SubjectStarters.Contains(doc.Word(k)) || doc.Is(k, "that") || doc.Is(k, "which"))))
            {
                return null; // only a noun phrase: no clause, quotation or punctuation of its own ("It was first reported …" names nothing)
            }
        }

        return Make(doc, new TextSpanList(new TextSpan(doc.Tokens[start].Start, doc.Tokens[subjectEnd - 1].End)), p, speaker, "ReportedSpeechCueSieve", 0.8,
            "a passive report with its reporter after by");
    }

    /// <summary>Verbs that refuse a communication act, with the infinitive they refuse: "declined to comment".</summary>
    private static readonly WordSet RefusalVerbs = new[] { "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "A spokesman declined to comment", "the campaign refused to answer", "Lee, who declined to be identified, …": the
    /// refused infinitive is the statement (as annotators of attribution read it), the verb's subject its speaker.
    /// Unattributed, with the subject's phrase, when no mention is the subject. Nothing when no verb follows "to".
    /// </summary>
    private static ReportedSpeech? Refusal(AttributionContext context, Sentence sentence, int verb)
    {
        var doc = context.Doc;
        int start = verb + 1;
        int next = verb + 2;
        if (!doc.Tokens[next].IsWord || doc.Tokens[next].IsCapitalized || doc.InQuote(next) || ClauseStarters.Contains(doc.Word(next)) || context.IsPreposition(next)
            || context.MentionStartingAt(next) is not null || (context.IsCueToken[next] && context.Lexicon.SpeechVerbs.TryGetValue(doc.Word(next), out var lemma) && ClausalVerbs.Contains(lemma)))
        {
            return null; // "declined to 3 percent"; "declined to say whether …" is the clause of "say"
        }

        var relative = RelativeSubject(context, sentence, verb, out var antecedentPhrase);
        var subject = relative ?? context.SubjectOfCue(verb, allowInverted: false, out _);
        int end = NextAttributionEnd(context, sentence, start, CoordinatedCueEnd(context, start, ContentEnd(context, sentence, start)), relative is not null, minLength: 2);
        if (end - start < 2)
        {
            return null;
        }

        var made = Make(doc, new TextSpanList(new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End)), verb, subject, "ReportedSpeechCueSieve", 0.6, "a refusal with the infinitive it refuses");
        return subject is null ? made with { SpeakerPhrase = SubjectPhrase(context, sentence, verb), Confidence = 0.5 }
            : relative is { Entity: < 0 } ? made with { SpeakerPhrase = antecedentPhrase }
            : made;
    }

    /// <summary>Verbs of how things appear to the writer: "seemed to …", "it appears that …".</summary>
    private static readonly WordSet AppearanceVerbs = new[] { "seem", "seems", "seemed", "appear", "appears", "appeared" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// With <see cref="QuoteKitOptions.IncludeThoughtVerbs"/>: "The mayor seemed to back down", "voters appear to be moving
    /// behind her", "it appears that he has little chance": how a thing seems, an impression (the writer's, unattributed),
    /// as annotators of attribution read it. The statement is the subject and the infinitive after the verb (the verb
    /// left out as cue), or the clause after "it seems that". Nothing after "it" before "to" nor for an infinitive that
    /// opens with no lower-case verb.
    /// </summary>
    /// <summary>
    /// "The House is expected to pass the bill", "Prices are widely expected to rise": an expectation held by no one
    /// named, reported as its subject and the infinitive, without a speaker; the cue is "is expected". Only the present
    /// ("was expected to" is mostly narrative) and only before a lower-case verb.
    /// </summary>
    private static ReportedSpeech? Expectation(AttributionContext context, Sentence sentence, int expected)
    {
        var doc = context.Doc;
        int be = doc.Is(expected - 1, "is") || doc.Is(expected - 1, "are") ? expected - 1 : expected - 2; // "is widely expected"
        if (be < expected - 1 && !context.IsAdverb(expected - 1))
        {
            return null;
        }

        int next = expected + 2;
        if (be <= sentence.First || !(doc.Is(be, "is") || doc.Is(be, "are")) || !doc.Tokens[next].IsWord || doc.Tokens[next].IsCapitalized
            || doc.InQuote(next) || context.IsPreposition(next))
        {
            return null;
        }

        int start = expected + 1;
        int end = NextAttributionEnd(context, sentence, start, CoordinatedCueEnd(context, start, ContentEnd(context, sentence, start)), inRelative: false);
        for (int k = start; k < end; k++)
        {
            if (doc.IsChar(k, ',') && !doc.InQuote(k))
            {
                end = k; // "which are expected to rise, worry …": the relative clause ends at its comma
                break;
            }
        }

        if (end - start < 3)
        {
            return null;
        }

        TextSpan? subject = doc.Word(be - 1) is "who" or "which" or "that" or "it" or "It" ? new TextSpan(doc.Tokens[be - 1].Start, doc.Tokens[be - 1].End)
            : SubjectPhrase(context, sentence, be);
        if (subject is not { } s || doc.InQuote(be - 1))
        {
            return null;
        }

        var predicate = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End);
        var cue = new TextSpan(doc.Tokens[be].Start, doc.Tokens[expected].End);
        return Make(doc, [s, predicate], cue, null, "ReportedSpeechCueSieve", 0.4, "“is expected to”: an unnamed expectation, its subject and the infinitive");
    }

    private static ReportedSpeech? Appearance(AttributionContext context, Sentence sentence, int verb)
    {
        var doc = context.Doc;
        int next = verb + 2;
        if (!doc.Tokens[next].IsWord || doc.Tokens[next].IsCapitalized || doc.InQuote(next) || context.IsPreposition(next) || ClauseStarters.Contains(doc.Word(next)))
        {
            return null;
        }

        bool clause = doc.Is(verb + 1, "that");
        int start = clause ? verb + 2 : verb + 1;
        int end = NextAttributionEnd(context, sentence, start, CoordinatedCueEnd(context, start, ContentEnd(context, sentence, start)), inRelative: false);
        if (end - start < 3)
        {
            return null;
        }

        var predicate = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End);
        if (clause || doc.Is(verb - 1, "it"))
        {
            // "it seems that …" reports the clause; "it seems to …" is too vague to say whose.
            return clause && doc.Is(verb - 1, "it")
                ? Make(doc, new TextSpanList(predicate), verb, null, "ReportedSpeechCueSieve", 0.4, "“it seems that” with the clause that seems so") with { Speaker = null }
                : null;
        }

        // "She appeared to imply that …", "Obama seemed to recognize …": a cue in the infinitive reports for itself.
        if (context.IsCueToken[next] || context.Lexicon.SpeechVerbs.ContainsKey(doc.Word(next)) || context.Lexicon.ThoughtVerbs.ContainsKey(doc.Word(next)))
        {
            return null;
        }

        // "Voters seem to care more about …", "Clinton seemed ready to …": a person's or a group's attitude as it appears,
        // theirs; "the plan appears to be failing": the writer's impression of a thing, its subject and infinitive.
        if (context.SubjectOfCue(verb, allowInverted: false, out _) is { Possessive: false, Type: EntityType.Person or EntityType.Group or EntityType.Organization } person)
        {
            return Make(doc, new TextSpanList(predicate), verb, person, "ReportedSpeechCueSieve", 0.4, "how a person seems: the infinitive");
        }

        TextSpan? subject = doc.Word(verb - 1) is "who" or "which" or "that" ? new TextSpan(doc.Tokens[verb - 1].Start, doc.Tokens[verb - 1].End)
            : SubjectPhrase(context, sentence, verb);
        if (subject is not { } s || doc.InQuote(verb - 1))
        {
            return null;
        }

        return Make(doc, [s, predicate], verb, null, "ReportedSpeechCueSieve", 0.4, "how a thing seems: its subject and the infinitive");
    }

    /// <summary>Forms of "make" that make a that-clause clear: "made it clear that …", "makes clear that …".</summary>
    private static readonly WordSet MakeForms = new[] { "make", "makes", "made", "making" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Lee made it clear that she would run", "the mayor has made very clear that …": what the speaker made clear is
    /// the that-clause, the subject of "make" its speaker (cue "made it clear"). Nothing without a mention as subject
    /// ("The primary made it clear that …" is no one's statement) nor in the passive ("it was made clear that …").
    /// </summary>
    private static ReportedSpeech? MadeClear(AttributionContext context, Sentence sentence, int clear)
    {
        var doc = context.Doc;
        int verb = clear - 1;
        if (verb > sentence.First && context.IsAdverb(verb))
        {
            verb--; // "made abundantly clear", "made it very clear"
        }

        if (doc.Is(verb, "it"))
        {
            verb--;
        }

        if (verb < sentence.First || !MakeForms.Contains(doc.Word(verb)) || doc.InQuote(verb)
            || (verb > sentence.First && doc.Word(verb - 1) is "is" or "are" or "was" or "were" or "be" or "been" or "being"))
        {
            return null;
        }

        var relative = RelativeSubject(context, sentence, verb, out var antecedentPhrase);
        var subject = relative ?? context.SubjectOfCue(verb, allowInverted: false, out _);
        int start = clear + 2;
        if (subject is null || (doc.InQuote(start) && !OpensPartialQuoteClause(doc, sentence, start)))
        {
            return null;
        }

        int end = NextAttributionEnd(context, sentence, start, CoordinatedCueEnd(context, start, ContentEnd(context, sentence, start)), relative is not null);
        if (end - start < 3)
        {
            return null;
        }

        var cue = new TextSpan(doc.Tokens[verb].Start, doc.Tokens[clear].End);
        var made = Make(doc, new TextSpanList(new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End)), cue, subject, "ReportedSpeechCueSieve", 0.6, "“made it clear” with the clause it made clear");
        return relative is { Entity: < 0 } ? made with { SpeakerPhrase = antecedentPhrase } : made;
    }

    /// <summary>Forms of "refer", whose object after "to" is what a speaker spoke of: "…,” Lee said, referring to the mayor.</summary>
    private static readonly WordSet ReferenceVerbs = new[] { "referring", "referred", "refers", "refer" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "…,” Lee said, referring to the mayor", "she referred to his slogan": what the speaker referred to is reported,
    /// up to the end of the object. Nothing in the passive ("the bill was referred to a committee") or without a subject.
    /// </summary>
    private static ReportedSpeech? Reference(AttributionContext context, Sentence sentence, int verb)
    {
        var doc = context.Doc;
        int start = verb + 2;
        if (doc.InQuote(start) && !OpensPartialQuoteClause(doc, sentence, start) || !(doc.Tokens[start].IsWord || IsFigure(doc, start) || doc.InQuote(start))
            || (!context.IsParticiple(verb) && verb > sentence.First && doc.Word(verb - 1) is "is" or "are" or "was" or "were" or "be" or "been" or "being")
            || context.IsPreposition(start) || AttributionContext.IsFiniteAuxiliaryWord(doc.Word(start)))
        {
            // "whom she referred to in her address", "the judge he was referring to is …": the object stands before the verb.
            return null;
        }

        var relative = RelativeSubject(context, sentence, verb, out var antecedentPhrase);
        var subject = relative ?? context.SubjectOfCue(verb, allowInverted: false, out _);
        if (subject is null)
        {
            return null;
        }

        int end = ObjectEnd(context, sentence, start);
        if (end <= start)
        {
            return null;
        }

        var made = Make(doc, new TextSpanList(new TextSpan(doc.Tokens[start].Start, doc.Tokens[WithoutJoiner(context, start, end) - 1].End)), verb, subject, "ReportedSpeechCueSieve", 0.6, "a reference with what it refers to");
        return relative is { Entity: < 0 } ? made with { SpeakerPhrase = antecedentPhrase } : made;
    }

    /// <summary>
    /// "his claim that …", "her warning that …": the possessive pronoun before a statement noun (a modifier may stand
    /// between) as a mention of the nearest earlier person of its gender in the sentence, or null when there is none.
    /// </summary>
    private static Mention? PossessivePronounOwner(AttributionContext context, Sentence sentence, int noun)
    {
        var doc = context.Doc;
        int p = noun - 1;
        if (p > sentence.First && !(doc.Is(p, "his") || doc.Is(p, "her")) && doc.Tokens[p].IsWord && !doc.Tokens[p].IsCapitalized)
        {
            p--; // "his repeated claim"
        }

        if (p <= sentence.First || !(doc.Is(p, "his") || doc.Is(p, "her")))
        {
            return null;
        }

        var gender = doc.Is(p, "his") ? Gender.Male : Gender.Female;
        for (int t = p - 1; t >= sentence.First && p - t <= AttributionContext.Reach; t--)
        {
            if (context.MentionEndingAt(t) is not { } m)
            {
                continue;
            }

            if (m.Entity >= 0 && !m.Plural && (m.Type is EntityType.Person or EntityType.Unknown && m.Gender == gender || m.Type == EntityType.Person && m.Gender == Gender.Unknown))
            {
                var pronoun = PronounOf(doc, sentence, p, m);
                pronoun.Possessive = true;
                return pronoun;
            }

            t = m.FirstToken;
        }

        return null;
    }

    /// <summary>Most words in a speaker label before its colon: "Graham:", "NY Daily News:", "Clinton camp:".</summary>
    private const int MaxLabelTokens = 5;

    /// <summary>Labels that introduce no statement: "Update:", "Related:", "Watch:", "Photo:".</summary>
    private static readonly WordSet NonSpeakerLabels = new[]
    {
        "update", "updated", "related", "watch", "read", "note", "correction", "photo", "photos", "video", "see", "also", "more",
        "editor", "advertisement", "source", "sources", "credit", "tags", "category", "share", "comments", "listen", "breaking",
        "exclusive", "opinion", "analysis", "review", "live", "warning", "disclaimer", "q", "a", "q&a", "question", "answer", "subscribe",
        "latest", "notice", "results", "stat", "conclusion", "name", "age", "city", "job", "here", "now", "still", "issue", "email",
        "interview", "explainer", "factbox", "editorial", "commentary", "podcast", "quiz", "timeline", "profile",
        "obituary", "recap", "preview", "transcript", "graphic", "map", "chart", "contributing", "contributors", "look", "boom", "wow",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tokens in one item of a list of names: "Raquel Zaldivar", "Medill News Service".</summary>
    private const int MaxNameListItemTokens = 4;

    /// <summary>
    /// Whether tokens <paramref name="start"/> to <paramref name="end"/> are only names joined by commas or "and" ("Iris
    /// Ouyang, Thomas Vogel and Grant Miller"): a credit line or a roster under a label, no statement.
    /// </summary>
    private static bool IsNameList(DocumentIndex doc, int start, int end)
    {
        int separators = 0, item = 0;
        for (int k = start; k < end; k++)
        {
            if (doc.IsChar(k, ',') || doc.Is(k, "and"))
            {
                separators++;
                item = 0;
            }
            else if (doc.Tokens[k].IsWord && doc.Tokens[k].IsCapitalized && !doc.InQuote(k) && ++item <= MaxNameListItemTokens)
            {
                continue;
            }
            else if (!doc.IsChar(k, '.'))
            {
                return false;
            }
        }

        return separators > 0;
    }

    /// <summary>
    /// A paragraph that opens with a speaker label and a colon, as headlines and transcripts write statements:
    /// "Graham: Trump’s rhetoric is destroying the party’s chances.", "NY Post: Kelly is no different."
    /// The label is the speaker (a mention, else the phrase), the colon the cue, the rest of the sentence what was said.
    /// </summary>
    private static ReportedSpeech? SpeakerLabel(AttributionContext context, Sentence sentence)
    {
        var doc = context.Doc;
        int first = sentence.First;
        if (!doc.Tokens[first].IsWord || !doc.Tokens[first].IsCapitalized || doc.InQuote(first))
        {
            return null;
        }

        // Most paragraphs have no colon near their start: a bare scan for one answers them before the word tests below.
        int labelEnd = Math.Min(sentence.End, first + MaxLabelTokens + 1);
        int firstColon = first;
        while (firstColon < labelEnd && !doc.IsChar(firstColon, ':'))
        {
            firstColon++;
        }

        if (firstColon == labelEnd)
        {
            return null;
        }

        int colon = -1;
        for (int t = first; t < sentence.End && t - first <= MaxLabelTokens; t++)
        {
            if (doc.IsChar(t, ':'))
            {
                colon = t;
                break;
            }

            if (doc.InQuote(t) || context.IsCueToken[t] || (!doc.Tokens[t].IsWord && !doc.IsChar(t, '.') && !doc.IsChar(t, '&') && !doc.IsChar(t, '\u2019') && !doc.IsChar(t, '\'')))
            {
                return null;
            }

            if (doc.Tokens[t].IsWord && NonSpeakerLabels.Contains(doc.Word(t)))
            {
                return null;
            }

            // A label is a name or a title-like phrase ("Clinton camp"): a lower-case word other than a role noun or a
            // joining word makes it a clause ("Here goes:", "The group was diverse:").
            // "Clinton to Planned Parenthood:", "Mukasey at RNC:": the speaker and whom or where the words were addressed.
            bool addressed = (doc.Is(t, "to") || doc.Is(t, "at")) && t > first && t + 1 < sentence.End && doc.Tokens[t + 1].IsCapitalized;
            if (doc.Tokens[t].IsWord && !doc.Tokens[t].IsCapitalized && !context.Lexicon.RoleNouns.ContainsKey(doc.Word(t)) && !addressed
                && !(doc.Is(t, "of") || doc.Is(t, "and") || doc.Is(t, "the") || doc.Is(t, "camp") || doc.Is(t, "s")))
            {
                return null;
            }
        }

        int start = colon + 1;
        if (colon <= first || start >= sentence.End)
        {
            return null;
        }

        int end = TurnEnd(context, sentence, start);
        if (end - start < 3 || IsNameList(doc, start, end))
        {
            return null; // "Contributing: Iris Ouyang and Tom Vogel.", "Nevada: Ann Lee, Bob Cavazos, …": credits and rosters
        }

        if (context.MentionStartingAt(first) is { Type: EntityType.Place } place && place.EndToken == colon)
        {
            return null; // "Iowa: …" lists or datelines, not a speaker
        }

        if (MentionFinder.IsColonDateline(doc, first, colon))
        {
            return null; // "NEW DELHI: Prime Minister Narendra Modi on Sunday accused …": where the story was filed
        }

        var label = new TextSpan(doc.Tokens[first].Start, doc.Tokens[colon - 1].End);
        var parts = new TextSpanList(new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End));
        var speaker = context.MentionStartingAt(first) is { } m && (m.EndToken == colon || doc.Is(m.EndToken, "to") || doc.Is(m.EndToken, "at")) && context.CanSpeak(m) ? m : null;
        var made = Make(doc, parts, colon, speaker, "SpeakerLabelSieve", 0.7, "a speaker label and a colon open the paragraph");
        return speaker is null ? made with { SpeakerPhrase = label, Confidence = 0.6 } : made;
    }

    /// <summary>
    /// Where a transcript's turn that starts at <paramref name="start"/> in <paramref name="sentence"/> ends: at the end
    /// of the paragraph ("SCHNABEL: Not yet. Services inflation is still too high."), within the content limit.
    /// </summary>
    private static int TurnEnd(AttributionContext context, Sentence sentence, int start)
    {
        var doc = context.Doc;
        int end = start < sentence.End ? ContentEnd(context, sentence, start) : start;
        for (int next = doc.SentenceOfToken[sentence.End - 1] + 1; next < doc.Sentences.Length && doc.Sentences[next].Paragraph == sentence.Paragraph; next++)
        {
            var following = doc.Sentences[next];
            if (following.End - start > MaxContentTokens)
            {
                break;
            }

            int followingEnd = ContentEnd(context, following, following.First);
            if (followingEnd > following.First)
            {
                end = followingEnd;
            }
        }

        return end;
    }

    /// <summary>
    /// An interview's answer: "A. I don't want to promise anything. Inflation is still too high.", to the end of the
    /// paragraph; the marker is the speaker's mention (the person interviewed) and its period or colon the cue. The
    /// interviewer's questions ("Q. Will rates fall this year?") are the publication's words and report nothing: on the
    /// development corpus they cost more speaker accuracy (their gold sources are the people the questions quote) than
    /// they gained.
    /// </summary>
    private static ReportedSpeech? TranscriptTurn(AttributionContext context, Sentence sentence, int marker)
    {
        var doc = context.Doc;
        int start = marker + 2;
        if (doc.Is(marker, "Q") || start >= doc.Tokens.Length || doc.InQuote(start))
        {
            return null; // a question, or an answer quoted with its own attribution ("A. “My family comes first,” she said.")
        }

        var first = doc.Sentences[doc.SentenceOfToken[start]];
        if (first.Paragraph != sentence.Paragraph)
        {
            return null;
        }

        int end = TurnEnd(context, first, start);
        if (end - start < 2)
        {
            return null;
        }

        var speaker = context.MentionStartingAt(marker);
        var parts = new TextSpanList(new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End));
        return Make(doc, parts, marker + 1, speaker, "SpeakerLabelSieve", 0.7, "an interview's turn marker opens the paragraph");
    }

    /// <summary>Time words and conjunctions that open an adjunct after an attribution (days, months and "today" are in <see cref="MonthsAndDays"/>).</summary>
    private static readonly WordSet AdjunctOpeners = new[] { "last", "this", "during", "now", "late", "early", "when", "while", "as", "according" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may open an adjunct after an attribution: a preposition, a day or month, a time word or an adverb.</summary>
    private static bool IsAdjunctStart(AttributionContext context, int t)
    {
        var doc = context.Doc;
        if (!doc.Tokens[t].IsWord)
        {
            return doc.Tokens[t].Kind == TokenKind.Number || doc.IsChar(t, '(');
        }

        var w = doc.Word(t);
        return context.IsPreposition(t) || context.IsAdverb(t) || MonthsAndDays.Contains(w) || AdjunctOpeners.Contains(w);
    }

    /// <summary>
    /// The end of a determined noun phrase addressed by a trailing "told" ("a Senate panel", "the local paper"): as
    /// <see cref="DeterminedAddresseeEnd"/>, or the phrase runs to the sentence's final punctuation or a comma.
    /// </summary>
    private static int? TrailingAddresseeEnd(DocumentIndex doc, Sentence sentence, int t)
    {
        if (DeterminedAddresseeEnd(doc, sentence, t) is int end)
        {
            return end;
        }

        if (!doc.Tokens[t].IsWord || doc.Tokens[t].IsCapitalized || !IsDeterminerWord(doc, t))
        {
            return null;
        }

        for (int k = t + 1; k < sentence.End && k - t <= MaxAddresseeNounTokens; k++)
        {
            if (IsFinalPunctuation(doc, k) || (doc.IsChar(k, ',') && !doc.InQuote(k)))
            {
                return k > t + 1 ? k : null;
            }

            if (!doc.Tokens[k].IsWord || doc.InQuote(k) || AttributionContext.IsPrepositionWord(doc.Word(k)) || ToldThings.Contains(doc.Word(k)))
            {
                return null; // "told a joke", "told a story of …": what was told, not whom
            }
        }

        return null;
    }

    /// <summary>Nouns that are what "told" tells, not whom: "told a joke", "told the story".</summary>
    private static readonly WordSet ToldThings = new[] { "joke", "jokes", "story", "stories", "tale", "tales", "lie", "lies", "truth", "anecdote", "anecdotes" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"…, the broadcaster said." and the parenthetical "The plan, officials said, will cost …".</summary>
    private static ReportedSpeech? Trailing(AttributionContext context, Sentence sentence, int cue)
    {
        var doc = context.Doc;
        var subject = context.SubjectOfCue(cue, allowInverted: true, out bool inverted);

        // "…, said lobbyist and strategist Carl Brown, the firm's former partner.", "…, said a handful of Democrats who
        // know him.": an inverted subject with its titles, apposition or relative clause runs to the sentence's end. A
        // "subject" found as a preposition's object before the comma ("Across the Plains, a generation … is returning, said
        // Linda Oyelaran, an economist.") is none: nothing but a speaker after the cue makes the cue's subject the one after it.
        int invertedEnd = -1;
        if (cue > sentence.First && (subject is null || inverted || ObjectOfPreposition(context, sentence, subject, cue)) && !doc.Tokens[cue - 1].IsWord && !context.IsParticiple(cue)
            && context.Lexicon.SpeechVerbs.TryGetValue(doc.Word(cue), out var invertedLemma) && InvertingVerbs.Contains(invertedLemma)
            && InvertedSpeakerEnd(context, sentence, cue + 1, out var invertedSpeaker) is int speakerEnd)
        {
            subject = invertedSpeaker;
            inverted = true;
            invertedEnd = speakerEnd;
        }

        int phraseStart = subject is null ? UnnamedSubjectStart(context, sentence, cue) : -1;
        if (subject is null && phraseStart < 0)
        {
            return null;
        }

        int attributionStart = subject is null ? phraseStart : inverted ? cue : subject.FirstToken;
        if (subject is not null && !inverted && attributionStart > sentence.First && !doc.IsChar(attributionStart - 1, ',')
            && UnnamedSubjectStart(context, sentence, cue) is var modified && modified >= 0 && modified < attributionStart)
        {
            attributionStart = modified; // "…, federal officials said.": modifiers before the mention belong to the attribution
        }

        int attributionEnd = invertedEnd >= 0 ? invertedEnd : inverted ? subject!.EndToken : cue + 1;

        // "…, a school spokesman told The Wall Street Journal.", "…, he told reporters.": the addressee of a trailing
        // "told" belongs to the attribution.
        if (!inverted && attributionEnd < sentence.End && context.Lexicon.SpeechVerbs.TryGetValue(doc.Word(cue), out var trailingLemma) && AddresseeVerbs.Contains(trailingLemma))
        {
            int addresseeStart = attributionEnd;
            if (context.MentionStartingAt(attributionEnd) is { Possessive: false } addressee && addressee.EndToken < sentence.End)
            {
                attributionEnd = addressee.EndToken;
            }
            else if (doc.Word(attributionEnd) is "him" or "her" or "them" or "us" or "me" or "reporters")
            {
                attributionEnd++;
            }

            // "…, Defense Secretary Ash Carter told a Senate panel Wednesday.": a determined noun phrase, past any mention inside it.
            if (trailingLemma == "tell" && TrailingAddresseeEnd(doc, sentence, addresseeStart) is int addresseeEnd && addresseeEnd > attributionEnd)
            {
                attributionEnd = addresseeEnd;
            }
        }
        int leftEnd = attributionStart - 1; // the comma
        if (attributionStart > sentence.First && PartialQuoteCommaEnd(doc, sentence, attributionStart) is int closing)
        {
            leftEnd = closing; // "… are “very, very pro-Bernie,” Kilfoyle said.": the statement keeps its quoted end
        }
        else if (attributionStart <= sentence.First || !doc.IsChar(attributionStart - 1, ','))
        {
            return null;
        }

        // "In an interview, Mr. Coleman said …": a sentence that opens with a short prepositional phrase has no
        // statement before the attribution; the cue reports what follows it. Only a parenthetical attribution
        // ("In any case, Smith said, the industry was …") makes that opener part of the statement.
        bool shortOpener = !inverted && attributionStart - 1 - sentence.First <= 6 && context.IsPreposition(sentence.First);

        // "…, said he isn’t fit": a pronoun after the cue that goes on with a verb is the subject of the reported
        // clause, not an inverted speaker.
        if (inverted && subject!.Kind == MentionKind.Pronoun && attributionEnd < sentence.End && doc.Tokens[attributionEnd].IsWord
            && !context.IsPreposition(attributionEnd) && !MonthsAndDays.Contains(doc.Word(attributionEnd)))
        {
            return null;
        }

        // "Lance Beebe, 49, a Navy veteran, said Hillary Clinton should be ready …": a name after the cue that an
        // auxiliary follows is the subject of the reported clause too.
        if (inverted && attributionEnd < sentence.End && FiniteAuxiliaryLike(doc, attributionEnd))
        {
            return null;
        }

        // Optional adjuncts after the cue: "on Friday", "in a statement".
        int after = attributionEnd;
        while (after < sentence.End && !doc.IsChar(after, ',') && !doc.IsChar(after, ';') && !IsFinalPunctuation(doc, after) && after - attributionEnd < 8 && !doc.InQuote(after))
        {
            after++;
        }

        // Only adjuncts may follow the attribution ("on Friday", "in a statement", "last week"); words that open a
        // clause ("…, Carson said he was facing …") make the cue report forwards instead.
        if (after > attributionEnd && !IsAdjunctStart(context, attributionEnd))
        {
            return null;
        }

        // "…, the company said on Friday that it had cut 300 jobs": a that-clause after the adjuncts is what it said.
        for (int a = attributionEnd; a < after; a++)
        {
            if (doc.Is(a, "that") && !inverted)
            {
                return null;
            }
        }

        int leftStart = SkipDateline(doc, sentence);
        while (leftStart < leftEnd && (doc.Tokens[leftStart].Kind == TokenKind.Punctuation) && !doc.InQuote(leftStart)
            && !OpensQuoteWithin(doc, leftStart, leftEnd))
        {
            leftStart++;
        }

        if (leftEnd <= leftStart || doc.InQuote(leftEnd - 1) && doc.Quotes[doc.QuoteOfToken[leftEnd - 1]].Role == QuoteRole.Direct && doc.InQuote(leftStart))
        {
            return null;
        }

        var left = new TextSpan(doc.Tokens[leftStart].Start, doc.Tokens[leftEnd - 1].End);
        TextSpan? resumed = null;
        int resume = -1, end = -1;
        if (after < sentence.End && doc.IsChar(after, ','))
        {
            // Parenthetical: the statement goes on after the attribution. A relative clause there describes the
            // attribution ("…, the minister wrote on Twitter, which was later deleted."); the statement goes on only
            // after the comma that closes it ("And Trump, said Sunshine, who remains friendly with her, doesn't forget.").
            resume = after + 1;
            if (resume < sentence.End && doc.Word(resume) is "which" or "who" or "whom" or "whose")
            {
                int relativeEnd = resume + 1;
                while (relativeEnd < sentence.End && !(doc.IsChar(relativeEnd, ',') && !doc.InQuote(relativeEnd)))
                {
                    relativeEnd++;
                }

                resume = relativeEnd + 1;
            }

            end = resume < sentence.End ? NextAttributionEnd(context, sentence, resume, ContentEnd(context, sentence, resume), inRelative: false, minLength: 0) : resume;
            // "…, Fiorina said, adding that …": a participle cue after the attribution reports a statement of its own.
            bool participle = resume < sentence.End && context.IsCueToken[resume] && context.IsParticiple(resume);
            if (end - resume >= 2 && !participle)
            {
                resumed = new TextSpan(doc.Tokens[resume].Start, doc.Tokens[end - 1].End);
            }
        }
        else if (after < sentence.End && !IsFinalPunctuation(doc, after) && !(doc.IsChar(after, ';') && !doc.InQuote(after)))
        {
            return null; // "…, analysts say; in 2012 …": a semicolon ends the attribution as a full stop does
        }

        // A short opener ("Overall, she said, …", "The plan, a source said, is …") is a statement only with the clause
        // that resumes after the attribution, in the writer's words (a direct quote there is a quote of its own).
        if ((shortOpener || leftEnd - leftStart < 3)
            && (resumed is null || end - resume < 3 || !doc.Tokens[resume].IsWord || doc.InQuote(resume)))
        {
            return null;
        }

        // An opener of the main clause is no statement: a setting phrase with no verb in it ("On a grey morning in late
        // October, Treloar stands …", "During the trial, both brothers testified."), or a clause of time before a clause
        // that goes on past its verb ("As the day went on, Trump offered increasingly strident defenses"; "After he took
        // the plane he made changes, records show." is one).
        if (resumed is null && OpenerOf(context, leftStart, leftEnd) is var opener
            && (opener == Opener.Setting || (opener == Opener.Clause && after > attributionEnd)))
        {
            return null;
        }

        TextSpanList parts = resumed is { } r ? [left, r] : [left];
        var made = Make(doc, parts, cue, subject, "TrailingAttributionSieve", 0.85, "statement followed by speaker and cue");
        return subject is null
            ? made with { SpeakerPhrase = new TextSpan(doc.Tokens[phraseStart].Start, doc.Tokens[cue - 1].End), Confidence = 0.6 }
            : made;
    }

    /// <summary>Prepositions of time and place that open a sentence's setting: "On a grey morning", "During the trial", "At the meeting".</summary>
    private static readonly WordSet SettingOpeners = new[] { "in", "on", "at", "during", "throughout", "amid", "inside", "across", "around", "within", "outside" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What kind of opener of a main clause a run of words is, if any (<see cref="OpenerOf"/>).</summary>
    private enum Opener
    {
        None,

        /// <summary>A preposition of time or place and its phrase, no verb: "In an interview with the Post in May".</summary>
        Setting,

        /// <summary>A capitalised subordinator and its clause: "As the day went on", "When the vote ended".</summary>
        Clause,
    }

    /// <summary>
    /// Whether tokens <paramref name="start"/> to <paramref name="end"/> are only an opener of the clause after them:
    /// a setting phrase (a preposition of time or place, then no auxiliary and no cue) or an adverbial clause (a
    /// capitalised subordinator, no quotation), with no comma outside quotation marks in either.
    /// </summary>
    private static Opener OpenerOf(AttributionContext context, int start, int end)
    {
        var doc = context.Doc;
        if (doc.InQuote(start) || !doc.Tokens[start].IsWord)
        {
            return Opener.None;
        }

        var kind = SettingOpeners.Contains(doc.Word(start)) ? Opener.Setting
            : doc.Tokens[start].IsCapitalized && AttributionContext.IsSubordinatorWord(doc.Word(start)) ? Opener.Clause
            : Opener.None;
        for (int t = start + 1; t < end && kind != Opener.None; t++)
        {
            if ((doc.IsChar(t, ',') && !doc.InQuote(t))
                || (kind == Opener.Setting ? FiniteAuxiliaryLike(doc, t) || context.IsCueToken[t] : doc.InQuote(t)))
            {
                kind = Opener.None;
            }
        }

        return kind;
    }

    /// <summary>
    /// The first token of an unnamed noun phrase that stands between a comma and its cue as the subject of a trailing
    /// attribution (“…, the admiral said.”, “…, federal officials said.”, “…, 46 percent said.”), or -1.
    /// </summary>
    private static int UnnamedSubjectStart(AttributionContext context, Sentence sentence, int cue) => UnnamedSubjectStart(context, sentence, cue, cue);

    /// <summary>Most tokens from a qualifier such as "close to" to the cue: "people close to the former vice president said".</summary>
    private const int MaxQualifiedSubjectTokens = 10;

    /// <summary>
    /// As <see cref="UnnamedSubjectStart(AttributionContext, Sentence, int)"/>, the noun phrase ending before
    /// <paramref name="end"/> and the cue at <paramref name="cue"/> (the same token unless a qualifier such as "close to
    /// the campaign" stands between them).
    /// </summary>
    private static int UnnamedSubjectStart(AttributionContext context, Sentence sentence, int end, int cue)
    {
        var doc = context.Doc;
        var cueWord = doc.Word(cue);
        int last = end - 1;
        bool markedName = EndsMarkedName(doc, last); // "…, consumer group Which? said."
        if (markedName)
        {
            last--;
        }

        if (last <= sentence.First || !(doc.Tokens[last].IsWord || IsFigure(doc, last)))
        {
            return -1;
        }

        // "…, people close to the campaign said.", "…, a source familiar with the talks said.": the noun before the
        // qualifier heads the subject; the qualifier's object may be any phrase.
        int qualifier = -1;
        for (int q = last - 1; end == cue && q > sentence.First && cue - q <= MaxQualifiedSubjectTokens; q--)
        {
            if (doc.InQuote(q) || doc.IsChar(q, ','))
            {
                break;
            }

            if ((doc.Is(q, "close") && doc.Is(q + 1, "to")) || (doc.Is(q, "familiar") && doc.Is(q + 1, "with")) || (doc.Is(q, "briefed") && doc.Is(q + 1, "on")))
            {
                qualifier = q;
                break;
            }
        }

        if (qualifier > sentence.First + 1 && !doc.IsChar(qualifier - 1, ','))
        {
            return UnnamedSubjectStart(context, sentence, qualifier, cue);
        }

        // A finite past form ("said", "added", "told") after any noun; a present form only after a plural ("experts say")
        // or a role noun ("the spokesman says"): "runs counter", "an especially sore point" are no attributions.
        var lastWord = doc.Word(last);
        bool role = markedName || context.Lexicon.RoleNouns.ContainsKey(lastWord);
        bool past = AttributionContext.IsPastForm(cueWord);
        bool baseForm = context.Lexicon.SpeechVerbs.TryGetValue(cueWord, out var lemma) && cueWord.Equals(lemma, StringComparison.OrdinalIgnoreCase);
        bool present = baseForm
            ? role || lastWord is "percent" || lastWord.EndsWith("s", StringComparison.Ordinal)
            : cueWord.EndsWith("s", StringComparison.Ordinal) && (role || context.IsEvidenceNoun(last));
        if (!(past || present) || !(markedName || IsNounLike(context, last)))
        {
            return -1;
        }

        bool determiner = false;
        for (int t = last; t > sentence.First && end - t <= 6; t--)
        {
            var w = doc.Word(t);

            // "…, current and former officials said.", "…, teachers and union leaders say.": two nouns or modifiers joined.
            bool joinsWords = w is "and" && t < last && t - 1 > sentence.First && doc.Tokens[t - 1].IsWord && !doc.Tokens[t - 1].IsCapitalized
                && !context.IsCueToken[t - 1] && !context.IsPreposition(t - 1) && !context.IsAdverb(t - 1) && !SubjectStarters.Contains(doc.Word(t - 1))
                && !FiniteAuxiliaryLike(doc, t - 1) && doc.Tokens[t + 1].IsWord;
            if (doc.InQuote(t) || !(doc.Tokens[t].IsWord || IsFigure(doc, t)) || context.IsCueToken[t] || SubjectStarters.Contains(w) || context.IsAdverb(t)
                || (w is "and" && !joinsWords)
                || w is "or" or "but" or "who" or "which" or "that" or "as" or "because" or "while" or "when" or "if" or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "including"
                || (context.IsPreposition(t) && w is not "of"))
            {
                return -1;
            }

            determiner |= w is "the" or "a" or "an" or "some" or "many" or "most" or "other" or "several" || IsFigure(doc, t) || MentionFinder.IsPossessive(w);
            if (doc.IsChar(t - 1, ','))
            {
                return !doc.InQuote(t - 1) && (determiner || role || lastWord.EndsWith("s", StringComparison.Ordinal)) ? t : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// One past the closing mark of a partial quotation that ends the statement with its comma inside the marks
    /// (“… are “very, very pro-Bernie,” Kilfoyle said.”), when the attribution starts at <paramref name="attributionStart"/>;
    /// null otherwise. A full direct quote there is a quote of its own, not part of a reported statement.
    /// </summary>
    private static int? PartialQuoteCommaEnd(DocumentIndex doc, Sentence sentence, int attributionStart)
    {
        int k = attributionStart - 1;
        while (k > sentence.First && attributionStart - k <= 2 && !doc.Tokens[k].IsWord && !doc.InQuote(k) && !doc.IsChar(k, ','))
        {
            k--; // the closing mark, one token or two ("''")
        }

        if (k == attributionStart - 1 || k <= sentence.First || !doc.IsChar(k, ',') || !doc.InQuote(k))
        {
            return null;
        }

        var quote = doc.Quotes[doc.QuoteOfToken[k]];
        return quote.Role == QuoteRole.Partial && doc.Tokens[attributionStart - 1].End == quote.Extent.End ? attributionStart : null;
    }

    /// <summary>
    /// "As The Post reported, …", "As reported by Reuters, …": an attribution opened by "as" at the start of the sentence
    /// reports the clause after its comma; the speaker is the subject before the cue or the agent after "by".
    /// </summary>
    private static ReportedSpeech? AsAttribution(AttributionContext context, Sentence sentence, int cue)
    {
        var doc = context.Doc;
        int first = SkipDateline(doc, sentence);
        if ((doc.Is(first, "but") || doc.Is(first, "and") || doc.Is(first, "yet")) && doc.Is(first + 1, "as"))
        {
            first++; // "But as Clyburn noted, …"
        }

        if (!doc.Is(first, "as") || cue - first > 10 || cue == first || context.IsParticiple(cue))
        {
            return null;
        }

        Mention? speaker = null;
        TextSpan? phrase = null;
        int after = cue + 1;
        if (cue == first + 1)
        {
            if (!doc.Is(after, "by"))
            {
                return null;
            }

            speaker = context.MentionStartingAt(after + 1) is { Possessive: false } m ? m : null;
            phrase = speaker is null ? PhraseAfter(doc, sentence, after + 1) : null;
            after = speaker?.EndToken ?? after + 1;
        }
        else
        {
            speaker = context.MentionStartingAt(first + 1) is { Possessive: false } m && m.EndToken <= cue ? m : null;
            int subjectEnd = cue;
            while (subjectEnd > first + 1 && context.IsAdverb(subjectEnd - 1))
            {
                subjectEnd--;
            }

            if (speaker is null || speaker.EndToken != subjectEnd)
            {
                speaker = null;
                phrase = subjectEnd - first - 1 is > 0 and <= 6 ? new TextSpan(doc.Tokens[first + 1].Start, doc.Tokens[subjectEnd - 1].End) : null;
                if (phrase is null)
                {
                    return null;
                }
            }
        }

        // Adjuncts up to the comma that ends the attribution: "on Monday", "in its report".
        int comma = after;
        while (comma < sentence.End && comma - after < 8 && !doc.IsChar(comma, ',') && !doc.InQuote(comma) && !IsFinalPunctuation(doc, comma))
        {
            comma++;
        }

        if (comma >= sentence.End || !doc.IsChar(comma, ',') || (comma > after && !IsAdjunctStart(context, after)))
        {
            return null;
        }

        int start = comma + 1;
        int end = ContentEnd(context, sentence, start);
        if (end - start < 3 || !doc.Tokens[start].IsWord)
        {
            return null;
        }

        var made = Make(doc, [new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End)], cue, speaker, "ReportedSpeechCueSieve", 0.8, "an “as … reported” attribution opens the sentence");
        return speaker is null ? made with { SpeakerPhrase = phrase, Confidence = 0.6 } : made;
    }

    /// <summary>"According to X, …" and "…, according to X."</summary>
    private static ReportedSpeech? AccordingTo(AttributionContext context, Sentence sentence, int at)
    {
        var doc = context.Doc;

        // "coloured according to how many homes are empty", "priced according to what the market bears": a question
        // word after it makes a measure, not a source.
        if (at + 2 < sentence.End && doc.Tokens[at + 2].IsWord && doc.Word(at + 2) is "how" or "what" or "whether" or "which" or "where" or "when" or "why")
        {
            return null;
        }

        var source = context.MentionStartingAt(at + 2) is { Possessive: false } m ? m : null;
        int sourceEnd = source?.EndToken ?? at + 3;
        var cue = new TextSpan(doc.Tokens[at].Start, doc.Tokens[at + 1].End);

        // The comma that ends "according to X," when the sentence goes on after it.
        int comma = sourceEnd;
        while (comma < sentence.End && !doc.IsChar(comma, ',') && !IsFinalPunctuation(doc, comma) && comma - sourceEnd < 24)
        {
            comma++;
        }

        // "According to Ofgem, the energy regulator, …", "According to the study, led by Dr. Maria Santos, …": an apposition
        // to the source is no part of the statement.
        if (comma < sentence.End && doc.IsChar(comma, ',') && AppositionEnd(context, sentence, comma) is int apposition)
        {
            comma = apposition;
        }

        int resumeEnd = comma < sentence.End && doc.IsChar(comma, ',') ? ContentEnd(context, sentence, comma + 1) : -1;
        bool continues = resumeEnd - (comma + 1) >= 3;
        int first = SkipDateline(doc, sentence);
        bool introduced = at > first && doc.IsChar(at - 1, ',') && at - 1 - first <= 3; // "In addition, according to X, …"

        // "…: According to X, …", "(According to X, …)", "But according to X, …": it opens a clause of its own.
        bool opens = at == sentence.First || (at > first && (doc.IsChar(at - 1, ':') || doc.IsChar(at - 1, '(')) && !doc.InQuote(at - 1))
            || (at - 1 == first && doc.Word(first) is "But" or "And" or "So" or "Yet");
        TextSpanList parts;
        if (opens || (introduced && continues))
        {
            if (!continues)
            {
                return null;
            }

            parts = [new TextSpan(doc.Tokens[comma + 1].Start, doc.Tokens[resumeEnd - 1].End)];
        }
        else if (at - sentence.First >= 3)
        {
            // "…, according to X." or "… according to X": the statement before it; "A, according to X, B": both parts.
            int before = doc.IsChar(at - 1, ',') ? at - 1 : at;
            if (before - first < 3)
            {
                return null;
            }

            var left = new TextSpan(doc.Tokens[first].Start, doc.Tokens[before - 1].End);
            parts = continues && before == at - 1
                ? [left, new TextSpan(doc.Tokens[comma + 1].Start, doc.Tokens[resumeEnd - 1].End)]
                : [left];
        }
        else
        {
            return null;
        }

        var made = Make(doc, parts, cue, source, "AccordingToSieve", 0.85, "“according to” names the source");
        return source is null ? made with { SpeakerPhrase = PhraseAfter(doc, sentence, at + 2), Confidence = 0.6 } : made;
    }

    /// <summary>
    /// The comma that closes an apposition opened at <paramref name="comma"/>: a single mention set off by commas ("the
    /// energy regulator,") or a participle phrase ("led by Dr. Maria Santos of the University of Queensland,"); or null.
    /// </summary>
    private static int? AppositionEnd(AttributionContext context, Sentence sentence, int comma)
    {
        var doc = context.Doc;
        int t = comma + 1;
        if (t >= sentence.End || doc.InQuote(t))
        {
            return null;
        }

        if (context.MentionStartingAt(t) is { Kind: MentionKind.Nominal } m && m.EndToken < sentence.End && doc.IsChar(m.EndToken, ','))
        {
            return m.EndToken;
        }

        if (t + 1 < sentence.End && doc.Tokens[t].IsWord && !doc.Tokens[t].IsCapitalized && doc.Word(t).EndsWith("ed", StringComparison.Ordinal)
            && context.IsPreposition(t + 1))
        {
            for (int k = t + 2; k < sentence.End && k - t <= 12; k++)
            {
                if (doc.InQuote(k) || context.IsCueToken[k])
                {
                    return null;
                }

                if (doc.IsChar(k, ','))
                {
                    return k;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The noun phrase just left of a cue when the mention finder has none: "Twenty-four percent said",
    /// "three-quarters of the voters said", "A news report published Wednesday said".
    /// </summary>
    /// <summary>Words that open a subordinate clause whose participle borrows the main clause's subject: "While saying …, he".</summary>
    private static readonly WordSet Subordinators = new[]
    {
        "while", "when", "whenever", "after", "before", "since", "although", "though", "once", "until", "if", "as", "upon", "in", "by", "without",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The speakable mention that opens the main clause after the comma closing the clause of <paramref name="cue"/>, or null.</summary>
    private static Mention? MainSubjectAfterClause(AttributionContext context, Sentence sentence, int cue)
    {
        var doc = context.Doc;
        for (int t = cue + 1; t < sentence.End && t - cue < 40; t++)
        {
            if (doc.InQuote(t))
            {
                continue;
            }

            if (doc.IsChar(t, ','))
            {
                int u = t + 1;
                while (u < sentence.End && context.IsAdverb(u))
                {
                    u++;
                }

                return context.MentionStartingAt(u) is { } m && context.CanSpeak(m) ? m : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the mark at <paramref name="mark"/> opens a quotation that closes before <paramref name="end"/>: a statement
    /// that opens with a quoted fragment ("“Rubbish” and “lies”, the minister said") keeps its opening mark as it keeps
    /// the closing one.
    /// </summary>
    private static bool OpensQuoteWithin(DocumentIndex doc, int mark, int end)
    {
        if (mark + 1 >= end || !doc.InQuote(mark + 1))
        {
            return false;
        }

        var quote = doc.Quotes[doc.QuoteOfToken[mark + 1]];
        return quote.Extent.Start == doc.Tokens[mark].Start && quote.Extent.End <= doc.Tokens[end - 1].End;
    }

    /// <summary>
    /// The token after an addressee the mention finder names no one ("told reporters", "told him"): one word, or a run of
    /// capitalised words that names an outlet in common words ("told People magazine", "told Us Weekly", "told Good
    /// Morning America") with a lower-case medium after it; or a determined noun phrase that "that", a time word, a
    /// preposition or the clause's first word ends ("told a Senate panel Wednesday that …").
    /// </summary>
    private static int AfterUnnamedAddressee(DocumentIndex doc, Sentence sentence, int t)
    {
        if (DeterminedAddresseeEnd(doc, sentence, t) is int phraseEnd)
        {
            return phraseEnd;
        }

        int end = t + 1;
        if (doc.Tokens[t].IsCapitalized)
        {
            while (end < sentence.End && end - t < 4 && doc.Tokens[end] is { IsWord: true, IsCapitalized: true } && !doc.InQuote(end))
            {
                end++;
            }
        }

        if (end < sentence.End && doc.Tokens[t].IsCapitalized && doc.Word(end) is "magazine" or "newspaper" or "radio" or "television" or "podcast" or "website")
        {
            end++;
        }

        return end;
    }

    /// <summary>Most words of a determined addressee after its determiner: "the Senate Armed Services Committee".</summary>
    private const int MaxAddresseeNounTokens = 5;

    /// <summary>
    /// The end of a determined noun phrase at <paramref name="t"/> that is the cue's addressee ("a Senate panel", "the
    /// local paper"), when "that", a time word, a preposition other than "of" and "about", or a word that opens a clause
    /// follows it; otherwise null.
    /// A capitalised word after a lower-case one ends the phrase ("told the court Lee was …").
    /// </summary>
    private static int? DeterminedAddresseeEnd(DocumentIndex doc, Sentence sentence, int t)
    {
        if (!doc.Tokens[t].IsWord || doc.Tokens[t].IsCapitalized || !IsDeterminerWord(doc, t))
        {
            return null;
        }

        int end = t + 1;
        bool lowerSeen = false;
        while (end < sentence.End && end - t <= MaxAddresseeNounTokens && doc.Tokens[end].IsWord && !doc.InQuote(end))
        {
            var w = doc.Word(end);
            if (ClauseStarters.Contains(w) || TimeWords.Contains(w) || AttributionContext.IsPrepositionWord(w) || AttributionContext.IsFiniteAuxiliaryWord(w)
                || (lowerSeen && doc.Tokens[end].IsCapitalized))
            {
                break;
            }

            lowerSeen |= !doc.Tokens[end].IsCapitalized;
            end++;
        }

        if (end == t + 1 || end >= sentence.End || !doc.Tokens[end].IsWord || doc.InQuote(end))
        {
            return null;
        }

        // "told a long tale of …", "told his staff about …": what follows "of" or "about" is what was told, and the
        // noun phrase may be part of it.
        var next = doc.Word(end);
        return ClauseStarters.Contains(next) || TimeWords.Contains(next) || (AttributionContext.IsPrepositionWord(next) && next is not ("of" or "about")) ? end : null;
    }

    /// <summary>The comma that opens the parenthetical closed by the comma at <paramref name="closing"/> (", including X,"), or null.</summary>
    private static int? OpeningComma(DocumentIndex doc, Sentence sentence, int closing)
    {
        for (int u = closing - 1; u > sentence.First && closing - u < 40; u--)
        {
            if (doc.InQuote(u))
            {
                return null;
            }

            if (doc.IsChar(u, ','))
            {
                return u;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether token <paramref name="t"/> is a question or exclamation mark that ends a name it is written against, a
    /// lower-case word going on after it: "Which? said", "Yahoo! reported".
    /// </summary>
    private static bool EndsMarkedName(DocumentIndex doc, int t) =>
        t > 0 && t + 1 < doc.Tokens.Length && doc.Tokens[t].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[t].Start] is '?' or '!'
        && doc.Tokens[t - 1].IsWord && doc.Tokens[t - 1].IsCapitalized && doc.Tokens[t - 1].End == doc.Tokens[t].Start
        && doc.Tokens[t + 1].IsWord && !doc.Tokens[t + 1].IsCapitalized;

    private static TextSpan? SubjectPhrase(AttributionContext context, Sentence sentence, int cue)
    {
        var doc = context.Doc;
        int t = cue - 1;
        while (t >= sentence.First && context.IsAdverb(t))
        {
            t--;
        }

        // "Nvidia on Wednesday reported …": a time phrase between the subject and the cue is no part of the subject.
        if (t - 1 > sentence.First && doc.Tokens[t].IsWord && TimeWords.Contains(doc.Word(t)) && context.IsPreposition(t - 1))
        {
            t -= 2;
        }

        int end = t;
        if (EndsMarkedName(doc, t))
        {
            t--; // "Consumer group Which? said …"
        }

        int first = -1;
        while (t >= sentence.First && end - t < 8 && (doc.Tokens[t].IsWord || IsFigure(doc, t)))
        {
            var w = doc.Word(t);
            bool between = w is "in" or "out" && t > sentence.First && IsFigure(doc, t - 1) && IsFigure(doc, t + 1); // "4 in 10"
            // "But the mum insisted …": a conjunction opening the sentence is no part of its subject.
            if (w is "and" or "but" or "or" or "who" or "which" or "that" or "when" or "while" or "because" or "if" || context.IsCueToken[t] || (context.IsPreposition(t) && w is not "of" && !between)
                || (t == sentence.First && ClauseJoiners.Contains(w)))
            {
                break;
            }

            first = t;
            t--;
        }

        if (first < 0 || doc.InQuote(first))
        {
            return null;
        }

        return new TextSpan(doc.Tokens[first].Start, doc.Tokens[end].End);
    }

    /// <summary>The noun phrase after "according to" when no mention covers it: "the results", "a new poll by Gallup".</summary>
    private static TextSpan? PhraseAfter(DocumentIndex doc, Sentence sentence, int from)
    {
        int end = from;
        while (end < sentence.End && end - from < 8 && (doc.Tokens[end].IsWord || doc.Tokens[end].Kind == TokenKind.Number) && !doc.InQuote(end))
        {
            end++;
        }

        return end > from ? new TextSpan(doc.Tokens[from].Start, doc.Tokens[end - 1].End) : null;
    }

    private static ReportedSpeech Make(DocumentIndex doc, TextSpanList parts, int cue, Mention? speaker, string sieve, double confidence, string reason) =>
        Make(doc, parts, doc.Tokens[cue].Span, speaker, sieve, confidence, reason);

    private static ReportedSpeech Make(DocumentIndex doc, TextSpanList parts, TextSpan cue, Mention? speaker, string sieve, double confidence, string reason)
    {
        bool mixed = false;
        foreach (var p in parts)
        {
            foreach (var q in QuotesNear(doc, p))
            {
                if (p.Contains(q.Extent) || p.Overlaps(q.Content))
                {
                    mixed = true;
                }
            }
        }

        return new ReportedSpeech(parts, cue, speaker, mixed, sieve, confidence, reason);
    }

    /// <summary>Cuts a content part where a full direct quote begins: reported speech never overlaps a direct quote.</summary>
    private static ReportedSpeech? TrimDirectQuotes(DocumentIndex doc, ReportedSpeech found)
    {
        // The kept parts, in a stack buffer: the statement is most often returned unchanged, and then nothing is allocated.
        Span<TextSpan> buffer = found.Parts.Count <= 8 ? stackalloc TextSpan[8] : new TextSpan[found.Parts.Count];
        int kept = 0;
        bool changed = false;
        foreach (var p in found.Parts)
        {
            var part = p;
            foreach (var q in QuotesNear(doc, p))
            {
                if (q.Role != QuoteRole.Direct || !q.Extent.Overlaps(part))
                {
                    continue;
                }

                changed = true;
                part = q.Extent.Start > part.Start ? new TextSpan(part.Start, TrimEnd(doc.Text, part.Start, q.Extent.Start)) : new TextSpan(part.End, part.End);
            }

            if (part.Length >= 8 || (found.ShortAnswer && part == p))
            {
                buffer[kept++] = part;
            }
        }

        var parts = buffer[..kept];
        if (parts.Length == 0)
        {
            return null;
        }

        if (!changed)
        {
            return found;
        }

        bool mixed = false;
        foreach (var p in parts)
        {
            foreach (var q in QuotesNear(doc, p))
            {
                if (p.Overlaps(q.Content))
                {
                    mixed = true;
                    break;
                }
            }

            if (mixed)
            {
                break;
            }
        }

        return found with { Parts = TextSpanList.Create(parts), Mixed = mixed };
    }

    /// <summary>
    /// Whether a double quotation mark, a guillemet or a corner bracket inside a part of <paramref name="found"/> lies in
    /// no quotation the scanner paired: an unclosed (or unopened) quotation. Single marks are left alone, as apostrophes
    /// share them.
    /// </summary>
    private static bool HasStrayMark(DocumentIndex doc, ReportedSpeech found)
    {
        var text = doc.Text;
        foreach (var part in found.Parts)
        {
            int at = part.Start;
            while ((at = QuotationMarks.IndexOfMayStartMark(text, at, part.End, entities: false)) >= 0)
            {
                if (QuotationMarks.Classify(text[at], out var family, out _) && family != QuoteFamily.Single && !InQuotation(doc, part, at))
                {
                    return true;
                }

                at++;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="at"/> lies in the extent of a quotation overlapping <paramref name="part"/>.</summary>
    private static bool InQuotation(DocumentIndex doc, TextSpan part, int at)
    {
        foreach (var q in QuotesNear(doc, part))
        {
            if (q.Extent.Start <= at && at < q.Extent.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quotations whose extent overlaps <paramref name="span"/>, found by binary search (quotes are sorted and disjoint).</summary>
    private static QuotesInRange QuotesNear(DocumentIndex doc, TextSpan span)
    {
        var quotes = doc.Quotes;
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotes[mid].Extent.End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return new QuotesInRange(quotes, lo, span.End);
    }

    /// <summary>The quotations from index <c>First</c> on that start before <c>End</c>: a foreach without an enumerator object.</summary>
    private readonly struct QuotesInRange(IReadOnlyList<QuotedSpan> quotes, int first, int end)
    {
        public Enumerator GetEnumerator() => new(quotes, first, end);

        public struct Enumerator(IReadOnlyList<QuotedSpan> quotes, int first, int end)
        {
            private int _next = first;

            public QuotedSpan Current { get; private set; } = null!;

            public bool MoveNext()
            {
                if (_next >= quotes.Count || quotes[_next].Extent.Start >= end)
                {
                    return false;
                }

                Diagnostics.WorkCounter.Add(Diagnostics.WorkKind.Candidates);
                Current = quotes[_next++];
                return true;
            }
        }
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ':' or ';' or '—' or '–'))
        {
            end--;
        }

        return end;
    }

    /// <summary>One past the last content token: the sentence end, without its final punctuation.</summary>
    /// <summary>Fewest tokens of content before a stray closing bracket for the bracket to end it ("(… said the bill was dead) left").</summary>
    private const int MinBracketedContentTokens = 3;

    private static int ContentEnd(AttributionContext context, Sentence sentence, int start)
    {
        var doc = context.Doc;
        // A "sentence" running on for hundreds of tokens after the cue is no news sentence (unpunctuated or machine
        // text): report nothing rather than scan it again for every cue in it, which made such input quadratic.
        if (sentence.End - start > MaxContentTokens)
        {
            return start;
        }

        int end = sentence.End;

        // A contrasting clause after a comma with a cue of its own is another statement: "74 percent said they are set,
        // while 22 percent said …"; without one it goes on with this one ("X leads, while Y trails").
        // A bracket closing one opened before the content ends it: "The senator (who said the bill was dead) left".
        WorkCounter.Add(WorkKind.Candidates, end - start);
        int depth = 0;
        for (int t = start + 1; t + 1 < end; t++)
        {
            if (doc.IsChar(t, ',') && !doc.InQuote(t) && (doc.Is(t + 1, "while") || doc.Is(t + 1, "whereas")) && CueBefore(context, t + 2, end))
            {
                end = t;
                break;
            }

            if ((doc.IsChar(t, '(') || doc.IsChar(t, '[')) && !doc.InQuote(t))
            {
                depth++;
            }
            else if ((doc.IsChar(t, ')') || doc.IsChar(t, ']')) && !doc.InQuote(t))
            {
                if (depth > 0)
                {
                    depth--;
                }
                else if (t - start >= MinBracketedContentTokens)
                {
                    end = t;
                    break;
                }
            }
        }

        while (end > start && IsFinalPunctuation(doc, end - 1) && !doc.InQuote(end - 1))
        {
            end--;
        }

        return end;
    }

    /// <summary>Whether a cue outside quotation marks stands in tokens <paramref name="from"/> to <paramref name="end"/>.</summary>
    private static bool CueBefore(AttributionContext context, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (context.IsCueToken[k] && !context.Doc.InQuote(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a partial quotation opens at <paramref name="t"/> and the sentence goes on for a few words after it.</summary>
    private static bool OpensPartialQuoteClause(DocumentIndex doc, Sentence sentence, int t)
    {
        if (t + 1 >= sentence.End || doc.Tokens[t].IsWord)
        {
            return false;
        }

        int inside = doc.InQuote(t) ? t : t + 1;
        if (!doc.InQuote(inside))
        {
            return false;
        }

        var quote = doc.Quotes[doc.QuoteOfToken[inside]];
        if (quote.Role != QuoteRole.Partial || doc.Tokens[t].Start > quote.Extent.Start)
        {
            return false;
        }

        int words = 0;
        for (int k = inside; k < sentence.End && words < 2; k++)
        {
            if (doc.Tokens[k].Start >= quote.Extent.End && doc.Tokens[k].IsWord)
            {
                words++;
            }
        }

        return words >= 2;
    }

    /// <summary>
    /// Where a coordinated cue starts the speaker's next statement: "tweeted a photo of the bruise and said she had
    /// been pushed" reports up to "and". <paramref name="end"/> when no "and"/"but" before a cue follows.
    /// </summary>
    private static int CoordinatedCueEnd(AttributionContext context, int start, int end, int mainCue = -1)
    {
        // After a past-tense cue, a coordinated cue in its base form or in -ing belongs to the statement: "said he would
        // sit the envoy down and tell him …", "asked the woman to raise her voice and say it louder"; a finite one
        // ("and predicted …", "and says …") starts the speaker's next statement.
        bool pastMain = mainCue >= 0 && AttributionContext.IsPastForm(context.Doc.Word(mainCue));
        var doc = context.Doc;
        for (int k = start + 1; k < end - 1; k++)
        {
            if (doc.InQuote(k) || !(doc.Is(k, "and") || doc.Is(k, "but")))
            {
                continue;
            }

            int j = k + 1;
            bool auxiliary = false; // "but did not suggest …": finite through its auxiliary
            while (j < end && j - k <= 3 && context.IsAdverb(j))
            {
                auxiliary |= FiniteAuxiliaryLike(doc, j);
                j++;
            }

            if (j < end && context.IsCueToken[j] && !(pastMain && !auxiliary && IsBaseOrGerund(doc.Word(j))))
            {
                return doc.IsChar(k - 1, ',') ? k - 1 : k;
            }
        }

        return end;
    }

    /// <summary>Whether a verb form is neither past nor third-person present: "tell", "say", "denying".</summary>
    private static bool IsBaseOrGerund(ReadOnlySpan<char> w) =>
        !AttributionContext.IsPastForm(w) && !w.EndsWith("s", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// One past the end of a short answer that is all a "say" reports: "yes", "no" or "so" ("said so in December"),
    /// "the same" with what it applies to ("the same of Sanders"), "that" or "it" ending the sentence, or an elided
    /// clause of a pronoun and an auxiliary ("he would.", "she could not"). Null when a longer statement follows.
    /// </summary>
    private static int? ShortAnswerEnd(AttributionContext context, Sentence sentence, int t)
    {
        var doc = context.Doc;
        if (t >= sentence.End || !doc.Tokens[t].IsWord || doc.InQuote(t))
        {
            return null;
        }

        // What may follow the answer: the sentence's end, a comma, or an adjunct ("in December", "publicly", "while …").
        bool closes(int k) => k >= sentence.End || IsFinalPunctuation(doc, k) || doc.IsChar(k, ',') || doc.IsChar(k, ';') || doc.IsChar(k, '—')
            || (doc.Tokens[k].IsWord && (context.IsPreposition(k) || context.IsAdverb(k) || MonthsAndDays.Contains(doc.Word(k)) || ClauseJoiners.Contains(doc.Word(k))));
        var w = doc.Word(t);
        if (w is "yes" or "no" or "so" && closes(t + 1) && !doc.Is(t + 1, "to") || (w is "that" or "it" && t + 1 < sentence.End && IsFinalPunctuation(doc, t + 1)))
        {
            return t + 1;
        }

        if (w is "the" && doc.Is(t + 1, "same") && !doc.IsChar(t + 2, '-'))
        {
            int end = t + 2;
            if (doc.Is(end, "of") || doc.Is(end, "about") || doc.Is(end, "for"))
            {
                // "said the same about Mr. Trump": a name's own periods are part of it.
                int k = context.MentionStartingAt(end + 1) is { } named ? named.EndToken : end + 1;
                while (k < sentence.End && k - end <= 5 && doc.Tokens[k].IsWord && !doc.InQuote(k) && !ClauseJoiners.Contains(doc.Word(k)) && !MonthsAndDays.Contains(doc.Word(k)))
                {
                    k++;
                }

                end = k > end + 1 ? k : end;
            }

            return closes(end) ? end : null;
        }

        if (SubjectStarters.Contains(w) && w is not "there" && FiniteAuxiliaryLike(doc, t + 1))
        {
            int end = doc.Is(t + 2, "not") || doc.Is(t + 2, "n’t") || doc.Is(t + 2, "n't") ? t + 3 : t + 2;
            return end >= sentence.End || IsFinalPunctuation(doc, end) ? end : null;
        }

        return null;
    }

    /// <summary>Whether "and" joins the participle <paramref name="cue"/> to a participle cue shortly before it: "calling them rapists and vowing …".</summary>
    private static bool CoordinatedParticiple(AttributionContext context, Sentence sentence, int cue)
    {
        var doc = context.Doc;
        if (!doc.Is(cue - 1, "and"))
        {
            return false;
        }

        for (int k = cue - 2; k >= sentence.First && cue - k <= 15; k--)
        {
            if (doc.IsChar(k, ';') || IsFinalPunctuation(doc, k))
            {
                return false;
            }

            if (context.IsCueToken[k] && context.IsParticiple(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lower-case plural or a role noun that can head an unnamed subject: "advocates", "officials", "the spokesman".</summary>
    private static bool IsGroupNoun(AttributionContext context, int t)
    {
        var doc = context.Doc;
        if (t < 0 || !doc.Tokens[t].IsWord || doc.Tokens[t].IsCapitalized || doc.InQuote(t) || context.IsAdverb(t) || context.IsPreposition(t))
        {
            return false;
        }

        var w = doc.Word(t);
        return context.Lexicon.RoleNouns.ContainsKey(w) || (w.Length > 3 && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal));
    }

    /// <summary>An approximate quantity that opens a clause, not a prepositional phrase: "about half of …", "nearly 40 percent …".</summary>
    private static bool OpensQuantity(DocumentIndex doc, Sentence sentence, int t) =>
        t + 2 < sentence.End && !doc.InQuote(t) && doc.Word(t) is "about" or "around" or "nearly" or "almost" or "roughly" or "over" or "under"
        && (IsFigure(doc, t + 1) || doc.Word(t + 1) is "half" or "a" or "one" or "two" or "three" or "four" or "five" or "dozens" or "hundreds" or "thousands" or "millions" or "billions");

    /// <summary>Whether a form of "be" stands among the auxiliaries and adverbs before the participle <paramref name="cue"/>: "is calling", "has been praising".</summary>
    private static bool IsProgressive(AttributionContext context, Sentence sentence, int cue)
    {
        var doc = context.Doc;
        for (int t = cue - 1; t >= sentence.First && cue - t <= 4 && (context.IsAdverb(t) || doc.Is(t, "not")); t--)
        {
            if (doc.Word(t) is "is" or "are" or "was" or "were" or "been" or "be")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a clause without a determiner opens at <paramref name="t"/>: a noun, then a finite verb within a few
    /// words ("…, arguing such legislation could expose …", "…, saying mass immigration was …"), no comma between.
    /// </summary>
    private static bool BareClauseFollows(AttributionContext context, Sentence sentence, int t)
    {
        var doc = context.Doc;
        if (t >= sentence.End || !doc.Tokens[t].IsWord || doc.InQuote(t) || context.IsPreposition(t) || context.IsAdverb(t) || doc.Is(t, "to")
            || NoClauseAfterSay(doc, t) || context.IsParticiple(t))
        {
            return false;
        }

        for (int k = t + 1; k < sentence.End && k - t <= 6; k++)
        {
            if (!doc.Tokens[k].IsWord || doc.InQuote(k) || context.IsCueToken[k])
            {
                return false;
            }

            if (FiniteAuxiliaryLike(doc, k) || (AttributionContext.IsPastForm(doc.Word(k)) && !context.IsPreposition(k - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words after "say" that are its object, not the start of a clause: "saying goodbye", "saying nothing".</summary>
    private static bool NoClauseAfterSay(DocumentIndex doc, int t) =>
        doc.Word(t) is "so" or "nothing" or "something" or "anything" or "everything" or "goodbye" or "hello" or "yes" or "no" or "this" or "that" or "it" or "what" or "much" or "little";

    /// <summary>Conjunctions that join a second attribution clause to the first: "…, and three-quarters said …", "…, because he said …".</summary>
    private static readonly WordSet ClauseJoiners = new[] { "and", "but", "because", "while", "whereas", "though", "although", "yet" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where a second attribution with a subject of its own starts inside the clause a cue reports: "Most said Clinton is
    /// honest, and three-quarters said the same of Sanders" reports up to the comma; "Barkley, who said he votes
    /// Democratic, said …" ends the relative clause's statement at the comma before the main cue
    /// (<paramref name="inRelative"/>). <paramref name="end"/> when no such clause follows.
    /// </summary>
    private static int NextAttributionEnd(AttributionContext context, Sentence sentence, int start, int end, bool inRelative, int minLength = 3)
    {
        var doc = context.Doc;
        WorkCounter.Add(WorkKind.Candidates, end - start);
        for (int k = start + 1; k < end; k++)
        {
            // "said the plan was sound, adding that …": a participle cue after a comma reports a statement of its own; so
            // does one after a partial quotation that closes on its comma ("called it “overblown,” adding that …").
            if (context.IsCueToken[k] && context.IsParticiple(k) && k - 1 - start >= minLength && context.Lexicon.SpeechVerbs.ContainsKey(doc.Word(k)))
            {
                if (doc.IsChar(k - 1, ',') && !doc.InQuote(k - 1))
                {
                    return k - 1;
                }

                if (ClosesQuoteOnComma(doc, k - 1))
                {
                    return k;
                }
            }

            if (!context.IsCueToken[k] || doc.InQuote(k) || doc.Is(k - 1, "to") || context.IsParticiple(k)
                || !context.Lexicon.SpeechVerbs.ContainsKey(doc.Word(k)))
            {
                continue;
            }

            if (inRelative && doc.IsChar(k - 1, ','))
            {
                return k - 1 - start >= minLength ? k - 1 : end;
            }

            // The subject of the second cue: a mention, or a short noun phrase ("three-quarters", "55 percent", "other GOP leaders").
            int s = k - 1;
            while (s > start && context.IsAdverb(s))
            {
                s--;
            }

            bool named = false; // a mention or a quantity ("60 percent", "one in four") is the subject, not a run of words
            if (context.MentionEndingAt(s) is { } m && context.CanSpeak(m))
            {
                s = m.FirstToken;
                named = true;
            }
            else if (AppositionOwnerStart(context, start, s) is int owner)
            {
                s = owner; // "…, and Ann Lee, the chief engineer, said …": the subject with its apposition
                named = true;
            }
            else if (s == k - 1 && !FiniteAuxiliaryLike(doc, s))
            {
                // "more than 4 in 10", "40 percent of commuters": a quantity may hold "than" and "of".
                int first = s;
                while (first > start && s - first < MaxBareSubjectTokens && (doc.Tokens[first].IsWord || IsFigure(doc, first)) && !ClauseJoiners.Contains(doc.Word(first))
                    && (!context.IsPreposition(first) || IsRatioIn(doc, first) || IsQuantityLink(doc, first)) && !context.IsCueToken[first] && !doc.InQuote(first))
                {
                    first--;
                }

                s = first + 1;
                if (s > k - 1 || !(doc.Tokens[s].IsWord || IsFigure(doc, s)))
                {
                    continue;
                }

                named = IsFigure(doc, s) || RatioNumbers.Contains(doc.Word(s)) || (s + 1 < k && (IsFigure(doc, s + 1) || IsQuantityLink(doc, s + 1)));
            }
            else
            {
                continue;
            }

            // "…, and aviation experts say …": modifiers the mention left out, up to a conjunction or a semicolon.
            int modified = s;
            while (modified - 1 > start && s - modified < 3 && doc.Tokens[modified - 1].IsWord && !doc.Tokens[modified - 1].IsCapitalized && !doc.InQuote(modified - 1)
                && !ClauseJoiners.Contains(doc.Word(modified - 1)) && !context.IsPreposition(modified - 1) && !context.IsCueToken[modified - 1] && !FiniteAuxiliaryLike(doc, modified - 1)
                && !doc.Is(modified - 1, "that") && !Subordinators.Contains(doc.Word(modified - 1)) && !IsDeterminerWord(doc, modified - 1) && !WhWords.Contains(doc.Word(modified - 1)))
            {
                modified--;
            }

            // Only after a semicolon, a conjunction after a comma or one that opens the clause: "…, and aviation experts say".
            int before = modified - 1;
            if (modified < s && before >= start && (doc.IsChar(before, ';')
                || ((doc.Is(before, "and") || doc.Is(before, "but")) && (before == start || doc.IsChar(before - 1, ',') || doc.IsChar(before - 1, ';')))))
            {
                s = modified;
            }

            // "…, on Monday night she said …": a time adjunct before the subject opens its clause.
            int b = BeforeTimeAdjunct(doc, start, s) - 1;
            if (b > start && ClosesQuoteOnComma(doc, b) && k + 1 < end && !doc.IsChar(k + 1, ',') && !doc.IsChar(k + 1, '.') && b + 1 - start >= minLength)
            {
                return b + 1; // "…had “been friends for some time,” he claimed they had never met": the quotation ends the statement
            }

            if (b < start || doc.InQuote(b))
            {
                continue;
            }

            bool joined = ClauseJoiners.Contains(doc.Word(b));
            int cut = joined ? b : -1;
            if (joined && b - 1 >= start && (doc.IsChar(b - 1, ',') || doc.IsChar(b - 1, ';')))
            {
                cut = b - 1;
            }
            else if (joined && b == start && doc.Is(b, "and"))
            {
                cut = b; // "…, records show, and brokers say …": the clause that resumes after an attribution is another one
            }
            else if (joined && (doc.Is(b, "and") || doc.Is(b, "or")) && !(named && b > start && context.MentionEndingAt(b - 1) is null && doc.Tokens[b - 1].IsWord))
            {
                cut = -1; // "Clinton and Sanders said": a compound subject, not a second clause
            }
            else if (!joined && (doc.IsChar(b, ';') || doc.IsChar(b, '—') || IsSpacedDash(doc, b)))
            {
                cut = b;
            }
            else if (!joined && (doc.Is(b, "with") || doc.Is(b, "to")) && doc.Is(b - 1, "compared") && b - 2 > start && doc.IsChar(b - 2, ',') && doc.Is(k - 1, "who"))
            {
                cut = b - 2; // "58 percent said yes, compared with 30 percent who said so last year"
            }
            else if (!joined && (doc.Is(b, "which") || doc.Is(b, "who")) && b - 1 > start && doc.IsChar(b - 1, ',') && !doc.InQuote(b - 1))
            {
                cut = b - 1; // "…, which he said had harmed the economy": a relative clause with an attribution of its own
            }
            else if (!joined && doc.IsChar(b, ',') && k + 1 < end && !doc.IsChar(k + 1, ',') && !doc.IsChar(k + 1, '.')
                && !ClosesOpeningClause(doc, start, b))
            {
                // "Days before it was to report earnings, the company said on Friday that …": a main clause after the
                // comma, not a parenthetical ("…, the mayor said, would …") nor a trailing attribution ("…, she said.").
                cut = b;
            }

            if (cut >= 0 && cut - start >= minLength)
            {
                return cut;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether token <paramref name="t"/> is the last token of a partial quotation whose last word is followed by a comma
    /// inside the marks: the closing mark of "“been friends for some time,”".
    /// </summary>
    private static bool ClosesQuoteOnComma(DocumentIndex doc, int t)
    {
        if (t < 1 || doc.Tokens[t].IsWord || !doc.IsChar(t - 1, ',') || !doc.InQuote(t - 1))
        {
            return false;
        }

        var quote = doc.Quotes[doc.QuoteOfToken[t - 1]];
        return quote.Role == QuoteRole.Partial && quote.Extent.End == doc.Tokens[t].End;
    }

    /// <summary>Question words, which open a clause and are no modifiers of a subject: "what he called", "how she said".</summary>
    private static readonly WordSet WhWords = new[] { "what", "who", "whom", "whose", "which", "how", "why", "where", "whether" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of opinion surveys that report what a clause after them says: "In a new poll, …".</summary>
    private static readonly WordSet PollNouns = new[] { "poll", "polls", "survey", "surveys", "polling" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tokens from a sentence-opening "In" to the comma after the survey it names.</summary>
    private const int MaxPollPhraseTokens = 16;

    /// <summary>
    /// "In a state university poll released Monday, 50 percent of voters backed the mayor": a sentence that opens with
    /// a survey reports the clause after the comma, the survey speaking. Null when the phrase names no poll or survey
    /// before its comma, or when a cue in the clause reports it instead ("In the poll, most said …").
    /// </summary>
    private static ReportedSpeech? PollOpening(AttributionContext context, Sentence sentence, int at)
    {
        var doc = context.Doc;
        int noun = -1, comma = -1;
        for (int k = at + 1; k < sentence.End && k - at <= MaxPollPhraseTokens; k++)
        {
            if (doc.InQuote(k) || context.IsCueToken[k])
            {
                return null;
            }

            if (doc.IsChar(k, ','))
            {
                comma = k;
                break;
            }

            if (doc.Tokens[k].IsWord && PollNouns.Contains(doc.Word(k)) && noun < 0)
            {
                noun = k;
            }
        }

        // The poll heads the phrase: "In a poll by the college" and "In the latest CNN survey"; not "In a memo released as polls closed".
        if (noun < 0 || comma < 0 || !(IsDeterminerWord(doc, at + 1) || doc.Tokens[at + 1].IsCapitalized || doc.Word(at + 1) is "recent" or "new" or "national" or "exit" or "early")
            || HasVerbBefore(context, at + 1, noun))
        {
            return null;
        }

        // "In the latest Post poll, conducted in May, Clinton led …": a participle phrase about the poll precedes the finding.
        int pollEnd = comma;
        if (comma + 1 < sentence.End && doc.Tokens[comma + 1].IsWord && AttributionContext.IsPastForm(doc.Word(comma + 1)) && !context.IsCueToken[comma + 1])
        {
            for (int k = comma + 2; k < sentence.End && k - comma <= MaxPollPhraseTokens; k++)
            {
                if (doc.InQuote(k) || context.IsCueToken[k])
                {
                    break;
                }

                if (doc.IsChar(k, ','))
                {
                    comma = k;
                    break;
                }
            }
        }

        int start = comma + 1;
        int end = ContentEnd(context, sentence, start);
        if (end - start < 3 || !IsClauseStart(context, start) && !IsFigure(doc, start) || CueBefore(context, start, end))
        {
            return null;
        }

        var cue = new TextSpan(doc.Tokens[at].Start, doc.Tokens[at].End);
        var source = context.MentionStartingAt(at + 1) ?? context.MentionStartingAt(at + 2);
        var made = Make(doc, [new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End)], cue, source is { Possessive: false } ? source : null,
            "AccordingToSieve", 0.6, "a sentence that opens with a poll reports its finding");
        return made.Speaker is null ? made with { SpeakerPhrase = new TextSpan(doc.Tokens[at + 1].Start, doc.Tokens[pollEnd - 1].End), Confidence = 0.5 } : made;
    }

    /// <summary>Whether a word that reads as a verb ("as polls closed": a subordinator) stands in tokens <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static bool HasVerbBefore(AttributionContext context, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (Subordinators.Contains(context.Doc.Word(k)) && !context.Doc.Is(k, "in") || FiniteAuxiliaryLike(context.Doc, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most tokens between a conjunction after a cue and the next cue that make it a new clause: "declined to comment and Senate aides later said".</summary>
    private const int MaxJoinedSubjectTokens = 8;

    /// <summary>Most words in a subject without a mention that <see cref="NextAttributionEnd"/> takes: "more than 4 in 10", "40 percent of commuters".</summary>
    private const int MaxBareSubjectTokens = 6;

    /// <summary>Most tokens in an apposition between a subject and its cue: "Ann Lee, the county's chief engineer, said".</summary>
    private const int MaxAppositionTokens = 12;

    /// <summary>Words before "of" that make a quantity of a group: "40 percent of voters", "half of the members".</summary>
    private static readonly WordSet QuantityNouns = new[]
    {
        "percent", "half", "most", "many", "some", "all", "majority", "plurality", "minority", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
        "none", "few", "several", "each",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the preposition at <paramref name="t"/> joins a quantity: "more than 4 in 10", "40 percent of voters", "half of them".</summary>
    private static bool IsQuantityLink(DocumentIndex doc, int t) =>
        t > 0 && ((doc.Is(t, "than") && doc.Word(t - 1) is "more" or "less" or "fewer" or "More" or "Less" or "Fewer")
            || (doc.Is(t, "of") && (IsFigure(doc, t - 1) || QuantityNouns.Contains(doc.Word(t - 1)))));

    /// <summary>Whether token <paramref name="t"/> is a hyphen or en dash standing alone between spaces, as a dash: "was too late - others say …".</summary>
    private static bool IsSpacedDash(DocumentIndex doc, int t)
    {
        if (!(doc.IsChar(t, '-') || doc.IsChar(t, '–')) || doc.InQuote(t))
        {
            return false;
        }

        int at = doc.Tokens[t].Start, after = doc.Tokens[t].End;
        return at > 0 && after < doc.Text.Length && doc.Text[at - 1] == ' ' && doc.Text[after] == ' ';
    }

    /// <summary>
    /// The first token of a speakable mention that an apposition separates from a cue: "Ann Lee, the chief engineer, said"
    /// with <paramref name="comma"/> at the comma before "said"; null when <paramref name="comma"/> is no comma or no such
    /// mention starts after <paramref name="start"/>.
    /// </summary>
    private static int? AppositionOwnerStart(AttributionContext context, int start, int comma)
    {
        var doc = context.Doc;
        if (!doc.IsChar(comma, ',') || doc.InQuote(comma))
        {
            return null;
        }

        for (int u = comma - 1; u > start && comma - u <= MaxAppositionTokens; u--)
        {
            if (doc.InQuote(u) || context.IsCueToken[u] || doc.Is(u, "that") || doc.IsChar(u, ';'))
            {
                return null;
            }

            if (doc.IsChar(u, ','))
            {
                return u - 1 > start && context.MentionEndingAt(u - 1) is { Possessive: false } owner && context.CanSpeak(owner) && owner.FirstToken > start
                    && owner.Type != EntityType.Place && u + 1 < comma && doc.Tokens[u + 1].IsWord && !FiniteAuxiliaryLike(doc, u + 1)
                    ? owner.FirstToken : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a time adjunct that ends right before <paramref name="subject"/> starts ("on Monday night", "last week",
    /// "at the rally on Friday" is none), after <paramref name="start"/>; <paramref name="subject"/> when none does.
    /// </summary>
    private static int BeforeTimeAdjunct(DocumentIndex doc, int start, int subject)
    {
        for (int p = subject - 1; p > start && subject - p <= 4; p--)
        {
            if (!doc.Tokens[p].IsWord || doc.InQuote(p))
            {
                return subject;
            }

            if (doc.Word(p) is "on" or "last" or "this" or "earlier" or "later" or "On" && TimeWordsIn(doc, p, subject))
            {
                return p;
            }
        }

        return subject;
    }

    /// <summary>Whether tokens <paramref name="from"/> to <paramref name="to"/> name a time: a day, "week", "night" and the like.</summary>
    private static bool TimeWordsIn(DocumentIndex doc, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (TimeWords.Contains(doc.Word(k)) || TimeUnits.Contains(doc.Word(k)))
            {
                return true;
            }
        }

        return doc.Word(from) is "earlier" or "later" && to == from + 1;
    }

    /// <summary>Most words in an inverted subject with its description: "said lobbyist and GOP strategist Charlie Black".</summary>
    private const int MaxInvertedSubjectTokens = 10;

    /// <summary>
    /// Whether the cue at <paramref name="cue"/> follows a comma or a closing quotation mark and all it is followed by,
    /// up to the sentence's end or a comma, is a speaker: a noun phrase that ends in a speakable mention, without a
    /// pronoun subject, an auxiliary or a "that" ("…, said Ohio State professor Ann Lee, an expert on …").
    /// </summary>
    private static bool InvertedSubjectOnly(AttributionContext context, Sentence sentence, int cue)
    {
        var doc = context.Doc;
        if (cue <= sentence.First || cue + 1 >= sentence.End || doc.Tokens[cue - 1].IsWord || !(doc.IsChar(cue - 1, ',') || doc.InQuote(cue - 1))
            || context.SubjectOfCue(cue, allowInverted: false, out _) is not null)
        {
            return false; // "Stein, a physician, accused the committee …": the subject stands before its apposition
        }

        int end = cue + 1;
        while (end < sentence.End && !doc.IsChar(end, ',') && !IsFinalPunctuation(doc, end) && end - cue <= MaxInvertedSubjectTokens)
        {
            if (doc.InQuote(end) || FiniteAuxiliaryLike(doc, end) || doc.Is(end, "that") || context.IsCueToken[end]
                || (doc.Tokens[end].IsWord && (SubjectStarters.Contains(doc.Word(end)) || IsContractedSubject(doc.Word(end)))))
            {
                return false;
            }

            end++;
        }

        return end - cue <= MaxInvertedSubjectTokens && (end == sentence.End || doc.IsChar(end, ',') || IsFinalPunctuation(doc, end))
            && context.MentionEndingAt(end - 1) is { Possessive: false } speaker && context.CanSpeak(speaker);
    }

    /// <summary>Cues that news inverts after the statement: "…, said Carl Brown.", "…, added a spokesman.", "…, wrote the author."</summary>
    private static readonly WordSet InvertingVerbs = new[] { "say", "add", "write", "explain", "note", "tell", "recall", "continue", "ask" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tokens from an inverted cue to the sentence's end for them to name its speaker, titles, apposition and relative clause included.</summary>
    private const int MaxInvertedSpeakerTokens = 24;

    /// <summary>Most tokens before the speaker's mention in an inverted speaker phrase: "a handful of Democrats", "lobbyist and strategist Carl Brown".</summary>
    private const int MaxInvertedSpeakerLead = 5;

    /// <summary>
    /// Where the sentence's words end (before its final punctuation) when all of them from <paramref name="from"/> name a
    /// speaker: a noun phrase with a speakable mention near its start, then an apposition or a relative clause ("said
    /// lobbyist Carl Brown, the firm's former partner.", "said a handful of Democrats who point to his record."). Null
    /// when a clause of its own shows (an auxiliary, a pronoun subject, "that", another cue, a quotation) before any "who".
    /// </summary>
    private static int? InvertedSpeakerEnd(AttributionContext context, Sentence sentence, int from, out Mention? speaker)
    {
        var doc = context.Doc;
        speaker = null;
        int k = from;
        bool relative = false;
        for (; k < sentence.End && !EndsSentence(doc, sentence, k); k++)
        {
            if (k - from >= MaxInvertedSpeakerTokens || doc.InQuote(k))
            {
                return null;
            }

            if (relative)
            {
                if (doc.IsChar(k, ',') || doc.IsChar(k, ';'))
                {
                    return null; // "said Sunshine, who remains close to him, doesn't forgive": the statement resumes
                }

                continue;
            }

            if (speaker is not null && doc.Is(k, "who"))
            {
                relative = true;
                continue;
            }

            // "…, said the Khan family deserved better": a past form after a noun is the reported clause's verb ("a retired
            // general" keeps its determiner before the participle).
            if (FiniteAuxiliaryLike(doc, k) || doc.Is(k, "that") || context.IsCueToken[k]
                || (doc.Tokens[k].IsWord && (SubjectStarters.Contains(doc.Word(k)) || IsContractedSubject(doc.Word(k))))
                || (k > from && doc.Tokens[k].IsWord && !doc.Tokens[k].IsCapitalized && doc.Word(k).EndsWith("ed", StringComparison.Ordinal) && !IsDeterminerWord(doc, k - 1)))
            {
                return null;
            }

            if (speaker is null && k - from <= MaxInvertedSpeakerLead && context.MentionStartingAt(k) is { Possessive: false } m && context.CanSpeak(m)
                && m.Type != EntityType.Place)
            {
                speaker = m;
            }
        }

        return speaker is null || k == from || k < sentence.End && !EndsSentence(doc, sentence, k) ? null : k;
    }

    /// <summary>
    /// The subject found for a cue right after a comma is the object of a preposition ("Across the Plains, …, said …"),
    /// so no subject of the cue at all.
    /// </summary>
    private static bool ObjectOfPreposition(AttributionContext context, Sentence sentence, Mention subject, int cue)
    {
        var doc = context.Doc;
        int before = subject.FirstToken - 1;
        if (before > sentence.First && doc.Is(before, "the"))
        {
            before--; // "Across the Midlands": a mention of the place without its article
        }

        return doc.IsChar(cue - 1, ',') && before >= sentence.First && subject.EndToken < cue && context.IsPreposition(before);
    }

    /// <summary>
    /// The token at <paramref name="t"/> is sentence-final punctuation with no word after it in the sentence: the period of
    /// "Ms. Brainard" or "Sen." inside a name is not.
    /// </summary>
    private static bool EndsSentence(DocumentIndex doc, Sentence sentence, int t) =>
        IsFinalPunctuation(doc, t) && (t + 1 >= sentence.End || !doc.Tokens[t + 1].IsWord);

    /// <summary>Conjunctions that open an adverbial clause before the main clause of a statement: "(said) if Iran were a stock, he would …".</summary>
    private static readonly WordSet OpeningClauseConjunctions = new[]
    {
        "if", "unless", "when", "whenever", "once", "after", "before", "since", "because", "although", "though", "until", "while",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> is the first in a statement that opens with an adverbial clause
    /// ("if Iran were a stock, he would advise buying it"): what follows is the statement's main clause, not a new attribution.
    /// </summary>
    private static bool ClosesOpeningClause(DocumentIndex doc, int start, int comma)
    {
        if (!OpeningClauseConjunctions.Contains(doc.Word(start)))
        {
            return false;
        }

        for (int k = start + 1; k < comma; k++)
        {
            if (doc.IsChar(k, ',') || doc.IsChar(k, ';'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Number words that make a ratio with "in": "one in four", "six in 10".</summary>
    private static readonly WordSet RatioNumbers = new[] { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the "in" at <paramref name="t"/> joins the two numbers of a ratio that is a subject: "six in 10 said", "one in four said".</summary>
    private static bool IsRatioIn(DocumentIndex doc, int t) =>
        doc.Is(t, "in") && t > 0 && t + 1 < doc.Tokens.Length
        && (IsFigure(doc, t - 1) || RatioNumbers.Contains(doc.Word(t - 1))) && (IsFigure(doc, t + 1) || RatioNumbers.Contains(doc.Word(t + 1)));

    /// <summary>An auxiliary or modal that stands between a subject and its verb: "will", "has", "would".</summary>
    private static bool FiniteAuxiliaryLike(DocumentIndex doc, int t) =>
        (uint)t < (uint)doc.Tokens.Length && doc.Tokens[t].IsWord && doc.Word(t) is "will" or "would" or "has" or "have" or "had" or "can" or "could" or "may" or "might" or "must" or "should" or "shall" or "did" or "does" or "do" or "is" or "are" or "was" or "were";

    /// <summary>Skips a wire-story dateline at the start of a paragraph: "BEIRUT (AP) —", "WASHINGTON —", "KARACHI:".</summary>
    private static int SkipDateline(DocumentIndex doc, Sentence sentence)
    {
        int t = sentence.First;
        if (doc.ParagraphFirstToken[sentence.Paragraph] != t)
        {
            return t;
        }

        // "22:41 — Turnout appears …", "01:45 Both men have …": a live blog's clock time opens the entry, not its statement.
        if (ClockTimeEnd(doc, sentence, t) is int afterTime)
        {
            return afterTime;
        }

        int k = t;
        while (k < sentence.End && k - t < 8 && (doc.Tokens[k].IsAllCaps || doc.IsChar(k, ',') || doc.IsChar(k, '(') || doc.IsChar(k, ')') || doc.IsChar(k, '.')))
        {
            k++;
        }

        return k > t && k < sentence.End && (doc.IsChar(k, '—') || doc.IsChar(k, '–') || doc.IsChar(k, '-') || MentionFinder.IsColonDateline(doc, t, k)) ? k + 1 : t;
    }

    /// <summary>
    /// The token after a clock time at <paramref name="t"/> ("22:41", "9:05 am", "01:45 GMT") and a dash after it, when a
    /// word follows; null when no clock time is there.
    /// </summary>
    private static int? ClockTimeEnd(DocumentIndex doc, Sentence sentence, int t)
    {
        if (t + 3 >= sentence.End || doc.Tokens[t].Kind != TokenKind.Number || !doc.IsChar(t + 1, ':') || doc.Tokens[t + 2].Kind != TokenKind.Number
            || doc.Tokens[t + 2].Length != 2 || doc.Tokens[t + 1].Start != doc.Tokens[t].End || doc.Tokens[t + 2].Start != doc.Tokens[t + 1].End)
        {
            return null;
        }

        int k = t + 3;
        if (k < sentence.End && doc.Tokens[k].IsWord && doc.Word(k) is "am" or "pm" or "a.m." or "p.m." or "GMT" or "BST" or "CET" or "ET" or "EST" or "EDT" or "UTC")
        {
            k++;
        }

        if (k < sentence.End && (doc.IsChar(k, '—') || doc.IsChar(k, '–') || doc.IsChar(k, '-') || doc.IsChar(k, ':') || doc.IsChar(k, '|')))
        {
            k++;
        }

        return k < sentence.End && doc.Tokens[k].IsWord ? k : null;
    }

    /// <summary>A number or a percent sign: "59 percent", "47%", "4 in 10".</summary>
    private static bool IsFigure(DocumentIndex doc, int t) =>
        (uint)t < (uint)doc.Tokens.Length && (doc.Tokens[t].Kind == TokenKind.Number || doc.IsChar(t, '%'));

    private static bool IsFinalPunctuation(DocumentIndex doc, int t) =>
        doc.Tokens[t].Kind == TokenKind.Punctuation && CharClass.IsSentenceEnd(doc.Text[doc.Tokens[t].Start]);

    private static bool IsClauseStart(AttributionContext context, int t)
    {
        var doc = context.Doc;
        if (context.MentionStartingAt(t) is not null)
        {
            return true;
        }

        var tok = doc.Tokens[t];
        return tok.IsWord && (ClauseStarters.Contains(doc.Word(t)) || tok.IsCapitalized || IsContractedSubject(doc.Word(t)));
    }

    private static readonly WordSet TimeWords = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "earlier",
        "recently", "later", "afterwards", "afterward",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet TimeUnits = new[]
    {
        "week", "month", "year", "night", "weekend", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "spring", "summer", "fall", "autumn", "winter",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The token after a bare time adjunct at <paramref name="t"/> ("Monday", "yesterday", "last week", "this morning",
    /// "earlier this month", "Monday night"), or <paramref name="t"/> when there is none. A time word that opens a clause
    /// of its own ("said Monday was …") is kept: a finite verb right after it makes it the subject.
    /// </summary>
    private static int AfterTimeAdjunct(DocumentIndex doc, Sentence sentence, int t)
    {
        int k = t;
        if (k < sentence.End && doc.Tokens[k].IsWord && TimeWords.Contains(doc.Word(k)))
        {
            k++;
        }

        if (k + 1 < sentence.End && doc.Tokens[k].IsWord && doc.Word(k) is "last" or "this" or "next" && doc.Tokens[k + 1].IsWord && TimeUnits.Contains(doc.Word(k + 1)))
        {
            k += 2;
        }
        else if (k > t && k < sentence.End && doc.Tokens[k].IsWord && doc.Word(k) is "night" or "morning" or "afternoon" or "evening")
        {
            k++; // "Monday night"
        }

        if (k == t || k >= sentence.End || doc.Tokens[k].IsWord && AttributionContext.IsFiniteAuxiliaryWord(doc.Word(k)))
        {
            return t;
        }

        return k;
    }

    /// <summary>
    /// Whether a token that is no cue can open a statement in <see cref="DetectAll"/>'s other branches by itself: a colon,
    /// "asked" or "according" (a word before "to" or "that", <see cref="IsToOrThat"/>, can too).
    /// <see cref="AttributionContext.StatementTokens"/> lists the tokens that can.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool OpensStatement(Token tok, string text)
    {
        if (!tok.IsWord)
        {
            return tok.Length == 1 && text[tok.Start] == ':';
        }

        if (tok.Length == 2)
        {
            return (text[tok.Start] | 0x20) == 'b' && (text[tok.Start + 1] | 0x20) == 'y'; // "was first reported by …"
        }

        return (tok.Length is 5 or 9) && (text[tok.Start] | 0x20) == 'a'
            && (tok.Length == 5 ? text.AsSpan(tok.Start, 5).Equals("asked", StringComparison.OrdinalIgnoreCase)
                : text.AsSpan(tok.Start, 9).Equals("according", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A filter before <see cref="OpensStatement"/> and <see cref="IsToOrThat"/>, true for every token either accepts: the
    /// token's length (up to 15) and first char (low five bits, letters folded) are those of a colon, "to", "that",
    /// "asked" or "according" (some other tokens pass too). One table bit, so that the nearly every token that fails
    /// costs no unpredictable branch on its length.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool MayBeStatementToken(Token tok, string text)
    {
        int key = StatementKey(tok.Length, text[tok.Start]);
        return (StatementFilter[key >> 6] & (1UL << key)) != 0;
    }

    /// <summary>The bit of a token of <paramref name="length"/> chars starting with <paramref name="first"/> in <see cref="StatementFilter"/> (0 to 511).</summary>
    private static int StatementKey(int length, char first) => (Math.Min(length, 15) << 5) | ((first | 0x20) & 31);

    /// <summary>
    /// The words <see cref="IsToOrThat"/> or <see cref="OpensStatement"/> accept (any case), which the word-class table
    /// marks (<see cref="Mentions.WordClass.StatementWord"/>) so that a looked-up word is tested by one bit.
    /// </summary>
    internal static readonly string[] StatementWords = ["to", "that", "asked", "according", "by"];

    /// <summary>The bits of <see cref="MayBeStatementToken"/>: ":", "to", "that", "asked", "according", "by" by length and first char.</summary>
    private static readonly ulong[] StatementFilter = BuildStatementFilter();

    private static ulong[] BuildStatementFilter()
    {
        var filter = new ulong[8];
        foreach (var word in (string[])[":", .. StatementWords])
        {
            int key = StatementKey(word.Length, word[0]);
            filter[key >> 6] |= 1UL << key;
        }

        return filter;
    }

    /// <summary>
    /// Whether a token is "to" or "that" (any case), after which the word before it can open a statement in
    /// <see cref="DetectAll"/> (a claim noun: "the claim that", "a pledge to"); compared by length first, as nearly every
    /// token fails there.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsToOrThat(Token tok, string text) =>
        tok.Length == 2 ? (text[tok.Start] | 0x20) == 't' && (text[tok.Start + 1] | 0x20) == 'o'
            : tok.Length == 4 && text.AsSpan(tok.Start, 4).Equals("that", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A determiner, one to four words of its noun phrase and then a finite verb: "the deal was done", "a new law will
    /// pass", "his campaign has raised". Not a verb-less phrase ("the deal on Monday").
    /// </summary>
    private static bool IsDeterminedSubjectWithVerb(AttributionContext context, Sentence sentence, int t)
    {
        var doc = context.Doc;
        if (!doc.Tokens[t].IsWord || !(doc.Word(t) is "the" or "The" or "a" or "an" or "this" or "these" or "his" or "her" or "its" or "their" or "our"))
        {
            return false;
        }

        for (int k = t + 2; k < sentence.End && k <= t + 5; k++)
        {
            if (!doc.Tokens[k].IsWord || doc.InQuote(k) || context.IsCueToken[k])
            {
                return false;
            }

            if (AttributionContext.IsFiniteAuxiliaryWord(doc.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSubjectStart(AttributionContext context, int t) =>
        context.MentionStartingAt(t) is { Possessive: false } || SubjectStarters.Contains(context.Doc.Word(t)) || IsContractedSubject(context.Doc.Word(t));

    /// <summary>A subject pronoun contracted with its verb: "he’d", "she’s", "they’re", "it’s", "I’m".</summary>
    private static bool IsContractedSubject(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('’', '\'');
        if (apostrophe <= 0 || apostrophe >= word.Length - 1)
        {
            return false;
        }

        var pronoun = word[..apostrophe];
        foreach (var p in ContractedPronouns)
        {
            if (pronoun.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ContractedPronouns = ["he", "she", "it", "they", "we", "i", "you", "there"];

    /// <summary>Whether "that" comes in [<paramref name="from"/>, <paramref name="to"/>) outside quotations.</summary>
    private static bool ThatFollows(DocumentIndex doc, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (doc.Is(k, "that") && !doc.InQuote(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An article or possessive determiner: "a", "the", "his", "its" ….</summary>
    private static bool IsDeterminerWord(DocumentIndex doc, int token) =>
        token >= 0 && doc.Tokens[token].IsWord && doc.Word(token) is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "our" or "my" or "A" or "An" or "The";

    private static bool IsAdjunct(AttributionContext context, int from, int to)
    {
        // Between the cue (or its object) and "that": only a short prepositional phrase or a comma-delimited aside.
        // "said — on Twitter, as it happens — that …": an aside between dashes is one too.
        // A title's period ("after meeting with Gov. Ann Lee on Monday that …") is no word of the phrase.
        var doc = context.Doc;
        int length = to - from;
        for (int k = from + 1; k < to && length > 8 && to - from <= 10; k++)
        {
            if (doc.IsChar(k, '.') && !EndsSentence(doc, doc.Sentences[doc.SentenceOfToken[k]], k))
            {
                length--;
            }
        }

        return length <= 8 && (context.IsPreposition(from) || doc.IsChar(from, ',') || doc.IsChar(from, '—') || doc.IsChar(from, '–'));
    }
}
