using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuoteKit.Lexicons;

namespace QuoteKit.Tests.Lexicons;

public sealed class WordSetTests
{
    // Short ASCII words (the packed table), longer ones and words with chars outside ASCII (the frozen set).
    private static readonly string[] Words = ["said", "a", "Told", "eightchr", "spokeswoman", "Zoë", "naïve", "I"];

    private static readonly WordSet IgnoreCase = new(Words, StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("told")]
    [InlineData("A")]
    [InlineData("i")]
    [InlineData("EightChr")]
    [InlineData("Spokeswoman")]
    [InlineData("ZOË")]
    [InlineData("Naïve")]
    public void Ignoring_case_a_set_holds_its_words_in_any_case(string word) =>
        IgnoreCase.Contains(word.AsSpan()).Should().BeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("sai")]
    [InlineData("saids")]
    [InlineData("dias")]
    [InlineData("eightch")]
    [InlineData("spokeswomen")]
    [InlineData("Zoe")]
    [InlineData("sa\u00EFd")]
    public void A_set_does_not_hold_a_word_that_differs_from_all_of_its_words(string word) =>
        IgnoreCase.Contains(word.AsSpan()).Should().BeFalse();

    [Theory]
    [InlineData("said", true)]
    [InlineData("Said", false)]
    [InlineData("Told", true)]
    [InlineData("told", false)]
    [InlineData("spokeswoman", true)]
    [InlineData("SPOKESWOMAN", false)]
    public void An_ordinal_set_holds_its_words_only_as_spelled(string word, bool expected) =>
        new WordSet(Words, StringComparer.Ordinal).Contains(word.AsSpan()).Should().Be(expected);

    [Theory]
    [InlineData("HE", 1)]
    [InlineData("she", 2)]
    [InlineData("Spokesperson", 3)]
    [InlineData("Élise", 4)]
    public void A_map_gives_the_value_stored_for_a_word_in_any_case(string word, int expected)
    {
        var map = new WordMap<int>(
            new Dictionary<string, int> { ["he"] = 1, ["She"] = 2, ["spokesperson"] = 3, ["élise"] = 4 },
            StringComparer.OrdinalIgnoreCase);

        map.TryGetValue(word.AsSpan(), out int value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Fact]
    public void A_frozen_set_converted_to_a_word_set_holds_the_same_words() =>
        ((WordSet)System.Collections.Frozen.FrozenSet.ToFrozenSet(["Warn", "reassure"], StringComparer.OrdinalIgnoreCase))
            .Contains("WARN".AsSpan()).Should().BeTrue();

    [Property(MaxTest = 300)]
    public Property A_set_answers_as_a_hash_set_with_the_same_comparer() =>
        Prop.ForAll(
            Arb.From(Gen.ListOf(ShortWord()).Select(l => l.ToArray())),
            Arb.From(ShortWord()),
            (words, word) =>
            {
                foreach (var comparer in new[] { StringComparer.Ordinal, StringComparer.OrdinalIgnoreCase })
                {
                    var expected = new HashSet<string>(words, comparer).Contains(word);
                    if (new WordSet(words, comparer).Contains(word.AsSpan()) != expected)
                    {
                        return false;
                    }
                }

                return true;
            });

    /// <summary>Words of zero to eleven chars over a few letters in both cases, a char outside ASCII and a control char.</summary>
    private static Gen<string> ShortWord() =>
        Gen.Choose(0, 11).SelectMany(n => Gen.ArrayOf(Gen.Elements('a', 'A', 'b', 'B', 'z', 'ë', 'Ë', '\0', '\'', '-'), n))
            .Select(chars => new string(chars));
}
