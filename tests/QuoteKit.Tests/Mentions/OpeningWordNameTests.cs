using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>Whether a capitalised word that opens a sentence is a name or a common word.</summary>
public sealed class OpeningWordNameTests
{
    [Fact]
    public void An_opening_word_with_a_description_in_commas_before_the_cue_is_a_name()
    {
        var quote = ResultInvariants.OnlyQuote("Uplift, a campaign group that fights poverty, said the plan was cruel.", "plan was cruel");

        quote.Speaker!.Name.Should().Be("Uplift");
    }

    [Fact]
    public void An_opening_adverb_before_a_description_is_no_name()
    {
        var quote = ResultInvariants.OnlyQuote("Meanwhile, a spokesman for the council said the plan was fair.", "plan was fair");

        quote.SpeakerMention!.Value.Text.Should().Be("a spokesman");
    }
}
