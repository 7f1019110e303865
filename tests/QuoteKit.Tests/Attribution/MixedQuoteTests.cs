using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Mixed quotes: a reported clause that quotes some words verbatim reports them as its fragments, once.</summary>
public sealed class MixedQuoteTests
{
    private const string OneFragment = "The ministry said the reform was “long overdue” and would pass.";

    private static QuoteExtractionResult Extract(string text, QuoteKitOptions? options = null)
    {
        var result = new QuoteExtractor(options ?? new QuoteKitOptions()).Extract(text);
        ResultInvariants.AssertHold(text, result, options);
        return result;
    }

    [Fact]
    public void A_reported_clause_with_quoted_words_is_a_mixed_quote_listing_them()
    {
        var q = Extract(OneFragment).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed).Subject;
        q.Fragments.Select(f => OneFragment[f.Start..f.End]).Should().Equal("long overdue");
    }

    [Fact]
    public void A_mixed_quote_inside_brackets_ends_at_the_closing_bracket()
    {
        const string text = "The mayor (who said the storm was “the worst in memory”) left the city early.";
        Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed)
            .Which.Text.Should().Be("the storm was “the worst in memory”");
    }

    [Fact]
    public void Quoted_words_inside_a_mixed_quote_are_not_reported_again_as_a_partial_quote()
    {
        Extract(OneFragment).Quotes.Should().NotContain(q => q.Kind == QuoteKind.Partial);
    }

    [Fact]
    public void Without_reported_speech_the_quoted_words_are_a_partial_quote()
    {
        var options = new QuoteKitOptions { IncludeIndirect = false };
        var q = Extract(OneFragment, options).Quotes.Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Partial);
        q.Text.Should().Be("long overdue");
        q.Fragments.Should().BeEmpty();
    }

    [Fact]
    public void A_statement_opening_with_quoted_words_keeps_both_marks_of_its_first_fragment()
    {
        const string text = "“Reckless” and “absurd” was the plan, the senator said on Monday.";
        Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed)
            .Which.Text.Should().Be("“Reckless” and “absurd” was the plan");
    }

    [Fact]
    public void A_relative_clause_after_a_trailing_attribution_is_not_the_statement_going_on()
    {
        const string text = "“Nonsense” is the whole report, the minister wrote on Twitter, which later deleted the post.";
        var q = Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed).Subject;
        q.Parts.Should().ContainSingle();
        q.Text.Should().Be("“Nonsense” is the whole report");
    }

    [Fact]
    public void Several_fragments_are_listed_in_document_order()
    {
        const string text = "Senator Ruth Okafor said the plan was “reckless” and the timing “absurd”.";
        var q = Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed).Subject;
        q.Fragments.Select(f => text[f.Start..f.End]).Should().Equal("reckless", "absurd");
        q.Speaker!.Name.Should().Be("Ruth Okafor");
    }

    [Fact]
    public void A_partial_quote_outside_any_reported_clause_stays_a_quote_of_its_own()
    {
        const string text = "“We are ready,” Mayor Ken Ito said. By Monday the “fair deal for everyone” had passed.";
        Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Partial).Which.Text.Should().Be("fair deal for everyone");
    }

    [Fact]
    public void A_participle_after_a_trailing_attribution_reports_its_object_with_the_fragment_as_mixed()
    {
        const string text = "“We are ready,” Mayor Ken Ito said, calling the harbour plan “a fair deal for everyone”.";
        var q = Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed).Subject;
        q.Text.Should().Be("the harbour plan “a fair deal for everyone”");
        q.Speaker!.Name.Should().Be("Ken Ito");
    }

    [Fact]
    public void Direct_and_indirect_quotes_list_no_fragments()
    {
        const string text = "“We are ready,” Mayor Ken Ito said. He said the harbour would reopen in May.";
        Extract(text).Quotes.Should().OnlyContain(q => q.Fragments.Count == 0);
    }

    [Fact]
    public void A_commitment_to_a_quoted_infinitive_that_goes_on_is_one_mixed_quote_from_to()
    {
        const string text = "Senator Ruth Okafor vowed to “take our fight” to every state that has not yet voted.";
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Be("to “take our fight” to every state that has not yet voted");
    }

    [Fact]
    public void A_participle_in_commas_ends_its_mixed_quote_at_the_quotation_closing_on_its_comma()
    {
        var quotes = Extract("The senator, calling the plan “a giveaway to the rich,” voted against it on Tuesday.").Quotes;

        quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed).Which.Text.Should().Be("the plan “a giveaway to the rich,”");
    }

    [Fact]
    public void A_relative_clause_in_commas_ends_its_mixed_quote_at_the_quotation_closing_on_its_comma()
    {
        var quotes = Extract("Warren, who called the plan “a giveaway,” voted against it.").Quotes;

        quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Mixed).Which.Text.Should().Be("the plan “a giveaway,”");
    }
}
