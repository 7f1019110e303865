using System.Runtime.InteropServices;
using QuoteKit.Attribution;
using QuoteKit.Detection;
using QuoteKit.Entities;
using QuoteKit.Mentions;
using QuoteKit.Lexicons;
using QuoteKit.Text;

namespace QuoteKit;

/// <summary>
/// Finds quotes in news text and attributes them to speakers. Create one and reuse it: it is immutable
/// after construction and safe to call from many threads at once.
/// </summary>
/// <example>
/// <code>
/// var extractor = new QuoteExtractor();
/// var result = extractor.Extract(articleText);
/// foreach (var quote in result.Quotes)
///     Console.WriteLine($"{quote.Speaker?.Name ?? "?"}: {quote.Text}");
/// </code>
/// </example>
public sealed class QuoteExtractor : IQuoteExtractor
{
    private readonly QuoteKitOptions _options;
    private const string Unattributed = "Unattributed";
    private readonly Lexicon _lexicon;
    private readonly Attributor _attributor = new();

    /// <summary>Creates an extractor with default options.</summary>
    public QuoteExtractor()
        : this(new QuoteKitOptions())
    {
    }

    /// <summary>Creates an extractor with the given options (copied; later changes to <paramref name="options"/> have no effect).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="QuoteKitOptions.MaxDocumentLength"/> is not positive.</exception>
    public QuoteExtractor(QuoteKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxDocumentLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDocumentLength, "QuoteKitOptions.MaxDocumentLength must be positive.");
        }

        _options = options.Clone();
        _lexicon = Lexicon.For(_options);
    }

    /// <inheritdoc />
    public QuoteExtractionResult Extract(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > _options.MaxDocumentLength)
        {
            throw new DocumentTooLargeException(text.Length, _options.MaxDocumentLength);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (text.Length == 0)
        {
            return QuoteExtractionResult.Empty;
        }

        // text -> paragraphs -> quotations -> tokens and sentences -> mentions -> sieve decisions -> entities -> result
        var workspace = Workspace.Rent();
        try
        {
            Paragraphs.Find(text, workspace.Paragraphs, cancellationToken);
            var paragraphs = CollectionsMarshal.AsSpan(workspace.Paragraphs);
            workspace.ScanSteps.Reset();
            var spans = QuotationScanner.Scan(text, paragraphs, _options, cancellationToken, workspace.ScanSteps, workspace.Quotations, workspace.Spans);
            using var doc = DocumentIndex.Build(text, paragraphs, spans, cancellationToken);
            return Extract(doc, workspace, cancellationToken);
        }
        finally
        {
            workspace.Return();
        }
    }

    private QuoteExtractionResult Extract(DocumentIndex doc, Workspace workspace, CancellationToken cancellationToken)
    {
        // The word classes of the tokens serve the mention finder, then the cue test of the attribution context.
        using var classes = TokenWordClasses.Rent(doc, _lexicon);
        var mentions = MentionFinder.ForCurrentThread(_lexicon).Find(doc, classes, workspace.Mentions, workspace.MentionList, cancellationToken);
        using var context = AttributionContext.Rent(doc, mentions, _lexicon, _options, classes);
        var units = _attributor.Attribute(context, cancellationToken, workspace.Units, workspace.UnitList);
        var entities = workspace.Resolver.Resolve(doc, mentions, cancellationToken, context.IsCueToken);
        var reported = _options.IncludeIndirect
            ? workspace.Detector.Detect(context, units, workspace.Reported, workspace.UsedCues, cancellationToken, workspace.Mentions)
            : [];
        CoordinatedSpeakers.Apply(context, mentions, entities, workspace.Resolver, units, reported, workspace.Mentions);
        return BuildResult(doc, units, reported, entities);
    }

    internal QuoteExtractionResult BuildResult(DocumentIndex doc, List<QuoteUnit> units, List<ReportedSpeech> reported, List<Entity> entities)
    {
        var speakers = SpeakerBuilder.Rent(entities);
        try
        {
            return BuildResult(doc, units, reported, speakers);
        }
        finally
        {
            speakers.Return();
        }
    }

    /// <summary>The longest list of quotes kept for the thread's next document.</summary>
    private const int MaxKeptQuotes = 1 << 12;

    /// <summary>The list the thread gathers a document's quotes in (held weakly once longer than <see cref="MaxKeptQuotes"/>).</summary>
    [ThreadStatic]
    private static Spare<List<Quote>> t_quotes;

    private QuoteExtractionResult BuildResult(DocumentIndex doc, List<QuoteUnit> units, List<ReportedSpeech> reported, SpeakerBuilder speakers)
    {
        string text = doc.Text;

        // The quotes are gathered in this thread's list and returned in an exact array.
        var quotes = t_quotes.Take() ?? [];
        var fragments = FragmentsOfMixedQuotes(units, reported);
        List<QuoteUnit>? inGaps = null;
        for (int u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (unit.Span.Role == QuoteRole.NonSpeech && !_options.IncludeNonSpeechQuotes || fragments.Folded(u))
            {
                continue;
            }

            // Pieces of one statement become one quote with several parts; a title or partial quote inside the
            // attribution between them ("Sanders said on CNN’s “State of the Union”. “Thank God …”") stays its own quote.
            ReadOnlySpan<TextSpan> parts = unit.Span.Parts;
            int last = u;
            while (NextPiece(doc, _lexicon, units, unit, last, fragments) is int next)
            {
                for (int k = last + 1; k < next; k++)
                {
                    (inGaps ??= []).Add(units[k]);
                }

                parts = Joined(parts, units[next].Span.Parts);
                last = next;
            }

            u = last;
            if (parts.Length == unit.Span.Parts.Length && !_options.IncludeNonSpeechQuotes && IsUncuedLabel(doc, unit, _options.IncludeIndirect))
            {
                continue; // a label on its own; one joined with the pieces of a statement is part of it
            }

            quotes.Add(MarkedQuote(text, unit, parts, speakers));
        }

        if (inGaps is not null)
        {
            foreach (var unit in inGaps)
            {
                if ((unit.Span.Role != QuoteRole.NonSpeech || _options.IncludeNonSpeechQuotes) && !fragments.Folded(unit.Index)
                    && (_options.IncludeNonSpeechQuotes || !IsUncuedLabel(doc, unit, _options.IncludeIndirect)))
                {
                    quotes.Add(MarkedQuote(text, unit, unit.Span.Parts, speakers));
                }
            }
        }

        for (int ri = 0; ri < reported.Count; ri++)
        {
            var r = reported[ri];
            var content = r.Content;
            Speaker? speaker = null;
            SpeakerMention? mention = null;
            if (r.Speaker is { Entity: >= 0 } m)
            {
                speaker = speakers.Get(m.Entity);
                mention = new SpeakerMention(Shared(text, m.Span), m.Span);
            }
            else if (r.SpeakerPhrase is { } phrase)
            {
                // An unnamed speaker ("23 percent who said …"): described by the phrase; the mention that links the
                // quote to it is the relative pronoun when there is one, as for a named antecedent.
                speaker = speakers.GetDescribed(text.AsSpan(phrase.Start, phrase.Length));
                var linked = r.Speaker?.Span ?? phrase;
                mention = new SpeakerMention(Shared(text, linked), linked);
            }

            AttributionTrace? trace = _options.IncludeTrace
                ? new AttributionTrace(r.Sieve, r.Speaker is null ? r.Reason + "; no speaker mention" : r.Reason, r.Speaker is null ? [] : [new CandidateMention(r.Speaker.Span.Of(text), r.Speaker.Span, true, r.Reason)])
                : null;
            quotes.Add(new Quote(
                null,
                content,
                r.Parts,
                r.Mixed ? QuoteKind.Mixed : QuoteKind.Indirect,
                new Cue(Shared(text, r.Cue), r.Cue),
                speaker,
                mention,
                speaker is null ? 0 : r.Confidence,
                r.Sieve,
                trace,
                fragments.Of(ri),
                input: text));
        }

        fragments.Return();
        if ((reported.Count > 0 || inGaps is not null) && !MergedInOrder(CollectionsMarshal.AsSpan(quotes), quotes.Count - reported.Count))
        {
            quotes.Sort(static (a, b) => InOrder(a, b));
        }

        var result = new QuoteExtractionResult(quotes.ToArray(), speakers.Speakers());
        quotes.Clear(); // let the quotes (and the input they hold) go with the result
        t_quotes.Keep(quotes, quotes.Capacity > MaxKeptQuotes);

        return result;
    }

    /// <summary>
    /// The objects one extraction works with that are worth keeping for the next document on the same thread:
    /// mention and entity objects and the resolver's tables. Rented for one call and returned when its result is
    /// built (nothing in a result refers to them), so two calls never share one, whatever the threads.
    /// </summary>
    private sealed class Workspace
    {
        /// <summary>Mention objects kept between documents (a few hundred KB per thread); a larger document's extra ones are left to the garbage collector.</summary>
        private const int MaxKeptMentions = 1 << 12;

        /// <summary>
        /// This thread's spare workspace; held weakly once a large document has grown it past the kept sizes, so a
        /// stream of large documents reuses its objects and one huge document's are not kept for good.
        /// </summary>
        [ThreadStatic]
        private static Spare<Workspace> t_spare;

        public Recycler<Mention> Mentions { get; } = new(static () => new Mention(), MaxKeptMentions);

        /// <summary>The list the mentions of a document are put in.</summary>
        public List<Mention> MentionList { get; private set; } = [];

        public EntityResolver Resolver { get; } = new();

        /// <summary>The list the paragraphs of a document are put in.</summary>
        public List<TextSpan> Paragraphs { get; private set; } = [];

        /// <summary>The quotation scanner's step counter (reset for each document).</summary>
        public ScanSteps ScanSteps { get; } = new();

        /// <summary>The reported-speech detector (it keeps nothing between documents).</summary>
        public ReportedSpeechDetector Detector { get; } = new();

        /// <summary>Quotation objects kept between documents.</summary>
        public Recycler<QuotedSpan> Spans { get; } = new(static () => new QuotedSpan([], [], QuoteRole.Direct), MaxKeptMentions);

        /// <summary>Quotation units kept between documents.</summary>
        public Recycler<QuoteUnit> Units { get; } = new(static () => new QuoteUnit(), MaxKeptMentions);

        /// <summary>The list the quotation units of a document are put in.</summary>
        public List<QuoteUnit> UnitList { get; private set; } = [];

        /// <summary>The list the quotations of a document are put in.</summary>
        public List<QuotedSpan> Quotations { get; private set; } = [];

        /// <summary>The list the reported speech of a document is put in.</summary>
        public List<ReportedSpeech> Reported { get; private set; } = [];

        /// <summary>The reported-speech detector's set of cues that direct quotes use.</summary>
        public HashSet<int> UsedCues { get; private set; } = [];

        /// <summary>This thread's spare workspace, or a new one.</summary>
        public static Workspace Rent() => t_spare.Take() ?? new Workspace();

        /// <summary>Paragraphs the paragraph list keeps room for (a list of 512 KB).</summary>
        private const int MaxKeptParagraphs = 1 << 16;

        /// <summary><paramref name="list"/> emptied, or a new list in place of one that grew larger than <paramref name="max"/> elements.</summary>
        public static List<T> Kept<T>(List<T> list, int max = MaxKeptMentions)
        {
            if (list.Capacity > max)
            {
                return [];
            }

            list.Clear();
            return list;
        }

        /// <summary>Takes the objects back and keeps the workspace for the thread's next call.</summary>
        public void Return()
        {
            foreach (var mention in MentionList)
            {
                mention.Reset(); // mentions keep slices of the input: let it go with the call
            }

            // Everything is emptied and kept; a workspace that grew past the kept sizes is then held weakly.
            bool large = Mentions.Rewind() | Units.Rewind() | Spans.Rewind();
            large |= Emptied(MentionList) | Emptied(Quotations) | Emptied(UnitList) | Emptied(Reported) | Emptied(Paragraphs, MaxKeptParagraphs);
            large |= UsedCues.Count > MaxKeptMentions;
            UsedCues.Clear();

            if (!Resolver.Reset())
            {
                return; // the resolver's tables still hold the input: let the workspace go
            }

            t_spare.Keep(this, large);
        }

        /// <summary>Empties <paramref name="list"/> (keeping its room); true when it has room for more than <paramref name="max"/>.</summary>
        private static bool Emptied<T>(List<T> list, int max = MaxKeptMentions)
        {
            list.Clear();
            return list.Capacity > max;
        }
    }

    /// <summary>
    /// Which partial quotes lie inside a mixed quote: they are reported as its <see cref="Quote.Fragments"/>, not
    /// again on their own. Both lists are in document order, so one merge pass pairs them.
    /// </summary>
    private static MixedFragments FragmentsOfMixedQuotes(List<QuoteUnit> units, List<ReportedSpeech> reported)
    {
        var owner = MixedFragments.Rent();
        int u = 0;
        for (int ri = 0; ri < reported.Count; ri++)
        {
            var r = reported[ri];
            if (!r.Mixed)
            {
                continue;
            }

            int start = r.Parts[0].Start, end = r.Parts[^1].End;
            while (u < units.Count && units[u].Span.Parts[0].Start < start)
            {
                u++;
            }

            for (int k = u; k < units.Count && units[k].Span.Parts[0].Start < end; k++)
            {
                if (units[k].Span.Role == QuoteRole.Partial && units[k].Span.Parts[^1].End <= end)
                {
                    owner.Fold(k, units[k], ri);
                }
            }
        }

        return owner;
    }

    /// <summary>
    /// The unit that continues the statement headed by <paramref name="head"/> after its piece
    /// <paramref name="last"/>, skipping titles and partial quotes inside the attribution between them; or null.
    /// </summary>
    private static int? NextPiece(DocumentIndex doc, Lexicon lexicon, List<QuoteUnit> units, QuoteUnit head, int last, MixedFragments fragments)
    {
        var previous = units[last];
        if (previous.CloseMarkToken < 0)
        {
            return null;
        }

        int next = last + 1;
        if (next < units.Count && !fragments.Folded(next) && InterruptedQuoteJoiner.Continues(doc, lexicon, head, previous, units[next]))
        {
            return next;
        }

        int sentence = doc.SentenceOfToken[previous.CloseMarkToken];
        while (next < units.Count && units[next].Span.Role != QuoteRole.Direct
            && doc.SentenceOfToken[units[next].Anchor] == sentence)
        {
            next++;
        }

        return next > last + 1 && next < units.Count && !fragments.Folded(next) && InterruptedQuoteJoiner.Continues(doc, lexicon, head, previous, units[next]) ? next : null;
    }

    /// <summary>
    /// <c>text[span]</c> as a string shared with every other quote (of any document the thread reads) that has the
    /// same characters: cue and mention words ("said", "told", "he", "Putin") recur in almost every quote.
    /// </summary>
    /// <summary>The order of a result's quotes: by start, then by kind.</summary>
    private static int InOrder(Quote a, Quote b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Kind.CompareTo(b.Kind);

    /// <summary>
    /// Puts <paramref name="quotes"/> in <see cref="InOrder"/> order by merging its two runs, the first
    /// <paramref name="split"/> quotes (the direct ones, in text order) and the rest (reported speech), when each run
    /// is in strict order and no two quotes are equal in that order: then the order is the only one a sort could give.
    /// Returns false, and leaves the quotes as they were, otherwise (a quote found in a gap, equal quotes), for a sort.
    /// </summary>
    private static bool MergedInOrder(Span<Quote> quotes, int split)
    {
        for (int i = 1; i < quotes.Length; i++)
        {
            if (i != split && InOrder(quotes[i - 1], quotes[i]) >= 0)
            {
                return false;
            }
        }

        var merged = PooledArray.Rent<Quote>(quotes.Length);
        try
        {
            int a = 0, b = split, n = 0;
            while (a < split && b < quotes.Length)
            {
                int order = InOrder(quotes[a], quotes[b]);
                if (order == 0)
                {
                    return false;
                }

                merged[n++] = order < 0 ? quotes[a++] : quotes[b++];
            }

            quotes[a..split].CopyTo(merged.AsSpan(n));
            n += split - a;
            quotes[b..].CopyTo(merged.AsSpan(n));
            merged.AsSpan(0, quotes.Length).CopyTo(quotes);
            return true;
        }
        finally
        {
            Array.Clear(merged, 0, quotes.Length); // the pool keeps no quotes
            PooledArray.Return(ref merged);
        }
    }

    /// <summary>Most words of a partial quote that is a label rather than speech when no cue introduces it.</summary>
    private const int MaxUncuedLabelWords = 2;

    /// <summary>
    /// True for a partial quote of one or two words, with no punctuation of its own at its end, that no speech cue
    /// introduces: the sieves found its speaker by the clause around it (the “establishment” candidate, a “virtual
    /// tie”, pushed “free college”), or, with reported speech on (<paramref name="reportedSpeech"/>), by a cue after
    /// the quote (wearing “Ted Cruz” pins, the delegate said …): a fragment inside the clause a trailing cue reports is
    /// a fragment of that mixed quote, so one left over is outside it. With IncludeNonSpeechQuotes they are reported, as
    /// other non-speech quotes are. On the dev corpus such fragments are scare
    /// quotes and labels four times as often as someone's words (157 to 38); with a comma or full stop inside the
    /// marks (was “about right,” though …) they are someone's words too often to drop (34 of 90 without a cue).
    /// </summary>
    private static bool IsUncuedLabel(DocumentIndex doc, QuoteUnit unit, bool reportedSpeech)
    {
        if (unit.Span.Role != QuoteRole.Partial || unit.EndToken <= unit.FirstToken || !doc.Tokens[unit.EndToken - 1].IsWord)
        {
            return false;
        }

        // Without reported speech, "the plan was “long overdue”, the mayor said" keeps its fragment.
        if (unit.Decision is { Cue: { } cue } && (!reportedSpeech || cue.Start < unit.Span.Extent.End))
        {
            return false;
        }

        int words = 0;
        for (int t = unit.FirstToken; t < unit.EndToken && words <= MaxUncuedLabelWords; t++)
        {
            if (doc.Tokens[t].IsWord)
            {
                words++;
            }
        }

        return words <= MaxUncuedLabelWords;
    }

    private static string Shared(string text, TextSpan span) => MentionStrings.ForCurrentThread.Get(text.AsSpan(span.Start, span.Length));

    /// <summary>A direct, partial or (on option) non-speech quote from its unit and parts (copied).</summary>
    private Quote MarkedQuote(string text, QuoteUnit unit, ReadOnlySpan<TextSpan> parts, SpeakerBuilder speakers)
    {
        var s = unit.Span;
        var content = new TextSpan(parts[0].Start, parts[^1].End);
        var decision = s.Role == QuoteRole.NonSpeech ? null : unit.Decision;
        Speaker? speaker = null;
        SpeakerMention? mention = null;
        if (decision is { Mention.Entity: >= 0 } d)
        {
            speaker = speakers.Get(d.Mention.Entity);
            mention = new SpeakerMention(Shared(text, d.Mention.Span), d.Mention.Span);
        }
        else if (decision is { Unnamed: true } u)
        {
            speaker = speakers.GetUnnamed(text, u.Mention.Span);
            mention = new SpeakerMention(Shared(text, u.Mention.Span), u.Mention.Span);
        }

        Cue? cue = decision?.Cue is { } c ? new Cue(Shared(text, c), c) : null;
        string sieve = decision?.Sieve ?? Unattributed;
        AttributionTrace? trace = _options.IncludeTrace ? BuildTrace(text, decision, s.Role) : null;
        return new Quote(
            null,
            content,
            TextSpanList.Create(parts),
            s.Role == QuoteRole.Direct ? QuoteKind.Direct : QuoteKind.Partial,
            cue,
            speaker,
            mention,
            speaker is null ? 0 : decision!.Value.Confidence,
            sieve,
            trace,
            input: text);
    }

    private static AttributionTrace BuildTrace(string text, SieveDecision? decided, QuoteRole role)
    {
        if (decided is not { } decision)
        {
            return new AttributionTrace(Unattributed, role == QuoteRole.NonSpeech ? "not speech: a title or scare quote" : "no rule found a speaker", []);
        }

        var candidates = new List<CandidateMention>
        {
            new(decision.Mention.Span.Of(text), decision.Mention.Span, true, decision.Mention.Entity >= 0 || decision.Unnamed ? decision.Reason : decision.Reason + "; the mention could not be resolved to an entity"),
        };
        foreach (var (m, note) in decision.Rejected)
        {
            candidates.Add(new CandidateMention(m.Span.Of(text), m.Span, false, note));
        }

        return new AttributionTrace(decision.Sieve, decision.Reason, candidates);
    }

    /// <summary>The thread's array that the parts of a quote made of several quotations are joined in (see <see cref="Joined"/>).</summary>
    [ThreadStatic]
    private static TextSpan[]? t_joined;

    /// <summary>
    /// The spans of <paramref name="first"/> then those of <paramref name="second"/>, in the thread's join array (valid
    /// until the next call; <paramref name="first"/> may be its previous result).
    /// </summary>
    private static ReadOnlySpan<TextSpan> Joined(ReadOnlySpan<TextSpan> first, ReadOnlySpan<TextSpan> second)
    {
        int length = first.Length + second.Length;
        var joined = t_joined;
        if (joined is null || joined.Length < length)
        {
            var grown = new TextSpan[Math.Max(length, 8)];
            first.CopyTo(grown);
            t_joined = joined = grown;
        }
        else
        {
            first.CopyTo(joined);
        }

        second.CopyTo(joined.AsSpan(first.Length));
        return joined.AsSpan(0, length);
    }

    /// <summary>
    /// Which quotation units are fragments of a mixed quote, and each mixed quote's fragments. One per thread, reused
    /// (<see cref="Rent"/>, <see cref="Return"/>): a quote copies its fragments.
    /// </summary>
    private sealed class MixedFragments
    {
        /// <summary>Lists longer than this are not kept for the thread's next document.</summary>
        private const int MaxKept = 1 << 12;

        [ThreadStatic]
        private static MixedFragments? t_spare;

        // The folded units in ascending order; each fragment's mixed quote (ascending) and span.
        private List<int> _folded = [];
        private List<int> _owners = [];
        private List<TextSpan> _spans = [];

        public static MixedFragments Rent()
        {
            var fragments = t_spare ?? new MixedFragments();
            t_spare = null;
            return fragments;
        }

        public void Return()
        {
            _folded = Workspace.Kept(_folded, MaxKept);
            _owners = Workspace.Kept(_owners, MaxKept);
            _spans = Workspace.Kept(_spans, MaxKept);
            t_spare = this;
        }

        /// <summary>Records <paramref name="fragment"/> as part of the mixed quote <paramref name="reported"/>; called in ascending order of both.</summary>
        public void Fold(int unit, QuoteUnit fragment, int reported)
        {
            _folded.Add(unit);
            foreach (var part in fragment.Span.Parts)
            {
                _owners.Add(reported);
                _spans.Add(part);
            }
        }

        public bool Folded(int unit) => _folded.Count > 0 && _folded.BinarySearch(unit) >= 0;

        /// <summary>The fragments of the mixed quote <paramref name="reported"/>, valid until the next call to <see cref="Fold"/>.</summary>
        public ReadOnlySpan<TextSpan> Of(int reported)
        {
            int first = _owners.BinarySearch(reported);
            if (first < 0)
            {
                return default;
            }

            while (first > 0 && _owners[first - 1] == reported)
            {
                first--;
            }

            int end = first + 1;
            while (end < _owners.Count && _owners[end] == reported)
            {
                end++;
            }

            return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_spans)[first..end];
        }
    }
}
