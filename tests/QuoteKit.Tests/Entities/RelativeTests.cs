using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>A relative named by a kin noun and a possessive pronoun ("His wife said") is named for the person it belongs to.</summary>
public sealed class RelativeTests
{
    [Fact]
    public void A_wife_introduced_by_his_is_named_as_the_wife_of_the_man_named_before()
    {
        const string text = "Firefighter Owen Pryce, 52, retired on Friday after thirty years of service.\n\n"
            + "His wife said he had never missed a shift.";

        ResultInvariants.OnlyQuote(text, "never missed").Speaker!.Name.Should().Be("wife of Owen Pryce");
    }

    [Fact]
    public void A_given_name_in_apposition_after_a_kin_noun_is_the_relative()
    {
        const string text = "Daniel Mensah, 19, drowned at the quarry on Sunday.\n\n"
            + "Mensah's sister, Efua, said he had gone swimming with friends.\n\n"
            + "“He was always the careful one,” Efua said.";

        var result = ResultInvariants.Checked(text);
        var speakers = result.Quotes.Select(q => q.Speaker!.Name).Distinct().ToList();

        speakers.Should().Equal("Efua");
    }

    [Fact]
    public void Her_husband_is_the_man_the_text_described_as_her_husband()
    {
        const string text = "Joy Adeyemi, 41, left hospital on Monday.\n\n"
            + "Tunde Adeyemi, her husband, said she had been in good spirits.\n\n"
            + "“She never stopped joking with the nurses,” her husband said.";

        ResultInvariants.OnlyQuote(text, "joking with the nurses").Speaker!.Name.Should().Be("Tunde Adeyemi");
    }

    [Fact]
    public void The_mother_of_three_is_not_a_woman_the_text_never_described_so()
    {
        const string text = "Carol Whitby, a cashier from Hull, lost her job in March.\n\n"
            + "“We did not know how we would pay the rent,” the mother of three said.";

        ResultInvariants.OnlyQuote(text, "pay the rent").Speaker!.Name.Should().NotBe("Carol Whitby");
    }

    [Fact]
    public void The_mother_of_three_is_the_woman_the_text_described_so()
    {
        const string text = "Carol Whitby, a mother of three from Hull, lost her job in March.\n\n"
            + "“We did not know how we would pay the rent,” the mother of three said.";

        ResultInvariants.OnlyQuote(text, "pay the rent").Speaker!.Name.Should().Be("Carol Whitby");
    }

    [Fact]
    public void A_surname_with_another_kin_noun_in_apposition_is_not_the_relative_named_before()
    {
        const string text = "Owen Pryce, the harbour's last ferryman, has died at 88.\n\n"
            + "His daughter, Ruth Pryce, said he had rowed until last spring.\n\n"
            + "Mrs Pryce, his wife of 60 years, said he had never missed a crossing.";

        var result = ResultInvariants.Checked(text);
        var daughter = result.Quotes.Single(q => q.Text.Contains("rowed", StringComparison.Ordinal)).Speaker!;
        var wife = result.Quotes.Single(q => q.Text.Contains("never missed", StringComparison.Ordinal)).Speaker!;

        wife.Id.Should().NotBe(daughter.Id);
    }
}
