using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>A nickname in quotation marks between a first name and the surname ('Owen "The Hammer" Pritchard') is no part of the name.</summary>
public sealed class NicknameTests
{
    [Theory]
    [InlineData("Tom \u201cThe Hammer\u201d Garvey")]
    [InlineData("Tom \"Tommy\" Garvey")]
    [InlineData("Tom \u2018Big Tom\u2019 Garvey")]
    public void A_first_name_before_a_nickname_gets_the_surname_after_it(string named)
    {
        string text = $"{named} won the fight in three rounds on Saturday.\n\n\u201cI am not finished,\u201d Tom said.";

        ResultInvariants.OnlyQuote(text, "not finished").Speaker!.Name.Should().Be("Tom Garvey");
    }

    [Fact]
    public void The_surname_alone_is_the_person_named_with_a_nickname()
    {
        const string text = "Tom \u201cThe Hammer\u201d Garvey won the fight in three rounds on Saturday.\n\n"
            + "\u201cI am not finished,\u201d Garvey said in the ring.";

        ResultInvariants.OnlyQuote(text, "not finished").Speaker!.Name.Should().Be("Tom Garvey");
    }
}
