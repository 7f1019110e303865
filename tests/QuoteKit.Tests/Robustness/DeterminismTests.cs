using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Robustness;

/// <summary>Issue 9: the same input gives the same output, whatever was extracted before and by which instance.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void The_seed_article_gives_the_same_result_on_every_call()
    {
        var extractor = new QuoteExtractor();
        string text = Repository.SeedText;
        string first = CanonicalResult.Of(extractor.Extract(text));
        for (int i = 0; i < 5; i++)
        {
            CanonicalResult.Of(extractor.Extract(text)).Should().Be(first);
        }
    }

    [Fact]
    public void A_result_does_not_depend_on_documents_extracted_before_it()
    {
        string a = NewsText.Article(new Random(1), 5000);
        string b = NewsText.Article(new Random(2), 5000);
        string alone = CanonicalResult.Of(new QuoteExtractor().Extract(a));

        var reused = new QuoteExtractor();
        reused.Extract(b);
        reused.Extract(Repository.SeedText);
        CanonicalResult.Of(reused.Extract(a)).Should().Be(alone);
    }

    [Fact]
    public void Separate_instances_with_the_same_options_agree()
    {
        var options = new QuoteKitOptions { IncludeTrace = true, IncludeNonSpeechQuotes = true };
        string text = NewsText.Article(new Random(3), 20_000);
        string first = CanonicalResult.Of(new QuoteExtractor(options).Extract(text));
        CanonicalResult.Of(new QuoteExtractor(options).Extract(text)).Should().Be(first);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_current_culture()
    {
        string text = NewsText.Article(new Random(4), 20_000) + "\n\n“İyi,” dedi İlhan. “Istanbul,” said IRIS INGRAM.";
        var extractor = new QuoteExtractor();
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        string invariant, turkish;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            invariant = CanonicalResult.Of(extractor.Extract(text));
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            turkish = CanonicalResult.Of(extractor.Extract(text));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }

        turkish.Should().Be(invariant);
    }
}
