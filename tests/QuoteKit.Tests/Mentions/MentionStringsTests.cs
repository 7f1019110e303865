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

    [Fact]
    public void A_string_asked_for_again_and_again_stays_the_same_object_through_a_stream_of_new_strings()
    {
        var strings = MentionStrings.ForCurrentThread;
        var said = strings.Get("said".AsSpan());
        for (int i = 0; i < 20_000; i++)
        {
            strings.Get(("n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).AsSpan());
            if (i % 100 == 0)
            {
                strings.Get("said".AsSpan());
            }
        }

        strings.Get("said".AsSpan()).Should().BeSameAs(said);
    }

    [Fact]
    public void A_string_not_asked_for_again_is_let_go_after_many_new_strings()
    {
        var strings = MentionStrings.ForCurrentThread;
        var once = strings.Get("asked-only-once".AsSpan());
        for (int i = 0; i < 20_000; i++)
        {
            strings.Get(("m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).AsSpan());
        }

        strings.Get("asked-only-once".AsSpan()).Should().Be(once).And.NotBeSameAs(once);
    }
}
