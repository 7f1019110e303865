using System.Globalization;
using System.Text;

namespace QuoteKit.Benchmarks;

/// <summary>
/// <c>--fresh</c>: allocated bytes per input byte on articles the process has not read before. The corpus's
/// even-numbered files (in ordinal order) warm the extractor up (JIT, lexicons, the thread's kept objects and its table
/// of shared strings); each odd-numbered file is then extracted once, on the same thread. The quick runner reads the same
/// articles again and again, which flatters whatever is kept from document to document (a larger string table finds
/// last pass's names again); this figure is not flattered so.
/// </summary>
public static class FreshText
{
    public static int Run()
    {
        var corpus = Workloads.Corpus();
        if (corpus is null)
        {
            Console.Error.WriteLine($"--fresh needs {Workloads.CorpusVariable} set to a directory of *.txt files.");
            return 2;
        }

        var extractor = new QuoteExtractor();
        var texts = corpus.Texts;
        long utf8Bytes = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            if (i % 2 == 0)
            {
                extractor.Extract(texts[i]);
            }
            else
            {
                utf8Bytes += Encoding.UTF8.GetByteCount(texts[i]);
            }
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < texts.Count; i += 2)
        {
            extractor.Extract(texts[i]);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Name}, odd-numbered files once after the even-numbered ones: {texts.Count / 2} articles, {utf8Bytes:N0} bytes, {(double)allocated / utf8Bytes:N3} allocated bytes per input byte"));
        return 0;
    }
}
