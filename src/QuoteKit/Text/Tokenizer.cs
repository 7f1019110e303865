using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace QuoteKit.Text;

/// <summary>
/// Splits text into words, numbers and punctuation in one left-to-right pass (linear time, no allocation
/// beyond the token list). Apostrophes and hyphens between letters stay inside words ("don’t", "Russia’s",
/// "China-Russia"); periods inside initialisms stay too ("U.S."), and ampersands between capitals ("AT&amp;T").
/// </summary>
internal static class Tokenizer
{
    // What the chars of a word are, gathered while it is read, so that no second pass over it is needed: a lower-case
    // letter (the word is not all capitals), a digit, or anything else (the word is not a number). The periods and
    // commas between digits and the periods of an initialism add nothing.
    private const int Lower = 1;
    private const int Digit = 2;
    private const int OtherChar = 4;

    /// <summary>An ASCII space char (<see cref="char.IsWhiteSpace(char)"/>), in <see cref="AsciiKinds"/> only.</summary>
    private const int Space = 8;

    /// <summary>The kind of each ASCII letter or digit, <see cref="Space"/> for white space; 0 for the other ASCII chars.</summary>
    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    private static byte[] BuildAsciiKinds()
    {
        var kinds = new byte[128];
        for (int c = 0; c < kinds.Length; c++)
        {
            kinds[c] = char.IsLetterOrDigit((char)c) ? (byte)KindOf((char)c) : char.IsWhiteSpace((char)c) ? (byte)Space : (byte)0;
        }

        return kinds;
    }

    /// <summary>The kind of a letter or digit.</summary>
    private static int KindOf(char c) => char.IsLower(c) ? Lower : char.IsDigit(c) ? Digit : OtherChar;

    public static Token[] Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        Tokenize(text, start, end, tokens);
        return tokens.ToArray();
    }

    /// <summary>Appends the tokens of <c>text[start..end)</c> to <paramref name="tokens"/> (a document's paragraphs share one list).</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        // Read through a span that ends at end, so that the loops' index checks against it go away. A word is read by
        // ReadWord, apart from this loop, so that both loops keep their few variables in registers.
        var span = text.AsSpan(0, end);
        var asciiKinds = AsciiKinds;
        int i = start;
        while ((uint)i < (uint)span.Length)
        {
            char c = span[i];
            int first;
            if ((uint)c < (uint)asciiKinds.Length)
            {
                first = asciiKinds[c];
                if (first == Space)
                {
                    i++;
                    continue;
                }
            }
            else if (char.IsWhiteSpace(c) || CharClass.IsInvisible(c))
            {
                i++;
                continue;
            }
            else
            {
                first = char.IsLetterOrDigit(c) ? KindOf(c) : 0;
            }

            if (first != 0)
            {
                var word = ReadWord(text, span, i, first);
                tokens.Add(word);
                i = word.End;
                continue;
            }

            // A surrogate pair or any other symbol is one punctuation token.
            int len = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(span[i + 1]) ? 2 : 1;
            tokens.Add(new Token(i, i + len, TokenKind.Punctuation, TokenFlags.None));
            i += len;
        }

        WorkCounter.Add(WorkKind.Characters, end - start); // each character is read a bounded number of times (at most three)
    }

    /// <summary>
    /// The word or number that starts at <paramref name="s"/> with a letter or digit of kind <paramref name="kinds"/>;
    /// <paramref name="span"/> is the text up to the paragraph's end.
    /// </summary>
    private static Token ReadWord(string text, ReadOnlySpan<char> span, int s, int kinds)
    {
        var asciiKinds = AsciiKinds;
        bool hasPeriod = false;
        int i = s + 1;
        var units = MemoryMarshal.Cast<char, ushort>(span);
        while (true)
        {
            // Most words are a run of ASCII letters and digits. Eight chars at a time are compared at once and the run's
            // length counted from a bit mask, so that where a word ends costs no mispredicted loop exit.
            while (Vector128.IsHardwareAccelerated && i <= units.Length - Vector128<ushort>.Count)
            {
                var v = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
                var lower = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                var upper = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A')));
                var digit = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)('9' - '0')));
                uint inWord = (lower | upper | digit).ExtractMostSignificantBits();
                int run = BitOperations.TrailingZeroCount(~inWord); // 0 to 8
                uint taken = (1u << run) - 1;
                kinds |= ((lower.ExtractMostSignificantBits() & taken) != 0 ? Lower : 0)
                    | ((digit.ExtractMostSignificantBits() & taken) != 0 ? Digit : 0)
                    | ((upper.ExtractMostSignificantBits() & taken) != 0 ? OtherChar : 0);
                i += run;
                if (run < Vector128<ushort>.Count)
                {
                    break;
                }
            }

            // The same, a char at a time, near the end of the text or without vectors.
            while ((uint)i < (uint)span.Length)
            {
                char a = span[i];
                if ((uint)a >= (uint)asciiKinds.Length)
                {
                    break;
                }

                int kind = asciiKinds[a];
                if ((uint)(kind - 1) >= Space - 1)
                {
                    break; // 0 (not a letter or digit) or Space
                }

                kinds |= kind;
                i++;
            }

            if ((uint)i >= (uint)span.Length)
            {
                break;
            }

            char d = span[i];
            if (d < 0x80)
            {
                if (asciiKinds[d] == Space)
                {
                    break; // the usual end of a word: white space joins nothing
                }

                // Other ASCII chars are neither surrogates nor marks: only the joiners below remain.
            }
            else if (char.IsLetterOrDigit(d))
            {
                kinds |= KindOf(d);
                i++;
                continue;
            }
            else
            {
                // A letter outside the BMP (𝐀, 𝑥) continues the word; both halves of the pair go in together.
                if (char.IsHighSurrogate(d) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]) && char.IsLetter(text, i))
                {
                    kinds |= OtherChar;
                    i += 2;
                    continue;
                }

                if (char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    kinds |= OtherChar;
                    i++;
                    continue;
                }
            }

            // Joiners inside a word: apostrophe, hyphen, period of an initialism, digit separators.
            if (i + 1 < span.Length && char.IsLetterOrDigit(span[i + 1]))
            {
                if (CharClass.IsApostrophe(d) || d == '-' || d == '\u2011')
                {
                    kinds |= OtherChar;
                    i++;
                    continue;
                }

                // An ampersand between capitals joins a company's initials: "AT&T", "P&G", "S&P".
                if (d == '&' && char.IsUpper(span[i - 1]) && char.IsUpper(span[i + 1]))
                {
                    kinds |= OtherChar;
                    i++;
                    continue;
                }

                if ((d == '.' || d == ',') && char.IsDigit(span[i - 1]) && char.IsDigit(span[i + 1]))
                {
                    i++;
                    continue;
                }

                if (d == '.' && char.IsLetter(span[i - 1]) && (i - 1 == s || span[i - 2] == '.'))
                {
                    // U.S., U.N., D.C.: single letters separated by periods.
                    hasPeriod = true;
                    i++;
                    continue;
                }
            }

            break;
        }

        // Keep the final period of an initialism ("U.S.") in the token.
        if (hasPeriod && i < span.Length && span[i] == '.' && i - 2 >= s && span[i - 2] == '.')
        {
            i++;
        }

        // Only digits and the periods and commas between them: a number.
        bool digitsOnly = (kinds & ~Digit) == 0;
        var flags = TokenFlags.None;
        if (char.IsUpper(span[s]) || ((kinds & OtherChar) != 0 && IsArticleBeforeName(span[s..i]))) // a joined article sets OtherChar (its hyphen)
        {
            flags |= TokenFlags.Capitalized;
            if ((kinds & Lower) == 0)
            {
                flags |= TokenFlags.AllCaps;
            }
        }

        if (hasPeriod)
        {
            flags |= TokenFlags.HasPeriod;
        }

        return new Token(s, i, digitsOnly ? TokenKind.Number : TokenKind.Word, flags);
    }

    /// <summary>
    /// Whether a word is a name behind the lower-case Arabic article, which is written joined to it: "al-Assad",
    /// "el-Sisi" (capitalised, as the name is; "al-" before a lower-case word is no name).
    /// </summary>
    private static bool IsArticleBeforeName(ReadOnlySpan<char> word) =>
        word.Length > 4 && word[0] is 'a' or 'e' && word[1] == 'l' && word[2] is '-' or '\u2011' && char.IsUpper(word[3]);
}
