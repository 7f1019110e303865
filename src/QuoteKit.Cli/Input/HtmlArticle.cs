using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace QuoteKit.Cli.Input;

/// <summary>
/// Takes the article body out of a news page: its paragraphs, joined by blank lines, without navigation, scripts,
/// styles, page header and footer, asides, forms, byline-only blocks and "Next Post" or related-links teasers.
/// The result is the text that quotes are extracted from, so every offset the tool reports indexes it.
/// </summary>
internal static class HtmlArticle
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
        "select", "option", "textarea", "input", "label", "iframe", "object", "embed", "svg", "canvas", "video",
        "audio", "picture", "img", "figure", "menu", "dialog",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul",
        "ol", "li", "dl", "dt", "dd", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr",
        "address", "center", "details", "summary", "figcaption",
    };

    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert",
    };

    /// <summary>Words in a class or id that mark page furniture rather than article text.</summary>
    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "byline", "author", "share", "sharing",
        "social", "related", "recommended", "comments", "comment", "newsletter", "subscribe", "subscription", "ad",
        "ads", "advert", "advertisement", "promo", "sponsored", "sidebar", "widget", "tags", "cookie", "cookies",
        "popup", "modal", "pagination", "pager", "teaser", "teasers", "outbrain", "taboola", "masthead", "footer",
        "header", "caption", "credit", "dateline", "timestamp", "toolbar", "skip", "pullquote", "sharebar", "readmore",
    };

    /// <summary>How a paragraph starts when it points elsewhere instead of telling the story.</summary>
    private static readonly string[] TeaserOpenings =
    [
        "next post", "previous post", "next article", "previous article", "next story", "previous story",
        "read more", "read also", "also read", "read next", "related:", "related articles", "related stories",
        "related coverage", "see also", "more from", "more on this", "recommended", "you may also like",
        "you might also like", "sign up", "subscribe", "share this", "follow us", "advertisement", "click here",
    ];

    /// <summary>How a paragraph starts when it only credits the authors.</summary>
    private static readonly string[] CreditOpenings =
    [
        "by ", "reporting by ", "writing by ", "editing by ", "additional reporting by ", "compiled by ",
        "written by ", "posted by ", "photo:", "photograph:", "image:", "credit:",
    ];

    /// <summary>The article text of <paramref name="html"/>: its paragraphs, whitespace collapsed, joined by blank lines.</summary>
    public static string ExtractText(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var root = ArticleRoot(document);
        if (root is null)
        {
            return "";
        }

        var paragraphs = new List<string>();
        var builder = new ParagraphBuilder(paragraphs);
        Walk(root, builder, root.TextContent.Length, inLink: false);
        builder.End();
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>
    /// The element that holds the story: the page's <c>articleBody</c>, else its largest <c>&lt;article&gt;</c>
    /// (a page may carry teaser articles too), else <c>&lt;main&gt;</c>, else the body.
    /// </summary>
    private static IElement? ArticleRoot(IDocument document)
    {
        var marked = document.QuerySelectorAll("[itemprop~=articleBody]");
        if (marked.Length > 0)
        {
            return Largest(marked);
        }

        var articles = document.QuerySelectorAll("article").Where(a => !InsideDropped(a)).ToList();
        if (articles.Count > 0)
        {
            return Largest(articles);
        }

        return document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;
    }

    private static IElement Largest(IEnumerable<IElement> elements) =>
        elements.OrderByDescending(e => e.QuerySelectorAll("p").Sum(p => p.TextContent.Length)).First();

    private static bool InsideDropped(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (DroppedTags.Contains(e.LocalName) || IsFurniture(e, rootTextLength: int.MaxValue))
            {
                return true;
            }
        }

        return false;
    }

    private static void Walk(INode node, ParagraphBuilder builder, int rootTextLength, bool inLink)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data, inLink);
                continue;
            }

            if (child is not IElement element || IsDropped(element, rootTextLength))
            {
                continue;
            }

            var tag = element.LocalName;
            if (tag == "br")
            {
                builder.LineBreak();
                continue;
            }

            bool block = BlockTags.Contains(tag);
            if (block)
            {
                builder.End();
            }

            Walk(element, builder, rootTextLength, inLink || tag == "a");
            if (block)
            {
                builder.End();
            }
        }
    }

    private static bool IsDropped(IElement element, int rootTextLength)
    {
        if (DroppedTags.Contains(element.LocalName) || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || DroppedRoles.Contains(element.GetAttribute("role") ?? ""))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && Squeeze(style).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IsFurniture(element, rootTextLength);
    }

    /// <summary>
    /// True when the element's class or id names page furniture ("share-bar", "related-links", "byline"), unless
    /// it holds most of the article: a wrapper called "page-with-sidebar" must not take the story with it.
    /// </summary>
    private static bool IsFurniture(IElement element, int rootTextLength)
    {
        if (!NamesFurniture(element.GetAttribute("class")) && !NamesFurniture(element.Id))
        {
            return false;
        }

        return rootTextLength == int.MaxValue || element.TextContent.Length * 2 < rootTextLength;
    }

    private static bool NamesFurniture(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        // "pull-quote" and "pullQuote" name the same thing: try each word and each pair of words run together.
        var words = names.Split([' ', '\t', '\n', '-', '_', ':'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            if (BoilerplateWords.Contains(words[i]) || (i > 0 && BoilerplateWords.Contains(words[i - 1] + words[i])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static string? Opening(string text, string[] openings) =>
        openings.FirstOrDefault(o => text.StartsWith(o, StringComparison.OrdinalIgnoreCase)
            && (text.Length == o.Length || !char.IsLetter(o[^1]) || !char.IsLetter(text[o.Length])));

    /// <summary>
    /// True for a paragraph that points elsewhere: "Next Post: ...", "Read more: ...", "Sign up for ...". Openings
    /// without a colon count only in short paragraphs, so a story may still begin "Recommended doses rose ...".
    /// </summary>
    private static bool IsTeaser(string paragraph)
    {
        var opening = Opening(paragraph, TeaserOpenings);
        if (opening is null)
        {
            return false;
        }

        return opening.EndsWith(':') || paragraph.AsSpan(opening.Length).TrimStart().StartsWith(":") || WordCount(paragraph) <= 20;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// True for a short paragraph that only credits people: "By Jane Doe and John Roe", "Reporting by Jane Doe;
    /// Editing by John Roe". A paragraph that quotes someone is never a credit.
    /// </summary>
    private static bool IsCreditOnly(string paragraph)
    {
        var opening = Opening(paragraph, CreditOpenings);
        if (opening is null || paragraph.Length > 160 || WordCount(paragraph) > 16 || paragraph.AsSpan().IndexOfAny("\"“”«»0123456789") >= 0)
        {
            return false;
        }

        // What follows the opening is names: capitalised words, initials and joining words only.
        foreach (var token in paragraph[opening.Length..].Split([' ', ',', ';', '|', '/', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(token[0]) && !CreditJoiners.Contains(token))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> CreditJoiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "&", "in", "for", "the", "of", "de", "del", "van", "von", "der", "den", "la", "le", "da", "di", "bin", "al",
        "staff", "with", "from", "editing", "writing", "reporting", "by", "additional", "-", "–", "—",
    };

    /// <summary>Collects the text of one paragraph at a time, collapsing white space.</summary>
    private sealed class ParagraphBuilder(List<string> paragraphs)
    {
        private readonly StringBuilder _text = new();
        private int _letters;
        private int _linkedLetters;
        private bool _pendingSpace;

        public void Append(string data, bool inLink)
        {
            foreach (char c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _text.Length > 0;
                    continue;
                }

                if (_pendingSpace && _text[^1] != '\n')
                {
                    _text.Append(' ');
                }

                _pendingSpace = false;
                _text.Append(c);
                _letters++;
                if (inLink)
                {
                    _linkedLetters++;
                }
            }
        }

        public void LineBreak()
        {
            if (_text.Length > 0 && _text[^1] != '\n')
            {
                _text.Append('\n');
            }

            _pendingSpace = false;
        }

        public void End()
        {
            var paragraph = _text.ToString().TrimEnd('\n');
            bool linkList = _linkedLetters * 4 >= _letters * 3 && WordCount(paragraph) < 30;
            if (paragraph.Length > 0 && !linkList && !IsTeaser(paragraph) && !IsCreditOnly(paragraph))
            {
                paragraphs.Add(paragraph);
            }

            _text.Clear();
            _letters = 0;
            _linkedLetters = 0;
            _pendingSpace = false;
        }
    }
}
