using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>
/// A US state ties a lawmaker to a later role nominal: "Sen. Ann Cole, R-Fla., … the Florida senator said",
/// "Rep. Bo Hale of Ohio, the Ohio Democrat", "the Texan".
/// </summary>
public sealed class UsStateTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    private static string SpeakerOf(string text, string quoted) =>
        Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains(quoted)).Which.Speaker!.Name;

    [Fact]
    public void A_senator_named_by_state_is_the_senator_from_that_state_not_the_last_senator()
    {
        const string text = "Sen. Ann Cole, R-Fla., backed the bill. Sen. Tom Reyes, R-Texas, opposed it.\n\n"
            + "The Florida senator said the vote would be close.";

        SpeakerOf(text, "vote would be close").Should().Be("Ann Cole");
    }

    [Fact]
    public void A_state_in_initials_with_periods_ties_the_senator_to_it()
    {
        const string text = "Sen. Ann Cole, D-N.Y., backed the bill. Sen. Tom Reyes, D-N.J., opposed it.\n\n"
            + "The New York senator said the vote would be close.";

        SpeakerOf(text, "vote would be close").Should().Be("Ann Cole");
    }

    [Fact]
    public void A_role_after_a_name_of_a_state_describes_the_person_not_the_state()
    {
        const string text = "Sen. Ann Cole of Florida, a Republican on the budget panel, said the bill was \"a giveaway.\"";

        Extract(text).Speakers.Should().ContainSingle(s => s.Name == "Ann Cole").Which.Descriptions.Should().Contain(d => d.Contains("Republican"));
    }

    [Fact]
    public void A_party_and_state_tag_is_no_speaker()
    {
        const string text = "Rep. Ann Cole, R-Ga., attacked the speaker online, writing that the deal was \"a surrender.\"";

        SpeakerOf(text, "a surrender").Should().Be("Ann Cole");
    }

    [Fact]
    public void A_party_nominal_with_a_state_is_the_person_from_that_state()
    {
        const string text = "Rep. Tom Reyes, the Texas Republican, voted no. Rep. Ann Cole, R-Ga., stayed away.\n\n"
            + "The Georgia Republican said she was weighing a motion to remove the chair.";

        SpeakerOf(text, "weighing a motion").Should().Be("Ann Cole");
    }

    [Fact]
    public void A_relative_pronoun_after_a_name_of_a_state_is_the_person()
    {
        const string text = "The plan was opposed by Sen. Tom Reyes of Arizona, who echoed the concerns of his colleagues.";

        SpeakerOf(text, "the concerns").Should().Be("Tom Reyes");
    }

    [Fact]
    public void A_state_demonym_is_the_person_from_that_state()
    {
        const string text = "Rep. Tom Reyes, R-Texas, spoke first. Rep. Ann Cole, D-Calif., followed him.\n\n"
            + "\"We keep kicking the can,\" the Texan said.";

        SpeakerOf(text, "kicking the can").Should().Be("Tom Reyes");
    }

    [Fact]
    public void A_state_in_brackets_after_a_name_ties_the_senator_to_it()
    {
        const string text = "Sens. Tom Reyes (Ky.) and Ann Cole (Fla.) debated tax credits on Tuesday.\n\n"
            + "The Kentucky senator said the credits would cost too much.";

        SpeakerOf(text, "would cost too much").Should().Be("Tom Reyes");
    }
}
