using System.Globalization;
using System.Text.Json;

namespace QuoteKit.Evaluation;

/// <summary>The scores of a corpus: totals, per publisher, per document, and what could not be evaluated.</summary>
public sealed class EvaluationReport
{
    /// <summary>How two spans are compared, as printed in the report.</summary>
    public const string MatchingRule =
        "a gold attribution and a system quote match when the characters they share are more than the threshold share "
        + "of the gold content's characters (whitespace and quotation marks not counted); greedy one-to-one in document "
        + "order, each gold taking the unmatched system quote sharing the most";

    /// <summary>How speaker and cue are checked, as printed in the report.</summary>
    public const string CheckRule =
        "on pairs matched at the lowest threshold: speaker = the system's speaker mention overlaps the gold source; "
        + "resolved = the system has a speaker and its mention overlaps the gold source or one of its names/aliases occurs "
        + "in the source text as whole words; cue = the system's cue overlaps the gold cue; pairs whose gold has no source "
        + "(no cue) are left out and counted";

    internal EvaluationReport(BratCorpus corpus, IReadOnlyList<double> thresholds, IReadOnlyList<DocumentScore> documents, IReadOnlyList<CorpusProblem> problems)
    {
        Corpus = corpus;
        Thresholds = thresholds;
        Documents = documents;
        Problems = problems;
        Total = new ScoreTally(thresholds);
        var byPublisher = new SortedDictionary<string, ScoreTally>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            Total.Add(d);
            var publisher = d.Publisher ?? "(unknown)";
            if (!byPublisher.TryGetValue(publisher, out var tally))
            {
                byPublisher[publisher] = tally = new ScoreTally(thresholds);
            }

            tally.Add(d);
        }

        ByPublisher = byPublisher;
    }

    /// <summary>The corpus evaluated.</summary>
    public BratCorpus Corpus { get; }

    /// <summary>The thresholds, ascending.</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>Scored documents in corpus order.</summary>
    public IReadOnlyList<DocumentScore> Documents { get; }

    /// <summary>Documents that could not be evaluated, and why.</summary>
    public IReadOnlyList<CorpusProblem> Problems { get; }

    /// <summary>Totals over all scored documents.</summary>
    public ScoreTally Total { get; }

    /// <summary>Totals per publisher, by name.</summary>
    public IReadOnlyDictionary<string, ScoreTally> ByPublisher { get; }

    /// <summary>
    /// The headline figures by name, e.g. <c>direct.f1@0.8</c>, <c>all.recall@0.3</c>, <c>direct.speaker_accuracy</c>:
    /// the names that floors refer to.
    /// </summary>
    public IReadOnlyDictionary<string, double> Figures()
    {
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var subset in Enum.GetValues<Subset>())
        {
            var tally = Total[subset];
            var prefix = SubsetName(subset);
            for (int t = 0; t < Thresholds.Count; t++)
            {
                var pr = tally.At(t);
                var at = "@" + FormatThreshold(Thresholds[t]);
                figures[prefix + ".precision" + at] = pr.Precision;
                figures[prefix + ".recall" + at] = pr.Recall;
                figures[prefix + ".f1" + at] = pr.F1;
            }

            figures[prefix + ".speaker_accuracy"] = tally.Speaker.Accuracy;
            figures[prefix + ".speaker_resolved_accuracy"] = tally.SpeakerResolvedAccuracy;
            figures[prefix + ".cue_accuracy"] = tally.Cue.Accuracy;
        }

        foreach (var kind in Enum.GetValues<QuoteKind>())
        {
            var k = Total.OfKind(kind);
            var prefix = "kind." + KindName(kind);
            figures[prefix + ".speaker_accuracy"] = k.Speaker.Accuracy;
            figures[prefix + ".speaker_resolved_accuracy"] = k.SpeakerResolvedAccuracy;
        }

        return figures;
    }

    /// <summary>The name of a subset in reports and figure names: <c>all</c> or <c>direct</c>.</summary>
    public static string SubsetName(Subset subset) => subset == Subset.All ? "all" : "direct";

    /// <summary>The name of a quote kind in reports and figure names: <c>direct</c>, <c>indirect</c>...</summary>
    public static string KindName(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>A threshold as written in figure names: <c>0.3</c>.</summary>
    public static string FormatThreshold(double threshold) => threshold.ToString("0.0##", CultureInfo.InvariantCulture);

    /// <summary>Writes the report for people.</summary>
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var multi = Corpus.Documents.Where(d => d.OtherAnnotationPaths.Count > 0).ToList();
        writer.WriteLine($"QuoteKit evaluation of {Corpus.Directory}");
        writer.WriteLine($"{Documents.Count} documents scored, {Problems.Count} left out.");
        writer.WriteLine($"Annotations: the first .ann by ordinal name per article ({multi.Count} articles have several annotators; the others are not used).");
        writer.WriteLine($"Matching: {MatchingRule}.");
        writer.WriteLine($"Attribution: {CheckRule}.");
        writer.WriteLine("Subsets: all = every attribution vs every system quote; direct = gold content inside quotation marks vs system quotes of kind direct (partial quotes count in 'all').");
        writer.WriteLine();
        WriteSubsetTable(writer, Total);
        writer.WriteLine();
        var low = FormatThreshold(Thresholds[0]);
        writer.WriteLine($"Attribution of pairs matched at {low}:");
        foreach (var subset in Enum.GetValues<Subset>())
        {
            var t = Total[subset];
            writer.WriteLine(
                $"  {SubsetName(subset),-7} speaker {F(t.Speaker.Accuracy)} ({t.Speaker.Correct} of {t.Speaker.Checked}: {t.Speaker.Missing} no mention, {t.Speaker.Wrong} wrong; "
                + $"{t.Speaker.NotAnnotated} gold without source left out), resolved {F(t.SpeakerResolvedAccuracy)} ({t.SpeakerResolved} of {t.Speaker.Checked}); "
                + $"cue {F(t.Cue.Accuracy)} ({t.Cue.Correct} of {t.Cue.Checked}: {t.Cue.Missing} none, {t.Cue.Wrong} wrong; {t.Cue.NotAnnotated} gold without cue)");
        }

        writer.WriteLine();
        writer.WriteLine($"System quotes by kind (matched to any gold attribution, subset all; speaker and resolved on the pairs matched at {low}):");
        writer.Write($"  {"kind",-9}{"system",8}");
        foreach (var th in Thresholds)
        {
            writer.Write($"{"matched@" + FormatThreshold(th),14}");
        }

        writer.WriteLine($"{"speaker",9}{"resolved",9}  speaker detail");
        foreach (var kind in Enum.GetValues<QuoteKind>())
        {
            var k = Total.OfKind(kind);
            writer.Write($"  {KindName(kind),-9}{k.System,8}");
            for (int i = 0; i < Thresholds.Count; i++)
            {
                writer.Write($"{k.Matched(i),14}");
            }

            writer.WriteLine(
                $"{F(k.Speaker.Accuracy),9}{F(k.SpeakerResolvedAccuracy),9}  {k.Speaker.Correct} of {k.Speaker.Checked}: "
                + $"{k.Speaker.Missing} no mention, {k.Speaker.Wrong} wrong; {k.Speaker.NotAnnotated} gold without source");
        }

        writer.WriteLine();
        writer.WriteLine("Per publisher:");
        foreach (var (publisher, tally) in ByPublisher)
        {
            writer.WriteLine($"  {publisher} ({tally.Documents} documents)");
            WriteSubsetTable(writer, tally, indent: "    ");
        }

        if (multi.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Articles with several annotators (annotator used; not used):");
            foreach (var d in multi)
            {
                writer.WriteLine($"  {d.Name}: {Annotator(d.AnnotationPath)}; {string.Join(", ", d.OtherAnnotationPaths.Select(Annotator))}");
            }
        }

        if (Problems.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Left out:");
            foreach (var p in Problems)
            {
                writer.WriteLine($"  {p.Document}: {p.Message}");
            }
        }
    }

    /// <summary>Writes the report as one JSON object for machines (fractions in [0, 1]).</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("corpus", Corpus.Directory);
        writer.WriteNumber("documents", Documents.Count);
        writer.WriteString("annotatorChoice", BratCorpus.FirstAnnotator);
        writer.WriteString("matching", MatchingRule);
        writer.WriteString("attribution", CheckRule);
        writer.WriteStartArray("thresholds");
        foreach (var t in Thresholds)
        {
            writer.WriteNumberValue(t);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("figures");
        foreach (var (name, value) in Figures())
        {
            writer.WriteNumber(name, Math.Round(value, 4));
        }

        writer.WriteEndObject();
        writer.WritePropertyName("total");
        WriteTally(writer, Total);
        writer.WriteStartObject("publishers");
        foreach (var (publisher, tally) in ByPublisher)
        {
            writer.WritePropertyName(publisher);
            WriteTally(writer, tally);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("severalAnnotators");
        foreach (var d in Corpus.Documents.Where(d => d.OtherAnnotationPaths.Count > 0))
        {
            writer.WriteStartObject();
            writer.WriteString("document", d.Name);
            writer.WriteString("used", Path.GetFileName(d.AnnotationPath));
            writer.WriteStartArray("notUsed");
            foreach (var other in d.OtherAnnotationPaths)
            {
                writer.WriteStringValue(Path.GetFileName(other));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("leftOut");
        foreach (var p in Problems)
        {
            writer.WriteStartObject();
            writer.WriteString("document", p.Document);
            writer.WriteString("reason", p.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteSubsetTable(TextWriter writer, ScoreTally tally, string indent = "  ")
    {
        writer.Write($"{indent}{"subset",-7}{"gold",7}{"system",8}");
        foreach (var th in Thresholds)
        {
            var at = "@" + FormatThreshold(th);
            writer.Write($"{"P" + at,9}{"R" + at,8}{"F1" + at,9}");
        }

        writer.WriteLine($"{"speaker",9}{"resolved",9}{"cue",7}");
        foreach (var subset in Enum.GetValues<Subset>())
        {
            var t = tally[subset];
            writer.Write($"{indent}{SubsetName(subset),-7}{t.Gold,7}{t.System,8}");
            for (int i = 0; i < Thresholds.Count; i++)
            {
                var pr = t.At(i);
                writer.Write($"{F(pr.Precision),9}{F(pr.Recall),8}{F(pr.F1),9}");
            }

            writer.WriteLine($"{F(t.Speaker.Accuracy),9}{F(t.SpeakerResolvedAccuracy),9}{F(t.Cue.Accuracy),7}");
        }
    }

    private void WriteTally(Utf8JsonWriter writer, ScoreTally tally)
    {
        writer.WriteStartObject();
        writer.WriteNumber("documents", tally.Documents);
        foreach (var subset in Enum.GetValues<Subset>())
        {
            var t = tally[subset];
            writer.WriteStartObject(SubsetName(subset));
            writer.WriteNumber("gold", t.Gold);
            writer.WriteNumber("system", t.System);
            writer.WriteStartArray("byThreshold");
            for (int i = 0; i < Thresholds.Count; i++)
            {
                var pr = t.At(i);
                writer.WriteStartObject();
                writer.WriteNumber("threshold", pr.Threshold);
                writer.WriteNumber("matched", pr.Matched);
                writer.WriteNumber("precision", Math.Round(pr.Precision, 4));
                writer.WriteNumber("recall", Math.Round(pr.Recall, 4));
                writer.WriteNumber("f1", Math.Round(pr.F1, 4));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("speaker");
            WriteCheck(writer, t.Speaker);
            writer.WriteNumber("resolvedCorrect", t.SpeakerResolved);
            writer.WriteNumber("resolvedAccuracy", Math.Round(t.SpeakerResolvedAccuracy, 4));
            writer.WriteEndObject();
            writer.WriteStartObject("cue");
            WriteCheck(writer, t.Cue);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteStartObject("systemByKind");
        foreach (var kind in Enum.GetValues<QuoteKind>())
        {
            var k = tally.OfKind(kind);
            writer.WriteStartObject(KindName(kind));
            writer.WriteNumber("system", k.System);
            writer.WriteStartArray("matched");
            for (int i = 0; i < Thresholds.Count; i++)
            {
                writer.WriteNumberValue(k.Matched(i));
            }

            writer.WriteEndArray();
            writer.WriteStartObject("speaker");
            WriteCheck(writer, k.Speaker);
            writer.WriteNumber("resolvedCorrect", k.SpeakerResolved);
            writer.WriteNumber("resolvedAccuracy", Math.Round(k.SpeakerResolvedAccuracy, 4));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteCheck(Utf8JsonWriter writer, CheckTally check)
    {
        writer.WriteNumber("checked", check.Checked);
        writer.WriteNumber("correct", check.Correct);
        writer.WriteNumber("missing", check.Missing);
        writer.WriteNumber("wrong", check.Wrong);
        writer.WriteNumber("goldWithout", check.NotAnnotated);
        writer.WriteNumber("accuracy", Math.Round(check.Accuracy, 4));
    }

    // attributions/NAME_ANNOTATOR.ann -> ANNOTATOR
    private static string Annotator(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        return stem[(stem.LastIndexOf('_') + 1)..];
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
