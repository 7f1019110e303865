using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>A gendered honorific ("Mr.", "Mrs.") picks the family member of that gender among people sharing a surname.</summary>
public sealed class HonorificGenderTests
{
    [Fact]
    public void Mr_with_a_shared_surname_is_not_the_woman_named_last()
    {
        const string text = "Robert Hale founded the store. His daughter, Anne Hale, sued this year.\n\n“The store is mine,” Mr. Hale said.";

        ResultInvariants.OnlyQuote(text, "store is mine").Speaker!.Name.Should().Be("Robert Hale");
    }

    [Fact]
    public void Mrs_with_a_shared_surname_is_not_the_man_named_last()
    {
        const string text = "Joan Price ran the charity with her husband, Victor Price.\n\n“We kept every promise,” Mrs. Price said.";

        ResultInvariants.OnlyQuote(text, "every promise").Speaker!.Name.Should().Be("Joan Price");
    }

    [Fact]
    public void A_family_name_written_first_takes_a_womans_title_later()
    {
        // "Tan" is a man's first name in the lexicon; before two short given-name syllables it is a family name.
        const string text = "Tan Hui Xin, a ward nurse, said the hospital was full.\n\n“We need more beds,” Ms Tan said.";

        ResultInvariants.OnlyQuote(text, "more beds").Speaker!.Name.Should().Be("Tan Hui Xin");
    }

    [Fact]
    public void A_surname_that_is_also_a_first_name_still_joins_the_full_name()
    {
        // "Hassan" is a man's first name in the lexicon, but here it is a woman's surname: no title, no gender.
        const string text = "Senator Maggie Hassan spoke on Monday.\n\n“We will hold the line,” Hassan said.";

        ResultInvariants.OnlyQuote(text, "hold the line").Speaker!.Name.Should().Be("Maggie Hassan");
    }

    [Fact]
    public void Mr_with_a_surname_is_not_an_organisation_named_after_the()
    {
        const string text = "The gala raised money for the Okonjo Global Initiative.\n\n“It was a wonderful night,” Mr. Okonjo said.";

        ResultInvariants.OnlyQuote(text, "wonderful night").Speaker!.Name.Should().Be("Okonjo");
    }
}
