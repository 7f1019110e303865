using QuoteKit.Mentions;

namespace QuoteKit.Entities;

/// <summary>Turns the entities that speak into public <see cref="Speaker"/> objects, ids in order of first quote.</summary>
internal sealed class SpeakerBuilder
{
    private readonly List<Entity> _entities;
    private readonly Dictionary<int, Speaker> _speakers = [];
    private readonly List<Speaker> _ordered = [];

    public SpeakerBuilder(List<Entity> entities) => _entities = entities;

    public IReadOnlyList<Speaker> Speakers => _ordered;

    public Speaker Get(int entityId)
    {
        if (_speakers.TryGetValue(entityId, out var existing))
        {
            return existing;
        }

        var e = _entities[entityId];
        var members = new List<Speaker>(e.Members.Count);
        for (int i = 0; i < e.Members.Count; i++)
        {
            members.Add(Get(e.Members[i].Id));
        }

        string name = e.CanonicalName
            ?? (members.Count > 0 ? string.Join(" and ", members.Select(m => m.Name)) : null)
            ?? (e.Descriptions.Count > 0 ? e.Descriptions[0] : null)
            ?? e.FirstMention!.Head
            ?? "unknown";
        var aliases = new List<string>();
        for (int i = 0; i < e.Names.Count; i++)
        {
            var n = e.Names[i];
            if (!n.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                aliases.Add(n);
            }
        }

        // Descriptions without their determiner, other than the name, each once (ignoring case), in order.
        var descriptions = new List<string>();
        for (int i = 0; i < e.Descriptions.Count; i++)
        {
            var d = StripDeterminer(e.Descriptions[i]);
            if (d.Length > 0 && !d.Equals(name, StringComparison.OrdinalIgnoreCase) && !descriptions.ContainsIgnoreCase(d))
            {
                descriptions.Add(d);
            }
        }

        var kind = e.Members.Count > 0 ? SpeakerKind.Group : e.Type switch
        {
            EntityType.Person => SpeakerKind.Person,
            EntityType.Organization => SpeakerKind.Organization,
            EntityType.Group => SpeakerKind.Group,
            _ => SpeakerKind.Unknown,
        };
        var speaker = new Speaker("s" + (_ordered.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), name, kind, aliases, descriptions, members);
        _speakers[entityId] = speaker;
        _ordered.Add(speaker);
        return speaker;
    }

    /// <summary>A speaker known only by a phrase the mention finder did not recognise ("Twenty-four percent"): one per distinct phrase.</summary>
    public Speaker GetDescribed(string phrase)
    {
        var key = phrase.ToLowerInvariant();
        if (_described.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var speaker = new Speaker("s" + (_ordered.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StripDeterminer(phrase), SpeakerKind.Unknown, [], [], []);
        _described[key] = speaker;
        _ordered.Add(speaker);
        return speaker;
    }

    private readonly Dictionary<string, Speaker> _described = [];

    private static readonly string[] Determiners = ["the ", "a ", "an ", "The ", "A ", "An "];

    private static string StripDeterminer(string d)
    {
        foreach (var det in Determiners)
        {
            if (d.StartsWith(det, StringComparison.Ordinal))
            {
                return d[det.Length..];
            }
        }

        return d;
    }
}
