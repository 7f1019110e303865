namespace QuoteKit.Evaluation;

/// <summary>One article of a brat corpus and the annotation file chosen for it.</summary>
/// <param name="Name">The text file's name without <c>.txt</c>.</param>
/// <param name="TextPath">Path of <c>text/NAME.txt</c>.</param>
/// <param name="AnnotationPath">Path of the chosen <c>attributions/NAME_ANNOTATOR.ann</c>.</param>
/// <param name="OtherAnnotationPaths">Annotation files of other annotators of the same article, not used.</param>
/// <param name="Publisher">The publisher from <c>metadata.tsv</c>, or null.</param>
public sealed record CorpusDocument(string Name, string TextPath, string AnnotationPath, IReadOnlyList<string> OtherAnnotationPaths, string? Publisher);

/// <summary>Something in a corpus that could not be evaluated.</summary>
/// <param name="Document">The document's name.</param>
/// <param name="Message">What went wrong.</param>
public sealed record CorpusProblem(string Document, string Message);

/// <summary>
/// A corpus in brat standoff laid out as PolNeAR: <c>text/NAME.txt</c>, <c>attributions/NAME_ANNOTATOR.ann</c>
/// and optionally <c>metadata.tsv</c> (columns <c>filename</c> and <c>publisher</c>). When several annotators
/// annotated an article, the first annotation file by ordinal name is used.
/// </summary>
public sealed class BratCorpus
{
    private BratCorpus(string directory, IReadOnlyList<CorpusDocument> documents, IReadOnlyList<CorpusProblem> problems)
    {
        Directory = directory;
        Documents = documents;
        Problems = problems;
    }

    /// <summary>How an annotation file is chosen when an article has several: the only choice so far.</summary>
    public const string FirstAnnotator = "first";

    /// <summary>The corpus directory.</summary>
    public string Directory { get; }

    /// <summary>The articles that have an annotation file, by ordinal name.</summary>
    public IReadOnlyList<CorpusDocument> Documents { get; }

    /// <summary>Articles left out (no annotation file).</summary>
    public IReadOnlyList<CorpusProblem> Problems { get; }

    /// <summary>Lists the corpus in <paramref name="directory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException"><c>text/</c> or <c>attributions/</c> is missing.</exception>
    public static BratCorpus Open(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var textDir = Path.Combine(directory, "text");
        var annDir = Path.Combine(directory, "attributions");
        if (!System.IO.Directory.Exists(textDir) || !System.IO.Directory.Exists(annDir))
        {
            throw new DirectoryNotFoundException($"{directory} must hold text/ and attributions/ (brat standoff).");
        }

        var annotations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in System.IO.Directory.EnumerateFiles(annDir, "*.ann"))
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            int underscore = stem.LastIndexOf('_');
            if (underscore <= 0)
            {
                continue;
            }

            var name = stem[..underscore];
            if (!annotations.TryGetValue(name, out var list))
            {
                annotations[name] = list = [];
            }

            list.Add(path);
        }

        var publishers = ReadPublishers(Path.Combine(directory, "metadata.tsv"));
        var documents = new List<CorpusDocument>();
        var problems = new List<CorpusProblem>();
        foreach (var textPath in System.IO.Directory.EnumerateFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            if (!annotations.TryGetValue(name, out var files))
            {
                problems.Add(new CorpusProblem(name, "no annotation file in attributions/"));
                continue;
            }

            files.Sort(StringComparer.Ordinal);
            documents.Add(new CorpusDocument(name, textPath, files[0], files.Skip(1).ToList(), publishers.GetValueOrDefault(name)));
        }

        return new BratCorpus(directory, documents, problems);
    }

    private static Dictionary<string, string> ReadPublishers(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            return result;
        }

        var header = lines[0].Split('\t');
        int file = Array.IndexOf(header, "filename"), publisher = Array.IndexOf(header, "publisher");
        if (file < 0 || publisher < 0)
        {
            return result;
        }

        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length > Math.Max(file, publisher) && cells[publisher].Length > 0)
            {
                var name = cells[file].EndsWith(".txt", StringComparison.Ordinal) ? cells[file][..^4] : cells[file];
                result[name] = cells[publisher];
            }
        }

        return result;
    }
}
