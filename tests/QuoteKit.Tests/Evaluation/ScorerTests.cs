using FluentAssertions;
using QuoteKit.Evaluation;

namespace QuoteKit.Tests.Evaluation;

public sealed class ScorerTests
{
    // Letters only, so that every character counts: coverage is plain arithmetic.
    private static readonly string Plain = new('x', 60);

    private readonly Scorer _scorer = new();

    [Fact]
    public void Default_thresholds_are_0_3_and_0_8()
    {
        _scorer.Thresholds.Should().Equal(0.3, 0.8);
    }

    [Fact]
    public void An_exact_match_matches_at_every_threshold()
    {
        var score = Score(Plain, [Gold(10, 20)], [Sys(10, 20)]);

        score.All.Matches[0].Should().ContainSingle().Which.Should().Be(new QuoteMatch(0, 0, 10, 10));
        score.All.Matches[1].Should().ContainSingle();
    }

    [Fact]
    public void Covering_exactly_the_threshold_share_is_not_a_match()
    {
        var score = Score(Plain, [Gold(10, 20)], [Sys(17, 20)]); // 3 of 10

        score.All.Matches[0].Should().BeEmpty();
    }

    [Fact]
    public void Covering_just_over_0_3_matches_at_0_3_only()
    {
        var score = Score(Plain, [Gold(10, 20)], [Sys(16, 20)]); // 4 of 10

        score.All.Matches[0].Should().ContainSingle();
        score.All.Matches[1].Should().BeEmpty();
    }

    [Fact]
    public void Covering_exactly_0_8_matches_at_0_3_only()
    {
        var score = Score(Plain, [Gold(10, 20)], [Sys(12, 20)]); // 8 of 10

        score.All.Matches[0].Should().ContainSingle();
        score.All.Matches[1].Should().BeEmpty();
    }

    [Fact]
    public void Covering_over_0_8_matches_at_0_8()
    {
        var score = Score(Plain, [Gold(10, 20)], [Sys(11, 20)]); // 9 of 10

        score.All.Matches[1].Should().ContainSingle().Which.Coverage.Should().Be(0.9);
    }

    [Fact]
    public void Coverage_is_a_share_of_the_gold_so_a_longer_system_quote_still_matches()
    {
        var score = Score(Plain, [Gold(10, 20)], [Sys(0, 60)]);

        score.All.Matches[1].Should().ContainSingle();
    }

    [Fact]
    public void Of_two_system_quotes_over_one_gold_the_larger_overlap_matches_and_the_other_is_unmatched()
    {
        var score = Score(Plain, [Gold(10, 20)], [Sys(10, 14), Sys(13, 20)]);

        score.All.Matches[0].Should().ContainSingle().Which.SystemIndex.Should().Be(1);
        Tally(score).All.At(0).Should().Be(new PrecisionRecall(0.3, Matched: 1, Gold: 1, System: 2));
    }

    [Fact]
    public void A_system_quote_matches_one_gold_only_the_first_in_document_order()
    {
        var score = Score(Plain, [Gold(20, 30, id: "E2"), Gold(10, 20, id: "E1")], [Sys(10, 30)]);

        var match = score.All.Matches[0].Should().ContainSingle().Subject;
        score.Gold[match.GoldIndex].Id.Should().Be("E1");
    }

    [Fact]
    public void A_discontinuous_gold_span_is_the_union_of_its_pieces()
    {
        var gold = new GoldAttribution("E1", [new TextSpan(10, 15), new TextSpan(25, 30)], [], [], false);

        var half = Score(Plain, [gold], [Sys(25, 30)]);
        var whole = Score(Plain, [gold], [Sys(10, 30)]);

        half.All.Matches[0].Should().ContainSingle().Which.Coverage.Should().Be(0.5);
        half.All.Matches[1].Should().BeEmpty();
        whole.All.Matches[1].Should().ContainSingle().Which.Coverage.Should().Be(1.0);
    }

    [Fact]
    public void Whitespace_and_quotation_marks_do_not_count_toward_coverage()
    {
        const string text = "He said “Go now.” Then left.";
        var gold = At(text, "“Go now.”");
        var system = At(text, "Go now.");

        var score = Score(text, [Gold(gold.Start, gold.End, direct: true)], [Sys(system.Start, system.End)]);

        score.All.Matches[1].Should().ContainSingle().Which.Coverage.Should().Be(1.0);
    }

    [Fact]
    public void The_direct_subset_pairs_quoted_gold_with_direct_system_quotes_only()
    {
        var score = Score(
            Plain,
            [Gold(0, 10, direct: true), Gold(20, 30)],
            [Sys(0, 10, QuoteKind.Direct), Sys(20, 30, QuoteKind.Indirect), Sys(40, 50, QuoteKind.Partial)]);

        score.Direct.GoldIndices.Should().Equal(0);
        score.Direct.SystemIndices.Should().Equal(0);
        score.Direct.Matches[0].Should().ContainSingle().Which.SystemIndex.Should().Be(0);
        score.All.Matches[0].Should().HaveCount(2);
    }

    [Fact]
    public void A_document_without_gold_makes_every_system_quote_unmatched()
    {
        var tally = Tally(Score(Plain, [], [Sys(0, 10), Sys(20, 30)]));

        tally.All.At(0).Should().Be(new PrecisionRecall(0.3, Matched: 0, Gold: 0, System: 2));
    }

    [Fact]
    public void A_speaker_mention_overlapping_the_gold_source_is_correct()
    {
        var score = Score(Plain, [Gold(10, 20, source: new(0, 5))], [Sys(10, 20, mention: new(3, 8))]);

        score.All.Checks.Should().ContainSingle().Which.Speaker.Should().Be(CheckOutcome.Correct);
    }

    [Fact]
    public void A_matched_quote_without_speaker_mention_has_a_missing_speaker()
    {
        var score = Score(Plain, [Gold(10, 20, source: new(0, 5))], [Sys(10, 20)]);

        var check = score.All.Checks.Should().ContainSingle().Subject;
        check.Speaker.Should().Be(CheckOutcome.Missing);
        check.SpeakerResolved.Should().BeFalse();
    }

    [Fact]
    public void A_speaker_mention_elsewhere_than_the_gold_source_is_wrong()
    {
        var score = Score(Plain, [Gold(10, 20, source: new(0, 5))], [Sys(10, 20, mention: new(25, 30))]);

        score.All.Checks.Should().ContainSingle().Which.Speaker.Should().Be(CheckOutcome.Wrong);
    }

    [Fact]
    public void A_gold_without_source_is_left_out_of_speaker_accuracy()
    {
        var score = Score(Plain, [Gold(10, 20)], [Sys(10, 20, mention: new(25, 30))]);
        var tally = Tally(score);

        score.All.Checks.Should().ContainSingle().Which.SpeakerResolved.Should().BeNull();
        tally.All.Speaker.NotAnnotated.Should().Be(1);
        tally.All.Speaker.Checked.Should().Be(0);
    }

    [Fact]
    public void A_resolved_speaker_whose_name_is_in_the_gold_source_counts_as_resolved_even_from_another_mention()
    {
        const string text = "Nurse Dana Reyes arrived. Later she said the ward was full.";
        var source = At(text, "Nurse Dana Reyes");
        var content = At(text, "the ward was full");
        var mention = At(text, "she");

        var score = Score(text, [Gold(content.Start, content.End, source: source)], [Sys(content.Start, content.End, mention: mention, speaker: "Dana Reyes", aliases: ["Reyes"])]);

        var check = score.All.Checks.Should().ContainSingle().Subject;
        check.Speaker.Should().Be(CheckOutcome.Wrong);
        check.SpeakerResolved.Should().BeTrue();
    }

    [Fact]
    public void A_speaker_name_inside_another_word_of_the_source_does_not_count_as_resolved()
    {
        const string text = "Annabel Fox spoke. Ann said the ward was full.";
        var source = At(text, "Annabel Fox");
        var content = At(text, "the ward was full");
        var mention = At(text, "Ann ");

        var score = Score(text, [Gold(content.Start, content.End, source: source)], [Sys(content.Start, content.End, mention: new(mention.Start, mention.End - 1), speaker: "Ann")]);

        score.All.Checks.Should().ContainSingle().Which.SpeakerResolved.Should().BeFalse();
    }

    [Fact]
    public void A_cue_overlapping_the_gold_cue_is_correct()
    {
        var score = Score(Plain, [Gold(10, 20, cue: new(5, 9))], [Sys(10, 20, cue: new(6, 9))]);

        score.All.Checks.Should().ContainSingle().Which.Cue.Should().Be(CheckOutcome.Correct);
    }

    [Fact]
    public void A_matched_quote_without_cue_has_a_missing_cue()
    {
        var score = Score(Plain, [Gold(10, 20, cue: new(5, 9))], [Sys(10, 20)]);

        score.All.Checks.Should().ContainSingle().Which.Cue.Should().Be(CheckOutcome.Missing);
    }

    [Fact]
    public void Attribution_is_checked_on_every_pair_matched_at_the_lowest_threshold()
    {
        var score = Score(Plain, [Gold(10, 20, source: new(0, 5))], [Sys(16, 20, mention: new(0, 2))]); // 0.4 coverage

        score.All.Matches[1].Should().BeEmpty();
        score.All.Checks.Should().ContainSingle().Which.Speaker.Should().Be(CheckOutcome.Correct);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    public void A_threshold_outside_zero_to_one_is_rejected(double threshold)
    {
        var act = () => new Scorer([threshold]);

        act.Should().Throw<ArgumentException>();
    }

    internal static GoldAttribution Gold(int start, int end, TextSpan? source = null, TextSpan? cue = null, bool direct = false, string id = "E1") =>
        new(id, [new TextSpan(start, end)], source is { } s ? [s] : [], cue is { } c ? [c] : [], direct);

    internal static SystemQuote Sys(
        int start,
        int end,
        QuoteKind kind = QuoteKind.Direct,
        TextSpan? mention = null,
        TextSpan? cue = null,
        string? speaker = null,
        string[]? aliases = null) =>
        new([new TextSpan(start, end)], kind, mention, cue, speaker, speaker is null ? [] : [speaker, .. aliases ?? []], "TestSieve");

    internal static TextSpan At(string text, string part)
    {
        int start = text.IndexOf(part, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"\"{part}\" is in the test text");
        return new TextSpan(start, start + part.Length);
    }

    private DocumentScore Score(string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<SystemQuote> system) =>
        _scorer.Score("doc", null, text, gold, system);

    private ScoreTally Tally(DocumentScore score)
    {
        var tally = new ScoreTally(_scorer.Thresholds);
        tally.Add(score);
        return tally;
    }
}
