using FluentAssertions;
using QuoteKit.Mentions;

namespace QuoteKit.Tests.Mentions;

public sealed class MentionTextTests
{
    [Fact]
    public void A_slice_spells_its_chars_of_the_input()
    {
        var text = new MentionText("Senator Ann Lee said", 8, 7);

        text.ToString().Should().Be("Ann Lee");
    }

    [Fact]
    public void Extended_is_a_longer_slice_when_the_input_goes_on_that_way()
    {
        const string input = "China’s state broadcaster said";
        var possessor = new MentionText(input, 0, 5);

        var extended = possessor.Extended("China’s state broadcaster");

        extended.IsNone.Should().BeFalse();
        extended.ToString().Should().Be("China’s state broadcaster");
    }

    [Fact]
    public void Extended_is_none_when_the_input_spells_it_otherwise()
    {
        const string input = "China's state broadcaster said";
        var possessor = new MentionText(input, 0, 5);

        possessor.Extended("China’s state broadcaster").IsNone.Should().BeTrue();
    }

    [Fact]
    public void The_default_value_is_none()
    {
        default(MentionText).IsNone.Should().BeTrue();
    }

    [Fact]
    public void Equal_ignoring_case_compares_the_chars_not_the_source()
    {
        new MentionText("said PUTIN", 5, 5).EqualsIgnoreCase(new MentionText("Putin")).Should().BeTrue();
    }

    [Fact]
    public void Name_parts_are_the_words_between_single_spaces()
    {
        var parts = new NameParts(new MentionText("by Ann Marie Lee today", 3, 13));

        parts.Length.Should().Be(3);
        parts[0].ToString().Should().Be("Ann");
        parts[1].ToString().Should().Be("Marie");
        parts[2].ToString().Should().Be("Lee");
    }

    [Fact]
    public void A_name_of_one_word_is_its_only_part()
    {
        var parts = new NameParts(new MentionText("Putin"));

        parts.Length.Should().Be(1);
        parts[0].ToString().Should().Be("Putin");
    }

    [Fact]
    public void No_name_has_no_parts()
    {
        new NameParts(default).Length.Should().Be(0);
    }

    [Fact]
    public void Name_parts_contain_a_word_ignoring_case()
    {
        var parts = new NameParts(new MentionText("Xi Jinping"));

        parts.ContainsIgnoreCase(new MentionText("jinping")).Should().BeTrue();
        parts.ContainsIgnoreCase(new MentionText("Jin")).Should().BeFalse();
    }
}
