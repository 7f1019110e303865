using System.Text.Json;
using FluentAssertions;
using QuoteKit.Cli.Commands;
using QuoteKit.Cli.Input;
using static QuoteKit.Tests.Cli.CliHarness;

namespace QuoteKit.Tests.Cli;

/// <summary>Which documents the inputs name, in which order, and what text each one becomes.</summary>
public sealed class InputTests
{
    private static CliResult Run(ExtractSettings settings, string? stdin = null) =>
        Extract(settings with { Parallel = 2, Quiet = true }, stdin);

    [Fact]
    public void A_directory_is_read_without_its_subdirectories_by_default()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixture("articles")] });
        result.Exit.Should().Be(0);
        result.DocumentNames.Should().Equal(Fixture("articles", "council.txt"), Fixture("articles", "harbour.txt"));
    }

    [Fact]
    public void Recursive_adds_subdirectories_after_the_files_of_their_parent()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixture("articles")], Recursive = true });
        result.DocumentNames.Should().Equal(
            Fixture("articles", "council.txt"), Fixture("articles", "harbour.txt"), Fixture("articles", "nested", "transit.txt"));
    }

    [Fact]
    public void A_pattern_expands_to_the_matching_files_in_name_order()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixtures + "/articles/*.txt"] });
        result.DocumentNames.Should().Equal(Fixtures + "/articles/council.txt", Fixtures + "/articles/harbour.txt");
    }

    [Fact]
    public void A_double_star_pattern_matches_files_at_any_depth()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixtures + "/articles/**/t*.txt"] });
        result.DocumentNames.Should().Equal(Fixtures + "/articles/nested/transit.txt");
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_reported_as_an_error()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixtures + "/articles/*.docx", Fixture("articles", "council.txt")] });
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().ContainSingle(l => l.Contains("*.docx") && l.Contains("no files match"));
        result.DocumentNames.Should().Equal(Fixture("articles", "council.txt"));
    }

    [Fact]
    public void Standard_input_is_read_as_one_document_named_dash_when_no_input_is_given()
    {
        var result = Run(new ExtractSettings(), stdin: "“We are open,” the baker said.");
        result.Exit.Should().Be(0);
        var document = result.Documents.Should().ContainSingle().Subject;
        document.GetProperty("document").GetString().Should().Be("-");
        document.GetProperty("quotes")[0].GetProperty("text").GetString().Should().Be("We are open,");
    }

    [Fact]
    public void An_html_file_is_read_as_its_article_text_and_offsets_index_that_text()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixture("html", "mayor-budget.html")], IncludeText = true });
        result.Exit.Should().Be(0);
        var document = result.Documents.Should().ContainSingle().Subject;
        var text = document.GetProperty("text").GetString()!;
        text.Should().Be(File.ReadAllText(Fixture("html", "mayor-budget.expected.txt")));
        var quotes = document.GetProperty("quotes").EnumerateArray().ToList();
        quotes.Should().NotBeEmpty();
        foreach (var q in quotes)
        {
            text[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()].Should().Be(q.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Text_input_format_reads_an_html_file_as_it_is()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixture("html", "mayor-budget.html")], InputFormat = InputFormat.Text, IncludeText = true });
        result.Documents[0].GetProperty("text").GetString().Should().Be(File.ReadAllText(Fixture("html", "mayor-budget.html")));
    }

    [Fact]
    public void Html_input_format_reads_standard_input_as_a_page()
    {
        var result = Run(new ExtractSettings { InputFormat = InputFormat.Html, IncludeText = true },
            stdin: "<html><body><nav>Home</nav><p>“Fine,” she said.</p></body></html>");
        result.Documents[0].GetProperty("text").GetString().Should().Be("“Fine,” she said.");
    }

    [Fact]
    public void Json_lines_records_become_documents_named_by_their_id_in_file_order()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixture("jsonl", "articles.jsonl")], InputFormat = InputFormat.Jsonl });
        result.Exit.Should().Be(0);
        result.DocumentNames.Should().Equal(
            "harbour", "council", "mayor", "transit", "museum", "ferry", "floods", "school", "market", "library", "stadium", "bridge");
    }

    [Fact]
    public void A_json_lines_html_record_is_reduced_to_its_article_text()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixture("jsonl", "articles.jsonl")], InputFormat = InputFormat.Jsonl, IncludeText = true });
        var mayor = result.Documents.Single(d => d.GetProperty("document").GetString() == "mayor");
        mayor.GetProperty("text").GetString().Should().Be(File.ReadAllText(Fixture("html", "mayor-budget.expected.txt")));
    }

    [Fact]
    public void Json_lines_are_read_from_standard_input()
    {
        var result = Run(new ExtractSettings { InputFormat = InputFormat.Jsonl },
            stdin: "{\"id\": \"x1\", \"text\": \"“One,” he said.\"}\n{\"id\": 7, \"text\": \"“Two,” she said.\"}\n");
        result.DocumentNames.Should().Equal("x1", "7");
    }

    [Fact]
    public void A_jsonl_file_is_read_as_records_without_being_told()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixture("jsonl", "articles.jsonl")] });
        result.Exit.Should().Be(0);
        result.DocumentNames.Should().HaveCount(12).And.StartWith(["harbour", "council"]);
    }

    [Fact]
    public void Text_input_format_reads_a_jsonl_file_as_one_document()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixture("jsonl", "articles.jsonl")], InputFormat = InputFormat.Text });
        result.DocumentNames.Should().Equal(Fixture("jsonl", "articles.jsonl"));
    }

    [Fact]
    public void A_directory_read_as_json_lines_takes_its_jsonl_files()
    {
        var result = Run(new ExtractSettings { Inputs = [Fixture("jsonl")], InputFormat = InputFormat.Jsonl });
        result.DocumentNames.Should().StartWith(["harbour", "council"]).And.Contain("good-3");
    }

    [Fact]
    public void A_json_lines_record_keeps_its_text_exactly_for_offsets()
    {
        const string text = "  Line one.\r\n\r\n“Quoted,” she said.  ";
        var line = JsonSerializer.Serialize(new { id = "exact", text });
        var result = Run(new ExtractSettings { InputFormat = InputFormat.Jsonl, IncludeText = true }, stdin: line + "\n");
        var document = result.Documents.Single();
        document.GetProperty("text").GetString().Should().Be(text);
        var quote = document.GetProperty("quotes")[0];
        text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()].Should().Be("Quoted,");
    }
}
