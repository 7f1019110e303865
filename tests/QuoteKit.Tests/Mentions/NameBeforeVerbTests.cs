using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>A name followed by its verb and a role noun ("Michael Duggan carried passengers") is a name, not a modifier of the role noun.</summary>
public sealed class NameBeforeVerbTests
{
    [Fact]
    public void A_name_before_a_past_verb_and_a_role_noun_names_the_speaker_later()
    {
        const string text = "Ferry to close\n\nMichael Duggan carried passengers across the river for 41 years.\n\n“I started young,” Duggan said.";

        ResultInvariants.OnlyQuote(text, "started young").Speaker!.Name.Should().Be("Michael Duggan");
    }

    [Fact]
    public void A_name_before_an_irregular_past_verb_and_a_role_noun_names_the_speaker_later()
    {
        const string text = "New minister\n\nRosa Delgado became health minister in March.\n\n“We will fix it,” Delgado said.";

        ResultInvariants.OnlyQuote(text, "We will fix it").Speaker!.Name.Should().Be("Rosa Delgado");
    }

    [Fact]
    public void A_past_form_after_an_article_still_modifies_the_role_noun()
    {
        const string text = "The retired teachers said the plan would fail.";

        ResultInvariants.OnlyQuote(text, "plan would fail").SpeakerMention!.Value.Text.Should().Be("The retired teachers");
    }

    [Fact]
    public void A_name_before_a_present_verb_and_a_role_noun_names_the_speaker_later()
    {
        const string text = "Housing row\n\nAnn Whitcombe helps tenants fight evictions in the city.\n\n“Nobody listens to them,” Whitcombe said.";

        ResultInvariants.OnlyQuote(text, "Nobody listens").Speaker!.Name.Should().Be("Ann Whitcombe");
    }

    [Fact]
    public void A_span_of_time_opening_a_sentence_is_no_name()
    {
        const string text = "Dana Pruitt lost the vote.\n\nMinutes later, she told supporters, “We will be back.”";

        ResultInvariants.OnlyQuote(text, "We will be back").Speaker!.Name.Should().Be("Dana Pruitt");
    }

    [Fact]
    public void A_surname_ending_in_ly_that_the_text_capitalises_inside_a_sentence_opens_a_name()
    {
        const string text = "Minister Omar Haddly toured the port on Monday.\n\nHaddly said the new cranes would arrive in June.";

        ResultInvariants.OnlyQuote(text, "new cranes").Speaker!.Name.Should().Be("Omar Haddly");
    }

    [Fact]
    public void A_name_after_an_article_before_a_speech_verb_and_its_listeners_is_not_a_group_of_listeners()
    {
        const string text = "Jeffrey Lewis of the Middlebury Institute told reporters that the test was real.";

        ResultInvariants.OnlyQuote(text, "test was real").Speaker!.Name.Should().Be("Jeffrey Lewis");
    }

    [Fact]
    public void A_speech_participle_after_an_article_still_modifies_the_role_noun()
    {
        const string text = "The alleged gunman told investigators that he had acted alone.";

        ResultInvariants.OnlyQuote(text, "acted alone").SpeakerMention!.Value.Text.Should().Be("The alleged gunman");
    }
}
