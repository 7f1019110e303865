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
    public void The_company_is_a_company_whose_name_ends_in_a_trade_word()
    {
        const string text = "The UN called for restraint.\n\nThe platform's operator, Dorvale Energy, said it would cut emissions. The company said drilling would start in May.";

        Only(text, "start in May").Speaker!.Name.Should().Be("Dorvale Energy");
    }

    [Theory]
    [InlineData("Marlow Aerospace")]
    [InlineData("Ridgeway Foods")]
    [InlineData("Castleford Homes")]
    [InlineData("Penrose Industries")]
    public void The_company_is_a_company_whose_name_ends_in_a_maker_s_trade_word(string company)
    {
        string text = $"The safety board published its report on Tuesday.\n\n{company} said it supported the findings. The company said its engineers had revised the manual.";

        Only(text, "revised the manual").Speaker!.Name.Should().Be(company);
    }

    [Fact]
    public void The_board_is_the_organisation_whose_name_has_board_as_its_head()
    {
        const string text = "Reuters reported the decision first.\n\nThe Western Boxing Board of Control approved his licence in March. "
            + "“He passed every test we require,” the board said.";

        Only(text, "passed every test").Speaker!.Name.Should().Be("Western Boxing Board of Control");
    }

    [Fact]
    public void A_company_said_to_be_based_somewhere_is_the_unknown_name_of_one_word_before_it()
    {
        const string text = "Shares of Kelvara rose. Kelvara on Tuesday reported record sales.\n\nThe Austin, Texas-based company said its orders had doubled in the quarter.";

        Only(text, "orders had doubled").Speaker!.Name.Should().Be("Kelvara");
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

    [Fact]
    public void The_company_is_not_a_trade_union()
    {
        const string text = "A rail strike was called off after the RMT union reached a deal with Network Rail.\n\n"
            + "The company said trains would run as normal.";

        Only(text, "trains would run").Speaker!.Name.Should().NotContain("union");
    }

    [Fact]
    public void The_department_is_the_department_named_before()
    {
        const string text = "The Royal College of Midwifery welcomed the deal, as did the Department for Transport.\n\n"
            + "The department said the deal showed the value of talks.";

        Only(text, "value of talks").Speaker!.Name.Should().Be("Department for Transport");
    }

    [Fact]
    public void A_generic_noun_is_the_organisation_mentioned_last_not_named_last()
    {
        const string text = "Apple faces a fine.\n\nThe EU said the rules applied to everyone. Apple said it would appeal. "
            + "The iPhone maker added that the rules put privacy at risk.";

        Only(text, "privacy").Speaker!.Name.Should().Be("Apple");
    }

    [Fact]
    public void An_acronym_gives_way_to_a_name_that_fits_the_noun()
    {
        const string text = "The Morning Journal first reported the plan on Monday. The NRA criticised the plan at once.\n\n"
            + "The newspaper said it stood by its story.";

        Only(text, "stood by").Speaker!.Name.Should().Be("Morning Journal");
    }

    [Fact]
    public void An_organisation_named_with_a_role_noun_is_not_another_with_that_noun()
    {
        const string text = "The Information Commissioner's Office said it was investigating.\n\n"
            + "The Home Office said it had contacted everyone affected.";

        Only(text, "contacted everyone").Speaker!.Name.Should().Be("Home Office");
    }

    [Fact]
    public void The_short_form_of_an_organisation_name_is_that_organisation()
    {
        const string text = "The mayor spoke to The Washington Post on Monday.\n\nThe Post said the interview lasted an hour.";

        Only(text, "an hour").Speaker!.Name.Should().Be("Washington Post");
    }

    [Fact]
    public void A_campaign_owned_by_one_name_is_not_the_campaign_of_another()
    {
        const string text = "Rivals trade blows before the primary\n\nClinton’s campaign has spent heavily on ads in Iowa.\n\n"
            + "The Sanders campaign said it had raised more money than expected.";

        Only(text, "more money").Speaker!.Name.Should().NotContain("Clinton");
    }

    [Fact]
    public void A_nominal_of_another_trade_is_not_the_named_organisation_with_that_head()
    {
        const string text = "The oil giant Petrona Global reported weak results.\n\nBooks rose 1 percent. The online retail giant said \"sales were strong\" on Friday.";

        Only(text, "sales were strong").Speaker?.Name.Should().NotBe("Petrona Global");
    }

    [Fact]
    public void The_same_trade_again_is_the_named_organisation()
    {
        const string text = "The oil giant Petrona Global reported weak results.\n\nThe oil giant said \"prices were low\" on Friday.";

        Only(text, "prices were low").Speaker!.Name.Should().Be("Petrona Global");
    }

    [Fact]
    public void A_headline_noun_alone_is_not_a_name_the_noun_stands_for()
    {
        const string text = "Live updates 9:12PM Acme Disputes Characterization Of Network's Reporting On Carson\nKBC was quick to push back after the senator blamed the network.\nIn a statement, the network said that the claim was \"false.\"\n";

        Only(text, "the claim was").Speaker!.Name.Should().Be("KBC");
    }

    [Fact]
    public void An_acronym_in_the_nominal_sentence_comes_before_an_older_name_that_fits_by_its_words()
    {
        const string text = "Lagos Television aired the debate.\n\nCNN pushed back after the senator blamed the broadcaster, and the broadcaster said that the claim was \"false.\"\n";

        Only(text, "the claim was").Speaker!.Name.Should().Be("CNN");
    }

    [Fact]
    public void An_acronym_is_the_organisation_named_in_full_before_it()
    {
        const string text = "The National Fisheries Safety Board opened an inquiry on Monday.\n\n"
            + "The NFSB said the trawler had sailed without a permit.";

        var quote = ResultInvariants.OnlyQuote(text, "trawler");

        quote.Speaker!.Name.Should().Be("National Fisheries Safety Board");
    }

    [Fact]
    public void An_acronym_in_brackets_after_a_name_is_that_organisation_though_it_spells_no_strict_initials()
    {
        const string text = "The state broadcaster Northfield Central Television (NCTV) reported the landslide on Monday.\n\n"
            + "“Three villages have been cut off,” NCTV said.";

        var speaker = Only(text, "cut off").Speaker!;

        speaker.Name.Should().Be("Northfield Central Television");
        speaker.Aliases.Should().Contain("NCTV");
    }

    [Fact]
    public void The_agency_is_a_board_named_before()
    {
        const string text = "Investigators from the National Pipeline Safety Board arrived at the site on Tuesday.\n\n"
            + "The agency said a preliminary report was due within a month.";

        Only(text, "preliminary report").Speaker!.Name.Should().Be("National Pipeline Safety Board");
    }

    [Fact]
    public void The_company_is_not_an_acronym_that_stands_for_a_public_body()
    {
        const string text = "The National Fisheries Safety Agency opened an inquiry on Monday.\n\n"
            + "Northwind Shipping said it would cooperate with the NFSA's inquiry.\n\n"
            + "“Safety is our first concern,” the company said.";

        var quote = ResultInvariants.OnlyQuote(text, "first concern");

        quote.Speaker!.Aliases.Append(quote.Speaker.Name).Should().NotContain(n => n.Contains("NFSA") || n.Contains("Agency"));
    }

    [Fact]
    public void A_country_word_opening_an_organisation_name_stays_in_it()
    {
        Only("The Canadian Nurses Association said staff were exhausted.", "staff were").Speaker!.Name.Should().Be("Canadian Nurses Association");
    }

    [Fact]
    public void Organisations_differing_only_in_their_country_word_are_two_speakers()
    {
        const string text = "The Irish Farmers Association said prices were too low.\n\nThe Scottish Farmers Association said prices were fair.";

        var result = ResultInvariants.Checked(text);

        result.Quotes.Select(q => q.Speaker!.Name).Should().Equal("Irish Farmers Association", "Scottish Farmers Association");
    }

    [Fact]
    public void A_capitalised_role_noun_opening_an_organisation_name_stays_in_it()
    {
        Only("The Police Federation said the vote was fair.", "vote was fair").Speaker!.Name.Should().Be("Police Federation");
    }

    [Fact]
    public void An_organisation_name_before_a_role_noun_describes_a_person()
    {
        var quote = Only("A Police Federation spokesman said the vote was fair.", "vote was fair");

        quote.Speaker!.Kind.Should().Be(SpeakerKind.Person);
    }

    [Fact]
    public void A_description_after_the_last_of_places_listed_after_in_describes_no_place()
    {
        Only("Prices rose in Leeds and Bristol, the survey found.", "Prices rose").Speaker!.Name.Should().Be("survey");
    }

    [Fact]
    public void A_legal_suffix_after_a_comma_is_part_of_the_company_not_a_speaker()
    {
        const string text = "LYON, France, May 3, 2025 /PRNewswire/ -- Tessor Labs, Inc., a maker of sensors, today announced the launch of its Vela chip.";

        Only(text, "launch of its Vela chip").Speaker!.Name.Should().Be("Tessor Labs");
    }

    [Fact]
    public void An_apposition_after_a_company_suffix_and_its_ticker_describes_the_company()
    {
        const string text = "LYON, France, May 3, 2025 /PRNewswire/ -- Tessor Labs, Inc. (NYSE: TSL), a maker of sensors, today announced the launch of its Vela chip.";

        Only(text, "launch of its Vela chip").Speaker!.Name.Should().Be("Tessor Labs");
    }

    [Fact]
    public void The_company_is_the_subject_of_the_sentence_before_not_the_company_named_since_as_its_object()
    {
        const string text = "Corvane Logistics Inc. said Monday it had agreed to buy Pellwick Holdings for $410 million. "
            + "The deal adds 14 warehouses to its network, the company said.";

        Only(text, "14 warehouses").Speaker!.Name.Should().Be("Corvane Logistics Inc");
    }
}
