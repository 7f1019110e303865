using System.Buffers;
using QuoteKit.Lexicons;
using QuoteKit.Text;

namespace QuoteKit.Mentions;

/// <summary>Lexicons a token's word can belong to, as far as the mention finder asks about them.</summary>
[Flags]
internal enum WordClass : byte
{
    RoleNoun = 1,
    FirstName = 2,
    Title = 4,
    FunctionWord = 8,
    SpeechVerb = 16,
    ThoughtVerb = 32,
}

/// <summary>
/// Remembers, for each token of one document, which lexicons hold its word. The mention finder's windows look at the
/// same token several times (as a modifier, then as the word before a role noun, then in a name run); each lexicon is
/// asked about a token at most once, and only when a question needs it. Two bytes a token in a pooled array; dispose
/// it to return the array. One instance serves one document on one thread.
/// </summary>
internal sealed class TokenWordClasses : IDisposable
{
    private readonly string _text;
    private readonly DocumentIndex _doc;
    private readonly Lexicon _lexicon;
    private readonly AttributionLexicon _places;

    // Per token: low byte = classes already looked up, high byte = classes that hold the word.
    private ushort[]? _bits;

    public TokenWordClasses(DocumentIndex doc, Lexicon lexicon, AttributionLexicon places)
    {
        _text = doc.Text;
        _doc = doc;
        _lexicon = lexicon;
        _places = places;
        _bits = ArrayPool<ushort>.Shared.Rent(Math.Max(1, doc.TokenCount));
        Array.Clear(_bits, 0, doc.TokenCount);
    }

    /// <summary>Whether the lexicon of <paramref name="wordClass"/> (a single class) holds the word of token <paramref name="token"/>.</summary>
    public bool Is(int token, WordClass wordClass)
    {
        var bits = _bits ?? throw new ObjectDisposedException(nameof(TokenWordClasses));
        ref ushort entry = ref bits[token];
        int c = (int)wordClass;
        if ((entry & c) == 0)
        {
            entry |= (ushort)(c | (Lookup(Word(token), wordClass) ? c << 8 : 0));
        }

        return ((entry >> 8) & c) != 0;
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

    private bool Lookup(ReadOnlySpan<char> word, WordClass wordClass) => wordClass switch
    {
        WordClass.RoleNoun => _lexicon.RoleNouns.ContainsKey(word),
        WordClass.FirstName => _lexicon.FirstNames.ContainsKey(word),
        WordClass.Title => _lexicon.Titles.Contains(word),
        WordClass.FunctionWord => _places.FunctionWords.Contains(word),
        WordClass.SpeechVerb => _lexicon.SpeechVerbs.ContainsKey(word),
        WordClass.ThoughtVerb => _lexicon.ThoughtVerbs.ContainsKey(word),
        _ => throw new ArgumentOutOfRangeException(nameof(wordClass)),
    };
}
