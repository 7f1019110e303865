using System.Buffers;
using System.Runtime.CompilerServices;
using QuoteKit.Lexicons;
using QuoteKit.Text;

namespace QuoteKit.Mentions;

/// <summary>Lexicons a token's word can belong to, as far as the mention finder and the cue test ask about them.</summary>
[Flags]
internal enum WordClass : ushort
{
    RoleNoun = 1,
    FirstName = 2,
    Title = 4,
    FunctionWord = 8,
    SpeechVerb = 16,
    ThoughtVerb = 32,
    Pronoun = 64,
    Determiner = 128,
    PhrasalCue = 256,
    PluralRoleNoun = 512,
    Place = 1024,
    OrganizationName = 2048,
    OrganizationHead = 4096,
}

/// <summary>
/// Every word of the lexicons a token is asked about, mapped to all the classes that hold it, so that one
/// case-insensitive lookup answers every class question about a word. Built once per lexicon and shared read-only.
/// The classes agree with the lexicons' own lookups: all of them compare ordinally ignoring case, as this table does.
/// </summary>
internal sealed class WordClassTable
{
    private static readonly ConditionalWeakTable<Lexicon, WordClassTable> Tables = new();

    private readonly WordMap<WordClass> _classes;

    /// <summary>The shapes of the table's words; see <see cref="WordShapes"/>.</summary>
    private readonly WordShapes _shapes;

    private WordClassTable(Lexicon lexicon, AttributionLexicon places)
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, WordClass c)
        {
            foreach (var w in words)
            {
                classes[w] = classes.GetValueOrDefault(w) | c;
            }
        }

        Add(lexicon.RoleNouns.Keys, WordClass.RoleNoun);
        Add(lexicon.FirstNames.Keys, WordClass.FirstName);
        Add(lexicon.Titles.Items, WordClass.Title);
        Add(places.FunctionWords.Items, WordClass.FunctionWord);
        Add(lexicon.SpeechVerbs.Keys, WordClass.SpeechVerb);
        Add(lexicon.ThoughtVerbs.Keys, WordClass.ThoughtVerb);
        Add(MentionFinder.PronounKeys, WordClass.Pronoun);
        Add(MentionFinder.DeterminerKeys, WordClass.Determiner);
        Add(Attribution.AttributionContext.PhrasalCueKeys, WordClass.PhrasalCue);
        Add(lexicon.RoleNouns.Keys.Where(w => lexicon.RoleNouns.TryGetValue(w, out bool plural) && plural), WordClass.PluralRoleNoun);
        Add(places.Places.Keys, WordClass.Place);
        Add(lexicon.OrganizationNames.Items, WordClass.OrganizationName);
        Add(lexicon.OrganizationHeads.Items, WordClass.OrganizationHead);
        _classes = new(classes, StringComparer.OrdinalIgnoreCase);
        _shapes = new WordShapes(classes.Keys);
    }

    /// <summary>The table of <paramref name="lexicon"/> with the shared attribution lexicon.</summary>
    public static WordClassTable For(Lexicon lexicon) =>
        Tables.GetValue(lexicon, static l => new WordClassTable(l, AttributionLexicon.Default));

    /// <summary>All the classes that hold <paramref name="word"/>; none for a word of no lexicon.</summary>
    public WordClass Of(ReadOnlySpan<char> word) => _shapes.MayHold(word) && _classes.TryGetValue(word, out var c) ? c : 0;
}

/// <summary>
/// A filter in front of a case-insensitive word table: which (length, first letter, last letter) shapes its words
/// have, so that most words of no lexicon are answered without hashing them. Conservative: a word whose shape it has
/// not seen is certainly not in the table under <see cref="StringComparer.OrdinalIgnoreCase"/> (equal words have the
/// same length, and an ASCII letter only equals itself in either case); a word with a char outside ASCII at either
/// end, or longer than the shapes track, always passes to the real lookup.
/// </summary>
internal sealed class WordShapes
{
    private const int Lengths = 32;
    private const int Buckets = 27; // 26 ASCII letters, folded, and one for every other ASCII char

    private readonly ulong[] _bits = new ulong[(Lengths * Buckets * Buckets + 63) / 64];

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            if (w.Length == 0)
            {
                continue;
            }

            int length = Math.Min(w.Length, Lengths - 1);
            int first = Bucket(w[0]);
            int last = Bucket(w[^1]);
            for (int f = 0; f < Buckets; f++)
            {
                for (int l = 0; l < Buckets; l++)
                {
                    // A char outside ASCII might equal several ASCII ones ignoring case: it stands for any of them.
                    if ((first < 0 || f == first) && (last < 0 || l == last))
                    {
                        int bit = Index(length, f, l);
                        _bits[bit >> 6] |= 1UL << bit;
                    }
                }
            }
        }
    }

    /// <summary>False only when no word of the table can equal <paramref name="word"/> ignoring case.</summary>
    public bool MayHold(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length >= Lengths - 1)
        {
            return true;
        }

        int first = Bucket(word[0]);
        int last = Bucket(word[^1]);
        if ((first | last) < 0)
        {
            return true;
        }

        int bit = Index(word.Length, first, last);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int Index(int length, int first, int last) => (length * Buckets + first) * Buckets + last;

    /// <summary>0 to 25 for an ASCII letter in either case, 26 for another ASCII char, -1 outside ASCII.</summary>
    private static int Bucket(char c)
    {
        uint folded = (uint)(c | 0x20) - 'a';
        return c >= 0x80 ? -1 : folded <= 'z' - 'a' ? (int)folded : 26;
    }
}

/// <summary>
/// Remembers, for each token of one document, which lexicons hold its word. The mention finder's windows look at the
/// same token several times (as a modifier, then as the word before a role noun, then in a name run); the word is
/// looked up once, on the first question about it, in the <see cref="WordClassTable"/> that answers for every class.
/// Two bytes a token in a pooled array; dispose it to return the array. One instance serves one document on one thread.
/// </summary>
internal sealed class TokenWordClasses : IDisposable
{
    // Per token: Known once looked up, with the classes that hold the word.
    private const ushort Known = 0x8000;

    private readonly string _text;
    private readonly DocumentIndex _doc;
    private readonly WordClassTable _table;

    private ushort[]? _bits;

    public TokenWordClasses(DocumentIndex doc, Lexicon lexicon)
    {
        _text = doc.Text;
        _doc = doc;
        _table = WordClassTable.For(lexicon);
        _bits = ArrayPool<ushort>.Shared.Rent(Math.Max(1, doc.TokenCount));
        Array.Clear(_bits, 0, doc.TokenCount);
    }

    /// <summary>Whether the lexicon of <paramref name="wordClass"/> (a single class) holds the word of token <paramref name="token"/>.</summary>
    public bool Is(int token, WordClass wordClass) => (Of(token) & wordClass) != 0;

    /// <summary>All the classes that hold the word of token <paramref name="token"/>.</summary>
    public WordClass Of(int token)
    {
        var bits = _bits ?? throw new ObjectDisposedException(nameof(TokenWordClasses));
        ref ushort entry = ref bits[token];
        if (entry == 0)
        {
            entry = (ushort)(Known | (ushort)_table.Of(Word(token)));
        }

        return (WordClass)(entry & ~Known);
    }

    /// <summary>The word of token <paramref name="token"/>.</summary>
    public ReadOnlySpan<char> Word(int token) => _doc.Token(token).In(_text);

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose()
    {
        if (_bits is { } bits)
        {
            _bits = null;
            ArrayPool<ushort>.Shared.Return(bits);
        }
    }
}
