using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Reported speech (indirect and mixed quotes), each rule on a sentence the team wrote.</summary>
public sealed class ReportedSpeechTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static List<Quote> Reported(string text)
    {
        var result = Extractor.Extract(text);
        ResultInvariants.AssertHold(text, result);
        return result.Quotes.Where(q => q.Kind is QuoteKind.Indirect or QuoteKind.Mixed).ToList();
    }

    [Fact]
    public void A_that_clause_after_said_is_an_indirect_quote()
    {
        var q = Reported("Mayor Elena Vasquez said that the harbour would reopen in May.").Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Text.Should().Be("the harbour would reopen in May");
        q.Cue!.Text.Should().Be("said");
        q.Speaker!.Name.Should().Be("Elena Vasquez");
    }

    [Fact]
    public void A_bare_clause_after_told_skips_the_addressee_and_time_adjunct()
    {
        var q = Reported("Governor Alan Price told Senator Maria Lopez on Monday he would veto the bill.").Should().ContainSingle().Subject;
        q.Text.Should().Be("he would veto the bill");
        q.Speaker!.Name.Should().Be("Alan Price");
    }

    [Fact]
    public void Trailing_attribution_reports_the_statement_before_it()
    {
        var q = Reported("The two companies will merge next year, the ministry said.").Should().ContainSingle().Subject;
        q.Text.Should().Be("The two companies will merge next year");
        q.Speaker!.Name.Should().Be("ministry");
        q.Sieve.Should().Be("TrailingAttributionSieve");
    }

    [Fact]
    public void Parenthetical_attribution_gives_a_quote_in_two_parts()
    {
        var q = Reported("The new bridge, engineers said, will carry twice the traffic.").Should().ContainSingle().Subject;
        q.Parts.Should().HaveCount(2);
        q.Parts.Select(p => "The new bridge, engineers said, will carry twice the traffic."[p.Start..p.End])
            .Should().Equal("The new bridge", "will carry twice the traffic");
    }

    [Fact]
    public void Sentence_initial_according_to_reports_the_rest_of_the_sentence()
    {
        var q = Reported("According to Jonas Weber, the plant will close in June.").Should().ContainSingle().Subject;
        q.Text.Should().Be("the plant will close in June");
        q.Cue!.Text.Should().Be("According to");
        q.Speaker!.Name.Should().Be("Jonas Weber");
    }

    [Fact]
    public void A_headline_in_the_present_tense_is_reported_speech()
    {
        var q = Reported("Sato tells Ito she wants a new port").Should().ContainSingle().Subject;
        q.Text.Should().Be("she wants a new port");
        q.Cue!.Text.Should().Be("tells");
    }

    [Fact]
    public void Said_as_an_adjective_or_in_a_passive_is_not_speech()
    {
        Reported("The said agreement expired in March.").Should().BeEmpty();
        Reported("The senator is said to be furious about the vote.").Should().BeEmpty();
    }

    [Fact]
    public void A_cue_with_an_object_reports_the_object_and_what_follows()
    {
        var q = Reported("Minister Ivo Kral praised the engineers for their work.").Should().ContainSingle().Subject;
        q.Text.Should().Be("the engineers for their work");
        q.Cue!.Text.Should().Be("praised");
        q.Speaker!.Name.Should().Be("Ivo Kral");
    }

    [Fact]
    public void A_participle_cue_without_a_clause_is_not_reported_speech()
    {
        Reported("The talks ended on Friday, calling the deal a success.").Should().BeEmpty();
    }

    [Fact]
    public void A_pronoun_speaker_resolves_to_the_named_entity()
    {
        const string text = "Director Paula Mendes visited the site.\n\nShe said the work would finish by June.";
        var q = Reported(text).Should().ContainSingle().Subject;
        q.SpeakerMention!.Text.Should().Be("She");
        q.Speaker!.Name.Should().Be("Paula Mendes");
    }

    [Fact]
    public void IncludeIndirect_false_reports_only_quotes_in_marks()
    {
        var extractor = new QuoteExtractor(new QuoteKitOptions { IncludeIndirect = false });
        extractor.Extract("Mayor Elena Vasquez said that the harbour would reopen in May.").Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Indirect_content_never_overlaps_a_direct_quote()
    {
        const string text = "Ana Lima said the deal was done. “We signed it this morning,” she added.";
        var result = Extractor.Extract(text);
        var direct = result.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        direct.Should().ContainSingle();
        foreach (var q in result.Quotes.Where(q => q.Kind is QuoteKind.Indirect or QuoteKind.Mixed))
        {
            q.Parts.Should().OnlyContain(p => !p.Overlaps(direct[0].Span));
        }
    }

    [Theory]
    [InlineData("The spokesman said")]
    [InlineData("The spokesman told")]
    [InlineData("He said that")]
    [InlineData("According to")]
    public void A_text_that_ends_on_its_cue_reports_nothing_and_does_not_throw(string text)
    {
        Reported(text).Should().BeEmpty();
    }

    [Fact]
    public void A_plural_noun_that_looks_like_a_verb_is_no_cue()
    {
        var reported = Reported("Turnout rose in all five states where voters faced new rules, officials said.");
        reported.Should().ContainSingle().Which.Cue!.Text.Should().Be("said");
        Reported("The senator will raise questions about the budget.").Should().BeEmpty();
    }

    [Fact]
    public void Armed_forces_named_by_their_adjectives_are_one_group_speaker()
    {
        var q = Reported("Northern Kurdish-led forces announced they had freed 40 hostages.").Should().ContainSingle().Subject;
        q.Speaker!.Name.Should().Be("Northern Kurdish-led forces");
        q.Speaker.Kind.Should().Be(SpeakerKind.Group);
    }
}
