using System.CommandLine;
using System.Text;
using QuoteKit.Cli.Explain;
using QuoteKit.Cli.Input;
using QuoteKit.Cli.Output;

namespace QuoteKit.Cli.Commands;

/// <summary>What <c>quotekit explain</c> was asked to do.</summary>
internal sealed record ExplainSettings
{
    /// <summary>The article: a path, or <c>-</c> for stdin.</summary>
    public string Input { get; init; } = "-";

    /// <summary>Also (instead of the terminal view) write the page here.</summary>
    public string? HtmlPath { get; init; }

    /// <summary>How the input is read.</summary>
    public InputFormat InputFormat { get; init; } = InputFormat.Auto;

    /// <summary>The largest document accepted, in bytes.</summary>
    public long MaxDocumentSize { get; init; } = 10L << 20;

    /// <summary>When to colour the terminal view.</summary>
    public ColourMode Colour { get; init; } = ColourMode.Auto;

    /// <summary>Read HTML entity leftovers (&amp;quot;, &amp;#8220;) as quotation marks.</summary>
    public bool HtmlEntities { get; init; }
}

/// <summary>
/// <c>quotekit explain FILE [--html OUT.html]</c>: one article with every quote marked and, for each, the rule
/// that attributed it, the candidate mentions it weighed and why the others lost. With <c>--html</c> the same is
/// written as one self-contained page instead of to the terminal.
/// </summary>
internal static class ExplainCommand
{
    /// <summary>The command and its options.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "The article: a .txt or .html file, or - for standard input." };
        var html = new Option<string?>("--html") { Description = "Write a self-contained HTML page to this file (quotes highlighted per speaker, decisions on hover) instead of the terminal view." };
        var inputFormat = SharedOptions.InputFormat("auto", "text", "html");
        var maxSize = SharedOptions.MaxDocumentSize();
        var colour = SharedOptions.Colour();
        var htmlEntities = SharedOptions.HtmlEntities();
        var command = new Command("explain", "Show how each quote in one article was attributed: the rule that decided, the mentions weighed, why the others lost.")
        {
            input, html, inputFormat, maxSize, colour, htmlEntities,
        };
        command.SetAction(parse => Run(
            new ExplainSettings
            {
                Input = parse.GetValue(input)!,
                HtmlPath = parse.GetValue(html),
                InputFormat = SharedOptions.ParseInputFormat(parse.GetValue(inputFormat)),
                MaxDocumentSize = SharedOptions.ParseSize(parse.GetValue(maxSize)),
                Colour = SharedOptions.ParseColour(parse.GetValue(colour)),
                HtmlEntities = parse.GetValue(htmlEntities),
            },
            CliConsole.FromProcess()));
        return command;
    }

    /// <summary>Explains one article on <paramref name="console"/>; returns the exit code.</summary>
    public static int Run(ExplainSettings settings, CliConsole console)
    {
        var pending = settings.Input == "-"
            ? new InputExpander(settings.InputFormat, recursive: false, settings.MaxDocumentSize, console.In).Expand(["-"]).Single()
            : new FileDocument(settings.Input, settings.InputFormat switch
            {
                InputFormat.Html => DocumentFormat.Html,
                InputFormat.Text => DocumentFormat.Text,
                _ => InputExpander.IsHtmlPath(settings.Input) ? DocumentFormat.Html : DocumentFormat.Text,
            });
        if (Directory.Exists(settings.Input))
        {
            console.Error.WriteLine($"quotekit: {settings.Input}: a directory; explain takes one article (use extract for many)");
            return ExtractCommand.SomeFailed;
        }

        var document = new DocumentReader(settings.MaxDocumentSize).Read(pending);
        if (document.Text is null)
        {
            console.Error.WriteLine($"quotekit: {document.Location}: {document.Error}");
            return ExtractCommand.SomeFailed;
        }

        QuoteExtractionResult result;
        try
        {
            result = new QuoteExtractor(SharedOptions.ExtractorOptions(settings.MaxDocumentSize, includeTrace: true, htmlEntities: settings.HtmlEntities)).Extract(document.Text);
        }
        catch (DocumentTooLargeException e)
        {
            console.Error.WriteLine($"quotekit: {document.Location}: {e.Message}");
            return ExtractCommand.SomeFailed;
        }

        var explanation = new Explanation(document.Name, document.Text, result);
        try
        {
            if (settings.HtmlPath is not null)
            {
                File.WriteAllText(settings.HtmlPath, ExplainHtmlRenderer.Render(explanation), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                console.Error.WriteLine($"quotekit: wrote {settings.HtmlPath} ({result.Quotes.Count} quotes, {result.Speakers.Count} speakers)");
            }
            else
            {
                console.Out.Write(ExplainTextRenderer.Render(explanation, Ansi.For(console.UseColour(settings.Colour, toFile: false))));
                console.Out.Flush();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"quotekit: {settings.HtmlPath ?? "stdout"}: cannot write: {DocumentReader.Describe(e)}");
            return ExtractCommand.Fatal;
        }

        return ExtractCommand.Success;
    }
}
