using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Robustness;

/// <summary>Issue 9: whatever text comes in, Extract returns (it does not throw) a result that satisfies the invariants.</summary>
public sealed class InvariantPropertyTests
{
    private static readonly QuoteExtractor Extractor = new();

    [Property(MaxTest = 400)]
    public Property Messy_text_never_throws_and_satisfies_the_invariants() =>
        Prop.ForAll(MessyText.Arbitrary, text =>
        {
            var result = Extractor.Extract(text);
            ResultInvariants.AssertHold(text, result, new QuoteKitOptions());
        });

    [Property(MaxTest = 200)]
    public Property Messy_text_satisfies_the_invariants_under_every_option_combination() =>
        Prop.ForAll(MessyText.Arbitrary, MessyText.Options, (text, options) =>
        {
            var result = new QuoteExtractor(options).Extract(text);
            ResultInvariants.AssertHold(text, result, options);
        });

    [Property(MaxTest = 300)]
    public Property Arbitrary_UTF16_code_units_never_throw_and_satisfy_the_invariants() =>
        Prop.ForAll(Arb.From(MessyText.AnyCodeUnits, MessyText.Shrink), text =>
        {
            var result = Extractor.Extract(text);
            ResultInvariants.AssertHold(text, result);
        });

    [Property(MaxTest = 150)]
    public Property Extracting_the_same_text_twice_gives_the_same_result() =>
        Prop.ForAll(MessyText.Arbitrary, text =>
        {
            string first = CanonicalResult.Of(Extractor.Extract(text));
            string second = CanonicalResult.Of(Extractor.Extract(new string(text.AsSpan())));
            second.Should().Be(first);
        });

    [Property(MaxTest = 100)]
    public Property Two_extractors_with_equal_options_give_the_same_result() =>
        Prop.ForAll(MessyText.Arbitrary, MessyText.Options, (text, options) =>
        {
            string first = CanonicalResult.Of(new QuoteExtractor(options).Extract(text));
            string second = CanonicalResult.Of(new QuoteExtractor(options).Extract(text));
            second.Should().Be(first);
        });

    [Property(MaxTest = 100)]
    public Property Generated_news_articles_satisfy_the_invariants() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            string text = NewsText.Article(new Random(seed), 4000);
            ResultInvariants.AssertHold(text, Extractor.Extract(text), new QuoteKitOptions());
        });
}
