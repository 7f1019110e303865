#if !QUOTEKIT_FUZZ
using FluentAssertions;
#endif

namespace QuoteKit.Tests.Support;

/// <summary>
/// Checks that hold for every extraction result, whatever the input: every span indexes the input and equals its
/// reported text, never splits a surrogate pair, speaker ids resolve, no quote is reported twice. The checker itself
/// has no test-framework dependency so that the fuzzing harness (fuzz/QuoteKit.Fuzz) links this file and throws on
/// the same violations.
/// </summary>
public static class ResultInvariants
{
#if !QUOTEKIT_FUZZ
    /// <summary>Extracts <paramref name="text"/> with the default options and asserts that the result's invariants hold.</summary>
    public static QuoteExtractionResult Checked(string text)
    {
        var result = new QuoteExtractor().Extract(text);
        AssertHold(text, result);
        return result;
    }

    /// <summary>Extracts <paramref name="text"/> as <see cref="Checked"/> does and returns its one quote containing <paramref name="contains"/>.</summary>
    public static Quote OnlyQuote(string text, string contains) =>
        Checked(text).Quotes.Should().ContainSingle(q => q.Text.Contains(contains, StringComparison.Ordinal)).Subject;

    /// <summary>Fails the test with every violated invariant listed.</summary>
    public static void AssertHold(string text, QuoteExtractionResult result, QuoteKitOptions? options = null)
    {
        Violations(text, result, options).Should().BeEmpty("every extraction result must satisfy the output invariants");
    }
#endif

    /// <summary>Every invariant the result violates, as readable sentences; empty when all hold.</summary>
    /// <param name="text">The input given to Extract.</param>
    /// <param name="result">What Extract returned.</param>
    /// <param name="options">The options the extractor was built with, to check option-dependent invariants; null to skip them.</param>
    public static IReadOnlyList<string> Violations(string text, QuoteExtractionResult result, QuoteKitOptions? options = null)
    {
        var errors = new List<string>();
        if (result is null)
        {
            errors.Add("the result is null");
            return errors;
        }

        if (result.Quotes is null || result.Speakers is null)
        {
            errors.Add("Quotes or Speakers is null");
            return errors;
        }

        var speakersById = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        foreach (var s in result.Speakers)
        {
            if (s is null)
            {
                errors.Add("a listed speaker is null");
                continue;
            }

            if (string.IsNullOrEmpty(s.Id) || !speakersById.TryAdd(s.Id, s))
            {
                errors.Add($"speaker id '{s.Id}' is empty or not unique");
            }
        }

        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var seenSpans = new HashSet<TextSpan>();
        int previousStart = -1;
        for (int qi = 0; qi < result.Quotes.Count; qi++)
        {
            var q = result.Quotes[qi];
            string where = $"quote #{qi} {q?.Span}";
            if (q is null)
            {
                errors.Add($"quote #{qi} is null");
                continue;
            }

            CheckSpan(text, q.Span, q.Text, where, errors);
            if (q.Span.IsEmpty)
            {
                errors.Add($"{where}: the span is empty");
            }

            if (q.Span.Start < previousStart)
            {
                errors.Add($"{where}: quotes are not in document order (previous start {previousStart})");
            }

            previousStart = q.Span.Start;
            if (!seenSpans.Add(q.Span))
            {
                errors.Add($"{where}: the same span is reported twice");
            }

            if (!Enum.IsDefined(q.Kind))
            {
                errors.Add($"{where}: undefined kind {(int)q.Kind}");
            }

            CheckParts(text, q, where, errors);
            CheckFragments(text, q, where, errors);

            if (double.IsNaN(q.Confidence) || q.Confidence < 0 || q.Confidence > 1)
            {
                errors.Add($"{where}: confidence {q.Confidence} is not in [0, 1]");
            }

            if (string.IsNullOrEmpty(q.Sieve))
            {
                errors.Add($"{where}: the sieve name is empty");
            }
            else if (q.Sieve == "Unattributed" && q.Speaker is not null)
            {
                errors.Add($"{where}: an Unattributed quote has a speaker");
            }

            if (q.Cue is { } cue)
            {
                CheckSpan(text, cue.Span, cue.Text, where + " cue", errors);
                if (cue.Span.IsEmpty)
                {
                    errors.Add($"{where}: the cue span is empty");
                }
            }

            if (q.SpeakerMention is { } mention)
            {
                CheckSpan(text, mention.Span, mention.Text, where + " mention", errors);
                if (mention.Span.IsEmpty)
                {
                    errors.Add($"{where}: the mention span is empty");
                }

                if (q.Speaker is null)
                {
                    errors.Add($"{where}: a mention is reported without its speaker");
                }
            }

            if (q.Speaker is not null)
            {
                referenced.Add(q.Speaker.Id);
                if (!speakersById.TryGetValue(q.Speaker.Id ?? "", out var listed))
                {
                    errors.Add($"{where}: speaker '{q.Speaker.Id}' is not listed in Speakers");
                }
                else if (!ReferenceEquals(listed, q.Speaker) && listed.Name != q.Speaker.Name)
                {
                    errors.Add($"{where}: speaker '{q.Speaker.Id}' differs from the listed speaker with that id");
                }
            }

            CheckTrace(text, q, where, options, errors);

            if (options is { IncludeIndirect: false } && q.Kind is QuoteKind.Indirect)
            {
                errors.Add($"{where}: an indirect quote is reported although IncludeIndirect is off");
            }
        }

        foreach (var s in result.Speakers)
        {
            if (s is null)
            {
                continue;
            }

            string where = $"speaker {s.Id}";
            if (string.IsNullOrWhiteSpace(s.Name))
            {
                errors.Add($"{where}: the name is empty");
            }

            if (!Enum.IsDefined(s.Kind))
            {
                errors.Add($"{where}: undefined kind {(int)s.Kind}");
            }

            if (s.Aliases is null || s.Descriptions is null || s.Members is null)
            {
                errors.Add($"{where}: Aliases, Descriptions or Members is null");
                continue;
            }

            if (s.Aliases.Any(string.IsNullOrWhiteSpace) || s.Descriptions.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"{where}: an alias or description is empty");
            }

            if (s.Aliases.Distinct(StringComparer.Ordinal).Count() != s.Aliases.Count)
            {
                errors.Add($"{where}: an alias is listed twice");
            }

            foreach (var m in s.Members)
            {
                if (m is null || !speakersById.ContainsKey(m.Id ?? ""))
                {
                    errors.Add($"{where}: member '{m?.Id}' is not a listed speaker");
                }
                else if (m.Id == s.Id)
                {
                    errors.Add($"{where}: is a member of itself");
                }
            }
        }

        // Every listed speaker is there because something it said is reported, itself or as part of a group.
        foreach (var s in result.Speakers)
        {
            if (s is not null && referenced.Contains(s.Id))
            {
                foreach (var m in s.Members ?? [])
                {
                    referenced.Add(m.Id);
                }
            }
        }

        foreach (var s in result.Speakers)
        {
            if (s is not null && !referenced.Contains(s.Id))
            {
                errors.Add($"speaker {s.Id} is listed but speaks no quote, alone or in a group");
            }
        }

        return errors;
    }

    private static void CheckParts(string text, Quote q, string where, List<string> errors)
    {
        if (q.Parts.Count == 0)
        {
            errors.Add($"{where}: no parts");
            return;
        }

        int previousEnd = -1;
        foreach (var part in q.Parts)
        {
            if (!q.Span.Contains(part))
            {
                errors.Add($"{where}: part {part} lies outside the span");
            }

            if (part.IsEmpty)
            {
                errors.Add($"{where}: part {part} is empty");
            }

            if (part.Start < previousEnd)
            {
                errors.Add($"{where}: part {part} overlaps or precedes the previous part");
            }

            previousEnd = part.End;
            if (InBounds(text, part) && SplitsSurrogatePair(text, part))
            {
                errors.Add($"{where}: part {part} splits a surrogate pair");
            }
        }

        if (q.Parts[0].Start != q.Span.Start || q.Parts[^1].End != q.Span.End)
        {
            errors.Add($"{where}: the span does not run from the first part's start to the last part's end");
        }
    }

    private static void CheckFragments(string text, Quote q, string where, List<string> errors)
    {

        if (q.Fragments.Count > 0 && q.Kind != QuoteKind.Mixed)
        {
            errors.Add($"{where}: a {q.Kind} quote lists fragments");
        }

        int previousEnd = -1;
        foreach (var f in q.Fragments)
        {
            if (!InBounds(text, f) || f.IsEmpty || f.Start < previousEnd)
            {
                errors.Add($"{where}: fragment {f} is out of bounds, empty or out of order");
                continue;
            }

            if (!q.Span.Contains(f))
            {
                errors.Add($"{where}: fragment {f} lies outside the quote");
            }

            if (SplitsSurrogatePair(text, f))
            {
                errors.Add($"{where}: fragment {f} splits a surrogate pair");
            }

            previousEnd = f.End;
        }
    }

    private static void CheckTrace(string text, Quote q, string where, QuoteKitOptions? options, List<string> errors)
    {
        if (options is { IncludeTrace: false } && q.Trace is not null)
        {
            errors.Add($"{where}: a trace is reported although IncludeTrace is off");
        }

        if (q.Trace is null)
        {
            return;
        }

        if (q.Trace.Sieve != q.Sieve)
        {
            errors.Add($"{where}: the trace's sieve '{q.Trace.Sieve}' differs from the quote's '{q.Sieve}'");
        }

        if (q.Trace.Candidates is null)
        {
            errors.Add($"{where}: the trace has no candidate list");
            return;
        }

        if (q.Trace.Candidates.Count(c => c.Chosen) > 1)
        {
            errors.Add($"{where}: the trace marks more than one candidate as chosen");
        }

        foreach (var c in q.Trace.Candidates)
        {
            CheckSpan(text, c.Span, c.Text, where + " trace candidate", errors);
        }
    }

    private static void CheckSpan(string text, TextSpan span, string? reported, string where, List<string> errors)
    {
        if (!InBounds(text, span))
        {
            errors.Add($"{where}: span {span} is outside the input (length {text.Length})");
            return;
        }

        if (!string.Equals(text.Substring(span.Start, span.Length), reported, StringComparison.Ordinal))
        {
            errors.Add($"{where}: the reported text does not equal input[{span.Start}..{span.End}]");
        }

        if (SplitsSurrogatePair(text, span))
        {
            errors.Add($"{where}: span {span} splits a surrogate pair");
        }
    }

    private static bool InBounds(string text, TextSpan span) =>
        span.Start >= 0 && span.End >= span.Start && span.End <= text.Length;

    /// <summary>True when a boundary of the span falls between the two halves of a well-formed surrogate pair.</summary>
    private static bool SplitsSurrogatePair(string text, TextSpan span) =>
        IsInsidePair(text, span.Start) || IsInsidePair(text, span.End);

    private static bool IsInsidePair(string text, int boundary) =>
        boundary > 0 && boundary < text.Length && char.IsHighSurrogate(text[boundary - 1]) && char.IsLowSurrogate(text[boundary]);
}
