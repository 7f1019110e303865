using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>Role nouns of other beats than politics (law, business, sport) head descriptions and stand for speakers.</summary>
public sealed class RoleNounTests
{
    [Fact]
    public void A_general_counsel_is_a_description()
    {
        const string text = "“This law is unconstitutional,” said Carl Szabo, the group's general counsel.";

        ResultInvariants.Checked(text).Speakers.Should().ContainSingle().Which.Descriptions.Should().Contain(d => d.EndsWith("general counsel"));
    }

    [Fact]
    public void A_commuter_before_a_name_is_a_description()
    {
        const string text = "Commuter Priya Shah, 29, said she would work from home.";

        ResultInvariants.OnlyQuote(text, "work from home").Speaker!.Name.Should().Be("Priya Shah");
    }

    [Fact]
    public void The_captain_is_the_player_named_with_that_role()
    {
        const string text = "Liverpool captain Tom Reid scored twice.\n\n“We deserved it,” the captain said.";

        ResultInvariants.OnlyQuote(text, "We deserved it").Speaker!.Name.Should().Be("Tom Reid");
    }

    [Theory]
    [InlineData("Chief Financial Officer Amy Hood said spending would rise again.", "Amy Hood")]
    [InlineData("Senate Majority Leader Tom Hale said the vote would come on Friday.", "Tom Hale")]
    public void A_capitalised_word_between_title_words_belongs_to_the_title(string text, string name)
    {
        ResultInvariants.Checked(text).Speakers.Should().ContainSingle().Which.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Headteacher Ruth Okafor said the school would reopen on Monday.", "Ruth Okafor")]
    [InlineData("Labour MP Owen Tuttle said the school would reopen on Monday.", "Owen Tuttle")]
    public void Roles_of_schools_parliaments_and_courts_elsewhere_are_role_nouns(string text, string name)
    {
        ResultInvariants.OnlyQuote(text, "school would reopen").Speaker!.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Opening the case, prosecutor Dana Whitlow KC told jurors the school would reopen on Monday.", "Dana Whitlow")]
    [InlineData("“The school will reopen on Monday,” said Alan Freer CBE.", "Alan Freer")]
    [InlineData("Owen Tuttle MP said the school would reopen on Monday.", "Owen Tuttle")]
    public void Letters_after_a_name_are_no_part_of_it(string text, string name)
    {
        var quote = ResultInvariants.OnlyQuote(text, "reopen on Monday");

        quote.Speaker!.Name.Should().Be(name);
    }

    [Fact]
    public void An_MP_is_the_member_named_with_that_title()
    {
        const string text = "Labour MP Owen Tuttle opposed the bill.\n\nThe MP said the school would reopen on Monday.";

        ResultInvariants.OnlyQuote(text, "school would reopen").Speaker!.Name.Should().Be("Owen Tuttle");
    }
    [Theory]
    [InlineData("Brightwell founder and CEO Tomas Kerr said the deal was done.", "Brightwell founder and CEO")]
    [InlineData("Orla co-founder and chief design officer Ines Roy said the lamp would ship in May.", "Orla co-founder and chief design officer")]
    public void Two_roles_joined_by_and_before_a_name_both_describe_it(string text, string description)
    {
        var speaker = ResultInvariants.Checked(text).Quotes.Should().ContainSingle().Which.Speaker!;

        speaker.Descriptions.Should().Contain(description);
    }

    [Fact]
    public void A_place_modifying_a_second_role_is_no_name()
    {
        const string text = "A donor and veteran Paris lobbyist Remy Gaudin said the rules were unfair.";

        ResultInvariants.Checked(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Remy Gaudin");
    }

    [Fact]
    public void A_placard_that_a_quotation_is_read_from_speaks()
    {
        const string text = "Protesters marched through the square on Saturday.\n\n\u201cJobs, not cuts,\u201d read one placard.";

        ResultInvariants.OnlyQuote(text, "Jobs, not cuts").SpeakerMention!.Value.Text.Should().Be("one placard");
    }

    [Fact]
    public void A_day_before_a_role_noun_is_its_modifier()
    {
        const string text = "\u201cThe council has lost its way,\u201d reads a Sunday editorial in the Valley Courier.";

        ResultInvariants.OnlyQuote(text, "lost its way").SpeakerMention!.Value.Text.Should().Be("a Sunday editorial");
    }

    [Fact]
    public void A_chief_meteorologist_before_a_name_is_a_description_not_a_person_called_Chief()
    {
        const string text = "Chief meteorologist Paul Gundersen said the storm would pass by Sunday. He added that roads would stay closed.";

        ResultInvariants.OnlyQuote(text, "roads would stay closed").Speaker!.Name.Should().Be("Paul Gundersen");
    }

    [Fact]
    public void A_grower_after_an_inverted_said_introduces_the_name()
    {
        const string text = "In Oregon, farmers said the orchards were struggling. \"The trees are dying,\" said apple grower Mark Tobin, 58. \"We cannot water them.\"";

        ResultInvariants.OnlyQuote(text, "The trees are dying,").Speaker!.Name.Should().Be("Mark Tobin");
    }
}
