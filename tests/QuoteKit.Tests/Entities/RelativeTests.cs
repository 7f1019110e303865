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
