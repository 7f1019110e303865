using AngleSharp.Html.Parser;
using FluentAssertions;
using QuoteKit.Cli.Commands;
using QuoteKit.Cli.Explain;
using QuoteKit.Cli.Output;
using static QuoteKit.Tests.Cli.CliHarness;

namespace QuoteKit.Tests.Cli;

/// <summary><c>quotekit explain</c>: the article with its quotes marked and how each one was attributed, as text or as one HTML page.</summary>
public sealed class ExplainCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly Explanation Synthetic = new("story.txt", SyntheticResults.Article, SyntheticResults.TwoSpeakers());

    private static (int Exit, string Out, string Err) Run(ExplainSettings settings, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)), stdout, stderr);
        return (ExplainCommand.Run(settings, console), stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_text_view_marks_each_quote_in_the_article_with_its_number()
    {
        var text = ExplainTextRenderer.Render(Synthetic, Ansi.Plain);
        text.Should().Contain("“[#1 We will build it,]” said Mayor Ana Ruiz")
            .And.Contain("“[#2 fixed, final\nand fair]”")
            .And.Contain("Posters read “[#5 Save the park]”.");
    }

    [Fact]
    public void The_text_view_lists_the_words_a_mixed_quote_quotes()
    {
        const string article = "The ministry said the reform was “long overdue” and would pass.";
        var result = new QuoteExtractor().Extract(article);
        var text = ExplainTextRenderer.Render(new Explanation("story.txt", article, result), Ansi.Plain);
        text.Should().MatchRegex("quotes   “long overdue” \\d+–\\d+");
    }

    [Fact]
    public void The_text_view_gives_each_quotes_rule_reason_and_speaker()
    {
        var text = ExplainTextRenderer.Render(Synthetic, Ansi.Plain);
        text.Should().Contain("#3 direct “Nobody asked us, not once,”")
            .And.Contain("speaker  Tom Lee (s2), named here as “Tom Lee”")
            .And.Contain("rule     CueAdjacencySieve, confidence 0.95")
            .And.Contain("why      the mention follows the cue");
    }

    [Fact]
    public void The_text_view_lists_the_candidates_weighed_and_why_the_others_lost()
    {
        var text = ExplainTextRenderer.Render(Synthetic, Ansi.Plain);
        text.Should().MatchRegex("✓ “Tom Lee” \\d+–\\d+ — subject of 'said'")
            .And.MatchRegex("✗ “Ruiz” \\d+–\\d+ — in the next sentence");
    }

    [Fact]
    public void The_text_view_says_when_no_trace_was_recorded()
    {
        var text = ExplainTextRenderer.Render(Synthetic, Ansi.Plain);
        var decision = text[text.IndexOf("#2 partial", StringComparison.Ordinal)..text.IndexOf("#3 direct", StringComparison.Ordinal)];
        decision.Should().Contain("why      no trace recorded");
    }

    [Fact]
    public void The_text_view_lists_speakers_with_aliases_and_quote_counts()
    {
        var text = ExplainTextRenderer.Render(Synthetic, Ansi.Plain);
        text.Should().Contain("s1  Ana Ruiz · person · 3 quotes · also “Ruiz” · described as “Mayor”")
            .And.Contain("s2  Tom Lee · person · 1 quote");
    }

    [Fact]
    public void Pieces_cover_the_whole_text_in_order()
    {
        var pieces = Synthetic.Pieces();
        pieces[0].Span.Start.Should().Be(0);
        pieces[^1].Span.End.Should().Be(SyntheticResults.Article.Length);
        pieces.Zip(pieces.Skip(1)).Should().OnlyContain(p => p.First.Span.End == p.Second.Span.Start);
        string.Concat(pieces.Select(p => p.Span.Of(SyntheticResults.Article))).Should().Be(SyntheticResults.Article);
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        var html = ExplainHtmlRenderer.Render(Synthetic);
        using var page = new HtmlParser().ParseDocument(html);
        page.QuerySelectorAll("link, img, iframe, script[src], [style*='url(']").Should().BeEmpty();
        html.Should().NotContain("http://").And.NotContain("https://").And.NotContain("@import");
    }

    [Fact]
    public void The_page_shows_the_article_text_exactly_around_its_highlights()
    {
        using var page = new HtmlParser().ParseDocument(ExplainHtmlRenderer.Render(Synthetic));
        var article = page.QuerySelector(".article")!;
        foreach (var extra in article.QuerySelectorAll(".tip, sup.n").ToList())
        {
            extra.Remove();
        }

        article.TextContent.Should().Be(SyntheticResults.Article);
    }

    [Fact]
    public void Each_quote_is_highlighted_in_its_speakers_colour()
    {
        using var page = new HtmlParser().ParseDocument(ExplainHtmlRenderer.Render(Synthetic));
        string ClassOf(int quote) => page.QuerySelector($"mark.q[data-q='{quote}']")!.ClassList.Single(c => c.StartsWith('s') || c == "none");
        ClassOf(1).Should().Be("s0");
        ClassOf(2).Should().Be("s0");
        ClassOf(3).Should().Be("s1");
        ClassOf(4).Should().Be("s0");
        ClassOf(5).Should().Be("none");
        page.QuerySelector("style")!.TextContent.Should().Contain(".s0 {").And.Contain(".s1 {");
    }

    [Fact]
    public void Hovering_a_quote_shows_its_decision()
    {
        var html = ExplainHtmlRenderer.Render(Synthetic);
        using var page = new HtmlParser().ParseDocument(html);
        var tip = page.QuerySelector("mark.q[data-q='3'] > .tip")!;
        tip.GetAttribute("role").Should().Be("tooltip");
        tip.TextContent.Should().Contain("#3").And.Contain("CueAdjacencySieve").And.Contain("Tom Lee")
            .And.Contain("✓ “Tom Lee”").And.Contain("✗ “Ruiz” — in the next sentence");
        html.Should().Contain("mark.q:hover > .tip");
    }

    [Fact]
    public void The_legend_lists_each_speaker_with_aliases_and_number_of_quotes()
    {
        using var page = new HtmlParser().ParseDocument(ExplainHtmlRenderer.Render(Synthetic));
        var entries = page.QuerySelectorAll(".legend li").Select(li => li.TextContent).ToList();
        entries.Should().HaveCount(3);
        entries[0].Should().Contain("Ana Ruiz").And.Contain("3 quotes").And.Contain("also Ruiz").And.Contain("Mayor");
        entries[1].Should().Contain("Tom Lee").And.Contain("1 quote");
        entries[2].Should().Contain("Unattributed").And.Contain("1 quote");
    }

    [Fact]
    public void The_page_lists_every_decision_with_an_anchor_the_quote_numbers_link_to()
    {
        using var page = new HtmlParser().ParseDocument(ExplainHtmlRenderer.Render(Synthetic));
        page.QuerySelectorAll(".decision").Select(d => d.Id).Should().Equal("q1", "q2", "q3", "q4", "q5");
        page.QuerySelectorAll("sup.n a").Select(a => a.GetAttribute("href")).Should().Equal("#q1", "#q2", "#q3", "#q4", "#q5");
    }

    [Fact]
    public void Markup_in_the_article_is_escaped()
    {
        const string text = "“<b>Bold</b> & <script>alert(1)</script>,” he said.";
        var result = new QuoteExtractor(new QuoteKitOptions { IncludeTrace = true }).Extract(text);
        var html = ExplainHtmlRenderer.Render(new Explanation("x<y>.txt", text, result));
        html.Should().NotContain("<b>Bold").And.NotContain("<script>alert").And.Contain("&lt;script&gt;alert(1)").And.Contain("x&lt;y&gt;.txt");
    }

    [Fact]
    public void Explain_writes_the_page_for_an_html_article_and_says_so()
    {
        var output = _temp["page.html"];
        var (exit, stdout, stderr) = Run(new ExplainSettings { Input = Fixture("html", "mayor-budget.html"), HtmlPath = output });
        exit.Should().Be(0);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith($"quotekit: wrote {output}");
        using var page = new HtmlParser().ParseDocument(File.ReadAllText(output));
        page.Title.Should().Be("Quotes in " + Fixture("html", "mayor-budget.html"));
        page.QuerySelectorAll("mark.q").Should().NotBeEmpty();
        page.QuerySelector(".article")!.TextContent.Should().Contain("Every department is giving something up");
    }

    [Fact]
    public void Explain_prints_the_text_view_with_a_trace_for_every_quote()
    {
        var (exit, stdout, _) = Run(new ExplainSettings { Input = Fixture("articles", "harbour.txt") });
        exit.Should().Be(0);
        stdout.Should().StartWith($"== {Fixture("articles", "harbour.txt")} · ").And.Contain("[#1 ").And.Contain("── Quotes").And.Contain("── Speakers");
        stdout.Should().NotContain("no trace recorded", "explain asks the extractor for traces");
    }

    [Fact]
    public void Explain_reads_standard_input()
    {
        var (exit, stdout, _) = Run(new ExplainSettings(), stdin: "“We won,” the captain said.");
        exit.Should().Be(0);
        stdout.Should().StartWith("== - · ").And.Contain("[#1 We won,]");
    }

    [Fact]
    public void Explain_reports_a_missing_file()
    {
        var (exit, stdout, stderr) = Run(new ExplainSettings { Input = _temp["nope.txt"] });
        exit.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"quotekit: {_temp["nope.txt"]}: no such file\n");
    }

    [Fact]
    public void The_built_tool_explains_an_article_to_an_html_file()
    {
        var output = _temp["tool.html"];
        var result = RunTool(["explain", Fixture("articles", "council.txt"), "--html", output]);
        result.Exit.Should().Be(0, result.Err);
        File.ReadAllText(output).Should().StartWith("<!DOCTYPE html>").And.Contain("class=\"legend\"");
    }

    [Fact]
    public void With_html_entities_entity_quotation_marks_mark_a_quote()
    {
        var (exit, output, _) = Run(new ExplainSettings { HtmlEntities = true }, stdin: "&#8220;We will win the vote,&#8221; the mayor said.");
        exit.Should().Be(0);
        output.Should().Contain("&#8220;[#1 We will win the vote,]&#8221;");
    }
}
