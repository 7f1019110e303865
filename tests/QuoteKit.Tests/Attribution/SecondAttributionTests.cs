using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>
/// A reported clause ends where a second attribution with a subject of its own begins, and that attribution reports
/// its own statement.
/// </summary>
public sealed class SecondAttributionTests
{
    private static List<Quote> Reported(string text) => ResultInvariants.Reported(text);

    [Fact]
    public void A_quantity_with_more_than_opens_a_second_attribution()
    {
        var quotes = Reported("The vote was close. Most farmers said the harvest was poor, and more than 3 in 10 said prices would fall further.");

        quotes.Select(q => q.Text).Should().Equal("the harvest was poor", "prices would fall further");
    }

    [Fact]
    public void A_share_of_a_group_after_a_semicolon_opens_a_second_attribution()
    {
        var quotes = Reported("The vote was close. Many residents said the bridge was unsafe; 40 percent of commuters said they avoid it at night.");

        quotes.Select(q => q.Text).Should().Equal("the bridge was unsafe", "they avoid it at night");
    }

    [Fact]
    public void A_spaced_hyphen_before_a_subject_and_cue_opens_a_second_attribution()
    {
        var quotes = Reported("The vote was close. Some economists say the rate cut came too late - others say it will work by spring.");

        quotes.Select(q => q.Text).Should().Equal("the rate cut came too late", "it will work by spring");
    }

    [Fact]
    public void A_named_subject_with_an_apposition_opens_a_second_attribution()
    {
        var quotes = Reported("The vote was close. The ministry maintains that the tunnel is on schedule, and Anna Berg, the chief engineer, said her team would finish it in May.");

        quotes.Select(q => q.Text).Should().Equal("the tunnel is on schedule", "her team would finish it in May");
        quotes[1].Speaker!.Name.Should().Be("Anna Berg");
    }

    [Fact]
    public void A_time_adjunct_before_the_second_subject_belongs_to_the_second_attribution()
    {
        var quotes = Reported("The vote was close. Where she once claimed that the river was clean, on Monday night Ann Lee said it still carried lead.");

        quotes.Select(q => q.Text).Should().Equal("the river was clean", "it still carried lead");
    }

    [Fact]
    public void A_group_compared_with_after_a_comma_says_its_own_statement()
    {
        var quotes = Reported("The vote was close. Sixty percent of parents say the schools are improving, compared with 20 percent who say the opposite of the district.");

        quotes.Select(q => q.Text).Should().Equal("the schools are improving", "the opposite of the district");
    }

    [Fact]
    public void A_named_subject_after_a_bare_and_opens_a_second_attribution()
    {
        var quotes = Reported("The vote was close. The mayor said the budget would be balanced and the governor says the state will cover the gap.");

        quotes.Select(q => q.Text).Should().Equal("the budget would be balanced", "the state will cover the gap");
    }

    [Fact]
    public void Two_names_joined_by_and_stay_one_subject_inside_a_statement()
    {
        var quotes = Reported("The vote was close. The mayor said that Ann Lee and Tom Ruiz say the budget is balanced.");

        quotes.Should().Contain(q => q.Cue!.Value.Text == "said" && q.Text.StartsWith("Ann Lee and Tom Ruiz", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_resuming_after_a_trailing_attribution_with_and_and_a_subject_is_another_statement()
    {
        var quotes = Reported("The vote was close. The jet was insured for $35 million in 2011, filings show, and aviation experts say it is now worth about $18 million.");

        quotes.Select(q => q.Text).Should().Equal("The jet was insured for $35 million in 2011", "it is now worth about $18 million");
    }

    [Fact]
    public void A_conjunction_after_a_cue_without_a_clause_is_no_object()
    {
        var quotes = Reported("The vote was close. The mayor declined to comment and Ann Lee said the report was wrong.");

        quotes.Should().NotContain(q => q.Cue!.Value.Text == "comment");
        quotes.Should().Contain(q => q.Text == "the report was wrong");
    }

    [Fact]
    public void A_participle_cue_after_a_partial_quotation_closing_on_its_comma_reports_its_own_statement()
    {
        var quotes = Reported("The vote was close. Ann Lee said the fears were \u201coverblown,\u201d adding that the bridge had \u201csignificant upside.\u201d");

        quotes.Select(q => q.Text).Should().Equal("the fears were \u201coverblown,\u201d", "the bridge had \u201csignificant upside.\u201d");
    }

    [Fact]
    public void A_subject_and_cue_after_a_partial_quotation_closing_on_its_comma_open_a_second_attribution()
    {
        var quotes = Reported("The vote was close. Tom Ruiz admitted he and the mayor had \u201cbeen friends for some time,\u201d he claimed they had never met in person.");

        quotes.Should().Contain(q => q.Text == "they had never met in person" && q.Cue!.Value.Text == "claimed");
    }
}
