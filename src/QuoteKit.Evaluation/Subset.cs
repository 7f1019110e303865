namespace QuoteKit.Evaluation;

/// <summary>Which quotes a score is about.</summary>
public enum Subset
{
    /// <summary>Every annotated attribution against every system quote.</summary>
    All,

    /// <summary>Annotations whose content is inside quotation marks against system quotes of kind direct (partial quotes are scored with all attributions).</summary>
    Direct,
}
