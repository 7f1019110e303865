using FluentAssertions;

namespace QuoteKit.Tests.Api;

/// <summary>
/// A quote's parts, fragments, cue and speaker mention are values read from the quote itself: reading them allocates
/// nothing, and what one result reports never changes when the same thread extracts other documents.
/// </summary>
public sealed class ResultValuesTests
{
    private static readonly QuoteExtractor Extractor = new();

    private const string Article =
        "“We are ready to build the bridge,” Mayor Ana Ruiz said on Monday. The council said the plan was “fixed and final” and would pass.\n\n"
        + "“Nobody asked us,” said Tom Lee, “not once.”";

    private const string OtherArticle =
        "“Prices will fall,” said Carla Mendes, the finance minister. Critics said the figures were “wishful thinking” at best.\n\n"
        + "“It is too early,” Mendes told the committee, “and we know it.”";

    [Fact]
    public void Reading_parts_fragments_cue_and_mention_allocates_nothing()
    {
        var quotes = Extractor.Extract(Article).Quotes;
        quotes.Should().Contain(q => q.Parts.Count > 1).And.Contain(q => q.Fragments.Count > 0);
        ReadAll(quotes); // the first call of each getter may be compiled now

        long before = GC.GetAllocatedBytesForCurrentThread();
        int read = ReadAll(quotes);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        read.Should().BeGreaterThan(0);
        allocated.Should().Be(0);
    }

    [Fact]
    public void A_later_extraction_does_not_change_the_parts_and_fragments_of_an_earlier_result()
    {
        var first = Extractor.Extract(Article);
        var expected = first.Quotes.Select(Describe).ToList();

        Extractor.Extract(OtherArticle);
        Extractor.Extract(OtherArticle.Replace("“", "\"").Replace("”", "\""));

        first.Quotes.Select(Describe).Should().Equal(expected);
        first.Quotes.Should().AllSatisfy(q => q.Parts[0].Start.Should().Be(q.Span.Start));
    }

    [Fact]
    public void A_one_part_quote_has_its_span_as_its_only_part()
    {
        var quote = Extractor.Extract(Article).Quotes[0];

        quote.Parts.Should().Equal(quote.Span);
    }

    [Fact]
    public void An_interrupted_quote_lists_both_pieces_as_parts()
    {
        var quote = Extractor.Extract(Article).Quotes.Single(q => q.Parts.Count > 1);

        quote.Parts.Select(p => Article[p.Start..p.End]).Should().Equal("Nobody asked us,", "not once.");
    }

    [Fact]
    public void A_quote_whose_span_is_the_whole_input_reads_the_input_as_its_text()
    {
        const string input = "we will build it";
        var quote = new Quote(null, new TextSpan(0, input.Length), [new TextSpan(0, input.Length)], QuoteKind.Direct, null, null, null, 0, "Unattributed", null, input: input);

        quote.Text.Should().Be(input);
        quote.Text.Should().BeSameAs(quote.Text);
    }

    [Fact]
    public void A_quote_cut_from_a_longer_input_reads_only_its_span()
    {
        const string input = "He said: we will build it.";
        var quote = new Quote(null, new TextSpan(9, 25), [new TextSpan(9, 25)], QuoteKind.Direct, null, null, null, 0, "Unattributed", null, input: input);

        quote.Text.Should().Be("we will build it");
    }

    [Fact]
    public void A_quote_span_outside_its_input_is_refused()
    {
        var act = () => new Quote(null, new TextSpan(3, 40), [new TextSpan(3, 40)], QuoteKind.Direct, null, null, null, 0, "Unattributed", null, input: "short");

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_quote_of_two_parts_with_fragments_reports_each_list_apart()
    {
        const string input = "The mayor said the plan, “fixed and final”, was, she said, ready to go.";
        TextSpanList parts = [new TextSpan(15, 48), new TextSpan(59, 71)];
        var fragment = new TextSpan(26, 41);

        var quote = new Quote(null, new TextSpan(15, 71), parts, QuoteKind.Mixed, null, null, null, 0, "Unattributed", null, [fragment], input);

        quote.Parts.Should().Equal(parts);
        quote.Fragments.Should().Equal(fragment);
    }

    [Fact]
    public void A_quote_of_one_part_with_fragments_reports_its_span_as_the_part()
    {
        const string input = "The mayor said the plan was “fixed and final” on Monday.";
        var span = new TextSpan(15, 55);
        TextSpan[] fragments = [new TextSpan(29, 44)];

        var quote = new Quote(null, span, [span], QuoteKind.Mixed, null, null, null, 0, "Unattributed", null, fragments, input);

        quote.Parts.Should().Equal(span);
        quote.Fragments.Should().Equal(fragments);
    }

    [Fact]
    public void A_quote_reads_its_sieve_from_its_trace()
    {
        var trace = new AttributionTrace("CueAdjacencySieve", "the mention follows the cue", []);

        var quote = new Quote("we", new TextSpan(0, 2), [new TextSpan(0, 2)], QuoteKind.Direct, null, null, null, 0.9, "CueAdjacencySieve", trace);

        quote.Sieve.Should().Be("CueAdjacencySieve");
        quote.Trace.Should().BeSameAs(trace);
    }

    [Fact]
    public void A_trace_that_names_another_sieve_is_refused()
    {
        var trace = new AttributionTrace("ColonIntroductionSieve", "a colon introduces the quote", []);

        var act = () => new Quote("we", new TextSpan(0, 2), [new TextSpan(0, 2)], QuoteKind.Direct, null, null, null, 0.9, "CueAdjacencySieve", trace);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("trace");
    }

    private static int ReadAll(IReadOnlyList<Quote> quotes)
    {
        int read = 0;
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            foreach (var part in q.Parts)
            {
                read += part.Length;
            }

            foreach (var fragment in q.Fragments)
            {
                read += fragment.Length;
            }

            read += q.Cue is { } cue ? cue.Span.Length + cue.Text.Length : 0;
            read += q.SpeakerMention is { } mention ? mention.Span.Length + mention.Text.Length : 0;
        }

        return read;
    }

    private static string Describe(Quote q) =>
        $"{q.Kind} {q.Span} parts {q.Parts} fragments {q.Fragments} cue {q.Cue?.Span} {q.Cue?.Text} mention {q.SpeakerMention?.Span} {q.SpeakerMention?.Text}";
}
