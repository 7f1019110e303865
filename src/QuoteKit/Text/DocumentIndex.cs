using QuoteKit.Detection;
using QuoteKit.Lexicons;

namespace QuoteKit.Text;

/// <summary>A sentence as a range of tokens [First, End) within one paragraph.</summary>
internal readonly record struct Sentence(int First, int End, int Paragraph);

/// <summary>
/// The lexical view of one document that the later stages share: tokens, paragraphs, quote-aware sentences,
/// which tokens lie inside quotations, and article segments (a "Next Post" teaser starts a new segment).
/// Built once per document in linear time; read-only afterwards.
/// </summary>
internal sealed class DocumentIndex : IDisposable
{
    // The per-token and per-sentence arrays are rented from the shared pool and may be longer than the document
    // needs; the properties hand out spans of the used length. Dispose returns them (the extractor does, once the
    // result is built); an index that is never disposed leaves them to the garbage collector. The index object and
    // its per-paragraph arrays are kept by the thread after Dispose and filled again by its next Build.
    private Token[] _tokens = [];
    private int[] _quoteOf = [];
    private int[] _sentenceOf = [];
    private Sentence[] _sentences = [];
    private int _tokenCount;
    private int _sentenceCount;
    private TextSpan[] _paragraphs = [];
    private int _paragraphCount;
    private int[] _paragraphFirstToken = [];
    private int[] _segmentOfParagraph = [];
    private bool _built;

    /// <summary>This thread's index disposed last, filled again by the next <see cref="Build"/> on the thread.</summary>
    [ThreadStatic]
    private static DocumentIndex? t_spare;

    /// <summary>Most paragraphs an index kept for reuse has room for (larger documents' arrays are let go).</summary>
    private const int MaxKeptParagraphs = 1 << 16;

    private DocumentIndex()
    {
        Text = string.Empty;
        Quotes = [];
    }

    public string Text { get; private set; }

    /// <summary>The paragraphs, in order, trimmed, never empty.</summary>
    public ReadOnlySpan<TextSpan> Paragraphs => new(_paragraphs, 0, _paragraphCount);

    public ReadOnlySpan<Token> Tokens => new(_tokens, 0, _tokenCount);

    /// <summary>The number of tokens (the length of <see cref="Tokens"/>).</summary>
    public int TokenCount => _tokenCount;

    /// <summary>Index of the first token of each paragraph, plus a final entry equal to the token count.</summary>
    public ReadOnlySpan<int> ParagraphFirstToken => new(_paragraphFirstToken, 0, _paragraphCount + 1);

    /// <summary>For each token, the index of the quotation whose content holds it, or -1.</summary>
    public ReadOnlySpan<int> QuoteOfToken => new(_quoteOf, 0, _tokenCount);

    public ReadOnlySpan<Sentence> Sentences => new(_sentences, 0, _sentenceCount);

    public ReadOnlySpan<int> SentenceOfToken => new(_sentenceOf, 0, _tokenCount);

    /// <summary>Article segment of each paragraph: 0 for the article, 1+ after each boundary marker.</summary>
    public ReadOnlySpan<int> SegmentOfParagraph => new(_segmentOfParagraph, 0, _paragraphCount);

    public IReadOnlyList<QuotedSpan> Quotes { get; private set; }

    /// <summary>The token at <paramref name="index"/> (bounds-checked against the token count).</summary>
    public ref readonly Token Token(int index)
    {
        if ((uint)index >= (uint)_tokenCount)
        {
            ThrowIndex();
        }

        return ref _tokens[index];
    }

    public bool InQuote(int token) => QuoteOfToken[token] >= 0;

    public ReadOnlySpan<char> Word(int token) => Token(token).In(Text);

    public bool Is(int token, string word) =>
        (uint)token < (uint)_tokenCount && _tokens[token].In(Text).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int token, char c) =>
        (uint)token < (uint)_tokenCount && _tokens[token].Length == 1 && Text[_tokens[token].Start] == c;

    public int ParagraphOf(int token) => Sentences[SentenceOfToken[token]].Paragraph;

    /// <summary>Index of the first token starting at or after <paramref name="position"/>.</summary>
    public int TokenAtOrAfter(int position) => FirstAtOrAfter(Tokens, position, 0, Tokens.Length);

    /// <summary>Binary search in [<paramref name="lo"/>, <paramref name="hi"/>) for the first token starting at or after <paramref name="position"/>.</summary>
    private static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int position, int lo, int hi)
    {
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Index of the first token starting at or after <paramref name="position"/>, as <see cref="TokenAtOrAfter(int)"/>
    /// gives it, searched outward from <paramref name="hint"/> (any token index; the answer for a nearby position, such as
    /// the last one of a walk in text order): steps double away from the hint, then halve, so the cost grows with the
    /// logarithm of the distance to the answer, not of the document's length.
    /// </summary>
    public int TokenAtOrAfter(int position, int hint)
    {
        var tokens = Tokens;
        int lo, hi;
        hint = Math.Clamp(hint, 0, tokens.Length);
        if (hint < tokens.Length && tokens[hint].Start < position)
        {
            // The answer lies after the hint.
            lo = hint + 1;
            hi = tokens.Length;
            for (int step = 1, j = lo; j < tokens.Length; step <<= 1, j = lo + step - 1)
            {
                if (tokens[j].Start >= position)
                {
                    hi = j;
                    break;
                }

                lo = j + 1;
            }
        }
        else
        {
            // The answer is the hint or lies before it.
            lo = 0;
            hi = hint;
            for (int step = 1, j = hi - 1; j >= 0; step <<= 1, j = hi - step)
            {
                if (tokens[j].Start < position)
                {
                    lo = j + 1;
                    break;
                }

                hi = j;
            }
        }

        return FirstAtOrAfter(tokens, position, lo, hi);
    }

    /// <summary>
    /// Returns the pooled arrays, lets go of the text and the quotations, and keeps the index for the thread's next
    /// <see cref="Build"/>. The index must not be read afterwards. A second call does nothing.
    /// </summary>
    public void Dispose()
    {
        if (!_built)
        {
            return;
        }

        _built = false;
        PooledArray.Return(ref _tokens);
        PooledArray.Return(ref _quoteOf);
        PooledArray.Return(ref _sentenceOf);
        PooledArray.Return(ref _sentences);
        _tokenCount = _sentenceCount = _paragraphCount = 0;
        Text = string.Empty;
        Quotes = [];
        if (_paragraphs.Length <= MaxKeptParagraphs)
        {
            t_spare = this;
        }
    }

    /// <summary>This thread's spare index, or a new one, with room for <paramref name="paragraphs"/> (copied in).</summary>
    private static DocumentIndex Take(string text, ReadOnlySpan<TextSpan> paragraphs, IReadOnlyList<QuotedSpan> quotes)
    {
        var index = t_spare ?? new DocumentIndex();
        t_spare = null;
        int count = paragraphs.Length;
        if (index._paragraphFirstToken.Length < count + 1)
        {
            int room = Math.Max(count, Math.Clamp(2 * index._paragraphs.Length, 32, MaxKeptParagraphs));
            index._paragraphs = new TextSpan[room];
            index._paragraphFirstToken = new int[room + 1];
            index._segmentOfParagraph = new int[room];
        }

        paragraphs.CopyTo(index._paragraphs);
        index._paragraphCount = count;
        index.Text = text;
        index.Quotes = quotes;
        index._built = true;
        return index;
    }

    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");

    /// <summary>Largest token list kept for reuse by a thread (about 12 MB).</summary>
    private const int MaxScratchTokens = 1 << 20;

    [ThreadStatic]
    private static List<Token>? t_tokenScratch;

    /// <summary>
    /// The index of <paramref name="text"/>, whose paragraphs are <paramref name="paragraphs"/> (copied) and quotations
    /// <paramref name="quotes"/> (kept). Dispose it when done: the thread's next index reuses its object and arrays.
    /// </summary>
    public static DocumentIndex Build(string text, ReadOnlySpan<TextSpan> paragraphs, IReadOnlyList<QuotedSpan> quotes, CancellationToken cancellationToken)
    {
        var index = Take(text, paragraphs, quotes);

        // The tokens are gathered in a per-thread list reused across documents, then copied once into a pooled array.
        var tokenList = t_tokenScratch ??= new List<Token>(1024);
        tokenList.Clear();
        var paragraphFirst = index._paragraphFirstToken;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            if ((p & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            paragraphFirst[p] = tokenList.Count;
            Tokenizer.Tokenize(text, paragraphs[p].Start, paragraphs[p].End, tokenList);
        }

        int count = tokenList.Count;
        paragraphFirst[paragraphs.Length] = count;
        var tokenArray = PooledArray.Rent<Token>(count);
        tokenList.CopyTo(tokenArray);
        if (tokenList.Capacity > MaxScratchTokens)
        {
            t_tokenScratch = null; // do not keep a huge document's buffer alive
        }

        ReadOnlySpan<Token> tokens = tokenArray.AsSpan(0, count);

        // Mark the tokens inside each quotation's content (quotes are sorted and do not overlap).
        var quoteOfArray = PooledArray.Rent<int>(count);
        var quoteOf = quoteOfArray.AsSpan(0, count);
        quoteOf.Fill(-1);
        int t = 0;
        for (int q = 0; q < quotes.Count; q++)
        {
            foreach (var part in quotes[q].Parts)
            {
                while (t < tokens.Length && tokens[t].Start < part.Start)
                {
                    t++;
                }

                int u = t;
                while (u < tokens.Length && tokens[u].End <= part.End)
                {
                    quoteOf[u] = q;
                    u++;
                }
            }
        }

        // The last token of each quotation's closing mark ("”", or the second "'" of a wire-style "''").
        var closeOfArray = PooledArray.Rent<int>(count);
        var closeOf = closeOfArray.AsSpan(0, count);
        closeOf.Fill(-1);
        int c = 0;
        for (int q = 0; q < quotes.Count; q++)
        {
            var outer = quotes[q].Outer[^1];
            if (outer.End <= quotes[q].Parts[^1].End)
            {
                continue; // not closed here
            }

            while (c < tokens.Length && tokens[c].End < outer.End)
            {
                c++;
            }

            if (c < tokens.Length && tokens[c].End == outer.End)
            {
                closeOf[c] = q;
            }
        }

        // A sentence holds at least one token: as many sentences as tokens at most.
        var sentences = PooledArray.Rent<Sentence>(count);
        int sentenceCount = 0;
        var sentenceOfArray = PooledArray.Rent<int>(count);
        var sentenceOf = sentenceOfArray.AsSpan(0, count);
        for (int p = 0; p < paragraphs.Length; p++)
        {
            SplitSentences(text, tokens, quoteOf, closeOf, quotes, paragraphFirst[p], paragraphFirst[p + 1], p, sentences, ref sentenceCount, sentenceOf);
        }

        PooledArray.Return(ref closeOfArray);
        var segments = index._segmentOfParagraph;
        int segment = 0;
        var boundaries = AttributionLexicon.Default.Boundaries;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            if (paragraphs[p].Length <= 40 && boundaries.Contains(text.AsSpan(paragraphs[p].Start, paragraphs[p].Length).Trim().Trim(BoundaryTrim)))
            {
                segment++;
            }

            segments[p] = segment;
        }

        index._tokens = tokenArray;
        index._tokenCount = count;
        index._quoteOf = quoteOfArray;
        index._sentences = sentences;
        index._sentenceCount = sentenceCount;
        index._sentenceOf = sentenceOfArray;
        return index;
    }

    /// <summary>
    /// Splits one paragraph's tokens into sentences. Never inside a quotation, except after a closing mark
    /// when the quote ends with terminal punctuation and a new capitalised sentence follows that is not
    /// its attribution ("“It is over.” The senator left." splits; "“It is over?” asked Smith." does not).
    /// </summary>
    private static void SplitSentences(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> quoteOf, ReadOnlySpan<int> closeOf, IReadOnlyList<QuotedSpan> quotes, int first, int end, int paragraph, Sentence[] sentences, ref int sentenceCount, Span<int> sentenceOf)
    {
        var lexicon = Lexicon.Default;
        int start = first;
        for (int i = first; i < end; i++)
        {
            sentenceOf[i] = sentenceCount;
            if (i + 1 >= end)
            {
                break;
            }

            var tok = tokens[i];
            if (quoteOf[i] >= 0 || tok.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            char c = text[tok.Start];
            bool boundary = false;
            if (CharClass.IsSentenceEnd(c))
            {
                // Skip a closing quotation mark or bracket right after the period, but not the opening mark of the
                // next quotation ("… voters. “He was charming.”"), which starts the next sentence.
                int next = i + 1;
                while (next < end && tokens[next].Kind == TokenKind.Punctuation && IsCloser(text[tokens[next].Start]) && quoteOf[next] < 0
                    && !OpensQuotation(tokens, quoteOf, quotes, next, end))
                {
                    next++;
                }

                if (next < end && StartsSentence(text, tokens, quoteOf, next) && !IsAbbreviation(text, tokens, i, first, lexicon))
                {
                    boundary = true;
                    for (int k = i + 1; k < next; k++)
                    {
                        sentenceOf[k] = sentenceCount;
                    }

                    i = next - 1;
                }
            }
            else if (i - first <= MaxDatelineTokens && CharClass.IsDash(c) && quoteOf[i] < 0 && IsDatelineDash(text, tokens, first, i))
            {
                // "LONDON (Reuters) - Ana Ruiz signed …": the dateline stands apart, so the sentence's subject comes first.
                boundary = true;
                while (i + 1 < end && tokens[i + 1].Kind == TokenKind.Punctuation && CharClass.IsDash(text[tokens[i + 1].Start]))
                {
                    sentenceOf[++i] = sentenceCount; // "--"
                }
            }
            else if (closeOf[i] >= 0)
            {
                // A closing mark after a quote that ended its own sentence: “It is over.” The senator left.
                int q = closeOf[i];
                var content = quotes[q].Content;
                int last = content.End - 1;
                while (last > content.Start && char.IsWhiteSpace(text[last]))
                {
                    last--;
                }

                // A period inside the marks ends the sentence; after "?" or "!" the attribution may still follow.
                bool period = last >= content.Start && text[last] == '.' && !(last > content.Start && text[last - 1] == '.')
                    && !IsBareAttribution(text, tokens, i + 1, end, lexicon);
                if (last >= content.Start && CharClass.IsSentenceEnd(text[last]) && StartsSentence(text, tokens, quoteOf, i + 1)
                    && (period || !AttributionFollows(text, tokens, i + 1, end, lexicon)))
                {
                    boundary = true;
                }
            }

            if (boundary)
            {
                sentences[sentenceCount++] = new Sentence(start, i + 1, paragraph);
                start = i + 1;
            }
        }

        if (start < end)
        {
            sentences[sentenceCount++] = new Sentence(start, end, paragraph);
        }
    }

    /// <summary>Most tokens of a dateline before its dash: "SAN JUAN, Puerto Rico, July 29 (UPI) --".</summary>
    private const int MaxDatelineTokens = 14;

    /// <summary>
    /// Whether the dash at <paramref name="dash"/> ends a dateline that opens the paragraph: a place in capitals, then
    /// optionally a state or country, a date and an agency in brackets ("LONDON (Reuters) -", "ORLANDO, Fla. (Reuters) -",
    /// "PHILADELPHIA, July 29 (UPI) --", "SAN JUAN, Puerto Rico —"), with a capitalised word after the dash.
    /// </summary>
    private static bool IsDatelineDash(string text, ReadOnlySpan<Token> tokens, int first, int dash)
    {
        if (dash == first || !tokens[first].IsWord || !tokens[first].IsAllCaps || tokens[first].Length < 2
            || dash + 1 >= tokens.Length || !(tokens[dash + 1].IsCapitalized || CharClass.IsDash(text[tokens[dash + 1].Start])))
        {
            return false;
        }

        for (int t = first + 1; t < dash; t++)
        {
            var tok = tokens[t];
            if (tok.IsWord ? !(tok.IsAllCaps || tok.IsCapitalized) : tok.Kind != TokenKind.Number && text[tok.Start] is not (',' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Punctuation around a boundary marker paragraph ("Next Post »", "| Related Articles:").</summary>
    private static readonly char[] BoundaryTrim = [':', '.', '»', '>', '|', '-', ' '];

    /// <summary>
    /// True when a speech verb comes within a few words after a quote that ended with "?" or "!", before any other
    /// punctuation than an abbreviation's period: "“Why now?” Mr. Trump asked." is one sentence.
    /// </summary>
    /// <remarks>
    /// An apposition may come between the name and the verb, "“Enough!” Tom Hale, a Republican, said", "Rep. Tom
    /// Hale, R-Pa., said": past a comma the verb must come right after a comma, so a new sentence with a comma of its
    /// own ("“Stop!” Then, after a pause, the mayor said …") stays apart.
    /// </remarks>
    private static bool AttributionFollows(string text, ReadOnlySpan<Token> tokens, int from, int end, Lexicon lexicon)
    {
        bool comma = false;
        for (int j = from; j < end && j < from + (comma ? 16 : 8); j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Punctuation)
            {
                char c = text[t.Start];
                if (c == ',' && j > from)
                {
                    comma = true;
                    continue;
                }

                // An abbreviation's period: "Mr.", or any period before a comma ("R-Pa.,").
                bool abbreviation = c == '.' && (ClosesShortCapitalized(tokens, j, from) || (j + 1 < end && text[tokens[j + 1].Start] == ','));
                if (!abbreviation && !(comma && c == '-'))
                {
                    return false;
                }

                continue;
            }

            if (lexicon.SpeechVerbs.ContainsKey(t.In(text)) || IsPhrasalCueAt(text, tokens, j, end))
            {
                return !comma || text[tokens[j - 1].Start] == ',';
            }
        }

        return false;
    }

    /// <summary>
    /// True when the tokens from <paramref name="from"/> form a bare attribution sentence, "Trump said." or
    /// "said Mr. Smith.": a few words with a speech verb and nothing else, which belongs to the quote before it
    /// even when that quote closed with a period.
    /// </summary>
    private static bool IsBareAttribution(string text, ReadOnlySpan<Token> tokens, int from, int end, Lexicon lexicon)
    {
        bool verb = false;
        for (int j = from; j < end && j < from + 7; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Punctuation)
            {
                char c = text[t.Start];
                if (c == '.' && j > from && !(ClosesShortCapitalized(tokens, j, from) && !verb))
                {
                    return verb;
                }

                if (c != '.')
                {
                    return false;
                }

                continue;
            }

            if (lexicon.SpeechVerbs.ContainsKey(t.In(text)) || IsPhrasalCueAt(text, tokens, j, end))
            {
                verb = true;
            }
        }

        return verb && from + 7 > end;
    }

    /// <summary>Token <paramref name="j"/> and the next make a two-word cue: "“Why now?” Trump shot back."</summary>
    private static bool IsPhrasalCueAt(string text, ReadOnlySpan<Token> tokens, int j, int end) =>
        j + 1 < end && tokens[j + 1].Kind != TokenKind.Punctuation && Attribution.AttributionContext.IsPhrasalCue(tokens[j].In(text), tokens[j + 1].In(text));

    /// <summary>True when token <paramref name="j"/> sits right after a short capitalised word ("Mr", "Sen", "J"): the period of an abbreviation.</summary>
    private static bool ClosesShortCapitalized(ReadOnlySpan<Token> tokens, int j, int from) =>
        j > from && tokens[j - 1].IsCapitalized && tokens[j - 1].Length <= 3 && tokens[j - 1].End == tokens[j].Start;

    /// <summary>True when token <paramref name="t"/> is (part of) the opening mark of a quotation: “ or the first ' of ''.</summary>
    private static bool OpensQuotation(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> quoteOf, IReadOnlyList<QuotedSpan> quotes, int t, int end)
    {
        int j = t + 1;
        while (j < end && quoteOf[j] < 0 && tokens[j].Kind == TokenKind.Punctuation && tokens[j].Start == tokens[j - 1].End)
        {
            j++;
        }

        if (j >= end || quoteOf[j] < 0)
        {
            return false;
        }

        var quote = quotes[quoteOf[j]];
        int at = tokens[t].Start;
        for (int k = 0; k < quote.Parts.Length; k++)
        {
            if (quote.Outer[k].Start <= at && at < quote.Parts[k].Start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCloser(char c) => c is ')' or ']' or '\u201D' or '\u2019' or '"' or '\'' or '»' or '›' or '\u201C';


    private static bool StartsSentence(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> quoteOf, int t)
    {
        var tok = tokens[t];
        if (tok.Kind == TokenKind.Punctuation)
        {
            char c = text[tok.Start];
            return c is '\u201C' or '"' or '\u2018' or '«' or '„' or '(' or '[' or '\'' or '—';
        }

        return tok.IsCapitalized || tok.Kind == TokenKind.Number;
    }

    /// <summary>True when the period at token <paramref name="i"/> closes an abbreviation or an initial ("Mr.", "J.").</summary>
    private static bool IsAbbreviation(string text, ReadOnlySpan<Token> tokens, int i, int first, Lexicon lexicon)
    {
        if (text[tokens[i].Start] != '.' || i == first)
        {
            return false;
        }

        var prev = tokens[i - 1];
        if (prev.End != tokens[i].Start || !prev.IsWord)
        {
            return false;
        }

        var word = prev.In(text);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial (Donald J. Trump), but not a letter after a lower-case word that a sentence opener follows:
            // "one wrote on X. Another added", "it has a plan B. The rest".
            // "posted on X. Singer Olivia Hart wrote": the platform X after "on" or "via" is a word, not an initial.
            return !(i >= 2 && tokens[i - 2] is { IsWord: true, IsCapitalized: false } && i + 1 < tokens.Length && tokens[i + 1].IsWord
                && (SentenceOpeners.Contains(tokens[i + 1].In(text))
                    || (word[0] == 'X' && tokens[i + 1].IsCapitalized && tokens[i - 2].In(text) is "on" or "via")));
        }

        if (word.Length >= 3 && word[^2] == '-' && char.IsUpper(word[^1]) && i + 1 < tokens.Length && tokens[i + 1].Start == tokens[i].End)
        {
            return true; // a party and state: Sen. Tim Scott, R-S.C., said; Rep. Ann Lee (D-N.Y.)
        }

        if (StateAbbreviations.Contains(word) && i >= 2 && text[tokens[i - 2].Start] == ',' && i + 1 < tokens.Length
            && tokens[i + 1].Kind == TokenKind.Punctuation && text[tokens[i + 1].Start] is '(' or '-' or '—' or '–' or ',')
        {
            return true; // a dateline's state: "ORLANDO, Fla. (Reuters) -", "TAMPA, Fla. —"
        }

        // "then-Sen. Barack Obama", "ex-Gov. Ann Lee": a title after a lower-case prefix and hyphen is still a title.
        int hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1 && char.IsLower(word[0]) && char.IsUpper(word[hyphen + 1]))
        {
            word = word[(hyphen + 1)..];
        }

        return lexicon.Titles.Contains(word) && word.Length <= 5 || AbbreviationWords.Contains(word);
    }

    /// <summary>Capitalised words that open a sentence and are no name, so that a single letter and period before them end one.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "Another", "The", "He", "She", "It", "They", "We", "But", "And", "This", "That", "These", "Those", "There", "Some",
        "Others", "Many", "His", "Her", "Their", "Its", "Our", "In", "On", "At", "After", "When", "If", "One",
    };

    /// <summary>US states as AP style abbreviates them after a city ("Orlando, Fla.").</summary>
    private static readonly HashSet<string> StateAbbreviations = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    };

    private static readonly HashSet<string> AbbreviationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs", "etc", "approx", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "St", "Ave", "Mt", "Ft", "Gov", "Sen", "Rep", "Lt", "Gen", "Col", "Maj", "Capt", "Sgt", "Adm", "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Hon", "Pres",
    };
}
