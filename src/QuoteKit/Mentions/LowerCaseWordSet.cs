using System.Buffers;
using QuoteKit.Text;

namespace QuoteKit.Mentions;

/// <summary>
/// A set of a document's words, chosen by a rule (the words longer than two letters that it writes starting in
/// lower case; the capitalised words it writes inside sentences), kept as token indexes
/// into the document rather than as strings: an open-addressing hash table over a pooled array, so building it
/// allocates nothing per word. Lookups compare ordinally. Dispose it to return the array to the pool.
/// </summary>
internal sealed class LowerCaseWordSet : IDisposable
{
    private string _text = string.Empty;
    private DocumentIndex? _doc;

    // Slot = token index + 1 of a word in the set; 0 = empty. Length is a power of two.
    private int[]? _slots;
    private int _mask;

    // Whether Dispose keeps the object for this thread's next BuildBoth (which uses two), and the objects kept.
    private bool _kept;

    // Whether words are kept and compared without a possessive "’s" (the capitalised set: "Mohamed Salah’s goal" makes
    // "Salah" a word the writer capitalises inside a sentence).
    private bool _bare;

    [ThreadStatic]
    private static LowerCaseWordSet? t_spare1;

    [ThreadStatic]
    private static LowerCaseWordSet? t_spare2;

    private LowerCaseWordSet()
    {
    }

    private LowerCaseWordSet(DocumentIndex doc, int capacity, bool bare)
    {
        Init(doc, capacity, bare);
    }

    private void Init(DocumentIndex doc, int capacity, bool bare)
    {
        _bare = bare;
        _text = doc.Text;
        _doc = doc;
        int size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _slots = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_slots, 0, size);
        _mask = size - 1;
    }

    /// <summary>Collects the lower-case words of <paramref name="doc"/>.</summary>
    public static LowerCaseWordSet Build(DocumentIndex doc) => Build<LowerCaseRule>(doc, bare: false);

    /// <summary>
    /// Collects the capitalised words that <paramref name="doc"/> writes inside a sentence, not as its first word
    /// (nor right after an opening mark or bracket) and not inside a quotation: the words the writer capitalises
    /// because they are names ("Vladimir Putin told …" makes "Putin" one), without a possessive "’s".
    /// </summary>
    public static LowerCaseWordSet BuildCapitalizedInsideSentences(DocumentIndex doc) => Build<CapitalizedInsideRule>(doc, bare: true);

    /// <summary>
    /// Both sets of <paramref name="doc"/>, for the words the mention finder asks about: the words of capitalised
    /// tokens that open a sentence or follow an opening mark (<see cref="IsSentenceInitial"/>), as they are and in
    /// lower case. A first pass notes the length and first char of each such word; the second puts a token into a set
    /// only when its length and first char are among them, so most tokens are never hashed. For every word asked about,
    /// <see cref="Contains"/> answers as the sets of <see cref="Build(DocumentIndex)"/> and
    /// <see cref="BuildCapitalizedInsideSentences"/> would; other words may be missing.
    /// </summary>
    /// <remarks>
    /// With <paramref name="classes"/> (the word classes of <paramref name="doc"/>'s tokens, which the first pass looks up
    /// for every word outside quotations), only the words the mention
    /// finder can ask about are noted: it asks about none inside a quotation, nor about a first name or a function word
    /// that is no month (a name run stops before one), so the filter lets far fewer tokens through ("The" opens many
    /// sentences, and every "the" and "two" was hashed for it).
    /// </remarks>
    public static (LowerCaseWordSet LowerCase, LowerCaseWordSet CapitalizedInside) BuildBoth(DocumentIndex doc, TokenWordClasses? classes = null)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;

        // Bit (length, first char & 63) for each word asked about, as it is and lower-cased (a filter: chars that
        // share the low six bits share a bit).
        Span<ulong> asked = stackalloc ulong[AskedLengths];
        asked.Clear();
        var quoteOf = doc.QuoteOfToken;
        if (classes is null)
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                if (t.IsWord && t.IsCapitalized && IsSentenceInitial(doc, i))
                {
                    NoteAsked(asked, text, t);
                }
            }
        }
        else
        {
            // One pass both looks up the word of every token outside quotations (the mention finder asks about nearly
            // all of them, so each is looked up here once) and notes the words it can ask about.
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                if (!t.IsWord || quoteOf[i] >= 0)
                {
                    continue;
                }

                var c = classes.Of(i);
                if (t.IsCapitalized && MayBeAsked(c) && IsSentenceInitial(doc, i))
                {
                    NoteAsked(asked, text, t);
                }
            }
        }

        var lower = t_spare1 ?? new LowerCaseWordSet { _kept = true };
        var capitalized = t_spare2 ?? new LowerCaseWordSet { _kept = true };
        t_spare1 = t_spare2 = null;
        lower.Init(doc, doc.TokenCount, bare: false);
        capitalized.Init(doc, doc.TokenCount, bare: true);
        var sentences = doc.Sentences;
        var sentenceOf = doc.SentenceOfToken;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                continue;
            }

            // A capitalised possessive counts as its bare word ("Salah’s" as "Salah").
            ulong bit = 1UL << (text[t.Start] & 63);
            if ((asked[Math.Min(t.Length, AskedLengths - 1)] & bit) == 0
                && !(t.IsCapitalized && t.Length > 2 && (asked[Math.Min(t.Length - 2, AskedLengths - 1)] & bit) != 0 && MentionFinder.IsPossessive(text.AsSpan(t.Start, t.Length))))
            {
                continue;
            }

            if (IsLowerCaseWord(text, t))
            {
                lower.Add(i);
            }
            else if (t.IsCapitalized && t.Length > 1 && quoteOf[i] < 0 && sentences[sentenceOf[i]].First != i && !AfterOpeningMark(doc, i))
            {
                capitalized.Add(i);
            }
        }

        return (lower, capitalized);
    }

    /// <summary>
    /// Whether the mention finder can ask about a sentence-initial word outside quotations of classes <paramref name="c"/>:
    /// not a first name, not a function word unless a month ("May").
    /// </summary>
    private static bool MayBeAsked(WordClass c) =>
        (c & WordClass.FirstName) == 0 && (c & (WordClass.FunctionWord | WordClass.Month)) != WordClass.FunctionWord;

    /// <summary>Notes the length and first char of token <paramref name="t"/>'s word, as it is and lower-cased, in the filter of <see cref="BuildBoth"/>.</summary>
    private static void NoteAsked(Span<ulong> asked, string text, Token t)
    {
        char first = text[t.Start];
        int length = Math.Min(t.Length, AskedLengths - 1);
        asked[length] |= (1UL << (first & 63)) | (1UL << (char.ToLowerInvariant(first) & 63));
    }

    /// <summary>Word lengths the filter of <see cref="BuildBoth"/> tells apart (longer ones share the last).</summary>
    private const int AskedLengths = 32;

    /// <summary>Whether token <paramref name="i"/> opens its sentence or follows an opening mark or bracket, a colon or a dash.</summary>
    public static bool IsSentenceInitial(DocumentIndex doc, int i) =>
        i == doc.Sentences[doc.SentenceOfToken[i]].First || AfterOpeningMark(doc, i);

    /// <summary>Which tokens go into a set; a struct, so that each rule's loop is compiled with the rule inlined.</summary>
    private interface IRule
    {
        static abstract bool Includes(DocumentIndex doc, int token);
    }

    private readonly struct LowerCaseRule : IRule
    {
        public static bool Includes(DocumentIndex doc, int token) => IsLowerCaseWord(doc.Text, doc.Tokens[token]);
    }

    private readonly struct CapitalizedInsideRule : IRule
    {
        public static bool Includes(DocumentIndex doc, int token) => IsCapitalizedInside(doc, token);
    }

    private static LowerCaseWordSet Build<TRule>(DocumentIndex doc, bool bare)
        where TRule : struct, IRule
    {
        // One pass: the table is sized for every token (at most that many words go in), not counted first.
        var set = new LowerCaseWordSet(doc, doc.TokenCount, bare);
        for (int i = 0; i < doc.TokenCount; i++)
        {
            if (TRule.Includes(doc, i))
            {
                set.Add(i);
            }
        }

        return set;
    }

    private static bool IsCapitalizedInside(DocumentIndex doc, int i)
    {
        var t = doc.Tokens[i];
        return t.IsWord && t.IsCapitalized && t.Length > 1 && !doc.InQuote(i)
            && doc.Sentences[doc.SentenceOfToken[i]].First != i
            && !AfterOpeningMark(doc, i);
    }

    /// <summary>Whether the token before token <paramref name="i"/> is an opening mark or bracket, a colon or a dash.</summary>
    private static bool AfterOpeningMark(DocumentIndex doc, int i) =>
        i > 0 && doc.Tokens[i - 1].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[i - 1].Start] is '(' or '[' or '\u201C' or '"' or '\u2018' or '«' or ':' or '—' or '–';

    /// <summary>Whether the document writes <paramref name="word"/> (compared ordinally) somewhere as a lower-case word.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        var slots = _slots ?? throw new ObjectDisposedException(nameof(LowerCaseWordSet));
        for (int s = string.GetHashCode(word) & _mask; ; s = (s + 1) & _mask)
        {
            int entry = slots[s];
            if (entry == 0)
            {
                return false;
            }

            if (WordOf(entry - 1).SequenceEqual(word))
            {
                return true;
            }
        }
    }

    /// <summary>Returns the table to the pool.</summary>
    public void Dispose()
    {
        if (_slots is { } slots)
        {
            _slots = null;
            ArrayPool<int>.Shared.Return(slots);
            _doc = null;
            _text = string.Empty;
            if (_kept)
            {
                if (t_spare1 is null)
                {
                    t_spare1 = this;
                }
                else
                {
                    t_spare2 ??= this;
                }
            }
        }
    }

    private static bool IsLowerCaseWord(string text, Token t) => t.IsWord && char.IsLower(text[t.Start]) && t.Length > 2;

    private void Add(int token)
    {
        var slots = _slots!;
        var word = WordOf(token);
        for (int s = string.GetHashCode(word) & _mask; ; s = (s + 1) & _mask)
        {
            int entry = slots[s];
            if (entry == 0)
            {
                slots[s] = token + 1;
                return;
            }

            if (WordOf(entry - 1).SequenceEqual(word))
            {
                return;
            }
        }
    }

    /// <summary>The word the set keeps for token <paramref name="token"/>.</summary>
    private ReadOnlySpan<char> WordOf(int token)
    {
        var word = _doc!.Token(token).In(_text);
        return _bare ? MentionFinder.WithoutPossessive(word) : word;
    }
}
