using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>Quotes said by people joined with "and": the speaker is their group.</summary>
public sealed class CoordinatedSpeakerTests
{
    private static Quote Only(string text, string contains) => ResultInvariants.OnlyQuote(text, contains);

    private static IEnumerable<string> MemberNames(Quote quote) => quote.Speaker!.Members.Select(m => m.Name);

    [Fact]
    public void Two_names_joined_by_and_before_the_cue_speak_together()
    {
        var quote = Only("Sen. Ann Lee and Sen. Tom Fox said the bill would pass.", "bill would pass");

        quote.Speaker!.Kind.Should().Be(SpeakerKind.Group);
        MemberNames(quote).Should().Equal("Ann Lee", "Tom Fox");
        quote.Speaker.Name.Should().Be("Ann Lee and Tom Fox");
        quote.SpeakerMention!.Value.Text.Should().Be("Sen. Ann Lee and Sen. Tom Fox");
    }

    [Fact]
    public void Party_and_state_appositions_between_the_names_are_passed_over()
    {
        var quote = Only("Sen. Ann Lee, D-Ore., and Sen. Tom Fox, R-Utah, said the bill would pass.", "bill would pass");

        MemberNames(quote).Should().Equal("Ann Lee", "Tom Fox");
    }

    [Fact]
    public void A_bracketed_apposition_between_the_names_is_passed_over()
    {
        var quote = Only("Sen. Ann Lee (D-Ore.) and Sen. Tom Fox (R-Utah) said the bill would pass.", "bill would pass");

        MemberNames(quote).Should().Equal("Ann Lee", "Tom Fox");
    }

    [Fact]
    public void A_description_in_apposition_after_the_first_name_is_passed_over()
    {
        var quote = Only("Ann Lee, the mayor, and Tom Fox said the plan was fair.", "plan was fair");

        MemberNames(quote).Should().Equal("Ann Lee", "Tom Fox");
    }

    [Fact]
    public void Names_in_apposition_after_a_plural_nominal_are_its_members()
    {
        var quote = Only("The two countries' trade ministers, Dana Orlova and Marat Kasenov, said the border would reopen in May.", "border would reopen");

        quote.Speaker!.Kind.Should().Be(SpeakerKind.Group);
        MemberNames(quote).Should().Equal("Dana Orlova", "Marat Kasenov");
    }

    [Fact]
    public void A_list_of_three_names_speaks_together()
    {
        var quote = Only("Ann Lee, Tom Fox and Rosa Diaz said the plan was fair.", "plan was fair");

        MemberNames(quote).Should().Equal("Ann Lee", "Tom Fox", "Rosa Diaz");
        quote.Speaker!.Name.Should().Be("Ann Lee, Tom Fox and Rosa Diaz");
    }

    [Fact]
    public void Two_names_after_an_inverted_cue_speak_together()
    {
        var quote = Only("“We will appeal,” said Ann Lee and Tom Fox.", "We will appeal");

        MemberNames(quote).Should().Equal("Ann Lee", "Tom Fox");
    }

    [Fact]
    public void The_same_two_people_again_are_the_same_speaker()
    {
        var result = ResultInvariants.Checked("Ann Lee and Tom Fox said the plan was fair.\n\nTom Fox and Ann Lee said the vote would be close.");

        result.Quotes.Should().HaveCount(2);
        result.Quotes[1].Speaker.Should().BeSameAs(result.Quotes[0].Speaker);
    }

    [Fact]
    public void Two_titles_of_one_person_are_not_two_speakers()
    {
        var quote = Only("Harbour Radio Vice President and Managing Editor Rita Moss said the station was frustrated.", "station was");

        quote.Speaker!.Kind.Should().Be(SpeakerKind.Person);
        quote.Speaker.Name.Should().Be("Rita Moss");
    }

    [Fact]
    public void An_organisation_named_with_and_is_one_speaker()
    {
        var quote = Only("Most recently, the Science and Technology Directorate concluded that none of the methods worked.", "none of the methods");

        quote.Speaker!.Members.Should().BeEmpty();
    }

    [Fact]
    public void Names_joined_inside_a_longer_list_are_not_a_group()
    {
        var result = ResultInvariants.Checked("Trump led in Indiana, Michigan, Ohio and Pennsylvania, the poll found.");

        result.Speakers.Should().NotContain(s => s.Kind == SpeakerKind.Group);
    }

    [Theory]
    [InlineData("Both")]
    [InlineData("The two")]
    public void A_bare_count_after_two_people_who_spoke_together_is_their_group(string count)
    {
        string text = $"Ann Lee and Tom Fox said on Monday they would run again. {count} said the campaign would start in May.";

        var result = ResultInvariants.Checked(text);

        result.Quotes.Single(q => q.Text.Contains("campaign would start")).Speaker.Should()
            .BeSameAs(result.Quotes.Single(q => q.Text.Contains("run again")).Speaker);
    }

    [Fact]
    public void The_couple_is_the_two_people_named_before()
    {
        const string text = "Ann Lee and her husband, Tom Fox, opened the bakery in 1998.\n\n\u201cWe never expected it to last,\u201d the couple said.";

        MemberNames(Only(text, "expected it to last")).Should().Equal("Ann Lee", "Tom Fox");
    }

    [Fact]
    public void The_two_is_the_last_group_counted_as_two()
    {
        const string text = "The director said the case was closed. The two lawmakers, however, argue that it is open.\n\n\u201cYou picked a new standard,\u201d the two write.";

        Only(text, "new standard").Speaker!.Name.Should().Be("lawmakers");
    }
}
