using QuoteKit.Text;

namespace QuoteKit.Detection;

/// <summary>
/// Decides whether each quotation is direct speech, a partial quote, or not speech (a title, scare quote,
/// nickname or markup attribute), from the quotation's own words and the words of its sentence.
/// </summary>
/// <remarks>
/// <para>Not speech, only on clear evidence: a line that is nothing but a quotation in single marks, in a text that
/// quotes with double marks (an American-style subheading: ‘Harbour hopes rise.’); an attribute value (<c>id="…"</c>); a scare-quote marker before it
/// (the so-called “reform”); a title-case phrase introduced as a title (the film “Heat”, ABC’s “This Week”, on
/// “Meet the Press”, the “Veep” star), used as a nickname (Dwayne “The Rock” Johnson) or embedded in a sentence
/// with no speech word at all.</para>
/// <para>Direct: a quotation spread over paragraphs; a capitalised clause (three words or more, or ending in
/// punctuation) that starts a sentence or follows a colon, comma or speech verb (“We aim …,” Putin said; He said:
/// “We …”); a quotation that resumes after its cue (“We are ready,” Xi said, “to ramp up cooperation.”); a quotation
/// ending in a comma, question or exclamation mark that a speech verb follows (“… cooperation,” she said).</para>
/// <para>Not speech either, unless a naming verb or “as” introduces it (calling him a “liar”) or it follows a spoken
/// quotation in its sentence: a single quoted word with no speech word before it in its sentence nor within three words
/// after it (the GOP’s “establishment” won), and a quotation of up to three words, with no speech word before it, that
/// modifies the lower-case word after it (the “gun violence” narrative). On the dev corpus such quotations are scare
/// quotes, labels and words used as words far more often than speech.</para>
/// <para>Partial: everything else, fragments embedded in the writer's sentence (calling him a “dear friend”).</para>
/// <para>Each quotation looks at its content and at no more than <see cref="ContextWindow"/> characters on either
/// side, never past the neighbouring quotations or a line break: the work is linear in the text length.</para>
/// </remarks>
internal static class QuoteClassifier
{
    /// <summary>How many characters of context a quotation reads on each side.</summary>
    internal const int ContextWindow = 256;

    /// <summary>Fewest quotations in double marks for a text to count as quoting with double marks (American style).</summary>
    private const int MinDoubleMarkedQuotes = 2;

    /// <summary>Longest title the title rules accept, in words.</summary>
    private const int MaxTitleWords = 12;

    /// <summary>Fewest words of a whole sentence quoted right after its speech verb without a capital: He says “it’s a shame we lost.”</summary>
    private const int MinLowercaseStatementWords = 6;

    /// <summary>Fewest words of a whole capitalised sentence quoted inside the writer's sentence: But “The vote was fair and it is over.”</summary>
    private const int MinEmbeddedSentenceWords = 9;

    /// <summary>Longest HTML tag, in characters, that <c>EndsBlockTag</c> reads back over.</summary>
    private const int MaxTagLength = 64;

    /// <summary>Longest nickname, in words.</summary>
    private const int MaxNicknameWords = 3;

    /// <summary>How far back a speech verb still introduces a resumed quotation: “…,” said the former senator, “…”.</summary>
    private const int ResumeCueDistance = 5;

    /// <summary>How far after a quotation its speech verb may come: “…,” the Kremlin chief told reporters.</summary>
    private const int TrailingCueDistance = 5;

    /// <summary>Longest quotation, in words, that a noun after it makes a label rather than speech: the “Never Trump” movement.</summary>
    private const int MaxModifierWords = 3;

    /// <summary>How many words before a one-word quotation a naming verb still makes it someone's word: called the mayor a “liar”.</summary>
    private const int NamingVerbDistance = 8;

    /// <summary>How many words after a one-word quotation a speech verb still makes it speech: “Denied,” the spokesman said.</summary>
    private const int WordCueDistance = 3;

    /// <summary>Gives every quotation in <paramref name="quotes"/> (outermost, in document order) its role.</summary>
    public static void Classify(string text, List<QuotedSpan> quotes, ScanSteps? work, CancellationToken cancellationToken)
    {
        int doubleMarked = 0;
        foreach (var quote in quotes)
        {
            if (OpensWithDoubleMark(text, quote))
            {
                doubleMarked++;
            }
        }

        bool quotesWithDoubleMarks = doubleMarked >= MinDoubleMarkedQuotes;
        for (int i = 0; i < quotes.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int limitBefore = i > 0 ? quotes[i - 1].Extent.End : 0;
            int limitAfter = i + 1 < quotes.Count ? quotes[i + 1].Extent.Start : text.Length;
            var (role, resumes) = quotesWithDoubleMarks && IsSingleMarkedHeading(text, quotes[i], limitBefore, limitAfter, work)
                ? (QuoteRole.NonSpeech, false)
                : Decide(text, quotes[i], limitBefore, limitAfter, i > 0 && quotes[i - 1].Role != QuoteRole.NonSpeech, work);
            quotes[i].Role = role;
            quotes[i].ResumesPrevious = resumes && i > 0 && quotes[i - 1].Role != QuoteRole.NonSpeech;
        }
    }

    /// <summary>The quotation opens with a double mark: “ " „ « or the wire-text '' and ``.</summary>
    private static bool OpensWithDoubleMark(string text, QuotedSpan quote)
    {
        var open = quote.Outer[0];
        char c = text[open.Start];
        return c is '\u201C' or '"' or '\u201E' or '\u00AB' || (open.Length >= 2 && c is '\'' or '`' && text[open.Start + 1] == c);
    }

    /// <summary>
    /// A line that holds nothing but a quotation in single marks (and maybe a period after it), in a text that quotes
    /// with double marks: a headline or subheading in the American style (‘Harbour hopes rise.’), not speech.
    /// </summary>
    private static bool IsSingleMarkedHeading(string text, QuotedSpan quote, int limitBefore, int limitAfter, ScanSteps? work)
    {
        if (quote.Parts.Length > 1 || OpensWithDoubleMark(text, quote) || text[quote.Outer[0].Start] is not ('\u2018' or '\''))
        {
            return false;
        }

        var extent = quote.Extent;
        int p = extent.Start - 1;
        while (p >= limitBefore && p > extent.Start - ContextWindow && text[p] is ' ' or '\t' or '\u00A0')
        {
            p--;
        }

        if (p >= 0 && text[p] is not ('\n' or '\r' or '\u2028' or '\u2029'))
        {
            return false;
        }

        int q = extent.End;
        while (q < limitAfter && q < extent.End + ContextWindow && text[q] is ' ' or '\t' or '\u00A0' or '.')
        {
            q++;
        }

        work?.Add(extent.Start - p + (q - extent.End));
        return q == text.Length || text[q] is '\n' or '\r' or '\u2028' or '\u2029';
    }

    private static (QuoteRole Role, bool ResumesPrevious) Decide(string text, QuotedSpan quote, int limitBefore, int limitAfter, bool afterSpeech, ScanSteps? work)
    {
        int open = quote.Outer[0].Start;
        int close = quote.Outer[^1].End;
        var before = Before.Read(text, open, limitBefore, work);
        if (before.IsAttributeValue || before.AfterScareMarker)
        {
            return (QuoteRole.NonSpeech, false);
        }

        var role = Role(text, quote, before, close, limitAfter, afterSpeech, work);
        return (role, role != QuoteRole.NonSpeech && before.ResumesAfterCue);
    }

    private static QuoteRole Role(string text, QuotedSpan quote, in Before before, int close, int limitAfter, bool afterSpeech, ScanSteps? work)
    {
        if (quote.Parts.Length > 1)
        {
            return QuoteRole.Direct;
        }

        var content = Content.Read(text, quote.Parts[0], work);

        // What follows the closing mark is read only when a test below needs it: a long quotation that opens a clause
        // is decided before (title case implies a capitalised start, so both title tests sit under the first).
        After after = default;
        bool afterRead = content.StartsCapitalized && content.Words <= MaxTitleWords;
        if (afterRead)
        {
            after = After.Read(text, close, limitAfter, work);
            bool speechNearby = before.HasSpeechWord || after.HasSpeechWord;
            if (after.TitleFollows || after.ByAuthor || (after.ByTheAuthor && content.EndsWithComma) || (after.AppositiveTitle && !speechNearby))
            {
                return QuoteRole.NonSpeech; // the “Orange is the New Black” star; “Trump wins Indiana,” by Jane Doe; “…,” by the Post’s Jane Doe
            }

            if (content.IsTitleCase && LooksLikeTitle(content, before, after, speechNearby))
            {
                return QuoteRole.NonSpeech;
            }
        }

        bool clause = content.Words >= 3 || content.EndsWithPunctuation;
        if (content.StartsCapitalized && clause && (before.AtClauseStart || before.LastWordIsSpeech))
        {
            return QuoteRole.Direct;
        }

        if (before.ResumesAfterCue)
        {
            return QuoteRole.Direct; // “We are ready,” Xi said, “to ramp up cooperation.”
        }

        if (before.IntroducedBySpeech && content.EndsWithSentence && content.Words >= MinLowercaseStatementWords)
        {
            return QuoteRole.Direct; // He says “it’s a shame we lost.”
        }

        if (content.StartsCapitalized && content.EndsWithSentence && !content.IsTitleCase && content.Words >= MinEmbeddedSentenceWords)
        {
            return QuoteRole.Direct; // But “the vote was fair and everyone knows it.”
        }

        if (!afterRead)
        {
            after = After.Read(text, close, limitAfter, work);
        }

        if (content.EndsWithCueComma && after.CueFollows && before.AtClauseStart)
        {
            return QuoteRole.Direct; // “… and then we left,” she said.
        }

        // A short quotation is speech when it is named or said, or listed after a quotation that is speech (shouting “Get
        // out” and “Be nice”; afterSpeech tells whether the quotation before this one is direct or partial).
        bool alone = !before.NamesWithQuote && !(before.FollowsQuotation && afterSpeech);
        if (content.Words == 1 && alone && !before.HasSpeechWord && !after.WordCueFollows)
        {
            return QuoteRole.NonSpeech; // the “establishment” candidate, the word “lines”: a scare quote or a word used as a word
        }

        if (content.Words <= MaxModifierWords && alone && !before.HasSpeechWord && after.ModifiesNoun && !content.EndsWithPunctuation)
        {
            return QuoteRole.NonSpeech; // pushed the “gun violence” narrative: a label used as a modifier, no one speaks
        }

        return QuoteRole.Partial;
    }

    private static bool LooksLikeTitle(in Content content, in Before before, in After after, bool speechNearby)
    {
        if (before.TitleIntroducerNear || before.AfterPossessiveName || before.AfterOn || before.AfterAddresseeVerb)
        {
            return true; // the film “Heat”, ABC’s “This Week”, on “Meet the Press”, told “Fox and Friends”
        }

        if (before.AttachedToName && after.NameFollows && content.Words <= MaxNicknameWords && !content.EndsWithPunctuation)
        {
            return true; // Dwayne “The Rock” Johnson
        }

        // A capitalised phrase in a sentence where nobody speaks: “Saturday Night Live”, the “Gang of Eight”,
        // “The Big Short” was nominated, Netflix’s thriller, “Bloodline,” and ….
        return !speechNearby && !content.EndsWithSentence;
    }

    /// <summary>What the quotation's own words look like.</summary>
    private readonly struct Content
    {
        /// <summary>The number of words, or <see cref="MaxTitleWords"/> + 1 for more when they are not all in title case (no test tells more apart).</summary>
        public int Words { get; private init; }

        public bool StartsCapitalized { get; private init; }

        public bool IsTitleCase { get; private init; }

        /// <summary>Ends in . , ; : ! ? … or a dash.</summary>
        public bool EndsWithPunctuation { get; private init; }

        /// <summary>Ends in . ! ? or ….</summary>
        public bool EndsWithSentence { get; private init; }

        /// <summary>Ends in a comma.</summary>
        public bool EndsWithComma { get; private init; }

        /// <summary>Ends in , ! ? … or a dash: the punctuation a quotation takes before its cue.</summary>
        public bool EndsWithCueComma { get; private init; }

        public static Content Read(string text, TextSpan span, ScanSteps? work)
        {
            int words = 0;
            bool? startsCap = null;
            bool titleCase = true;
            int i = span.Start;
            // Words are counted up to one more than the largest count a test asks about (MaxTitleWords); past it the
            // reading goes on only while the words so far are in title case.
            while ((words <= MaxTitleWords || titleCase) && WordReader.Next(text, ref i, span.End, out int ws, out int we))
            {
                words++;
                char first = text[ws];
                startsCap ??= char.IsUpper(first) || char.IsDigit(first) || CharClass.IsIdeograph(first); // Chinese has no case
                if (titleCase && !char.IsUpper(first) && !char.IsDigit(first)
                    && (words == 1 || !QuoteWordLists.IsTitleMinorWord(text.AsSpan(ws, we - ws))))
                {
                    titleCase = false;
                }
            }

            // A nested quotation closing with the outer one ends where its own punctuation does: … ‘How can we help?’
            int end = span.End;
            while (end - 1 > span.Start && IsClosingQuoteChar(text[end - 1]) && !char.IsLetterOrDigit(text[end - 2]))
            {
                end--;
            }

            work?.Add(span.Length + 1 + (span.End - end));
            char last = span.IsEmpty ? ' ' : text[span.End - 1];
            char lastInside = span.IsEmpty ? ' ' : text[end - 1];
            return new Content
            {
                Words = words,
                StartsCapitalized = startsCap ?? false,
                IsTitleCase = titleCase && words > 0,
                EndsWithPunctuation = last is ',' or ';' or ':' || CharClass.IsSentenceEnd(last) || CharClass.IsDash(last),
                EndsWithSentence = CharClass.IsSentenceEnd(last) || (CharClass.IsSentenceEnd(lastInside) && lastInside != '\u2026' && !IsOpeningQuoteChar(text[span.Start])),
                EndsWithCueComma = last is ',' or '!' or '?' or '\u2026' || CharClass.IsDash(last),
                EndsWithComma = last == ',',
            };
        }
    }

    /// <summary>What stands before the opening mark, within its sentence.</summary>
    private readonly struct Before
    {
        public bool IsAttributeValue { get; private init; }

        public bool AfterScareMarker { get; private init; }

        /// <summary>Nothing, or sentence punctuation, a colon, a comma, a dash, a bracket, a list bullet or a leftover HTML block tag (&lt;p&gt;, &lt;br/&gt;) stands before the quotation.</summary>
        public bool AtClauseStart { get; private init; }

        public bool LastWordIsSpeech { get; private init; }

        /// <summary>The sentence's last word before the quotation is a speech word, maybe with a comma or colon between: saying, “…”.</summary>
        public bool IntroducedBySpeech { get; private init; }

        public bool HasSpeechWord { get; private init; }

        /// <summary>
        /// The quotation resumes one interrupted by its cue: an earlier quotation in the same sentence, then a speech
        /// verb in the few words before a comma or colon (“We are ready,” Xi said, “to ramp up cooperation.”), or as the
        /// last word or the one before it ahead of a dash (“We will —” he said — “win.”).
        /// </summary>
        public bool ResumesAfterCue { get; private init; }

        public bool TitleIntroducerNear { get; private init; }

        public bool AfterPossessiveName { get; private init; }

        public bool AfterOn { get; private init; }

        /// <summary>
        /// The quotation gives someone's name for a thing: a naming verb in the last few words before it (calling the mayor a
        /// “liar”, described the plan as “reckless”), or “as” as the last or next-to-last word (praised him as a “visionary”).
        /// </summary>
        public bool NamesWithQuote { get; private init; }

        /// <summary>
        /// An earlier quotation stands in the same sentence and line, so the words before this one are only those since
        /// it: shouting “Get out” and “Be nice”, called it ‘stupid’, ‘useless’.
        /// </summary>
        public bool FollowsQuotation { get; private init; }

        /// <summary>Right after told, tells: the quotation names who was told (told “Meet the Press”).</summary>
        public bool AfterAddresseeVerb { get; private init; }

        /// <summary>A capitalised word stands right before the opening mark, with only space between.</summary>
        public bool AttachedToName { get; private init; }

        public static Before Read(string text, int open, int limit, ScanSteps? work)
        {
            int start = Math.Max(limit, open - ContextWindow);
            int lineStart = start + text.AsSpan(start, Math.Max(0, open - start)).LastIndexOfAny(CharClass.LineBreaks) + 1;

            work?.Add((3 * (open - lineStart)) + 1);
            int p = open - 1;
            while (p >= lineStart && CharClass.IsSpace(text[p]))
            {
                p--;
            }

            // Nothing before in the line: a paragraph start, unless the previous quotation ends right there.
            char prev = p >= lineStart ? text[p] : (lineStart == limit && limit > 0 ? '"' : '\0');
            bool clauseStart = prev is '\0' or '.' or '!' or '?' or '\u2026' or ':' or ',' or ';' or '(' or '['
                || CharClass.IsDash(prev) || CharClass.IsBullet(prev) || EndsBlockTag(text, p, lineStart)
                || (IsClosingQuoteChar(prev) && p > lineStart && text[p - 1] is '.' or '!' or '?' or ',');

            int sentenceStart = Sentences.StartBefore(text, lineStart, p + 1);

            // The last words of the sentence, newest first in w0..w2.
            var w = new WordWindow();
            int speechAt = -1;
            int namingAt = -1;
            int count = 0;
            bool anySpeech = false;
            int i = sentenceStart;
            while (WordReader.Next(text, ref i, p + 1, out int ws, out int we))
            {
                count++;
                w.Push(ws, we);
                var kind = QuoteWordLists.SpeechOrNamingKind(text.AsSpan(ws, we - ws));
                if ((kind & SpeechWordKind.Speech) != 0)
                {
                    anySpeech = true;
                    speechAt = count;
                }

                if ((kind & SpeechWordKind.Naming) != 0)
                {
                    namingAt = count;
                }
            }

            var last = w.Get(text, 0);
            var secondLast = w.Get(text, 1);
            bool introducer = false;
            for (int k = 0; k < 3; k++)
            {
                if (QuoteWordLists.IsTitleIntroducer(w.Get(text, k)))
                {
                    introducer = true;
                }
            }

            bool attachedWord = p >= lineStart && p == w.LastEnd - 1;
            return new Before
            {
                IsAttributeValue = open > 0 && text[open - 1] == '=',
                AfterScareMarker = attachedWord && (QuoteWordLists.IsScareMarker(last) || QuoteWordLists.IsScareMarker(secondLast, last)),
                AtClauseStart = clauseStart,
                LastWordIsSpeech = attachedWord && speechAt == count && count > 0,
                // "communities in his state “cannot wait …”": after a determiner the speech word is a noun, no verb introducing the quotation.
                IntroducedBySpeech = speechAt == count && count > 0 && ((attachedWord && !IsDeterminer(secondLast)) || (prev is ',' or ':' && p == w.LastEnd)),
                HasSpeechWord = anySpeech,
                FollowsQuotation = sentenceStart == limit && limit > 0 && lineStart == limit,
                NamesWithQuote = (namingAt > 0 && count - namingAt < NamingVerbDistance)
                    || last.Equals("as", StringComparison.OrdinalIgnoreCase) || secondLast.Equals("as", StringComparison.OrdinalIgnoreCase),
                ResumesAfterCue = speechAt > 0 && (prev is ',' or ':' ? count - speechAt < ResumeCueDistance : CharClass.IsDash(prev) && count - speechAt <= 1)
                    && sentenceStart == limit && limit > 0 && lineStart == limit,
                TitleIntroducerNear = introducer,
                AfterPossessiveName = attachedWord && IsPossessiveName(last),
                AfterOn = attachedWord && last.Equals("on", StringComparison.OrdinalIgnoreCase),
                AfterAddresseeVerb = attachedWord && QuoteWordLists.IsAddresseeVerb(last),
                AttachedToName = attachedWord && last.Length > 0 && char.IsUpper(last[0]),
            };
        }

        /// <summary>
        /// The character at <paramref name="p"/> closes an HTML tag that breaks the text into blocks (&lt;p&gt;,
        /// &lt;/div&gt;, &lt;br/&gt;, &lt;li class="x"&gt;): the text after it starts a line. Reads at most
        /// <see cref="MaxTagLength"/> characters back.
        /// </summary>
        private static bool EndsBlockTag(string text, int p, int lineStart)
        {
            if (p < lineStart || text[p] != '>')
            {
                return false;
            }

            int from = Math.Max(lineStart, p - MaxTagLength);
            int lt = text.AsSpan(from, p - from).LastIndexOf('<');
            if (lt < 0)
            {
                return false;
            }

            int nameStart = from + lt + 1;
            if (nameStart < p && text[nameStart] == '/')
            {
                nameStart++;
            }

            int nameEnd = nameStart;
            while (nameEnd < p && char.IsAsciiLetterOrDigit(text[nameEnd]))
            {
                nameEnd++;
            }

            return QuoteWordLists.IsBlockTag(text.AsSpan(nameStart, nameEnd - nameStart));
        }

        private static bool IsPossessiveName(ReadOnlySpan<char> word) =>
            word.Length >= 3 && char.IsUpper(word[0]) && word[^1] is 's' or 'S' && CharClass.IsApostrophe(word[^2]);
    }

    /// <summary>What follows the closing mark, within its sentence.</summary>
    private readonly struct After
    {
        public bool HasSpeechWord { get; private init; }

        /// <summary>A speech verb within the first few words after the quotation.</summary>
        public bool CueFollows { get; private init; }

        /// <summary>A speech word within the first <see cref="WordCueDistance"/> words after the quotation.</summary>
        public bool WordCueFollows { get; private init; }

        public bool TitleFollows { get; private init; }

        /// <summary>By and a capitalised name follow: the quotation is the title of a piece (“…,” by Jane Doe).</summary>
        public bool ByAuthor { get; private init; }

        /// <summary>By, the and a capitalised name follow: “…,” by the Post’s Jane Doe (a title when the quotation ends in a comma).</summary>
        public bool ByTheAuthor { get; private init; }

        /// <summary>
        /// A lower-case word that is neither a function word nor a speech word follows the closing mark after nothing but
        /// space: the quotation modifies it (the “gun violence” narrative, “Leave” supporters).
        /// </summary>
        public bool ModifiesNoun { get; private init; }

        /// <summary>A capitalised word follows the closing mark after nothing but space.</summary>
        public bool NameFollows { get; private init; }

        /// <summary>A comma and a noun phrase naming a kind of work follow: “Chi-Raq,” a movie about ….</summary>
        public bool AppositiveTitle { get; private init; }

        public static After Read(string text, int close, int limit, ScanSteps? work)
        {
            int end = Math.Min(limit, close + ContextWindow);
            if (end > close && text.AsSpan(close, end - close).IndexOfAny(CharClass.LineBreaks) is int lineBreak and >= 0)
            {
                end = close + lineBreak;
            }

            end = Sentences.EndAfter(text, close, end);
            work?.Add((3 * (end - close)) + 1);
            int i = close;
            int count = 0;
            bool anySpeech = false, cueFollows = false, wordCueFollows = false, titleFollows = false, nameFollows = false, modifiesNoun = false, byAuthor = false, byTheAuthor = false;
            bool afterBy = false, afterByThe = false, afterCommaArticle = false, appositiveTitle = false;
            while (WordReader.Next(text, ref i, end, out int ws, out int we))
            {
                count++;
                var word = text.AsSpan(ws, we - ws);
                if (QuoteWordLists.IsSpeechWord(word))
                {
                    anySpeech = true;
                    cueFollows |= count <= TrailingCueDistance;
                    wordCueFollows |= count <= WordCueDistance;
                }

                if (count == 2 && afterBy)
                {
                    byAuthor = char.IsUpper(word[0]);
                    afterByThe = word.SequenceEqual("the");
                }
                else if (count == 3 && afterByThe)
                {
                    byTheAuthor = char.IsUpper(word[0]);
                }

                if (count is >= 2 and <= 4 && afterCommaArticle && QuoteWordLists.IsTitleFollower(word))
                {
                    appositiveTitle = true;
                }

                if (count == 1)
                {
                    bool onlySpace = true;
                    for (int k = close; k < ws; k++)
                    {
                        onlySpace &= CharClass.IsSpace(text[k]);
                    }

                    titleFollows = onlySpace && QuoteWordLists.IsTitleFollower(word);
                    nameFollows = onlySpace && ws > close && char.IsUpper(word[0]);
                    modifiesNoun = onlySpace && ws > close && char.IsLower(word[0]) && !QuoteWordLists.IsFunctionWord(word) && !QuoteWordLists.IsSpeechWord(word);
                    bool afterComma = ws - close <= 2 && text[close] == ',';
                    afterBy = word.SequenceEqual("by") && (onlySpace || afterComma);
                    afterCommaArticle = afterComma && (word.SequenceEqual("a") || word.SequenceEqual("an") || word.SequenceEqual("the"));
                }
            }

            return new After
            {
                HasSpeechWord = anySpeech,
                CueFollows = cueFollows,
                WordCueFollows = wordCueFollows,
                TitleFollows = titleFollows,
                NameFollows = nameFollows,
                ModifiesNoun = modifiesNoun,
                ByAuthor = byAuthor,
                ByTheAuthor = byTheAuthor,
                AppositiveTitle = appositiveTitle,
            };
        }
    }

    /// <summary>A determiner or possessive that makes the word after it a noun: the, a, an, this, that, his, her, its, their, our, my, your.</summary>
    private static bool IsDeterminer(ReadOnlySpan<char> w) => w.Length is >= 1 and <= 5
        && (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
            || w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase)
            || w.Equals("her", StringComparison.OrdinalIgnoreCase) || w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase)
            || w.Equals("our", StringComparison.OrdinalIgnoreCase) || w.Equals("my", StringComparison.OrdinalIgnoreCase) || w.Equals("your", StringComparison.OrdinalIgnoreCase));

    private static bool IsOpeningQuoteChar(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u00BB' or '\u300C' or '\u300E' or '\u201E';

    private static bool IsClosingQuoteChar(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u00AB' or '\u300D' or '\u300F';

    /// <summary>The last three words seen, newest first.</summary>
    private struct WordWindow
    {
        private int _s0, _e0, _s1, _e1, _s2, _e2;

        public int LastEnd => _e0;

        public void Push(int start, int end)
        {
            (_s2, _e2) = (_s1, _e1);
            (_s1, _e1) = (_s0, _e0);
            (_s0, _e0) = (start, end);
        }

        public readonly ReadOnlySpan<char> Get(string text, int index) => index switch
        {
            0 => text.AsSpan(_s0, _e0 - _s0),
            1 => text.AsSpan(_s1, _e1 - _s1),
            _ => text.AsSpan(_s2, _e2 - _s2),
        };
    }

    /// <summary>Words: letters and digits, joined by inner apostrophes, hyphens and periods (don’t, so-called, U.S).</summary>
    private static class WordReader
    {
        // Inlined into its three loops, so that the position and the word's limits stay in registers.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool Next(string text, ref int i, int end, out int start, out int stop)
        {
            while (i < end && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            start = i;
            while (i < end)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (c >= '\u3040' && CharClass.IsIdeograph(c))
                    {
                        // An ideograph is a word of its own (no spaces in Chinese or Japanese text).
                        i += i == start ? 1 : 0;
                        break;
                    }

                    i++;
                }
                else if ((CharClass.IsApostrophe(c) || c is '-' or '.' or '\u2011') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > start)
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            stop = i;
            return stop > start;
        }
    }

    /// <summary>Sentence limits inside a context window: a period, question or exclamation mark followed by space.</summary>
    private static class Sentences
    {
        public static int StartBefore(string text, int limit, int end)
        {
            for (int k = end - 2; k >= limit; k--)
            {
                if (text[k] is '.' or '!' or '?' && CharClass.IsSpace(text[k + 1]) && !IsAbbreviation(text, limit, k))
                {
                    return k + 1;
                }
            }

            return limit;
        }

        public static int EndAfter(string text, int start, int limit)
        {
            for (int k = start; k < limit - 1; k++)
            {
                if (text[k] is '.' or '!' or '?' && CharClass.IsSpace(text[k + 1]) && !IsAbbreviation(text, start, k))
                {
                    return k + 1;
                }
            }

            return limit;
        }

        /// <summary>A period after a short capitalised word or a single letter (Mr., Sen., U.S.) ends no sentence.</summary>
        private static bool IsAbbreviation(string text, int limit, int period)
        {
            if (text[period] != '.')
            {
                return false;
            }

            int s = period;
            while (s > limit && s > period - 5 && char.IsLetter(text[s - 1]))
            {
                s--;
            }

            int length = period - s;
            bool wordStart = s == limit || !char.IsLetter(text[s - 1]);
            return wordStart && length > 0 && (length == 1 || (length <= 3 && char.IsUpper(text[s])));
        }
    }
}
