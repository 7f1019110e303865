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

        q.Speaker!.Name.Should().Be("Another");
    }

    [Fact]
    public void Another_with_no_group_before_is_someone_unnamed_not_the_speaker_before()
    {
        var quotes = Extract("“It was cold,” said Tom Reid, a driver. Another said, “We were not told anything.”");

        quotes.Should().HaveCount(2);
        quotes[1].Speaker!.Name.Should().Be("Another");
        quotes[1].Speaker!.Id.Should().NotBe(quotes[0].Speaker!.Id);
        quotes[1].Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void Yet_another_opening_the_sentence_is_someone_unnamed()
    {
        var quotes = Extract("“It was cold,” said Tom Reid, a driver. Yet another said, “We were not told anything.”");

        quotes[1].SpeakerMention!.Value.Text.Should().Be("another");
    }

    [Fact]
    public void One_after_a_quote_with_no_group_before_is_someone_unnamed()
    {
        var quotes = Extract("“It was cold,” said Ann Hill, a nurse. “Nobody came,” one said.");

        quotes.Should().HaveCount(2);
        quotes[1].Speaker!.Name.Should().Be("one");
    }

    [Fact]
    public void Two_unnamed_speakers_are_two_people()
    {
        var quotes = Extract("The shelter ran out of blankets. “Nobody came,” one said. “We slept in cars,” another said.");

        quotes.Should().HaveCount(2);
        quotes[0].Speaker!.Id.Should().NotBe(quotes[1].Speaker!.Id);
    }

    [Fact]
    public void A_quote_that_runs_on_from_an_unnamed_speaker_keeps_that_speaker()
    {
        var quotes = Extract("“It was cold,” said Ann Hill, a nurse. Another said, “We were not told anything.” “Nobody came.”");

        quotes[^1].Speaker!.Name.Should().Be("Another");
    }

    [Fact]
    public void One_of_them_after_a_quote_speaks_for_the_group_named_before_with_its_cue()
    {
        // "Nurses at the hospital described the strain" reports its object, as "Nurses described the strain" does.
        var q = new QuoteExtractor().Extract("Nurses at the hospital described the strain. “We are exhausted,” one of them told me.")
            .Quotes.Should().ContainSingle(quote => quote.Kind == QuoteKind.Direct).Subject;

        q.Speaker!.Name.Should().Be("Nurses");
        q.Cue!.Value.Text.Should().Be("told");
    }

    [Fact]
    public void Said_one_of_a_group_is_that_group_not_the_speaker_before()
    {
        var quotes = Extract("“I cannot share that,” the assistant replied.\n\n“It was chaos,” said one of the organizers.");

        quotes[1].SpeakerMention!.Value.Text.Should().Be("the organizers");
    }

    private static IReadOnlyList<Quote> Extract(string text) => new QuoteExtractor().Extract(text).Quotes;
}
