using FluentAssertions;

namespace QuoteKit.Tests.Support;

/// <summary>Checks that hold for every extraction result, whatever the input.</summary>
public static class ResultInvariants
{
    public static void AssertHold(string text, QuoteExtractionResult result)
    {
        var speakerIds = result.Speakers.Select(s => s.Id).ToList();
        speakerIds.Should().OnlyHaveUniqueItems("speaker ids are unique within a result");
        var seen = new HashSet<(int, int, QuoteKind)>();
        int previousStart = -1;
        foreach (var q in result.Quotes)
        {
            q.Span.Start.Should().BeInRange(0, text.Length);
            q.Span.End.Should().BeInRange(q.Span.Start, text.Length);
            text[q.Span.Start..q.Span.End].Should().Be(q.Text, "a quote's text is exactly its span of the input");
            q.Span.Start.Should().BeGreaterThanOrEqualTo(previousStart, "quotes come in document order");
            previousStart = q.Span.Start;
            seen.Add((q.Span.Start, q.Span.End, q.Kind)).Should().BeTrue("no quote is reported twice");
            q.Parts.Should().NotBeEmpty();
            foreach (var part in q.Parts)
            {
                q.Span.Contains(part).Should().BeTrue("every part lies inside the quote's span");
            }

            q.Confidence.Should().BeInRange(0, 1);
            q.Sieve.Should().NotBeNullOrEmpty();
            if (q.Cue is not null)
            {
                text[q.Cue.Span.Start..q.Cue.Span.End].Should().Be(q.Cue.Text);
            }

            if (q.SpeakerMention is not null)
            {
                text[q.SpeakerMention.Span.Start..q.SpeakerMention.Span.End].Should().Be(q.SpeakerMention.Text);
                q.Speaker.Should().NotBeNull("a mention is only reported with its speaker");
            }

            if (q.Speaker is not null)
            {
                speakerIds.Should().Contain(q.Speaker.Id, "a quote's speaker is listed in the result");
            }
        }

        foreach (var s in result.Speakers)
        {
            s.Name.Should().NotBeNullOrWhiteSpace();
            foreach (var m in s.Members)
            {
                speakerIds.Should().Contain(m.Id, "group members are listed speakers");
            }
        }
    }
}
