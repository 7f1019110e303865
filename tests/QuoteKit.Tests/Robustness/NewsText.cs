using System.Text;

namespace QuoteKit.Tests.Robustness;

/// <summary>
/// Writes news-like English with the constructions QuoteKit handles: direct quotes with a cue before or after,
/// quotes interrupted by their attribution, partial quotes, reported speech, "according to", nested quotes,
/// quotes running over several paragraphs, scare quotes, pronouns and titles. The people, places and statements are
/// invented by the team. Deterministic for a given <see cref="Random"/> seed; shared by the robustness tests, the
/// benchmarks and the fuzzing seed corpus (linked as a source file).
/// </summary>
public static class NewsText
{
    private static readonly string[] FirstNames =
    [
        "Maria", "Tomas", "Helen", "Rafael", "Aiko", "Samuel", "Claire", "Viktor", "Nadia", "Peter",
        "Ingrid", "Kwame", "Lucia", "Dmitri", "Fatima", "Oliver", "Mei", "Jonas", "Amara", "Henrik",
    ];

    private static readonly string[] LastNames =
    [
        "Lindqvist", "Okafor", "Brandt", "Ortega", "Tanaka", "Adeyemi", "Dubois", "Hale", "Rahman", "Kowalski",
        "Moreau", "Mensah", "Ferreira", "Volkov", "Haddad", "Whitfield", "Chen", "Berg", "Nwosu", "Aalto",
    ];

    private static readonly string[] Titles =
    [
        "Finance Minister", "Prime Minister", "Mayor", "Senator", "Chief Executive", "President", "Governor",
        "Foreign Minister", "Health Secretary", "Police Chief", "Judge", "Ambassador", "Professor",
    ];

    private static readonly string[] Descriptions =
    [
        "the minister", "the mayor", "the senator", "the spokeswoman", "the spokesman", "the economist",
        "the former diplomat", "the union leader", "the company's founder", "the veteran lawmaker", "the analyst",
    ];

    private static readonly string[] Organizations =
    [
        "the Finance Ministry", "the city council", "Northgate Energy", "the Harbour Authority", "the central bank",
        "the transport union", "the Meridian Institute", "the regional court", "Alder & Finch", "the state broadcaster",
    ];

    private static readonly string[] Places =
    [
        "Lisbon", "the capital", "Rotterdam", "the northern provinces", "Nairobi", "the port city", "Osaka", "Valparaíso",
        "the border region", "Gdańsk",
    ];

    private static readonly string[] CuesAfter =
    [
        "said", "told reporters", "added", "said on Tuesday", "wrote in a statement", "told the committee",
        "insisted", "warned", "explained", "said in an interview", "noted", "argued", "recalled", "declared",
    ];

    private static readonly string[] CuesBefore = ["said", "told reporters", "added", "warned", "wrote", "insisted"];

    private static readonly string[] ReportingVerbs =
    [
        "said", "warned", "argued", "claimed", "announced", "insisted", "denied", "confirmed", "suggested", "admitted",
    ];

    private static readonly string[] Statements =
    [
        "We will not raise taxes this year", "The budget is balanced for the first time in a decade",
        "Nobody expected the bridge to close so soon", "This is a good day for the workers of this city",
        "We have asked for an independent inquiry", "Our priority is to keep the hospitals open",
        "I have never seen anything like it", "The numbers speak for themselves",
        "There is no plan to sell the company", "We are ready to talk, but not at any price",
        "The storm caught everyone off guard", "Prices will come down by the spring",
        "It was a mistake, and I take full responsibility", "The agreement protects jobs on both sides",
        "We need more teachers, not more forms", "The court's decision changes nothing for now",
        "Frankly, the trains have to run on time", "I don't think the vote will be close",
        "Our engineers found the fault within hours", "Let me be clear: the port stays public",
    ];

    private static readonly string[] Clauses =
    [
        "the government would review the decision", "the talks had stalled over pensions",
        "no one was hurt in the fire", "the factory would reopen next month", "the figures were misleading",
        "the council had acted within its powers", "more rain was expected over the weekend",
        "the merger would cost hundreds of jobs", "the report had been leaked to the press",
        "the ceasefire was holding", "the vaccine supply was sufficient",
    ];

    private static readonly string[] Background =
    [
        "The decision follows months of protests outside the parliament building.",
        "Shares in the company fell 4.2% in early trading on Monday.",
        "The bridge, built in 1932, carries about 40,000 vehicles a day.",
        "Officials did not give a date for the next round of talks.",
        "Turnout in the last election was the lowest since 1998.",
        "The U.S. and the E.U. have both called for restraint.",
        "Heavy snow closed three mountain passes overnight.",
        "Inflation rose to 3.1 per cent in March, official data showed.",
        "The hearing was adjourned until Thursday.",
        "Critics have called the plan unrealistic — and expensive.",
    ];

    private static readonly string[] ScareWords = ["reform", "efficiency savings", "temporary", "voluntary", "experts"];

    /// <summary>A full name such as "Helen Brandt".</summary>
    public static string Name(Random rng) => Pick(rng, FirstNames) + " " + Pick(rng, LastNames);

    /// <summary>One sentence of one of the supported constructions (or plain background text).</summary>
    public static string Sentence(Random rng)
    {
        string name = Name(rng);
        string last = name[(name.IndexOf(' ') + 1)..];
        string pronoun = rng.Next(2) == 0 ? "he" : "she";
        string statement = Pick(rng, Statements);
        return rng.Next(14) switch
        {
            0 => $"“{statement},” {name} {Pick(rng, CuesAfter)}.",
            1 => $"“{statement},” {Pick(rng, CuesAfter)} {Pick(rng, Titles)} {name}.",
            2 => $"{Pick(rng, Titles)} {name} {Pick(rng, CuesBefore)}: “{statement}.”",
            3 => $"“{statement},” {last} said, “{Lower(Pick(rng, Statements))}.”",
            4 => $"{name} {Pick(rng, ReportingVerbs)} that {Pick(rng, Clauses)}.",
            5 => $"According to {Pick(rng, Organizations)}, {Pick(rng, Clauses)}.",
            6 => $"{last}, {Pick(rng, Descriptions)[4..]} from {Pick(rng, Places)}, called the plan “{Lower(Pick(rng, Statements))}.”",
            7 => $"“{name} told me, ‘{statement}’,” {Pick(rng, Descriptions)} {Pick(rng, CuesAfter)}.",
            8 => $"{Capital(pronoun)} {Pick(rng, ReportingVerbs)} that {Pick(rng, Clauses)}, and added: “{statement}.”",
            9 => $"The so-called “{Pick(rng, ScareWords)}” has been criticised by {Pick(rng, Organizations)}.",
            10 => $"\"{statement},\" {Pick(rng, Descriptions)} {Pick(rng, CuesAfter)}.",
            11 => $"{Capital(Pick(rng, Organizations))} {Pick(rng, ReportingVerbs)} on Monday that {Pick(rng, Clauses)}.",
            12 => $"“{statement}.” {Capital(pronoun)} paused. “{Pick(rng, Statements)}.”",
            _ => Pick(rng, Background),
        };
    }

    /// <summary>A paragraph of one to four sentences; sometimes a quote that runs on into the next paragraph.</summary>
    public static string Paragraph(Random rng)
    {
        if (rng.Next(20) == 0)
        {
            // A quote continued over a paragraph break: the first paragraph has no closing mark.
            return $"“{Pick(rng, Statements)}. {Pick(rng, Statements)}.\n\n“{Pick(rng, Statements)},” {Name(rng)} said.";
        }

        int n = 1 + rng.Next(4);
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Sentence(rng));
        }

        return sb.ToString();
    }

    /// <summary>An article of at least <paramref name="minLength"/> characters: a headline and paragraphs separated by blank lines.</summary>
    public static string Article(Random rng, int minLength)
    {
        var sb = new StringBuilder(minLength + 1024);
        sb.Append(Pick(rng, Titles)).Append(' ').Append(Name(rng)).Append(" defends plan for ").Append(Pick(rng, Places)).Append("\n\n");
        while (sb.Length < minLength)
        {
            sb.Append(Paragraph(rng)).Append("\n\n");
        }

        return sb.ToString();
    }

    private static string Pick(Random rng, string[] items) => items[rng.Next(items.Length)];

    private static string Lower(string s) => s.Length > 1 && s[1] != ' ' && s[0] != 'I' ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
