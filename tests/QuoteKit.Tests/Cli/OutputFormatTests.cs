using System.Text;
using System.Text.Json;
using FluentAssertions;
using QuoteKit.Cli.Commands;
using QuoteKit.Cli.Input;
using QuoteKit.Cli.Output;
using static QuoteKit.Tests.Cli.CliHarness;

namespace QuoteKit.Tests.Cli;

/// <summary>The output formats: json, jsonl (the contract), table and csv, and where output goes.</summary>
public sealed class OutputFormatTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly ExtractedDocument Synthetic = new("story.txt", SyntheticResults.Article, SyntheticResults.TwoSpeakers());

    private static CliResult Run(ExtractSettings settings, string? stdin = null, bool outIsTerminal = false, bool noColor = false) =>
        Extract(settings with { Parallel = 2, Quiet = true }, stdin, outIsTerminal: outIsTerminal, noColor: noColor);

    [Fact]
    public void Jsonl_keeps_the_contract_fields_and_include_text_adds_the_text_last()
    {
        var line = new JsonLinesFormatter(includeText: true).Format(Synthetic);
        line.Should().EndWith("\n").And.NotContain("\n\"");
        using var json = JsonDocument.Parse(line);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("document", "quotes", "speakers", "text");
        var quote = json.RootElement.GetProperty("quotes")[0];
        quote.EnumerateObject().Select(p => p.Name).Should().Equal("text", "start", "end", "kind", "speaker", "cue", "confidence", "sieve");
        quote.GetProperty("speaker").EnumerateObject().Select(p => p.Name).Should().Equal("id", "name", "mention");
        json.RootElement.GetProperty("speakers")[0].EnumerateObject().Select(p => p.Name)
            .Should().Equal("id", "name", "kind", "aliases", "descriptions", "members");
        json.RootElement.GetProperty("text").GetString().Should().Be(SyntheticResults.Article);
    }

    [Fact]
    public void Jsonl_leaves_the_text_out_by_default()
    {
        using var json = JsonDocument.Parse(new JsonLinesFormatter(includeText: false).Format(Synthetic));
        json.RootElement.TryGetProperty("text", out _).Should().BeFalse();
    }

    [Fact]
    public void Json_without_any_document_is_an_empty_array()
    {
        var result = Run(new ExtractSettings { Format = OutputFormat.Json, InputFormat = InputFormat.Jsonl }, stdin: "");
        JsonDocument.Parse(result.Out).RootElement.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Json_lists_documents_in_input_order()
    {
        var result = Run(new ExtractSettings { Format = OutputFormat.Json, Inputs = [Fixture("jsonl", "articles.jsonl")], InputFormat = InputFormat.Jsonl });
        var names = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().Select(d => d.GetProperty("document").GetString());
        names.Should().Equal("harbour", "council", "mayor", "transit", "museum", "ferry", "floods", "school", "market", "library", "stadium", "bridge");
    }

    [Fact]
    public void Csv_starts_with_its_header_and_has_one_row_per_quote()
    {
        var output = new CsvFormatter().Prologue + new CsvFormatter().Format(Synthetic);
        var rows = ParseCsv(output);
        rows[0].Should().Equal(CsvFormatter.Columns);
        rows.Should().HaveCount(1 + Synthetic.Result.Quotes.Count);
        rows.Skip(1).Select(r => r[5]).Should().Equal(Synthetic.Result.Quotes.Select(q => q.Text));
        rows.Skip(1).Should().OnlyContain(r => r.Length == CsvFormatter.Columns.Length);
    }

    [Fact]
    public void Csv_rows_carry_offsets_speaker_and_rule()
    {
        var row = ParseCsv(new CsvFormatter().Format(Synthetic))[0];
        var quote = Synthetic.Result.Quotes[0];
        row.Should().Equal("story.txt", "1", quote.Span.Start.ToString(), quote.Span.End.ToString(), "direct", "We will build it,",
            "s1", "Ana Ruiz", "person", "Mayor Ana Ruiz", quote.SpeakerMention!.Value.Span.Start.ToString(), quote.SpeakerMention!.Value.Span.End.ToString(),
            "said", quote.Cue!.Value.Span.Start.ToString(), quote.Cue!.Value.Span.End.ToString(), "0.95", "CueAdjacencySieve");
    }

    [Fact]
    public void Csv_encloses_fields_with_commas_quotes_or_line_breaks_and_doubles_their_quotes()
    {
        var sb = new StringBuilder();
        CsvFormatter.AppendField(sb, "plain");
        sb.Append('|');
        CsvFormatter.AppendField(sb, "a, b");
        sb.Append('|');
        CsvFormatter.AppendField(sb, "say \"hi\"");
        sb.Append('|');
        CsvFormatter.AppendField(sb, "two\nlines");
        sb.ToString().Should().Be("plain|\"a, b\"|\"say \"\"hi\"\"\"|\"two\nlines\"");
    }

    [Fact]
    public void Csv_rows_end_with_crlf()
    {
        var output = new CsvFormatter().Prologue + new CsvFormatter().Format(Synthetic);
        output.Should().EndWith("\r\n");
        output.Replace("\r\n", "").Replace("fixed, final\nand fair", "").Should().NotContain("\n");
    }

    [Fact]
    public void Csv_over_a_batch_has_one_header()
    {
        var result = Run(new ExtractSettings { Format = OutputFormat.Csv, Inputs = [Fixture("articles")], Recursive = true });
        var rows = ParseCsv(result.Out);
        rows.Count(r => r[0] == "document").Should().Be(1);
        rows.Skip(1).Select(r => r[0]).Distinct().Should().Equal(
            Fixture("articles", "council.txt"), Fixture("articles", "harbour.txt"), Fixture("articles", "nested", "transit.txt"));
    }

    [Fact]
    public void The_table_groups_quotes_under_their_speaker_with_unattributed_ones_last()
    {
        var table = new TableFormatter(Ansi.Plain).Format(Synthetic);
        var lines = table.Split('\n');
        int ruiz = Array.FindIndex(lines, l => l.StartsWith("Ana Ruiz"));
        int lee = Array.FindIndex(lines, l => l.StartsWith("Tom Lee"));
        int none = Array.FindIndex(lines, l => l.StartsWith("(unattributed)"));
        ruiz.Should().BeGreaterThan(0);
        lee.Should().BeGreaterThan(ruiz);
        none.Should().BeGreaterThan(lee);
        var ruizBlock = string.Join('\n', lines[ruiz..lee]);
        ruizBlock.Should().Contain("We will build it,").And.Contain("fixed, final and fair").And.Contain("We asked everyone.");
        ruizBlock.Should().NotContain("Nobody asked us");
        lines[ruiz].Should().Contain("Ruiz; Mayor").And.Contain("3 quotes");
    }

    [Fact]
    public void The_table_shows_each_quotes_cue_mention_rule_and_offsets()
    {
        var table = new TableFormatter(Ansi.Plain).Format(Synthetic);
        var quote = Synthetic.Result.Quotes[2];
        table.Should().Contain($"cue “said” · mention “Tom Lee” · CueAdjacencySieve 0.95 · {quote.Span.Start}–{quote.Span.End}");
    }

    [Fact]
    public void The_table_wraps_long_quotes_to_the_width()
    {
        var table = new TableFormatter(Ansi.Plain, width: 40).Format(Synthetic);
        var quoteLines = table.Split('\n').Where(l => !l.Contains(" · ")).ToList();
        quoteLines.Should().Contain(l => l.Contains("Nobody asked")).And.OnlyContain(l => l.Length <= 40);
    }

    [Fact]
    public void The_table_has_no_escape_codes_when_stdout_is_not_a_terminal()
    {
        var result = Run(new ExtractSettings { Format = OutputFormat.Table, Inputs = [Fixture("articles", "council.txt")] });
        result.Out.Should().Contain("council.txt · ").And.NotContain("\u001b[");
    }

    [Fact]
    public void The_table_is_coloured_when_stdout_is_a_terminal()
    {
        var result = Run(new ExtractSettings { Format = OutputFormat.Table, Inputs = [Fixture("articles", "council.txt")] }, outIsTerminal: true);
        result.Out.Should().Contain("\u001b[");
    }

    [Fact]
    public void No_color_turns_colour_off_on_a_terminal()
    {
        var result = Run(new ExtractSettings { Format = OutputFormat.Table, Inputs = [Fixture("articles", "council.txt")] }, outIsTerminal: true, noColor: true);
        result.Out.Should().NotContain("\u001b[");
    }

    [Fact]
    public void Color_always_colours_output_that_is_not_a_terminal()
    {
        var result = Run(new ExtractSettings { Format = OutputFormat.Table, Inputs = [Fixture("articles", "council.txt")], Colour = ColourMode.Always });
        result.Out.Should().Contain("\u001b[");
    }

    [Fact]
    public void Speakers_get_different_colours_in_the_table()
    {
        var table = new TableFormatter(Ansi.Colour).Format(Synthetic);
        var lines = table.Split('\n');
        string Colour(string name) => lines.Single(l => l.Contains(name) && l.Contains("quote")).Split('m')[0];
        Colour("Ana Ruiz").Should().NotBe(Colour("Tom Lee"));
    }

    [Fact]
    public void Output_option_writes_the_file_and_nothing_to_stdout()
    {
        var path = _temp["out/result.jsonl"];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var result = Run(new ExtractSettings { Inputs = [Fixture("articles")], OutputPath = path });
        result.Exit.Should().Be(0);
        result.Out.Should().BeEmpty();
        File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetString())
            .Should().Equal(Fixture("articles", "council.txt"), Fixture("articles", "harbour.txt"));
    }

    [Fact]
    public void Output_to_a_file_is_never_coloured()
    {
        var path = _temp["table.txt"];
        Run(new ExtractSettings { Format = OutputFormat.Table, Inputs = [Fixture("articles", "council.txt")], OutputPath = path }, outIsTerminal: true);
        File.ReadAllText(path).Should().Contain("council.txt · ").And.NotContain("\u001b[");
    }

    [Fact]
    public void An_output_file_that_cannot_be_created_is_a_fatal_error()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixture("articles")], OutputPath = _temp["no/such/folder/out.jsonl"] });
        result.Exit.Should().Be(ExtractCommand.Fatal);
        result.Err.Should().Contain("out.jsonl").And.Contain("cannot write");
    }

    [Fact]
    public void Output_is_the_same_whatever_the_number_of_workers()
    {
        var two = Run(new ExtractSettings { Inputs = [Fixture("jsonl", "articles.jsonl")], InputFormat = InputFormat.Jsonl });
        var one = Extract(new ExtractSettings { Inputs = [Fixture("jsonl", "articles.jsonl")], InputFormat = InputFormat.Jsonl, Parallel = 1, Quiet = true });
        var eight = Extract(new ExtractSettings { Inputs = [Fixture("jsonl", "articles.jsonl")], InputFormat = InputFormat.Jsonl, Parallel = 8, Quiet = true });
        one.Out.Should().NotBeEmpty();
        eight.Out.Should().Be(one.Out);
        two.Out.Should().Be(one.Out);
    }

    /// <summary>A small RFC 4180 reader, to check the writer against the rules rather than against itself.</summary>
    private static List<string[]> ParseCsv(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
