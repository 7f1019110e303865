using FluentAssertions;
using QuoteKit.Mentions;

namespace QuoteKit.Tests.Mentions;

public sealed class PossessiveTests
{
    [Theory]
    [InlineData("Putin’s", true)]
    [InlineData("Putin's", true)]
    [InlineData("PUTIN’S", true)]
    [InlineData("PUTIN'S", true)]
    [InlineData("’s", false)] // nothing before the ending
    [InlineData("Putins", false)]
    [InlineData("Putin’t", false)]
    [InlineData("Putin`s", false)]
    [InlineData("Putin’ſ", false)] // long s is not s, ignoring case
    public void IsPossessive_is_true_for_a_word_ending_in_apostrophe_s(string word, bool expected)
    {
        MentionFinder.IsPossessive(word).Should().Be(expected);
    }
}
