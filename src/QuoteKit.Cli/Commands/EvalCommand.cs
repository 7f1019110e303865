using System.CommandLine;
using System.Text.Json;
using QuoteKit.Evaluation;

namespace QuoteKit.Cli.Commands;

/// <summary>
/// <c>quotekit eval --corpus DIR [--errors FILE] [--format text|json] [--annotator-choice first] [--floors FILE]</c>:
/// scores QuoteKit against a brat standoff corpus.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus", "-c")
        {
            Description = "Corpus directory in brat standoff: text/NAME.txt, attributions/NAME_ANNOTATOR.ann, optional metadata.tsv.",
            Required = true,
        };
        var errors = new Option<string?>("--errors", "-e")
        {
            Description = "Write every missed, spurious, partly covered and wrongly attributed quote to this file.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var annotator = new Option<string>("--annotator-choice")
        {
            Description = "Which annotation file to use when an article has several: first (by ordinal name).",
            DefaultValueFactory = _ => BratCorpus.FirstAnnotator,
        };
        annotator.AcceptOnlyFromAmong(BratCorpus.FirstAnnotator);
        var floors = new Option<string?>("--floors")
        {
            Description = "JSON object of figure names to minimum values (e.g. {\"direct.f1@0.8\": 0.1}); exit 1 naming each figure below its floor.",
        };
        var thoughtVerbs = new Option<bool>("--thought-verbs")
        {
            Description = "Score with QuoteKitOptions.IncludeThoughtVerbs on (believe, think, hope … as cues).",
        };
        var noIndirect = new Option<bool>("--no-indirect")
        {
            Description = "Score with QuoteKitOptions.IncludeIndirect off (only quotes inside quotation marks).",
        };
        var command = new Command("eval", "Score quote extraction and attribution against an annotated corpus.") { corpus, errors, format, annotator, floors, thoughtVerbs, noIndirect };
        command.SetAction(parse => Run(
            new EvalSettings(parse.GetValue(corpus)!, parse.GetValue(errors), parse.GetValue(format)!, parse.GetValue(floors))
            {
                Options = new QuoteKitOptions { IncludeThoughtVerbs = parse.GetValue(thoughtVerbs), IncludeIndirect = !parse.GetValue(noIndirect) },
            },
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(EvalSettings settings, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyDictionary<string, double>? floors = null;
        BratCorpus corpus;
        try
        {
            if (settings.FloorsPath is not null)
            {
                floors = FloorCheck.Parse(File.ReadAllText(settings.FloorsPath));
            }

            corpus = BratCorpus.Open(settings.Corpus);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            stderr.WriteLine($"quotekit eval: {e.Message}");
            return 2;
        }

        var report = CorpusEvaluator.Evaluate(corpus, new QuoteExtractor(settings.Options ?? new QuoteKitOptions()), new Scorer());
        if (settings.Format == "json")
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                report.WriteJson(json);
            }

            stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            stdout.WriteLine();
        }
        else
        {
            report.WriteText(stdout);
        }

        stdout.Flush();
        foreach (var p in report.Problems)
        {
            stderr.WriteLine($"quotekit eval: {p.Document}: {p.Message}");
        }

        if (settings.ErrorsPath is not null)
        {
            try
            {
                using var file = new StreamWriter(settings.ErrorsPath, append: false, new System.Text.UTF8Encoding(false));
                ErrorReport.Write(file, report);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"quotekit eval: cannot write {settings.ErrorsPath}: {e.Message}");
                return 2;
            }
        }

        int status = report.Problems.Count == 0 ? 0 : 1;
        if (floors is not null)
        {
            var violations = FloorCheck.Violations(report.Figures(), floors);
            foreach (var v in violations)
            {
                stderr.WriteLine($"quotekit eval: below floor: {v}");
            }

            if (violations.Count > 0)
            {
                status = 1;
            }
        }

        return status;
    }
}

/// <summary>The options of <c>quotekit eval</c>.</summary>
internal sealed record EvalSettings(string Corpus, string? ErrorsPath, string Format, string? FloorsPath)
{
    /// <summary>The extractor options to score with; defaults when null.</summary>
    public QuoteKitOptions? Options { get; init; }
}
