using System.IO.Enumeration;

namespace QuoteKit.Cli.Input;

/// <summary>
/// Expands a file pattern such as <c>news/*.txt</c> or <c>archive/**/*.html</c> (<c>*</c> and <c>?</c> within one
/// name, <c>**</c> for any number of directories) lazily, in a fixed order: each directory's entries sorted by
/// ordinal name, depth first. Used when the shell did not expand a pattern, e.g. because it was quoted.
/// </summary>
internal static class FileGlob
{
    /// <summary>True when <paramref name="input"/> contains a wildcard.</summary>
    public static bool IsPattern(string input) => input.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The files that match <paramref name="pattern"/>, named as the pattern writes its leading directories.</summary>
    public static IEnumerable<string> Expand(string pattern)
    {
        var segments = pattern.Split('/', StringSplitOptions.None);
        int firstWild = Array.FindIndex(segments, IsPattern);
        string prefix = string.Join('/', segments[..firstWild]);
        if (firstWild > 0)
        {
            prefix += "/";
        }

        string root = prefix.Length == 0 ? "." : prefix;
        return Directory.Exists(root) ? Match(root, prefix, segments[firstWild..]) : [];
    }

    private static IEnumerable<string> Match(string directory, string prefix, string[] rest)
    {
        var segment = rest[0];
        if (segment.Length == 0)
        {
            // "a//b" or a trailing slash: an empty segment matches the same directory
            return rest.Length == 1 ? [] : Match(directory, prefix, rest[1..]);
        }

        if (segment == "**")
        {
            return AnyDepth(directory, prefix, rest);
        }

        if (rest.Length == 1)
        {
            return Entries(directory, files: true)
                .Where(name => Matches(segment, name))
                .Select(name => prefix + name);
        }

        return Entries(directory, files: false)
            .Where(name => Matches(segment, name))
            .SelectMany(name => Match(Path.Combine(directory, name), prefix + name + "/", rest[1..]));
    }

    private static IEnumerable<string> AnyDepth(string directory, string prefix, string[] rest)
    {
        if (rest.Length == 1)
        {
            // a trailing "**" matches every file below
            return Entries(directory, files: true).Select(name => prefix + name)
                .Concat(Entries(directory, files: false).SelectMany(name => AnyDepth(Path.Combine(directory, name), prefix + name + "/", rest)));
        }

        return Match(directory, prefix, rest[1..])
            .Concat(Entries(directory, files: false).SelectMany(name => AnyDepth(Path.Combine(directory, name), prefix + name + "/", rest)));
    }

    private static bool Matches(string segment, string name) =>
        (name[0] != '.' || segment[0] == '.') && FileSystemName.MatchesSimpleExpression(segment, name, ignoreCase: false);

    /// <summary>The names of the files or subdirectories of <paramref name="directory"/>, hidden ones left out, in ordinal order.</summary>
    internal static IEnumerable<string> Entries(string directory, bool files)
    {
        string[] names;
        try
        {
            var paths = files ? Directory.GetFiles(directory) : Directory.GetDirectories(directory);
            names = paths.Select(Path.GetFileName).Where(n => !string.IsNullOrEmpty(n) && n[0] != '.').ToArray()!;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // an unreadable directory contributes nothing; a pattern that then matches nothing is reported
        }

        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }
}
