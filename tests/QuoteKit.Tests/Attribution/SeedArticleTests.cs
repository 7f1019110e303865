using System.Text.Json;
using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Every quoted statement of the seed article against the team's gold reading (Fixtures/seed-gold.json).</summary>
public sealed class SeedArticleTests
{
    private static readonly string Text = Repository.SeedText;
    private static readonly QuoteExtractionResult Result = new QuoteExtractor().Extract(Text);

    public static TheoryData<string, string, string[]> Gold() => Load("quotes");

    public static TheoryData<string, string, string[]> Reported() => Load("reported");

    private static TheoryData<string, string, string[]> Load(string section)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-gold.json")));
        var data = new TheoryData<string, string, string[]>();
        foreach (var q in json.RootElement.GetProperty(section).EnumerateArray())
        {
            data.Add(q.GetProperty("starts").GetString()!, q.GetProperty("kind").GetString()!, q.GetProperty("speakers").EnumerateArray().Select(s => s.GetString()!).ToArray());
        }

        return data;
    }

    /// <summary>
    /// The quote that reports the quoted words starting with <paramref name="starts"/>: a direct or partial quote of
    /// their own, or the mixed quote they are a fragment of (then <c>Fragment</c> is true).
    /// </summary>
    private static (Quote Quote, bool Fragment) Find(string starts)
    {
        var own = Result.Quotes.Where(q => q.Kind is QuoteKind.Direct or QuoteKind.Partial && q.Text.StartsWith(starts, StringComparison.Ordinal)).ToList();
        var owners = Result.Quotes.Where(q => q.Fragments.Any(f => Text.AsSpan(f.Start, f.Length).StartsWith(starts, StringComparison.Ordinal))).ToList();
        (own.Count + owners.Count).Should().Be(1, $"the quoted words “{starts}…” are reported once");
        return own.Count == 1 ? (own[0], false) : (owners[0], true);
    }

    [Theory]
    [MemberData(nameof(Gold))]
    public void Every_seed_quote_has_the_right_speaker(string starts, string kind, string[] speakers)
    {
        _ = kind;
        var speaker = Find(starts).Quote.Speaker;
        speaker.Should().NotBeNull();
        if (speakers.Length == 1)
        {
            speaker!.Name.Should().Be(speakers[0]);
        }
        else
        {
            speaker!.Kind.Should().Be(SpeakerKind.Group);
            speaker.Members.Select(m => m.Name).Should().BeEquivalentTo(speakers);
        }
    }

    [Theory]
    [MemberData(nameof(Gold))]
    public void Every_seed_quote_has_the_right_kind(string starts, string kind, string[] speakers)
    {
        _ = speakers;
        var (quote, fragment) = Find(starts);
        if (fragment)
        {
            kind.Should().Be("partial", "only quoted words inside a reported clause are a mixed quote's fragment");
            quote.Kind.Should().Be(QuoteKind.Mixed);
        }
        else
        {
            quote.Kind.ToString().ToLowerInvariant().Should().Be(kind);
        }
    }

    [Theory]
    [MemberData(nameof(Reported))]
    public void Every_seed_reported_statement_has_its_kind_and_speaker(string starts, string kind, string[] speakers)
    {
        var quote = Result.Quotes.Where(q => q.Kind is QuoteKind.Indirect or QuoteKind.Mixed).Should()
            .ContainSingle(q => q.Text.StartsWith(starts, StringComparison.Ordinal), $"the reported statement “{starts}…” is found once").Subject;
        quote.Kind.ToString().ToLowerInvariant().Should().Be(kind);
        quote.Speaker!.Name.Should().Be(speakers.Single());
    }

    [Fact]
    public void The_seed_article_has_exactly_the_gold_quotes_inside_quotation_marks()
    {
        int own = Result.Quotes.Count(q => q.Kind is QuoteKind.Direct or QuoteKind.Partial);
        int fragments = Result.Quotes.Sum(q => q.Fragments.Count);
        (own + fragments).Should().Be(Gold().Count());
    }

    [Fact]
    public void Putin_is_one_speaker_with_his_aliases_and_descriptions()
    {
        var putin = Result.Speakers.Should().ContainSingle(s => s.Name == "Vladimir Putin").Subject;
        putin.Kind.Should().Be(SpeakerKind.Person);
        putin.Aliases.Should().Contain("Putin");
        putin.Descriptions.Should().Contain(["Russian leader", "Kremlin chief"]);
    }

    [Fact]
    public void CCTV_is_one_organisation_described_as_the_broadcaster()
    {
        var cctv = Result.Speakers.Should().ContainSingle(s => s.Name == "CCTV").Subject;
        cctv.Kind.Should().Be(SpeakerKind.Organization);
        cctv.Descriptions.Should().Contain("China’s state broadcaster");
    }

    [Fact]
    public void Seed_results_satisfy_the_invariants() => ResultInvariants.AssertHold(Text, Result);
}
