using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Api;

public sealed class ExtractorApiTests
{
    private static readonly QuoteExtractor Extractor = new();

    [Fact]
    public void Empty_text_gives_an_empty_result()
    {
        var result = Extractor.Extract("");
        result.Quotes.Should().BeEmpty();
        result.Speakers.Should().BeEmpty();
    }

    [Fact]
    public void Null_text_is_rejected_with_ArgumentNullException()
    {
        var act = () => Extractor.Extract(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Text_longer_than_MaxDocumentLength_throws_DocumentTooLargeException()
    {
        var extractor = new QuoteExtractor(new QuoteKitOptions { MaxDocumentLength = 10 });
        var act = () => extractor.Extract(new string('a', 11));
        act.Should().Throw<DocumentTooLargeException>().Which.MaxLength.Should().Be(10);
    }

    [Fact]
    public void A_cancelled_token_stops_extraction()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => Extractor.Extract(Repository.SeedText, cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Options_are_copied_when_the_extractor_is_built()
    {
        var options = new QuoteKitOptions { MaxDocumentLength = 100 };
        var extractor = new QuoteExtractor(options);
        options.MaxDocumentLength = 1;
        extractor.Invoking(e => e.Extract("“Hello there,” she said.")).Should().NotThrow();
    }

    [Fact]
    public void A_direct_quote_span_excludes_the_quotation_marks()
    {
        const string text = "“We aim to strengthen cooperation,” the minister said.";
        var result = Extractor.Extract(text);
        result.Quotes.Should().ContainSingle();
        result.Quotes[0].Text.Should().Be("We aim to strengthen cooperation,");
        result.Quotes[0].Kind.Should().Be(QuoteKind.Direct);
        ResultInvariants.AssertHold(text, result);
    }

    [Fact]
    public void The_seed_article_yields_quotes_whose_spans_index_the_input()
    {
        var text = Repository.SeedText;
        var result = Extractor.Extract(text);
        result.Quotes.Should().NotBeEmpty();
        ResultInvariants.AssertHold(text, result);
    }

    [Fact]
    public void AddQuoteKit_registers_a_singleton_extractor_with_configured_options()
    {
        using var provider = new ServiceCollection()
            .AddQuoteKit(o => o.MaxDocumentLength = 1234)
            .BuildServiceProvider();
        var first = provider.GetRequiredService<IQuoteExtractor>();
        first.Should().BeOfType<QuoteExtractor>();
        provider.GetRequiredService<IQuoteExtractor>().Should().BeSameAs(first);
        provider.GetRequiredService<IOptions<QuoteKitOptions>>().Value.MaxDocumentLength.Should().Be(1234);
        first.Invoking(e => e.Extract(new string('x', 1235))).Should().Throw<DocumentTooLargeException>();
    }

    [Fact]
    public void AddQuoteKit_keeps_an_extractor_registered_before_it()
    {
        var fake = new QuoteExtractor(new QuoteKitOptions { MaxDocumentLength = 5 });
        using var provider = new ServiceCollection()
            .AddSingleton<IQuoteExtractor>(fake)
            .AddQuoteKit()
            .BuildServiceProvider();
        provider.GetRequiredService<IQuoteExtractor>().Should().BeSameAs(fake);
    }

    [Fact]
    public void Public_types_are_sealed_or_interfaces_or_static()
    {
        var types = typeof(QuoteExtractor).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed));
        types.Should().OnlyContain(t => t.IsSealed, "public classes are sealed by default");
    }
}
