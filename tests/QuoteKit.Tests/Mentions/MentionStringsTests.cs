using FluentAssertions;
using QuoteKit.Mentions;

namespace QuoteKit.Tests.Mentions;

public sealed class MentionStringsTests
{
    [Fact]
    public void The_same_characters_give_the_same_string_object()
    {
        var strings = MentionStrings.ForCurrentThread;
        string text = "Putin met Putin";

        var first = strings.Get(text.AsSpan(0, 5));
        var second = strings.Get(text.AsSpan(10, 5));

        first.Should().Be("Putin");
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void Strings_differing_only_in_case_stay_apart()
    {
        var strings = MentionStrings.ForCurrentThread;

        strings.Get("Leader").Should().Be("Leader");
        strings.Get("leader").Should().Be("leader");
    }

    [Fact]
    public void The_lower_case_form_is_invariant_lower_case()
    {
        MentionStrings.ForCurrentThread.GetLowerInvariant("SpokesWoman").Should().Be("spokeswoman");
    }

    [Fact]
    public void A_full_table_is_emptied_and_still_returns_equal_strings()
    {
        var strings = MentionStrings.ForCurrentThread;
        for (int i = 0; i < 20_000; i++)
        {
            string word = "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            strings.Get(word.AsSpan()).Should().Be(word);
        }
    }
}
