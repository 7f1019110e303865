using FluentAssertions;
using QuoteKit.Entities;
using QuoteKit.Mentions;
using Xunit;

namespace QuoteKit.Tests.Entities;

public sealed class EntityKeyComparerTests
{
    private static readonly EntityKeyComparer Comparer = EntityKeyComparer.Instance;

    [Theory]
    [InlineData("Vladimir Putin", "VLADIMIR PUTIN")]
    [InlineData("China’s leader", "CHINA’S LEADER")]
    [InlineData("Élysée", "élysée")]
    [InlineData("Kelvin \u212A", "kelvin k")]
    public void Keys_equal_ignoring_case_are_equal_and_hash_alike(string a, string b)
    {
        var x = new EntityKey(1, 'd', new MentionText(a));
        var y = new EntityKey(1, 'd', new MentionText(b));

        Comparer.Equals(x, y).Should().BeTrue();
        Comparer.GetHashCode(x).Should().Be(Comparer.GetHashCode(y));
    }

    [Fact]
    public void Slices_of_different_texts_spelling_one_name_are_equal()
    {
        var x = new EntityKey(1, '|', new MentionText("said Putin on Monday", 5, 5));
        var y = new EntityKey(1, '|', new MentionText("PUTIN"));

        Comparer.Equals(x, y).Should().BeTrue();
        Comparer.GetHashCode(x).Should().Be(Comparer.GetHashCode(y));
    }

    [Fact]
    public void Keys_of_different_segments_are_not_equal()
    {
        Comparer.Equals(new EntityKey(1, '|', new MentionText("Putin")), new EntityKey(2, '|', new MentionText("Putin"))).Should().BeFalse();
    }

    [Fact]
    public void Every_char_hashes_like_its_invariant_lower_case_when_the_keys_are_equal()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            string upper = "x" + (char)c;
            string lower = upper.ToLowerInvariant();
            var x = new EntityKey(0, '|', new MentionText(upper));
            var y = new EntityKey(0, '|', new MentionText(lower));
            if (Comparer.Equals(x, y))
            {
                Comparer.GetHashCode(x).Should().Be(Comparer.GetHashCode(y), "char U+{0:X4}", c);
            }
        }
    }

    [Fact]
    public void A_surrogate_pair_is_hashed_like_its_lower_case()
    {
        // U+10400 DESERET CAPITAL LETTER LONG I lower-cases to U+10428.
        var x = new EntityKey(0, 'd', new MentionText("\U00010400 Smith"));
        var y = new EntityKey(0, 'd', new MentionText("\U00010428 smith"));

        Comparer.Equals(x, y).Should().BeTrue();
        Comparer.GetHashCode(x).Should().Be(Comparer.GetHashCode(y));
    }
}
