using System.Text;
using QuoteKit.Tests.Robustness;
using QuoteKit.Tests.Support;

namespace QuoteKit.Fuzz;

/// <summary>Thrown by the harness when Extract returns a result that breaks an invariant; afl-fuzz records it as a crash.</summary>
public sealed class InvariantViolationException(string message) : Exception(message);

/// <summary>
/// One fuzzing execution. The first input byte chooses the options and the decoding of the rest:
/// bits 0-4 switch IncludeIndirect, IncludeNonSpeechQuotes, IncludeThoughtVerbs, RecognizeHtmlEntities and
/// IncludeTrace; bit 5 decodes the rest as raw UTF-16LE (so lone surrogates reach the library) instead of UTF-8;
/// bit 7 lowers MaxDocumentLength to 256 so the length check is fuzzed too. A cancelled token must always throw. A seed starting with a byte between
/// '@' and '_' is plain UTF-8 text.
/// </summary>
public static class FuzzTarget
{
    private const int SmallLimit = 256;

    private static readonly QuoteExtractor[] Extractors = Enumerable.Range(0, 64).Select(bits => new QuoteExtractor(OptionsFor(bits))).ToArray();

    public static void Run(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return;
        }

        int flags = input[0];
        int bits = (flags & 0x1F) | ((flags & 0x80) != 0 ? 0x20 : 0);
        string text = (flags & 0x20) != 0
            ? new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(input[1..(1 + ((input.Length - 1) & ~1))]))
            : Encoding.UTF8.GetString(input[1..]);
        var options = OptionsFor(bits);
        var extractor = Extractors[bits];

        if (text.Length > options.MaxDocumentLength)
        {
            try
            {
                extractor.Extract(text);
            }
            catch (DocumentTooLargeException)
            {
                return;
            }

            throw new InvariantViolationException($"a text of {text.Length} characters passed MaxDocumentLength {options.MaxDocumentLength}");
        }

        var result = extractor.Extract(text);
        var violations = ResultInvariants.Violations(text, result, options);
        if (violations.Count > 0)
        {
            throw new InvariantViolationException(string.Join(Environment.NewLine, violations));
        }

        if (CanonicalResult.Of(extractor.Extract(text)) != CanonicalResult.Of(result))
        {
            throw new InvariantViolationException("a second extraction of the same text gave a different result");
        }

        try
        {
            extractor.Extract(text, Cancelled);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        throw new InvariantViolationException("an extraction with a cancelled token completed");
    }

    private static readonly CancellationToken Cancelled = new(canceled: true);

    public static QuoteKitOptions OptionsFor(int bits) => new()
    {
        IncludeIndirect = (bits & 1) != 0,
        IncludeNonSpeechQuotes = (bits & 2) != 0,
        IncludeThoughtVerbs = (bits & 4) != 0,
        RecognizeHtmlEntities = (bits & 8) != 0,
        IncludeTrace = (bits & 16) != 0,
        MaxDocumentLength = (bits & 32) != 0 ? SmallLimit : QuoteKitOptions.DefaultMaxDocumentLength,
    };

    /// <summary>Writes a small seed corpus: generated news paragraphs and a few hand-made awkward texts, under varied option bytes.</summary>
    public static int WriteSeeds(string directory)
    {
        Directory.CreateDirectory(directory);
        var texts = new List<string>
        {
            "“We are ready,” Helen Brandt said, “to talk.”",
            "He said: ‘No.’ «Non», a-t-il dit. „Ja“, sagte sie. 「はい」と述べた。",
            "“Open quote over\n\n“a paragraph break,” she said.",
            "&ldquo;Entities,&rdquo; said the minister. &quot;Yes&quot;",
            "``Typewriter,'' the U.S. envoy told Reuters. According to the union, talks failed.",
        };
        var rng = new Random(2024);
        for (int i = 0; i < 15; i++)
        {
            texts.Add(NewsText.Paragraph(rng));
        }

        const string OptionBytes = "AAQ_BCDEGIKOW@";
        for (int i = 0; i < texts.Count; i++)
        {
            byte flag = (byte)OptionBytes[i % OptionBytes.Length];
            byte[] body = Encoding.UTF8.GetBytes(texts[i]);
            File.WriteAllBytes(Path.Combine(directory, $"seed{i:D2}.txt"), [flag, .. body]);
        }

        // One raw UTF-16 seed with a lone surrogate.
        File.WriteAllBytes(Path.Combine(directory, "seed-utf16.bin"), [0x21, .. Encoding.Unicode.GetBytes("“a\uD83D,” he said.")]);
        return texts.Count + 1;
    }
}
