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
}
