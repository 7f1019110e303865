using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>Titles, portfolios and name particles of news outside the United States: Irish, Arabic, British and UN usage.</summary>
public sealed class WorldNameTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    [Theory]
    [InlineData("Cllr Debra Coupar said the city centre was safe.", "Debra Coupar")]
    [InlineData("UN Secretary-General Antonio Guterres said the situation was grave.", "Antonio Guterres")]
    [InlineData("Labour TD Aoife Dunne said the figures were wrong.", "Aoife Dunne")]
    [InlineData("Alhaji Musa Bello said his mill would open in May.", "Musa Bello")]
    [InlineData("Taoiseach Niall Brennan said the plan was ready.", "Niall Brennan")]
    [InlineData("The accused's lawyer, Advocate Thabo Dlamini, said his client would appeal.", "Thabo Dlamini")]
    public void A_title_before_a_name_is_left_out_of_the_name(string text, string name)
    {
        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Minister for Housing Conor Walsh said the plan was ready.", "Conor Walsh")]
    [InlineData("Minister of Foreign Affairs Li Wen said the visit had gone well.", "Li Wen")]
    public void A_title_with_its_portfolio_before_a_name_is_that_person(string text, string name)
    {
        var speaker = Extract(text).Quotes.Should().ContainSingle().Which.Speaker!;

        speaker.Name.Should().Be(name);
        speaker.Descriptions.Should().ContainSingle(d => d.StartsWith("Minister "));
    }

    [Theory]
    [InlineData("Leader of the Opposition Imran Qadir said the vote was rigged.", "Imran Qadir")]
    [InlineData("Minister of the Interior Ana Ferro said the vote was fair.", "Ana Ferro")]
    public void A_portfolio_opened_by_the_before_a_name_belongs_to_the_title(string text, string name)
    {
        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Minister of State for Transport Tan Wei Ling said the line would open in May.", "Tan Wei Ling")]
    [InlineData("Leader of Opposition in the Rajya Sabha Arvind Mehra said the bill was rushed.", "Arvind Mehra")]
    public void A_portfolio_of_two_prepositional_parts_before_a_name_belongs_to_the_title(string text, string name)
    {
        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be(name);
    }

    [Fact]
    public void A_hyphenated_role_before_a_name_is_its_description()
    {
        const string text = "Green Party co-leader Carla Denyer has taken Bristol Central. “People wanted change,” she said.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Carla Denyer");
    }

    [Fact]
    public void A_surname_behind_the_arabic_article_is_a_name()
    {
        const string text = "Abu Salim al-Hariri, a father of four, told reporters the camp was full.\n\n"
            + "“We have nothing left,” al-Hariri said.";

        var speakers = Extract(text).Quotes.Select(q => q.Speaker?.Name);

        speakers.Should().Equal("Abu Salim al-Hariri", "Abu Salim al-Hariri");
    }

    [Fact]
    public void An_irish_surname_with_its_particle_is_the_full_name()
    {
        const string text = "Síle Ní Bhriain, a tenant in Cork, said she had moved three times.\n\n"
            + "“Every time the landlord sells, we are out,” Ms Ní Bhriain said.";

        var result = Extract(text);

        result.Speakers.Should().ContainSingle().Which.Name.Should().Be("Síle Ní Bhriain");
    }

    [Fact]
    public void A_role_with_its_own_determiner_in_apposition_is_the_named_person()
    {
        const string text = "Her brother, the musician Toby Grant, says the family keeps her grounded.";

        Extract(text).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Toby Grant");
    }
}
