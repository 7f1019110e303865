using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>
/// Organisations whose names open with a capitalised plural noun inside a sentence ("Friends of the Earth",
/// "Citizens Advice"): the whole name, not the words after the noun, and no conjunction before it.
/// </summary>
public sealed class PluralOpenedOrganizationTests
{
    private static Quote Only(string text, string contains) => ResultInvariants.OnlyQuote(text, contains);

    [Fact]
    public void A_name_of_a_plural_noun_and_of_the_after_an_opening_conjunction_is_the_whole_name()
    {
        const string text = "The quarry reopened on Monday.\n\nBut Friends of the Marshes said the dust would harm the birds.";

        Only(text, "harm the birds").Speaker!.Name.Should().Be("Friends of the Marshes");
    }

    [Fact]
    public void A_name_of_a_plural_noun_and_a_capitalised_word_keeps_the_noun()
    {
        const string text = "Rents rose again in March.\n\nAnd Tenants Voice said more families were falling behind.";

        Only(text, "falling behind").Speaker!.Name.Should().Be("Tenants Voice");
    }

    [Fact]
    public void The_group_is_the_organisation_named_with_a_plural_noun()
    {
        const string text = "The quarry reopened on Monday.\n\nBut Friends of the Marshes opposed it.\n\n\u201cWe will appeal,\u201d the group said.";

        Only(text, "We will appeal").Speaker!.Name.Should().Be("Friends of the Marshes");
    }

    [Fact]
    public void A_plural_noun_before_a_first_name_stays_a_description()
    {
        const string text = "The quarry reopened on Monday.\n\nThe protest was led by local Farmers Anna Brook and Tom Reed. \u201cWe will appeal,\u201d Brook said.";

        Only(text, "We will appeal").Speaker!.Name.Should().Be("Anna Brook");
    }
}
