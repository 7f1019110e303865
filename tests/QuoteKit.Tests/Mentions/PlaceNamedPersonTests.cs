using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>A one-word name that is also a place or a nationality names a person when ", who" follows it.</summary>
public sealed class PlaceNamedPersonTests
{
    [Fact]
    public void A_capital_city_name_before_who_opening_the_sentence_is_a_person()
    {
        const string text = "The count ended late.\n\nParis, who ran the campaign office, said: “The count was wrong.”";

        var speaker = ResultInvariants.OnlyQuote(text, "count was wrong").Speaker!;

        speaker.Kind.Should().Be(SpeakerKind.Person);
    }

    [Fact]
    public void A_nationality_word_before_who_after_a_speech_verb_is_the_speaker()
    {
        const string text = "The count ended late.\n\n“The count was wrong,” said Cuban, who is also a judge on the show.";

        ResultInvariants.OnlyQuote(text, "count was wrong").Speaker!.Name.Should().Be("Cuban");
    }
}
