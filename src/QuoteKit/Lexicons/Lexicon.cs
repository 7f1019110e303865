using System.Reflection;

namespace QuoteKit.Lexicons;

/// <summary>
/// The word lists QuoteKit reasons with, loaded once from embedded resources and shared, read-only, by every
/// extractor on every thread. Lookups are case-insensitive.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> DefaultInstance = new(() => Build(null), LazyThreadSafetyMode.ExecutionAndPublication);

    private Lexicon(
        WordMap<string> speechVerbs,
        WordMap<string> thoughtVerbs,
        WordSet titles,
        WordMap<bool> roleNouns,
        WordSet organizationRoleNouns,
        WordSet organizationNames,
        WordSet organizationHeads,
        WordMap<Gender> firstNames,
        WordSet nationalityNouns)
    {
        SpeechVerbs = speechVerbs;
        ThoughtVerbs = thoughtVerbs;
        Titles = titles;
        RoleNouns = roleNouns;
        OrganizationRoleNouns = organizationRoleNouns;
        OrganizationNames = organizationNames;
        OrganizationHeads = organizationHeads;
        FirstNames = firstNames;
        NationalityNouns = nationalityNouns;
    }

    public static Lexicon Default => DefaultInstance.Value;

    /// <summary>Inflected speech verb to its base form: said → say.</summary>
    public WordMap<string> SpeechVerbs { get; }

    /// <summary>Inflected verb of thought to its base form: believes → believe.</summary>
    public WordMap<string> ThoughtVerbs { get; }

    public WordSet Titles { get; }

    /// <summary>Role noun to whether it is plural: official → false, officials → true.</summary>
    public WordMap<bool> RoleNouns { get; }

    /// <summary>Role nouns that denote organisations: broadcaster, ministry.</summary>
    public WordSet OrganizationRoleNouns { get; }

    public WordSet OrganizationNames { get; }

    public WordSet OrganizationHeads { get; }

    public WordMap<Gender> FirstNames { get; }

    /// <summary>
    /// Nationality adjectives that also name a person when nothing follows them: "the Egyptian added", "the
    /// 31-year-old Brazilian said" (but "the Egyptian president", "American officials").
    /// </summary>
    public WordSet NationalityNouns { get; }

    /// <summary>The default lexicon extended by the user's options; the default itself when they add nothing.</summary>
    public static Lexicon For(QuoteKitOptions options) =>
        options.AdditionalCueVerbs.Count == 0 && options.AdditionalTitles.Count == 0 && options.AdditionalOrganizations.Count == 0
            ? Default
            : Build(options);

    private static Lexicon Build(QuoteKitOptions? options)
    {
        var speech = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("speech-verbs.txt"))
        {
            AddVerb(speech, line);
        }

        var thought = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("thought-verbs.txt"))
        {
            AddVerb(thought, line);
        }

        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("titles.txt"))
        {
            titles.Add(line.Trim());
        }

        var roles = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var orgRoles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var nationalities = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("role-nouns.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts[1].Contains('n'))
            {
                nationalities.Add(parts[0]);
                continue;
            }

            roles[parts[0]] = parts.Length > 1 && parts[1].Contains('p');
            if (parts.Length > 1 && parts[1].Contains('o'))
            {
                orgRoles.Add(parts[0]);
            }
        }

        var orgNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var orgHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("organizations.txt"))
        {
            if (line.StartsWith('='))
            {
                orgNames.Add(line[1..].Trim());
            }
            else
            {
                orgHeads.Add(line.Trim());
            }
        }

        var names = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("first-names.txt"))
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            names[line[..tab]] = line[(tab + 1)..].Trim() switch
            {
                "m" => Gender.Male,
                "f" => Gender.Female,
                _ => Gender.Unknown,
            };
        }

        if (options is not null)
        {
            foreach (var v in options.AdditionalCueVerbs)
            {
                AddVerb(speech, v);
            }

            foreach (var t in options.AdditionalTitles)
            {
                titles.Add(t.Trim().TrimEnd('.'));
            }

            foreach (var o in options.AdditionalOrganizations)
            {
                orgNames.Add(o.Trim());
            }
        }

        return new Lexicon(
            new(speech, StringComparer.OrdinalIgnoreCase),
            new(thought, StringComparer.OrdinalIgnoreCase),
            new(titles, StringComparer.OrdinalIgnoreCase),
            new(roles, StringComparer.OrdinalIgnoreCase),
            new(orgRoles, StringComparer.OrdinalIgnoreCase),
            new(orgNames, StringComparer.OrdinalIgnoreCase),
            new(orgHeads, StringComparer.OrdinalIgnoreCase),
            new(names, StringComparer.OrdinalIgnoreCase),
            new(nationalities, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Adds a verb line: the base form, its regular inflections, and any forms listed after it.</summary>
    private static void AddVerb(Dictionary<string, string> map, string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return;
        }

        // "condemn: condemned": only the forms listed after the base with a colon are cues, not the base nor its
        // regular inflections ("leaders should condemn …" reports nothing).
        bool listedOnly = parts[0].EndsWith(':');
        string b = (listedOnly ? parts[0][..^1] : parts[0]).ToLowerInvariant();
        if (!listedOnly)
        {
            map.TryAdd(b, b);
            foreach (var form in Inflect(b))
            {
                map.TryAdd(form, b);
            }
        }

        for (int i = 1; i < parts.Length; i++)
        {
            map[parts[i]] = b;
        }
    }

    private static IEnumerable<string> Inflect(string b)
    {
        bool endsE = b.EndsWith('e');
        bool endsY = b.EndsWith('y') && b.Length > 1 && !"aeiou".Contains(b[^2]);
        yield return endsY ? b[..^1] + "ies" : b.EndsWith('s') || b.EndsWith("sh") || b.EndsWith("ch") || b.EndsWith('x') ? b + "es" : b + "s";
        yield return endsE ? b + "d" : endsY ? b[..^1] + "ied" : b + "ed";
        yield return endsE && !b.EndsWith("ee") ? b[..^1] + "ing" : b + "ing";

        // Doubled final consonant for short CVC verbs: admit → admitted, commit, regret, plan.
        if (b.Length >= 3 && IsConsonant(b[^1]) && !"wxy".Contains(b[^1]) && !IsConsonant(b[^2]) && IsConsonant(b[^3]))
        {
            yield return b + b[^1] + "ed";
            yield return b + b[^1] + "ing";
        }
    }

    private static bool IsConsonant(char c) => !"aeiou".Contains(c);

    private static IEnumerable<string> Lines(string resource) => LexiconResource.Lines(resource);
}

/// <summary>Grammatical gender as far as the text lets QuoteKit tell.</summary>
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
    Neuter,
}
