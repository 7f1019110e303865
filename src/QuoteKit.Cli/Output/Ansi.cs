namespace QuoteKit.Cli.Output;

/// <summary>Terminal styling with ANSI escapes, or none at all when output is not a terminal.</summary>
internal sealed class Ansi
{
    /// <summary>Colours for speakers, in order of appearance: distinct on dark and light terminals.</summary>
    private static readonly string[] SpeakerColours = ["36", "33", "35", "32", "34", "31", "96", "93", "95", "92", "94", "91"];

    /// <summary>Styling off.</summary>
    public static readonly Ansi Plain = new(false);

    /// <summary>Styling on.</summary>
    public static readonly Ansi Colour = new(true);

    private Ansi(bool enabled) => Enabled = enabled;

    /// <summary>True when escapes are written.</summary>
    public bool Enabled { get; }

    /// <summary>The styling for <paramref name="enabled"/>.</summary>
    public static Ansi For(bool enabled) => enabled ? Colour : Plain;

    /// <summary><paramref name="text"/> in bold.</summary>
    public string Bold(string text) => Wrap("1", text);

    /// <summary><paramref name="text"/> dimmed.</summary>
    public string Dim(string text) => Wrap("2", text);

    /// <summary><paramref name="text"/> in the colour of the speaker at <paramref name="index"/> (0-based), or dimmed for none.</summary>
    public string Speaker(string text, int? index, bool bold = false) =>
        index is { } i ? Wrap((bold ? "1;" : "") + SpeakerColours[i % SpeakerColours.Length], text) : Dim(text);

    private string Wrap(string code, string text) => Enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
