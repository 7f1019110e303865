using FluentAssertions;

namespace QuoteKit.Tests.Detection;

public sealed class ApostropheTests
{
    [Theory]
    [InlineData("We don’t know yet, but Russia’s army is ready.")]
    [InlineData("We don't know yet, but Russia's army is ready.")]
    public void Apostrophes_inside_words_open_no_quote(string text)
    {
        Scanning.Contents(text).Should().BeEmpty();
    }

    [Fact]
    public void A_plural_possessive_apostrophe_opens_no_quote()
    {
        Scanning.Contents("The Joneses’ car and the Smiths’ house were searched.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("‘The nurses’ pay offer is an insult,’ the union said.", "The nurses’ pay offer is an insult,")]
    [InlineData("'The nurses' pay offer is an insult,' the union said.", "The nurses' pay offer is an insult,")]
    public void A_plural_possessive_apostrophe_inside_a_single_quote_does_not_end_it(string text, string content)
    {
        Scanning.Contents(text).Should().Equal(content);
    }

    [Fact]
    public void A_straight_plural_possessive_inside_a_single_quote_does_not_end_it_when_an_elision_follows()
    {
        Scanning.Contents("'The nurses' pay fell in the '90s and rock 'n' roll paid more,' the union said.")
            .Should().Equal("The nurses' pay fell in the '90s and rock 'n' roll paid more,");
    }

    [Fact]
    public void A_list_of_plural_possessives_inside_a_single_quote_does_not_end_it()
    {
        Scanning.Contents("‘The players’, managers’ and fans’ views differ,’ she said.")
            .Should().Equal("The players’, managers’ and fans’ views differ,");
    }

    [Fact]
    public void A_plural_possessive_inside_a_headline_quote_that_ends_its_line_does_not_end_it()
    {
        Scanning.Contents("Minister: ‘We will not cut teachers’ pay’\n\nThe minister spoke on Sunday.")
            .Should().Equal("We will not cut teachers’ pay");
    }

    [Fact]
    public void A_plural_possessive_in_straight_marks_inside_a_headline_quote_does_not_end_it()
    {
        Scanning.Contents("Union: 'We will fight for nurses' pay'\n\nThe union met on Monday.")
            .Should().Equal("We will fight for nurses' pay");
    }

    [Fact]
    public void A_single_quote_ending_in_s_before_a_comma_closes_in_british_style()
    {
        Scanning.Contents("‘We back the players’, she said, ‘and they know it.’")
            .Should().Equal("We back the players", "and they know it.");
    }

    [Fact]
    public void A_single_quote_ending_in_s_before_a_word_closes_when_no_later_mark_closes_it()
    {
        Scanning.Contents("The ‘so-called reforms’ would hurt families, she said. ‘It is wrong.’")
            .Should().Equal("so-called reforms", "It is wrong.");
    }

    [Fact]
    public void A_straight_single_quote_opening_on_an_elided_word_is_not_a_doubled_apostrophe_mark()
    {
        Scanning.Contents("She laughed. ''Cause we had to,' she said.").Should().Equal("'Cause we had to,");
    }

    [Fact]
    public void A_decade_elision_opens_no_quote()
    {
        Scanning.Contents("Back in the ’90s the band toured, he said, and in the ’00s it split.").Should().BeEmpty();
    }

    [Fact]
    public void Rock_n_roll_apostrophes_open_no_quote()
    {
        Scanning.Contents("They played rock ’n’ roll all night.").Should().BeEmpty();
    }

    [Fact]
    public void An_apostrophe_in_a_name_opens_no_quote()
    {
        Scanning.Contents("O’Brien and D’Souza met O'Neill.").Should().BeEmpty();
    }

    [Fact]
    public void Apostrophes_inside_a_quote_do_not_end_it()
    {
        Scanning.Contents("“We don’t think the ’90s will return to O’Brien’s town,” he said.")
            .Should().Equal("We don’t think the ’90s will return to O’Brien’s town,");
    }

    [Fact]
    public void A_possessive_apostrophe_does_not_close_a_quote_opened_with_a_double_mark()
    {
        Scanning.Contents("“The Joneses’ car was taken,” police said.").Should().Equal("The Joneses’ car was taken,");
    }

    [Fact]
    public void A_single_quote_around_a_phrase_is_found_between_apostrophes()
    {
        Scanning.Contents("Russia’s envoy called it ‘a provocation’ and didn’t elaborate.").Should().Equal("a provocation");
    }

    [Fact]
    public void An_elision_before_a_quote_does_not_capture_it()
    {
        Scanning.Contents("Fans of ’em shouted ‘encore’ twice.").Should().Equal("encore");
    }
}
