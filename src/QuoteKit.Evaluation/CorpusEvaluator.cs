using System.Text;

namespace QuoteKit.Evaluation;

/// <summary>Runs an extractor over every document of a corpus and scores it against the annotations.</summary>
public static class CorpusEvaluator
{
    // Keeps a byte order mark as U+FEFF: brat counts it as a code point, so offsets stay aligned.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Extracts and scores every document, in parallel; the report lists documents in corpus order, so the
    /// result does not depend on scheduling.
    /// </summary>
    public static EvaluationReport Evaluate(BratCorpus corpus, IQuoteExtractor extractor, Scorer scorer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(scorer);
        var scores = new DocumentScore?[corpus.Documents.Count];
        var errors = new CorpusProblem?[corpus.Documents.Count];
        Parallel.For(
            0,
            corpus.Documents.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            i =>
            {
                var doc = corpus.Documents[i];
                try
                {
                    var text = StrictUtf8.GetString(File.ReadAllBytes(doc.TextPath));
                    var gold = BratReader.ReadAttributions(File.ReadAllText(doc.AnnotationPath, StrictUtf8), text);
                    var system = extractor.Extract(text, cancellationToken).Quotes.Select(SystemQuote.From).ToList();
                    scores[i] = scorer.Score(doc.Name, doc.Publisher, text, gold, system);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or FormatException or DocumentTooLargeException)
                {
                    errors[i] = new CorpusProblem(doc.Name, $"{Path.GetFileName(doc.AnnotationPath)}: {e.Message}");
                }
            });

        var problems = corpus.Problems.Concat(errors.OfType<CorpusProblem>()).ToList();
        return new EvaluationReport(corpus, scorer.Thresholds, scores.OfType<DocumentScore>().ToList(), problems);
    }
}
