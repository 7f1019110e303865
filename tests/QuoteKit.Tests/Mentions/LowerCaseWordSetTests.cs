using FluentAssertions;
using QuoteKit.Mentions;
using QuoteKit.Text;

namespace QuoteKit.Tests.Mentions;

public sealed class LowerCaseWordSetTests
{
    // Words asked about (capitalised, opening a sentence or after an opening bracket): Reform, The, Lee, Minister.
    private const string Text = "Reform came. The minister said reform was slow, and (Reform) Party leaders agreed with Lee. Lee left. Minister Ko stayed.";

    private static DocumentIndex Index(string text) =>
        DocumentIndex.Build(text, Paragraphs.Find(text, CancellationToken.None), [], CancellationToken.None);

    [Theory]
    [InlineData("reform", true)]
    [InlineData("minister", true)]
    [InlineData("the", false)]
    [InlineData("lee", false)]
    public void BuildBoth_lower_case_set_tells_whether_an_asked_word_is_written_in_lower_case(string word, bool expected)
    {
        using var doc = Index(Text);
        var (lower, capitalized) = LowerCaseWordSet.BuildBoth(doc);
        using var l = lower;
        using var c = capitalized;

        lower.Contains(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("Lee", true)]
    [InlineData("Reform", false)] // first word of a sentence, and after an opening bracket
    [InlineData("The", false)]
    [InlineData("Minister", false)]
    public void BuildBoth_capitalised_set_tells_whether_an_asked_word_is_capitalised_inside_a_sentence(string word, bool expected)
    {
        using var doc = Index(Text);
        var (lower, capitalized) = LowerCaseWordSet.BuildBoth(doc);
        using var l = lower;
        using var c = capitalized;

        capitalized.Contains(word).Should().Be(expected);
    }

    [Fact]
    public void BuildBoth_capitalised_set_holds_a_possessive_name_as_its_bare_word()
    {
        using var doc = Index("Salah left. The win came after Salah’s goal.");
        var (lower, capitalized) = LowerCaseWordSet.BuildBoth(doc);
        using var l = lower;
        using var c = capitalized;

        capitalized.Contains("Salah").Should().BeTrue();
    }

    [Fact]
    public void A_name_opening_a_sentence_joins_the_person_its_possessive_named()
    {
        const string text = "Liverpool won after Mohamed Salah’s late goal.\n\nSalah, who has scored 15 goals, said he was happy.";

        QuoteKit.Tests.Support.ResultInvariants.OnlyQuote(text, "he was happy").Speaker!.Name.Should().Be("Mohamed Salah");
    }

    [Theory]
    [InlineData("Reform")]
    [InlineData("The")]
    [InlineData("Lee")]
    [InlineData("Minister")]
    public void BuildBoth_agrees_with_the_sets_built_one_at_a_time_on_the_asked_words(string word)
    {
        using var doc = Index(Text);

        ShouldAgreeWithSetsBuiltAlone(doc, LowerCaseWordSet.BuildBoth(doc), word);
    }

    [Theory]
    [InlineData("Reform")]
    [InlineData("Minister")]
    [InlineData("March")] // a month, which is a function word the finder still asks about
    public void BuildBoth_with_word_classes_agrees_with_the_sets_built_one_at_a_time_on_the_words_the_finder_asks_about(string word)
    {
        const string text = "Reform came. The minister said reform was slow. March said (Reform) Party leaders agreed with march. Minister Ko stayed, said March.";
        using var doc = Index(text);
        using var classes = new TokenWordClasses(doc, QuoteKit.Lexicons.Lexicon.Default);

        ShouldAgreeWithSetsBuiltAlone(doc, LowerCaseWordSet.BuildBoth(doc, classes), word);
    }

    /// <summary>Asserts that both sets answer for <paramref name="word"/> as the sets built one at a time do, and disposes them.</summary>
    private static void ShouldAgreeWithSetsBuiltAlone(DocumentIndex doc, (LowerCaseWordSet Lower, LowerCaseWordSet Capitalized) both, string word)
    {
        using var lower = both.Lower;
        using var capitalized = both.Capitalized;
        using var lowerAlone = LowerCaseWordSet.Build(doc);
        using var capitalizedAlone = LowerCaseWordSet.BuildCapitalizedInsideSentences(doc);
        string lowered = word.ToLowerInvariant();

        (lower.Contains(lowered), capitalized.Contains(word)).Should().Be((lowerAlone.Contains(lowered), capitalizedAlone.Contains(word)));
    }

    [Theory]
    [InlineData(0, true)] // Reform: opens the text
    [InlineData(3, true)] // The: opens a sentence
    [InlineData(4, false)] // minister
    [InlineData(12, true)] // Reform: after "("
    public void IsSentenceInitial_is_true_for_the_first_word_of_a_sentence_and_a_word_after_an_opening_mark(int token, bool expected)
    {
        using var doc = Index(Text);

        LowerCaseWordSet.IsSentenceInitial(doc, token).Should().Be(expected);
    }
}
