using FluentAssertions;
using QuoteKit.Lexicons;
using QuoteKit.Mentions;
using QuoteKit.Text;
using Xunit;

namespace QuoteKit.Tests.Mentions;

public sealed class TokenWordClassesTests
{
    private static TokenWordClasses For(string text, out DocumentIndex doc)
    {
        var paragraphs = Paragraphs.Find(text, CancellationToken.None);
        doc = DocumentIndex.Build(text, paragraphs, [], CancellationToken.None);
        return new TokenWordClasses(doc, Lexicon.Default);
    }

    [Theory]
    [InlineData(0, (int)WordClass.FunctionWord)]
    [InlineData(1, (int)WordClass.RoleNoun)]
    [InlineData(2, (int)WordClass.SpeechVerb)]
    public void Is_true_for_a_word_the_lexicon_of_the_class_holds(int token, int wordClass)
    {
        using var classes = For("The spokesman said nothing.", out _);

        classes.Is(token, (WordClass)wordClass).Should().BeTrue();
    }

    [Fact]
    public void A_word_has_the_same_classes_whatever_order_the_words_are_asked_in()
    {
        const string text = "Emily Baker told the Dane that Baker, a 42-year-old teacher, said: the Senator agreed.";
        using var forward = For(text, out var doc);
        using var backward = For(text, out _);

        var backwardClasses = Enumerable.Range(0, doc.TokenCount).Reverse().Select(backward.Of).Reverse().ToList();

        Enumerable.Range(0, doc.TokenCount).Select(forward.Of).Should().Equal(backwardClasses);
    }

    [Fact]
    public void Is_false_for_a_word_the_lexicon_does_not_hold()
    {
        using var classes = For("The spokesman said nothing.", out _);

        classes.Is(1, WordClass.SpeechVerb).Should().BeFalse();
    }

    [Fact]
    public void Is_gives_the_same_answer_when_asked_again()
    {
        using var classes = For("Officials believe it.", out _);
        bool first = classes.Is(1, WordClass.ThoughtVerb);

        classes.Is(1, WordClass.ThoughtVerb).Should().Be(first).And.BeTrue();
    }

    [Fact]
    public void Is_ignores_case_like_the_lexicons()
    {
        using var classes = For("SENATOR Smith SAID so.", out _);

        classes.Is(2, WordClass.SpeechVerb).Should().BeTrue();
    }
}

public sealed class WordClassTableTests
{
    [Theory]
    [InlineData("said", (int)WordClass.SpeechVerb)]
    [InlineData("She", (int)WordClass.Pronoun)]
    [InlineData("THE", (int)WordClass.Determiner)]
    [InlineData("officials", (int)WordClass.PluralRoleNoun)]
    [InlineData("According", (int)WordClass.StatementWord)]
    [InlineData("BY", (int)WordClass.StatementWord)]
    public void Of_includes_the_class_whose_lexicon_holds_the_word_in_any_case(string word, int wordClass)
    {
        var table = WordClassTable.For(Lexicon.Default);

        table.Of(word).HasFlag((WordClass)wordClass).Should().BeTrue();
    }

    [Theory]
    [InlineData("toward")]
    [InlineData("than")]
    [InlineData("ask")]
    public void Of_does_not_mark_as_a_statement_word_a_word_that_only_looks_like_one(string word)
    {
        WordClassTable.For(Lexicon.Default).Of(word).HasFlag(WordClass.StatementWord).Should().BeFalse();
    }

    [Fact]
    public void Of_is_empty_for_a_word_of_no_lexicon()
    {
        WordClassTable.For(Lexicon.Default).Of("zzqx").Should().Be((WordClass)0);
    }

    [Fact]
    public void Of_agrees_with_each_lexicon_on_its_own_words()
    {
        var lexicon = Lexicon.Default;
        var table = WordClassTable.For(lexicon);

        foreach (var word in lexicon.RoleNouns.Keys)
        {
            table.Of(word.ToUpperInvariant()).HasFlag(WordClass.RoleNoun).Should().BeTrue(word);
        }

        foreach (var word in lexicon.ThoughtVerbs.Keys)
        {
            table.Of(word).HasFlag(WordClass.ThoughtVerb).Should().BeTrue(word);
        }
    }

    [Theory]
    [InlineData("Russia’s", "RUSSIA’S")]
    [InlineData("Kremlin", "kREMLIN")]
    [InlineData("U.S.", "u.s.")]
    public void Of_gives_a_word_with_and_without_chars_outside_ASCII_the_classes_of_its_other_case(string word, string otherCase)
    {
        var table = WordClassTable.For(Lexicon.Default);

        table.Of(otherCase).Should().Be(table.Of(word)).And.NotBe((WordClass)0);
    }

    [Theory]
    [InlineData("U.S.", "U\u000ES\u000E")]
    [InlineData("Russia's", "Russia\u0007s")]
    public void Of_does_not_match_a_control_char_that_hashes_like_the_punctuation_of_a_word(string word, string lookalike)
    {
        // The ASCII table hashes chars with bit five set ('.' and U+000E alike); equality must still tell them apart.
        var table = WordClassTable.For(Lexicon.Default);

        table.Of(word).Should().NotBe((WordClass)0);
        table.Of(lookalike).Should().Be((WordClass)0);
    }

    [Fact]
    public void Of_agrees_with_each_lexicon_on_its_first_names_in_upper_case()
    {
        var lexicon = Lexicon.Default;
        var table = WordClassTable.For(lexicon);

        foreach (var word in lexicon.FirstNames.Keys)
        {
            table.Of(word.ToUpperInvariant()).HasFlag(WordClass.FirstName).Should().BeTrue(word);
        }
    }

    [Theory]
    [InlineData("American")] // eight chars: the packed table
    [InlineData("Americans")] // nine: the table of longer words
    public void Of_finds_words_on_either_side_of_the_packed_length_in_any_case(string word)
    {
        var table = WordClassTable.For(Lexicon.Default);

        table.Of(word.ToUpperInvariant()).HasFlag(WordClass.Place).Should().BeTrue();
    }

    [Theory]
    [InlineData("The SPOKESMAN said Russia’s officials told the Kremlin’s aide and a U.S. senator: he")]
    [InlineData("The CONGRESSWOMAN and the Spokeswoman, Americans, said representatives of organisations were unaccountably late")]
    [InlineData("she")] // fewer than eight chars of text from the word's start
    [InlineData("Spokeswoman")] // fewer than sixteen
    [InlineData("x\u0000he SaId")]
    public void Of_a_word_in_a_text_agrees_with_Of_the_word_alone(string text)
    {
        var table = WordClassTable.For(Lexicon.Default);
        int start = 0;
        int found = 0;
        foreach (var word in text.Split(' '))
        {
            var inText = table.Of(text, start, word.Length);
            inText.Should().Be(table.Of(word.AsSpan()), word);
            found += inText != 0 ? 1 : 0;
            start += word.Length + 1;
        }

        found.Should().BePositive();
    }

    [Fact]
    public void Of_tells_apart_short_words_whose_packed_chars_are_equal()
    {
        // "\0he" has the chars of "he" behind a zero; only the length packed above them tells the two apart.
        var table = WordClassTable.For(Lexicon.Default);

        table.Of("he").Should().NotBe((WordClass)0);
        table.Of("\u0000he").Should().Be((WordClass)0);
    }
}
