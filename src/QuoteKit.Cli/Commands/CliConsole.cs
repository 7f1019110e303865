using System.Text;

namespace QuoteKit.Cli.Commands;

/// <summary>
/// The standard streams a command works with, and what they are connected to. The process's own in
/// production (<see cref="FromProcess"/>); in tests, memory streams.
/// </summary>
/// <param name="In">Standard input, as bytes: JSON Lines and text are decoded strictly.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error: messages, progress and the summary.</param>
/// <param name="OutIsTerminal">True when standard output is a terminal (colour for the table).</param>
/// <param name="ErrorIsTerminal">True when standard error is a terminal (the progress line).</param>
/// <param name="NoColor">True when the user asked for no colour (the NO_COLOR convention).</param>
/// <param name="Width">The terminal's width in columns, for wrapping.</param>
internal sealed record CliConsole(Stream In, TextWriter Out, TextWriter Error, bool OutIsTerminal = false, bool ErrorIsTerminal = false, bool NoColor = false, int Width = 100)
{
    /// <summary>The process's standard streams; stdout is buffered and must be flushed.</summary>
    public static CliConsole FromProcess()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(OpenStandardOutput(), utf8, bufferSize: 64 * 1024) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        bool outIsTerminal = !Console.IsOutputRedirected;
        int width = 100;
        if (outIsTerminal)
        {
            try
            {
                width = Math.Clamp(Console.WindowWidth, 40, 200);
            }
            catch (IOException)
            {
                // no usable terminal size: keep the default
            }
        }

        return new CliConsole(
            Console.OpenStandardInput(),
            stdout,
            stderr,
            outIsTerminal,
            !Console.IsErrorRedirected,
            !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            width);
    }

    /// <summary>
    /// Standard output as a stream whose writes fail once the reader is gone (<c>quotekit ... | head</c>), so a
    /// batch stops instead of working on for nobody: the console stream would ignore the broken pipe.
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        try
        {
            return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return Console.OpenStandardOutput(); // fd 1 is something FileStream cannot take: keep the console's stream
        }
    }

    /// <summary>Whether to colour output for <paramref name="mode"/>, written to stdout unless <paramref name="toFile"/>.</summary>
    public bool UseColour(ColourMode mode, bool toFile) => mode switch
    {
        ColourMode.Always => true,
        ColourMode.Never => false,
        _ => !toFile && OutIsTerminal && !NoColor,
    };
}

/// <summary>When to colour output (<c>--color</c>).</summary>
internal enum ColourMode
{
    /// <summary>When stdout is a terminal and NO_COLOR is not set.</summary>
    Auto,

    /// <summary>Always.</summary>
    Always,

    /// <summary>Never.</summary>
    Never,
}
