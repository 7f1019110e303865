using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>A quote introduced by a document and a participle ("released a statement saying") is its issuer's.</summary>
public sealed class DocumentIssuerTests
{
    [Fact]
    public void A_direct_quote_after_a_statement_saying_is_the_issuers()
    {
        const string text = "Halvorsen Foods released a statement saying: “We are recalling the jars out of caution.”";

        ResultInvariants.OnlyQuote(text, "recalling the jars").Speaker!.Name.Should().Be("Halvorsen Foods");
    }

    [Fact]
    public void The_issuer_is_the_subject_nearest_the_document()
    {
        const string text = "Dana Pruitt lost the vote.\n\nAfter the count, she sent an email saying, “We will be back.”";

        ResultInvariants.OnlyQuote(text, "We will be back").Speaker!.Name.Should().Be("Dana Pruitt");
    }
}
