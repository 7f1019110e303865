using FluentAssertions;

namespace QuoteKit.Tests.Attribution;

/// <summary>"one", "another", "some" as the speaker of a direct quote: members of the group named before.</summary>
public sealed class IndefiniteMemberSpeakerTests
{
    private static Quote Single(string text) => new QuoteExtractor().Extract(text).Quotes.Should().ContainSingle().Subject;

    [Fact]
    public void One_after_a_quote_speaks_for_the_group_named_before_with_its_cue()
    {
        var q = Single("Fans packed the square after the win. “We waited years for this,” one said.");

        q.Speaker!.Name.Should().Be("Fans");
        q.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void Another_introducing_a_quote_speaks_for_the_group_named_before_with_its_cue()
    {
        var q = Single("Fans packed the square after the win. Another added: “Best night in years.”");

        q.Speaker!.Name.Should().Be("Fans");
        q.Cue!.Value.Text.Should().Be("added");
    }

    [Fact]
    public void A_group_named_only_as_an_object_is_not_whom_another_speaks_for()
    {
        var q = Single("On Sunday the organizers gave the other runners more time. Another tweeted, “The rules are a joke.”");

        q.Cue.Should().BeNull();
    }
}
