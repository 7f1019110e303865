using System.Runtime.CompilerServices;
using QuoteKit.Attribution;
using QuoteKit.Lexicons;
using QuoteKit.Text;

namespace QuoteKit.Mentions;

/// <summary>
/// Finds candidate speakers outside quotations: proper names with their titles and descriptions
/// ("Chinese President Xi Jinping", "Russian leader Vladimir Putin", "Sen. Elizabeth Warren"), organisations
/// ("CCTV", "the State Department"), pronouns (he, she, it, they, we) and nominals ("the Kremlin chief",
/// "China’s state broadcaster", "the two leaders", "officials"). No statistical model: capitalisation, sentence
/// position, lexicons and the document's own evidence (a capitalised word seen lower-case elsewhere is no name).
/// One pass over the tokens; linear in their number.
/// </summary>
internal sealed class MentionFinder
{
    private static readonly WordMap<int> Determiners = new(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["the"] = 0, ["this"] = 0, ["that"] = 0, ["these"] = 0, ["those"] = 0, ["his"] = 0, ["her"] = 0, ["its"] = 0,
        ["their"] = 0, ["our"] = 0, ["a"] = -1, ["an"] = -1, ["another"] = -1, ["one"] = 1, ["both"] = 2, ["two"] = 2,
        ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["several"] = -2, ["some"] = -2, ["many"] = -2,
        ["other"] = -2, ["senior"] = -3, ["top"] = -3, ["all"] = -2,
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordMap<(Gender Gender, bool Plural, EntityType Type)> Pronouns =
        new(new Dictionary<string, (Gender, bool, EntityType)>(StringComparer.OrdinalIgnoreCase)
        {
            ["he"] = (Gender.Male, false, EntityType.Person),
            ["she"] = (Gender.Female, false, EntityType.Person),
            ["it"] = (Gender.Neuter, false, EntityType.Organization),
            ["they"] = (Gender.Unknown, true, EntityType.Group),
            ["we"] = (Gender.Unknown, true, EntityType.Group),
            ["i"] = (Gender.Unknown, false, EntityType.Person),
        }, StringComparer.OrdinalIgnoreCase);

    /// <summary>The keys of <see cref="Pronouns"/>, in an array that a loop reads without an enumerator.</summary>
    private static readonly string[] PronounWords = [.. Pronouns.Keys];

    /// <summary>The pronouns, for the <see cref="WordClassTable"/>.</summary>
    internal static IEnumerable<string> PronounKeys => Pronouns.Keys;

    /// <summary>
    /// Month names and their abbreviations, for the <see cref="WordClassTable"/>. They are function words (a date opens
    /// no name), but some are also names: "Theresa May said", "columnist Ai Jun wrote" (see <see cref="IsMonthAsName"/>).
    /// </summary>
    internal static readonly string[] MonthWords =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];

    /// <summary>The determiners and number words, for the <see cref="WordClassTable"/>.</summary>
    internal static IEnumerable<string> DeterminerKeys => Determiners.Keys;

    /// <summary>The determiner value of token <paramref name="token"/>, asking the table only when the word is one.</summary>
    private bool TryGetDeterminer(int token, ReadOnlySpan<char> word, out int value)
    {
        if (!_classes!.Is(token, WordClass.Determiner))
        {
            value = 0;
            return false;
        }

        return Determiners.TryGetValue(word, out value);
    }

    /// <summary>
    /// Name particles ignoring case, as a surname of several words may open with one: "Von der Leyen", "De Blasio", and
    /// the Irish "Ó Ríordáin", "Ní Bhriain", "Nic Giolla" (capitalised, as they are written).
    /// </summary>
    private static readonly WordSet NameParticlesIgnoringCase = new(new[] { "de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "dos", "del", "ó", "ní", "nic", "uí", "ua", "mhic" }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is a name particle that may open a surname ("von", "De"), in any case.</summary>
    internal static bool IsSurnameParticle(ReadOnlySpan<char> word) => NameParticlesIgnoringCase.Contains(word);

    /// <summary>The lower-case particles inside a name ("de", "von der", "ten", "bin"), matched by length and chars (no hashing).</summary>
    private static bool IsLowerParticle(ReadOnlySpan<char> w) =>
        w is "de" or "van" or "von" or "der" or "den" or "ten" or "ter" or "zu" or "bin" or "al" or "el" or "da" or "di" or "du" or "le" or "la" or "dos" or "del" or "ibn";

    /// <summary>Forms of address that come before a name and describe no role.</summary>
    private static readonly WordSet Honorifics = new(new[] { "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame" }, StringComparer.Ordinal);

    /// <summary>Capitalised words that end a name without being a name part of their own: "Martin Luther King Jr".</summary>
    private static bool IsNameSuffix(ReadOnlySpan<char> w) => w is "Jr" or "Sr" or "II" or "III";

    private static readonly WordSet MaleTitles = new(new[] { "Mr", "Sir", "Lord", "King", "Prince", "Father", "Brother", "Congressman", "Chairman", "Spokesman", "Councilman", "Assemblyman", "Alderman", "Emperor", "Pope", "Sheikh", "Rabbi", "Imam", "Alhaji" }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet FemaleTitles = new(new[] { "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Sister", "Congresswoman", "Chairwoman", "Spokeswoman", "Councilwoman", "Assemblywoman" }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet MaleNouns = new(new[] { "man", "men", "spokesman", "chairman", "congressman", "businessman", "father", "husband", "son", "brother", "king", "prince", "duke", "emperor", "pope", "sultan", "emir", "actor", "Englishman", "Welshman", "Frenchman", "Dutchman", "Irishman", "Scotsman" }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet FemaleNouns = new(new[] { "woman", "women", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "mother", "wife", "daughter", "sister", "queen", "princess", "duchess", "empress", "lady", "actress", "Englishwoman", "Welshwoman", "Frenchwoman", "Dutchwoman", "Irishwoman", "Scotswoman" }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Longest name run read as one mention; longer capitalised runs (headlines, lists) are cut, which keeps the finder linear.</summary>
    private const int MaxNameTokens = 12;

    private readonly Lexicon _lexicon;
    private readonly AttributionLexicon _places;

    // Where mention objects come from, when they are reused; set for the duration of Find.
    private Recycler<Mention>? _recycler;

    // The strings mentions keep, shared across this thread's documents; set for the duration of Find.
    private MentionStrings _strings = null!;

    // Room for a name's words while a mention is built (a name run has at most a dozen); emptied after each use.
    // One per thread: a finder is made for each document.
    [ThreadStatic]
    private static MentionText[]? t_nameWords;

    // The word classes of the document being read; set for the duration of Find.
    private TokenWordClasses? _classes;
    private LowerCaseWordSet? _capitalizedInside;

    // Tokens [_plainFrom, _plainTo) were read, by a description scan without a determiner, as words that neither
    // end such a scan nor are its head: a later scan without a determiner that starts among them reads them the
    // same way (that reading depends on the token alone), so it goes on from _plainTo. Set for the duration of Find.
    private int _plainFrom;
    private int _plainTo;

    // _plainTo when PassesPlainWord's scan stopped there at a word or mark that ends every scan without a determiner
    // (punctuation, a quotation, a function word, a verb of speech or thought, a possessive), before its limit; else -1.
    // A lower-case word of more than three letters, no pronoun nor determiner, inside that range then passes as
    // PassesPlainWord would pass it (its scan goes on from _plainTo and stops there at once), without the call.
    private int _plainStopAt = -1;

    public MentionFinder(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _places = AttributionLexicon.Default;
    }

    // The finder of this thread's last document, kept for the next one (its fields are set only during Find).
    [ThreadStatic]
    private static MentionFinder? t_finder;

    /// <summary>
    /// A finder over <paramref name="lexicon"/> for this thread: the one its last document used when that read the same
    /// lexicon, else a new one, kept. A finder holds nothing between two calls of Find, which never nest on one thread.
    /// </summary>
    public static MentionFinder ForCurrentThread(Lexicon lexicon)
    {
        var finder = t_finder;
        if (finder is null || !ReferenceEquals(finder._lexicon, lexicon))
        {
            t_finder = finder = new MentionFinder(lexicon);
        }

        return finder;
    }

    public List<Mention> Find(DocumentIndex doc, CancellationToken cancellationToken)
    {
        using var classes = new TokenWordClasses(doc, _lexicon);
        return Find(doc, classes, null, new List<Mention>(doc.TokenCount / 12 + 4), cancellationToken);
    }

    /// <summary>
    /// The mentions of <paramref name="doc"/>, in order. With <paramref name="recycler"/>, the mention objects are
    /// taken from it (objects of an earlier document, reset), so they stay valid only until it is cleared. The
    /// mentions are added to <paramref name="mentions"/> (emptied first), which is returned. <paramref name="classes"/>
    /// are the word classes of <paramref name="doc"/>'s tokens over this finder's lexicon; the caller disposes them.
    /// </summary>
    public List<Mention> Find(DocumentIndex doc, TokenWordClasses classes, Recycler<Mention>? recycler, List<Mention> mentions, CancellationToken cancellationToken)
    {
        _recycler = recycler;
        mentions.Clear();
        var (lowerForms, capitalizedInside) = LowerCaseWordSet.BuildBoth(doc, classes);
        using var disposeLowerForms = lowerForms;
        using var disposeCapitalizedInside = capitalizedInside;
        _capitalizedInside = capitalizedInside;
        _classes = classes;
        _strings = MentionStrings.ForCurrentThread;
        _plainFrom = _plainTo = 0;
        _plainStopAt = -1;
        _afterCapitalizedIndexed = false;
        _afterCapitalized.Clear();
        try
        {
            var tokens = doc.Tokens;
            int i = 0;
            while (i < tokens.Length)
            {
                if ((i & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                WorkCounter.Add(WorkKind.Tokens);
                if (doc.InQuote(i) || !tokens[i].IsWord)
                {
                    i++;
                    continue;
                }

                if (i > _plainFrom && i < _plainTo && _plainTo == _plainStopAt && PassesInsidePlainRange(tokens[i], classes.Of(i)))
                {
                    _plainFrom = i; // what PassesPlainWord would set: its scan ends at _plainTo again
                    i++;
                    continue;
                }

                if (PassesPlainWord(doc, i))
                {
                    i++;
                    continue;
                }

                int next = TryMention(doc, i, lowerForms, mentions);
                i = next > i ? next : i + 1;
            }
        }
        finally
        {
            _classes = null;
            _recycler = null;
            _capitalizedInside = null;
        }

        return mentions;
    }

    private Mention NewMention()
    {
        if (_recycler is null)
        {
            return new Mention();
        }

        var mention = _recycler.Next();
        mention.Reset();
        return mention;
    }

    /// <summary>
    /// The most common case of <see cref="TryMention"/>, read by a small method: a lower-case word, no pronoun nor
    /// determiner nor name particle, whose description scan (without a determiner) meets no role noun or title, or a
    /// capitalised function word, so that it starts no mention (a determiner goes to <see cref="PassesDeterminer"/>).
    /// Then the plain range is set as TryMention sets it and the result is true; false, with nothing changed, when
    /// TryMention must read the token.
    /// </summary>
    private bool PassesPlainWord(DocumentIndex doc, int i)
    {
        var tokens = doc.Tokens;
        var classes = _classes!;
        var wordClasses = classes.Of(i);
        if ((wordClasses & (WordClass.Pronoun | WordClass.Determiner)) == WordClass.Determiner)
        {
            return PassesDeterminer(doc, i, classes);
        }

        if ((wordClasses & WordClass.Pronoun) != 0)
        {
            return false;
        }

        if (tokens[i].IsCapitalized)
        {
            // "But", "In", "When" opening a sentence: a function word (no month, role noun or title) ends the description
            // scan at once and opens no name run; a possessive ("Its") may own what follows.
            if ((wordClasses & (WordClass.FunctionWord | WordClass.Month | WordClass.MentionRoleNoun | WordClass.Title)) != WordClass.FunctionWord
                || IsPossessive(tokens[i].In(doc.Text)))
            {
                return false;
            }

            _plainFrom = _plainTo = i;
            _plainStopAt = -1;
            return true;
        }

        int sentenceEnd = doc.Sentences[doc.SentenceOfToken[i]].End;
        if (tokens[i].Length <= 3 && ParticlesBeforeName(doc, i, sentenceEnd) != i)
        {
            return false;
        }

        int limit = Math.Min(sentenceEnd, i + 5);
        int j = DescriptionScanEnd(doc, classes, i, i >= _plainFrom && i < _plainTo ? Math.Min(_plainTo, limit) : i, limit, determined: false);
        if (j < 0)
        {
            return false;
        }

        _plainFrom = i;
        _plainTo = j;
        _plainStopAt = j < limit ? j : -1;
        return true;
    }

    /// <summary>
    /// Whether a word inside a plain range that stopped (<see cref="_plainStopAt"/>) passes without
    /// <see cref="PassesPlainWord"/>: lower case, more than three letters (no name particle), no pronoun or determiner.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool PassesInsidePlainRange(Token token, WordClass classes) =>
        !token.IsCapitalized && token.Length > 3 && (classes & (WordClass.Pronoun | WordClass.Determiner)) == 0;

    /// <summary>
    /// The common case of a determiner in <see cref="TryMention"/>, read by a small method: a determiner ("the", "a",
    /// "his") whose noun phrase has no role noun or title within the description scan and is no capitalised name
    /// ("the economy", "a long time"), so that it starts no mention. True then; false when TryMention must read it.
    /// </summary>
    private static bool PassesDeterminer(DocumentIndex doc, int i, TokenWordClasses classes)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        int sentenceEnd = doc.Sentences[doc.SentenceOfToken[i]].End;
        int k = i + 1;
        if (k < sentenceEnd && (classes.Of(k) & WordClass.Determiner) != 0)
        {
            return false; // "the two leaders"
        }

        bool the = tokens[i].In(text).Equals("the", StringComparison.OrdinalIgnoreCase);
        if (!the && tokens[i].IsCapitalized)
        {
            return false; // a name run may start at the word itself ("Top Gear")
        }

        if (DescriptionScanEnd(doc, classes, k, k, Math.Min(sentenceEnd, k + 5), determined: true) < 0)
        {
            return false;
        }

        // No description: TryMention would look for a name run from the word after "the", or from the word itself.
        int start = the ? k : i;
        return start >= sentenceEnd || doc.InQuote(start) || !tokens[start].IsWord
            || (!tokens[start].IsCapitalized && ParticlesBeforeName(doc, start, sentenceEnd) == start);
    }

    /// <summary>
    /// The description scan of <see cref="TryMention"/> from <paramref name="from"/> to <paramref name="limit"/> for a
    /// phrase whose first word is <paramref name="first"/>, as far as it can be read without TryMention: the token where
    /// the scan stops, or -1 when it meets a head (a role noun, a capitalised title, a title's period) and TryMention must
    /// read the phrase. After a determiner (<paramref name="determined"/>) a capitalised place word (a nationality noun:
    /// "the Egyptian added") and a word before a role noun send the phrase to TryMention too.
    /// </summary>
    private static int DescriptionScanEnd(DocumentIndex doc, TokenWordClasses classes, int first, int from, int limit, bool determined)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        var capitalizedHeads = determined ? WordClass.Title | WordClass.Place : WordClass.Title;
        int j = from;
        for (; j < limit; j++)
        {
            var tj = tokens[j];
            if (!tj.IsWord)
            {
                if (tj.Kind == TokenKind.Punctuation && text[tj.Start] == '.' && j > first && (classes.Of(j - 1) & WordClass.Title) != 0)
                {
                    return -1; // the period of a title ("sen."), which the scan passes
                }

                break;
            }

            if (doc.InQuote(j))
            {
                break;
            }

            var cj = classes.Of(j);
            if ((cj & WordClass.MentionRoleNoun) != 0 || (tj.IsCapitalized && (cj & capitalizedHeads) != 0)
                || (determined && j + 1 < limit && tokens[j + 1].IsWord && (classes.Of(j + 1) & WordClass.MentionRoleNoun) != 0))
            {
                return -1; // the head of a description, or a role noun right after
            }

            if ((cj & (WordClass.FunctionWord | WordClass.SpeechVerb | WordClass.ThoughtVerb)) != 0 || IsPossessive(tj.In(text)))
            {
                break;
            }
        }

        return j;
    }

    /// <summary>Tries to read a mention starting at token <paramref name="i"/>; returns the token after it, or <paramref name="i"/>.</summary>
    private int TryMention(DocumentIndex doc, int i, LowerCaseWordSet lowerForms, List<Mention> mentions)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        int sentence = doc.SentenceOfToken[i];
        int sentenceEnd = doc.Sentences[sentence].End;
        var word = tokens[i].In(text);

        // "A. Not this year.": the interviewee's turn, named by its marker (the interviewer's "Q." names no one).
        if (word.Length == 1 && (word[0] is 'A' or 'a') && IsTranscriptMarker(doc, i))
        {
            AddPronoun(doc, mentions, i, sentence, EntityType.Person, IntervieweeHead, Gender.Unknown, plural: false);
            return i + 1;
        }

        if (_classes!.Is(i, WordClass.Pronoun) && Pronouns.TryGetValue(word, out var pronoun))
        {
            if (word.Equals("it", StringComparison.OrdinalIgnoreCase) && IsExpletiveIt(doc, i))
            {
                return i + 1;
            }

            AddPronoun(doc, mentions, i, sentence, pronoun.Type, PronounHead(word), pronoun.Gender, pronoun.Plural);
            return i + 1;
        }

        if (word is "Sir" or "Madam" && i + 1 < sentenceEnd && doc.IsChar(i + 1, ',') && i == doc.Sentences[sentence].First && !doc.InQuote(i))
        {
            return i + 1; // a letter's salutation ("Sir, I was shocked …"): the reader addressed, no one named
        }

        if (word is "Inc" or "Ltd" or "LLC" or "Corp" or "plc" or "PLC" && i >= 2 && doc.IsChar(i - 1, ',') && mentions.Count > 0
            && mentions[^1] is { Kind: MentionKind.Name, Possessive: false } company && company.EndToken == i - 1)
        {
            // "Veltrix Systems, Inc. announced": the company's legal suffix goes on its name's mention, and is no one.
            // Its stock ticker in brackets after it goes on the mention too, for an apposition after it: "Veltrix
            // Systems, Inc. (NASDAQ: VLTX), a leader in edge computing, announced".
            int suffixEnd = i + 1 < sentenceEnd && doc.IsChar(i + 1, '.') ? i + 2 : i + 1;
            company.Span = new TextSpan(company.Span.Start, tokens[suffixEnd - 1].End);
            if (suffixEnd < sentenceEnd && doc.IsChar(suffixEnd, '('))
            {
                for (int c = suffixEnd + 1; c < sentenceEnd && c <= suffixEnd + 6; c++)
                {
                    if (doc.IsChar(c, ')'))
                    {
                        suffixEnd = c + 1;
                        break;
                    }
                }
            }

            company.EndToken = suffixEnd;
            return suffixEnd;
        }

        if (tokens[i].IsCapitalized && _classes!.Is(i, WordClass.PluralRoleNoun) && NameOpenedByPluralNoun(doc, i, sentenceEnd, lowerForms) is var pluralNameEnd && pluralNameEnd > i + 1)
        {
            AddName(doc, mentions, i, i, -1, i, pluralNameEnd, default, sentence, organization: true);
            return pluralNameEnd;
        }

        // Determiner, possessive name or number.
        int k = i;
        int count = 0;
        bool definite = false;
        bool hasDeterminer = false;
        MentionText possessor = default;
        if (TryGetDeterminer(i, word, out int detValue))
        {
            hasDeterminer = true;
            definite = detValue == 0 || detValue >= 2;
            count = detValue >= 2 ? detValue : 0;
            k++;
            if (k < sentenceEnd && TryGetDeterminer(k, tokens[k].In(text), out int second) && second >= 2)
            {
                count = second; // "the two leaders"
                k++;
            }
        }
        else if (IsPossessive(tokens[i].In(text)) && tokens[i].IsCapitalized && k + 1 < sentenceEnd && !doc.InQuote(k + 1))
        {
            possessor = new MentionText(text, tokens[i].Start, WithoutPossessive(tokens[i].In(text)).Length);
            hasDeterminer = true;
            definite = true;
            k++;
        }

        // Description: modifiers then a role noun, optionally followed by a name.
        int limit = Math.Min(sentenceEnd, k + 5);
        int head = -1;
        int scanStart = !hasDeterminer && k >= _plainFrom && k < _plainTo ? Math.Min(_plainTo, limit) : k;
        int plainEnd = scanStart;
        int orgRunEnd = -1; // the end of an organisation's name opened by a role noun, whose words head nothing
        int j = scanStart;
        for (; j < limit; j++)
        {
            if (head < 0)
            {
                plainEnd = j; // every token before j was read as neither the end of the scan nor its head
            }

            var tj = tokens[j];
            if (!tj.IsWord && !(tj.Kind == TokenKind.Punctuation && text[tj.Start] == '.' && j > k && IsTitle(j - 1)))
            {
                break;
            }

            if (doc.InQuote(j))
            {
                break;
            }

            if (!tj.IsWord)
            {
                continue; // the period of "Sen."
            }

            var w = tj.In(text);
            if (head < 0 && j >= orgRunEnd && IsRoleNoun(j) && OrganizationNameFrom(doc, j, limit) is > 0 and var runEnd)
            {
                // "a Republican National Committee member": the organisation's name modifies the role noun after it;
                // "the Republican National Committee said": a name, read below ("a Senate Intelligence Committee
                // hearing" keeps its old reading).
                if (runEnd < limit && tokens[runEnd] is { IsWord: true, IsCapitalized: false } && IsRoleNoun(runEnd)
                    && !_lexicon.OrganizationRoleNouns.Contains(doc.Word(runEnd)))
                {
                    head = runEnd;
                    break;
                }

                if (definite || !hasDeterminer)
                {
                    orgRunEnd = runEnd;
                }
            }

            if ((IsRoleNoun(j) && j >= orgRunEnd) || (tj.IsCapitalized && IsTitle(j)) || (head < 0 && hasDeterminer && EndsNationalityNoun(doc, j, sentenceEnd)))
            {
                if (head < 0 && IsOrganizationNameWithPreposition(doc, j, sentenceEnd))
                {
                    // "A Department of Health spokesperson said": the organisation's name modifies the role noun after it.
                    int orgEnd = ScanNameRun(doc, j, sentenceEnd, lowerForms, allowSentenceInitial: true);
                    if (hasDeterminer && orgEnd > j + 2 && orgEnd < sentenceEnd && !tokens[orgEnd].IsCapitalized && IsRoleNoun(orgEnd)
                        && !_lexicon.OrganizationRoleNouns.Contains(doc.Word(orgEnd)))
                    {
                        head = orgEnd;
                    }

                    break; // "the Office for National Statistics": a name, read below
                }

                if (head < 0 && hasDeterminer && tj.IsCapitalized && LooksPlural(w) && EndsPhrase(doc, j + 1)
                    && _lexicon.OrganizationNames.Contains(WordsOf(doc, k, j + 1)))
                {
                    break; // "the United Nations said": a known organisation's name ending the phrase, read below, not a group of nations
                }

                head = j;
                continue;
            }

            // Only a determined phrase asks whether a role noun follows: "the alleged gunman", "a declared candidate", "the
            // Indiana state director".
            bool roleFollows = hasDeterminer && j + 1 < limit && tokens[j + 1].IsWord && IsRoleNoun(j + 1);

            // "the ad’s narrator": a lower-case possessive inside a determined phrase is a modifier of the role noun.
            bool possessiveModifier = IsPossessive(w) && hasDeterminer && !tj.IsCapitalized && roleFollows;
            // An inflected verb after a name is the name's, whatever follows: "the World Bank told lawmakers".
            // "the second official", "the first speaker": an ordinal before a role noun is the role's modifier; so is a
            // day in "a Wednesday editorial", "the Monday statement".
            if ((IsFunctionWord(j) && !(roleFollows && hasDeterminer && head < 0 && (w is "second" or "first" || IsWeekday(w))))
                || (IsVerbLike(j) && !(roleFollows && hasDeterminer && head < 0 && !InflectedVerbOfName(doc, j, k, w))) || (IsPossessive(w) && !possessiveModifier)
                || (!hasDeterminer && head < 0 && IsVerbAfterName(doc, lowerForms, j)))
            {
                break;
            }

            if (head >= 0)
            {
                // "the Republican presidential nominee": keep going when another role noun follows shortly.
                bool anotherRole = !tj.IsCapitalized && ((j + 1 < limit && tokens[j + 1].IsWord && IsRoleNoun(j + 1))
                    || (j + 2 < limit && tokens[j + 1].IsWord && tokens[j + 2].IsWord && IsRoleNoun(j + 2)));
                // "Lumora's Chief Medical Officer, Dr. Samuel Okafor": a capitalised word between two capitalised role nouns
                // belongs to the title (not the name "Medical Officer"); "Union Finance Minister Nirmala Sitharaman" is a
                // minister (not a union).
                anotherRole |= InsideCapitalizedTitle(doc, head, j, limit);
                if (!anotherRole)
                {
                    break; // a word after the role noun that is not another role noun
                }
            }
        }

        if (!hasDeterminer)
        {
            _plainFrom = k;
            _plainTo = head >= 0 ? head : j >= limit ? limit : plainEnd;
            _plainStopAt = -1;
            // A particle has at most three letters: a longer word is no particle and ParticlesBeforeName would return i.
            if (head < 0 && possessor.IsNone && !tokens[i].IsCapitalized && (tokens[i].Length > 3 || ParticlesBeforeName(doc, i, sentenceEnd) == i))
            {
                return i + 1; // heads no description, and no name run starts at a lower-case word but a particle ("von der Leyen")
            }
        }

        if (head < 0 && count == 2 && definite && k < sentenceEnd && IsVerbLike(k))
        {
            // "Both said", "The two said": the count alone stands for two people named before, as "the two leaders" does.
            AddNominal(doc, mentions, i, k - 1, k - 1, count, true, default, true, sentence);
            return k;
        }

        if (head >= 0)
        {
            int afterHead = head + 1;
            if (afterHead < sentenceEnd && IsPeriodAfterTitle(doc, head, afterHead))
            {
                afterHead++;
            }

            // Title or description followed by a proper name: "Russian leader Vladimir Putin", "Sen. Warren".
            int nameEnd = ScanNameRun(doc, afterHead, sentenceEnd, lowerForms, allowSentenceInitial: true);
            if (nameEnd == afterHead && PortfolioBeforeName(doc, head, afterHead, sentenceEnd, lowerForms, out int portfolioEnd, out int nameAfterPortfolio))
            {
                // "Minister for Housing James Browne", "Minister of Foreign Affairs Wang Yi": the portfolio is part of the title.
                AddName(doc, mentions, i, k, head, nameAfterPortfolio, portfolioEnd, possessor, sentence);
                return portfolioEnd;
            }

            // Not after an article: "the mayor and Sen. Jo Park" are two people.
            if (nameEnd == afterHead && doc.Is(afterHead, "and") && (!hasDeterminer || !possessor.IsNone || IsPossessiveDeterminer(doc, i))
                && !_classes!.Is(head, WordClass.OrganizationHead)
                && !_lexicon.OrganizationRoleNouns.Contains(doc.Word(head)) && CoordinatedRoleBeforeName(doc, afterHead, sentenceEnd, lowerForms, out int secondHead, out int coordinatedEnd))
            {
                // "FrostLine founder and CEO Greg Ostrowski": both roles describe the name after the second.
                int secondAfter = secondHead + 1 < sentenceEnd && IsPeriodAfterTitle(doc, secondHead, secondHead + 1) ? secondHead + 2 : secondHead + 1;
                AddName(doc, mentions, i, k, secondHead, secondAfter, coordinatedEnd, possessor, sentence);
                return coordinatedEnd;
            }

            if (nameEnd > afterHead && head == k && doc.Is(head, "St"))
            {
                AddName(doc, mentions, i, head, -1, head, nameEnd, possessor, sentence); // "St Ives": AddName reads a saint's place
                return nameEnd;
            }

            if (nameEnd > afterHead)
            {
                // An honorific heads no modifiers of its own: in "came Mr. Obama" or "has laid bare Mrs. Clinton" the
                // words before it belong to the sentence; "GOP presidential candidate Dr. Ben Carson" keeps its role.
                int descStart = k;
                if (!hasDeterminer && possessor.IsNone && head > k && Honorifics.Contains(tokens[head].In(text)) && !HasRoleOrTitle(k, head))
                {
                    descStart = head;
                }

                AddName(doc, mentions, descStart == k ? i : descStart, descStart, head, afterHead, nameEnd, possessor, sentence);
                return nameEnd;
            }

            bool plural = _classes!.Is(head, WordClass.PluralRoleNoun);
            var headWord = tokens[head].In(text);
            if (headWord.Equals("president", StringComparison.OrdinalIgnoreCase) && !hasDeterminer)
            {
                // "President" alone, capitalised, is a title that lost its name; keep it as a nominal.
            }

            // An apposition after a name needs no determiner: "Matthew Taylor, chief executive of the NHS Confederation,".
            bool apposition = !hasDeterminer && !plural && possessor.IsNone && !tokens[i].IsCapitalized && i >= 2 && doc.IsChar(i - 1, ',')
                && ((tokens[i - 2].IsWord && tokens[i - 2].IsCapitalized) || (doc.IsChar(i - 2, ')') && mentions.Count > 0 && mentions[^1].EndToken == i - 1))
                && !doc.InQuote(i - 2);
            // "The Redmond, Washington-based company said": where it is based stands for the determiner.
            bool based = !hasDeterminer && BasedInBefore(doc, k, head);
            apposition |= based;
            definite |= based;
            if (!hasDeterminer && !plural && !tokens[head].IsCapitalized && !apposition)
            {
                if (possessor.IsNone && head > k && !(i > 0 && doc.Is(i - 1, "of")) && IsNameBeforeOrganizationNoun(doc, k, head, lowerForms))
                {
                    // "wrote Time magazine", "said Newsweek magazine": a name and the organisation noun after it name one body
                    // (after "of" it names where something was said: "in an issue of Foreign Policy magazine").
                    AddName(doc, mentions, i, i, -1, k, head + 1, default, sentence, organization: true);
                    return head + 1;
                }

                return i + 1; // "leader" alone is no mention
            }

            // Without a determiner, only capitalised modifiers ("Kremlin officials"); "emailed supporters" is a verb and its object.
            if (!hasDeterminer && !apposition)
            {
                for (int m = k; m < head; m++)
                {
                    if (tokens[m].IsWord && !tokens[m].IsCapitalized && !TryGetDeterminer(m, tokens[m].In(text), out _))
                    {
                        return head;
                    }
                }
            }

            if (IsPossessive(tokens[head].In(text)))
            {
                return head + 1;
            }

            if (apposition && !based)
            {
                // The name keeps being the mention; the apposition becomes its description.
                if (mentions.Count > 0 && mentions[^1] is { Kind: MentionKind.Name, Description.IsNone: true } named && named.EndToken == i - 1)
                {
                    named.Description = JoinWords(doc, k, head + 1);
                    named.Head ??= _strings.GetLowerInvariant(tokens[head].In(text));
                    named.Complement = ComplementAfter(doc, head + 1, sentenceEnd, lowerForms);
                }

                return head + 1;
            }

            // "Jess Phillips MP said": a title written after a name of two words or more is the name's letters, not a head.
            if (!hasDeterminer && head - k >= 2 && possessor.IsNone && IsPostNominal(tokens[head].In(text)))
            {
                AddName(doc, mentions, i, i, -1, k, head + 1, default, sentence);
                return head + 1;
            }

            if (k == head && i + 1 == k && IsBodyPart(doc, i, head, sentenceEnd))
            {
                return head + 1; // "shook his head": no one
            }

            AddNominal(doc, mentions, i, k, head, count, definite, possessor, plural, sentence);
            if (!plural && count == 0 && mentions[^1].Type == EntityType.Person && ComplementAfter(doc, head + 1, sentenceEnd, lowerForms) is { IsNone: false } complement)
            {
                mentions[^1].Complement = complement;
            }

            return head + 1;
        }

        if (!possessor.IsNone && ScanNameRun(doc, k, sentenceEnd, lowerForms, allowSentenceInitial: true) is int ownedEnd && ownedEnd > k)
        {
            // "Commentary’s Noah Rothman": a name owned by an organisation; the owner is its description.
            AddName(doc, mentions, i, i, -1, k, ownedEnd, default, sentence, possessive: false, descriptionOverride: Possessed(possessor, default));
            return ownedEnd;
        }

        if (!possessor.IsNone)
        {
            // "Putin’s" followed by no role noun: a possessive name, kept so pronouns can find it.
            AddName(doc, mentions, i, i, -1, i, i + 1, default, sentence, possessive: true);
            return i + 1;
        }

        // "the Kremlin", "the State Department": determiner then a capitalised run.
        int start = hasDeterminer && definite && word.Equals("the", StringComparison.OrdinalIgnoreCase) ? k : i;
        int end = ScanNameRun(doc, start, sentenceEnd, lowerForms, allowSentenceInitial: start != doc.Sentences[sentence].First);
        if (end > start && IsPossessive(tokens[end - 1].In(text)) && (end - start > 1 || hasDeterminer) && TryPossessedNominal(doc, i, start, end, sentence, sentenceEnd, lowerForms, mentions) is int after)
        {
            return after; // "Hillary Clinton’s right-hand woman"
        }

        if (end > start && DatelineEnd(doc, start, end, sentenceEnd) is >= 0 and var datelineEnd)
        {
            return datelineEnd; // where the story was filed, not a speaker
        }

        if (end > start)
        {
            AddName(doc, mentions, start == k ? i : start, start, -1, start, end, default, sentence);
            return end;
        }

        return i + 1;
    }

    /// <summary>
    /// A multi-word possessive name followed by a role noun phrase: one nominal, its owner the possessor; or, when a name
    /// follows the role noun ("Hong Kong's leader John Lee"), that name, described by the phrase.
    /// </summary>
    private int? TryPossessedNominal(DocumentIndex doc, int spanStart, int nameStart, int nameEnd, int sentence, int sentenceEnd, LowerCaseWordSet lowerForms, List<Mention> mentions)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        int head = -1;
        for (int j = nameEnd; j < Math.Min(sentenceEnd, nameEnd + 4); j++)
        {
            if (!tokens[j].IsWord || doc.InQuote(j))
            {
                break;
            }

            if (IsRoleNoun(j))
            {
                head = j;
                continue;
            }

            // "Lumora's Chief Medical Officer": a capitalised word between two role nouns belongs to the title.
            if (head >= 0 && InsideCapitalizedTitle(doc, head, j, sentenceEnd) && !doc.InQuote(j + 1))
            {
                continue;
            }

            if (head >= 0 || IsFunctionWord(j) || IsVerbLike(j))
            {
                break;
            }
        }

        if (head < 0)
        {
            return null;
        }

        var possessor = new MentionText(text, tokens[nameStart].Start, WithoutPossessive(WordsOf(doc, nameStart, nameEnd)).Length);
        int afterHead = head + 1;
        if (afterHead < sentenceEnd && IsPeriodAfterTitle(doc, head, afterHead))
        {
            afterHead++;
        }

        if (ScanNameRun(doc, afterHead, sentenceEnd, lowerForms, allowSentenceInitial: true) is var personEnd && personEnd > afterHead)
        {
            // "Hong Kong's leader John Lee": the description and its owner are the name's, as in "Russia's leader Vladimir Putin".
            AddName(doc, mentions, spanStart, nameEnd, head, afterHead, personEnd, possessor, sentence);
            return personEnd;
        }

        bool plural = _classes!.Is(head, WordClass.PluralRoleNoun);
        AddNominal(doc, mentions, spanStart, nameEnd, head, 0, true, possessor, plural, sentence);
        return head + 1;
    }

    /// <summary>
    /// Whether a capitalised organisation word goes on as a name through "of" or "for" ("Office for National Statistics",
    /// "Council of Europe"), as the name scan reads it, rather than being a role noun on its own.
    /// </summary>
    private bool IsOrganizationNameWithPreposition(DocumentIndex doc, int token, int sentenceEnd) =>
        doc.Tokens[token].IsCapitalized && _classes!.Is(token, WordClass.OrganizationHead) && token + 2 < sentenceEnd
        && IsOrganizationPreposition(doc, token + 1) && doc.Tokens[token + 2].IsCapitalized && !IsFunctionWord(token + 2);

    /// <summary>
    /// Whether the word at <paramref name="token"/> is a preposition that goes on inside an organisation's name after its
    /// organisation word: "of", "for", "on" ("Council on Foreign Relations", "Center on Law and Poverty"; a date after
    /// "on" is a function word, which the callers reject: "the Department on Monday").
    /// </summary>
    private static bool IsOrganizationPreposition(DocumentIndex doc, int token) =>
        doc.Is(token, "of") || doc.Is(token, "for") || doc.Is(token, "on");

    private static bool IsPossessiveDeterminer(DocumentIndex doc, int token) =>
        doc.Is(token, "its") || doc.Is(token, "his") || doc.Is(token, "her") || doc.Is(token, "their") || doc.Is(token, "our");

    private bool IsPeriodAfterTitle(DocumentIndex doc, int head, int next) =>
        doc.IsChar(next, '.') && doc.Tokens[next].Start == doc.Tokens[head].End && IsTitle(head);

    private static bool IsExpletiveIt(DocumentIndex doc, int i)
    {
        // "it is", "it was", "it has been", "it seems": usually not an organisation speaking.
        int n = i + 1;
        return n < doc.Tokens.Length && (doc.Is(n, "is") || doc.Is(n, "was") || doc.Is(n, "seems") || doc.Is(n, "appears") || doc.Is(n, "would") || doc.Is(n, "will") || doc.Is(n, "could") || doc.Is(n, "may") || doc.Is(n, "might") || doc.Is(n, "remains") || doc.Is(n, "'s") || doc.Is(n, "’s"));
    }

    /// <summary>Adds the one-token pronoun-like mention at token <paramref name="i"/>.</summary>
    private void AddPronoun(DocumentIndex doc, List<Mention> mentions, int i, int sentence, EntityType type, string head, Gender gender, bool plural)
    {
        var mention = NewMention();
        mention.Index = mentions.Count;
        mention.Kind = MentionKind.Pronoun;
        mention.Type = type;
        mention.Span = doc.Tokens[i].Span;
        mention.FirstToken = i;
        mention.EndToken = i + 1;
        mention.Sentence = sentence;
        mention.Paragraph = doc.Sentences[sentence].Paragraph;
        mention.Head = head;
        mention.Gender = gender;
        mention.Plural = plural;
        mention.Definite = true;
        mentions.Add(mention);
    }

    /// <summary>The head of an interview's "A" marker: the person interviewed.</summary>
    internal const string IntervieweeHead = "interviewee";

    /// <summary>
    /// An interview transcript's turn marker: Q or A opening the paragraph, followed by a period or colon ("Q. Will you
    /// run again?", "A: I have not decided.").
    /// </summary>
    internal static bool IsTranscriptMarker(DocumentIndex doc, int token) =>
        (doc.Is(token, "Q") || doc.Is(token, "A")) && token + 1 < doc.Tokens.Length && (doc.IsChar(token + 1, '.') || doc.IsChar(token + 1, ':'))
        && doc.ParagraphFirstToken[doc.ParagraphOf(token)] == token;

    /// <summary>
    /// The organisation or place that a singular role noun ending before <paramref name="t"/> is of: "of", "for" or "at",
    /// an optional "the", a run of capitalised name words that is no possessive, and at most one lower-case noun that
    /// ends the phrase ("of the International Monetary Fund", "for the Clinton campaign", "at Harvard University"); none
    /// when the phrase goes on ("the head of England's largest union") or no name follows ("the head of state").
    /// </summary>
    private MentionText ComplementAfter(DocumentIndex doc, int t, int sentenceEnd, LowerCaseWordSet lowerForms)
    {
        if (t + 1 >= sentenceEnd || !(doc.Is(t, "of") || doc.Is(t, "for") || doc.Is(t, "at")))
        {
            return default;
        }

        int start = doc.Is(t + 1, "the") ? t + 2 : t + 1;
        if (start >= sentenceEnd || !doc.Tokens[start].IsCapitalized)
        {
            return default;
        }

        int end = ScanNameRun(doc, start, sentenceEnd, lowerForms, allowSentenceInitial: false);
        if (end == start || IsPossessive(doc.Word(end - 1)))
        {
            return default;
        }

        if (!EndsPhrase(doc, end, sentenceEnd) && !doc.Tokens[end].IsCapitalized)
        {
            end++; // "the Clinton campaign": one noun after the name
        }

        return EndsPhrase(doc, end, sentenceEnd) ? JoinWords(doc, t, end) : default;
    }

    /// <summary>
    /// Whether the noun phrase before token <paramref name="t"/> ends there, within the sentence: where
    /// <see cref="EndsPhrase(DocumentIndex, int)"/> says so, at the sentence end, or at a lower-case auxiliary or modal
    /// ("could", "did") or past form ("declined", "watched").
    /// </summary>
    private bool EndsPhrase(DocumentIndex doc, int t, int sentenceEnd)
    {
        if (t >= sentenceEnd || EndsPhrase(doc, t))
        {
            return true;
        }

        var w = doc.Word(t);
        return !doc.Tokens[t].IsCapitalized && (AttributionContext.IsFiniteAuxiliaryWord(w) || w is "do" or "shall" || w.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether capitalised word <paramref name="j"/> stands between the capitalised role noun <paramref name="head"/> and
    /// another capitalised role noun right after it, before <paramref name="end"/>: it belongs to the title ("Lumora's
    /// Chief Medical Officer, Dr. Samuel Okafor" is no name "Medical Officer"; "Union Finance Minister Nirmala Sitharaman"
    /// is a minister, not a union).
    /// </summary>
    private bool InsideCapitalizedTitle(DocumentIndex doc, int head, int j, int end) =>
        doc.Tokens[j].IsCapitalized && doc.Tokens[head].IsCapitalized && j + 1 < end
        && doc.Tokens[j + 1] is { IsWord: true, IsCapitalized: true } && IsRoleNoun(j + 1);

    /// <summary>
    /// Whether the speech or thought verb at <paramref name="j"/> follows a capitalised word of the phrase in a past or
    /// third-person form ("the World Bank told lawmakers", "the Kremlin warned reporters"): the name's verb, which modifies
    /// no noun after it as a base form can ("the Indiana state director").
    /// </summary>
    private static bool InflectedVerbOfName(DocumentIndex doc, int j, int phraseStart, ReadOnlySpan<char> w) =>
        j > phraseStart && doc.Tokens[j - 1].IsCapitalized && !doc.Tokens[j].IsCapitalized
        && (w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal))
            || w is "told" or "said" or "wrote" or "spoke" or "thought" or "knew" or "felt" or "saw" or "heard");

    /// <summary>
    /// Whether "head" right after a personal possessive is a body part ("shook his head", "over my head"), not a role:
    /// no "of", "for" or "at" follows it, as it does in "her head of communications".
    /// </summary>
    private static bool IsBodyPart(DocumentIndex doc, int determiner, int head, int sentenceEnd) =>
        doc.Is(head, "head") && (doc.Is(determiner, "his") || doc.Is(determiner, "her") || doc.Is(determiner, "my") || doc.Is(determiner, "their")
            || doc.Is(determiner, "your") || doc.Is(determiner, "our"))
        && !(head + 1 < sentenceEnd && (doc.Is(head + 1, "of") || doc.Is(head + 1, "for") || doc.Is(head + 1, "at")));

    /// <summary>Returns the end of a run of capitalised name tokens starting at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    private int ScanNameRun(DocumentIndex doc, int start, int end, LowerCaseWordSet lowerForms, bool allowSentenceInitial)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        int j = start;
        int lastName = start;
        bool organizationOf = false; // the run went on through "of" after an organisation word
        while (j < end && j - start < MaxNameTokens && !doc.InQuote(j))
        {
            WorkCounter.Add(WorkKind.Tokens);
            var t = tokens[j];
            if (t.IsWord && t.IsCapitalized)
            {
                var w = t.In(text);
                if (j == start && IsFunctionWord(j) && !IsMonthAsName(doc, j, inName: false))
                {
                    break;
                }

                if (j > start && IsFunctionWord(j) && !IsNameSuffix(w) && !IsMonthAsName(doc, j, inName: true) && !InsideNamedOrganization(doc, start, j, end))
                {
                    break;
                }

                bool sentenceInitial = LowerCaseWordSet.IsSentenceInitial(doc, j); // the words the document's word sets answer for (see BuildBoth: keep the questions below within them)
                if (j == start && sentenceInitial && !_classes!.Is(j, WordClass.FirstName)
                    && ((!allowSentenceInitial && (IsWrittenInLowerCase(lowerForms, w) || IsLoneOpeningWord(doc, j, end)))
                        || (IsParticipleForm(w) && j + 1 < end && tokens[j + 1].IsWord && !tokens[j + 1].IsCapitalized && !_capitalizedInside!.Contains(w))))
                {
                    break; // a common word or a participle that opens the sentence: "Battered by sanctions, ...", "Hours later, ..."
                }

                // "Said" in a headline; not a name's first word after "the" ("the Rail Delivery Group", "the Report Foundation").
                if (_classes!.Is(j, WordClass.SpeechVerb) && !_classes.Is(j, WordClass.FirstName) && !(j == start && start > 0 && doc.Is(start - 1, "the")))
                {
                    break;
                }

                if (j == start && IsTranscriptMarker(doc, j))
                {
                    break; // "Q. Will you run again?": the interviewer's turn, not the initial of a name
                }

                j++;
                lastName = j;
                if (IsPossessive(t.In(text)))
                {
                    break;
                }

                // An initial with its period: "Donald J. Trump".
                if (t.Length == 1 && doc.IsChar(j, '.') && j + 1 < end && tokens[j + 1].IsCapitalized)
                {
                    j++;
                }

                continue;
            }

            // Particles inside a name, or opening one after its first name: "Charles de Gaulle", "Ursula von der Leyen",
            // "von der Leyen said".
            if (t.IsWord && ParticlesBeforeName(doc, j, end) is int after && after > j)
            {
                j = after;
                continue;
            }

            // "Department of State", "Bank of America", "Council on Foreign Relations": a preposition inside an organisation name.
            if (t.IsWord && j > start && IsOrganizationPreposition(doc, j) && j + 1 < end && tokens[j + 1].IsCapitalized
                && _classes!.Is(j - 1, WordClass.OrganizationHead) && !IsFunctionWord(j + 1))
            {
                organizationOf = true;
                j++;
                continue;
            }

            // "Department of Health and Social Care", "Centers for Disease Control and Prevention": after "of", "and"
            // joins the subject of the organisation, but not a place ("Bank of America and Wells Fargo" are two) or a
            // person ("the Institute of Housing and Professor Ada Obi").
            if (organizationOf && t.IsWord && doc.Is(j, "and") && j + 1 < end && tokens[j + 1].IsWord && tokens[j + 1].IsCapitalized
                && !IsFunctionWord(j + 1) && !_classes!.Is(j - 1, WordClass.Place) && !_classes.Is(j + 1, WordClass.FirstName)
                && !IsTitle(j + 1) && !IsRoleNoun(j + 1))
            {
                j++;
                continue;
            }

            // "the Food and Drug Administration", "the Senate Finance and Banking Committee": after "the" and one to three
            // words, "and" joins words that end in an organisation word within three (not "the Trump and Clinton camps").
            // The run may start after a capitalised organisation word read as the description ("Senate", "House").
            int opening = start > 1 && tokens[start - 1].IsCapitalized && _classes!.Is(start - 1, WordClass.OrganizationHead) ? start - 1 : start;
            if (!organizationOf && j > start && j <= opening + 3 && t.IsWord && doc.Is(j, "and") && opening > 0 && doc.Is(opening - 1, "the")
                && AndJoinsOrganizationName(doc, start, j, end))
            {
                j++;
                continue;
            }

            break;
        }

        return lastName;
    }

    /// <summary>
    /// The end of an organisation's name that opens with a capitalised plural noun inside a sentence ("But Friends of the
    /// Earth said", "said Citizens Advice", "Doctors Against Hunger"): the noun after a lower-case word or a sentence's
    /// opening conjunction (not a headline's run of capitals), then "of"/"for" and a capitalised name, or a capitalised
    /// word that is no first name, title, role noun or function word ("Senators Warren" stays a title). Else -1.
    /// </summary>
    private int NameOpenedByPluralNoun(DocumentIndex doc, int i, int sentenceEnd, LowerCaseWordSet lowerForms)
    {
        var tokens = doc.Tokens;
        int first = doc.Sentences[doc.SentenceOfToken[i]].First;
        if (i == first || i + 2 > sentenceEnd || doc.InQuote(i) || IsTitle(i) || !tokens[i - 1].IsWord
            || (tokens[i - 1].IsCapitalized && !(i - 1 == first && IsFunctionWord(i - 1))))
        {
            return -1;
        }

        int next = i + 1;
        if (doc.Is(next, "of") || doc.Is(next, "for"))
        {
            next += next + 2 < sentenceEnd && doc.Is(next + 1, "the") ? 2 : 1;
        }

        if (next >= sentenceEnd || doc.InQuote(next) || tokens[next] is not { IsWord: true, IsCapitalized: true } || IsFunctionWord(next)
            || _classes!.Is(next, WordClass.FirstName) || IsTitle(next) || IsRoleNoun(next) || _classes.Is(next, WordClass.SpeechVerb))
        {
            return -1;
        }

        int end = ScanNameRun(doc, next, sentenceEnd, lowerForms, allowSentenceInitial: true);
        return end > next ? end : -1;
    }

    /// <summary>
    /// Whether the capitalised function word at <paramref name="j"/> goes on with the name of an organisation that a
    /// lower-case organisation word introduces: "the campaign group Save Our Libraries", "the group Mothers Against
    /// Drunk Driving" — a capitalised word that is no function word follows it in the sentence.
    /// </summary>
    private bool InsideNamedOrganization(DocumentIndex doc, int start, int j, int end)
    {
        var tokens = doc.Tokens;
        if (start == 0 || tokens[start - 1] is not { IsWord: true, IsCapitalized: false } || !_classes!.Is(start - 1, WordClass.OrganizationHead))
        {
            return false;
        }

        int next = j + 1;
        return next < end && tokens[next].IsWord && tokens[next].IsCapitalized && !IsFunctionWord(next);
    }

    /// <summary>
    /// Whether "and" at <paramref name="and"/> after the words from <paramref name="first"/> goes on into the same
    /// organisation name: one to three capitalised words after it, the last an organisation word ("Drug
    /// Administration"), none of the words after it nor the word before it a first name, place, title or role noun
    /// ("the White House and Justice Department" are two), no word before it a first name or title.
    /// </summary>
    private bool AndJoinsOrganizationName(DocumentIndex doc, int first, int and, int end)
    {
        if (IsNameLikeWord(and - 1))
        {
            return false;
        }

        for (int t = first; t < and - 1; t++)
        {
            if (_classes!.Is(t, WordClass.FirstName | WordClass.Title))
            {
                return false;
            }
        }

        for (int t = and + 1; t < end && t <= and + 3; t++)
        {
            if (!doc.Tokens[t].IsWord || !doc.Tokens[t].IsCapitalized || IsFunctionWord(t))
            {
                return false;
            }

            if (_classes!.Is(t, WordClass.OrganizationHead))
            {
                return true;
            }

            if (IsNameLikeWord(t))
            {
                return false;
            }
        }

        return false;

        bool IsNameLikeWord(int t) =>
            (_classes!.Of(t) & (WordClass.FirstName | WordClass.Place | WordClass.Title | WordClass.OrganizationHead)) != 0 || IsRoleNoun(t);
    }

    /// <summary>
    /// Whether the month word at <paramref name="token"/> is a name: a speaker's surname or given name ("Theresa May",
    /// "Prime Minister May", "Ai Jun"). A date is followed by a number ("May 5") or read after a preposition, and a
    /// title-case headline's "May" is the modal verb before a verb ("Trump May Face …", "… May be …"); a name is
    /// followed by a speech verb in a form no modal takes ("May said", "Jun wrote") or, after a first name or title
    /// (<paramref name="inName"/>), by punctuation that ends the name ("Theresa May, the prime minister").
    /// </summary>
    private bool IsMonthAsName(DocumentIndex doc, int token, bool inName)
    {
        if (!_classes!.Is(token, WordClass.Month) || token + 1 >= doc.Tokens.Length)
        {
            return false;
        }

        var next = doc.Tokens[token + 1];
        if (next.Start != doc.Tokens[token].End + 1 && !(inName && !next.IsWord))
        {
            return false; // not the next word, one space on
        }

        if (next.IsWord)
        {
            var word = next.In(doc.Text);
            return !next.IsCapitalized && _classes.Is(token + 1, WordClass.SpeechVerb)
                && _lexicon.SpeechVerbs.TryGetValue(word, out var lemma) && !word.Equals(lemma, StringComparison.OrdinalIgnoreCase);
        }

        return inName && !char.IsDigit(doc.Text[next.Start]) && !doc.IsChar(token + 1, '-');
    }

    /// <summary>
    /// Where the dateline made by the capitalised run from <paramref name="start"/> to <paramref name="end"/> ends (the
    /// token to go on from), or -1 when the run is no dateline. A dateline is words in capitals that open a paragraph,
    /// then a bracket or a dash, or a comma with only a date or a region before one: "LONDON (Reuters) -", "WASHINGTON —",
    /// "PHILADELPHIA, July 29 (UPI) —", "SAN JUAN, Puerto Rico —". Not a label before a colon ("TRUMP:") nor an
    /// apposition ("NHK, Japan’s public broadcaster, said").
    /// </summary>
    private static int DatelineEnd(DocumentIndex doc, int start, int end, int sentenceEnd)
    {
        if (start != doc.ParagraphFirstToken[doc.ParagraphOf(start)] || end >= doc.Tokens.Length)
        {
            return -1;
        }

        for (int t = start; t < end; t++)
        {
            if (doc.Tokens[t].IsWord && !doc.Tokens[t].IsAllCaps)
            {
                return -1;
            }
        }

        char next = doc.Text[doc.Tokens[end].Start];
        if (next is '(' || CharClass.IsDash(next) || (next == ':' && IsColonDateline(doc, start, end)))
        {
            return end;
        }

        // The region may end in an abbreviation that the sentence splitter took for a sentence's end ("ORLANDO, Fla.
        // (Reuters) -"): look past the sentence, but go on from within it. A press release's date and wire go before the
        // dash: "SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- Lumora today announced".
        for (int t = end + 1; next == ',' && t < doc.Tokens.Length && t - end <= 11; t++)
        {
            var tok = doc.Tokens[t];
            char c = doc.Text[tok.Start];
            if (c == '(' || CharClass.IsDash(c))
            {
                return t == end + 1 ? -1 : t < sentenceEnd ? t : end;
            }

            if (tok.IsWord ? !tok.IsCapitalized || IsPossessive(tok.In(doc.Text)) : tok.Kind != TokenKind.Number && c is not ('.' or ',' or '/'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The gender a description's last word gives as a title ("Mr.", "Congresswoman"), or unknown.</summary>
    internal static Gender TitleGender(MentionText description)
    {
        if (description.IsNone)
        {
            return Gender.Unknown;
        }

        var words = description.Span;
        var titleWord = words[(words.LastIndexOf(' ') + 1)..].TrimEnd('.');
        return MaleTitles.Contains(titleWord) ? Gender.Male : FemaleTitles.Contains(titleWord) ? Gender.Female : Gender.Unknown;
    }

    /// <summary>
    /// Whether the words in capitals from <paramref name="first"/> to the colon at <paramref name="colon"/> are a
    /// dateline, as Indian and Pakistani papers write them ("NEW DELHI:", "KARACHI:"), not a speaker label ("TRUMP:
    /// We will win.", "BOOM: Trump just …" over a headline): a place the lexicon knows, or capitals opening the paragraph
    /// after the headline before a sentence of eight words or more that has no first-person pronoun (a report, not
    /// someone's own words).
    /// </summary>
    internal static bool IsColonDateline(DocumentIndex doc, int first, int colon)
    {
        if (colon <= first || colon + 1 >= doc.Tokens.Length || !doc.IsChar(colon, ':') || first != doc.ParagraphFirstToken[doc.ParagraphOf(first)])
        {
            return false;
        }

        for (int t = first; t < colon; t++)
        {
            if (doc.Tokens[t].IsWord ? !doc.Tokens[t].IsAllCaps || doc.Tokens[t].Length < 2 : !doc.IsChar(t, ','))
            {
                return false;
            }
        }

        var label = doc.Text.AsSpan(doc.Tokens[first].Start, doc.Tokens[colon - 1].End - doc.Tokens[first].Start);
        if (AttributionLexicon.Default.Places.ContainsKey(label))
        {
            return true;
        }

        var sentence = doc.Sentences[doc.SentenceOfToken[colon]];
        if (sentence.Paragraph != 1 || !doc.Tokens[colon + 1].IsWord || !doc.Tokens[colon + 1].IsCapitalized)
        {
            return false;
        }

        int words = 0;
        for (int t = colon + 1; t < sentence.End; t++)
        {
            if (doc.Tokens[t].IsWord)
            {
                words++;
                if (IsFirstPerson(doc.Word(t)))
                {
                    return false;
                }
            }
        }

        return words >= 8;

        // Lower case or capitalised, not in capitals: "US" is a country.
        static bool IsFirstPerson(ReadOnlySpan<char> w) => w is "I" or "we" or "We" or "our" or "Our" or "us" or "Us" or "my" or "My" or "me" or "Me";
    }

    /// <summary>
    /// Where the name after the particles at <paramref name="token"/> starts: one or two lower-case particles and then a
    /// capitalised word ("de Gaulle", "von der Leyen"); <paramref name="token"/> itself when there are none.
    /// </summary>
    private static int ParticlesBeforeName(DocumentIndex doc, int token, int end)
    {
        var tokens = doc.Tokens;
        int t = token;
        while (t < end && t - token < 2 && tokens[t].IsWord && tokens[t].Length <= 3 && !tokens[t].IsCapitalized && IsLowerParticle(tokens[t].In(doc.Text)))
        {
            t++;
        }

        // Only a European particle opens a name on its own: "the al Qaeda-linked group" is no name "al Qaeda-linked".
        bool inName = token > 0 && tokens[token - 1].IsWord && tokens[token - 1].IsCapitalized;
        if (t > token && !inName && !NameParticlesIgnoringCase.Contains(tokens[token].In(doc.Text)))
        {
            return token;
        }

        return t > token && t < end && tokens[t].IsWord && tokens[t].IsCapitalized && !doc.InQuote(t) ? t : token;
    }

    /// <summary>
    /// A capitalised word that opens a sentence on its own (no capitalised word after it) and that the document never
    /// capitalises inside a sentence, nor lists as an organisation or acronym: "Hours later", "Back then", "Wait".
    /// A name read there ("Putin said") has almost always been written in full inside an earlier sentence.
    /// </summary>
    private bool IsLoneOpeningWord(DocumentIndex doc, int j, int end)
    {
        var t = doc.Tokens[j];
        var w = t.In(doc.Text);
        if (IsTimeSpan(w) && j + 1 < end && (doc.Is(j + 1, "later") || doc.Is(j + 1, "earlier") || doc.Is(j + 1, "ago")))
        {
            return true; // a span of time: "Minutes later, she …", "Days earlier, …" (not "Priebus later told")
        }

        if (j + 1 < end && doc.Tokens[j + 1].IsWord && doc.Tokens[j + 1].IsCapitalized || IsPossessive(w) || t.IsAllCaps || LooksPlural(w)
            || j + 1 < end && _classes!.Is(j + 1, WordClass.SpeechVerb))
        {
            return false; // a plural, or a word right before a speech verb, may well be the speaker: "Others call it …", "Sato tells Ito …"
        }

        if (w.Length > 2 && w[1..].IndexOfAnyInRange('A', 'Z') >= 0)
        {
            return false; // a capital inside the word is a name's: "NetChoice, a trade group, said …", "McKinsey"
        }

        if (IsNamedByApposition(doc, j, end))
        {
            return false; // "Uplift, a campaign group that fights poverty, said …"
        }

        return !_capitalizedInside!.Contains(w) && !_classes!.Is(j, WordClass.OrganizationName) && !_classes.Is(j, WordClass.Title);
    }

    private static bool LooksPlural(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && w[^2] != 's';

    /// <summary>The most tokens of an apposition that names what a sentence's first word is (see <see cref="IsNamedByApposition"/>).</summary>
    private const int MaxNamingAppositionTokens = 10;

    /// <summary>
    /// The word at <paramref name="j"/> opens its sentence and an indefinite description with a role noun follows it in
    /// commas ("Uplift, a campaign group that fights poverty, said …"): the word is a name. An adverb opening the
    /// sentence ("Meanwhile, a spokesman said …") has no closing comma before the verb, nor an "-ly" ending.
    /// </summary>
    private bool IsNamedByApposition(DocumentIndex doc, int j, int end)
    {
        var w = doc.Tokens[j].In(doc.Text);
        if (j + 3 >= end || !doc.IsChar(j + 1, ',') || !(doc.Is(j + 2, "a") || doc.Is(j + 2, "an")) || w.EndsWith("ly", StringComparison.Ordinal))
        {
            return false;
        }

        bool role = false;
        for (int t = j + 3; t < end && t <= j + 2 + MaxNamingAppositionTokens; t++)
        {
            if (doc.IsChar(t, ','))
            {
                return role && t + 1 < end && _classes!.Is(t + 1, WordClass.SpeechVerb);
            }

            if (!doc.Tokens[t].IsWord || doc.InQuote(t))
            {
                return false;
            }

            role |= _classes!.Is(t, WordClass.MentionRoleNoun);
        }

        return false;
    }

    /// <summary>A plural unit of time: "Minutes", "Hours", "Moments".</summary>
    private static bool IsTimeSpan(ReadOnlySpan<char> w) =>
        w is "Seconds" or "Moments" or "Minutes" or "Hours" or "Days" or "Weeks" or "Months" or "Years" or "Decades";

    private static bool IsParticipleForm(ReadOnlySpan<char> w) =>
        w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal));

    private void AddName(DocumentIndex doc, List<Mention> mentions, int spanStart, int descStart, int head, int nameStart, int nameEnd, MentionText possessor, int sentence, bool possessive = false, MentionText descriptionOverride = default, bool organization = false)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;

        // Split titles and country words off the front of the capitalised run: "Chinese President Xi Jinping" (an
        // organisation's whole name keeps its first word: "Citizens Advice").
        int n = nameStart;
        // "St Ives", "St. Gallen": a saint's name before a capitalised word names a place, not a person titled "St".
        bool saintPlace = !organization && doc.Is(nameStart, "St")
            && (nameEnd == nameStart + 2 || (nameEnd == nameStart + 3 && doc.IsChar(nameStart + 1, '.')));
        while (!organization && !saintPlace && n < nameEnd - 1)
        {
            var w = tokens[n].In(text);
            if (IsOrganizationNameWithPreposition(doc, n, nameEnd) || (IsRoleNoun(n) && OrganizationNameFrom(doc, n, nameEnd) == nameEnd))
            {
                break; // "Office for National Statistics", "Republican National Committee" are the whole name
            }

            // "Chief Financial Officer Amy Hood": a capitalised word between two title words belongs to the title.
            bool insideTitle = n > 0 && n + 2 < nameEnd && (IsTitle(n + 1) || IsRoleNoun(n + 1)) && (IsTitle(n - 1) || IsRoleNoun(n - 1));
            if (insideTitle || IsTitle(n) || IsLeadingPlace(doc, n, nameEnd) || IsRoleNoun(n))
            {
                n++;
                if (n < nameEnd && doc.IsChar(n, '.'))
                {
                    n++;
                }

                continue;
            }

            break;
        }

        // Letters after a name are no part of it, though the mention goes on over them: "Karen Hughes KC told jurors",
        // "Jess Phillips MP", "Mary Berry CBE".
        int runEnd = nameEnd;
        while (nameEnd - 2 > n && IsPostNominal(tokens[nameEnd - 1].In(text)))
        {
            nameEnd--;
        }

        int wordCount = 0;
        for (int t = n; t < nameEnd; t++)
        {
            if (tokens[t].IsWord)
            {
                wordCount++;
            }
        }

        if (wordCount == 0 || (wordCount == 1 && n > 0 && IsPartyStateTag(doc, n)))
        {
            return; // "Sen. Tim Scott, R-S.C., said": the party and state are no one's name
        }

        var nameWords = t_nameWords ??= new MentionText[32];
        Span<MentionText> words = wordCount <= nameWords.Length ? nameWords.AsSpan(0, wordCount) : new MentionText[wordCount];
        bool isPossessive = possessive;
        WordClass firstClasses = 0, lastClasses = 0;
        for (int t = n, p = 0; t < nameEnd; t++)
        {
            if (!tokens[t].IsWord)
            {
                continue;
            }

            // A word's classes are its token's, already looked up, unless a possessive is cut off it.
            var w = tokens[t].In(text);
            WordClass wordClasses;
            if (IsPossessive(w))
            {
                isPossessive = true;
                w = WithoutPossessive(w);
                wordClasses = _classes!.Table.Of(w);
            }
            else
            {
                wordClasses = _classes!.Of(t) & ~WordClass.MentionRoleNoun;
            }

            firstClasses = p == 0 ? wordClasses : firstClasses;
            lastClasses = wordClasses;
            words[p++] = new MentionText(text, tokens[t].Start, w.Length);
        }

        var name = JoinParts(words);
        int descEnd = n;

        // An honorific between a description and the name is part of neither: "Labour leader Sir Keir Starmer" is
        // described as "Labour leader" (a description of the honorific alone, "Dr Sarah Jones", is kept).
        int beforeHonorific = descEnd > descStart && doc.IsChar(descEnd - 1, '.') ? descEnd - 2 : descEnd - 1;
        if (beforeHonorific > descStart && tokens[beforeHonorific].IsWord && Honorifics.Contains(tokens[beforeHonorific].In(text)))
        {
            descEnd = beforeHonorific;
        }
        var description = !descriptionOverride.IsNone ? descriptionOverride : descEnd > descStart ? JoinWords(doc, descStart, descEnd) : default;
        if (!possessor.IsNone && !description.IsNone)
        {
            description = Possessed(possessor, description);
        }

        string? affiliation = AffiliationOf(doc, descStart, descEnd) ?? (!possessor.IsNone && _places.Places.TryGetValue(possessor.Span, out var c) ? c : null);
        string? headWord = head >= 0 ? _strings.GetLowerInvariant(tokens[head].In(text)) : null;
        string? state = StateOf(doc, descStart, descEnd) ?? StateAfterName(doc, runEnd, doc.Sentences[sentence].End);

        var type = ClassifyName(name, words, firstClasses, lastClasses, description, headWord, out var gender);
        if (organization)
        {
            type = EntityType.Organization;
            gender = Gender.Neuter;
        }
        else if (saintPlace)
        {
            type = EntityType.Place;
            gender = Gender.Neuter;
        }
        else if (type == EntityType.Place && wordCount == 1 && description.IsNone && !isPossessive && IsPersonBeforeWho(doc, n, runEnd))
        {
            type = EntityType.Person; // "Paris, who used to work on Capitol Hill, said": a place's name that "who" follows is a person's
            gender = Gender.Unknown;
        }

        if (type == EntityType.Unknown && gender == Gender.Unknown && head < 0 && spanStart < nameStart && doc.Is(spanStart, "the"))
        {
            gender = Gender.Neuter; // "the Commissioners of Irish Lights", "the Middlebury Institute": no "he" or "she"
        }
        else if (type == EntityType.Unknown && wordCount == 1 && description.IsNone && TakesPluralVerb(doc, spanStart, runEnd, sentence))
        {
            // "Arsenal have dropped points": a name of one word with a plural verb is a team or a body, never "he".
            type = EntityType.Organization;
            gender = Gender.Neuter;
        }

        if (wordCount == 1 && !isPossessive && runEnd == nameEnd)
        {
            name = SharedSurname(doc, n, runEnd, sentence, name);
            name = NicknamedSurname(doc, n, runEnd, sentence, name);
        }

        int spanEnd = tokens[runEnd - 1].End;
        if (isPossessive)
        {
            // Report the name without "’s".
            var last = tokens[runEnd - 1].In(text);
            spanEnd -= last.Length - WithoutPossessive(last).Length;
        }

        var mention = NewMention();
        mention.Index = mentions.Count;
        mention.Kind = MentionKind.Name;
        mention.Type = type;
        mention.Span = new TextSpan(tokens[spanStart].Start, spanEnd);
        mention.FirstToken = spanStart;
        mention.EndToken = runEnd;
        mention.Sentence = sentence;
        mention.Paragraph = doc.Sentences[sentence].Paragraph;
        mention.Name = name;
        words.Clear();
        mention.Description = description;
        mention.Head = headWord;
        mention.Affiliation = affiliation;
        mention.State = state;
        mention.Gender = gender;
        mention.Definite = true;
        mention.Possessive = isPossessive;
        mentions.Add(mention);
    }

    /// <summary>Words right after a capitalised word (one space between), by the hash of their text: the first two tokens of each hash.</summary>
    private readonly Dictionary<int, (int First, int Second)> _afterCapitalized = new();

    /// <summary>Whether <see cref="_afterCapitalized"/> holds this document's words.</summary>
    private bool _afterCapitalizedIndexed;

    /// <summary>
    /// Whether the word of token <paramref name="first"/> stands right after a capitalised word anywhere else in the
    /// document ("… Warren and …" after "Elizabeth Warren"): the document's words are indexed once, at the first
    /// question, so each question is one lookup (a walk over the tokens only for a hash shared by two words).
    /// </summary>
    private bool FollowsCapitalizedElsewhere(DocumentIndex doc, int first)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        if (!_afterCapitalizedIndexed)
        {
            WorkCounter.Add(WorkKind.Tokens, tokens.Length);
            for (int k = 1; k < tokens.Length; k++)
            {
                if (FollowsCapitalizedWord(tokens, k))
                {
                    int hash = string.GetHashCode(tokens[k].In(text));
                    if (!_afterCapitalized.TryGetValue(hash, out var seen))
                    {
                        _afterCapitalized[hash] = (k, -1);
                    }
                    else if (seen.Second < 0)
                    {
                        _afterCapitalized[hash] = (seen.First, k);
                    }
                }
            }

            _afterCapitalizedIndexed = true;
        }

        var word = tokens[first].In(text);
        if (!_afterCapitalized.TryGetValue(string.GetHashCode(word), out var found))
        {
            return false;
        }

        int other = found.First != first ? found.First : found.Second;
        if (other < 0)
        {
            return false;
        }

        if (tokens[other].In(text).SequenceEqual(word))
        {
            return true;
        }

        WorkCounter.Add(WorkKind.Tokens, tokens.Length); // two words share the hash: walk the tokens
        for (int k = 1; k < tokens.Length; k++)
        {
            if (k != first && FollowsCapitalizedWord(tokens, k) && tokens[k].In(text).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether word token <paramref name="k"/> (k ≥ 1) comes right after a capitalised word, one char between.</summary>
    private static bool FollowsCapitalizedWord(ReadOnlySpan<Token> tokens, int k) =>
        tokens[k].IsWord && tokens[k - 1] is { IsWord: true, IsCapitalized: true } && tokens[k - 1].End + 1 == tokens[k].Start;

    /// <summary>The most words a nickname in quotation marks inside a name holds: "The Hammer", "Big Mac".</summary>
    private const int MaxNicknameWords = 3;

    /// <summary>
    /// A first name before a nickname in quotation marks and the surname gets the surname: 'Owen "The Hammer" Pritchard'
    /// names Owen Pritchard, 'Margaret "Peggy" Haverford' Margaret Haverford (so that "Pritchard said" is he, not a
    /// relative named in full since). <paramref name="first"/> is the lone word of the name and <paramref name="runEnd"/>
    /// the token after it; the name is kept unless one to three words in quotation marks and a capitalised word follow.
    /// </summary>
    private MentionText NicknamedSurname(DocumentIndex doc, int first, int runEnd, int sentence, MentionText name)
    {
        var tokens = doc.Tokens;
        int sentenceEnd = doc.Sentences[sentence].End;
        if (name.Span.IndexOf(' ') >= 0 || runEnd + 3 >= sentenceEnd || !_classes!.Is(first, WordClass.FirstName) || !IsNicknameMark(doc, runEnd))
        {
            return name;
        }

        int close = runEnd + 1;
        while (close < sentenceEnd && close - runEnd <= MaxNicknameWords && tokens[close].IsWord)
        {
            close++;
        }

        int surname = close + 1;
        if (close == runEnd + 1 || close - runEnd > MaxNicknameWords || surname >= sentenceEnd || !IsNicknameMark(doc, close)
            || tokens[surname] is not { IsWord: true, IsCapitalized: true } || IsTitle(surname) || IsRoleNoun(surname))
        {
            return name;
        }

        var word = WithoutPossessive(tokens[surname].In(doc.Text));
        return new MentionText(_strings.Get(string.Concat(name.Span, " ", word)));
    }

    /// <summary>Whether the token is a quotation mark of one character, as set around a nickname.</summary>
    private static bool IsNicknameMark(DocumentIndex doc, int token) =>
        doc.Tokens[token] is { IsWord: false } t && t.End - t.Start == 1 && doc.Text[t.Start] is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'';

    /// <summary>
    /// The first of two first names that share one surname gets it too: "Carmen and Lucia Ortega" names Carmen
    /// Ortega, "Bill and Hillary Clinton" Bill Clinton. <paramref name="first"/> is the lone word of the name and
    /// <paramref name="runEnd"/> the token after it; the name is kept when the word is no first name, when "and" and a
    /// first name with one to three more capitalised words do not follow, or when the document uses the word as a
    /// surname elsewhere ("Elizabeth Warren … Warren and Bernie Sanders").
    /// </summary>
    private MentionText SharedSurname(DocumentIndex doc, int first, int runEnd, int sentence, MentionText name)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        int sentenceEnd = doc.Sentences[sentence].End;
        if (runEnd + 2 >= sentenceEnd || !_classes!.Is(first, WordClass.FirstName) || !tokens[runEnd].IsWord
            || !tokens[runEnd].In(text).SequenceEqual("and") || !tokens[runEnd + 1].IsCapitalized || !_classes.Is(runEnd + 1, WordClass.FirstName))
        {
            return name;
        }

        int surnameStart = runEnd + 2, surnameEnd = surnameStart;
        while (surnameEnd < sentenceEnd && surnameEnd - surnameStart < 3 && tokens[surnameEnd].IsWord && tokens[surnameEnd].IsCapitalized
            && !IsTitle(surnameEnd) && !IsRoleNoun(surnameEnd) && tokens[surnameEnd - 1].End + 1 == tokens[surnameEnd].Start)
        {
            surnameEnd++;
        }

        if (surnameEnd == surnameStart || (surnameEnd < sentenceEnd && tokens[surnameEnd] is { IsWord: true, IsCapitalized: true }))
        {
            return name;
        }

        if (FollowsCapitalizedElsewhere(doc, first))
        {
            return name;
        }

        var surname = text.AsSpan(tokens[surnameStart].Start, tokens[surnameEnd - 1].End - tokens[surnameStart].Start);
        if (IsPossessive(surname))
        {
            return name;
        }

        return new MentionText(string.Concat(name.Span, " ", surname));
    }

    /// <summary>
    /// Whether the name from <paramref name="start"/> to <paramref name="end"/> opens its sentence as the subject of
    /// "have" or "are" ("Arsenal have dropped points"); "were" is left out ("Clinton were elected" is a subjunctive's).
    /// </summary>
    private static bool TakesPluralVerb(DocumentIndex doc, int start, int end, int sentence)
    {
        if (end >= doc.Sentences[sentence].End || !doc.Tokens[end].IsWord || !(doc.Is(end, "have") || doc.Is(end, "are")))
        {
            return false;
        }

        // Only as the sentence's opening subject ("Arsenal have dropped points"), not after a preposition ("his battles
        // with Trump have"), a conjunction ("Obama and Clinton have") or a modal ("Would Trump have won").
        return start == doc.Sentences[sentence].First;
    }

    private EntityType ClassifyName(MentionText name, ReadOnlySpan<MentionText> parts, WordClass firstClasses, WordClass lastClasses, MentionText description, string? head, out Gender gender)
    {
        gender = Gender.Unknown;

        // The word classes of the name and of its first and last parts (given: the parts' tokens', or the table's for a
        // part cut from a possessive) answer the lexicon questions below (the table compares as the lexicons do); a
        // name of one part is that part, so only a longer name is looked up; only a first name's gender needs the map itself.
        var nameClasses = parts.Length == 1 ? firstClasses : _classes!.Table.Of(name.Span);
        if ((nameClasses & WordClass.OrganizationName) != 0 || (lastClasses & WordClass.OrganizationHead) != 0 || (head is not null && _lexicon.OrganizationRoleNouns.Contains(head))
            || HasOrganizationHeadBeforePreposition(parts))
        {
            gender = Gender.Neuter;
            return EntityType.Organization;
        }

        if (parts.Length == 1 && parts[0].Length is >= 2 and <= 6 && IsAcronymLike(parts[0].Span) && (firstClasses & WordClass.Place) == 0)
        {
            gender = Gender.Neuter;
            return EntityType.Organization; // an acronym: CCTV, FBI
        }

        // "Prof Finn", "Mr Jordan": a first name that is also a place or its people's noun names a person after a title.
        bool titledFirstName = parts.Length == 1 && !description.IsNone && (firstClasses & WordClass.FirstName) != 0;
        if (((nameClasses & WordClass.Place) != 0 && !titledFirstName)
            || ((nameClasses & WordClass.State) != 0 && _places.States.TryGetValue(name.Span, out var state) && name.Span.SequenceEqual(state)))
        {
            gender = Gender.Neuter;
            return EntityType.Place;
        }

        gender = TitleGender(description);

        // A known gender came from the description; otherwise one first-name lookup gives both the gender and the type.
        if (gender == Gender.Unknown && (firstClasses & WordClass.FirstName) != 0 && _lexicon.FirstNames.TryGetValue(parts[0].Span, out var g))
        {
            // "Gan Siow Huang", "Tan Li Hua": a family name first, before two short given-name syllables, tells no gender
            // (it is "Ms Gan" later).
            gender = IsFamilyNameFirst(parts, lastClasses) ? Gender.Unknown : g;
            return EntityType.Person;
        }

        return (firstClasses & WordClass.FirstName) != 0 || !description.IsNone || head is not null ? EntityType.Person : EntityType.Unknown;
    }

    /// <summary>
    /// A name of three words whose last two are short (no initials) and no first names: the first word is a family name written first
    /// ("Gan Siow Huang", "Lee Hsien Loong"), though it may be a given name elsewhere.
    /// </summary>
    private bool IsFamilyNameFirst(ReadOnlySpan<MentionText> parts, WordClass lastClasses) =>
        parts.Length == 3 && parts[1].Length is >= 2 and <= 5 && parts[2].Length is >= 2 and <= 5 && (lastClasses & WordClass.FirstName) == 0
        && (_classes!.Table.Of(parts[1].Span) & WordClass.FirstName) == 0;

    /// <summary>
    /// A capitalised title followed by its portfolio and a name: "Minister for Housing James Browne". True when "of" or
    /// "for" follows the title and then a run of at least three capitalised words, or one shorter capitalised part and
    /// another "of", "for" or "in" before such a run ("Minister of State for Manpower Gan Siow Huang"); the name is the run's words from its
    /// first known first name on, else its last two words (<paramref name="nameStart"/>), and the run ends at
    /// <paramref name="nameEnd"/>.
    /// </summary>
    private bool PortfolioBeforeName(DocumentIndex doc, int head, int afterHead, int sentenceEnd, LowerCaseWordSet lowerForms, out int nameEnd, out int nameStart)
    {
        nameEnd = nameStart = afterHead;
        var tokens = doc.Tokens;
        if (!tokens[head].IsCapitalized || !IsTitle(head) || !(doc.Is(afterHead, "of") || doc.Is(afterHead, "for")))
        {
            return false;
        }

        int runStart, runEnd;
        for (int preposition = afterHead, segment = 0; ; segment++)
        {
            // "Leader of the Opposition Omar Ayub Khan", "Minister of the Interior Ana Ruiz": "the" may open the portfolio.
            runStart = preposition + 1;
            if (runStart + 1 < sentenceEnd && tokens[runStart].IsWord && !tokens[runStart].IsCapitalized && doc.Is(runStart, "the"))
            {
                runStart++;
            }

            if (runStart >= sentenceEnd || !tokens[runStart].IsCapitalized || IsFunctionWord(runStart))
            {
                return false;
            }

            runEnd = ScanNameRun(doc, runStart, sentenceEnd, lowerForms, allowSentenceInitial: true);
            if (runEnd - runStart >= 3)
            {
                break;
            }

            // "Minister of State for Manpower Gan Siow Huang", "Leader of Opposition in the Lok Sabha Rahul Gandhi": one
            // short capitalised part and another preposition go on the portfolio ("State", a speech verb, opens no name run).
            runEnd = Math.Max(runEnd, runStart + 1);
            if (segment > 0 || !tokens[runStart].IsWord || runEnd + 1 >= sentenceEnd || !(doc.Is(runEnd, "for") || doc.Is(runEnd, "in") || doc.Is(runEnd, "of")))
            {
                return false;
            }

            preposition = runEnd;
        }

        for (int t = runStart; t < runEnd; t++)
        {
            if (!tokens[t].IsWord || IsFunctionWord(t))
            {
                return false; // "Minister for Trade and Industry …": no plain run of words
            }
        }

        int start = runEnd - 2;
        for (int t = runStart + 1; t < runEnd - 1; t++)
        {
            if (_classes!.Is(t, WordClass.FirstName))
            {
                start = t;
                break;
            }
        }

        nameEnd = runEnd;
        nameStart = start;
        return true;
    }

    /// <summary>
    /// A second role joined to a first by "and" and followed by a name: "founder and CEO Greg Ostrowski", "co-founder and
    /// chief technology officer Lena Vogel". <paramref name="secondHead"/> is the second role noun or title, and the name
    /// after it ends at <paramref name="nameEnd"/>.
    /// </summary>
    private bool CoordinatedRoleBeforeName(DocumentIndex doc, int and, int sentenceEnd, LowerCaseWordSet lowerForms, out int secondHead, out int nameEnd)
    {
        var tokens = doc.Tokens;
        secondHead = -1;
        nameEnd = and;
        int limit = Math.Min(sentenceEnd, and + 5);
        int t = and + 1;
        for (; t < limit; t++)
        {
            if (!tokens[t].IsWord || doc.InQuote(t))
            {
                break;
            }

            if (IsRoleNoun(t) || (tokens[t].IsCapitalized && IsTitle(t)))
            {
                secondHead = t;
                continue;
            }

            if (tokens[t].IsCapitalized || IsFunctionWord(t) || IsVerbLike(t))
            {
                break; // the name after the second role, or no modifier of one ("and the", "and said")
            }
        }

        if (secondHead < 0 || t != secondHead + 1)
        {
            return false; // "founder and chief technology officer": the name comes right after the second role
        }

        int afterSecond = secondHead + 1 < sentenceEnd && IsPeriodAfterTitle(doc, secondHead, secondHead + 1) ? secondHead + 2 : secondHead + 1;
        nameEnd = ScanNameRun(doc, afterSecond, sentenceEnd, lowerForms, allowSentenceInitial: true);
        // "fundraiser and veteran D.C. lobbyist Steve Elmendorf": a name modifying a role noun after it is no one's name.
        return nameEnd > afterSecond && !(nameEnd < sentenceEnd && tokens[nameEnd].IsWord && !tokens[nameEnd].IsCapitalized && IsRoleNoun(nameEnd));
    }

    /// <summary>
    /// Whether an organisation word comes right before "of" or "for" inside the name: "Royal College of Nursing", "Bank of
    /// England", "Institute for Fiscal Studies" (whose last word is no organisation word).
    /// </summary>
    private bool HasOrganizationHeadBeforePreposition(ReadOnlySpan<MentionText> parts)
    {
        for (int p = 1; p + 1 < parts.Length; p++)
        {
            if (parts[p].Span is "of" or "for" && (_classes!.Table.Of(parts[p - 1].Span) & WordClass.OrganizationHead) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private void AddNominal(DocumentIndex doc, List<Mention> mentions, int spanStart, int modStart, int head, int count, bool definite, MentionText possessor, bool plural, int sentence)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        string headWord = _strings.GetLowerInvariant(tokens[head].In(text));
        bool isOrg = _lexicon.OrganizationRoleNouns.Contains(headWord);
        var type = isOrg ? EntityType.Organization : plural || count >= 2 ? EntityType.Group : EntityType.Person;
        var gender = MaleNouns.Contains(headWord) ? Gender.Male : FemaleNouns.Contains(headWord) ? Gender.Female : isOrg ? Gender.Neuter : Gender.Unknown;
        var description = JoinWords(doc, modStart, head + 1);
        if (!possessor.IsNone)
        {
            description = Possessed(possessor, description);
        }

        var mention = NewMention();
        mention.Index = mentions.Count;
        mention.Kind = MentionKind.Nominal;
        mention.Type = type;
        mention.Span = new TextSpan(tokens[spanStart].Start, tokens[head].End);
        mention.FirstToken = spanStart;
        mention.EndToken = head + 1;
        mention.Sentence = sentence;
        mention.Paragraph = doc.Sentences[sentence].Paragraph;
        mention.Description = description;
        mention.Head = headWord;
        mention.Affiliation = AffiliationOf(doc, modStart, head + 1) ?? (!possessor.IsNone && _places.Places.TryGetValue(possessor.Span, out var c) ? c : null)
            ?? PlaceAfterIn(doc, head + 1, doc.Sentences[sentence].End);
        mention.State = StateOf(doc, modStart, head + 1);
        mention.Gender = gender;
        mention.Plural = plural || count >= 2;
        mention.Count = count;
        mention.Definite = definite;
        mentions.Add(mention);
    }

    /// <summary>
    /// The US state that a description's words name ("Ohio" in "the Ohio Republican", "New York" in "New York Sen.",
    /// "Texan"), or null.
    /// </summary>
    private string? StateOf(DocumentIndex doc, int start, int end)
    {
        var states = _places.States;
        for (int t = start; t < end; t++)
        {
            if (!doc.Tokens[t].IsCapitalized)
            {
                continue;
            }

            // Only a state's word (its class) or a possessive ("Ohio's", which the table does not hold) can be looked up.
            var word = doc.Tokens[t].In(doc.Text);
            if ((_classes!.Of(t) & WordClass.State) == 0 && !IsPossessive(word))
            {
                continue;
            }

            var w = WithoutPossessive(word);
            if (t + 1 < end && doc.Tokens[t + 1].IsCapitalized && TryGetTwoWords(states, w, WithoutPossessive(doc.Tokens[t + 1].In(doc.Text)), out var two))
            {
                return two;
            }

            if (states.TryGetValue(w, out var state))
            {
                return state;
            }
        }

        return null;
    }

    /// <summary>
    /// The US state given right after a name at token <paramref name="t"/>: a party-and-state tag ("Ted Cruz, R-Texas,",
    /// "Ann Lee (D-N.Y.)") or "of" and a state ("Rosa DeLauro of Connecticut"); else null.
    /// </summary>
    private string? StateAfterName(DocumentIndex doc, int t, int sentenceEnd)
    {
        if (t + 1 >= sentenceEnd)
        {
            return null;
        }

        if (doc.IsChar(t, ',') || doc.IsChar(t, '('))
        {
            if (IsPartyStateTag(doc, t + 1))
            {
                return StateOfTag(doc, t + 1, sentenceEnd);
            }

            // A party and "of": "Senator Jeff Flake, Republican of Arizona, said".
            if (doc.IsChar(t, ',') && t + 2 < sentenceEnd && doc.Is(t + 2, "of") && (doc.Is(t + 1, "Republican") || doc.Is(t + 1, "Democrat")))
            {
                return StateAfterName(doc, t + 2, sentenceEnd);
            }

            // A state alone in brackets: "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.)".
            return doc.IsChar(t, '(') && t + 2 < sentenceEnd && (doc.IsChar(t + 2, '.') || doc.IsChar(t + 2, ')'))
                && _places.StateCodes.TryGetValue(doc.Tokens[t + 1].In(doc.Text), out var bracketed) ? bracketed : null;
        }

        if (!doc.Is(t, "of") || !doc.Tokens[t + 1].IsCapitalized)
        {
            return null;
        }

        // "of New York," but not "of New York University": the state ends the capitalised run.
        var first = doc.Tokens[t + 1].In(doc.Text);
        if (t + 2 < sentenceEnd && doc.Tokens[t + 2].IsCapitalized)
        {
            return TryGetTwoWords(_places.States, first, doc.Tokens[t + 2].In(doc.Text), out var two)
                && !(t + 3 < sentenceEnd && doc.Tokens[t + 3].IsCapitalized) ? two : null;
        }

        return _places.States.TryGetValue(first, out var state) && state.AsSpan().SequenceEqual(first) ? state : null;
    }

    /// <summary>Whether the token is a party-and-state tag's first part after a comma or bracket: "R-Texas", "D-Ariz", "I-Vt", "D-N" (of "D-N.Y.").</summary>
    private static bool IsPartyStateTag(DocumentIndex doc, int t)
    {
        var w = doc.Tokens[t].In(doc.Text);
        return w.Length >= 3 && w[1] == '-' && w[0] is 'R' or 'D' or 'I' && char.IsUpper(w[2]) && t > 0 && (doc.IsChar(t - 1, ',') || doc.IsChar(t - 1, '('));
    }

    /// <summary>The state of the party-and-state tag at <paramref name="t"/>: "R-Fla" → Florida, "D-N" "." "Y" "." → New York.</summary>
    private string? StateOfTag(DocumentIndex doc, int t, int sentenceEnd)
    {
        var code = doc.Tokens[t].In(doc.Text)[2..];
        if (code.Length > 1 || t + 3 >= sentenceEnd || !doc.IsChar(t + 1, '.') || !doc.IsChar(t + 3, '.'))
        {
            return _places.StateCodes.TryGetValue(code, out var state) || _places.States.TryGetValue(code, out state) ? state : null; // "R-Fla", "R-Texas"
        }

        // Initials spelled with their periods: "N.Y.", "S.C.", "W.Va.".
        var second = doc.Tokens[t + 2].In(doc.Text);
        Span<char> initials = stackalloc char[8];
        if (second.Length > 3)
        {
            return null;
        }

        initials[0] = code[0];
        initials[1] = '.';
        second.CopyTo(initials[2..]);
        initials[2 + second.Length] = '.';
        return _places.StateCodes.TryGetValue(initials[..(3 + second.Length)], out var spelled) ? spelled : null;
    }

    /// <summary>Looks up "<paramref name="first"/> <paramref name="second"/>" in <paramref name="map"/> without building the string.</summary>
    private static bool TryGetTwoWords(WordMap<string> map, ReadOnlySpan<char> first, ReadOnlySpan<char> second, out string value)
    {
        int length = first.Length + 1 + second.Length;
        Span<char> phrase = length <= 128 ? stackalloc char[length] : new char[length];
        first.CopyTo(phrase);
        phrase[first.Length] = ' ';
        second.CopyTo(phrase[(first.Length + 1)..]);
        return map.TryGetValue(phrase, out value!);
    }

    /// <summary>The country of a place right after "in" at <paramref name="t"/>: "the government in Beijing", "the ministry in Seoul".</summary>
    private string? PlaceAfterIn(DocumentIndex doc, int t, int sentenceEnd) =>
        t + 1 < sentenceEnd && doc.Is(t, "in") && doc.Tokens[t + 1].IsCapitalized ? AffiliationOf(doc, t + 1, Math.Min(sentenceEnd, t + 3)) : null;

    private string? AffiliationOf(DocumentIndex doc, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (!doc.Tokens[t].IsWord)
            {
                continue;
            }

            // The token's word classes say which lookups can succeed: a pair only after the first word of a place
            // of several words, a word alone only when it is a place or possessive ("Russia's").
            var w = doc.Tokens[t].In(doc.Text);
            var classes = _classes!.Of(t);
            if ((classes & WordClass.PlaceFirstWord) != 0 && t + 1 < end && TryGetTwoWordPlace(w, doc.Tokens[t + 1].In(doc.Text), out var two))
            {
                return two;
            }

            if (((classes & WordClass.Place) != 0 || IsPossessive(w)) && _places.Places.TryGetValue(WithoutPossessive(w), out var country)
                && !InsideClubName(doc, start, t))
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the place word at <paramref name="t"/> ends a name of a club or company that opens with another capitalised
    /// word ("Real Madrid coach", "Inter Milan striker"): where the club plays says nothing of the person's country. Not
    /// after a title or role noun, a place, or a word such as "Former" ("Former Russian President").
    /// </summary>
    private bool InsideClubName(DocumentIndex doc, int start, int t)
    {
        int before = t - 1;
        return before >= start && doc.Tokens[before].IsWord && doc.Tokens[before].IsCapitalized && !doc.Tokens[before].IsAllCaps
            && !IsPossessive(doc.Tokens[before].In(doc.Text))
            && (_classes!.Of(before) & (WordClass.Title | WordClass.Place | WordClass.FunctionWord | WordClass.FirstName)) == 0 && !IsRoleNoun(before)
            && !IsModifierBeforePlace(doc.Tokens[before].In(doc.Text));
    }

    /// <summary>Capitalised words that qualify a role before a country word: "Former Russian President", "Acting Iraqi Prime Minister".</summary>
    private static bool IsModifierBeforePlace(ReadOnlySpan<char> w) =>
        w is "Former" or "Acting" or "Deputy" or "Senior" or "Interim" or "Outgoing" or "Incoming" or "Then" or "Top" or "Veteran" or "Leading" or "Prominent" or "Fellow" or "Future" or "Late";

    /// <summary>The text from token <paramref name="start"/> to the end of token <paramref name="end"/> - 1 (none when empty).</summary>
    private static MentionText JoinWords(DocumentIndex doc, int start, int end) =>
        end <= start ? default : new MentionText(doc.Text, doc.Tokens[start].Start, WordsOf(doc, start, end).Length);

    /// <summary>
    /// "<paramref name="possessor"/>’s <paramref name="possessed"/>" ("China’s state broadcaster"), or "<paramref name="possessor"/>’s"
    /// when <paramref name="possessed"/> is none, with the input's apostrophe: the input when it spells it so, else a shared string.
    /// </summary>
    private MentionText Possessed(MentionText possessor, MentionText possessed)
    {
        int length = possessor.Length + 2 + (possessed.IsNone ? 0 : 1 + possessed.Length);
        Span<char> composed = length <= 128 ? stackalloc char[length] : new char[length];
        possessor.Span.CopyTo(composed);
        int at = possessor.Length;
        composed[at] = '\'';
        if (possessor.Extended(composed[..(at + 1)]).IsNone)
        {
            composed[at] = '’'; // the apostrophe the input writes after the possessor ("Smith's spokesman" stays straight)
        }

        at++;
        composed[at++] = 's';
        if (!possessed.IsNone)
        {
            composed[at++] = ' ';
            possessed.Span.CopyTo(composed[at..]);
        }

        return Spelled(possessor, composed);
    }

    /// <summary>The input from where <paramref name="first"/> starts when it spells <paramref name="composed"/> there, else a shared string of it.</summary>
    private MentionText Spelled(MentionText first, ReadOnlySpan<char> composed)
    {
        var inInput = first.Extended(composed);
        return inInput.IsNone ? new MentionText(_strings.Get(composed)) : inInput;
    }

    /// <summary>The text from token <paramref name="start"/> to the end of token <paramref name="end"/> - 1.</summary>
    private static ReadOnlySpan<char> WordsOf(DocumentIndex doc, int start, int end)
    {
        if (end <= start)
        {
            return default;
        }

        WorkCounter.Add(WorkKind.Characters, doc.Tokens[end - 1].End - doc.Tokens[start].Start);
        return doc.Text.AsSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End - doc.Tokens[start].Start);
    }

    /// <summary>The name parts joined by single spaces: the input when it spells the name so, else a shared string.</summary>
    private MentionText JoinParts(ReadOnlySpan<MentionText> parts)
    {
        if (parts.Length == 1)
        {
            return parts[0];
        }

        int length = parts.Length - 1;
        foreach (var part in parts)
        {
            length += part.Length;
        }

        Span<char> joined = length <= 128 ? stackalloc char[length] : new char[length];
        int at = 0;
        for (int p = 0; p < parts.Length; p++)
        {
            if (p > 0)
            {
                joined[at++] = ' ';
            }

            parts[p].Span.CopyTo(joined[at..]);
            at += parts[p].Length;
        }

        return Spelled(parts[0], joined);
    }

    private bool IsTitle(int token) => _classes!.Is(token, WordClass.Title);

    /// <summary>Whether a role noun or a title stands in the tokens from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private bool HasRoleOrTitle(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (IsRoleNoun(t) || IsTitle(t))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsFunctionWord(int token) => _classes!.Is(token, WordClass.FunctionWord);

    /// <summary>
    /// Whether token <paramref name="j"/> is a verb form right after a name (asked only in an undetermined phrase before its head):
    /// the name's verb ("Michael Duggan carried passengers", "Ann Lee helps tenants"), not a modifier of a role noun
    /// after it ("Trump campaign manager"; after a determiner a past form may be one: "the retired teachers"). A past
    /// form; or a present form in -s that is no plural-looking noun end ("press", "bus", "analysis") after a name of
    /// two words, or of one inside the sentence that the document never writes in lower case ("Sometimes
    /// confrontations …" is none).
    /// </summary>
    private bool IsVerbAfterName(DocumentIndex doc, LowerCaseWordSet lowerForms, int j)
    {
        if (j == 0 || doc.Tokens[j].IsCapitalized || doc.Tokens[j - 1] is not { IsWord: true, IsCapitalized: true } || IsRoleNoun(j))
        {
            return false;
        }

        var w = doc.Word(j);
        if (Attribution.AttributionContext.IsPastForm(w) || IsIrregularPast(w))
        {
            return true;
        }

        return w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i')
            && ((j >= 2 && doc.Tokens[j - 2] is { IsWord: true, IsCapitalized: true })
                || !(LowerCaseWordSet.IsSentenceInitial(doc, j - 1) || IsFunctionWord(j - 1) || IsWrittenInLowerCase(lowerForms, doc.Word(j - 1))));
    }

    /// <summary>
    /// An irregular past form that is no noun in lower case ("Maria Lopez became health secretary", "Ian Marsh took
    /// office"); forms that are also present or nouns ("put", "set", "hit", "left") are not listed.
    /// </summary>
    private static bool IsIrregularPast(ReadOnlySpan<char> w) =>
        w is "became" or "began" or "brought" or "built" or "bought" or "came" or "chose" or "drove" or "fought" or "flew"
            or "forgot" or "found" or "gave" or "got" or "grew" or "heard" or "held" or "kept" or "knew" or "led" or "lost"
            or "made" or "meant" or "met" or "paid" or "ran" or "sat" or "saw" or "sent" or "sold" or "spent" or "spoke"
            or "stood" or "struck" or "swore" or "taught" or "thought" or "threw" or "took" or "understood" or "went" or "won"
            or "wore";

    /// <summary>Letters written after a name for a rank, an honour or a seat: "KC", "MP", "OBE", "PhD".</summary>
    /// <summary>Whether <paramref name="w"/> names a day of the week, capitalised: "Monday" … "Sunday".</summary>
    internal static bool IsWeekday(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    private static bool IsPostNominal(ReadOnlySpan<char> w) =>
        w is "KC" or "QC" or "SC" or "MP" or "MSP" or "MEP" or "MLA" or "TD" or "OBE" or "MBE" or "CBE" or "KBE" or "DBE" or "PhD";

    /// <summary>
    /// Whether token <paramref name="n"/> is a country word in front of a name ("Chinese Xi Jinping"), not part of an
    /// organisation's name, nor a first name before a surname that ends the run ("Jordan Peterson", "Israel Katz"). A run
    /// ending in an organisation's head word keeps its country word ("British Medical Association", "British Airways")
    /// unless the rest is a known name of its own ("Foreign Ministry").
    /// </summary>
    private bool IsLeadingPlace(DocumentIndex doc, int n, int nameEnd) =>
        _classes!.Is(n, WordClass.Place)
        && !(n + 2 == nameEnd && _classes.Is(n, WordClass.FirstName))
        && !_lexicon.OrganizationNames.Contains(WordsOf(doc, n, nameEnd))
        && !(_classes.Is(nameEnd - 1, WordClass.OrganizationHead) && !_lexicon.OrganizationNames.Contains(WordsOf(doc, n + 1, nameEnd)));

    private bool IsRoleNoun(int token) => _classes!.Is(token, WordClass.MentionRoleNoun);

    /// <summary>
    /// The end of an organisation's name opened by the capitalised role noun at <paramref name="j"/> (a person's, not an
    /// organisation's such as "Post" of "Post White House bureau chief"): a run of up to three
    /// more capitalised words ending in an organisation head ("the Canadian Nurses Association", "the Republican
    /// National Committee"), or 0 (a name with a preposition, "the Republican Party of Wyoming", is read whole elsewhere).
    /// </summary>
    private int OrganizationNameFrom(DocumentIndex doc, int j, int limit)
    {
        if (!doc.Tokens[j].IsCapitalized)
        {
            return 0;
        }

        int last = -1;
        for (int t = j + 1; t < limit && t <= j + 3 && doc.Tokens[t] is { IsWord: true, IsCapitalized: true } && !doc.InQuote(t); t++)
        {
            last = t;
        }

        // The run's bit is tested before the role noun's set lookup: few capitalised role nouns open an organisation's name.
        return last > j && _classes!.Is(last, WordClass.OrganizationHead) && !_lexicon.OrganizationRoleNouns.Contains(doc.Word(j))
            && !IsOrganizationNameWithPreposition(doc, last, limit) ? last + 1 : 0;
    }

    /// <summary>
    /// Whether a noun phrase ends before <paramref name="next"/>: a mark, a function word, an auxiliary or a speech verb
    /// follows ("the United Nations said", "the United Nations has warned").
    /// </summary>
    private bool EndsPhrase(DocumentIndex doc, int next) =>
        next >= doc.Tokens.Length || !doc.Tokens[next].IsWord || IsFunctionWord(next) || IsVerbLike(next)
        || doc.Is(next, "has") || doc.Is(next, "have") || doc.Is(next, "had") || doc.Is(next, "is") || doc.Is(next, "was") || doc.Is(next, "will");

    /// <summary>
    /// Whether <paramref name="w"/>, of lexicon classes <paramref name="classes"/>, is a role noun as the finder reads
    /// one (not a capitalised word that is also a first name, "Dean"; "42-year-old" is one). <see cref="TokenWordClasses"/> keeps the
    /// answer for each token as <see cref="WordClass.MentionRoleNoun"/>.
    /// </summary>
    internal static bool IsRoleNounWord(WordClass classes, ReadOnlySpan<char> w) =>
        ((classes & WordClass.RoleNoun) != 0 && !(char.IsUpper(w[0]) && (classes & WordClass.FirstName) != 0))
        || IsYearOld(w);

    /// <summary>
    /// Ends in "-year-old", either case ("a 42-year-old"). The last char and the hyphen nine chars back are tested
    /// first, as nearly every word fails there (no char outside ASCII equals 'd' ignoring case).
    /// </summary>
    private static bool IsYearOld(ReadOnlySpan<char> w) =>
        w.Length >= 9 && (w[^1] | 0x20) == 'd' && w[^9] == '-' && w.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether token <paramref name="j"/> is a nationality adjective that ends its noun phrase, so names a person: "the
    /// Egyptian added", "the Brazilian, who …" — not "the Egyptian president" or "the American economy".
    /// </summary>
    private bool EndsNationalityNoun(DocumentIndex doc, int j, int sentenceEnd)
    {
        // Every such adjective is in the place lexicon, whose class bit spares the lookup for other words.
        if (!doc.Tokens[j].IsCapitalized || !_classes!.Is(j, WordClass.Place) || !_lexicon.NationalityNouns.Contains(doc.Word(j)))
        {
            return false;
        }

        int next = j + 1;
        if (next >= sentenceEnd || !doc.Tokens[next].IsWord)
        {
            return true;
        }

        return !doc.Tokens[next].IsCapitalized && (IsFunctionWord(next) || IsVerbLike(next) || Attribution.AttributionContext.IsPastForm(doc.Word(next)));
    }

    private bool IsVerbLike(int token) => (_classes!.Of(token) & (WordClass.SpeechVerb | WordClass.ThoughtVerb)) != 0;

    /// <summary>A compound naming where an organisation is based: "Washington-based", "London-based".</summary>
    internal static bool IsBasedIn(ReadOnlySpan<char> word) => word.EndsWith("-based", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a word in [<paramref name="from"/>, <paramref name="to"/>) says where something is based.</summary>
    private static bool BasedInBefore(DocumentIndex doc, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (doc.Tokens[t].IsWord && IsBasedIn(doc.Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Ends in ’s or 's, either case (as an ordinal case-insensitive comparison reads it: no char outside ASCII equals
    /// s or S ignoring case, and the apostrophes have no case).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsPossessive(ReadOnlySpan<char> w) =>
        w.Length > 2 && (w[^1] | 0x20) == 's' && w[^2] is '’' or '\'';

    /// <summary>Only capitals, digits and periods: CCTV, G7, U.N.</summary>
    private static bool IsAcronymLike(ReadOnlySpan<char> w)
    {
        foreach (char ch in w)
        {
            if (!(char.IsUpper(ch) || ch == '.' || char.IsDigit(ch)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word without a final "’s" or "'s".</summary>
    internal static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> w) => IsPossessive(w) ? w[..^2] : w;

    /// <summary>Looks up "<paramref name="first"/> <paramref name="second"/>" ("White House") without building the string.</summary>
    private bool TryGetTwoWordPlace(ReadOnlySpan<char> first, ReadOnlySpan<char> second, out string country) =>
        TryGetTwoWords(_places.Places, first, second, out country);

    /// <summary>
    /// Whether the one-word name from <paramref name="first"/> to <paramref name="end"/> opens a relative clause of a
    /// person (", who" after it) and stands where a subject or a cue's speaker stands (first in its sentence, after
    /// punctuation or after a speech verb): "Paris, who used to work on Capitol Hill, said"; "in Paris, who" and "of
    /// Arizona, who" keep their place.
    /// </summary>
    private bool IsPersonBeforeWho(DocumentIndex doc, int first, int end) =>
        end + 1 < doc.Tokens.Length && doc.IsChar(end, ',') && doc.Is(end + 1, "who")
        && (first == 0 || !doc.Tokens[first - 1].IsWord || _classes!.Is(first - 1, WordClass.SpeechVerb));

    /// <summary>Lower-case nouns of a news medium that a capitalised name before them names: "Time magazine".</summary>
    private static readonly WordSet MediaBodyNouns = new(new[] { "magazine", "newspaper", "tabloid", "broadcaster", "network", "channel" }, StringComparer.Ordinal);

    /// <summary>
    /// Whether the capitalised words from <paramref name="first"/> to the lower-case organisation noun at
    /// <paramref name="head"/> are a news body's name ("Time magazine", "Xinhua news agency"): the noun names a medium
    /// (or is "news agency"), every word before it is capitalised, and a sentence's first word one the
    /// document never writes in lower case ("Local newspaper" is no name).
    /// </summary>
    private bool IsNameBeforeOrganizationNoun(DocumentIndex doc, int first, int head, LowerCaseWordSet lowerForms)
    {
        bool newsAgency = doc.Is(head, "agency") && doc.Is(head - 1, "news");
        if (!newsAgency && !MediaBodyNouns.Contains(doc.Word(head)))
        {
            return false;
        }

        int nameEnd = newsAgency ? head - 1 : head;
        if (nameEnd == first)
        {
            return false;
        }

        for (int t = first; t < nameEnd; t++)
        {
            if (!doc.Tokens[t].IsWord || !doc.Tokens[t].IsCapitalized || IsRoleNoun(t) || IsTitle(t))
            {
                return false;
            }
        }

        return !(first == doc.Sentences[doc.SentenceOfToken[first]].First && IsWrittenInLowerCase(lowerForms, doc.Tokens[first].In(doc.Text)));
    }

    /// <summary>Whether the document writes <paramref name="w"/> in lower case elsewhere.</summary>
    private static bool IsWrittenInLowerCase(LowerCaseWordSet lowerForms, ReadOnlySpan<char> w)
    {
        Span<char> lower = w.Length <= 128 ? stackalloc char[w.Length] : new char[w.Length];
        w.ToLowerInvariant(lower);
        return lowerForms.Contains(lower);
    }

    /// <summary>The pronoun in lower case, as the pronoun table spells it (no copy of the input).</summary>
    private string PronounHead(ReadOnlySpan<char> word)
    {
        foreach (var key in PronounWords)
        {
            if (word.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }

        return _strings.GetLowerInvariant(word);
    }
}
