using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>A role nominal names the same office as an earlier description, not merely the same head noun.</summary>
public sealed class OfficeTests
{
    private static Quote Only(string text, string contains) => ResultInvariants.OnlyQuote(text, contains);

    [Fact]
    public void The_speaker_in_lower_case_is_the_person_titled_speaker()
    {
        const string text = "The bill was written by Speaker Ann Cole and her deputies. Cole said she was confident.\n\n"
            + "“Nobody wants a shutdown,” the speaker said at a news conference.";

        Only(text, "Nobody wants").Speaker!.Name.Should().Be("Ann Cole");
    }

    [Theory]
    [InlineData("Board Chair Dana Price")]
    [InlineData("Board chairwoman Dana Price")]
    [InlineData("Chairman Dana Price")]
    public void The_chair_is_the_person_who_chairs_under_any_of_the_office_s_names(string named)
    {
        string text = $"{named} opened the meeting. Price said the vote would be held on Friday.\n\n“The crew did everything right,” the chair said.";

        Only(text, "crew did everything").Speaker!.Name.Should().Be("Dana Price");
    }

    [Fact]
    public void The_colonel_is_the_person_titled_with_the_abbreviation()
    {
        const string text = "Lt. Col. Dana Price commands the battalion. Price said the trial had gone well.\n\n“More than a few,” the colonel said.";

        Only(text, "More than a few").Speaker!.Name.Should().Be("Dana Price");
    }

    [Fact]
    public void The_prime_minister_is_not_a_minister_with_a_portfolio()
    {
        const string text = "The transport minister, Helen Ward, resigned on Monday.\n\n“You served with honour,” the prime minister said.";

        Only(text, "served with honour").Speaker!.Name.Should().NotBe("Helen Ward");
    }

    [Fact]
    public void The_vice_president_is_not_the_president()
    {
        const string text = "President Alan Moore and Vice President Rosa Diaz toured the plant.\n\n“We will build here,” the vice president said.";

        Only(text, "We will build").Speaker!.Name.Should().Be("Rosa Diaz");
    }

    [Fact]
    public void Ministers_of_two_portfolios_are_two_offices()
    {
        const string text = "Finance minister Ravi Shah met Foreign Minister Anu Rao.\n\n“Talks were frank,” the finance minister said.";

        Only(text, "Talks were frank").Speaker!.Name.Should().Be("Ravi Shah");
    }

    [Fact]
    public void A_minister_without_a_portfolio_matches_a_minister_with_one()
    {
        const string text = "Health minister Ana Costa visited the ward.\n\n“Staff are exhausted,” the minister said.";

        Only(text, "Staff are exhausted").Speaker!.Name.Should().Be("Ana Costa");
    }

    [Fact]
    public void An_abbreviated_title_names_the_office_a_later_role_noun_names()
    {
        const string text = "Vermont Gov. Ellen Barre said the budget was balanced.\n\n“We kept our promise,” the governor said.";

        ResultInvariants.OnlyQuote(text, "kept our promise").Speaker!.Name.Should().Be("Ellen Barre");
    }

    [Fact]
    public void The_chief_executive_is_the_leader_named_before()
    {
        const string text = "Islandia's leader Mara Voss said on Monday that the harbour tax would go.\n\n"
            + "The chief executive said the city could afford it. “We have the reserves,” she said.";

        Only(text, "We have the reserves").Speaker!.Name.Should().Be("Mara Voss");
    }

    [Fact]
    public void The_judge_is_the_person_titled_justice()
    {
        const string text = "Justice Peter Ndungu said the order was unlawful.\n\n“The council exceeded its powers,” the judge ruled.";

        Only(text, "exceeded its powers").Speaker!.Name.Should().Be("Peter Ndungu");
    }

    [Fact]
    public void A_leader_of_a_party_named_by_an_acronym_is_not_the_leader_of_another()
    {
        const string text = "Coalition talks stalled on Monday.\n\nGPL leader Lena Holt said talks would go on.\n\n"
            + "The NLP leader said his party would not accept new debt. “Our position is clear,” he said.";

        Only(text, "Our position is clear").Speaker!.Name.Should().NotBe("Lena Holt");
    }

    [Fact]
    public void A_minister_whose_title_opens_with_a_capitalised_role_noun_is_a_person_with_that_office()
    {
        const string text = "Union Health Minister Asha Rao said the clinics would open in May.\n\n“We are ready,” the minister said.";

        Only(text, "We are ready").Speaker!.Name.Should().Be("Asha Rao");
    }

    [Fact]
    public void Heads_of_two_organisations_are_two_people()
    {
        const string text = "Aid budgets shrank.\n\nThe head of the Global Fund said donors had cut pledges by a third.\n\n"
            + "The head of the Harbour Trust said the new port would open in May.";

        Only(text, "donors had cut").Speaker!.Id.Should().NotBe(Only(text, "new port").Speaker!.Id);
    }

    [Fact]
    public void A_role_of_an_organisation_is_named_with_that_organisation()
    {
        const string text = "Fees went up.\n\nThe chairman of the Harbour Trust said the increase was unavoidable.";

        Only(text, "increase was").Speaker!.Name.Should().Be("chairman of the Harbour Trust");
    }

    [Fact]
    public void The_same_role_of_the_same_organisation_again_is_the_same_person()
    {
        const string text = "Aid budgets shrank.\n\nThe head of the Global Fund said donors had cut pledges by a third.\n\n"
            + "The head of the Global Fund also said the fund would close two offices.";

        Only(text, "donors had cut").Speaker!.Id.Should().Be(Only(text, "two offices").Speaker!.Id);
    }

    [Fact]
    public void A_role_of_an_organisations_initials_is_the_role_of_that_organisation()
    {
        const string text = "Aid budgets shrank.\n\nThe head of the Global Health Fund said donors had cut pledges by a third.\n\n"
            + "The head of the GHF said the fund would close two offices.";

        Only(text, "donors had cut").Speaker!.Id.Should().Be(Only(text, "two offices").Speaker!.Id);
    }

    [Fact]
    public void A_named_head_of_one_organisation_is_not_the_head_of_another()
    {
        const string text = "Ann Lee, head of the Global Fund, said donors had cut pledges by a third.\n\n"
            + "The head of the Harbour Trust said the new port would open in May.";

        Only(text, "new port").Speaker!.Name.Should().NotBe("Ann Lee");
    }

    [Fact]
    public void A_role_of_an_organisation_in_the_first_paragraph_is_not_the_same_role_of_another()
    {
        const string text = "The chairman of the Harbour Trust told councillors that fees would rise.\n\n"
            + "The chairman of the Ferry Board said crossings would be cut.";

        Only(text, "crossings").Speaker!.Name.Should().Be("chairman of the Ferry Board");
    }

    [Fact]
    public void A_verb_after_the_organisation_is_not_part_of_its_name()
    {
        const string text = "The ferry was late.\n\nA spokesman for Harbour Lines declined to give a reason but said the crossing would run on Friday.";

        Only(text, "crossing would run").Speaker!.Name.Should().Be("spokesman for Harbour Lines");
    }

    [Fact]
    public void The_doctor_is_the_person_titled_dr()
    {
        const string text = "Dr Helen Obi said cases had risen. The doctor said vaccination in pregnancy was the key step.";

        ResultInvariants.OnlyQuote(text, "vaccination in pregnancy").Speaker!.Name.Should().Be("Helen Obi");
    }

    [Fact]
    public void The_ceo_is_the_chief_executive_named_before()
    {
        const string text = "Chief executive Arun Mehta introduced the glasses. “People said we could not build hardware,” the CEO said.";

        ResultInvariants.OnlyQuote(text, "could not build").Speaker!.Name.Should().Be("Arun Mehta");
    }

    [Fact]
    public void The_founder_is_the_person_a_company_was_founded_by()
    {
        const string text = "Brightcan was founded in 2019 by Rob Castell, a former wine seller. The founder said the money would pay for a second brewery.";

        ResultInvariants.OnlyQuote(text, "second brewery").Speaker!.Name.Should().Be("Rob Castell");
    }

    [Fact]
    public void The_prince_is_the_prince_named_before()
    {
        const string text = "Prince Faisal bin Khalid mocked the candidate online.\n\nIn December, the prince called for him to quit the race, calling him “a disgrace to the party.”";

        var quote = new QuoteExtractor().Extract(text).Quotes.Should().Contain(q => q.Text.Contains("disgrace")).Subject;

        quote.Speaker!.Name.Should().Be("Faisal bin Khalid");
    }
}
