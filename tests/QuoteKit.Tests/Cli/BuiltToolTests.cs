using System.Diagnostics;
using System.Text;
using FluentAssertions;
using static QuoteKit.Tests.Cli.CliHarness;

namespace QuoteKit.Tests.Cli;

/// <summary>The built program, run as a child process: real pipes, real exit codes.</summary>
public sealed class BuiltToolTests
{
    [Fact]
    public void The_built_tool_draws_no_progress_when_stderr_is_a_pipe()
    {
        var result = RunTool(["extract", Fixture("articles")]);
        result.Err.Should().NotContain("\r").And.NotContain("\u001b");
    }

    [Fact]
    public void The_built_tool_reports_bad_input_and_exits_with_one()
    {
        var result = RunTool(["extract", "--input-format", "jsonl", "--quiet", Fixture("jsonl", "with-errors.jsonl")]);
        result.Exit.Should().Be(1);
        result.ErrorLines.Should().HaveCount(5);
        result.DocumentNames.Should().Equal("good-1", "good-2", "good-3");
    }

    [Fact]
    public void The_built_tool_refuses_an_unknown_option()
    {
        var result = RunTool(["extract", "--no-such-option"]);
        result.Exit.Should().NotBe(0);
        result.Err.Should().Contain("--no-such-option");
    }

    [Fact]
    public async Task The_built_tool_stops_with_exit_code_two_when_its_reader_goes_away()
    {
        var record = File.ReadAllLines(Fixture("jsonl", "articles.jsonl"))[0];
        var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(_ => record + "\n")));
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ToolDll, "extract", "--input-format", "jsonl", "--quiet" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var feed = Task.Run(() =>
        {
            try
            {
                process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // the tool stopped reading: expected
            }
        });
        (await process.StandardOutput.ReadLineAsync()).Should().StartWith("{\"document\":");
        process.StandardOutput.Close(); // like `| head -1`
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(2);
        (await error).Should().Contain("cannot write the output");
        await feed.WaitAsync(TimeSpan.FromMinutes(1));
    }
}
