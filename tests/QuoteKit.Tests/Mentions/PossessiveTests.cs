using FluentAssertions;
using QuoteKit.Mentions;
using QuoteKit.Tests.Support;

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

    [Fact]
    public void A_determined_one_word_possessor_owns_the_role_after_it()
    {
        const string text = "The PM's spokesman said: “We do not comment on leaks.”";

        ResultInvariants.OnlyQuote(text, "leaks").SpeakerMention!.Value.Text.Should().Be("The PM's spokesman");
    }

    [Theory]
    [InlineData("'")]
    [InlineData("’")]
    public void A_possessive_speakers_name_keeps_the_apostrophe_the_text_writes(string apostrophe)
    {
        string text = $"Mary Smith spoke. Smith{apostrophe}s spokesman said the minister had left.";

        ResultInvariants.OnlyQuote(text, "minister had left").Speaker!.Name.Should().Be($"Smith{apostrophe}s spokesman");
    }

    [Fact]
    public void A_multi_word_possessors_role_before_a_name_describes_that_name()
    {
        const string text = "New Zealand's leader Chris Hipkins on Monday defended the plan, saying it was overdue.";

        ResultInvariants.Checked(text).Quotes.Single(q => q.Text.Contains("it was overdue")).Speaker!.Name.Should().Be("Chris Hipkins");
    }
}
