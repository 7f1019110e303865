using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>
/// Verbs that characterize (branded, portrayed, labeled, heralded …) report speech when what they say is quoted: the
/// object and its quoted complement are one mixed quote, with the verb as cue and its subject as speaker.
/// </summary>
public sealed class CharacterizingCueTests
{
    private static QuoteExtractionResult Extract(string text)
    {
        var result = new QuoteExtractor().Extract(text);
        ResultInvariants.AssertHold(text, result);
        return result;
    }

    [Fact]
    public void A_branded_object_with_a_quoted_complement_is_one_mixed_quote()
    {
        const string text = "Senator Ruth Okafor branded the budget a “disgrace” on Tuesday.";
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Be("the budget a “disgrace” on Tuesday");
        q.Fragments.Select(f => text[f.Start..f.End]).Should().Equal("disgrace");
    }

    [Fact]
    public void The_characterizing_verb_is_the_cue_and_its_subject_the_speaker()
    {
        const string text = "Governor Ana Silva portrayed the new tax as a “gift to lobbyists” at the rally.";
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Cue.Should().NotBeNull();
        q.Cue!.Value.Text.Should().Be("portrayed");
        q.Speaker!.Name.Should().Be("Ana Silva");
    }

    [Fact]
    public void A_characterizing_verb_without_a_quotation_reports_nothing()
    {
        const string text = "The actor Tom Reyes portrayed the young Lincoln in a film about the war.";
        Extract(text).Quotes.Should().BeEmpty();
    }

    [Fact]
    public void A_passive_participle_in_apposition_is_no_cue()
    {
        const string text = "Mayor Lena Ortiz, labeled a “tyrant” by her critics, ran again in May.";
        Extract(text).Quotes.Should().NotContain(q => q.Kind == QuoteKind.Mixed);
    }

    [Fact]
    public void A_participle_without_an_object_before_as_is_no_cue()
    {
        const string text = "Mayor Lena Ortiz was often portrayed as a “tyrant” by her critics.";
        Extract(text).Quotes.Should().NotContain(q => q.Kind == QuoteKind.Mixed);
    }
}
