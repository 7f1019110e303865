using FluentAssertions;
using QuoteKit.Mentions;
using QuoteKit.Text;

namespace QuoteKit.Tests.Mentions;

public sealed class LowerCaseWordSetTests
{
    private const string Text = "Reform came. The minister said reform was slow, and (Reform) Party leaders agreed with Minister Lee.";

    private static DocumentIndex Index(string text) =>
        DocumentIndex.Build(text, Paragraphs.Find(text, CancellationToken.None), [], CancellationToken.None);

    [Theory]
    [InlineData("reform", true)]
    [InlineData("minister", true)]
    [InlineData("and", true)]
    [InlineData("Reform", false)]
    public void BuildBoth_lower_case_set_holds_the_words_written_in_lower_case(string word, bool expected)
    {
        using var doc = Index(Text);
        var (lower, capitalized) = LowerCaseWordSet.BuildBoth(doc);
        using var l = lower;
        using var c = capitalized;

        lower.Contains(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("Party", true)]
    [InlineData("Minister", true)]
    [InlineData("Lee", true)]
    [InlineData("Reform", false)] // first word of a sentence, and after an opening bracket
    [InlineData("The", false)]
    public void BuildBoth_capitalised_set_holds_the_words_capitalised_inside_a_sentence(string word, bool expected)
    {
        using var doc = Index(Text);
        var (lower, capitalized) = LowerCaseWordSet.BuildBoth(doc);
        using var l = lower;
        using var c = capitalized;

        capitalized.Contains(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("reform")]
    [InlineData("Party")]
    [InlineData("Reform")]
    [InlineData("slow")]
    public void BuildBoth_agrees_with_the_sets_built_one_at_a_time(string word)
    {
        using var doc = Index(Text);
        var (lower, capitalized) = LowerCaseWordSet.BuildBoth(doc);
        using var l = lower;
        using var c = capitalized;
        using var lowerAlone = LowerCaseWordSet.Build(doc);
        using var capitalizedAlone = LowerCaseWordSet.BuildCapitalizedInsideSentences(doc);

        (lower.Contains(word), capitalized.Contains(word)).Should().Be((lowerAlone.Contains(word), capitalizedAlone.Contains(word)));
    }
}
