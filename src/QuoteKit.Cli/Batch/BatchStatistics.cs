using System.Globalization;

namespace QuoteKit.Cli.Batch;

/// <summary>What a batch has done so far: documents, quotes, speakers and errors.</summary>
internal sealed class BatchStatistics
{
    /// <summary>Documents whose quotes were extracted.</summary>
    public long Documents { get; private set; }

    /// <summary>Quotes found, over all documents.</summary>
    public long Quotes { get; private set; }

    /// <summary>Speakers found, summed over documents (each document has its own).</summary>
    public long Speakers { get; private set; }

    /// <summary>Inputs that could not be read or processed.</summary>
    public long Errors { get; private set; }

    /// <summary>Counts one extracted document.</summary>
    public void AddDocument(int quotes, int speakers)
    {
        Documents++;
        Quotes += quotes;
        Speakers += speakers;
    }

    /// <summary>Counts one failure.</summary>
    public void AddError() => Errors++;

    /// <summary>The line printed at the end of a batch: "12 documents, 30 quotes, 9 speakers, 1 error in 0.52 s (23.1 documents/s)".</summary>
    public string Summary(TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Count(Documents, "document")}, {Count(Quotes, "quote")}, {Count(Speakers, "speaker")}, {Count(Errors, "error")} in {seconds:0.00} s ({Documents / seconds:0.0} documents/s)");
    }

    /// <summary>"1 error", "3 errors".</summary>
    public static string Count(long n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");
}
