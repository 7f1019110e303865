using FluentAssertions;

namespace QuoteKit.Tests.Api;

/// <summary>The order of a result's quotes: by where they start, direct quotes and reported speech together.</summary>
public sealed class ResultOrderTests
{
    [Fact]
    public void Reported_speech_between_direct_quotes_comes_between_them()
    {
        const string text = "“We will build the bridge,” Mayor Ana Ruiz said on Monday. Ruiz said the council would vote on Friday.\n\n"
            + "“It is time,” she added. Tom Lee said the plan was too expensive. “Nobody asked us,” Lee said.";

        var quotes = new QuoteExtractor().Extract(text).Quotes;

        quotes.Select(q => q.Kind).Should().Contain(QuoteKind.Indirect).And.Contain(QuoteKind.Direct);
        quotes.Select(q => q.Span.Start).Should().BeInAscendingOrder();
        quotes.Select(q => q.Kind).Should().Equal(QuoteKind.Direct, QuoteKind.Indirect, QuoteKind.Direct, QuoteKind.Indirect, QuoteKind.Direct);
    }
}
