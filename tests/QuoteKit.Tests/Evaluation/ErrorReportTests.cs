using FluentAssertions;
using QuoteKit.Evaluation;
using static QuoteKit.Tests.Evaluation.ScorerTests;

namespace QuoteKit.Tests.Evaluation;

public sealed class ErrorReportTests
{
    private const string Text = "The council met on Monday.\nMayor Ada Quill said “the park reopens soon,” and left. Aides think the budget is tight.\nNothing else.";

    [Fact]
    public void Context_is_the_line_holding_the_span_with_the_span_marked()
    {
        var span = At(Text, "the park reopens soon,");

        ErrorReport.Context(Text, span).Should().Be("Mayor Ada Quill said “⟦the park reopens soon,⟧” and left. Aides think the budget is tight.");
    }

    [Fact]
    public void Context_of_a_long_line_is_trimmed_around_the_span()
    {
        var text = new string('a', 500) + " TARGET " + new string('b', 500);
        var span = At(text, "TARGET");

        var context = ErrorReport.Context(text, span);

        context.Should().Contain("⟦TARGET⟧").And.StartWith("…").And.EndWith("…");
        context.Length.Should().BeLessThan(300);
    }

    [Fact]
    public void A_long_quote_is_clipped_in_the_middle()
    {
        var clipped = ErrorReport.Clip("start " + new string('m', 1000) + " end");

        clipped.Should().StartWith("start ").And.EndWith(" end").And.Contain(" … ");
        clipped.Length.Should().BeLessThanOrEqualTo(310);
    }

    [Fact]
    public void Every_kind_of_error_is_listed_under_its_document_in_text_order()
    {
        var scorer = new Scorer();
        var quote = At(Text, "the park reopens soon,");
        var source = At(Text, "Mayor Ada Quill");
        var belief = At(Text, "the budget is tight");
        var spurious = At(Text, "The council");
        var score = scorer.Score(
            "council-news",
            "gazette",
            Text,
            [Gold(quote.Start - 1, quote.End + 1, source: source, direct: true, id: "E1"), Gold(belief.Start, belief.End, source: At(Text, "Aides"), id: "E2")],
            [Sys(quote.Start, quote.End, mention: At(Text, "Monday")), Sys(spurious.Start, spurious.End, QuoteKind.Indirect)]);
        var writer = new StringWriter();

        ErrorReport.WriteDocument(writer, score, scorer.Thresholds.Count);

        var output = writer.ToString();
        output.Should().Contain("council-news  (gazette)");
        output.Should().Contain("missed 1, spurious 1, partly covered 0, speaker errors 1");
        var lines = output.Split('\n');
        lines.Where(l => l.Length > 0 && char.IsUpper(l[0]) && !l.StartsWith("council", StringComparison.Ordinal) && !l.StartsWith("gold ", StringComparison.Ordinal))
            .Select(l => l.Split("  ")[0])
            .Should().Equal("SPURIOUS", "WRONG SPEAKER [direct]", "MISSED");
        output.Should().Contain("gold source:    \"Mayor Ada Quill\"");
        output.Should().Contain("mention \"Monday\"");
        output.Should().NotContain("still fits");
    }

    [Fact]
    public void A_wrong_mention_whose_resolved_speaker_names_the_source_says_so()
    {
        var scorer = new Scorer();
        var quote = At(Text, "the park reopens soon,");
        var score = scorer.Score(
            "council-news",
            null,
            Text,
            [Gold(quote.Start, quote.End, source: At(Text, "Mayor Ada Quill"))],
            [Sys(quote.Start, quote.End, mention: At(Text, "Monday"), speaker: "Ada Quill")]);
        var writer = new StringWriter();

        ErrorReport.WriteDocument(writer, score, scorer.Thresholds.Count);

        writer.ToString().Should().Contain("WRONG SPEAKER").And.Contain("the resolved speaker still fits the gold source");
    }

    [Fact]
    public void A_document_without_errors_writes_nothing()
    {
        var scorer = new Scorer();
        var quote = At(Text, "the park reopens soon,");
        var score = scorer.Score("clean", null, Text, [Gold(quote.Start, quote.End)], [Sys(quote.Start, quote.End)]);
        var writer = new StringWriter();

        ErrorReport.WriteDocument(writer, score, scorer.Thresholds.Count);

        writer.ToString().Should().BeEmpty();
    }
}
