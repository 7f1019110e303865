using System.Text;
using FluentAssertions;
using FluentAssertions.Execution;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuoteKit.Diagnostics;

namespace QuoteKit.Tests.Robustness;

/// <summary>
/// Issue 9: worst cases finish in linear time. The bound, stated here and checked by counting work
/// (<see cref="WorkCounter"/>: characters scanned, tokens visited, candidates considered), not by timing:
/// <c>work(n) ≤ K·n</c> with <see cref="K"/> units per input character, and the work per character at 10^6 characters
/// is no more than <see cref="Growth"/> times that at 10^4 (so no hidden n·log n or worse term grows past it).
/// </summary>
public sealed class LinearWorkTests
{
    /// <summary>Units of work allowed per input character, whatever the input.</summary>
    public const int K = 64;

    /// <summary>How much the work per character may grow from 10^4 to 10^6 characters.</summary>
    public const double Growth = 1.5;

    private static readonly int[] Sizes = [1_000, 10_000, 100_000, 1_000_000];

    private static readonly QuoteExtractor Extractor = new(new QuoteKitOptions { IncludeNonSpeechQuotes = true, IncludeThoughtVerbs = true });

    /// <summary>Adversarial inputs by name; each builds a text of exactly the requested length.</summary>
    private static readonly Dictionary<string, Func<int, string>> Families = new()
    {
        ["a million opening quotes"] = n => new string('“', n),
        ["a million straight quotes"] = n => new string('"', n),
        ["alternating open and close"] = n => Repeat("“”", n),
        ["no whitespace"] = n => Repeat("Brandt“said”Helen‘told’x.", n),
        ["deeply nested quotes"] = n => Repeat("“‘", n / 2) + Repeat("’”", n - n / 2),
        ["names only"] = n => Repeat("Helen Brandt ", n),
        ["one-line paragraphs of quotes"] = n => Repeat("“a,” said Brandt.\n", n),
        ["tiny sentences"] = n => Repeat("A. ", n),
        ["blank lines only"] = n => Repeat("\r\n", n),
        ["the same description repeated"] = n => Repeat("The spokesman said no. ", n),

        // These were superlinear until main 5be0490 (entity indexes, bounded windows, quote lookups by binary search).
        ["news article"] = n => NewsText.Article(new Random(11), n)[..n],
        ["news in one paragraph"] = n => OneParagraph(n),
        ["unclosed quote then news"] = n => ("“" + OneParagraph(n))[..n],
        ["every kind of mark"] = n => Repeat(string.Concat(MessyText.QuotationMarks), n),
        ["quote and cue repeated in one paragraph"] = n => Repeat("“We agree,” he said. ", n),
        ["quote then pronoun repeated"] = n => Repeat("“No,” she said. ", n),
        ["pronouns and cues only"] = n => Repeat("he said she told they added according to ", n),
        ["place adjectives only"] = n => Repeat("Russian ", n),
        ["many distinct people"] = n => DistinctPeople(n),
        ["group nominals"] = n => Repeat("Helen Brandt met Tom Hale. The two leaders said no. ", n),
        ["reported speech around partial quotes"] = n => Repeat("Brandt said that the “plan” would fail and added that costs rose. ", n),

        // A capitalised role noun asks whether the document puts it after a first name anywhere ("Emily Baker … Baker
        // said"): one index per document, not a walk over the document per occurrence.
        ["first names sharing a surname"] = n => Repeat("Ann and Bea Cole met Tom. “Yes,” Ann said. ", n),
        ["capitalised role nouns that are also surnames"] = n => Repeat("Emily Baker met the Plumber. “We agree,” Baker said. Plumber Tom Hale, a Painter, added that Rabbi Levi came. ", n),
    };

    public static TheoryData<string> FamilyNames => new(Families.Keys);

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void Work_is_linear_in_the_document_length_from_a_thousand_to_a_million_characters(string family) => AssertLinear(family);

    private static void AssertLinear(string family)
    {
        var perChar = new Dictionary<int, double>();
        using var scope = new AssertionScope(family);
        foreach (int n in Sizes)
        {
            string text = Families[family](n);
            text.Length.Should().Be(n);
            long work = WorkOf(text);
            work.Should().BeGreaterThanOrEqualTo(n, "every character is looked at, and the pipeline must count it");
            work.Should().BeLessThanOrEqualTo((long)K * n, $"the bound is {K} units of work per character (n = {n:N0})");
            perChar[n] = (double)work / n;
        }

        perChar[1_000_000].Should().BeLessThanOrEqualTo(perChar[10_000] * Growth, "work per character must not grow with the length");
    }

    [Property(MaxTest = 12)]
    public Property Random_messy_documents_of_fifty_thousand_characters_stay_within_the_bound() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            // Thousands of random pieces: structures no hand-written family thought of, at a size where a
            // quadratic pass costs a thousand times more than a linear one.
            var pieces = MessyText.Piece.Sample(30, new FsCheck.Rnd((ulong)seed), 12_000);
            string text = string.Concat(pieces);
            text = text[..Math.Min(text.Length, 50_000)];
            long work = WorkOf(text);
            work.Should().BeLessThanOrEqualTo((long)K * text.Length + 10_000, $"seed {seed}");
        });

    [Fact]
    public void One_ten_megabyte_paragraph_stays_within_the_linear_bound()
    {
        string text = OneParagraph(10 * 1024 * 1024);
        long work = WorkOf(text);
        work.Should().BeInRange(text.Length, (long)K * text.Length);
    }

    [Fact]
    public void Counting_is_per_thread_and_sees_nothing_when_no_tally_is_open()
    {
        long inner;
        using (var outer = WorkCounter.Start())
        {
            using (var nested = WorkCounter.Start())
            {
                Extractor.Extract("“We agree,” said Helen Brandt.");
                inner = nested.Total;
            }

            var other = new Thread(() => Extractor.Extract("“Elsewhere,” she said."));
            other.Start();
            other.Join();
            outer.Total.Should().Be(0, "work counted by a nested tally or on another thread is not added to this one");
        }

        inner.Should().BeGreaterThan(0);
    }

    private static long WorkOf(string text)
    {
        using var tally = WorkCounter.Start();
        Extractor.Extract(text);
        return tally.Total;
    }

    private static string Repeat(string unit, int n)
    {
        var sb = new StringBuilder(n + unit.Length);
        while (sb.Length < n)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, n);
    }

    private static string DistinctPeople(int n)
    {
        // "Mr. Xqzv said." with a different four-letter surname each time: every mention is a new entity.
        var rng = new Random(13);
        var sb = new StringBuilder(n + 32);
        while (sb.Length < n)
        {
            sb.Append("Mr. ").Append((char)('A' + rng.Next(26)));
            for (int i = 0; i < 4; i++)
            {
                sb.Append((char)('a' + rng.Next(26)));
            }

            sb.Append(" said. ");
        }

        return sb.ToString(0, n);
    }

    private static string OneParagraph(int n)
    {
        var rng = new Random(12);
        var sb = new StringBuilder(n + 200);
        while (sb.Length < n)
        {
            sb.Append(NewsText.Sentence(rng)).Append(' ');
        }

        return sb.ToString(0, n);
    }
}
