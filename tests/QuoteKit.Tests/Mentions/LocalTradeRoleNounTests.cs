using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>Trades, sciences, faiths, sports and arts of local news are role nouns; the same word after a first name is a surname.</summary>
public sealed class LocalTradeRoleNounTests
{
    [Theory]
    [InlineData("Librarian Nora Quill said the branch would stay open.", "Nora Quill")]
    [InlineData("Photographer Ines Varga said the branch would stay open.", "Ines Varga")]
    [InlineData("Choreographer Tomas Weld said the branch would stay open.", "Tomas Weld")]
    public void A_trade_before_a_name_is_no_part_of_the_name(string text, string name)
    {
        ResultInvariants.OnlyQuote(text, "branch would stay open").Speaker!.Name.Should().Be(name);
    }

    [Fact]
    public void The_plumber_is_the_person_named_with_that_trade()
    {
        const string text = "Plumber Ravi Dunmore fixed the main.\n\n“The pipes are ancient,” the plumber said.";

        ResultInvariants.OnlyQuote(text, "The pipes are ancient").Speaker!.Name.Should().Be("Ravi Dunmore");
    }

    [Fact]
    public void An_agency_administrator_before_a_name_is_a_description()
    {
        const string text = "FAA Administrator Lena Voss said the review would take months.";

        ResultInvariants.OnlyQuote(text, "review would take months").Speaker!.Name.Should().Be("Lena Voss");
    }

    [Fact]
    public void A_trade_word_after_a_first_name_is_a_surname()
    {
        const string text = "Emily Baker runs the corner cafe.\n\n“Nobody asked us,” Baker said.";

        ResultInvariants.OnlyQuote(text, "Nobody asked us").Speaker!.Name.Should().Be("Emily Baker");
    }

    [Fact]
    public void An_organisation_head_after_a_first_name_stays_the_organisation()
    {
        const string text = "The Washington Post reported the deal.\n\n“Talks are close,” the Post quoted an aide as saying.";

        ResultInvariants.OnlyQuote(text, "Talks are close").Speaker!.Name.Should().Be("Washington Post");
    }
}
