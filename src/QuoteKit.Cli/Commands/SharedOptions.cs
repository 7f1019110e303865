using System.CommandLine;
using QuoteKit.Cli.Input;

namespace QuoteKit.Cli.Commands;

/// <summary>Options that more than one command takes, defined once so they read the same everywhere.</summary>
internal static class SharedOptions
{
    /// <summary>The default of <c>--max-document-size</c>.</summary>
    public const string DefaultMaxDocumentSize = "10MB";

    /// <summary><c>--input-format auto|text|html|jsonl</c>.</summary>
    public static Option<string> InputFormat(params string[] formats)
    {
        var option = new Option<string>("--input-format", "-i")
        {
            Description = "How inputs are read: auto (.html/.htm files as HTML"
                + (formats.Contains("jsonl") ? ", .jsonl/.ndjson as JSON Lines" : "") + ", the rest as text), text, html"
                + (formats.Contains("jsonl") ? ", or jsonl (one {\"id\", \"text\"|\"html\"} record per line)." : "."),
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary><c>--max-document-size SIZE</c>.</summary>
    public static Option<string> MaxDocumentSize()
    {
        var option = new Option<string>("--max-document-size")
        {
            Description = "Largest document accepted (a file, stdin, or one JSON Lines record), e.g. 10MB, 512K; larger ones are reported and skipped.",
            DefaultValueFactory = _ => DefaultMaxDocumentSize,
        };
        option.Validators.Add(result =>
        {
            if (!ByteSize.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError("--max-document-size takes a positive size such as 10MB, 512K or 1048576.");
            }
        });
        return option;
    }

    /// <summary><c>--color auto|always|never</c>.</summary>
    public static Option<string> Colour()
    {
        var option = new Option<string>("--color")
        {
            Description = "Colour the output: auto (when writing to a terminal and NO_COLOR is unset), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "always", "never");
        return option;
    }

    /// <summary><c>--html-entities</c>: <see cref="QuoteKitOptions.RecognizeHtmlEntities"/>.</summary>
    public static Option<bool> HtmlEntities() => new("--html-entities")
    {
        Description = "Read HTML entity leftovers in the text (&quot;, &#8220;, &ldquo; …) as quotation marks; offsets still index the text as given.",
    };

    /// <summary>The value of an <see cref="InputFormat(string[])"/> option.</summary>
    public static InputFormat ParseInputFormat(string? value) =>
        Enum.Parse<InputFormat>(value ?? "auto", ignoreCase: true);

    /// <summary>The value of a <see cref="Colour"/> option.</summary>
    public static ColourMode ParseColour(string? value) =>
        Enum.Parse<ColourMode>(value ?? "auto", ignoreCase: true);

    /// <summary>The value of a <see cref="MaxDocumentSize"/> option (validated when parsed).</summary>
    public static long ParseSize(string? value) =>
        ByteSize.TryParse(value, out long bytes) ? bytes : throw new ArgumentException($"not a size: {value}", nameof(value));

    /// <summary>
    /// Extractor options whose document limit is no lower than what <paramref name="maxDocumentBytes"/> lets through;
    /// <paramref name="htmlEntities"/> sets <see cref="QuoteKitOptions.RecognizeHtmlEntities"/>.
    /// </summary>
    public static QuoteKitOptions ExtractorOptions(long maxDocumentBytes, bool includeTrace = false, bool htmlEntities = false) => new()
    {
        IncludeTrace = includeTrace,
        RecognizeHtmlEntities = htmlEntities,
        MaxDocumentLength = (int)Math.Clamp(maxDocumentBytes, QuoteKitOptions.DefaultMaxDocumentLength, Array.MaxLength),
    };
}
