using FluentAssertions;
using QuoteKit.Evaluation;
using static QuoteKit.Tests.Evaluation.ScorerTests;

namespace QuoteKit.Tests.Evaluation;

public sealed class TallyTests
{
    [Fact]
    public void Precision_recall_and_f1_follow_from_the_counts()
    {
        var pr = new PrecisionRecall(0.3, Matched: 3, Gold: 6, System: 4);

        pr.Precision.Should().Be(0.75);
        pr.Recall.Should().Be(0.5);
        pr.F1.Should().BeApproximately(0.6, 1e-12);
    }

    [Fact]
    public void Empty_counts_give_zero_rather_than_nan()
    {
        var pr = new PrecisionRecall(0.8, Matched: 0, Gold: 0, System: 0);

        pr.Precision.Should().Be(0);
        pr.Recall.Should().Be(0);
        pr.F1.Should().Be(0);
    }

    [Fact]
    public void Totals_add_up_over_documents()
    {
        var scorer = new Scorer();
        var text = new string('x', 40);
        var tally = new ScoreTally(scorer.Thresholds);

        tally.Add(scorer.Score("a", null, text, [Gold(0, 10)], [Sys(0, 10)]));
        tally.Add(scorer.Score("b", null, text, [Gold(0, 10), Gold(20, 30)], [Sys(0, 5, QuoteKind.Indirect)]));

        tally.Documents.Should().Be(2);
        tally.All.At(0).Should().Be(new PrecisionRecall(0.3, Matched: 2, Gold: 3, System: 2));
        tally.All.At(1).Should().Be(new PrecisionRecall(0.8, Matched: 1, Gold: 3, System: 2));
    }

    [Fact]
    public void System_quotes_are_counted_by_kind_with_their_matches()
    {
        var scorer = new Scorer();
        var tally = new ScoreTally(scorer.Thresholds);

        tally.Add(scorer.Score("a", null, new string('x', 40), [Gold(0, 10)], [Sys(0, 10, QuoteKind.Partial), Sys(20, 30, QuoteKind.Partial), Sys(30, 40, QuoteKind.Mixed)]));

        tally.SystemOfKind(QuoteKind.Partial).Should().Be(2);
        tally.MatchedOfKind(QuoteKind.Partial, 0).Should().Be(1);
        tally.SystemOfKind(QuoteKind.Mixed).Should().Be(1);
        tally.MatchedOfKind(QuoteKind.Mixed, 0).Should().Be(0);
    }

    [Fact]
    public void Speaker_accuracy_is_correct_over_pairs_whose_gold_has_a_source()
    {
        var scorer = new Scorer();
        var tally = new ScoreTally(scorer.Thresholds);

        tally.Add(scorer.Score(
            "a",
            null,
            new string('x', 60),
            [Gold(10, 20, source: new(0, 5)), Gold(30, 40, source: new(25, 28)), Gold(45, 55)],
            [Sys(10, 20, mention: new(0, 5), speaker: "Kim"), Sys(30, 40), Sys(45, 55, mention: new(0, 5))]));

        tally.All.Speaker.Checked.Should().Be(2);
        tally.All.Speaker.Correct.Should().Be(1);
        tally.All.Speaker.Missing.Should().Be(1);
        tally.All.Speaker.NotAnnotated.Should().Be(1);
        tally.All.Speaker.Accuracy.Should().Be(0.5);
        tally.All.SpeakerResolvedAccuracy.Should().Be(0.5);
    }

    [Fact]
    public void Speaker_accuracy_is_tallied_per_system_kind_on_matched_pairs()
    {
        var scorer = new Scorer();
        var tally = new ScoreTally(scorer.Thresholds);

        tally.Add(scorer.Score(
            "a",
            null,
            new string('x', 80),
            [Gold(10, 20, source: new(0, 5)), Gold(30, 40, source: new(25, 28)), Gold(45, 55, source: new(0, 5))],
            [
                Sys(10, 20, QuoteKind.Indirect, mention: new(0, 5), speaker: "Kim"),
                Sys(30, 40, QuoteKind.Indirect, mention: new(0, 5), speaker: "Kim"),
                Sys(45, 55, QuoteKind.Direct, mention: new(0, 5), speaker: "Kim"),
                Sys(60, 70, QuoteKind.Indirect, mention: new(0, 5), speaker: "Kim"),
            ]));

        var indirect = tally.OfKind(QuoteKind.Indirect);
        indirect.Speaker.Checked.Should().Be(2);
        indirect.Speaker.Correct.Should().Be(1);
        indirect.Speaker.Wrong.Should().Be(1);
        indirect.SpeakerResolvedAccuracy.Should().Be(0.5);
        tally.OfKind(QuoteKind.Direct).Speaker.Accuracy.Should().Be(1);
        tally.OfKind(QuoteKind.Mixed).Speaker.Checked.Should().Be(0);
    }
}
