using System.Text;

namespace QuoteKit.Cli.Commands;

/// <summary>One input document: where it came from and its text, or why it could not be read.</summary>
internal sealed record InputDocument(string Name, string? Text, string? Error);

/// <summary>Expands the command line's inputs (files, directories, "-" for stdin) into documents, in order.</summary>
internal static class DocumentSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<InputDocument> Read(IReadOnlyList<string> inputs, TextReader stdin)
    {
        if (inputs.Count == 0)
        {
            inputs = ["-"];
        }

        foreach (var input in inputs)
        {
            if (input == "-")
            {
                yield return new InputDocument("-", StripBom(stdin.ReadToEnd()), null);
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*.txt").Order(StringComparer.Ordinal))
                {
                    yield return ReadFile(file);
                }
            }
            else
            {
                yield return ReadFile(input);
            }
        }
    }

    public static InputDocument ReadFile(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return new InputDocument(path, StripBom(StrictUtf8.GetString(bytes)), null);
        }
        catch (DecoderFallbackException)
        {
            return new InputDocument(path, null, "not valid UTF-8");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputDocument(path, null, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message);
        }
    }

    private static string StripBom(string s) => s.Length > 0 && s[0] == '\uFEFF' ? s[1..] : s;
}
