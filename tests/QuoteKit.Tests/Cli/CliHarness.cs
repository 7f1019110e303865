using System.Diagnostics;
using System.Text;
using System.Text.Json;
using QuoteKit.Cli.Commands;

namespace QuoteKit.Tests.Cli;

/// <summary>What one run of the tool left behind.</summary>
public sealed record CliResult(int Exit, string Out, string Err)
{
    /// <summary>Standard output's JSON Lines, parsed.</summary>
    public IReadOnlyList<JsonElement> Documents =>
        Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    /// <summary>The "document" field of each output line.</summary>
    public IReadOnlyList<string?> DocumentNames => Documents.Select(d => d.GetProperty("document").GetString()).ToList();

    /// <summary>Standard error's lines.</summary>
    public IReadOnlyList<string> ErrorLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}

/// <summary>Runs the quotekit tool: in process on memory streams (fast), or the built program as a child process.</summary>
public static class CliHarness
{
    /// <summary>The folder of the CLI fixtures, copied beside the test assembly.</summary>
    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cli");

    /// <summary>A fixture's path.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    /// <summary>The built tool beside the test assembly.</summary>
    public static string ToolDll { get; } = Path.Combine(AppContext.BaseDirectory, "QuoteKit.Cli.dll");

    internal static CliResult Extract(ExtractSettings settings, string? stdin = null, bool outIsTerminal = false, bool errorIsTerminal = false, TimeProvider? time = null, bool noColor = false) =>
        Extract(settings, Encoding.UTF8.GetBytes(stdin ?? ""), outIsTerminal, errorIsTerminal, time, noColor);

    internal static CliResult Extract(ExtractSettings settings, byte[] stdin, bool outIsTerminal = false, bool errorIsTerminal = false, TimeProvider? time = null, bool noColor = false)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(new MemoryStream(stdin), stdout, stderr, outIsTerminal, errorIsTerminal, noColor);
        int exit = ExtractCommand.Run(settings, console, time);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built tool (<c>dotnet QuoteKit.Cli.dll ARGS</c>) with <paramref name="stdin"/>, optionally through a wrapper program.</summary>
    public static CliResult RunTool(IEnumerable<string> args, byte[]? stdin = null, string? workingDirectory = null, IEnumerable<string>? wrapper = null) =>
        RunProcess([.. wrapper ?? [], "dotnet", ToolDll, .. args], stdin, workingDirectory);

    /// <summary>Runs a program and waits for it (at most ten minutes).</summary>
    public static CliResult RunProcess(IReadOnlyList<string> command, byte[]? stdin = null, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in command.Skip(1))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using (var input = process.StandardInput.BaseStream)
        {
            input.Write(stdin ?? []);
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', command)} did not finish in ten minutes");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>True when this process runs as root, which reads files whatever their permissions.</summary>
    public static bool IsRoot => Environment.UserName == "root";
}

/// <summary>A clock that moves only when told: progress rates without real time.</summary>
public sealed class ManualClock : TimeProvider
{
    private long _ticks = 1;

    /// <summary>How far the clock moves each time it is read.</summary>
    public TimeSpan StepPerRead { get; set; }

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp()
    {
        _ticks += StepPerRead.Ticks;
        return _ticks;
    }
}

/// <summary>A temporary directory, removed with everything in it.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates one.</summary>
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("quotekit-cli-").FullName;

    /// <summary>Its full path.</summary>
    public string Path { get; }

    /// <summary>A path inside it.</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes a UTF-8 file (creating its folders) and returns its path.</summary>
    public string Write(string relative, string text)
    {
        var path = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a file of raw bytes and returns its path.</summary>
    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var f in Directory.EnumerateFileSystemEntries(Path, "*", SearchOption.AllDirectories))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(f, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(Path, recursive: true);
    }
}
