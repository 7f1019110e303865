using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Where the object a cue reports ends when names follow a comma.</summary>
public sealed class ObjectBoundaryTests
{
    private static List<Quote> Reported(string text) => ResultInvariants.Reported(text);

    [Fact]
    public void A_name_in_apposition_after_the_object_belongs_to_it()
    {
        var q = Reported("The vote was close. Tom Ruiz criticized his rival, Ann Lee, for the delay.").Should().ContainSingle().Subject;

        q.Text.Should().Be("his rival, Ann Lee, for the delay");
    }

    [Fact]
    public void A_list_of_names_after_the_object_belongs_to_it()
    {
        var q = Reported("The vote was close. Tom Ruiz praised the mayor's aides, Ann Lee, Sam Park and Maria Diaz.").Should().ContainSingle().Subject;

        q.Text.Should().Be("the mayor's aides, Ann Lee, Sam Park and Maria Diaz");
    }

    [Fact]
    public void A_name_before_a_trailing_cue_is_no_part_of_the_object()
    {
        var quotes = Reported("The vote was close. Tom Ruiz criticized the plan, Ann Lee said.");

        quotes.Should().NotContain(q => q.Text.Contains("Ann Lee", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_with_its_age_in_apposition_belongs_to_the_object()
    {
        var q = Reported("The vote was close. Tom Ruiz accused his brother, Sam Ruiz, 47, of selling the grain.").Should().ContainSingle().Subject;

        q.Text.Should().Be("his brother, Sam Ruiz, 47, of selling the grain");
    }

    [Fact]
    public void A_list_of_names_with_party_and_state_tags_belongs_to_the_object()
    {
        var q = Reported("The vote was close. Tom Ruiz praised Speaker Sam Park (R-Ohio), Sen. Ann Lee (R-Iowa), and Sen. Maria Diaz (D-Utah).")
            .Should().ContainSingle().Subject;

        q.Text.Should().Be("Speaker Sam Park (R-Ohio), Sen. Ann Lee (R-Iowa), and Sen. Maria Diaz (D-Utah)");
    }

    [Fact]
    public void A_list_of_names_with_their_states_belongs_to_the_object()
    {
        var q = Reported("The vote was close. Tom Ruiz criticized the other candidates, including Sam Park, Sen. Ann Lee of Ohio and Sen. Maria Diaz of Utah.")
            .Should().ContainSingle().Subject;

        q.Text.Should().Be("the other candidates, including Sam Park, Sen. Ann Lee of Ohio and Sen. Maria Diaz of Utah");
    }
}
