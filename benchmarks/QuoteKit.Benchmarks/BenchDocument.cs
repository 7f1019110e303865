using System.Text;

namespace QuoteKit.Benchmarks;

/// <summary>
/// A named workload: one or more documents extracted as one benchmark operation, with the sizes that turn a time
/// into throughput. Words are whitespace-separated runs that contain a letter or digit; megabytes are UTF-8 bytes
/// (10^6) of the text as read.
/// </summary>
public sealed class BenchDocument : IComparable<BenchDocument>, IComparable
{
    public BenchDocument(string name, IReadOnlyList<string> texts)
    {
        Name = name;
        Texts = texts;
        Characters = texts.Sum(t => (long)t.Length);
        Words = texts.Sum(CountWords);
        Utf8Bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
    }

    public string Name { get; }

    public IReadOnlyList<string> Texts { get; }

    public long Characters { get; }

    public long Words { get; }

    public long Utf8Bytes { get; }

    public int Documents => Texts.Count;

    public static long CountWords(string text)
    {
        long words = 0;
        bool inWord = false, hasAlnum = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasAlnum)
                {
                    words++;
                }

                inWord = hasAlnum = false;
            }
            else
            {
                inWord = true;
                hasAlnum |= char.IsLetterOrDigit(c);
            }
        }

        return inWord && hasAlnum ? words + 1 : words;
    }

    /// <summary>BenchmarkDotNet orders parameter values that are comparable: smallest workload first.</summary>
    public int CompareTo(BenchDocument? other) => other is null ? 1 : Characters.CompareTo(other.Characters);

    int IComparable.CompareTo(object? obj) => CompareTo(obj as BenchDocument);

    /// <summary>BenchmarkDotNet shows parameters by their text.</summary>
    public override string ToString() => Name;
}
