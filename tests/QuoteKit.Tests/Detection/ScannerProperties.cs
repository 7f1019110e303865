using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuoteKit.Detection;
using QuoteKit.Text;

namespace QuoteKit.Tests.Detection;

/// <summary>Text built from words, every kind of quotation mark, apostrophes, spaces and paragraph breaks.</summary>
public sealed record NewsLikeText(string Text)
{
    public override string ToString() => Text.Replace("\n", "\\n").Replace("\r", "\\r");
}

/// <summary>A text and the index of a whitespace run to rewrite, with its replacement.</summary>
public sealed record WhitespaceEdit(string Text, int RunIndex, string Replacement);

public static class NewsLikeTextArbitrary
{
    private static readonly string[] Pieces =
    [
        "said", "Putin", "we", "will", "the", "film", "so-called", "don’t", "Russia’s", "Joneses’", "’90s", "O’Brien",
        "rock ’n’ roll", "6’2”", ",", ".", ":", "—", "(", ")", "\"", "“", "”", "‘", "’", "'", "''", "``", "«", "»", "‹", "›",
        "„", "「", "」", "『", "』", "&quot;", "&#8220;", "&rdquo;", "id=", " ", " ", " ", " ", "\u00A0", "\u200B", "\n",
        "\n\n", "\r\n", "\r\n\r\n",
    ];

    private static readonly string[] Spaces = [" ", "  ", "\u00A0", "\t", " \u200B"];

    public static Arbitrary<NewsLikeText> Texts() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(p => new NewsLikeText(string.Concat(p))).ToArbitrary();

    public static Arbitrary<WhitespaceEdit> Edits() =>
        (from pieces in Gen.ListOf(Gen.Elements(Pieces))
         from run in Gen.Choose(0, 1000)
         from space in Gen.Elements(Spaces)
         select new WhitespaceEdit(string.Concat(pieces), run, space)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(NewsLikeTextArbitrary)], MaxTest = 500)]
public sealed class ScannerProperties
{
    private static readonly QuoteKitOptions Options = new() { RecognizeHtmlEntities = true, IncludeNonSpeechQuotes = true };

    [Property]
    public void Every_span_lies_inside_the_text(NewsLikeText input)
    {
        foreach (var q in Scanning.Scan(input.Text, Options))
        {
            foreach (var span in q.Parts.Concat(q.Outer))
            {
                span.Start.Should().BeInRange(0, input.Text.Length);
                span.End.Should().BeInRange(span.Start, input.Text.Length);
            }
        }
    }

    [Property]
    public void Every_part_is_non_empty_and_lies_inside_its_marks(NewsLikeText input)
    {
        foreach (var q in Scanning.Scan(input.Text, Options))
        {
            q.Parts.Should().HaveSameCount(q.Outer);
            for (int i = 0; i < q.Parts.Length; i++)
            {
                q.Parts[i].IsEmpty.Should().BeFalse();
                q.Outer[i].Contains(q.Parts[i]).Should().BeTrue();
                q.Outer[i].Start.Should().BeLessThan(q.Parts[i].Start, "an opening mark precedes every part");
            }
        }
    }

    [Property]
    public void Every_part_starts_and_ends_with_visible_text(NewsLikeText input)
    {
        foreach (var q in Scanning.Scan(input.Text, Options))
        {
            foreach (var part in q.Parts)
            {
                CharClass.IsSpace(input.Text[part.Start]).Should().BeFalse();
                CharClass.IsSpace(input.Text[part.End - 1]).Should().BeFalse();
            }
        }
    }

    [Property]
    public void Quotations_are_ordered_and_do_not_overlap(NewsLikeText input)
    {
        var quotes = Scanning.Scan(input.Text, Options);
        var spans = quotes.SelectMany(q => q.Outer).ToList();
        for (int i = 1; i < spans.Count; i++)
        {
            spans[i].Start.Should().BeGreaterThanOrEqualTo(spans[i - 1].End, "outermost quotations and their parts never overlap");
        }
    }

    [Property]
    public void Extracted_quote_text_matches_its_span(NewsLikeText input)
    {
        var result = new QuoteExtractor(Options).Extract(input.Text);
        foreach (var q in result.Quotes)
        {
            q.Text.Should().Be(input.Text[q.Span.Start..q.Span.End]);
            q.Parts.Should().OnlyContain(p => q.Span.Contains(p));
        }
    }

    [Property(Arbitrary = [typeof(NewsLikeTextArbitrary)], MaxTest = 500)]
    public void Quotations_do_not_move_when_whitespace_outside_them_changes(WhitespaceEdit edit)
    {
        string text = edit.Text;
        var before = Scanning.Scan(text, Options);
        var runs = HorizontalSpaceRunsOutside(text, before);
        if (runs.Count == 0)
        {
            return;
        }

        var run = runs[edit.RunIndex % runs.Count];
        string edited = string.Concat(text.AsSpan(0, run.Start), edit.Replacement, text.AsSpan(run.End));
        int delta = edit.Replacement.Length - run.Length;

        // Hard-wrapped lines join by their lengths (a line shorter than half the widest ends its paragraph), so a
        // longer or shorter run of spaces may move a paragraph break; quotations never cross one, so the property
        // holds for edits that keep the paragraphs.
        if (Paragraphs.Find(edited).Length != Paragraphs.Find(text).Length)
        {
            return;
        }

        var after = Scanning.Scan(edited, Options);

        after.Select(q => Shift(q.Parts, run.Start, -delta)).Should().BeEquivalentTo(
            before.Select(q => q.Parts), o => o.WithStrictOrdering());
    }

    private static TextSpan[] Shift(TextSpan[] spans, int at, int delta) =>
        spans.Select(s => s.Start >= at ? new TextSpan(s.Start + delta, s.End + delta) : s).ToArray();

    /// <summary>Maximal runs of spaces and tabs (no line breaks) outside every quotation's extent.</summary>
    private static List<TextSpan> HorizontalSpaceRunsOutside(string text, List<QuotedSpan> quotes)
    {
        var runs = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            if (!CharClass.IsSpace(text[i]) || CharClass.IsLineBreak(text[i]))
            {
                i++;
                continue;
            }

            int s = i;
            while (i < text.Length && CharClass.IsSpace(text[i]) && !CharClass.IsLineBreak(text[i]))
            {
                i++;
            }

            var run = new TextSpan(s, i);
            if (!quotes.Any(q => q.Extent.Overlaps(run)))
            {
                runs.Add(run);
            }
        }

        return runs;
    }
}
