using QuoteKit.Text;

namespace QuoteKit.Detection;

/// <summary>
/// Pairs opening and closing quotation marks, paragraph by paragraph, with one stack of open quotes.
/// Each mark is decided once from its glyph and its context (what stands before and after it), is pushed at
/// most once and popped at most once, so the work is linear in the text length whatever the input.
/// </summary>
/// <remarks>
/// <para>How a mark is read:</para>
/// <list type="bullet">
/// <item>Its position: after a space, start of paragraph, bracket or dash and before a word it can only open;
/// after a word or punctuation and before a space, end of paragraph or punctuation it can only close; otherwise
/// its glyph decides (“ opens, ” closes) and a straight " closes when a quote is open, else opens.</item>
/// <item>Single marks are apostrophes when they stand between two letters (don’t, O’Brien), when they open an
/// elision (’90s, ’em, rock ’n’ roll), or when they follow a word but no single quote is open (the Joneses’ car), or
/// when they follow a word in s before a lower-case word while the open single quote closes later after punctuation
/// (‘The players’ union is clear,’ he said): one backward pass over the paragraph's marks finds those later closers.</item>
/// <item>A closing mark closes the innermost open quote of its family, abandoning the unclosed quotes above it;
/// a single closing mark only closes a single quote that is innermost.</item>
/// <item>At a paragraph end, the outermost quote still open continues when the next paragraph opens with a mark
/// of its family (news convention); otherwise every open quote is abandoned. An abandoned quote reports nothing,
/// but the complete quotes inside it are kept.</item>
/// </list>
/// </remarks>
internal sealed class QuotePairing
{
    /// <summary>How far a mark looks past adjacent marks (“‘ or ’”) for the character that decides its position.</summary>
    private const int MaxAdjacentMarks = 4;

    /// <summary>The longest word read after a comma for a list of plural possessives (players’, managers’ and fans’).</summary>
    private const int MaxListedPossessive = 24;

    /// <summary>The longest elision recognised after an apostrophe ("twas", "cause").</summary>
    private const int MaxElisionLength = 6;

    private const int SlotCount = 8;
    private const int DoubleSlot = 0;
    private const int SingleSlot = 1;

    private string _text = string.Empty;
    private bool _entities;
    private ScanSteps? _work;
    private readonly List<QuotationMark> _marks = [];

    /// <summary>Per mark of the paragraph: a single quote's closing mark after punctuation (…,’ he) comes later, before any single opening mark.</summary>
    private readonly List<bool> _strongSingleCloseAhead = [];

    /// <summary>Per mark of the paragraph: a double mark that may close (” or ") comes later in the paragraph.</summary>
    private readonly List<bool> _doubleCloseAhead = [];
    private readonly List<Frame> _stack = [];
    private readonly int[] _open = new int[SlotCount];
    private List<QuotedSpan> _done = null!; // set by Rent
    private Recycler<QuotedSpan>? _recycled;
    private int _apostropheAt = -1;

    /// <summary>Part lists of quotes that ran across paragraphs, emptied, for the next such quote (few are ever open at once).</summary>
    private readonly Stack<List<TextSpan>> _spareLists = new();

    /// <summary>Most part lists kept, and the largest one kept.</summary>
    private const int MaxSpareLists = 8, MaxSpareListCapacity = 256;

    /// <summary>Largest mark list kept for reuse by a thread.</summary>
    private const int MaxKeptMarks = 1 << 14;

    // The pairing of this thread's last document, released, kept for the next one.
    [ThreadStatic]
    private static QuotePairing? t_spare;

    private QuotePairing()
    {
    }

    /// <summary>A pairing for one document: the one this thread released last, or a new one. <see cref="Release"/> it when done.</summary>
    /// <param name="text">The document.</param>
    /// <param name="recognizeHtmlEntities">Whether <c>&amp;quot;</c> and its kin count as marks.</param>
    /// <param name="work">Counts the steps, when given.</param>
    /// <param name="completed">The list the completed quotations are added to (emptied first); a new one when null.</param>
    /// <param name="recycled">Where the quotation objects come from (a per-thread workspace), when given.</param>
    public static QuotePairing Rent(string text, bool recognizeHtmlEntities, ScanSteps? work, List<QuotedSpan>? completed = null, Recycler<QuotedSpan>? recycled = null)
    {
        var pairing = t_spare ?? new QuotePairing();
        t_spare = null;
        pairing._done = completed ?? [];
        pairing._done.Clear();
        pairing._recycled = recycled;
        pairing._text = text;
        pairing._entities = recognizeHtmlEntities;
        pairing._work = work;
        pairing._marks.Clear();
        pairing._stack.Clear();
        Array.Clear(pairing._open);
        pairing._apostropheAt = -1;
        return pairing;
    }

    /// <summary>
    /// Forgets the document and keeps the pairing (unless its lists grew large) for the thread's next one; neither the
    /// pairing nor its <see cref="Completed"/> property may be used afterwards (the list itself stays the caller's).
    /// </summary>
    public void Release()
    {
        _done = null!; // the caller's list: not kept
        _recycled = null;
        _work = null;
        _text = string.Empty;
        if (_marks.Capacity <= MaxKeptMarks && _stack.Capacity <= MaxKeptMarks && _strongSingleCloseAhead.Capacity <= MaxKeptMarks
            && _doubleCloseAhead.Capacity <= MaxKeptMarks)
        {
            _marks.Clear();
            _strongSingleCloseAhead.Clear();
            _doubleCloseAhead.Clear();
            _stack.Clear();
            t_spare = this;
        }
    }

    private enum Position : byte
    {
        /// <summary>Space (or start, bracket, dash) before, a word after: can only open.</summary>
        Opening,

        /// <summary>A word or punctuation before, space (or end, punctuation) after: can only close.</summary>
        Closing,

        /// <summary>Space on both sides: the state decides.</summary>
        Detached,

        /// <summary>Non-space on both sides: the glyph and the state decide.</summary>
        Attached,
    }

    /// <summary>The outermost quotations completed so far, in document order.</summary>
    public List<QuotedSpan> Completed => _done;

    /// <summary>Pairs the marks of <paramref name="paragraph"/>; <paramref name="next"/> decides whether a quote left open continues.</summary>
    public void ScanParagraph(TextSpan paragraph, TextSpan? next, CancellationToken cancellationToken)
    {
        CollectMarks(paragraph);
        FindStrongSingleClosers(paragraph);
        int first = 0;
        if (_stack.Count > 0)
        {
            // The quote left open by the previous paragraph resumes after this paragraph's opening mark.
            var resumed = _stack[0];
            _stack[0] = resumed with { OuterStart = _marks[0].Start, ContentStart = _marks[0].End };
            first = 1;
        }

        for (int k = first; k < _marks.Count; k++)
        {
            if ((k & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Decide(k, paragraph);
        }

        EndParagraph(paragraph, next);
    }

    private void CollectMarks(TextSpan p)
    {
        _marks.Clear();
        int i = p.Start;
        while (i < p.End)
        {
            i = QuotationMarks.IndexOfMayStartMark(_text, i, p.End, _entities);
            if (i < 0)
            {
                break;
            }

            char c = _text[i];

            if (c == '\'' && i + 2 < p.End && _text[i + 1] == '\'' && _text[i + 2] == '\'')
            {
                i = CollectApostropheRun(p, i);
                continue;
            }

            if (c == '\'' && i + 2 < p.End && _text[i + 1] == '\'' && OpensElisionAfterSingleQuote(p, i))
            {
                _marks.Add(new QuotationMark(i, 1, QuoteFamily.Single, MarkBias.Either, '\''));
                i += 2; // ''Cause: a single quote, then the apostrophe of 'cause
                continue;
            }

            if (QuotationMarks.TryRead(_text, i, p.End, _entities, out var mark))
            {
                _marks.Add(mark);
                i += mark.Length;
            }
            else
            {
                i++;
            }
        }

        _work?.Add(p.Length);
    }

    /// <summary>
    /// Two straight apostrophes at <paramref name="i"/> after space or the paragraph start and before an elided word
    /// (''Cause, ''Tis, ''90s): a single quote opening on a shortened word, not the wire-text double mark ''.
    /// </summary>
    private bool OpensElisionAfterSingleQuote(TextSpan p, int i)
    {
        if (i > p.Start && !IsOpeningContext(_text[i - 1]))
        {
            return false;
        }

        int saved = _apostropheAt;
        bool elision = QuotationMarks.IsWordChar(_text[i + 2]) && IsElision(new QuotationMark(i + 1, 1, QuoteFamily.Single, MarkBias.Either, '\''), p);
        _apostropheAt = saved;
        return elision;
    }

    /// <summary>
    /// Splits a run of three or more straight apostrophes into '' (double) and ' (single) marks: after a word the
    /// single one comes first (it closes the inner quote), otherwise the double one does ('''Hello → '' + ').
    /// </summary>
    private int CollectApostropheRun(TextSpan p, int i)
    {
        int end = i;
        while (end < p.End && _text[end] == '\'')
        {
            end++;
        }

        int n = end - i;
        bool afterWord = i > p.Start && !CharClass.IsSpace(_text[i - 1]) && !IsOpeningContext(_text[i - 1]);
        int at = i;
        if (n % 2 == 1 && afterWord)
        {
            _marks.Add(new QuotationMark(at, 1, QuoteFamily.Single, MarkBias.Either, '\''));
            at++;
        }

        while (end - at >= 2)
        {
            _marks.Add(new QuotationMark(at, 2, QuoteFamily.Double, MarkBias.Either, '"'));
            at += 2;
        }

        if (at < end)
        {
            _marks.Add(new QuotationMark(at, 1, QuoteFamily.Single, MarkBias.Either, '\''));
        }

        return end;
    }

    private void Decide(int k, TextSpan p)
    {
        var mark = _marks[k];
        _work?.Add(1);
        if (mark.Start == _apostropheAt)
        {
            return;
        }

        var position = PositionOf(k, p);
        if (mark.Family == QuoteFamily.Single)
        {
            DecideSingle(k, mark, position, p);
            return;
        }

        if (mark.Family == QuoteFamily.Double && IsInchMark(mark, p))
        {
            return; // 6’2”
        }

        bool open;
        if (mark.Family is QuoteFamily.Corner or QuoteFamily.WhiteCorner)
        {
            // CJK text has no spaces to read a position from: the glyph is unambiguous.
            open = mark.Bias == MarkBias.Open;
        }
        else
        {
            open = position switch
            {
                Position.Opening => true,
                Position.Closing => false,

                // Glued to the punctuation that ends the quoted words (…views.“[Source]): it closes an open quote.
                Position.Attached when AfterClosingPunctuation(mark, p) && _open[CloserSlot(mark)] > 0 => false,
                _ => mark.Bias switch
                {
                    MarkBias.Open => true,
                    MarkBias.Close => false,
                    _ => _open[CloserSlot(mark)] == 0,
                },
            };
        }

        if (open)
        {
            Push(mark);
        }
        else
        {
            TryClose(mark);
        }
    }

    private void DecideSingle(int k, QuotationMark mark, Position position, TextSpan p)
    {
        char before = mark.Start > p.Start ? _text[mark.Start - 1] : ' ';
        char after = mark.End < p.End ? _text[mark.End] : ' ';
        if (QuotationMarks.IsWordChar(before) && QuotationMarks.IsWordChar(after))
        {
            return; // don’t, O’Brien, rock’n’roll
        }

        switch (position)
        {
            case Position.Opening:
                if (!IsElision(mark, p))
                {
                    Push(mark);
                }

                break;
            case Position.Closing when IsPluralPossessive(k, mark, p):
                break; // ‘The players’ union is clear,’ he said.
            case Position.Closing when ClosesMismatchedDouble(k, mark, p):
                CloseTop(mark); // “Let’s go.’ The players stood.
                break;
            case Position.Closing:
            case Position.Detached:
                TryCloseSingle(mark);
                break;
            default:
                if (mark.Bias == MarkBias.Open)
                {
                    Push(mark);
                }
                else if (!TryCloseSingle(mark) && mark.Bias == MarkBias.Either && !QuotationMarks.IsWordChar(before))
                {
                    Push(mark);
                }

                break;
        }
    }

    /// <summary>
    /// A typo'd closer: the innermost open quote is a double one, the single mark follows the punctuation that ends the
    /// quoted words (“Let’s go.’ The players stood.), and no double mark that could close it comes later in the
    /// paragraph. The single mark closes the double quote instead of leaving it to be abandoned.
    /// </summary>
    private bool ClosesMismatchedDouble(int k, QuotationMark mark, TextSpan p) =>
        _stack.Count > 0 && _stack[^1].Slot == DoubleSlot && !_doubleCloseAhead[k] && AfterClosingPunctuation(mark, p);

    /// <summary>
    /// A single quote is open, and the mark follows a word ending in s and comes before a space and a lower-case word,
    /// while a closing mark after punctuation follows later in the paragraph before any new single quote opens: the
    /// mark is a plural possessive's apostrophe (‘The players’ union is clear,’ he said), not the quote's end.
    /// </summary>
    private bool IsPluralPossessive(int k, QuotationMark mark, TextSpan p)
    {
        if (_stack.Count == 0 || _stack[^1].Slot != SingleSlot || !_strongSingleCloseAhead[k]
            || mark.Start - 1 <= p.Start || _text[mark.Start - 1] is not ('s' or 'S') || !char.IsLetter(_text[mark.Start - 2]))
        {
            return false;
        }

        int i = mark.End;
        _work?.Add(2);
        if (i + 1 < p.End && _text[i] == ' ' && (char.IsLower(_text[i + 1]) || char.IsAsciiDigit(_text[i + 1])))
        {
            return true;
        }

        // One of a list of plural possessives: ‘The players’, managers’ and fans’ views differ,’ she said.
        return i + 2 < p.End && _text[i] == ',' && _text[i + 1] == ' ' && EndsWithPluralPossessive(i + 2, p);
    }

    /// <summary>A lower-case word in s followed by an apostrophe starts at <paramref name="start"/> (managers’); reads at most <see cref="MaxListedPossessive"/> characters.</summary>
    private bool EndsWithPluralPossessive(int start, TextSpan p)
    {
        if (!char.IsLower(_text[start]))
        {
            return false;
        }

        int limit = Math.Min(p.End, start + MaxListedPossessive);
        int j = start;
        while (j < limit && char.IsLetter(_text[j]))
        {
            j++;
        }

        _work?.Add(j - start + 1);
        return j < limit && j - start >= 2 && _text[j - 1] is 's' && CharClass.IsApostrophe(_text[j]);
    }

    /// <summary>
    /// Fills <see cref="_strongSingleCloseAhead"/> for the paragraph's marks in one backward pass: a single closing
    /// mark right after , . ! ? or … and before space or the paragraph end counts, and so does one after a word that
    /// ends the paragraph (a headline's quote); a single mark after space and
    /// before a word (an opening one) stops the search. Fills <see cref="_doubleCloseAhead"/> in the same pass.
    /// </summary>
    private void FindStrongSingleClosers(TextSpan p)
    {
        _strongSingleCloseAhead.Clear();
        _doubleCloseAhead.Clear();
        for (int k = 0; k < _marks.Count; k++)
        {
            _strongSingleCloseAhead.Add(false);
            _doubleCloseAhead.Add(false);
        }

        bool ahead = false, doubleAhead = false;
        for (int k = _marks.Count - 1; k >= 0; k--)
        {
            _strongSingleCloseAhead[k] = ahead;
            _doubleCloseAhead[k] = doubleAhead;
            var mark = _marks[k];
            if (mark.Family != QuoteFamily.Single)
            {
                doubleAhead |= mark.Family == QuoteFamily.Double && mark.Bias != MarkBias.Open;
                continue;
            }

            char before = mark.Start > p.Start ? _text[mark.Start - 1] : ' ';
            char after = mark.End < p.End ? _text[mark.End] : ' ';
            // A headline's quote ends the paragraph without punctuation: Minister: ‘We will not cut teachers’ pay’.
            if (mark.Bias != MarkBias.Open && ((before is '.' or ',' or '!' or '?' or '\u2026' && (mark.End == p.End || CharClass.IsSpace(after)))
                || (mark.End == p.End && QuotationMarks.IsWordChar(before))))
            {
                ahead = true;
            }
            else if (mark.Bias != MarkBias.Close && IsOpeningContext(before) && QuotationMarks.IsWordChar(after) && !IsElisionAhead(mark, p))
            {
                ahead = false;
            }
        }

        _work?.Add(_marks.Count);
    }

    /// <summary>
    /// <see cref="IsElision"/> without its note of the second apostrophe of ’n’: the pass that looks ahead for a quote's
    /// end steps over ’90s and rock ’n’ roll, which open no quote (‘The Joneses’ car, the ’90s,’ she said).
    /// </summary>
    private bool IsElisionAhead(QuotationMark mark, TextSpan p)
    {
        int saved = _apostropheAt;
        bool elision = IsElision(mark, p);
        _apostropheAt = saved;
        return elision;
    }

    private bool AfterClosingPunctuation(QuotationMark mark, TextSpan p) =>
        mark.Start > p.Start && _text[mark.Start - 1] is '.' or ',' or '!' or '?' or '\u2026';

    /// <summary>The ” of a height in feet and inches (6’2”, 5'10"): digits, a prime or apostrophe, digits.</summary>
    private bool IsInchMark(QuotationMark mark, TextSpan p)
    {
        int i = mark.Start - 1;
        int digits = 0;
        while (i >= p.Start && digits < 3 && char.IsAsciiDigit(_text[i]))
        {
            i--;
            digits++;
        }

        _work?.Add(digits + 1);
        return digits is 1 or 2 && i > p.Start && _text[i] is '\'' or '\u2019' or '\u2032' && char.IsAsciiDigit(_text[i - 1]);
    }

    /// <summary>
    /// An apostrophe that opens a shortened word rather than a quote: ’90s, ’08, ’em, ’til, ’cause, rock ’n’ roll.
    /// Looks at no more than <see cref="MaxElisionLength"/> characters.
    /// </summary>
    private bool IsElision(QuotationMark mark, TextSpan p)
    {
        int i = mark.End;
        int limit = Math.Min(p.End, i + MaxElisionLength + 1);
        int j = i;
        while (j < limit && char.IsAsciiDigit(_text[j]))
        {
            j++;
        }

        _work?.Add(j - i + 1);
        if (j - i == 2 && (j == p.End || !char.IsAsciiDigit(_text[j])))
        {
            return true; // ’90s, class of ’08
        }

        if (j > i)
        {
            return false;
        }

        while (j < limit && char.IsAsciiLetter(_text[j]))
        {
            j++;
        }

        _work?.Add(j - i);
        if (j == i || j - i > MaxElisionLength || (j < p.End && QuotationMarks.IsWordChar(_text[j])))
        {
            return false;
        }

        var word = _text.AsSpan(i, j - i);
        if (!QuoteWordLists.IsElision(word))
        {
            return false;
        }

        if (word.Length == 1 && j < p.End && CharClass.IsApostrophe(_text[j]))
        {
            _apostropheAt = j; // the second apostrophe of ’n’
        }

        return true;
    }

    private Position PositionOf(int k, TextSpan p)
    {
        int j = k;
        int start = _marks[k].Start;
        while (j > 0 && _marks[j - 1].End == start && k - j < MaxAdjacentMarks)
        {
            j--;
            start = _marks[j].Start;
        }

        j = k;
        int end = _marks[k].End;
        while (j + 1 < _marks.Count && _marks[j + 1].Start == end && j - k < MaxAdjacentMarks)
        {
            j++;
            end = _marks[j].End;
        }

        _work?.Add(1 + (j - k) + (_marks[k].Start - start));
        bool spaceBefore = start == p.Start || IsOpeningContext(_text[start - 1]);
        bool spaceAfter = end == p.End || IsClosingContext(_text[end]);
        return (spaceBefore, spaceAfter) switch
        {
            (true, false) => Position.Opening,
            (false, true) => Position.Closing,
            (true, true) => Position.Detached,
            _ => Position.Attached,
        };
    }

    /// <summary>What may stand before an opening mark: space, an opening bracket, a dash or a slash.</summary>
    private static bool IsOpeningContext(char c) =>
        CharClass.IsSpace(c) || c is '(' or '[' or '{' or '<' or '/' || CharClass.IsDash(c);

    /// <summary>What may stand after a closing mark: space, sentence punctuation, a closing bracket, a dash or a slash.</summary>
    private static bool IsClosingContext(char c) =>
        CharClass.IsSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '>' or '/' or '\u2026'
        || CharClass.IsDash(c);

    /// <summary>The stack slot of an opening mark: which closing marks it waits for.</summary>
    private static int OpenerSlot(QuotationMark mark) => mark.Family switch
    {
        QuoteFamily.Double => DoubleSlot,
        QuoteFamily.Single => SingleSlot,
        QuoteFamily.Guillemet => mark.Glyph == '\u00AB' ? 2 : 3,
        QuoteFamily.SingleGuillemet => mark.Glyph == '\u2039' ? 4 : 5,
        QuoteFamily.Corner => 6,
        _ => 7,
    };

    /// <summary>The stack slot a closing mark closes: for guillemets, the one opened by the mirror glyph.</summary>
    private static int CloserSlot(QuotationMark mark) => mark.Family switch
    {
        QuoteFamily.Double => DoubleSlot,
        QuoteFamily.Single => SingleSlot,
        QuoteFamily.Guillemet => mark.Glyph == '\u00BB' ? 2 : 3,
        QuoteFamily.SingleGuillemet => mark.Glyph == '\u203A' ? 4 : 5,
        QuoteFamily.Corner => 6,
        _ => 7,
    };

    private void Push(QuotationMark mark)
    {
        int slot = OpenerSlot(mark);
        _open[slot]++;
        _stack.Add(new Frame(mark.Family, slot, mark.Glyph, mark.Start, mark.End, _done.Count));
        _work?.Add(1);
    }

    /// <summary>Closes the innermost open quote of the mark's family, abandoning the quotes opened inside it and left open.</summary>
    private bool TryClose(QuotationMark mark)
    {
        int slot = CloserSlot(mark);
        if (_open[slot] == 0)
        {
            return false;
        }

        while (_stack[^1].Slot != slot)
        {
            Abandon();
        }

        CloseTop(mark);
        return true;
    }

    /// <summary>A single closing mark closes only an innermost single quote: it never cuts a double quote short.</summary>
    private bool TryCloseSingle(QuotationMark mark)
    {
        if (_stack.Count == 0 || _stack[^1].Slot != SingleSlot)
        {
            return false;
        }

        CloseTop(mark);
        return true;
    }

    private void Abandon()
    {
        var frame = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        _open[frame.Slot]--;
        _work?.Add(1);
        KeepLists(frame);

        // Quotes completed inside an abandoned one stay: they become children of the frame below, or outermost.
    }

    private void CloseTop(QuotationMark closer)
    {
        var frame = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        _open[frame.Slot]--;
        int children = _done.Count - frame.DoneIndex;
        _done.RemoveRange(frame.DoneIndex, children);
        _work?.Add(1 + children);

        var content = Trim(frame.ContentStart, closer.Start);
        TextSpan[] parts, outer;
        if (frame.Parts is null)
        {
            if (content.IsEmpty)
            {
                return;
            }

            var marked = new TextSpan(frame.OuterStart, closer.End);
            if (_recycled is not null)
            {
                _done.Add(_recycled.Next().ReuseSingle(content, marked, QuoteRole.Direct));
                MarkSameFamilyChild(frame);
                return;
            }

            parts = [content];
            outer = [marked];
        }
        else
        {
            if (!content.IsEmpty)
            {
                frame.Parts.Add(content);
                frame.Outer!.Add(new TextSpan(frame.OuterStart, closer.End));
            }

            if (frame.Parts.Count == 0)
            {
                return;
            }

            if (_recycled is not null)
            {
                _done.Add(_recycled.Next().ReuseMany(frame.Parts, frame.Outer!, QuoteRole.Direct));
                KeepLists(frame);
                MarkSameFamilyChild(frame);
                return;
            }

            parts = frame.Parts.ToArray();
            outer = frame.Outer!.ToArray();
            KeepLists(frame);
        }

        _done.Add(new QuotedSpan(parts, outer, QuoteRole.Direct));
        MarkSameFamilyChild(frame);
    }

    /// <summary>An emptied part list kept from an earlier quote, or a new one.</summary>
    private List<TextSpan> SpareList() => _spareLists.TryPop(out var list) ? list : [];

    /// <summary>Keeps the part lists of <paramref name="frame"/>, which has left the stack, for a later quote.</summary>
    private void KeepLists(Frame frame)
    {
        Keep(frame.Parts);
        Keep(frame.Outer);
    }

    private void Keep(List<TextSpan>? list)
    {
        if (list is not null && list.Capacity <= MaxSpareListCapacity && _spareLists.Count < MaxSpareLists)
        {
            list.Clear();
            _spareLists.Push(list);
        }
    }

    /// <summary>Notes on the enclosing open quote, when of the same family and style, that <paramref name="frame"/> closed inside it.</summary>
    private void MarkSameFamilyChild(Frame frame)
    {
        if (_stack.Count > 0 && _stack[^1].Family == frame.Family && SameStyle(_stack[^1].Glyph, frame.Glyph))
        {
            _stack[^1] = _stack[^1] with { HasSameFamilyChild = true };
        }
    }

    /// <summary>Both straight or both typographic: a quote nested in one of the same style suggests a stray mark.</summary>
    private static bool SameStyle(char a, char b) => (a is '"' or '\'') == (b is '"' or '\'');

    private void EndParagraph(TextSpan p, TextSpan? next)
    {
        if (_stack.Count == 0)
        {
            return;
        }

        var bottom = _stack[0];
        if (next is { } n && !bottom.HasSameFamilyChild && OpensContinuation(n, bottom))
        {
            while (_stack.Count > 1)
            {
                Abandon();
            }

            var parts = bottom.Parts ?? SpareList();
            var outer = bottom.Outer ?? SpareList();
            var content = Trim(bottom.ContentStart, p.End);
            if (!content.IsEmpty)
            {
                parts.Add(content);
                outer.Add(new TextSpan(bottom.OuterStart, p.End));
            }

            _stack[0] = bottom with { Parts = parts, Outer = outer };
            return;
        }

        while (_stack.Count > 0)
        {
            Abandon();
        }
    }

    /// <summary>True when paragraph <paramref name="next"/> starts with a mark that resumes <paramref name="frame"/>.</summary>
    private bool OpensContinuation(TextSpan next, Frame frame)
    {
        if (next.IsEmpty || !QuotationMarks.MayStartMark(_text[next.Start], _entities))
        {
            return false;
        }

        if (!QuotationMarks.TryRead(_text, next.Start, next.End, _entities, out var mark) || mark.Family != frame.Family)
        {
            return false;
        }

        if (mark.Family == QuoteFamily.Single)
        {
            // ’Tis and ’90s open paragraphs too; an apostrophe before a letter-led elision is no quote.
            if (mark.End < next.End && QuotationMarks.IsWordChar(_text[mark.End]) && IsElision(mark, next))
            {
                _apostropheAt = -1;
                return false;
            }
        }

        return mark.Family is not (QuoteFamily.Corner or QuoteFamily.WhiteCorner) || mark.Bias == MarkBias.Open;
    }

    private TextSpan Trim(int start, int end)
    {
        int s = start, e = end;
        while (s < e && CharClass.IsSpace(_text[s]))
        {
            s++;
        }

        while (e > s && CharClass.IsSpace(_text[e - 1]))
        {
            e--;
        }

        _work?.Add(1 + (s - start) + (end - e));
        return new TextSpan(s, e);
    }

    /// <summary>An open quote waiting for its closing mark.</summary>
    private readonly record struct Frame(QuoteFamily Family, int Slot, char Glyph, int OuterStart, int ContentStart, int DoneIndex)
    {
        /// <summary>
        /// A complete quote of the same family and style lies inside ("… "…" …): the frame is more likely a stray
        /// mark than a quote spanning paragraphs.
        /// </summary>
        public bool HasSameFamilyChild { get; init; }

        /// <summary>Parts from earlier paragraphs, for a quote continuing across paragraphs; null otherwise.</summary>
        public List<TextSpan>? Parts { get; init; }

        /// <summary>The same parts with their marks.</summary>
        public List<TextSpan>? Outer { get; init; }
    }
}
