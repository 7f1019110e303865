using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>Which organisation a generic organisation noun ("the company", "the group") stands for.</summary>
public sealed class OrganizationNominalTests
{
    private static Quote Only(string text, string contains) => ResultInvariants.OnlyQuote(text, contains);

    [Fact]
    public void The_company_is_the_organisation_named_last()
    {
        const string text = "Reuters reported the merger first.\n\nMicrosoft on Monday bought a games studio. The company said the deal would close in June.";

        Only(text, "close in June").Speaker!.Name.Should().Be("Microsoft");
    }

    [Fact]
    public void The_group_with_lower_case_modifiers_is_the_organisation_named_last()
    {
        const string text = "The Refugee Foundation published a report on the camps.\n\nThe aid group said conditions had worsened.";

        Only(text, "conditions had worsened").Speaker!.Name.Should().Be("Refugee Foundation");
    }

    [Fact]
    public void A_capitalised_organisation_name_is_not_a_generic_noun()
    {
        const string text = "Amnesty International published a report.\n\nThe Lincoln Group said the report was unfair.";

        Only(text, "report was unfair").Speaker!.Name.Should().NotBe("Amnesty International");
    }

    [Fact]
    public void A_generic_noun_does_not_reach_a_person()
    {
        const string text = "Senator Ana Ruiz criticised the plan.\n\nThe company said the plan was legal.";

        Only(text, "plan was legal").Speaker!.Name.Should().NotBe("Ana Ruiz");
    }

    [Fact]
    public void The_company_is_not_a_public_body()
    {
        const string text = "Nova Bank cut 300 jobs.\n\nThe Labor Department opened an inquiry.\n\nThe company said the cuts were needed.";

        Only(text, "cuts were needed").Speaker!.Name.Should().Be("Nova Bank");
    }

    [Fact]
    public void The_newspaper_is_a_news_medium()
    {
        const string text = "The Lagos Times reported the leak.\n\nThe Interior Ministry denied it.\n\nThe newspaper said it stood by its story.";

        Only(text, "stood by its story").Speaker!.Name.Should().Be("Lagos Times");
    }

    [Fact]
    public void A_company_described_by_where_it_is_based_is_the_company_named_last()
    {
        const string text = "Nova Bank on Tuesday reported strong profits.\n\nThe Leeds, Yorkshire-based company said revenue rose 16 percent.";

        Only(text, "revenue rose").Speaker!.Name.Should().Be("Nova Bank");
    }

    [Fact]
    public void A_generic_noun_placed_in_a_country_is_not_another_countrys_organisation()
    {
        const string text = "The German government said it would send aid.\n\nThe government in Beijing said it was watching the talks closely.";

        Only(text, "watching the talks").Speaker!.Name.Should().NotBe("German government");
    }
}
