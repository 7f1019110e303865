using FluentAssertions;
using QuoteKit.Cli.Input;
using static QuoteKit.Tests.Cli.CliHarness;

namespace QuoteKit.Tests.Cli;

/// <summary>What is kept of a news page: the article's paragraphs, and nothing around them.</summary>
public sealed class HtmlArticleTests
{
    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>";

    [Fact]
    public void The_fixture_page_reduces_to_its_article_paragraphs_joined_by_blank_lines()
    {
        HtmlArticle.ExtractText(File.ReadAllText(Fixture("html", "mayor-budget.html")))
            .Should().Be(File.ReadAllText(Fixture("html", "mayor-budget.expected.txt")));
    }

    [Fact]
    public void Scripts_styles_and_navigation_are_dropped()
    {
        var text = HtmlArticle.ExtractText(Page(
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><script>var x = \"not text\";</script>"
            + "<style>p { color: red }</style><noscript>Enable JavaScript</noscript><p>The port reopened on Monday.</p>"));
        text.Should().Be("The port reopened on Monday.");
    }

    [Fact]
    public void Page_header_footer_and_asides_are_dropped()
    {
        var text = HtmlArticle.ExtractText(Page(
            "<header><p>The Daily Example</p></header><p>Rain is expected all week.</p>"
            + "<aside><p>Most read: ten recipes</p></aside><footer><p>Contact us</p></footer>"));
        text.Should().Be("Rain is expected all week.");
    }

    [Fact]
    public void A_byline_only_paragraph_is_dropped()
    {
        var text = HtmlArticle.ExtractText(Page("<p>By Jane Doe and John Roe, Staff Writers</p><p>The bridge is closed.</p>"));
        text.Should().Be("The bridge is closed.");
    }

    [Fact]
    public void A_sentence_that_starts_with_by_is_kept()
    {
        var text = HtmlArticle.ExtractText(Page("<p>By 2030 the city wants no cars in the centre.</p><p>By then, she said, it will be quieter.</p>"));
        text.Should().Be("By 2030 the city wants no cars in the centre.\n\nBy then, she said, it will be quieter.");
    }

    [Fact]
    public void A_reuters_style_credit_line_is_dropped()
    {
        var text = HtmlArticle.ExtractText(Page("<p>Talks resume on Friday.</p><p>Reporting by Ana Lima; Editing by Tom Kerr</p>"));
        text.Should().Be("Talks resume on Friday.");
    }

    [Fact]
    public void Next_post_and_read_more_teasers_are_dropped()
    {
        var text = HtmlArticle.ExtractText(Page(
            "<p>The vote is on Tuesday.</p><p>Next Post: Ten things to do this weekend</p>"
            + "<p>Read more: <a href='/x'>How the vote works</a></p>"));
        text.Should().Be("The vote is on Tuesday.");
    }

    [Fact]
    public void A_paragraph_that_begins_like_a_teaser_but_tells_the_story_is_kept()
    {
        var paragraph = "Recommended doses of the vaccine were cut by half in the trial, which ran for two years across eleven hospitals in the north of the country, the researchers said.";
        HtmlArticle.ExtractText(Page($"<p>{paragraph}</p>")).Should().Be(paragraph);
    }

    [Fact]
    public void A_list_of_related_links_is_dropped()
    {
        var text = HtmlArticle.ExtractText(Page(
            "<p>Schools open late on Monday.</p><ul><li><a href='/a'>Snow closes roads</a></li><li><a href='/b'>Buses cancelled</a></li></ul>"));
        text.Should().Be("Schools open late on Monday.");
    }

    [Fact]
    public void Elements_whose_class_names_page_furniture_are_dropped()
    {
        var text = HtmlArticle.ExtractText(Page(
            "<article><div class='social-share'>Share this story</div><p>The zoo has a new panda.</p>"
            + "<div id='newsletter-signup'>Get our daily email</div><div class='comments'>12 comments</div></article>"));
        text.Should().Be("The zoo has a new panda.");
    }

    [Fact]
    public void A_wrapper_whose_class_names_furniture_keeps_the_story_it_holds()
    {
        var text = HtmlArticle.ExtractText(Page(
            "<div class='layout-with-sidebar'><p>The dam held overnight.</p><p>Residents returned home.</p></div>"));
        text.Should().Be("The dam held overnight.\n\nResidents returned home.");
    }

    [Fact]
    public void A_pull_quote_that_repeats_the_story_is_dropped()
    {
        var text = HtmlArticle.ExtractText(Page(
            "<article><p>“We will rebuild,” the mayor said on Monday.</p><blockquote class='pull-quote'>“We will rebuild”</blockquote><p>Work starts in May.</p></article>"));
        text.Should().Be("“We will rebuild,” the mayor said on Monday.\n\nWork starts in May.");
    }

    [Fact]
    public void A_floated_block_is_not_mistaken_for_furniture()
    {
        var text = HtmlArticle.ExtractText(Page("<article><p>The dam held.</p><div class='pull-left'><p>Engineers stayed all night.</p></div></article>"));
        text.Should().Be("The dam held.\n\nEngineers stayed all night.");
    }

    [Fact]
    public void The_largest_article_is_taken_when_teaser_articles_surround_it()
    {
        var text = HtmlArticle.ExtractText(Page(
            "<article><p>Short teaser.</p></article>"
            + "<article><p>The election result will be announced on Sunday evening.</p><p>Turnout was high.</p></article>"
            + "<article><p>Another teaser.</p></article>"));
        text.Should().Be("The election result will be announced on Sunday evening.\n\nTurnout was high.");
    }

    [Fact]
    public void An_article_body_marked_with_itemprop_is_preferred()
    {
        var text = HtmlArticle.ExtractText(Page(
            "<div><p>Sign in to continue reading our great offers today and more and more text here.</p></div>"
            + "<div itemprop='articleBody'><p>The ferry runs again.</p></div>"));
        text.Should().Be("The ferry runs again.");
    }

    [Fact]
    public void Hidden_elements_are_dropped()
    {
        var text = HtmlArticle.ExtractText(Page(
            "<p>Visible.</p><p hidden>Hidden attribute.</p><p style='display: none'>Hidden style.</p><p aria-hidden='true'>Hidden aria.</p>"));
        text.Should().Be("Visible.");
    }

    [Fact]
    public void White_space_is_collapsed_and_line_breaks_become_single_newlines()
    {
        var text = HtmlArticle.ExtractText(Page("<p>  The   road\n\t is  open.<br>Drive   slowly.  </p>"));
        text.Should().Be("The road is open.\nDrive slowly.");
    }

    [Fact]
    public void Entities_are_decoded()
    {
        var text = HtmlArticle.ExtractText(Page("<p>&ldquo;Fish &amp; chips,&rdquo; he said &mdash; twice.</p>"));
        text.Should().Be("“Fish & chips,” he said — twice.");
    }

    [Fact]
    public void Inline_links_inside_a_paragraph_keep_their_words()
    {
        var text = HtmlArticle.ExtractText(Page("<p>The report by <a href='/un'>the United Nations</a> was published today in Geneva.</p>"));
        text.Should().Be("The report by the United Nations was published today in Geneva.");
    }

    [Fact]
    public void A_page_without_text_gives_an_empty_article()
    {
        HtmlArticle.ExtractText(Page("<nav><a href='/'>Home</a></nav><script>1</script>")).Should().BeEmpty();
    }
}
