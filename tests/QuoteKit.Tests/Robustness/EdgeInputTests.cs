using FluentAssertions.Execution;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Robustness;

/// <summary>Issue 9: hand-picked inputs at the edges of the text model each give a valid result.</summary>
public sealed class EdgeInputTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static readonly QuoteExtractor EverythingOn = new(new QuoteKitOptions
    {
        IncludeNonSpeechQuotes = true,
        IncludeThoughtVerbs = true,
        RecognizeHtmlEntities = true,
        IncludeTrace = true,
    });

    public static TheoryData<string, string> Inputs => new()
    {
        { "one space", " " },
        { "only line breaks", "\r\n\n\r\u2028\u2029\u0085" },
        { "a lone opening mark", "“" },
        { "a lone closing mark", "”" },
        { "a lone straight quote", "\"" },
        { "two straight quotes", "\"\"" },
        { "empty curly quote", "“”" },
        { "marks only", "“”‘’\"'«»„「」``''" },
        { "closing before opening", "” she said “" },
        { "quote at the very end", "She said “yes" },
        { "quote across CRLF", "“We will\r\nwin,” he said." },
        { "quote across U+2028", "“We will\u2028win,” he said." },
        { "quote across a blank line", "“We will\n\nwin,” he said." },
        { "lone high surrogate inside a quote", "“abc\uD83D,” he said." },
        { "lone low surrogate at the start", "\uDE00“abc,” he said." },
        { "surrogate pair at the quote's edge", "“😀,” he said “😀”." },
        { "combining mark after a mark", "“\u0301abc\u0301,” she said." },
        { "right-to-left override", "\u202E“قال,” he said.\u202C" },
        { "Hebrew quote with gershayim", "הוא אמר: ״שלום״." },
        { "zero-width characters around the cue", "“We agree,”\u200B\u200Dsaid\u2060 Helen Brandt." },
        { "BOM first", "\uFEFF“We agree,” said Helen Brandt." },
        { "NUL characters", "\0“We\0agree,”\0said\0Brandt.\0" },
        { "C1 controls", "\u0085\u0090“We agree,” said\u009C Brandt." },
        { "non-breaking spaces", "“We\u00A0agree,”\u00A0said\u202FHelen\u00A0Brandt." },
        { "HTML entities", "&ldquo;We agree,&rdquo; said Helen Brandt. &quot;No,&quot; she added." },
        { "guillemets with spaces", "« Nous sommes prêts », a déclaré le ministre." },
        { "German low-high marks", "„Wir sind bereit“, sagte die Ministerin." },
        { "CJK corner brackets", "大臣は「準備はできている」と述べた。" },
        { "typewriter quotes", "``We are ready,'' the minister said." },
        { "nested to depth three", "“He said ‘she said “no” to me’ twice,” Brandt said." },
        { "cue with no quote", "said told according to he she they" },
        { "only a pronoun and a cue", "He said." },
        { "apostrophes everywhere", "'Tis the workers' union's 'plan', isn't it, ma'am'" },
        { "U.S. initials before a quote", "The U.S. said: “No.”" },
        { "a period-only paragraph", ".\n\n.\n\n.\n\n“.”" },
        { "unpaired quote then a good one", "“Open. \n\n“We agree,” said Helen Brandt." },
        { "Turkish dotted capital I", "“İyi,” dedi İlhan." },
        { "Kelvin sign and ligatures", "“ﬁne,” said \u212Aelvin." },
        { "tab separated", "“We\tagree,”\tsaid\tBrandt." },
        { "emoji family name", "“Hi,” said 👩‍👩‍👧." },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Edge_input_gives_a_result_that_satisfies_the_invariants(string name, string text)
    {
        using var scope = new AssertionScope(name);
        var result = Extractor.Extract(text);
        ResultInvariants.AssertHold(text, result, new QuoteKitOptions());
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Edge_input_with_every_option_on_satisfies_the_invariants(string name, string text)
    {
        using var scope = new AssertionScope(name);
        var result = EverythingOn.Extract(text);
        ResultInvariants.AssertHold(text, result);
    }
}
