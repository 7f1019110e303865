using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuoteKit.Text;

namespace QuoteKit.Tests.Text;

/// <summary>Text made of short and long words, numbers, joiners and spaces, for the tokenizer's properties.</summary>
public sealed record TokenizerText(string Text)
{
    public override string ToString() => Text;
}

public static class TokenizerTextArbitrary
{
    private static readonly string[] Pieces =
    [
        "a", "Xi", "said", "UNESCO", "Internationalisation", "INTERNATIONALISATION", "McConnell", "2016", "1,234,567.89",
        "12345678901", "abc123def456", "U.S.", "don’t", "so-called", "Ç", "naïveté", "𝐂", " ", " ", "  ", ".", ",", "-", "’",
    ];

    public static Arbitrary<TokenizerText> Texts() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(p => new TokenizerText(string.Concat(p))).ToArbitrary();
}

public sealed class TokenizerTests
{
    [Property(Arbitrary = [typeof(TokenizerTextArbitrary)])]
    public void Tokens_do_not_depend_on_how_much_text_follows_the_last_word(TokenizerText text)
    {
        // Words are read eight chars at a time where eight chars remain, and a char at a time near the end: padding
        // the text moves every word from one way to the other.
        var padded = text.Text + new string(' ', 16);
        Tokenizer.Tokenize(text.Text, 0, text.Text.Length).Should().Equal(Tokenizer.Tokenize(padded, 0, padded.Length));
    }

    [Fact]
    public void A_long_lower_case_word_is_one_word_token()
    {
        const string text = "internationalisation is";
        var token = Tokenizer.Tokenize(text, 0, text.Length)[0];
        token.Should().Be(new Token(0, 20, TokenKind.Word, TokenFlags.None));
    }

    [Fact]
    public void A_capitalised_word_longer_than_eight_chars_is_not_all_capitals()
    {
        const string text = "Washington said";
        Tokenizer.Tokenize(text, 0, text.Length)[0].Flags.Should().Be(TokenFlags.Capitalized);
    }

    [Fact]
    public void An_all_capitals_word_longer_than_eight_chars_is_all_capitals()
    {
        const string text = "WASHINGTON said";
        Tokenizer.Tokenize(text, 0, text.Length)[0].Flags.Should().Be(TokenFlags.Capitalized | TokenFlags.AllCaps);
    }

    [Fact]
    public void A_long_run_of_digits_is_a_number()
    {
        const string text = "12345678901234 people";
        Tokenizer.Tokenize(text, 0, text.Length)[0].Kind.Should().Be(TokenKind.Number);
    }

    [Fact]
    public void Digits_followed_by_a_letter_after_the_eighth_char_make_a_word()
    {
        const string text = "123456789a people";
        Tokenizer.Tokenize(text, 0, text.Length)[0].Should().Be(new Token(0, 10, TokenKind.Word, TokenFlags.None));
    }

    [Fact]
    public void A_word_stops_at_the_end_of_the_range_even_when_text_follows()
    {
        const string text = "internationalisation";
        Tokenizer.Tokenize(text, 0, 5).Should().Equal(new Token(0, 5, TokenKind.Word, TokenFlags.None));
    }

    [Fact]
    public void An_ampersand_between_capitals_stays_inside_the_word()
    {
        const string text = "AT&T said";
        Tokenizer.Tokenize(text, 0, text.Length)[0].Should().Be(new Token(0, 4, TokenKind.Word, TokenFlags.Capitalized | TokenFlags.AllCaps));
    }

    [Fact]
    public void A_spaced_ampersand_is_a_token_of_its_own()
    {
        const string text = "Johnson & Johnson";
        Tokenizer.Tokenize(text, 0, text.Length).Should().HaveCount(3);
    }
}
