using FluentAssertions;
using QuoteKit.Evaluation;

namespace QuoteKit.Tests.Evaluation;

public sealed class BratReaderTests
{
    // Offsets:    0         1         2         3         4
    //             0123456789012345678901234567890123456789012345
    private const string Text = "Mayor Ada Quill said “the park reopens soon.”";

    [Fact]
    public void Parse_reads_text_bounds_and_events()
    {
        const string ann = "T1\tSource 6 15\tAda Quill\nT2\tCue 16 20\tsaid\nT3\tContent 21 45\t“the park reopens soon.”\n"
            + "T4\tAttribution 16 20\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";

        var parsed = BratReader.Parse(ann);

        parsed.TextBounds.Should().HaveCount(4);
        parsed.TextBounds["T1"].Should().BeEquivalentTo(new BratTextBound("T1", "Source", [new BratFragment(6, 15)], "Ada Quill"));
        parsed.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(new BratEvent(
            "E1",
            "Attribution",
            "T4",
            [new BratArgument("Content", "T3"), new BratArgument("Cue", "T2"), new BratArgument("Source", "T1")]));
    }

    [Fact]
    public void Parse_reads_every_piece_of_a_discontinuous_span()
    {
        var parsed = BratReader.Parse("T7\tContent 10 20;25 40\tsome text\n");

        parsed.TextBounds["T7"].Fragments.Should().Equal(new BratFragment(10, 20), new BratFragment(25, 40));
    }

    [Fact]
    public void Parse_skips_notes_and_the_continuation_lines_of_multiline_text()
    {
        const string ann = "T1\tContent 0 30\tfirst line of the text\nsecond line of the text\n#1\tAnnotatorNotes T1\ta note\nA1\tFlag T1\n";

        var parsed = BratReader.Parse(ann);

        parsed.TextBounds.Keys.Should().Equal("T1");
        parsed.Events.Should().BeEmpty();
    }

    [Fact]
    public void Parse_reports_the_line_of_malformed_offsets()
    {
        var act = () => BratReader.Parse("T1\tCue 1 2\tx\nT2\tContent 5 x\tbad\n");

        act.Should().Throw<FormatException>().WithMessage("line 2:*");
    }

    [Fact]
    public void ReadAttributions_ties_content_source_and_cue_of_an_event()
    {
        const string ann = "T1\tSource 6 15\tAda Quill\nT2\tCue 16 20\tsaid\nT3\tContent 21 45\t“the park reopens soon.”\n"
            + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";

        var gold = BratReader.ReadAttributions(ann, Text).Should().ContainSingle().Subject;

        gold.Id.Should().Be("E1");
        gold.Content.Should().Equal(new TextSpan(21, 45));
        gold.Source.Should().Equal(new TextSpan(6, 15));
        gold.Cue.Should().Equal(new TextSpan(16, 20));
        gold.IsDirect.Should().BeTrue();
    }

    [Fact]
    public void ReadAttributions_leaves_source_and_cue_empty_when_not_annotated()
    {
        const string ann = "T3\tContent 22 44\tthe park reopens soon.\nE1\tAttribution-no-source:T3 Content:T3\n";

        var gold = BratReader.ReadAttributions(ann, Text).Should().ContainSingle().Subject;

        gold.Source.Should().BeEmpty();
        gold.Cue.Should().BeEmpty();
        gold.IsDirect.Should().BeFalse();
    }

    [Fact]
    public void ReadAttributions_skips_events_without_content()
    {
        const string ann = "T2\tCue 16 20\tsaid\nE1\tAttribution:T2 Cue:T2\n";

        BratReader.ReadAttributions(ann, Text).Should().BeEmpty();
    }

    [Fact]
    public void ReadAttributions_joins_numbered_content_roles_into_one_union()
    {
        const string text = "“We build,” she said. “We stay.”";
        const string ann = "T1\tContent 0 11\t“We build,”\nT2\tContent 22 32\t“We stay.”\nT3\tSource 12 15\tshe\n"
            + "E1\tAttribution:T3 Content:T1 Source:T3 Content2:T2\n";

        var gold = BratReader.ReadAttributions(ann, text).Should().ContainSingle().Subject;

        gold.Content.Should().Equal(new TextSpan(0, 11), new TextSpan(22, 32));
    }

    [Fact]
    public void ReadAttributions_converts_code_point_offsets_after_an_emoji_to_utf16()
    {
        const string text = "😀 Ben Ash said the ferry was late.";

        // In code points "Ben Ash" is [2, 9) and the content [15, 34); in UTF-16 each is one further on.
        const string ann = "T1\tSource 2 9\tBen Ash\nT2\tContent 15 34\tthe ferry was late\nE1\tAttribution:T1 Content:T2 Source:T1\n";

        var gold = BratReader.ReadAttributions(ann, text).Should().ContainSingle().Subject;

        gold.Source[0].Of(text).Should().Be("Ben Ash");
        gold.Content[0].Of(text).Should().Be("the ferry was late.");
    }

    [Fact]
    public void ReadAttributions_converts_every_piece_of_a_discontinuous_span_after_astral_characters()
    {
        const string text = "𝄞𝄞 “Rain,” Lu said, “then sun.”";
        const string ann = "T1\tContent 3 10;20 31\tx\nE1\tAttribution:T1 Content:T1\n";

        var gold = BratReader.ReadAttributions(ann, text).Should().ContainSingle().Subject;

        gold.Content.Select(p => p.Of(text)).Should().Equal("“Rain,”", "“then sun.”");
        gold.IsDirect.Should().BeTrue();
    }

    [Fact]
    public void ReadAttributions_returns_attributions_in_order_of_content_start()
    {
        const string ann = "T1\tContent 30 38\tx\nT2\tContent 0 5\ty\nE1\tAttribution:T1 Content:T1\nE2\tAttribution:T2 Content:T2\n";

        BratReader.ReadAttributions(ann, Text).Select(g => g.Id).Should().Equal("E2", "E1");
    }

    [Fact]
    public void ReadAttributions_rejects_an_event_naming_an_unknown_annotation()
    {
        var act = () => BratReader.ReadAttributions("E1\tAttribution:T9 Content:T9\n", Text);

        act.Should().Throw<FormatException>().WithMessage("*T9*");
    }

    [Fact]
    public void ReadAttributions_rejects_offsets_past_the_end_of_the_text()
    {
        var act = () => BratReader.ReadAttributions("T1\tContent 40 99\tx\nE1\tAttribution:T1 Content:T1\n", Text);

        act.Should().Throw<FormatException>().WithMessage("*past the end*");
    }
}
