using System.Collections.Concurrent;
using FluentAssertions;
using FsCheck.Fluent;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Robustness;

/// <summary>Issue 9: one shared extractor used from many threads at once gives exactly the sequential results.</summary>
public sealed class ConcurrencyStressTests
{
    private const int Threads = 8;

    private static string[] Documents()
    {
        var docs = new List<string> { Repository.SeedText };
        for (int seed = 0; seed < 12; seed++)
        {
            docs.Add(NewsText.Article(new Random(100 + seed), 2_000 + seed * 1_500));
        }

        var messy = MessyText.Pieces.Sample(60, new FsCheck.Rnd(7UL), 10);
        docs.AddRange(messy);
        return docs.ToArray();
    }

    [Fact]
    public void A_shared_extractor_used_from_many_threads_gives_the_sequential_results()
    {
        var options = new QuoteKitOptions { IncludeTrace = true };
        var docs = Documents();
        var expected = docs.Select(d => CanonicalResult.Of(new QuoteExtractor(options).Extract(d))).ToArray();

        var shared = new QuoteExtractor(options);
        var mismatches = RunConcurrently(Threads, rounds: 6, docs, (i, text) =>
        {
            var result = shared.Extract(text);
            ResultInvariants.AssertHold(text, result, options);
            return CanonicalResult.Of(result) == expected[i];
        });

        mismatches.Should().BeEmpty("every concurrent result must equal the sequential one");
    }

    [Fact]
    public void A_new_extractor_used_from_many_threads_on_its_first_call_gives_the_sequential_results()
    {
        // First use is where lazy initialisation races hide: no warm-up call before the threads start.
        var docs = Documents();
        var expected = docs.Select(d => CanonicalResult.Of(new QuoteExtractor().Extract(d))).ToArray();
        var fresh = new QuoteExtractor(new QuoteKitOptions { IncludeIndirect = true });
        var mismatches = RunConcurrently(Threads, rounds: 1, docs, (i, text) => CanonicalResult.Of(fresh.Extract(text)) == expected[i]);
        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Extractors_built_on_many_threads_at_once_with_custom_lexicon_entries_agree()
    {
        string text = "“We will appeal,” quipped Ombudsman Tara Quell. Interfax reckoned that the talks failed.";
        QuoteKitOptions Options()
        {
            var o = new QuoteKitOptions();
            o.AdditionalCueVerbs.Add("quip");
            o.AdditionalCueVerbs.Add("reckon");
            o.AdditionalTitles.Add("Ombudsman");
            o.AdditionalOrganizations.Add("Interfax");
            return o;
        }

        string expected = CanonicalResult.Of(new QuoteExtractor(Options()).Extract(text));
        var results = new ConcurrentBag<string>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            results.Add(CanonicalResult.Of(new QuoteExtractor(Options()).Extract(text)));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        results.Should().HaveCount(Threads).And.OnlyContain(r => r == expected);
    }

    /// <summary>Runs every document <paramref name="rounds"/> times on each thread, threads starting together, each in its own order.</summary>
    private static List<string> RunConcurrently(int threadCount, int rounds, string[] docs, Func<int, string, bool> check)
    {
        var mismatches = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<Exception>();
        using var start = new Barrier(threadCount);
        var threads = Enumerable.Range(0, threadCount).Select(t => new Thread(() =>
        {
            var order = Enumerable.Range(0, docs.Length).ToArray();
            new Random(t).Shuffle(order);
            start.SignalAndWait();
            try
            {
                for (int r = 0; r < rounds; r++)
                {
                    foreach (int i in order)
                    {
                        if (!check(i, docs[i]))
                        {
                            mismatches.Enqueue($"thread {t}, round {r}, document {i}");
                        }
                    }
                }
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        errors.Should().BeEmpty();
        return mismatches.ToList();
    }
}
