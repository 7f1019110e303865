using System.Text.Json;
using FluentAssertions;
using QuoteKit.Cli.Commands;

namespace QuoteKit.Tests.Evaluation;

/// <summary>The command end to end on a two-article corpus written here (an emoji shifts brat's code point offsets).</summary>
public sealed class EvalCommandTests : IDisposable
{
    // In code points, "Rosa Vint" is [17, 26) and “The gates open at noon.” [33, 58); "early" [75, 80).
    private const string Festival = "🎉 Festival chief Rosa Vint said: “The gates open at noon.” Crowds gathered early.\n";
    private const string Harbour = "The harbour was quiet on Sunday.\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("quotekit-eval-").FullName;

    public EvalCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "text"));
        Directory.CreateDirectory(Path.Combine(_dir, "attributions"));
        File.WriteAllText(Path.Combine(_dir, "text", "festival.txt"), Festival);
        File.WriteAllText(Path.Combine(_dir, "text", "harbour.txt"), Harbour);
        File.WriteAllText(
            Path.Combine(_dir, "attributions", "festival_a1.ann"),
            "T1\tSource 17 26\tRosa Vint\nT2\tCue 27 31\tsaid\nT3\tContent 33 58\t“The gates open at noon.”\nT4\tAttribution 27 31\tsaid\n"
            + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nT5\tContent 75 80\tearly\nE2\tAttribution-no-source:T5 Content:T5\n");
        File.WriteAllText(Path.Combine(_dir, "attributions", "festival_b2.ann"), "");
        File.WriteAllText(Path.Combine(_dir, "attributions", "harbour_a1.ann"), "");
        File.WriteAllText(
            Path.Combine(_dir, "metadata.tsv"),
            "compartment\tfilename\tpublisher\ntrain\tfestival\tcity-gazette\ntrain\tharbour\tport-news\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Json_reports_figures_publishers_and_the_annotator_used()
    {
        var (exit, output, _) = Run("json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("documents").GetInt32().Should().Be(2);
        root.GetProperty("figures").GetProperty("direct.recall@0.8").GetDouble().Should().Be(1.0);
        root.GetProperty("total").GetProperty("all").GetProperty("gold").GetInt32().Should().Be(2);
        root.GetProperty("total").GetProperty("direct").GetProperty("gold").GetInt32().Should().Be(1);
        root.GetProperty("publishers").EnumerateObject().Select(p => p.Name).Should().Equal("city-gazette", "port-news");
        var several = root.GetProperty("severalAnnotators").EnumerateArray().Should().ContainSingle().Subject;
        several.GetProperty("used").GetString().Should().Be("festival_a1.ann");
    }

    [Fact]
    public void Text_names_the_annotator_choice_and_the_subsets()
    {
        var (exit, output, _) = Run("text");

        exit.Should().Be(0);
        output.Should().Contain("first .ann by ordinal name").And.Contain("festival: a1; b2");
        output.Should().MatchRegex(@"\n  direct +1 ");
    }

    [Fact]
    public void Json_reports_speaker_accuracy_per_system_kind()
    {
        var (exit, output, _) = Run("json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("figures").GetProperty("kind.direct.speaker_accuracy").GetDouble().Should().Be(1.0);
        var speaker = root.GetProperty("total").GetProperty("systemByKind").GetProperty("direct").GetProperty("speaker");
        speaker.GetProperty("checked").GetInt32().Should().Be(1);
        speaker.GetProperty("correct").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Text_prints_speaker_accuracy_per_system_kind()
    {
        var (exit, output, _) = Run("text");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"\n  direct +1 +1 +1 +1\.000 +1\.000  1 of 1: ");
    }

    [Fact]
    public void Errors_file_lists_the_missed_attribution_with_its_context()
    {
        var errors = Path.Combine(_dir, "errors.txt");

        Run("text", errors: errors);

        var text = File.ReadAllText(errors);
        text.Should().Contain("festival  (city-gazette)");
        text.Should().Contain("MISSED  gold E2").And.Contain("Crowds gathered ⟦early⟧.");
    }

    [Fact]
    public void A_figure_below_its_floor_fails_and_is_named()
    {
        var floors = Path.Combine(_dir, "floors.json");
        File.WriteAllText(floors, "{\"all.recall@0.3\": 0.9}");

        var (exit, _, error) = Run("json", floors: floors);

        exit.Should().Be(1);
        error.Should().Contain("all.recall@0.3");
    }

    [Fact]
    public void A_directory_that_is_not_a_brat_corpus_is_an_error()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int exit = EvalCommand.Run(new EvalSettings(Path.Combine(_dir, "text"), null, "text", null), stdout, stderr);

        exit.Should().Be(2);
        stderr.ToString().Should().Contain("text/ and attributions/");
    }

    private (int Exit, string Out, string Err) Run(string format, string? errors = null, string? floors = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = EvalCommand.Run(new EvalSettings(_dir, errors, format, floors), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
