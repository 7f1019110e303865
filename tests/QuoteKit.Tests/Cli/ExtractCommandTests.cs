using System.Text.Json;
using FluentAssertions;
using QuoteKit.Cli.Commands;
using QuoteKit.Cli.Output;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("quotekit-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(string format, params string[] inputs)
    {
        var result = CliHarness.Extract(new ExtractSettings { Inputs = inputs, Format = Enum.Parse<OutputFormat>(format, ignoreCase: true), Parallel = 2 });
        return (result.Exit, result.Out, result.Err);
    }

    [Fact]
    public void Jsonl_lists_the_fragments_of_a_mixed_quote_with_their_text_and_offsets()
    {
        var (exit, output, _) = Run("jsonl", Repository.SeedPath);
        exit.Should().Be(0);
        var text = File.ReadAllText(Repository.SeedPath);
        using var json = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);
        var mixed = json.RootElement.GetProperty("quotes").EnumerateArray().Where(q => q.GetProperty("kind").GetString() == "mixed").ToList();
        mixed.Should().NotBeEmpty();
        var fragments = mixed.SelectMany(q => q.GetProperty("fragments").EnumerateArray()).ToList();
        fragments.Select(f => f.GetProperty("text").GetString()).Should().Contain("strategic");
        foreach (var f in fragments)
        {
            text[f.GetProperty("start").GetInt32()..f.GetProperty("end").GetInt32()].Should().Be(f.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Jsonl_writes_one_line_per_document_in_the_contract_shape()
    {
        var (exit, output, _) = Run("jsonl", Repository.SeedPath);
        exit.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle();
        using var json = JsonDocument.Parse(lines[0]);
        var root = json.RootElement;
        root.GetProperty("document").GetString().Should().Be(Repository.SeedPath);
        var text = File.ReadAllText(Repository.SeedPath);
        var quotes = root.GetProperty("quotes").EnumerateArray().ToList();
        quotes.Should().NotBeEmpty();
        foreach (var q in quotes)
        {
            int start = q.GetProperty("start").GetInt32(), end = q.GetProperty("end").GetInt32();
            text[start..end].Should().Be(q.GetProperty("text").GetString());
            q.GetProperty("kind").GetString().Should().BeOneOf("direct", "partial", "indirect", "mixed");
            q.TryGetProperty("speaker", out _).Should().BeTrue();
            q.TryGetProperty("cue", out _).Should().BeTrue();
            q.GetProperty("confidence").ValueKind.Should().Be(JsonValueKind.Number);
            q.GetProperty("sieve").ValueKind.Should().Be(JsonValueKind.String);
            foreach (var name in new[] { "speaker", "cue" })
            {
                var v = q.GetProperty(name);
                if (v.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                var fragment = name == "speaker" ? v.GetProperty("mention") : v;
                if (fragment.ValueKind != JsonValueKind.Null)
                {
                    text[fragment.GetProperty("start").GetInt32()..fragment.GetProperty("end").GetInt32()]
                        .Should().Be(fragment.GetProperty("text").GetString());
                }
            }
        }

        foreach (var s in root.GetProperty("speakers").EnumerateArray())
        {
            s.GetProperty("id").GetString().Should().NotBeNullOrEmpty();
            s.GetProperty("name").GetString().Should().NotBeNullOrEmpty();
            s.GetProperty("kind").GetString().Should().BeOneOf("person", "organization", "group", "unknown");
            s.GetProperty("aliases").ValueKind.Should().Be(JsonValueKind.Array);
            s.GetProperty("descriptions").ValueKind.Should().Be(JsonValueKind.Array);
            s.GetProperty("members").ValueKind.Should().Be(JsonValueKind.Array);
        }
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_the_other_documents_are_still_processed()
    {
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, "“We will win,” the coach said.");
        var missing = Path.Combine(_dir, "missing.txt");
        var (exit, output, errors) = Run("jsonl", missing, good);
        exit.Should().NotBe(0);
        errors.Should().Contain("missing.txt");
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().Contain("good.txt");
    }

    [Fact]
    public void With_error_records_a_failed_input_gets_its_own_jsonl_line_in_input_order()
    {
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, "“We will win,” the coach said.");
        var missing = Path.Combine(_dir, "missing.txt");
        var result = CliHarness.Extract(new ExtractSettings { Inputs = [missing, good], Format = OutputFormat.Jsonl, Parallel = 2, ErrorRecords = true });
        result.Exit.Should().NotBe(0);
        result.Err.Should().Contain("missing.txt");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        using var failed = JsonDocument.Parse(lines[0]);
        failed.RootElement.GetProperty("document").GetString().Should().Contain("missing.txt");
        failed.RootElement.GetProperty("error").GetString().Should().NotBeNullOrWhiteSpace();
        failed.RootElement.GetProperty("quotes").GetArrayLength().Should().Be(0);
        failed.RootElement.GetProperty("speakers").GetArrayLength().Should().Be(0);
        lines[1].Should().Contain("good.txt").And.NotContain("\"error\"");
    }

    [Fact]
    public void With_error_records_the_json_array_stays_valid_and_holds_every_input()
    {
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, "“We will win,” the coach said.");
        var missing = Path.Combine(_dir, "missing.txt");
        var result = CliHarness.Extract(new ExtractSettings { Inputs = [good, missing], Format = OutputFormat.Json, Parallel = 1, ErrorRecords = true });
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetArrayLength().Should().Be(2);
        json.RootElement[1].GetProperty("error").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Csv_output_has_no_error_rows_even_with_error_records()
    {
        var missing = Path.Combine(_dir, "missing.txt");
        var result = CliHarness.Extract(new ExtractSettings { Inputs = [missing], Format = OutputFormat.Csv, Parallel = 1, ErrorRecords = true });
        result.Err.Should().Contain("missing.txt");
        result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCountLessThanOrEqualTo(1, "only the header row");
    }

    [Fact]
    public void Invalid_utf8_is_reported_by_name()
    {
        var bad = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(bad, [0x22, 0xC3, 0x28, 0xFF, 0x22]);
        var (exit, _, errors) = Run("jsonl", bad);
        exit.Should().NotBe(0);
        errors.Should().Contain("bad.txt").And.Contain("UTF-8");
    }

    [Fact]
    public void A_directory_input_reads_every_txt_file_in_name_order()
    {
        File.WriteAllText(Path.Combine(_dir, "b.txt"), "“Second,” she said.");
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "“First,” he said.");
        File.WriteAllText(Path.Combine(_dir, "c.md"), "“Ignored,” they said.");
        var (exit, output, _) = Run("jsonl", _dir);
        exit.Should().Be(0);
        var docs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetString()).ToList();
        docs.Should().Equal(Path.Combine(_dir, "a.txt"), Path.Combine(_dir, "b.txt"));
    }

    [Fact]
    public void A_byte_order_mark_is_removed_before_offsets_are_counted()
    {
        var path = Path.Combine(_dir, "bom.txt");
        File.WriteAllText(path, "“Yes,” he said.", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var (_, output, _) = Run("jsonl", path);
        var quote = JsonDocument.Parse(output).RootElement.GetProperty("quotes")[0];
        quote.GetProperty("start").GetInt32().Should().Be(1);
        quote.GetProperty("text").GetString().Should().Be("Yes,");
    }

    [Fact]
    public void Json_format_writes_one_array_of_documents()
    {
        var (exit, output, _) = Run("json", Repository.SeedPath, Repository.SeedPath);
        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void With_html_entities_entity_quotation_marks_open_and_close_a_quote()
    {
        var path = Path.Combine(_dir, "entities.txt");
        File.WriteAllText(path, "&quot;We will win the vote,&quot; the mayor said.");
        var result = CliHarness.Extract(new ExtractSettings { Inputs = [path], HtmlEntities = true, Parallel = 1 });
        var quote = JsonDocument.Parse(result.Out).RootElement.GetProperty("quotes")[0];
        quote.GetProperty("kind").GetString().Should().Be("direct");
        quote.GetProperty("text").GetString().Should().Be("We will win the vote,");
    }
}
