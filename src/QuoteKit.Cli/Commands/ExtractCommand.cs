using System.CommandLine;
using System.Diagnostics;
using System.Text;
using QuoteKit.Cli.Batch;
using QuoteKit.Cli.Input;
using QuoteKit.Cli.Output;

namespace QuoteKit.Cli.Commands;

/// <summary>What <c>quotekit extract</c> was asked to do.</summary>
internal sealed record ExtractSettings
{
    /// <summary>Files, directories, patterns or <c>-</c>; none means stdin.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>The output format.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Jsonl;

    /// <summary>How inputs are read.</summary>
    public InputFormat InputFormat { get; init; } = InputFormat.Auto;

    /// <summary>Search directories below their top level.</summary>
    public bool Recursive { get; init; }

    /// <summary>The most documents worked on at once.</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;

    /// <summary>The largest document accepted, in bytes.</summary>
    public long MaxDocumentSize { get; init; } = 10L << 20;

    /// <summary>Add each document's text to JSON output.</summary>
    public bool IncludeText { get; init; }

    /// <summary>Write here instead of stdout.</summary>
    public string? OutputPath { get; init; }

    /// <summary>When to colour the table.</summary>
    public ColourMode Colour { get; init; } = ColourMode.Auto;

    /// <summary>No summary at the end and no progress line.</summary>
    public bool Quiet { get; init; }

    /// <summary>Exit 0 even when some inputs failed (they are still reported), for engines that fail a task on a non-zero exit.</summary>
    public bool AllowErrors { get; init; }

    /// <summary>Also write a JSON record for each input that failed, so JSON output has one record per input.</summary>
    public bool ErrorRecords { get; init; }

    /// <summary>Read HTML entity leftovers (&amp;quot;, &amp;#8220;) as quotation marks.</summary>
    public bool HtmlEntities { get; init; }
}

/// <summary>
/// <c>quotekit extract</c>: reads documents from files, directories, patterns, stdin or JSON Lines, extracts
/// their quotes on parallel workers and writes the results in input order. Bad input is reported on stderr with
/// its location and skipped; the exit code is 1 when anything failed, 2 when the command itself could not run.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>The exit code when every document was processed.</summary>
    public const int Success = 0;

    /// <summary>The exit code when some inputs could not be read or processed (the others were).</summary>
    public const int SomeFailed = 1;

    /// <summary>The exit code when the command could not run at all (its output could not be written).</summary>
    public const int Fatal = 2;

    /// <summary>The command and its options.</summary>
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: jsonl (one line per document: the stable contract), json, table or csv (one row per quote).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "table", "csv");
        var inputFormat = SharedOptions.InputFormat("auto", "text", "html", "jsonl");
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Also read the files in subdirectories of directory inputs." };
        var parallel = new Option<int>("--parallel", "-p")
        {
            Description = "How many documents to work on at once (default: the number of processors).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--parallel must be at least 1.");
            }
        });
        var maxSize = SharedOptions.MaxDocumentSize();
        var includeText = new Option<bool>("--include-text") { Description = "Add each document's text (for HTML, the extracted article text that offsets index) to JSON output as \"text\"." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var colour = SharedOptions.Colour();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress line and no summary on standard error; errors are still reported." };
        var allowErrors = new Option<bool>("--allow-errors") { Description = "Exit with 0 even when some inputs failed (they are still reported on standard error): for Spark, Hadoop and other engines that fail a whole task on a non-zero exit." };
        var errorRecords = new Option<bool>("--error-records")
        {
            Description = "JSON formats: also write a record {\"document\", \"error\", \"quotes\": [], \"speakers\": []} for each input that failed (still reported on standard error), so the output has one record per input, in input order.",
        };
        var htmlEntities = SharedOptions.HtmlEntities();
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (their .txt/.html files; .jsonl with --input-format jsonl), patterns such as 'news/**/*.html', or - for standard input (the default).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("extract", "Extract quotes and their speakers from news articles: text, HTML or JSON Lines, in batches.")
        {
            format, inputFormat, recursive, parallel, maxSize, includeText, output, colour, quiet, allowErrors, errorRecords, htmlEntities, inputs,
        };
        command.SetAction(parse =>
        {
            var settings = new ExtractSettings
            {
                Inputs = parse.GetValue(inputs) ?? [],
                Format = Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true),
                InputFormat = SharedOptions.ParseInputFormat(parse.GetValue(inputFormat)),
                Recursive = parse.GetValue(recursive),
                Parallel = parse.GetValue(parallel),
                MaxDocumentSize = SharedOptions.ParseSize(parse.GetValue(maxSize)),
                IncludeText = parse.GetValue(includeText),
                OutputPath = parse.GetValue(output),
                Colour = SharedOptions.ParseColour(parse.GetValue(colour)),
                Quiet = parse.GetValue(quiet),
                AllowErrors = parse.GetValue(allowErrors),
                ErrorRecords = parse.GetValue(errorRecords),
                HtmlEntities = parse.GetValue(htmlEntities),
            };
            if (settings.Inputs.Count == 0 && !Console.IsInputRedirected)
            {
                Console.Error.WriteLine("quotekit: reading an article from standard input (end it with Ctrl+D; --help lists the options)");
            }

            return Run(settings, CliConsole.FromProcess());
        });
        return command;
    }

    /// <summary>Runs a batch with <paramref name="settings"/> on <paramref name="console"/>'s streams; returns the exit code.</summary>
    public static int Run(ExtractSettings settings, CliConsole console, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        long started = time.GetTimestamp();
        TextWriter output;
        try
        {
            output = settings.OutputPath is null
                ? console.Out
                : new StreamWriter(settings.OutputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"quotekit: {settings.OutputPath}: cannot write: {DocumentReader.Describe(e)}");
            return Fatal;
        }

        var ansi = Ansi.For(console.UseColour(settings.Colour, toFile: settings.OutputPath is not null));
        var formatter = settings.Format == OutputFormat.Table
            ? new TableFormatter(ansi, console.Width)
            : OutputFormatter.For(settings.Format, settings.IncludeText, ansi);
        var extractor = new QuoteExtractor(SharedOptions.ExtractorOptions(settings.MaxDocumentSize, htmlEntities: settings.HtmlEntities));
        var reader = new DocumentReader(settings.MaxDocumentSize);
        var expander = new InputExpander(settings.InputFormat, settings.Recursive, settings.MaxDocumentSize, console.In);
        var statistics = new BatchStatistics();
        var progress = new ProgressDisplay(console.Error, enabled: console.ErrorIsTerminal && !settings.Quiet, time);
        bool first = true;

        try
        {
            var sink = OutputSink.For(output);
            sink.Write(formatter.Prologue);
            OrderedParallel.Run(
                expander.Expand(settings.Inputs),
                pending => Process(pending, reader, extractor, formatter),
                outcome =>
                {
                    string? errorRecord = null;
                    if (outcome.Error is not null)
                    {
                        progress.Clear();
                        console.Error.WriteLine($"quotekit: {outcome.Location}: {outcome.Error}");
                        statistics.AddError();
                        errorRecord = settings.ErrorRecords ? formatter.FormatError(outcome.Location, outcome.Error) : null;
                    }
                    else
                    {
                        statistics.AddDocument(outcome.Quotes, outcome.Speakers);
                    }

                    if (outcome.Output is not null || errorRecord is not null)
                    {
                        if (!first)
                        {
                            sink.Write(formatter.Separator);
                        }

                        first = false;
                        if (errorRecord is not null)
                        {
                            sink.Write(errorRecord);
                        }
                        else
                        {
                            sink.Write(outcome.Output.GetValueOrDefault().Span);
                        }
                    }

                    progress.Update(statistics);
                },
                settings.Parallel);
            sink.Write(formatter.Epilogue);
            sink.Flush();
        }
        catch (IOException e)
        {
            progress.Clear();
            console.Error.WriteLine($"quotekit: cannot write the output: {e.Message}");
            return Fatal;
        }
        finally
        {
            if (settings.OutputPath is not null)
            {
                try
                {
                    output.Dispose();
                }
                catch (IOException)
                {
                    // already reported above
                }
            }
        }

        progress.Clear();
        if (!settings.Quiet)
        {
            console.Error.WriteLine("quotekit: " + statistics.Summary(time.GetElapsedTime(started)));
        }

        return statistics.Errors == 0 || settings.AllowErrors ? Success : SomeFailed;
    }

    private static Outcome Process(PendingDocument pending, DocumentReader reader, QuoteExtractor extractor, OutputFormatter formatter)
    {
        LoadedDocument? document = null;
        try
        {
            document = reader.Read(pending);
            if (document.Text is null)
            {
                return Outcome.Failed(document.Location, document.Error!);
            }

            var result = extractor.Extract(document.Text);
            var text = formatter.FormatUtf8(new ExtractedDocument(document.Name, document.Text, result));
            return new Outcome(document.Location, text, result.Quotes.Count, result.Speakers.Count, null);
        }
        catch (DocumentTooLargeException e)
        {
            return Outcome.Failed(document?.Location ?? pending.Location, e.Message);
        }
        catch (Exception e)
        {
            // A bug must not end a batch of a million documents: report it with the document and go on.
            return Outcome.Failed(document?.Location ?? pending.Location, $"internal error ({e.GetType().Name}: {e.Message}); please report it with this document");
        }
    }

    /// <summary>What became of one document: its formatted output and counts, or an error.</summary>
    private sealed record Outcome(string Location, ReadOnlyMemory<byte>? Output, int Quotes, int Speakers, string? Error)
    {
        public static Outcome Failed(string location, string error) => new(location, null, 0, 0, error);
    }
}
