using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;
using QuoteKit.Diagnostics;
using QuoteKit.Lexicons;
using QuoteKit.Text;

namespace QuoteKit.Mentions;

/// <summary>Lexicons a token's word can belong to, as far as the mention finder and the cue test ask about them.</summary>
[Flags]
internal enum WordClass : uint
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
    Month = 8192,

    /// <summary>The first word of a place of two or more words ("New" of "New York"), so that a pair of words is looked up as a place only after one.</summary>
    PlaceFirstWord = 16384,

    /// <summary>
    /// A US state's name or demonym, whole ("Ohio", "New York") or the first word of one of several words ("New"), so
    /// that the state map is asked only about such a word (the map compares ordinally, so this is a superset of its hits).
    /// </summary>
    State = 32768,

    /// <summary>
    /// Set only by <see cref="TokenWordClasses"/>, for a token: its word is a role noun as the mention finder reads one
    /// (<see cref="MentionFinder.IsRoleNounWord"/>), so that the finder's windows test one bit. The table never sets it.
    /// </summary>
    MentionRoleNoun = 1 << 16,

    /// <summary>
    /// A word after which, or at which, the reported-speech detector may open a statement ("to", "that", "asked",
    /// "according", "by": <see cref="Detection.ReportedSpeechDetector.StatementWords"/>), so that the attribution
    /// context's token pass tests one bit of a word it has looked up instead of reading its chars again.
    /// </summary>
    StatementWord = 1 << 17,
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

    // The words made only of ASCII chars, lower-cased, in an open-addressing table (power-of-two size) beside
    // their classes. A word of the input made only of ASCII chars is looked up here and nowhere else: under
    // OrdinalIgnoreCase an ASCII char equals no char outside ASCII (checked over the whole BMP on .NET 10), so
    // only the ASCII words can match it, and two ASCII words match exactly when they agree with letters folded.
    // The table is built once from the lexicons and never grows, so a fixed hash is safe: input cannot
    // lengthen its probe chains. Other words go to the frozen map, which compares as the lexicons do.
    // Words of up to eight chars, the most frequent, sit in a second table as their chars and length packed into
    // one number (seven bits a char, the length above them; 0 marks an empty slot), so that a lookup compares
    // numbers and never touches a string, and the table stays small enough to stay in cache.
    private readonly string?[] _asciiWords;
    private readonly uint[] _asciiClasses; // the lexicon classes
    private readonly int _asciiMask;
    private readonly ulong[] _shortWords;
    private readonly uint[] _shortClasses;
    private readonly int _shortMask;

    // A bit filter over the packed words (16 KB, so that it stays in the first-level cache): most words of a text are
    // in no lexicon, and a word whose bits are not all set is answered without touching the larger table. A word sets
    // three bits of one 64-bit block, so that the test is one load and one compare (a blocked Bloom filter). Some
    // 1.5 % of the words in no lexicon pass it and are then looked up as before.
    private readonly ulong[] _shortFilter = new ulong[FilterBits / 64];
    private const int FilterBits = 1 << 17;

    /// <summary>The longest word the packed table holds.</summary>
    private const int ShortLength = 8;

    // The ASCII words of nine to sixteen chars again, packed as two numbers each (the first eight chars with the length
    // above them, then the rest), so that a token's word read from the text by vector loads is looked up by comparing
    // numbers (Of(string, int, int)); a word given as a span still goes to the string table, which holds the same words.
    private readonly ulong[] _mediumWords; // two numbers a slot; a first number of 0 marks an empty slot
    private readonly uint[] _mediumClasses;
    private readonly int _mediumMask;

    /// <summary>The longest word the table of two packed numbers holds.</summary>
    private const int MediumLength = 16;

    /// <summary>The bits of a packed word below its length.</summary>
    private const ulong PackedChars = (1UL << 56) - 1;


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
        Add(MentionFinder.MonthWords, WordClass.Month);
        Add(places.Places.Keys.Where(w => w.IndexOf(' ') > 0).Select(w => w[..w.IndexOf(' ')]), WordClass.PlaceFirstWord);
        Add(places.States.Keys, WordClass.State);
        Add(places.States.Keys.Where(w => w.IndexOf(' ') > 0).Select(w => w[..w.IndexOf(' ')]), WordClass.State);
        Add(Detection.ReportedSpeechDetector.StatementWords, WordClass.StatementWord);
        _classes = new(classes, StringComparer.OrdinalIgnoreCase);
        int size = TableSize(classes.Keys.Count(w => w.Length <= ShortLength));
        int longSize = TableSize(classes.Keys.Count(w => w.Length > ShortLength));
        _asciiWords = new string?[longSize];
        _asciiClasses = new uint[longSize];
        _asciiMask = longSize - 1;
        _shortWords = new ulong[size];
        _shortClasses = new uint[size];
        _shortMask = size - 1;
        int mediumSize = TableSize(classes.Keys.Count(w => w.Length is > ShortLength and <= MediumLength));
        _mediumWords = new ulong[2 * mediumSize];
        _mediumClasses = new uint[mediumSize];
        _mediumMask = mediumSize - 1;
        foreach (var (word, wordClasses) in classes)
        {
            if (word.Length == 0 || !Ascii.IsValid(word))
            {
                continue;
            }

            if (word.Length <= ShortLength)
            {
                ulong packed = Pack(word, out _);
                int at = ShortHash(packed) & _shortMask;
                while (_shortWords[at] != 0)
                {
                    at = (at + 1) & _shortMask;
                }

                _shortWords[at] = packed;
                _shortClasses[at] = (uint)wordClasses;
                var (block, bits) = FilterBitsOf(packed);
                _shortFilter[block] |= bits;
                continue;
            }

            if (word.Length <= MediumLength)
            {
                ulong first = (Pack(word.AsSpan(0, ShortLength), out _) & PackedChars) | ((ulong)word.Length << 56);
                ulong rest = Pack(word.AsSpan(ShortLength), out _) & PackedChars;
                int at = MediumHash(first, rest) & _mediumMask;
                while (_mediumWords[2 * at] != 0)
                {
                    at = (at + 1) & _mediumMask;
                }

                _mediumWords[2 * at] = first;
                _mediumWords[2 * at + 1] = rest;
                _mediumClasses[at] = (uint)wordClasses;
            }

            var lower = word.ToLowerInvariant();
            int slot = AsciiHash(lower) & _asciiMask;
            while (_asciiWords[slot] is not null)
            {
                slot = (slot + 1) & _asciiMask;
            }

            _asciiWords[slot] = lower;
            _asciiClasses[slot] = (uint)wordClasses;
        }
    }

    /// <summary>The table of <paramref name="lexicon"/> with the shared attribution lexicon.</summary>
    public static WordClassTable For(Lexicon lexicon) =>
        Tables.GetValue(lexicon, static l => new WordClassTable(l, AttributionLexicon.Default));

    /// <summary>All the classes that hold <paramref name="word"/>; none for a word of no lexicon.</summary>
    public WordClass Of(ReadOnlySpan<char> word)
    {
        if (word.Length is > 0 and <= ShortLength)
        {
            ulong packed = Pack(word, out uint any);
            if (any >= 0x80)
            {
                return _classes.TryGetValue(word, out var c) ? c : 0;
            }

            return OfPacked(packed);
        }

        uint h = 2166136261;
        uint all = 0;
        foreach (char c in word)
        {
            all |= c;
            h = (h ^ (uint)(c | 0x20)) * 16777619;
        }

        if (all >= 0x80)
        {
            return _classes.TryGetValue(word, out var c) ? c : 0;
        }

        for (int slot = Finish(h) & _asciiMask; ; slot = (slot + 1) & _asciiMask)
        {
            var entry = _asciiWords[slot];
            if (entry is null)
            {
                return 0;
            }

            if (EqualsAsciiLower(word, entry))
            {
                return (WordClass)_asciiClasses[slot];
            }
        }
    }

    /// <summary>
    /// All the classes that hold the word <c>text[start..start + length)</c>, as <see cref="Of(ReadOnlySpan{char})"/>
    /// answers; a word of up to eight chars with eight chars of text from its start is packed from one vector load,
    /// with no loop over its chars (whose varying count the branch predictor misses).
    /// </summary>
    public WordClass Of(string text, int start, int length)
    {
        if (Bmi2.X64.IsSupported && Vector128.IsHardwareAccelerated)
        {
            if ((uint)(length - 1) < ShortLength && start <= text.Length - ShortLength)
            {
                var v = Vector128.Create(MemoryMarshal.Cast<char, ushort>(text.AsSpan(start, ShortLength)));
                v &= Vector128.LessThan(LaneIndexes(), Vector128.Create((ushort)length)); // the word's chars, zeros after
                if ((v & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero)
                {
                    ulong bytes = Vector128.Narrow(FoldAscii(v), v).AsUInt64().ToScalar(); // char k in byte k
                    return OfPacked(Bmi2.X64.ParallelBitExtract(bytes, 0x7F7F7F7F7F7F7F7FUL) | ((ulong)length << 56));
                }
            }
            else if ((uint)(length - ShortLength - 1) < MediumLength - ShortLength && start <= text.Length - MediumLength)
            {
                var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan(start, MediumLength));
                var v0 = Vector128.Create(chars);
                var v1 = Vector128.Create(chars[ShortLength..]);
                v1 &= Vector128.LessThan(LaneIndexes(), Vector128.Create((ushort)(length - ShortLength)));
                if (((v0 | v1) & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero)
                {
                    var bytes = Vector128.Narrow(FoldAscii(v0), FoldAscii(v1)).AsUInt64();
                    ulong first = Bmi2.X64.ParallelBitExtract(bytes.GetElement(0), 0x7F7F7F7F7F7F7F7FUL) | ((ulong)length << 56);
                    return OfMedium(first, Bmi2.X64.ParallelBitExtract(bytes.GetElement(1), 0x7F7F7F7F7F7F7F7FUL));
                }
            }
        }

        return Of(text.AsSpan(start, length));
    }

    /// <summary>0 to 7, lane by lane (a constant the JIT folds; Vector128&lt;T&gt;.Indices is newer than net8.0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> LaneIndexes() => Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);

    /// <summary>ASCII chars with the capitals in lower case, as <see cref="Pack"/> folds them.</summary>
    private static Vector128<ushort> FoldAscii(Vector128<ushort> v) =>
        v | (Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A'))) & Vector128.Create((ushort)0x20));

    /// <summary>The classes of an ASCII word of nine to sixteen chars: its first eight packed with its length, and the rest.</summary>
    private WordClass OfMedium(ulong first, ulong rest)
    {
        var words = _mediumWords;
        for (int at = MediumHash(first, rest) & _mediumMask; ; at = (at + 1) & _mediumMask)
        {
            ulong entry = words[2 * at];
            if (entry == first && words[2 * at + 1] == rest)
            {
                return (WordClass)_mediumClasses[at];
            }

            if (entry == 0)
            {
                return 0;
            }
        }
    }

    private static int MediumHash(ulong first, ulong rest) => (int)(((first * 0x9E3779B97F4A7C15UL) ^ (rest * 0xC2B2AE3D27D4EB4FUL)) >> 35);

    /// <summary>The classes of a word of up to eight ASCII chars, packed by <see cref="Pack"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // in the vector path of a token's lookup, the most frequent
    private WordClass OfPacked(ulong packed)
    {
        var (block, bits) = FilterBitsOf(packed);
        if ((_shortFilter[block] & bits) != bits)
        {
            return 0;
        }

        for (int at = ShortHash(packed) & _shortMask; ; at = (at + 1) & _shortMask)
        {
            ulong entry = _shortWords[at];
            if (entry == packed)
            {
                return (WordClass)_shortClasses[at];
            }

            if (entry == 0)
            {
                return 0;
            }
        }
    }

    /// <summary>The hash <see cref="Of(ReadOnlySpan{char})"/> computes: ASCII letters folded to lower case (other chars may fold onto each other; equality is checked apart).</summary>
    private static int AsciiHash(string word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            h = (h ^ (uint)(c | 0x20)) * 16777619;
        }

        return Finish(h);
    }

    private static int Finish(uint h) => (int)(h ^ (h >> 15));

    /// <summary>A power of two at least twice <paramref name="count"/>, and at least 16.</summary>
    private static int TableSize(int count)
    {
        int size = 16;
        while (size < count * 2)
        {
            size <<= 1;
        }

        return size;
    }

    /// <summary>
    /// The chars of <paramref name="word"/> (one to eight), ASCII letters in lower case, seven bits each (the first
    /// lowest), with the length above them; <paramref name="any"/> has every bit set in some char, so that it is 0x80 or more when a char is
    /// outside ASCII (the packing is then meaningless).
    /// </summary>
    private static ulong Pack(ReadOnlySpan<char> word, out uint any)
    {
        ulong chars = 0;
        uint all = 0;
        int shift = 0;
        foreach (char c in word)
        {
            all |= c;
            uint folded = (uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c;
            chars |= (ulong)(folded & 0x7F) << shift;
            shift += 7;
        }

        any = all;
        return chars | ((ulong)word.Length << 56);
    }

    /// <summary>
    /// The filter block of a packed word (its top bits) and the word's three bits in it (from bits 20 to 37), all from
    /// another product than <see cref="ShortHash"/> uses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Block, ulong Bits) FilterBitsOf(ulong packed)
    {
        ulong h = packed * 0xC2B2AE3D27D4EB4FUL;
        ulong bits = (1UL << (int)(h >> 20)) | (1UL << (int)(h >> 26)) | (1UL << (int)(h >> 32)); // a shift counts mod 64
        return ((int)(h >> (64 - FilterBlockBits)), bits);
    }

    /// <summary>Bits of a block's index: 16 KB of 64-bit blocks.</summary>
    private const int FilterBlockBits = 11;

    private static int ShortHash(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> 35);

    /// <summary>Whether ASCII <paramref name="word"/> equals <paramref name="lower"/> (ASCII, lower case) with letters folded.</summary>
    private static bool EqualsAsciiLower(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            char a = word[i];
            char k = lower[i];
            if (a != k && !((a | 0x20) == k && (uint)(k - 'a') <= 'z' - 'a'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Remembers, for each token of one document, which lexicons hold its word. The mention finder's windows look at the
/// same token several times (as a modifier, then as the word before a role noun, then in a name run); the word is
/// looked up once, on the first question about it, in the <see cref="WordClassTable"/> that answers for every class.
/// Four bytes a token in a pooled array; dispose it to return the array. One instance serves one document on one thread.
/// </summary>
internal sealed class TokenWordClasses : IDisposable
{
    // Per token: Known once looked up, with the classes that hold the word.
    private const uint Known = 0x8000_0000;

    /// <summary>This thread's instance disposed last, handed out again by <see cref="Rent"/>.</summary>
    [ThreadStatic]
    private static TokenWordClasses? t_spare;

    private string _text = string.Empty;
    private DocumentIndex? _doc;
    private WordClassTable _table = null!; // set by Init
    private uint[]? _bits;

    /// <summary>True for an instance from <see cref="Rent"/>, which Dispose keeps for the thread's next document.</summary>
    private bool _kept;

    public TokenWordClasses(DocumentIndex doc, Lexicon lexicon) => Init(doc, lexicon);

    private TokenWordClasses()
    {
    }

    /// <summary>The word classes of <paramref name="doc"/>'s tokens in this thread's spare instance, or a new one; dispose it when done.</summary>
    public static TokenWordClasses Rent(DocumentIndex doc, Lexicon lexicon)
    {
        var classes = t_spare ?? new TokenWordClasses { _kept = true };
        t_spare = null;
        classes.Init(doc, lexicon);
        return classes;
    }

    private void Init(DocumentIndex doc, Lexicon lexicon)
    {
        _text = doc.Text;
        _doc = doc;
        _table = WordClassTable.For(lexicon);
        _bits = ArrayPool<uint>.Shared.Rent(Math.Max(1, doc.TokenCount));
        Array.Clear(_bits, 0, doc.TokenCount);
        _surnamesIndexed = false;
        _surnameTokens.Clear();
    }

    /// <summary>The table that answers for any word, not only a token's (a name, a name's parts).</summary>
    public WordClassTable Table => _table;

    /// <summary>Whether the lexicon of <paramref name="wordClass"/> (a single class) holds the word of token <paramref name="token"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int token, WordClass wordClass) => (Of(token) & wordClass) != 0;

    /// <summary>All the classes that hold the word of token <paramref name="token"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass Of(int token)
    {
        // The answer kept from an earlier question, read inline; only the first question about a token calls out.
        var bits = _bits ?? ThrowDisposed();
        uint entry = bits[token];
        return (WordClass)((entry != 0 ? entry : LookUp(bits, token)) & ~Known);
    }

    private uint LookUp(uint[] bits, int token)
    {
        var t = _doc!.Token(token);
        var classes = _table.Of(_text, t.Start, t.Length);
        var word = t.In(_text);
        if ((MentionFinder.IsRoleNounWord(classes, word) && !IsSurname(token, classes))
            || ((classes & RoleNounAndFirstName) == RoleNounAndFirstName && IsDeterminedRoleNounName(token)))
        {
            classes |= WordClass.MentionRoleNoun;
        }

        return bits[token] = Known | (uint)classes;
    }

    private const WordClass RoleNounAndFirstName = WordClass.RoleNoun | WordClass.FirstName;

    /// <summary>
    /// A capitalised role noun (asked only of one) is a surname when the document puts it right after a capitalised
    /// first name, there or anywhere else: "Emily Baker … Baker said", "Sen. Barbara Boxer … Ms. Boxer said" — not
    /// "Librarian Sarah Mills" (the role noun comes first). An organisation's head stays a role noun ("The Washington
    /// Post"). The first names' classes are read from the table, not from <see cref="Of"/>, so that no question recurses.
    /// </summary>
    private bool IsSurname(int token, WordClass classes)
    {
        if ((classes & (WordClass.RoleNoun | WordClass.Title | WordClass.OrganizationHead)) != WordClass.RoleNoun
            || !_doc!.Token(token).IsCapitalized)
        {
            return false;
        }

        var tokens = _doc.Tokens;
        var word = tokens[token].In(_text);
        if (FollowsFirstName(tokens, token))
        {
            return true;
        }

        // Elsewhere: the document's words after a first name are indexed by hash once, at the first question, so every
        // question costs one lookup (a scan over the tokens only on a hash shared by two different words).
        if (!_surnamesIndexed)
        {
            IndexSurnames(tokens);
        }

        if (!_surnameTokens.TryGetValue(string.GetHashCode(word), out int indexed))
        {
            return false;
        }

        if (tokens[indexed].In(_text).SequenceEqual(word))
        {
            return true;
        }

        WorkCounter.Add(WorkKind.Tokens, tokens.Length);
        for (int k = 1; k < tokens.Length; k++)
        {
            if (k != token && tokens[k].Length == word.Length && tokens[k].IsCapitalized
                && tokens[k].In(_text).SequenceEqual(word) && FollowsFirstName(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Capitalised words right after a first name that starts a name, by the hash of their text: the first token of each hash.</summary>
    private readonly Dictionary<int, int> _surnameTokens = new();

    /// <summary>Whether <see cref="_surnameTokens"/> holds this document's words.</summary>
    private bool _surnamesIndexed;

    /// <summary>One pass over the tokens filling <see cref="_surnameTokens"/>.</summary>
    private void IndexSurnames(ReadOnlySpan<Token> tokens)
    {
        WorkCounter.Add(WorkKind.Tokens, tokens.Length);
        for (int k = 1; k < tokens.Length; k++)
        {
            if (tokens[k].IsCapitalized && tokens[k - 1].IsCapitalized && FollowsFirstName(tokens, k))
            {
                _surnameTokens.TryAdd(string.GetHashCode(tokens[k].In(_text)), k);
            }
        }

        _surnamesIndexed = true;
    }

    /// <summary>Whether token <paramref name="k"/> comes right after a capitalised word that is a first name and no role noun, title or place, and starts its name (<see cref="StartsName"/>).</summary>
    private bool FollowsFirstName(ReadOnlySpan<Token> tokens, int k)
    {
        if (k == 0)
        {
            return false;
        }

        var before = tokens[k - 1];
        return before.IsWord && before.IsCapitalized && before.End + 1 == tokens[k].Start
            && (k < 2 || !tokens[k - 2].IsWord || StartsName(tokens[k - 2]))
            && (_table.Of(_text, before.Start, before.Length) & (WordClass.FirstName | WordClass.RoleNoun | WordClass.Title | WordClass.Place)) == WordClass.FirstName;
    }

    /// <summary>
    /// Whether a first name after the word <paramref name="before"/> starts a name: after a title or a lower-case word
    /// ("Sen. Barbara Boxer", "said Emily Baker"), not after an article ("an Orlando Democrat") or a capitalised word
    /// ("South Carolina Democrat").
    /// </summary>
    private bool StartsName(Token before)
    {
        var classes = _table.Of(_text, before.Start, before.Length);
        return before.IsCapitalized ? (classes & WordClass.Title) != 0 : (classes & WordClass.Determiner) == 0;
    }

    /// <summary>
    /// A capitalised role noun that is also a first name (asked only of such a word) is the role noun after an article
    /// when no name follows it: "the Dane said", "the Scot added" (a nationality), not "Dean Ortiz" or "the Dean Ortiz case".
    /// </summary>
    private bool IsDeterminedRoleNounName(int token)
    {
        if (token == 0)
        {
            return false;
        }

        var article = _doc!.Token(token - 1).In(_text);
        if (!(article.Equals("the", StringComparison.OrdinalIgnoreCase) || article.Equals("a", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return token + 1 >= _doc.TokenCount || !(_doc.Token(token + 1) is { IsWord: true, IsCapitalized: true });
    }

    private static uint[] ThrowDisposed() => throw new ObjectDisposedException(nameof(TokenWordClasses));

    /// <summary>The word of token <paramref name="token"/>.</summary>
    public ReadOnlySpan<char> Word(int token) => _doc!.Token(token).In(_text);

    /// <summary>Returns the array to the pool and lets go of the document (a rented instance is kept for the thread's next one).</summary>
    public void Dispose()
    {
        if (_bits is { } bits)
        {
            _bits = null;
            ArrayPool<uint>.Shared.Return(bits);
            _text = string.Empty;
            _doc = null;
            if (_kept)
            {
                t_spare = this;
            }
        }
    }
}
