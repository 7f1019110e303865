using FluentAssertions;
using QuoteKit.Text;

namespace QuoteKit.Tests.Text;

/// <summary>Where the document index ends sentences: at a sentence's end, not at the periods of abbreviations.</summary>
public sealed class SentenceSplitTests
{
    private static int SentenceCount(string text)
    {
        using var doc = DocumentIndex.Build(text, Paragraphs.Find(text, CancellationToken.None), [], CancellationToken.None);
        return doc.Sentences.Length;
    }

    [Theory]
    [InlineData("Sen. Tim Scott, R-S.C., said the decision was wrong.")]
    [InlineData("Rep. Ann Lee (D-N.Y.) said the decision was wrong.")]
    [InlineData("Rep. Tom Hale, R-Pa., said the decision was wrong.")]
    [InlineData("Donald J. Trump said the decision was wrong.")]
    public void The_periods_of_a_party_and_state_or_an_initial_end_no_sentence(string text)
    {
        SentenceCount(text).Should().Be(1);
    }

    [Theory]
    [InlineData("She lost the 2008 primary to then-Sen. Tom Ruiz by a wide margin.")]
    [InlineData("The bill was signed by ex-Gov. Ann Lee in May.")]
    public void The_period_of_a_title_after_a_hyphenated_prefix_ends_no_sentence(string text)
    {
        SentenceCount(text).Should().Be(1);
    }

    [Theory]
    [InlineData("The poll put Tom Ruiz ahead of Sens. Ann Lee and Sam Park by a wide margin.")]
    [InlineData("The letter was signed by Reps. Ann Lee and Sam Park in May.")]
    public void The_period_of_a_plural_title_ends_no_sentence(string text)
    {
        SentenceCount(text).Should().Be(1);
    }

    [Fact]
    public void A_hyphenated_word_ending_in_lower_case_ends_its_sentence()
    {
        SentenceCount("She gave a yes-or-no. He said nothing more.").Should().Be(2);
    }

    [Theory]
    [InlineData("One fan wrote on X. Another said the show was too long.")]
    [InlineData("The team has a plan B. The first plan failed.")]
    public void A_letter_after_a_lower_case_word_before_a_sentence_opener_ends_its_sentence(string text)
    {
        SentenceCount(text).Should().Be(2);
    }

    [Fact]
    public void The_platform_X_after_on_ends_its_sentence_before_a_capitalised_word()
    {
        SentenceCount("The rapper posted on X. Singer Olivia Hart wrote a reply.").Should().Be(2);
    }

    [Fact]
    public void An_initial_after_a_lower_case_word_before_a_name_ends_no_sentence()
    {
        SentenceCount("The book was written by J. Rowling in a cafe.").Should().Be(1);
    }

    [Theory]
    [InlineData("LONDON (Reuters) - Ana Ruiz signed the bill on Monday, saying it was overdue.")]
    [InlineData("ORLANDO, Fla. (Reuters) - Ana Ruiz signed the bill on Monday, saying it was overdue.")]
    [InlineData("PHILADELPHIA, July 29 (UPI) -- Ana Ruiz signed the bill on Monday, saying it was overdue.")]
    [InlineData("SAN JUAN, Puerto Rico — Ana Ruiz signed the bill on Monday, saying it was overdue.")]
    public void A_dateline_before_its_dash_is_a_sentence_of_its_own(string text)
    {
        SentenceCount(text).Should().Be(2);
    }

    [Theory]
    [InlineData("He moved to Tampa, Fla. He said the rent was lower.", 2)]
    [InlineData("NATO - the alliance - met on Monday.", 1)]
    public void A_state_abbreviation_or_capitals_before_a_dash_split_only_as_a_dateline(string text, int sentences)
    {
        SentenceCount(text).Should().Be(sentences);
    }

    [Fact]
    public void The_participle_cue_after_a_dateline_takes_the_sentences_subject()
    {
        var quote = new QuoteExtractor().Extract("ORLANDO, Fla. (Reuters) - Ana Ruiz signed the bill on Monday, saying parents needed help.")
            .Quotes.Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void A_period_before_a_capitalised_word_ends_the_sentence()
    {
        SentenceCount("The vote was close. Sen. Tim Scott said the decision was wrong.").Should().Be(2);
    }

    [Fact]
    public void A_hyphenated_word_with_a_capital_at_the_end_of_a_sentence_ends_it()
    {
        SentenceCount("She flew on a Boeing B-J. Then she left.").Should().Be(2);
    }

    [Fact]
    public void A_party_and_state_apposition_leaves_the_senator_as_the_speaker()
    {
        var quote = new QuoteExtractor().Extract("The vote was close.\n\nSen. Tim Scott, R-S.C., said the decision was wrong.")
            .Quotes.Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Tim Scott");
    }
}
