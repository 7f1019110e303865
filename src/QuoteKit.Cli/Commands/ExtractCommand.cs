using System.CommandLine;
using System.Text.Json;
using QuoteKit.Cli.Output;

namespace QuoteKit.Cli.Commands;

/// <summary><c>quotekit extract [--format json|jsonl|table] [FILE|DIR|-]...</c></summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json, jsonl or table.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "table");
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (every *.txt in them) or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("extract", "Extract quotes and their speakers from UTF-8 text files.") { format, inputs };
        command.SetAction(parse => Run(parse.GetValue(inputs) ?? [], parse.GetValue(format)!, Console.In, Console.Out, Console.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, string format, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var extractor = new QuoteExtractor();
        int failures = 0;
        var results = new List<(string Name, string Text, QuoteExtractionResult Result)>();
        foreach (var doc in DocumentSource.Read(inputs, stdin))
        {
            if (doc.Text is null)
            {
                stderr.WriteLine($"quotekit: {doc.Name}: {doc.Error}");
                failures++;
                continue;
            }

            QuoteExtractionResult result;
            try
            {
                result = extractor.Extract(doc.Text);
            }
            catch (DocumentTooLargeException e)
            {
                stderr.WriteLine($"quotekit: {doc.Name}: {e.Message}");
                failures++;
                continue;
            }

            switch (format)
            {
                case "jsonl":
                    stdout.WriteLine(Serialize(doc.Name, result, indented: false));
                    break;
                case "json":
                    results.Add((doc.Name, doc.Text, result));
                    break;
                default:
                    TableWriter.Write(stdout, doc.Name, result);
                    break;
            }
        }

        if (format == "json")
        {
            stdout.Write('[');
            for (int i = 0; i < results.Count; i++)
            {
                stdout.Write(i == 0 ? "\n" : ",\n");
                stdout.Write(Serialize(results[i].Name, results[i].Result, indented: true));
            }

            stdout.WriteLine("\n]");
        }

        stdout.Flush();
        return failures == 0 ? 0 : 1;
    }

    private static string Serialize(string name, QuoteExtractionResult result, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            QuoteJson.WriteDocument(writer, name, result);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
