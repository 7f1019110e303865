using FluentAssertions;
using QuoteKit.Tests.Support;
using static QuoteKit.Tests.Cli.CliHarness;

namespace QuoteKit.Tests.Cli;

/// <summary>The tool as users get it: packed, installed with <c>dotnet tool install</c> from a feed, run as <c>quotekit</c>. Slow (it packs).</summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    [Trait("Category", "Slow")]
    public void The_packed_tool_installs_from_a_local_feed_and_runs_as_quotekit()
    {
        // A version of its own, so no copy cached by an earlier run is installed instead.
        var version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var feed = _temp["feed"];
        var tools = _temp["tools"];
        var project = Path.Combine(Repository.Root, "src", "QuoteKit.Cli", "QuoteKit.Cli.csproj");

        var pack = RunProcess(["dotnet", "pack", project, "-c", "Release", "-o", feed, $"-p:PackageVersion={version}", "-nologo"]);
        pack.Exit.Should().Be(0, pack.Out + pack.Err);
        File.Exists(Path.Combine(feed, $"QuoteKit.Cli.{version}.nupkg")).Should().BeTrue();

        var install = RunProcess(
            ["dotnet", "tool", "install", "--tool-path", tools, "--add-source", feed, "--version", version, "QuoteKit.Cli"],
            environment: new Dictionary<string, string> { ["NUGET_PACKAGES"] = _temp["packages"] });
        install.Exit.Should().Be(0, install.Out + install.Err);

        var quotekit = Path.Combine(tools, OperatingSystem.IsWindows() ? "quotekit.exe" : "quotekit");
        var run = RunProcess([quotekit, "extract", "--format", "jsonl", Fixture("articles", "council.txt")]);
        run.Exit.Should().Be(0, run.Err);
        var document = run.Documents.Should().ContainSingle().Subject;
        document.GetProperty("document").GetString().Should().Be(Fixture("articles", "council.txt"));
        document.GetProperty("quotes").GetArrayLength().Should().BeGreaterThan(0);

        var help = RunProcess([quotekit, "--help"]);
        help.Out.Should().Contain("extract").And.Contain("explain");
    }
}
