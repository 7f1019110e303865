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
        return new TokenWordClasses(doc, Lexicon.Default, AttributionLexicon.Default);
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
