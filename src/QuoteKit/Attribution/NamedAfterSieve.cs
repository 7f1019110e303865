using System.Collections.Frozen;
using QuoteKit.Lexicons;
using QuoteKit.Mentions;

namespace QuoteKit.Attribution;

/// <summary>
/// A quote whose own sentence names no speaker, named by the sentence right after it with a demonstrative: "“We are not
/// going to be pushed around.” That was the message from union leader Frank Doyle on Tuesday …", "Those were the words of
/// the mayor", "So said Frank Doyle", "That's what Doyle told reporters". The speaker is the object of "from", "of" or
/// "by" there, or the one saying it.
/// </summary>
internal sealed class NamedAfterSieve : AttributionSieve
{
    /// <summary>Most tokens from the demonstrative to the speaker's mention.</summary>
    private const int Window = 12;

    public override SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        var doc = context.Doc;
        if (quote.CloseMarkToken < 0)
        {
            return null;
        }

        // The quote ends its sentence: only punctuation may follow the closing mark in it.
        int sentenceIndex = doc.SentenceOfToken[quote.CloseMarkToken];
        var sentence = doc.Sentences[sentenceIndex];
        for (int t = quote.CloseMarkToken + 1; t < sentence.End; t++)
        {
            if (doc.Tokens[t].IsWord)
            {
                return null;
            }
        }

        if (sentenceIndex + 1 >= doc.Sentences.Length)
        {
            return null;
        }

        var next = doc.Sentences[sentenceIndex + 1];
        int first = next.First;
        if (first >= next.End || doc.InQuote(first) || !IsDemonstrative(doc.Word(first)))
        {
            return null;
        }

        int end = Math.Min(next.End, first + Window);
        for (int t = first + 1; t < end; t++)
        {
            if (doc.InQuote(t))
            {
                return null;
            }

            // "That was the message from …", "Those were the words of …", "So said …" (the speaker after the cue).
            bool introducesSpeaker = (doc.Is(t, "from") || doc.Is(t, "of") || doc.Is(t, "by")) && t - first <= 6 && StatementNouns.Contains(doc.Word(t - 1)) && HasCopula(doc, first, t)
                || (context.IsCueToken[t] && t == first + 1 && doc.Is(first, "So"));
            if (introducesSpeaker && SpeakerAfter(context, t + 1, end) is { } named)
            {
                return new SieveDecision(named, context.IsCueToken[t] ? doc.Tokens[t].Span : null, Name, 0.75, "the next sentence names who said it (\"That was the message from …\")");
            }

            // "That's what Doyle told reporters", "That is how the mayor put it" (not "That's why, he added, …": a new statement).
            if (context.IsCueToken[t] && t - first <= 8 && HasCopula(doc, first, t) && WhatOrHowBefore(doc, first, t)
                && context.SubjectOfCue(t, allowInverted: false, out _) is { } subject
                && subject.FirstToken > first && context.CanSpeak(subject))
            {
                return new SieveDecision(subject, doc.Tokens[t].Span, Name, 0.75, "the next sentence says who said it (\"That's what … said\")");
            }
        }

        return null;
    }

    /// <summary>
    /// The speakable mention that opens the phrase at <paramref name="from"/>, past possessors before it ("the message
    /// from dockworkers' union leader Frank Doyle"), or null.
    /// </summary>
    private static Mention? SpeakerAfter(AttributionContext context, int from, int end)
    {
        for (int u = from; u < end && u - from < 4; u++)
        {
            if (context.MentionStartingAt(u) is not { } m)
            {
                continue;
            }

            if (m.Possessive)
            {
                u = m.EndToken - 1;
                continue;
            }

            return m.Type != EntityType.Place ? m : null; // the object of "from": CanSpeak would refuse it for the preposition
        }

        return null;
    }

    /// <summary>Nouns for what was said, before the "from" or "of" that names who said it: "the message from", "the words of".</summary>
    private static readonly FrozenSet<string> StatementNouns = new[]
    {
        "message", "words", "word", "verdict", "view", "views", "warning", "assessment", "reaction", "response", "advice", "plea",
        "promise", "vow", "claim", "argument", "answer", "reply", "sentiment", "conclusion", "opinion", "take", "refrain", "mantra",
        "boast", "prediction", "comment", "comments", "remark", "remarks", "statement", "pledge", "appeal", "rallying", "cry", "thinking",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether "what" or "how" follows the demonstrative before the cue at <paramref name="cue"/>: "That's what …", "That is how …".</summary>
    private static bool WhatOrHowBefore(Text.DocumentIndex doc, int first, int cue)
    {
        for (int t = first + 1; t < cue && t <= first + 3; t++)
        {
            if (doc.Is(t, "what") || doc.Is(t, "how"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that opens the naming sentence: "That", "This", "Those", "So", "Such", or "That's" as one token.</summary>
    private static bool IsDemonstrative(ReadOnlySpan<char> w) =>
        w is "That" or "This" or "Those" or "So" or "Such" or "That's" or "That’s" or "This's";

    /// <summary>
    /// Whether the demonstrative at <paramref name="first"/> is the subject of a form of "be" before <paramref name="to"/>
    /// ("That was", "Those were", "That's").
    /// </summary>
    private static bool HasCopula(Text.DocumentIndex doc, int first, int to)
    {
        if (doc.Word(first) is "That's" or "That’s" or "This's")
        {
            return true;
        }

        for (int t = first + 1; t < to; t++)
        {
            if (doc.Word(t) is "was" or "is" or "were" or "are" or "'s" or "’s")
            {
                return true;
            }
        }

        return false;
    }
}
