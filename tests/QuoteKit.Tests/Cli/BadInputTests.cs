using System.Text;
using FluentAssertions;
using QuoteKit.Cli.Commands;
using QuoteKit.Cli.Input;
using static QuoteKit.Tests.Cli.CliHarness;

namespace QuoteKit.Tests.Cli;

/// <summary>
/// Bad input of every kind is reported on stderr with where it is, nothing else is lost, and the exit code says
/// that something failed.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Good() => _temp.Write("good.txt", "“We open at nine,” the manager said.");

    private static CliResult Run(params string[] inputs) =>
        Extract(new ExtractSettings { Inputs = inputs, Parallel = 2, Quiet = true });

    [Fact]
    public void A_missing_file_is_reported_by_name_and_the_others_are_still_processed()
    {
        var good = Good();
        var result = Run(_temp["missing.txt"], good);
        result.Exit.Should().Be(ExtractCommand.SomeFailed);
        result.ErrorLines.Should().Equal($"quotekit: {_temp["missing.txt"]}: no such file");
        result.DocumentNames.Should().Equal(good);
    }

    [Fact]
    public void A_binary_file_is_reported_with_where_its_first_nul_byte_is()
    {
        var binary = _temp.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        var result = Run(binary, Good());
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().Be($"quotekit: {binary}: binary file (NUL byte at offset 4), not UTF-8 text");
        result.Documents.Should().ContainSingle();
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_the_offset_of_the_bad_byte()
    {
        var bad = _temp.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("“Café,” he said.".Replace("“", "\"").Replace("”", "\"")));
        var result = Run(bad, Good());
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().Be($"quotekit: {bad}: not valid UTF-8 (bad byte at offset 4)");
        result.Documents.Should().ContainSingle();
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var empty = _temp.Write("empty.txt", "");
        var result = Run(empty, Good());
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().Equal($"quotekit: {empty}: empty file");
        result.Documents.Should().ContainSingle();
    }

    [Fact]
    public void A_file_of_only_white_space_is_reported_as_empty()
    {
        var blank = _temp.Write("blank.txt", " \n\t\n");
        var result = Run(blank);
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("empty document");
    }

    [Fact]
    public void An_html_page_without_article_text_is_reported()
    {
        var page = _temp.Write("menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        var result = Run(page);
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("no article text");
    }

    [Fact]
    public void A_500_megabyte_file_is_refused_from_its_size_without_being_read()
    {
        var huge = _temp["huge.txt"];
        using (var stream = File.Create(huge))
        {
            stream.SetLength(500L << 20); // sparse: takes no disk and is never read
        }

        var result = Run(huge, Good());
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().Equal($"quotekit: {huge}: too large: 524,288,000 bytes, over --max-document-size (10,485,760 bytes)");
        result.Documents.Should().ContainSingle();
    }

    [Fact]
    public void Max_document_size_sets_the_limit()
    {
        var article = _temp.Write("article.txt", "“" + new string('a', 2000) + ",” she said.");
        var result = Extract(new ExtractSettings { Inputs = [article, Good()], MaxDocumentSize = 1024, Quiet = true });
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("article.txt").And.Contain("over --max-document-size (1,024 bytes)");
        result.Documents.Should().ContainSingle();
    }

    [Fact]
    public void Standard_input_over_the_limit_is_reported()
    {
        var result = Extract(new ExtractSettings { MaxDocumentSize = 100, Quiet = true }, stdin: new string('x', 500));
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().Equal("quotekit: <stdin>: too large, over --max-document-size (100 bytes)");
    }

    [Fact]
    public void Malformed_json_lines_are_reported_with_their_line_numbers_and_the_good_lines_kept()
    {
        var path = Fixture("jsonl", "with-errors.jsonl");
        var result = Extract(new ExtractSettings { Inputs = [path], InputFormat = InputFormat.Jsonl, Parallel = 3, Quiet = true });
        result.Exit.Should().Be(1);
        result.DocumentNames.Should().Equal("good-1", "good-2", "good-3");
        result.ErrorLines.Should().Equal(
            $"quotekit: {path}:2: malformed JSON at byte 39",
            $"quotekit: {path}:3: the record has no \"id\" (a string or a number)",
            $"quotekit: {path}:6: a record must be a JSON object {{\"id\": ..., \"text\": ...}}",
            $"quotekit: {path}:7 (id empty): empty document",
            $"quotekit: {path}:8 (id both): the record has both \"text\" and \"html\"; give one");
    }

    [Fact]
    public void A_json_line_longer_than_the_limit_is_skipped_and_the_next_line_still_read()
    {
        var lines = "{\"id\": \"a\", \"text\": \"“One,” he said.\"}\n"
            + "{\"id\": \"long\", \"text\": \"" + new string('z', 5000) + "\"}\n"
            + "{\"id\": \"b\", \"text\": \"“Two,” she said.\"}\n";
        var result = Extract(new ExtractSettings { InputFormat = InputFormat.Jsonl, MaxDocumentSize = 1000, Quiet = true }, stdin: lines);
        result.Exit.Should().Be(1);
        result.DocumentNames.Should().Equal("a", "b");
        result.ErrorLines.Should().Equal("quotekit: <stdin>:2: too large: 5,026 bytes, over --max-document-size (1,000 bytes)");
    }

    [Fact]
    public void Invalid_utf8_in_a_json_line_is_reported_with_its_line_number()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"b\", \"text\": \"")
            .Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\"}\n"))
            .ToArray();
        var result = Extract(new ExtractSettings { InputFormat = InputFormat.Jsonl, Quiet = true }, bytes);
        result.ErrorLines.Should().Equal("quotekit: <stdin>:2: not valid UTF-8");
        result.DocumentNames.Should().Equal("a");
    }

    [Fact]
    public void Crlf_line_ends_and_blank_lines_in_json_lines_are_accepted()
    {
        var result = Extract(new ExtractSettings { InputFormat = InputFormat.Jsonl, Quiet = true },
            stdin: "{\"id\": \"a\", \"text\": \"“One,” he said.\"}\r\n\r\n   \r\n{\"id\": \"b\", \"text\": \"x\"}");
        result.Exit.Should().Be(0);
        result.DocumentNames.Should().Equal("a", "b");
    }

    [Fact]
    public void An_empty_json_lines_file_is_reported()
    {
        var empty = _temp.Write("empty.jsonl", "");
        var result = Extract(new ExtractSettings { Inputs = [empty], InputFormat = InputFormat.Jsonl, Quiet = true });
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().Equal($"quotekit: {empty}: empty file: no JSON Lines records");
    }

    [Fact]
    public void A_directory_without_input_files_is_reported()
    {
        Directory.CreateDirectory(_temp["empty-dir"]);
        var result = Run(_temp["empty-dir"]);
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("empty-dir").And.Contain("no input files");
    }

    [Fact]
    public void Allow_errors_exits_with_zero_and_still_reports_what_failed()
    {
        var result = Extract(new ExtractSettings { Inputs = [_temp["missing.txt"], Good()], AllowErrors = true, Quiet = true });
        result.Exit.Should().Be(ExtractCommand.Success);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("missing.txt");
        result.Documents.Should().ContainSingle();
    }

    [Fact]
    public void Every_document_read_well_gives_exit_code_zero()
    {
        Run(Good()).Exit.Should().Be(ExtractCommand.Success);
    }

    [Fact]
    public void A_file_without_read_permission_is_reported_and_the_run_goes_on()
    {
        // Root reads any file; the built tool then runs without the capabilities that let it, as a user would.
        if (!File.Exists("/usr/bin/setpriv") && IsRoot)
        {
            Assert.Fail("this test needs /usr/bin/setpriv (util-linux) when run as root");
        }

        var good = Good();
        var locked = _temp.Write("locked.txt", "“Secret,” the spy said.");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        string[] wrapper = IsRoot ? ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"] : [];
        var result = RunTool(["extract", "--quiet", locked, good], wrapper: wrapper);
        result.Exit.Should().Be(1, result.Err);
        result.ErrorLines.Should().Equal($"quotekit: {locked}: permission denied");
        result.DocumentNames.Should().Equal(good);
    }
}
