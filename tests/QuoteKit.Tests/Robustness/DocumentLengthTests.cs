using FluentAssertions;
using QuoteKit.Diagnostics;

namespace QuoteKit.Tests.Robustness;

/// <summary>Issue 9: MaxDocumentLength is enforced exactly, with the documented exception, before any work.</summary>
public sealed class DocumentLengthTests
{
    [Fact]
    public void A_document_of_exactly_MaxDocumentLength_characters_is_accepted()
    {
        var extractor = new QuoteExtractor(new QuoteKitOptions { MaxDocumentLength = 64 });
        string text = "“We agree,” said Helen Brandt.".PadRight(64, ' ');
        extractor.Invoking(e => e.Extract(text)).Should().NotThrow();
    }

    [Fact]
    public void A_document_one_character_too_long_throws_DocumentTooLargeException_with_both_lengths()
    {
        var extractor = new QuoteExtractor(new QuoteKitOptions { MaxDocumentLength = 64 });
        var act = () => extractor.Extract(new string('“', 65));
        var e = act.Should().Throw<DocumentTooLargeException>().Which;
        e.Length.Should().Be(65);
        e.MaxLength.Should().Be(64);
        e.Message.Should().Contain("MaxDocumentLength");
    }

    [Fact]
    public void An_oversized_document_is_rejected_before_any_work()
    {
        var extractor = new QuoteExtractor(new QuoteKitOptions { MaxDocumentLength = 1000 });
        string text = NewsText.Article(new Random(8), 5000);
        using var tally = WorkCounter.Start();
        extractor.Invoking(e => e.Extract(text)).Should().Throw<DocumentTooLargeException>();
        tally.Total.Should().Be(0);
    }

    [Fact]
    public void The_default_limit_accepts_a_ten_megabyte_document()
    {
        string text = new string('x', 10 * 1024 * 1024);
        new QuoteExtractor().Invoking(e => e.Extract(text)).Should().NotThrow();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_non_positive_MaxDocumentLength_is_rejected_when_the_extractor_is_built(int max)
    {
        var act = () => new QuoteExtractor(new QuoteKitOptions { MaxDocumentLength = max });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
