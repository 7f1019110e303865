using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>A quote standing alone, whose speaker the next sentence names: "That was the message from …", "So said …".</summary>
public sealed class NamedAfterTests
{
    [Fact]
    public void That_was_the_message_from_names_the_speaker_of_the_quote_before()
    {
        const string text = "Port talks fail\n\n“We will not be pushed around.”\n\nThat was the message from union leader Frank Doyle on Tuesday as talks broke down.";

        var quote = ResultInvariants.OnlyQuote(text, "pushed around");

        quote.Speaker!.Name.Should().Be("Frank Doyle");
        quote.SpeakerMention!.Value.Text.Should().Be("union leader Frank Doyle");
    }

    [Fact]
    public void Those_were_the_words_of_names_the_speaker_past_a_possessor()
    {
        const string text = "Port talks fail\n\n“Nobody wins a strike.”\n\nThose were the words of the port's chief executive, Susan Marsh, on Monday.";

        ResultInvariants.OnlyQuote(text, "Nobody wins").Speaker!.Name.Should().Be("Susan Marsh");
    }

    [Fact]
    public void So_said_names_the_speaker_after_the_cue()
    {
        const string text = "Port talks fail\n\n“Everyone loses.”\n\nSo said analyst Raj Patel, who has followed the port for years.";

        var quote = ResultInvariants.OnlyQuote(text, "Everyone loses");

        quote.Speaker!.Name.Should().Be("Raj Patel");
        quote.Cue!.Value.Text.Should().Be("said");
    }

    [Fact]
    public void Thats_what_someone_told_names_the_one_telling()
    {
        const string text = "Port talks fail\n\n“It makes no sense.”\n\nThat's what Frank Doyle told reporters after the talks.";

        ResultInvariants.OnlyQuote(text, "no sense").Speaker!.Name.Should().Be("Frank Doyle");
    }

    [Fact]
    public void A_sentence_after_the_quote_that_names_no_one_leaves_it_unattributed()
    {
        const string text = "Port talks fail\n\n“We will not be pushed around.”\n\nThat was the mood on the docks in Dover on Tuesday.";

        ResultInvariants.OnlyQuote(text, "pushed around").Speaker.Should().BeNull();
    }
}
