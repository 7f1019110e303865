using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>Organisations and groups as news outside the United States names them.</summary>
public sealed class WorldEntityTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    [Fact]
    public void An_organisation_word_before_of_makes_an_organisation()
    {
        const string text = "The Royal College of Midwifery said its members would vote next month.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Kind.Should().Be(SpeakerKind.Organization);
    }

    [Fact]
    public void A_business_noun_does_not_stand_for_an_organisation_named_by_its_head_before_of()
    {
        const string text = "The Royal College of Midwifery said its members would vote next month.\n\n"
            + "Brightwell Foods, which runs the canteens, was not at the talks. The company said it had no plans to cut jobs.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("cut jobs")).Subject;

        quote.Speaker!.Name.Should().NotContain("College");
    }

    [Fact]
    public void The_company_is_not_the_news_agency_of_the_dateline()
    {
        const string text = "OSLO, May 3 (Reuters) - Nordvik Energy raised its outlook on Tuesday after strong orders.\n\n"
            + "The company said revenue would grow by a tenth this year.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("revenue")).Subject;

        quote.Speaker!.Name.Should().NotBe("Reuters");
    }

    [Fact]
    public void The_two_leaders_include_a_prime_minister()
    {
        const string text = "President Ana Ruiz said at a news conference with Prime Minister Tom Berg that aid would go on.\n\n"
            + "Berg said his country would send more money. Nurse Olga Lind said the hospital had been hit twice.\n\n"
            + "“We sleep in the basement,” Lind said. The two leaders said they had also talked about trade.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("trade")).Subject;

        quote.Speaker!.Members.Select(m => m.Name).Should().BeEquivalentTo("Ana Ruiz", "Tom Berg");
    }

    [Fact]
    public void Both_men_are_no_women()
    {
        const string text = "Health Secretary Paul Grant and Chancellor Maria Stone met the union. Maria Stone said the offer was fair.\n\n"
            + "“We want a deal,” Stone said. Union leader John Hale said talks would go on. Both men said they were disappointed.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("disappointed")).Subject;

        quote.Speaker!.Members.Select(m => m.Name).Should().NotContain("Maria Stone");
    }

    [Fact]
    public void A_bare_surname_is_not_the_relative_called_by_the_given_name()
    {
        const string text = "Ayo Okafor does not like talking about herself.\n\n"
            + "Her mother, Tina, says she was always funny. “She did impressions at dinner,” Tina Okafor says.\n\n"
            + "Okafor shrugs off the award talk. “I just want to keep working,” she says.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("keep working")).Subject;

        quote.Speaker!.Name.Should().Be("Ayo Okafor");
    }

    [Fact]
    public void A_high_court_judge_named_with_his_title_is_the_judge()
    {
        const string text = "Mr Justice Hale said the department had shown “a troubling disregard” for the court.\n\n"
            + "“It is not acceptable to ignore this court,” the judge said.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("not acceptable")).Subject;

        quote.Speaker!.Name.Should().Be("Hale");
    }

    [Fact]
    public void A_bare_surname_stays_with_a_candidate_called_by_the_given_name()
    {
        const string text = "Senator Ruth Vance endorsed the plan on Monday.\n\n"
            + "Governor Jeb Vance spoke in Iowa. Supporters chanted “Jeb!” as Jeb took the stage.\n\n"
            + "Vance said the race was close.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("race")).Subject;

        quote.Speaker!.Name.Should().Be("Jeb Vance");
    }

    [Fact]
    public void The_two_presidents_are_the_presidents_named()
    {
        const string text = "Chinese President Li Wen and US President Joe Baker met on Wednesday. "
            + "“The world is big enough for both of us,” Li told Baker.\n\nThe two presidents also said they would meet again.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("meet again")).Subject;

        quote.Speaker!.Members.Select(m => m.Name).Should().BeEquivalentTo("Li Wen", "Joe Baker");
    }
}
