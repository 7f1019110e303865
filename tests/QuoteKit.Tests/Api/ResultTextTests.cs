using FluentAssertions;

namespace QuoteKit.Tests.Api;

/// <summary>
/// The strings of a result (quote texts built on first read, cue and mention texts shared between quotes) always
/// equal the input at their spans, whoever reads them, when, and from which thread.
/// </summary>
public sealed class ResultTextTests
{
    private static readonly QuoteExtractor Extractor = new();

    private const string Article =
        "“We are ready to build the bridge,” Mayor Ana Ruiz said on Monday. She added that the plan was “fixed and final”.\n\n"
        + "The council said it would vote on the budget next week. “Nobody asked us, not once,” said Tom Lee, who runs a bakery.\n\n"
        + "“The river is rising,” he said. Ruiz told reporters that the work would start in May.";

    private const string OtherArticle =
        "“Prices will fall,” said Carla Mendes, the finance minister. She said the bank agreed.\n\n"
        + "“It is too early,” Mendes told the committee. Critics said the figures were “wishful thinking”.";

    [Fact]
    public void Every_quote_text_equals_the_input_at_its_span()
    {
        var result = Extractor.Extract(Article);

        result.Quotes.Should().NotBeEmpty();
        result.Quotes.Should().AllSatisfy(q => q.Text.Should().Be(Article[q.Span.Start..q.Span.End]));
    }

    [Fact]
    public void Every_cue_and_mention_text_equals_the_input_at_its_span()
    {
        var result = Extractor.Extract(Article);

        result.Quotes.Where(q => q.Cue is not null).Should().NotBeEmpty();
        result.Quotes.Where(q => q.SpeakerMention is not null).Should().NotBeEmpty();
        result.Quotes.Should().AllSatisfy(q =>
        {
            if (q.Cue is { } cue)
            {
                cue.Text.Should().Be(Article[cue.Span.Start..cue.Span.End]);
            }

            if (q.SpeakerMention is { } mention)
            {
                mention.Text.Should().Be(Article[mention.Span.Start..mention.Span.End]);
            }
        });
    }

    [Fact]
    public void Reading_a_quote_text_twice_returns_the_same_string()
    {
        var quote = Extractor.Extract(Article).Quotes[0];

        quote.Text.Should().BeSameAs(quote.Text);
    }

    [Fact]
    public void Two_threads_reading_one_quote_text_for_the_first_time_get_the_same_string()
    {
        // Many fresh quotes, each read first by two threads released together, so that some first reads overlap.
        for (int round = 0; round < 200; round++)
        {
            var quotes = Extractor.Extract(Article).Quotes;
            var seen = new string[2][];
            using var start = new Barrier(2);
            var readers = Enumerable.Range(0, 2).Select(r => new Thread(() =>
            {
                var mine = new string[quotes.Count];
                start.SignalAndWait();
                for (int i = 0; i < quotes.Count; i++)
                {
                    mine[i] = quotes[i].Text;
                }

                seen[r] = mine;
            })).ToList();
            readers.ForEach(t => t.Start());
            readers.ForEach(t => t.Join());

            for (int i = 0; i < quotes.Count; i++)
            {
                seen[0][i].Should().Be(Article[quotes[i].Span.Start..quotes[i].Span.End]);
                seen[1][i].Should().BeSameAs(seen[0][i]);
            }
        }
    }

    [Fact]
    public void A_later_extraction_does_not_change_the_texts_of_an_earlier_result()
    {
        var first = Extractor.Extract(Article);

        var second = Extractor.Extract(OtherArticle);
        Extractor.Extract(Article.ToUpperInvariant());

        second.Quotes.Should().NotBeEmpty();
        first.Quotes.Should().AllSatisfy(q =>
        {
            q.Text.Should().Be(Article[q.Span.Start..q.Span.End]);
            if (q.Cue is { } cue)
            {
                cue.Text.Should().Be(Article[cue.Span.Start..cue.Span.End]);
            }

            if (q.SpeakerMention is { } mention)
            {
                mention.Text.Should().Be(Article[mention.Span.Start..mention.Span.End]);
            }
        });
    }
}
