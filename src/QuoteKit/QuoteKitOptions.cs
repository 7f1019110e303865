namespace QuoteKit;

/// <summary>
/// Settings for a <see cref="QuoteExtractor"/>. The extractor copies them when it is created, so changing
/// an options object afterwards does not affect extractors already built.
/// </summary>
public sealed class QuoteKitOptions
{
    /// <summary>The default for <see cref="MaxDocumentLength"/>: 16 million characters (about 30 MB of UTF-8 news text).</summary>
    public const int DefaultMaxDocumentLength = 16 * 1024 * 1024;

    /// <summary>Report reported speech without quotation marks (<see cref="QuoteKind.Indirect"/>, <see cref="QuoteKind.Mixed"/>). On by default.</summary>
    public bool IncludeIndirect { get; set; } = true;

    /// <summary>
    /// Also report quoted text that is not speech: titles ("the film “Heat”"), scare quotes ("the so-called “reform”")
    /// and nicknames. Off by default. They are reported as <see cref="QuoteKind.Partial"/> without a speaker. Quoted
    /// fragments of one or two words that no cue introduces ("the “establishment” candidate") are labels too, left out
    /// by default and reported with this option, with the speaker the sentence suggests.
    /// </summary>
    public bool IncludeNonSpeechQuotes { get; set; }

    /// <summary>
    /// Treat verbs of thought and intention ("believes", "thinks", "hopes", "wants") as cues of reported speech, and
    /// report how things seem ("the plan appears to be failing", "voters seem to care more about …").
    /// Off by default: news readers usually want what people said, not what the writer says they think.
    /// </summary>
    public bool IncludeThoughtVerbs { get; set; }

    /// <summary>Recognise HTML entity leftovers such as <c>&amp;quot;</c> and <c>&amp;#8220;</c> as quotation marks. Offsets still index the raw input.</summary>
    public bool RecognizeHtmlEntities { get; set; }

    /// <summary>Record, for every quote, the candidates the attribution weighed (<see cref="Quote.Trace"/>). Off by default because it allocates.</summary>
    public bool IncludeTrace { get; set; }

    /// <summary>Longest input accepted, in UTF-16 code units; longer input throws <see cref="DocumentTooLargeException"/>.</summary>
    public int MaxDocumentLength { get; set; } = DefaultMaxDocumentLength;

    /// <summary>Extra speech verbs to treat as cues, in their base form or any inflection ("quip", "quipped").</summary>
    public IList<string> AdditionalCueVerbs { get; } = new List<string>();

    /// <summary>Extra titles and roles that introduce a person's name ("Commissioner", "Ombudsman").</summary>
    public IList<string> AdditionalTitles { get; } = new List<string>();

    /// <summary>Extra names of organisations that speak ("Interfax", "the Bundestag").</summary>
    public IList<string> AdditionalOrganizations { get; } = new List<string>();

    internal QuoteKitOptions Clone()
    {
        var copy = new QuoteKitOptions
        {
            IncludeIndirect = IncludeIndirect,
            IncludeNonSpeechQuotes = IncludeNonSpeechQuotes,
            IncludeThoughtVerbs = IncludeThoughtVerbs,
            RecognizeHtmlEntities = RecognizeHtmlEntities,
            IncludeTrace = IncludeTrace,
            MaxDocumentLength = MaxDocumentLength,
        };
        foreach (var v in AdditionalCueVerbs) copy.AdditionalCueVerbs.Add(v);
        foreach (var v in AdditionalTitles) copy.AdditionalTitles.Add(v);
        foreach (var v in AdditionalOrganizations) copy.AdditionalOrganizations.Add(v);
        return copy;
    }
}
