namespace QuoteKit.Tests.Cli;

/// <summary>
/// Extraction results built by hand, with speakers, cues and traces, so output formats can be tested on
/// attributions whatever the extractor currently finds.
/// </summary>
internal static class SyntheticResults
{
    /// <summary>An article with two speakers (one quoted twice), an unattributed quote, and traces.</summary>
    public const string Article =
        "“We will build it,” said Mayor Ana Ruiz, adding that costs were “fixed, final\nand fair”.\n\n"
        + "“Nobody asked us, not once,” said Tom Lee. Ruiz said later: “We asked everyone.”\n\n"
        + "Posters read “Save the park”.";

    public static QuoteExtractionResult TwoSpeakers()
    {
        var ruiz = new Speaker("s1", "Ana Ruiz", SpeakerKind.Person, ["Ruiz"], ["Mayor"], []);
        var lee = new Speaker("s2", "Tom Lee", SpeakerKind.Person, [], [], []);
        var quotes = new List<Quote>
        {
            Make("We will build it,", QuoteKind.Direct, "said", ruiz, "Mayor Ana Ruiz", "CueAdjacencySieve", 0.95,
                Trace("CueAdjacencySieve", "the mention follows the cue that follows the quote", ("Mayor Ana Ruiz", true, "subject of 'said'"))),
            Make("fixed, final\nand fair", QuoteKind.Partial, "adding", ruiz, "Mayor Ana Ruiz", "PartialQuoteSieve", 0.8, null),
            Make("Nobody asked us, not once,", QuoteKind.Direct, "said", lee, "Tom Lee", "CueAdjacencySieve", 0.95,
                Trace("CueAdjacencySieve", "the mention follows the cue", ("Tom Lee", true, "subject of 'said'"), ("Ruiz", false, "in the next sentence"))),
            Make("We asked everyone.", QuoteKind.Direct, "said later", ruiz, "Ruiz", "ColonCueSieve", 0.9, null),
            Make("Save the park", QuoteKind.Partial, null, null, null, "Unattributed", 0, Trace("Unattributed", "no cue and no mention nearby")),
        };
        return new QuoteExtractionResult(quotes, [ruiz, lee]);
    }

    private static Quote Make(string text, QuoteKind kind, string? cue, Speaker? speaker, string? mention, string sieve, double confidence, AttributionTrace? trace)
    {
        var span = Find(text, 0);
        return new Quote(
            text,
            span,
            [span],
            kind,
            cue is null ? null : new Cue(cue, Find(cue, span.End)),
            speaker,
            mention is null ? null : new SpeakerMention(mention, Find(mention, span.End)),
            confidence,
            sieve,
            trace);
    }

    private static AttributionTrace Trace(string sieve, string reason, params (string Mention, bool Chosen, string Note)[] candidates) =>
        new(sieve, reason, candidates.Select(c => new CandidateMention(c.Mention, Find(c.Mention, 0), c.Chosen, c.Note)).ToList());

    private static TextSpan Find(string fragment, int from)
    {
        int start = Article.IndexOf(fragment, from, StringComparison.Ordinal);
        if (start < 0)
        {
            start = Article.IndexOf(fragment, StringComparison.Ordinal);
        }

        return new TextSpan(start, start + fragment.Length);
    }
}
