using System.Collections.Frozen;
using QuoteKit.Lexicons;
using QuoteKit.Mentions;
using QuoteKit.Text;

namespace QuoteKit.Attribution;

/// <summary>
/// What the sieves read: the document index, the mentions, and the grammar helpers they share
/// (is this token a speech cue, which mention is the subject of that cue). Read-only for the sieves.
/// </summary>
internal sealed class AttributionContext : IDisposable
{
    /// <summary>Nouns for what a speaker issues ("a statement", "an email"), which speak for their issuer.</summary>
    internal static readonly WordSet DocumentNouns = new[] { "statement", "statements", "release", "letter", "email", "e-mail", "tweet", "post", "message", "memo", "note" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Adverbs = new(new[]
    {
        "also", "later", "then", "again", "had", "has", "have", "would", "will", "did", "does", "do", "not", "never", "once",
        "previously", "earlier", "recently", "repeatedly", "often", "first", "last", "has", "further", "simply", "just", "even",
        "still", "reportedly", "separately", "finally", "quickly", "publicly", "privately", "openly", "flatly", "bluntly",
        "angrily", "always", "long", "already", "ever", "told", "could", "might", "may", "must", "should", "can", "shall", "is", "was", "are", "were", "been", "be",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Prepositions = new(new[]
    {
        "by", "to", "with", "of", "for", "about", "from", "at", "in", "on", "into", "against", "between", "among", "toward",
        "towards", "than", "like", "after", "before", "over", "under", "through", "without", "behind", "despite", "including", "via", "per", "across", "throughout", "within", "beyond", "around",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet FiniteAuxiliaries = new(new[]
    {
        "has", "have", "had", "is", "was", "are", "were", "will", "would", "can", "could", "may", "might", "should", "must", "does", "did",
    }, StringComparer.OrdinalIgnoreCase);

    internal static readonly WordSet NounDeterminers = new(new[] { "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "no", "every", "each" },
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for records and surveys that speak through a verb after them: "the poll shows", "records show", "the data suggest".</summary>
    private static readonly WordSet EvidenceNouns = new(new[]
    {
        "poll", "polls", "polling", "survey", "surveys", "study", "studies", "analysis", "data", "records", "documents", "filings", "figures",
        "numbers", "results", "statistics", "footage", "video", "research", "census", "findings", "estimates", "report", "reports",
        "inquiry", "investigation", "review", "audit", "email", "emails", "memo", "memos", "transcript", "transcripts", "tallies",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Third-person forms of cues that are never plural nouns: "the magnate says", "his campaign argues".</summary>
    private static readonly WordSet VerbOnlyForms = new[]
    {
        "says", "tells", "adds", "argues", "insists", "warns", "explains", "asserts", "contends", "acknowledges", "admits", "suggests",
        "predicts", "announces", "declares", "writes", "maintains", "emphasizes", "believes", "thinks", "expects", "knows", "confirms",
        "concedes", "complains", "concludes", "reveals", "agrees", "alleges", "assures", "observes", "responds", "testifies", "asks",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Two-word cues, first word → particles: "shot back", "went on", "pointed out".</summary>
    private static readonly WordMap<string[]> PhrasalCues = new(Lexicons.LexiconResource.Lines("phrasal-cues.txt")
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(p => p.Length == 2)
        .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
        .Select(g => KeyValuePair.Create(g.Key, g.Select(p => p[1]).ToArray())), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="verb"/> and <paramref name="particle"/> make a two-word cue: "shot back", "went on".</summary>
    internal static bool IsPhrasalCue(ReadOnlySpan<char> verb, ReadOnlySpan<char> particle)
    {
        if (!PhrasalCues.TryGetValue(verb, out var particles))
        {
            return false;
        }

        foreach (var p in particles)
        {
            if (particle.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first words of the two-word cues, for the <see cref="WordClassTable"/>.</summary>
    internal static IEnumerable<string> PhrasalCueKeys => PhrasalCues.Keys;

    /// <summary>
    /// How many tokens a rule looks around a quote or cue. News sentences are far shorter; the bound keeps every
    /// rule constant-time per quote even in a "sentence" that never ends (text without punctuation).
    /// </summary>
    public const int Reach = 80;

    // Per token, rented from the shared pool (possibly longer than the token count); Dispose returns them.
    private int[] _mentionEndingAt;
    private int[] _mentionStartingAt;
    private bool[] _isCueToken;
    private int[] _statementTokens;
    private int _statementCount;
    private int _tokenCount;
    private TokenWordClasses? _classes;

    // The context of this thread's last document, disposed, kept for the next one.
    [ThreadStatic]
    private static AttributionContext? t_spare;

    /// <param name="doc">The document.</param>
    /// <param name="mentions">Its mentions.</param>
    /// <param name="lexicon">The extractor's lexicon.</param>
    /// <param name="options">The extractor's options.</param>
    /// <param name="classes">
    /// The mention finder's per-token word classes over the same lexicon, when still available: the cue test reads
    /// the speech and thought verb classes from it instead of asking the lexicon again.
    /// </param>
    public AttributionContext(DocumentIndex doc, List<Mention> mentions, Lexicon lexicon, QuoteKitOptions options, TokenWordClasses? classes = null)
    {
        Init(doc, mentions, lexicon, options, classes);
    }

    /// <summary>
    /// As the constructor, in the object this thread disposed last when there is one (a context holds nothing once
    /// disposed); dispose it when done, which keeps it for the thread's next document.
    /// </summary>
    public static AttributionContext Rent(DocumentIndex doc, List<Mention> mentions, Lexicon lexicon, QuoteKitOptions options, TokenWordClasses? classes = null)
    {
        var context = t_spare;
        if (context is null)
        {
            return new AttributionContext(doc, mentions, lexicon, options, classes);
        }

        t_spare = null;
        context.Init(doc, mentions, lexicon, options, classes);
        return context;
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_mentionEndingAt), nameof(_mentionStartingAt), nameof(_isCueToken), nameof(_statementTokens), nameof(Doc), nameof(Mentions), nameof(Lexicon), nameof(Options))]
    private void Init(DocumentIndex doc, List<Mention> mentions, Lexicon lexicon, QuoteKitOptions options, TokenWordClasses? classes)
    {
        _classes = classes;
        Doc = doc;
        Mentions = mentions;
        Lexicon = lexicon;
        Options = options;
        int n = doc.TokenCount;
        _tokenCount = n;
        _mentionEndingAt = PooledArray.Rent<int>(n);
        _mentionStartingAt = PooledArray.Rent<int>(n);
        _mentionEndingAt.AsSpan(0, n).Fill(-1);
        _mentionStartingAt.AsSpan(0, n).Fill(-1);
        foreach (var m in mentions)
        {
            _mentionEndingAt[m.EndToken - 1] = m.Index;
            _mentionStartingAt[m.FirstToken] = m.Index;
        }

        // One pass sets each token's cue flag and lists the tokens the reported-speech detector looks at (a cue or a
        // token that can open a statement), so that its loop visits those instead of every token again. A word before
        // "to" or "that" is listed on reaching that token, before it, so that each token is read once.
        var isCue = _isCueToken = PooledArray.Rent<bool>(n);
        var statements = _statementTokens = PooledArray.Rent<int>(n);
        var tokens = doc.Tokens;
        var quoteOf = doc.QuoteOfToken;
        var text = doc.Text;
        int count = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            var tok = tokens[t];
            bool cue, mayOpen;
            if (classes is not null && tok.IsWord && quoteOf[t] < 0)
            {
                // A word outside quotations, looked up already: its classes say whether it may be a cue or a statement word.
                var c = classes.Of(t);
                cue = MayBeCue(c, tok, text) && ComputeIsCue(t);
                mayOpen = (c & WordClass.StatementWord) != 0;
            }
            else
            {
                cue = classes is null && ComputeIsCue(t); // with classes, no cue is a quotation's word or no word
                mayOpen = Detection.ReportedSpeechDetector.MayBeStatementToken(tok, text);
            }

            isCue[t] = cue;
            bool opens = false;
            if (mayOpen)
            {
                if (t > 0 && Detection.ReportedSpeechDetector.IsToOrThat(tok, text) && tokens[t - 1].IsWord && (count == 0 || statements[count - 1] != t - 1))
                {
                    statements[count++] = t - 1;
                }

                opens = Detection.ReportedSpeechDetector.OpensStatement(tok, text);
            }

            if (cue || opens)
            {
                statements[count++] = t;
            }
        }

        _statementCount = count;
        MarkCharacterizingCues();
    }

    /// <summary>
    /// Verbs that characterize what someone is or said, and speak only when what they say is quoted: "portrayed the plan
    /// as “reckless”", "branded him a “traitor”", "labeled the report “fake news”". Without a quotation ("the actor who
    /// portrayed Lincoln", "a drug branded as safe") they are no cue.
    /// </summary>
    private static readonly WordSet CharacterizingVerbs = new(new[]
    {
        "portray", "portrays", "portrayed", "portraying", "brand", "brands", "branded", "branding", "label", "labels", "labeled", "labelled",
        "labeling", "labelling", "herald", "heralds", "heralded", "heralding", "characterize", "characterizes", "characterized", "characterizing",
        "characterise", "characterises", "characterised", "characterising", "termed", "terming", "laud", "lauds", "lauded", "lauding",
        "deride", "derides", "derided", "deriding", "ridicule", "ridicules", "ridiculed", "ridiculing", "lambaste", "lambastes", "lambasted",
        "lambasting", "tout", "touts", "touted", "touting", "liken", "likens", "likened", "likening", "condemn", "condemns", "condemned",
        "condemning", "snipe", "snipes", "sniped", "sniping",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tokens from a characterizing verb to the quotation that makes it a cue: "portrayed Mexican immigrants, in particular, as “…”" is out of reach, "labeled the senator's plan “…”" in.</summary>
    private const int MaxCharacterizedObjectTokens = 10;

    /// <summary>Whether the token before <paramref name="t"/>, adverbs aside, is punctuation (or <paramref name="t"/> opens the sentence at <paramref name="first"/>).</summary>
    private bool AfterPunctuation(int t, int first)
    {
        int p = t - 1;
        while (p >= first && IsAdverb(p))
        {
            p--;
        }

        return p < first || !Doc.Tokens[p].IsWord;
    }

    /// <summary>
    /// Marks as cues the <see cref="CharacterizingVerbs"/> that a quotation (not a full direct quote) follows in the same
    /// clause within <see cref="MaxCharacterizedObjectTokens"/> tokens, with no punctuation, other quotation or cue between.
    /// Linear: each quotation looks back a bounded number of tokens.
    /// </summary>
    private void MarkCharacterizingCues()
    {
        var doc = Doc;
        var quotes = doc.Quotes;
        int near = 0; // the last quotation's token: they come in text order
        for (int qi = 0; qi < quotes.Count; qi++)
        {
            var q = quotes[qi];
            if (q.Role == Detection.QuoteRole.Direct)
            {
                continue;
            }

            int open = near = doc.TokenAtOrAfter(q.Extent.Start, near);
            if (open >= _tokenCount)
            {
                continue;
            }

            int first = doc.Sentences[doc.SentenceOfToken[open]].First;
            for (int k = open - 1; k >= first && open - k <= MaxCharacterizedObjectTokens; k--)
            {
                var tok = doc.Tokens[k];
                if (doc.InQuote(k) || _isCueToken[k] || (!tok.IsWord && tok.Kind != TokenKind.Number && !(tok.Length == 1 && doc.Text[tok.Start] is '\'' or '’')))
                {
                    break;
                }

                if (tok.IsWord && CharacterizingVerbs.Contains(doc.Word(k)))
                {
                    // "(often) labeled as a “witch hunt” by Democrats", "a plan branded “reckless”": without an object before
                    // "as" or the quotation the verb is a passive participle. "derided and insulted “…”" leaves the
                    // statement to the last verb.
                    // "The inquiry, labeled a “witch hunt” by critics, …": a past form right after a comma or dash (adverbs
                    // aside) is a passive participle in apposition too.
                    if (k + 1 < open && !doc.Is(k + 1, "as") && !doc.Is(k + 1, "and") && !doc.Is(k + 1, "or")
                        && !(IsPastForm(doc.Word(k)) && AfterPunctuation(k, first)) && ComputeIsCue(k, characterizing: true))
                    {
                        _isCueToken[k] = true;
                        AddStatementToken(k);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// Lists <paramref name="t"/> among the tokens the reported-speech detector looks at, in token order, unless it is
    /// listed already. Only for the few cues marked after the main pass: each insertion shifts the list's tail.
    /// </summary>
    private void AddStatementToken(int t)
    {
        var statements = _statementTokens;
        int at = Array.BinarySearch(statements, 0, _statementCount, t);
        if (at >= 0)
        {
            return;
        }

        at = ~at;
        Array.Copy(statements, at, statements, at + 1, _statementCount - at);
        statements[at] = t;
        _statementCount++;
    }

    /// <summary>
    /// False for a word outside quotations that <see cref="ComputeIsCue"/> surely rejects (no word of a cue lexicon and
    /// not "found" or "finds"), tested inline so that most tokens never enter that large method. <paramref name="c"/>
    /// are the word classes of token <paramref name="tok"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeCue(WordClass c, Token tok, string text) =>
        (c & (WordClass.PhrasalCue | WordClass.SpeechVerb | WordClass.ThoughtVerb)) != 0 || (tok.Length == 5 && (text[tok.Start] | 0x20) == 'f');

    /// <summary>Returns the pooled per-token arrays and keeps the object for this thread's next <see cref="Rent"/>; the context must not be read afterwards.</summary>
    public void Dispose()
    {
        if (Doc is null)
        {
            return; // disposed already
        }

        PooledArray.Return(ref _mentionEndingAt);
        PooledArray.Return(ref _mentionStartingAt);
        PooledArray.Return(ref _isCueToken);
        PooledArray.Return(ref _statementTokens);
        _classes = null;
        Doc = null!;
        Mentions = null!;
        Lexicon = null!;
        Options = null!;
        t_spare = this;
    }

    public DocumentIndex Doc { get; private set; }

    /// <summary>
    /// The tokens of the quote's sentence that rules look at, at most <see cref="Reach"/> on either side of the
    /// quote, or null when the quote has no token (an empty quote at the end of the text).
    /// </summary>
    public (int From, int To, Sentence Sentence)? SentenceWindow(QuoteUnit quote)
    {
        int anchor = quote.Anchor;
        if ((uint)anchor >= (uint)Doc.Tokens.Length)
        {
            return null;
        }

        var sentence = Doc.Sentences[Doc.SentenceOfToken[anchor]];
        return (Math.Max(sentence.First, anchor - Reach), Math.Min(sentence.End, quote.EndToken + Reach), sentence);
    }

    public List<Mention> Mentions { get; private set; }

    public Lexicon Lexicon { get; private set; }

    public QuoteKitOptions Options { get; private set; }

    /// <summary>For each token, whether it is a speech (or, by option, thought) verb used as a verb, outside quotations.</summary>
    public ReadOnlySpan<bool> IsCueToken => new(_isCueToken, 0, _tokenCount);

    /// <summary>
    /// The tokens, in order, that are cues (<see cref="IsCueToken"/>) or can open a statement by the reported-speech
    /// detector's own test (a colon, "asked", "according", a word before "to" or "that"): with the sentences' first
    /// tokens, the only ones its loop looks at.
    /// </summary>
    public ReadOnlySpan<int> StatementTokens => new(_statementTokens, 0, _statementCount);

    /// <summary>
    /// What "who" right after <paramref name="before"/> stands for: that mention, or for a place, the person before its
    /// "of" ("Sen. Jeff Flake of Arizona, who said", "Jeff Flake, Republican of Arizona, who"); null for a possessive or
    /// another place.
    /// </summary>
    public Mention? RelativeAntecedent(Mention? before)
    {
        if (before is null || before.Possessive)
        {
            return null;
        }

        if (before.Type != EntityType.Place)
        {
            return before;
        }

        // "Sen. Jeff Flake of Arizona, who", "Sen. Jeff Flake, Republican of Arizona, who".
        int of = before.FirstToken - 1;
        if (of < 2 || !Doc.Is(of, "of"))
        {
            return null;
        }

        var person = MentionEndingAt(of - 1);
        if (person is not { Kind: MentionKind.Name } && of >= 3 && Doc.Tokens[of - 1].IsCapitalized && Doc.IsChar(of - 2, ','))
        {
            person = MentionEndingAt(of - 3);
        }

        return person is { Kind: MentionKind.Name, Type: EntityType.Person, Possessive: false } ? person : null;
    }

    public Mention? MentionEndingAt(int token) => (uint)token < (uint)_tokenCount && _mentionEndingAt[token] >= 0 ? Mentions[_mentionEndingAt[token]] : null;

    public Mention? MentionStartingAt(int token) => (uint)token < (uint)_tokenCount && _mentionStartingAt[token] >= 0 ? Mentions[_mentionStartingAt[token]] : null;

    /// <summary>Whether the word at <paramref name="token"/> is a form in "-ing" ("saying", "telling").</summary>
    public bool IsParticiple(int token) => Doc.Word(token).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is a finite auxiliary or modal ("was", "has", "will"), ignoring case.</summary>
    internal static bool IsFiniteAuxiliaryWord(ReadOnlySpan<char> word) => FiniteAuxiliaries.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a preposition ("with", "to", "from"), ignoring case.</summary>
    internal static bool IsPrepositionWord(ReadOnlySpan<char> word) => Prepositions.Contains(word);

    public bool IsPreposition(int token) => (uint)token < (uint)Doc.Tokens.Length && Doc.Tokens[token].IsWord && Prepositions.Contains(Doc.Word(token));

    /// <summary>Whether the token is a noun for a record or a survey ("poll", "records", "data") that can speak through a verb.</summary>
    public bool IsEvidenceNoun(int token) => (uint)token < (uint)Doc.Tokens.Length && Doc.Tokens[token].IsWord && EvidenceNouns.Contains(Doc.Word(token));

    public bool IsAdverb(int token)
    {
        if ((uint)token >= (uint)Doc.Tokens.Length || !Doc.Tokens[token].IsWord)
        {
            return false;
        }

        var w = Doc.Word(token);

        // "She has since said": "since" after a perfect auxiliary is an adverb of time, not a subordinator.
        if (w is "since" && token > 0 && Doc.Word(token - 1) is "has" or "have" or "had" or "Has" or "Have" or "Had")
        {
            return true;
        }

        if (!Adverbs.Contains(w))
        {
            return (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !char.IsUpper(w[0]))
                || (w.Length > 4 && (w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase))); // "didn’t", "won’t"
        }

        // A capitalised word that ends a name is the name, not the modal: "Theresa May said", "Will wrote" (George Will);
        // in title case, where the next word is capitalised too, it is the modal ("Trump May Not Have Suggested").
        return !char.IsUpper(w[0]) || MentionEndingAt(token) is null
            || token + 1 < Doc.Tokens.Length && Doc.Tokens[token + 1].IsWord && Doc.Tokens[token + 1].IsCapitalized;
    }

    /// <summary>A mention that can speak: not a possessive, not a place, not the object of a preposition.</summary>
    public bool CanSpeak(Mention m) =>
        !m.Possessive && m.Type != EntityType.Place && !IsPreposition(m.FirstToken - 1);

    /// <summary>
    /// As <see cref="CanSpeak"/>, but a place name right before its cue speaks too: "Moscow said" stands for its
    /// government, and "Israel said" is as often a person called Israel.
    /// </summary>
    public bool CanSpeakBefore(Mention m, int cue) =>
        CanSpeak(m) || (m.Type == EntityType.Place && !m.Possessive && m.EndToken == cue && !IsPreposition(m.FirstToken - 1))
        || IsSubjectAfterWith(m, cue) || IsSubjectAfterSubordinator(m, cue);

    /// <summary>
    /// "after Obama called the bankers “fat cats”", "since Lee said …": after a word that is a preposition and a
    /// subordinator, a mention right before a finite past or present form of the cue (adverbs aside) is the subject of
    /// a clause, not the object of the preposition.
    /// </summary>
    private bool IsSubjectAfterSubordinator(Mention m, int cue)
    {
        var doc = Doc;
        if (m.Possessive || m.Type == EntityType.Place || m.FirstToken == 0 || !doc.Tokens[m.FirstToken - 1].IsWord
            || doc.Word(m.FirstToken - 1) is not ("after" or "before" or "since" or "until" or "After" or "Before" or "Since" or "Until")
            || IsParticiple(cue) || !(IsPastForm(doc.Word(cue)) || doc.Word(cue).EndsWith("s", StringComparison.Ordinal)))
        {
            return false;
        }

        return OnlyAdverbsBetween(m.EndToken, cue);
    }

    /// <summary>Whether every token from <paramref name="from"/> up to <paramref name="to"/> is an adverb (none at all counts).</summary>
    private bool OnlyAdverbsBetween(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!IsAdverb(t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "with Trump yelling", "with aides reportedly saying": after "with" a mention is the subject of the
    /// participle that follows it (an absolute clause), not only the object of the preposition.
    /// </summary>
    private bool IsSubjectAfterWith(Mention m, int cue)
    {
        if (m.Possessive || m.Type == EntityType.Place || !(Doc.Is(m.FirstToken - 1, "with") || Doc.Is(m.FirstToken - 1, "without"))
            || !IsParticiple(cue))
        {
            return false;
        }

        return OnlyAdverbsBetween(m.EndToken, cue);
    }

    /// <summary>The preposition before the mention, past an article and at most two lower-case modifiers ("at the more radical CGT"), or -1.</summary>
    private int PrepositionBefore(Mention m, int sentenceFirst)
    {
        int p = m.FirstToken - 1;
        for (int skipped = 0; p > sentenceFirst && skipped < 3 && Doc.Tokens[p].IsWord && !Doc.Tokens[p].IsCapitalized && !IsPreposition(p); skipped++)
        {
            p--;
        }

        return p > sentenceFirst && IsPreposition(p) ? p : -1;
    }

    /// <summary>Prepositions that place a group: "farmers in western Kansas", "residents on the island", "traders across the city".</summary>
    private static readonly WordSet LocatingPrepositions = new[] { "in", "on", "across", "at", "throughout", "around" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Farmers in western Kansas say", "Residents on the island said", "Parents at the school said": when the phrase
    /// ending at <paramref name="t"/> is a short locating prepositional phrase (a place, or a few lower-case words that
    /// the finder knows no mention for) after a mention that can speak, the people it places speak, not the place. A
    /// person or a pronoun there is the clause's own subject ("the hearing in which Lee said", "in the hopes he would").
    /// </summary>
    private Mention? LocatedHead(int t, int sentenceFirst)
    {
        var doc = Doc;
        int p = t;
        int modifiers = 3; // "the island", "western Kansas", "the old town"
        bool groupOnly = false;
        int locatedFirst = t;
        if (MentionEndingAt(t) is { } located)
        {
            if (located.Possessive || located.Type == EntityType.Person || located.Kind == MentionKind.Pronoun)
            {
                return null;
            }

            // A name the finder cannot type may be a person's, the clause's own subject ("the campaign on which Trump
            // pledged"); people are seldom placed in a person, so only a group is placed by it ("Residents on South Uist
            // say"), an organisation just before "in" and the name ("the ministry in Valmora said", not "a campaign on which
            // Trump pledged"), or the object of an affiliation ("Ann Lee of the Academy in Tutzing said").
            groupOnly = located.Kind == MentionKind.Name && located.Type is not (EntityType.Place or EntityType.Organization);

            p = located.FirstToken - 1;
            locatedFirst = located.FirstToken;
            modifiers = 2;
        }

        for (int skipped = 0; p > sentenceFirst && skipped < modifiers && doc.Tokens[p].IsWord && !doc.Tokens[p].IsCapitalized && !IsPreposition(p)
            && !IsCueToken[p] && !doc.InQuote(p) && !IsFiniteAuxiliaryWord(doc.Word(p)) && doc.Word(p).IndexOfAny('\'', '’') < 0; skipped++)
        {
            p--;
        }

        return p > sentenceFirst && p < t && doc.Tokens[p].IsWord && LocatingPrepositions.Contains(doc.Word(p))
            && MentionEndingAt(p - 1) is { Possessive: false } head && CanSpeak(head) && (!groupOnly || head.Type == EntityType.Group
                || (head.Type == EntityType.Organization && doc.Is(p, "in") && p == locatedFirst - 1) || QualifiedHead(head, sentenceFirst) is not null)
            ? head : null;
    }

    /// <summary>How far back from "in" a person's affiliation may start: "of the Academy for Political Education in".</summary>
    private const int MaxAffiliationTokens = 7;

    /// <summary>
    /// The head of "X of Y", "X for Y", "X at Y", "X from Y" when <paramref name="left"/> is Y: it speaks, not the object
    /// of its preposition: "Jeffrey Lewis of the Middlebury Institute said", "A spokesman for the ministry said", "The wife
    /// of Tom Lee said", "Dr Terry Goldsworthy from Bond University said", "Observers from the African Union said". A title
    /// before a person's name stays with the name ("Secretary of State John Kerry said"). "A source close to Morrow told",
    /// "people familiar with the talks said": the qualifier's head speaks too.
    /// </summary>
    private Mention? QualifiedHead(Mention left, int sentenceFirst)
    {
        var doc = Doc;
        int p = left.FirstToken - 1;
        int headEnd = p - 1;
        if (p - 2 >= sentenceFirst && ((doc.Is(p, "to") && doc.Is(p - 1, "close")) || (doc.Is(p, "with") && doc.Is(p - 1, "familiar"))))
        {
            headEnd = p - 2;
        }
        else if (!(doc.Is(p, "of") || doc.Is(p, "for") || doc.Is(p, "at") || doc.Is(p, "from")))
        {
            return null;
        }

        return headEnd >= sentenceFirst
            && MentionEndingAt(headEnd) is { Possessive: false } head && CanSpeak(head) && head.Type is EntityType.Person or EntityType.Unknown or EntityType.Group
            && (left.Type is not EntityType.Person || doc.Is(head.FirstToken, "the") || doc.Is(head.FirstToken, "a") || doc.Is(head.FirstToken, "an"))
            ? head : null;
    }

    /// <summary>
    /// The subject of the cue at <paramref name="cue"/>: the mention just left of it (skipping adverbs,
    /// auxiliaries and one parenthetical ", …," such as an apposition or a relative clause), or, when the
    /// cue is inverted ("said Putin"), the mention just right of it.
    /// </summary>
    public Mention? SubjectOfCue(int cue, bool allowInverted, out bool inverted)
    {
        inverted = false;
        var doc = Doc;
        int sentenceFirst = doc.Sentences[doc.SentenceOfToken[cue]].First;
        int t = cue - 1;
        while (t >= sentenceFirst && IsAdverb(t))
        {
            t--;
        }

        // "Sen. Ann Lee (D-Ore.) said", "Lee (pictured) has said": a parenthesis after the subject is skipped.
        if (t > sentenceFirst && doc.IsChar(t, ')') && !doc.InQuote(t))
        {
            for (int open = t - 1; open > sentenceFirst && t - open <= 8; open--)
            {
                if (doc.IsChar(open, '('))
                {
                    t = open - 1;
                    while (t >= sentenceFirst && IsAdverb(t))
                    {
                        t--;
                    }

                    break;
                }
            }
        }

        // A coordinated verb ("He adopted an accent and joked") shares the clause's subject.
        if (t >= sentenceFirst && (doc.Is(t, "and") || doc.Is(t, "but")) && !doc.IsChar(t - 1, ','))
        {
            return MainClauseSubject(sentenceFirst, t, last: true);
        }

        // "She began by saying, “…”", "Ortiz went on to say, “…”": a participle after "by" and an infinitive after "went on
        // to" that introduce a quotation have the clause's subject.
        if (t >= sentenceFirst + 2 && t == cue - 1 && IntroducesQuotation(cue)
            && ((doc.Is(t, "by") && IsParticiple(cue)) || (doc.Is(t, "to") && doc.Is(t - 1, "on") && doc.Word(t - 2) is "went" or "go" or "goes" or "going" or "gone")))
        {
            return MainClauseSubject(sentenceFirst, t, last: true);
        }

        // A participle after a comma ("…, saying", "…, calling") has the main clause's subject.
        if (t >= sentenceFirst && t == cue - 1 && doc.IsChar(t, ',') && IsParticiple(cue))
        {
            return MainClauseSubject(sentenceFirst, cue, last: true) ?? PreviousCueSubject(sentenceFirst, t);
        }

        // Skip an apposition or relative clause: "CCTV, China’s state broadcaster, said"; "Xi, who …, said". Its
        // closing comma may stand inside the marks of a title that ends it: "…, author of “Unwritten Rules,” put it".
        for (int mark = t; mark > sentenceFirst && t - mark < 2 && !doc.IsChar(mark, ',') && doc.Tokens[mark].Kind == Text.TokenKind.Punctuation && !doc.InQuote(mark); mark--)
        {
            if (doc.IsChar(mark - 1, ',') && doc.InQuote(mark - 1))
            {
                t = mark - 1; // the closing mark may be two tokens: ''
                break;
            }
        }

        if (t >= sentenceFirst && doc.IsChar(t, ','))
        {
            int comma = t;
            int u = t - 1;
            while (u >= sentenceFirst && (!doc.IsChar(u, ',') || doc.InQuote(u)) && comma - u < 40)
            {
                u--;
            }

            if (u >= sentenceFirst && doc.IsChar(u, ',') && MentionEndingAt(u - 1) is { } appositiveOwner && CanSpeak(appositiveOwner))
            {
                // "Her counterpart at the more radical CGT, Sophie Binet, called": the head of the phrase speaks (the person
                // named in the commas), not the organisation that ends its prepositional phrase.
                if (appositiveOwner.Type != EntityType.Person && PrepositionBefore(appositiveOwner, sentenceFirst) is int preposition and > 0
                    && MentionEndingAt(preposition - 1) is { Possessive: false, Type: EntityType.Person or EntityType.Unknown } phraseHead && CanSpeak(phraseHead)
                    && MentionStartingAt(u + 1) is { Kind: MentionKind.Name, Type: EntityType.Person } apposed && apposed.EndToken == comma)
                {
                    return phraseHead;
                }

                return appositiveOwner;
            }

            // "His rival, Mary Jones, said": an owner the finder does not know as a mention; the name set off by the commas speaks.
            if (u >= sentenceFirst && doc.IsChar(u, ',') && MentionEndingAt(u - 1) is null
                && MentionStartingAt(u + 1) is { Kind: MentionKind.Name, Type: EntityType.Person } named && named.EndToken == comma && CanSpeak(named))
            {
                return named;
            }
        }

        // A relative pronoun stands for its antecedent, even one after a preposition: "Xi, who also called Putin …",
        // "an endorsement from Mike Lee, who declared …".
        if (t >= sentenceFirst && (doc.Is(t, "who") || doc.Is(t, "which")) && doc.IsChar(t - 1, ',') && RelativeAntecedent(MentionEndingAt(t - 2)) is { } antecedent)
        {
            return antecedent;
        }

        // "Putin on Friday said": skip a short time phrase.
        if (t - 1 >= sentenceFirst && doc.Tokens[t].IsCapitalized && IsPreposition(t - 1) && IsTimeWord(t))
        {
            t -= 2;
        }

        if (t >= sentenceFirst && !IsParticiple(cue) && LocatedHead(t, sentenceFirst) is { } locatedHead)
        {
            // "Ann Lee of the Institute for Policy in Tutzing said": the place locates the institute, whose own head speaks
            // (a name the finder splits at "for" takes two steps).
            var speaker = locatedHead;
            for (int step = 0; step < 2 && QualifiedHead(speaker, sentenceFirst) is { } qualified; step++)
            {
                speaker = qualified;
            }

            return speaker;
        }

        if (t >= sentenceFirst && MentionEndingAt(t) is { } left)
        {
            int p = left.FirstToken - 1;
            if (QualifiedHead(left, sentenceFirst) is { } head)
            {
                return head;
            }

            // "Ann Lee of the Institute for Policy in Tutzing said": the place locates the affiliation (which the finder may
            // not know as a mention), and the person before it speaks. The walk back stops at a comma, quote or cue.
            if (doc.Is(p, "in") && (left.Type == EntityType.Place || (left.Kind == MentionKind.Name && left.Type == EntityType.Unknown)))
            {
                for (int k = p - 1; k > sentenceFirst && p - k <= MaxAffiliationTokens && doc.Tokens[k].IsWord && !doc.InQuote(k) && !IsCueToken[k]; k--)
                {
                    if ((doc.Is(k, "of") || doc.Is(k, "from") || doc.Is(k, "at"))
                        && MentionEndingAt(k - 1) is { Possessive: false, Type: EntityType.Person or EntityType.Group } affiliated && CanSpeak(affiliated))
                    {
                        return affiliated;
                    }
                }
            }

            // "The ministry in Seoul said", "A spokesman in Brussels said", "Officials in Kyiv said": the place says where.
            if (left.Type == EntityType.Place && p - 1 >= sentenceFirst && doc.Is(p, "in")
                && MentionEndingAt(p - 1) is { Possessive: false, Type: not EntityType.Place } located && CanSpeak(located))
            {
                return located;
            }

            // "Acme released a statement saying: “…”", "she sent an email saying": the document speaks for whoever issued it.
            if (IsParticiple(cue) && t == cue - 1 && left.Head is { } document && DocumentNouns.Contains(document)
                && MainClauseSubject(sentenceFirst, left.FirstToken, last: true) is { } issuer)
            {
                return issuer;
            }

            // "Lee emailed supporters saying: “…”": a participle after the object of a finite cue shares that cue's subject.
            if (IsParticiple(cue) && p >= sentenceFirst && IsCueToken[p] && !IsParticiple(p) && SubjectOfCue(p, allowInverted: false, out _) is { } main)
            {
                return main;
            }

            if (CanSpeakBefore(left, cue))
            {
                return left;
            }
        }

        if (!allowInverted)
        {
            return null;
        }

        int r = cue + 1;
        while (r < doc.Tokens.Length && IsAdverb(r) && doc.SentenceOfToken[r] == doc.SentenceOfToken[cue])
        {
            r++;
        }

        if (MentionStartingAt(r) is { } right && !right.Possessive && right.Type != EntityType.Place)
        {
            inverted = true;
            return right;
        }

        return null;
    }

    /// <summary>Whether a comma or colon and then an opening quotation mark follow the cue: said, “…” / saying: “…”.</summary>
    private bool IntroducesQuotation(int cue)
    {
        var doc = Doc;
        return cue + 3 < doc.Tokens.Length && (doc.IsChar(cue + 1, ',') || doc.IsChar(cue + 1, ':')) && !doc.InQuote(cue + 1)
            && doc.Tokens[cue + 2].Kind == TokenKind.Punctuation && !doc.InQuote(cue + 2) && doc.InQuote(cue + 3);
    }

    /// <summary>
    /// The first speakable mention that opens a clause (sentence start, or after a comma or conjunction) before
    /// <paramref name="end"/>; with <paramref name="last"/>, the last one (the clause nearest a coordinated verb:
    /// "When I asked her, she laughed and said").
    /// </summary>
    public Mention? MainClauseSubject(int sentenceFirst, int end, bool last = false)
    {
        var doc = Doc;
        Mention? found = null;
        for (int t = Math.Max(sentenceFirst, end - Reach); t < end; t++)
        {
            WorkCounter.Add(WorkKind.Candidates);
            if (MentionStartingAt(t) is not { } m || doc.InQuote(t))
            {
                continue;
            }

            // Looking for the nearest clause, "and" without a comma joins noun phrases as often as clauses ("called both
            // Trump and Democratic front-runner Clinton “crazy” and said"): only ", and" opens one then.
            bool conjunction = (doc.Is(t - 1, "and") || doc.Is(t - 1, "but")) && (!last || doc.IsChar(t - 2, ','));
            // "Then Trump went …", "And then Trump went …": an adverb that opens the sentence leaves the subject first.
            bool afterOpeningAdverb = t - 1 >= sentenceFirst && IsAdverb(t - 1)
                && (t - 1 == sentenceFirst || (t - 2 == sentenceFirst && doc.Word(t - 2) is "And" or "But" or "So"));
            bool opensClause = t == sentenceFirst || doc.IsChar(t - 1, ',') || conjunction || afterOpeningAdverb || IsSubordinator(t - 1)
                || OpensRelativeClause(t, m, end)
                || (doc.Tokens[t - 1].Kind == Text.TokenKind.Punctuation && !doc.InQuote(t - 1) && t - 1 == sentenceFirst);
            if (opensClause && CanSpeak(m) && m.Type != EntityType.Place)
            {
                if (!last)
                {
                    return m;
                }

                // "his rival, Hillary Clinton, saying …": a mention set off by commas right after another mention is its
                // apposition, not the subject of a new clause.
                if (found is null || !(IsApposition(m) || IsNounApposition(m)))
                {
                    found = m;
                }
            }

            t = m.EndToken - 1;
        }

        return found;
    }

    /// <summary>
    /// The subject of the finite cue that closes the clause before a participle's comma, when no mention opens the
    /// main clause: "“…,” McCain said, citing …", "…, said Devine, suggesting …". Null when no cue stands in the
    /// few words before <paramref name="comma"/>.
    /// </summary>
    private Mention? PreviousCueSubject(int sentenceFirst, int comma)
    {
        var doc = Doc;
        for (int k = comma - 1; k >= sentenceFirst && comma - k <= 8; k--)
        {
            if (doc.InQuote(k) || doc.IsChar(k, ','))
            {
                return null;
            }

            if (IsCueToken[k] && !IsParticiple(k))
            {
                return SubjectOfCue(k, allowInverted: true, out _);
            }
        }

        return null;
    }

    /// <summary>
    /// "the plan, which Lee called “a disaster” and promised to “rip up”", "a news conference in which he …": the subject
    /// of an object relative clause (after ", which" or a preposition and "which"/"whom") that is still open at
    /// <paramref name="end"/> (no comma after the mention).
    /// </summary>
    private bool OpensRelativeClause(int t, Mention m, int end)
    {
        var doc = Doc;
        if (t < 2 || !(doc.Is(t - 1, "which") || doc.Is(t - 1, "whom")) || !(doc.IsChar(t - 2, ',') || IsPreposition(t - 2)))
        {
            return false;
        }

        for (int k = m.EndToken; k < end; k++)
        {
            if (doc.IsChar(k, ',') && !doc.InQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A name set off by commas after a determined common noun: "inherited from her predecessor, Ann Lee, saying": the
    /// name says who the noun is, not who opens a clause.
    /// </summary>
    private bool IsNounApposition(Mention m)
    {
        int comma = m.FirstToken - 1;
        if (comma < 3 || !Doc.IsChar(comma, ',') || !Doc.IsChar(m.EndToken, ',') || m.Kind != MentionKind.Name
            || !Doc.Tokens[comma - 1].IsWord || Doc.Tokens[comma - 1].IsCapitalized || Doc.InQuote(comma - 1))
        {
            return false;
        }

        // The noun right after its article or possessive, or after one lower-case modifier.
        return Determines(comma - 2) || (Doc.Tokens[comma - 2].IsWord && !Doc.Tokens[comma - 2].IsCapitalized && Determines(comma - 3));

        bool Determines(int t) => Doc.Word(t) is "his" or "her" or "their" or "its" or "the" or "a" or "an";
    }

    /// <summary>
    /// Whether <paramref name="m"/> stands between commas right after another mention: "the judge, Gonzalo Curiel, for",
    /// not "in Salem, New Hampshire, Trump went".
    /// </summary>
    private bool IsApposition(Mention m) =>
        m.FirstToken > 1 && Doc.IsChar(m.FirstToken - 1, ',') && MentionEndingAt(m.FirstToken - 2) is not null && Doc.IsChar(m.EndToken, ',');

    private static readonly WordSet Subordinators = new(new[] { "when", "as", "after", "because", "while", "since", "before", "although", "though", "where", "if", "until" },
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> opens an adverbial clause: "when", "as", "after", "because", "if", "until" ….</summary>
    internal static bool IsSubordinatorWord(ReadOnlySpan<char> word) => Subordinators.Contains(word);

    private bool IsSubordinator(int token) => (uint)token < (uint)Doc.Tokens.Length && Doc.Tokens[token].IsWord && Subordinators.Contains(Doc.Word(token));

    /// <summary>Most words between a clause of time's "as"/"while" and its verb: "As the long day went on".</summary>
    private const int MaxClauseOfTimeTokens = 6;

    /// <summary>The sentence opens with a subordinator a few words before token <paramref name="t"/>: "As the day went on, …".</summary>
    private bool ClauseOfTimeBefore(int t)
    {
        int first = Doc.Sentences[Doc.SentenceOfToken[t]].First;
        return t - first <= MaxClauseOfTimeTokens && IsSubordinator(first);
    }

    private bool IsTimeWord(int token) => MentionFinder.IsWeekday(Doc.Word(token));

    /// <summary>A personal pronoun contracted with "has" or "is": "he's", "she’s" ("who's" opens a relative clause).</summary>
    private static bool IsPronounHas(ReadOnlySpan<char> w) =>
        w.Length is 4 or 5 && MentionFinder.IsPossessive(w) && w[..^2] is var p
        && (p.Equals("he", StringComparison.OrdinalIgnoreCase) || p.Equals("she", StringComparison.OrdinalIgnoreCase));

    private bool ComputeIsCue(int t, bool characterizing = false)
    {
        var doc = Doc;
        var tok = doc.Tokens[t];
        if (!tok.IsWord || doc.InQuote(t))
        {
            return false;
        }

        var w = tok.In(doc.Text);
        var classes = _classes?.Of(t) ?? (WordClass.PhrasalCue | WordClass.SpeechVerb | WordClass.ThoughtVerb);
        if ((classes & WordClass.PhrasalCue) != 0 && PhrasalCues.TryGetValue(w, out var particles) && t + 1 < doc.Tokens.Length && IsAnyOf(t + 1, particles))
        {
            // "went on the offensive", "went on a rant", "goes on recess": "on" with a noun phrase is no continued speech;
            // "As the day went on, …": nor is time going on in a clause of time.
            return !(doc.Is(t + 1, "on") && ((t + 2 < doc.Tokens.Length && doc.Tokens[t + 2].IsWord && !doc.InQuote(t + 2) && !(doc.Is(t + 2, "to") || doc.Is(t + 2, "about")))
                || ClauseOfTimeBefore(t)));
        }

        bool speech = _classes is null ? Lexicon.SpeechVerbs.ContainsKey(w) : (classes & WordClass.SpeechVerb) != 0;
        if (!speech && !characterizing && !(Options.IncludeThoughtVerbs && (_classes is null ? Lexicon.ThoughtVerbs.ContainsKey(w) : (classes & WordClass.ThoughtVerb) != 0))
            && !IsFinding(t, w) && !IsHopesBeforeClause(t, w))
        {
            return false;
        }

        if (tok.IsCapitalized && t != doc.Sentences[doc.SentenceOfToken[t]].First && !IsHeadlineVerb(t, w))
        {
            return false; // "State Department"
        }

        if (!IsVerbReading(t, w))
        {
            return false;
        }

        // "11 states", "200 emails": a form in -s after a number is a plural noun ("4 in 10 say" keeps the base form);
        // "270 pledged delegates": a form in -ed after a number is an adjective.
        if (t > 0 && doc.Tokens[t - 1].Kind == TokenKind.Number && w.Length > 3
            && ((w[^1] == 's' && !VerbOnlyForms.Contains(w)) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "more pledged delegates", "a pledged delegate lead": "pledged" before "delegate" names a kind of delegate.
        // "He's reported from every debate": a reporter's whereabouts, no statement.
        if (t + 1 < doc.Tokens.Length && ((w.Equals("pledged", StringComparison.OrdinalIgnoreCase) && doc.Word(t + 1) is "delegates" or "delegate")
            || (doc.Is(t + 1, "from") && w is "reported" or "reporting" or "reports")))
        {
            return false;
        }

        // "The jobs report has …", "the award show is …": a finite verb right after a cue word that is no past form
        // makes it the noun subject of that verb.
        if (t + 1 < doc.Tokens.Length && FiniteAuxiliaries.Contains(doc.Word(t + 1)) && !w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && MentionEndingAt(t - 1) is null)
        {
            return false;
        }

        // A noun, not a verb: "the said agreement", "a report", "his statement".
        if (t > 0 && doc.Tokens[t - 1].IsWord)
        {
            var prev = doc.Word(t - 1);
            // "he's said", "she’s suggesting that …": a pronoun's "has" or "is" before a past form or a participle is no possessive.
            if (NounDeterminers.Contains(prev) || (MentionFinder.IsPossessive(prev) && !((IsPastForm(w) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) && IsPronounHas(prev))))
            {
                return false;
            }

            // "secretary of state", "in order to", "for comment": a verb does not follow a preposition, except an
            // infinitive ("to say") or a gerund ("by saying").
            // "has in the past described …": "past" after "the" is a noun that ends a time adjunct.
            if (Prepositions.Contains(prev) && prev is not "to" && !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && !(prev is "past" && doc.Is(t - 2, "the")))
            {
                return false;
            }

            // "The poll shows", "records show": a noun for a record or a survey is the subject of the verb that follows it.
            // So is one heading the clause's subject before "shows": "A poll out this week shows …", "A video of the rally shows …".
            bool evidence = EvidenceNouns.Contains(prev) || (w.StartsWith("show", StringComparison.OrdinalIgnoreCase) && EvidenceSubject(t));

            // "a Twitter comment", "the official statement": a determiner and a modifier before it. A past form there
            // is a verb after an unlisted noun: "the heckler yelled", "the caller said".
            // A base form after a plural noun is its verb: "the women say", "her backers say".
            // So is one after a group placed by a short phrase: "Residents on the island say", "Farmers in the west say".
            bool pluralSubject = Lexicon.SpeechVerbs.TryGetValue(w, out var baseForm) && w.Equals(baseForm, StringComparison.OrdinalIgnoreCase)
                && ((prev.Length > 3 && prev.EndsWith("s", StringComparison.Ordinal) && !prev.EndsWith("ss", StringComparison.Ordinal))
                    || (t > 3 && doc.Tokens[t - 3].IsWord && LocatingPrepositions.Contains(doc.Word(t - 3)) && MentionEndingAt(t - 4) is { Type: EntityType.Group } group && CanSpeak(group)));
            // A form that is only a verb follows its subject there too: "the division says", "the council insists".
            if (!evidence && t > 1 && doc.Tokens[t - 2].IsWord && NounDeterminers.Contains(doc.Word(t - 2)) && !Adverbs.Contains(prev) && MentionEndingAt(t - 1) is null
                && !IsPastForm(w) && !pluralSubject && !VerbOnlyForms.Contains(w))
            {
                return false;
            }

            // A plural noun, not a present-tense verb: "all five states", "raise questions", "campaign promises". The
            // verb form in "-s" follows its subject (a mention), an adverb, or a relative pronoun.
            if (!evidence && w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !VerbOnlyForms.Contains(w) && MentionEndingAt(t - 1) is null && !IsAdverb(t - 1)
                && !(prev is "who" or "that" or "which" or "and" or "but" or "also" or "then" or "often" or "now" or "still"))
            {
                return false;
            }

            // "is said to be", "was told": passive, the subject is not the speaker.
            if ((prev is "is" or "are" or "was" or "were" or "be" or "been" or "being") && !w.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A finite past form of a cue: "-ed", "said", "told", "wrote".</summary>
    public static bool IsPastForm(ReadOnlySpan<char> w) =>
        w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.Equals("said", StringComparison.OrdinalIgnoreCase)
        || w.Equals("told", StringComparison.OrdinalIgnoreCase) || w.Equals("wrote", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A finite speech verb in a title-case headline: "Trump Says He Never Pledged …", "Sanders Told A Reporter …". Only
    /// an inflected form ("Says", "Told", "Warns") after a capitalized word, in a sentence whose words are capitalized.
    /// </summary>
    private bool IsHeadlineVerb(int t, ReadOnlySpan<char> w)
    {
        var doc = Doc;
        if (!Lexicon.SpeechVerbs.TryGetValue(w, out var lemma) || w.Equals(lemma, StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !doc.Tokens[t - 1].IsCapitalized)
        {
            return false;
        }

        var sentence = doc.Sentences[doc.SentenceOfToken[t]];
        int words = 0, capitalized = 0;
        for (int k = sentence.First; k < sentence.End && k - sentence.First < 40; k++)
        {
            if (doc.Tokens[k].IsWord && !doc.InQuote(k) && doc.Tokens[k].Length > 3)
            {
                words++;
                capitalized += doc.Tokens[k].IsCapitalized ? 1 : 0;
            }
        }

        return words >= 4 && capitalized == words;
    }

    /// <summary>
    /// Readings of cue words that are no speech: "state" and "states" are nouns unless a clause or a pronoun subject
    /// marks the verb ("state Rep. Hoover", "swing states" against "it states that", "they state"); "continue to grow"
    /// is no speech (a speech verb in the infinitive is a cue of its own); "show up", "showed off".
    /// </summary>
    private static readonly string[] StateSubjects = ["to", "I", "we", "they", "you", "it", "he", "she", "who", "which", "also"];

    /// <summary>Whether a "that" stands in the <paramref name="count"/> tokens from <paramref name="from"/>, in the same sentence.</summary>
    private bool HasThatWithin(int from, int count)
    {
        var doc = Doc;
        int end = from < doc.TokenCount ? Math.Min(doc.Sentences[doc.SentenceOfToken[from]].End, from + count) : from;
        for (int k = from; k < end; k++)
        {
            if (doc.Is(k, "that"))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsVerbReading(int t, ReadOnlySpan<char> w)
    {
        var doc = Doc;
        bool next(string word) => t + 1 < doc.Tokens.Length && doc.Is(t + 1, word);
        if (w.Equals("state", StringComparison.OrdinalIgnoreCase) || w.Equals("states", StringComparison.OrdinalIgnoreCase))
        {
            // "Rust Belt states that have suffered", "states that vote on March 1": a relative "that" has a verb after it.
            return (next("that") && t + 2 < doc.Tokens.Length && (doc.Tokens[t + 2].IsCapitalized || NounDeterminers.Contains(doc.Word(t + 2)) || IsAnyOf(t + 2, StateSubjects)))
                || IsAnyOf(t - 1, StateSubjects);
        }

        if (w.StartsWith("continu", StringComparison.OrdinalIgnoreCase))
        {
            return !next("to");
        }

        // "deficits would add up to $1.5 trillion", "promises add up to": a sum, not speech.
        if ((w.Equals("add", StringComparison.OrdinalIgnoreCase) || w.Equals("adds", StringComparison.OrdinalIgnoreCase)) && next("up"))
        {
            return false;
        }

        // "charged a $100,000 fee", "charged more than that", "a group charged with beautifying downtown", "charged into the
        // fray", "a racially charged remark", the headline "Man charged after standoff": a price, a task, a rush, an
        // adjective or a charge brought; "charged Lee with fraud", "was formally charged" and "charged that …" report.
        if (w.Equals("charged", StringComparison.OrdinalIgnoreCase)
            && (next("a") || next("an") || next("more") || next("with") || next("into") || next("after") || next("over") || next("following")
                || (next("in") && !HasThatWithin(t + 2, 8))
                || (t > 1 && doc.Word(t - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !FiniteAuxiliaries.Contains(doc.Word(t - 2)))))
        {
            return false;
        }

        // "those pledged delegates", "the said agreement", "the show", "a talk show": after a determiner a past form is an
        // adjective and "show" a noun; so is "show" after a kind of programme.
        bool afterDeterminer = t > 0 && doc.Tokens[t - 1].IsWord && AdjectiveDeterminers.Contains(doc.Word(t - 1));
        if (afterDeterminer && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "struck a more cautious note", "a brief comment": a base form a few words after "a" or "an" is a noun (no
        // singular subject takes a base-form verb).
        if (Lexicon.SpeechVerbs.TryGetValue(w, out var baseForm) && w.Equals(baseForm, StringComparison.OrdinalIgnoreCase))
        {
            for (int k = t - 1; k >= 0 && k >= t - 3 && doc.Tokens[k].IsWord; k--)
            {
                if (doc.Word(k) is "a" or "an" or "A" or "An")
                {
                    return false;
                }
            }
        }

        // "Clinton emails released this week", "office emails as it saw fit": a plural of a message noun is a verb only before
        // the one addressed or what was sent ("emails reporters", "texts that …", "emails a photo").
        if (w.Length > 4 && w[^1] == 's' && MessageNouns.Contains(w))
        {
            return t + 1 < doc.Tokens.Length && doc.Tokens[t + 1].IsWord
                && (MentionStartingAt(t + 1) is not null || NounDeterminers.Contains(doc.Word(t + 1)) || doc.Word(t + 1) is "that" or "to" or "him" or "her" or "them" or "me" or "us" or "reporters");
        }

        // "Preliminary reports suggested a defect", "the police report said": a report that a cue follows is its subject.
        if ((w.Equals("reports", StringComparison.OrdinalIgnoreCase) || w.Equals("report", StringComparison.OrdinalIgnoreCase))
            && t + 1 < doc.Tokens.Length && doc.Tokens[t + 1].IsWord && Lexicon.SpeechVerbs.ContainsKey(doc.Word(t + 1)))
        {
            return false;
        }

        if (w.StartsWith("show", StringComparison.OrdinalIgnoreCase))
        {
            return !next("up") && !next("off") && !afterDeterminer && !(t > 0 && doc.Tokens[t - 1].IsWord && ProgrammeKinds.Contains(doc.Word(t - 1)));
        }

        return true;
    }

    /// <summary>Plurals of messages that are also the third person of a cue: "emails", "texts".</summary>
    private static readonly WordSet MessageNouns = new(new[] { "emails", "texts", "messages", "letters" }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Determiners after which a past form is an adjective and "show" a noun ("that" and "this" also open clauses: "this shows").</summary>
    private static readonly WordSet AdjectiveDeterminers = new(new[] { "the", "a", "an", "those", "these", "its", "his", "her", "their", "our", "my", "your", "every", "each", "no" },
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Kinds of programme before the noun "show": "a talk show", "the Today show".</summary>
    private static readonly WordSet ProgrammeKinds = new(new[] { "talk", "radio", "TV", "television", "game", "reality", "cooking", "comedy", "Today", "late-night" },
        StringComparer.Ordinal); // "ABC News shows", "today shows": a capitalised news outlet or the adverb is a subject

    /// <summary>
    /// "The poll found", "a 2015 study finds": a record or survey reports what it found (not "police found"); so does
    /// anyone who "found that" a clause holds ("the inquiry found that the city …", "he found that incomes …").
    /// </summary>
    private bool IsFinding(int t, ReadOnlySpan<char> w) =>
        w.Length == 5 && (w[0] | 0x20) == 'f' // every word of a text comes here: the cheap test first
        && (w.Equals("found", StringComparison.OrdinalIgnoreCase) || w.Equals("finds", StringComparison.OrdinalIgnoreCase))
        && t > 0 && (Doc.Tokens[t - 1].IsWord && EvidenceNouns.Contains(Doc.Word(t - 1)) || Doc.Is(t + 1, "that") || EvidenceSubject(t));

    /// <summary>
    /// "The mayor hopes to win", "she hopes that the bill passes": "hopes" before "to" or "that" is a cue without
    /// <see cref="QuoteKitOptions.IncludeThoughtVerbs"/> (16 of 17 in the annotated corpus, where "hope", "hoped" and
    /// "hoping" before them are 21 of 36 and the other verbs of thought fewer).
    /// </summary>
    private bool IsHopesBeforeClause(int t, ReadOnlySpan<char> w) =>
        w.Length == 5 && (w[0] | 0x20) == 'h' // every word of a text comes here: the cheap test first
        && w.Equals("hopes", StringComparison.OrdinalIgnoreCase) && (Doc.Is(t + 1, "to") || Doc.Is(t + 1, "that"));

    /// <summary>Most tokens from a clause's start to a "found" that a record heading the clause's subject reports.</summary>
    private const int MaxEvidenceSubjectTokens = 14;

    /// <summary>
    /// Whether the clause that "found" at <paramref name="t"/> ends has a record or a survey as the head of its subject,
    /// among its first words, with modifiers after it: "A poll from the state college released Wednesday found …",
    /// "Yet a new survey by the group found …".
    /// </summary>
    private bool EvidenceSubject(int t)
    {
        var doc = Doc;
        int first = doc.Sentences[doc.SentenceOfToken[t]].First;
        int start = t - 1;
        while (start > first && t - start <= MaxEvidenceSubjectTokens && !doc.IsChar(start - 1, ',') && !doc.InQuote(start - 1))
        {
            start--;
        }

        if (t - start > MaxEvidenceSubjectTokens || (start > first && !doc.IsChar(start - 1, ',')))
        {
            return false;
        }

        for (int k = start; k < t && k - start < 4; k++)
        {
            if (doc.Tokens[k].IsWord && EvidenceNouns.Contains(doc.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAnyOf(int token, string[] words)
    {
        foreach (var word in words)
        {
            if (Doc.Is(token, word))
            {
                return true;
            }
        }

        return false;
    }
}
