using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>Forms of address (Mr., Mrs, Dr, Sir) before a name are neither part of a longer description nor its head.</summary>
public sealed class HonorificTests
{
    private static QuoteExtractionResult Extract(string text) => ResultInvariants.Checked(text);

    [Fact]
    public void An_honorific_after_a_role_is_left_out_of_the_description()
    {
        const string text = "Labour leader Sir Keir Starmer said the plan had failed.";

        var speaker = Extract(text).Speakers.Should().ContainSingle().Subject;

        speaker.Name.Should().Be("Keir Starmer");
        speaker.Descriptions.Should().Contain("Labour leader").And.NotContain(d => d.EndsWith("Sir"));
    }

    [Fact]
    public void An_honorific_after_a_role_with_a_period_is_left_out_of_the_description()
    {
        const string text = "The campaign's chief strategist Dr. Ana Ruiz said the plan had failed.";

        var speaker = Extract(text).Speakers.Should().ContainSingle().Subject;

        speaker.Descriptions.Should().NotContain(d => d.EndsWith("Dr."));
    }

    [Fact]
    public void Words_of_the_sentence_before_an_honorific_are_no_description()
    {
        const string text = "The storm came after the vote. Then came Mr. Lee, who said the count was wrong.";

        var quote = Extract(text).Quotes.Should().ContainSingle(q => q.Text.Contains("the count")).Subject;

        quote.Speaker!.Name.Should().Be("Lee");
        quote.Speaker.Descriptions.Should().Equal("Mr.");
    }

    [Fact]
    public void An_honorific_alone_stays_the_description()
    {
        const string text = "Dr Sarah Jones, an economist, said prices could rise.";

        Extract(text).Speakers.Should().ContainSingle().Which.Descriptions.Should().Contain("Dr");
    }

    [Fact]
    public void A_detective_chief_inspector_abbreviated_dci_is_the_same_officer()
    {
        const string text = "Detective Chief Inspector Ruth Hale said officers wanted footage. “It could be vital,” DCI Hale said.";

        Extract(text).Speakers.Should().ContainSingle().Which.Name.Should().Be("Ruth Hale");
    }

    [Fact]
    public void Madam_before_a_family_name_first_is_a_title()
    {
        const string text = "Madam Lim Bee Hoon, 67, said she needed help.\n\n“I cannot lift him myself,” said Madam Lim.";

        Extract(text).Speakers.Should().ContainSingle().Which.Name.Should().Be("Lim Bee Hoon");
    }

    [Fact]
    public void Councilmember_is_a_title_before_a_name()
    {
        const string text = "City Councilmember Dana Oyelaran said she wanted a review of the drains.";

        Extract(text).Speakers.Should().ContainSingle().Which.Name.Should().Be("Dana Oyelaran");
    }

    [Fact]
    public void A_forecaster_title_before_a_name_is_left_out_of_the_name()
    {
        const string text = "Meteorologist Dana Ruiz said more storms were possible on Tuesday.";

        Extract(text).Speakers.Should().ContainSingle().Which.Name.Should().Be("Dana Ruiz");
    }

    [Fact]
    public void Kim_is_a_first_name_of_either_gender()
    {
        const string text = "Forecaster Kim Park said more storms were possible. “Move your car to higher ground,” she said.";

        Extract(text).Quotes.Should().Contain(q => q.Kind == QuoteKind.Direct).Which.Speaker!.Name.Should().Be("Kim Park");
    }

    [Fact]
    public void A_titled_first_name_that_is_also_a_nationality_is_the_named_person()
    {
        // "Finn" is a first name and a Finnish person's noun: after "Prof" it is Owen Finn's surname.
        const string text = "Professor Owen Finn, a virologist, spoke on Monday.\n\n“The jab is safe,” Prof Finn said.";

        ResultInvariants.OnlyQuote(text, "jab is safe").Speaker!.Name.Should().Be("Owen Finn");
    }

    [Fact]
    public void St_before_one_capitalised_word_is_a_place_no_one_speaks_for()
    {
        const string text = "Tom Pike has run a bakery for years. In parts of St Ives, every shutter is down.\n\n“The town empties in winter,” he said.";

        ResultInvariants.OnlyQuote(text, "town empties").Speaker!.Name.Should().Be("Tom Pike");
    }
}
