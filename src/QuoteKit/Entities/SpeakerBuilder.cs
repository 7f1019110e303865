using System.Buffers;
using QuoteKit.Mentions;

namespace QuoteKit.Entities;

/// <summary>
/// Turns the entities that speak into public <see cref="Speaker"/> objects, ids in order of first quote. One builder
/// per thread is reused from document to document (<see cref="Rent"/>, <see cref="Return"/>); the speakers and
/// the arrays it hands out belong to the result and are never touched again.
/// </summary>
internal sealed class SpeakerBuilder
{
    [ThreadStatic]
    private static SpeakerBuilder? t_spare;

    private List<Entity> _entities = [];

    // The speaker made for each entity id so far (rented for one document), and the speakers in order of first use.
    private Speaker?[] _speakers = [];
    private readonly List<Speaker> _ordered = [];

    private SpeakerBuilder()
    {
    }

    /// <summary>This thread's spare builder (or a new one) for the entities of one document.</summary>
    public static SpeakerBuilder Rent(List<Entity> entities)
    {
        var builder = t_spare ?? new SpeakerBuilder();
        t_spare = null;
        builder._entities = entities;
        builder._speakers = entities.Count == 0 ? [] : ArrayPool<Speaker?>.Shared.Rent(entities.Count);
        return builder;
    }

    /// <summary>Forgets the document and keeps the builder for the thread's next one.</summary>
    public void Return()
    {
        if (_speakers.Length > 0)
        {
            ArrayPool<Speaker?>.Shared.Return(_speakers, clearArray: true);
        }

        _speakers = [];
        _entities = [];
        _ordered.Clear();
        _described.Clear();
        _describedByHash.Clear();
        _unnamed.Clear();
        _describedKeyLength = 0;
        _scratch.Clear();
        if (_ordered.Capacity <= 1024 && _described.Capacity <= 1024 && _describedKeys.Length <= 1 << 16)
        {
            t_spare = this;
        }
    }

    /// <summary>The speakers made so far, in order of first use: a new array, for the result.</summary>
    public IReadOnlyList<Speaker> Speakers() => _ordered.Count == 0 ? [] : _ordered.ToArray();

    public Speaker Get(int entityId)
    {
        if (_speakers[entityId] is { } existing)
        {
            return existing;
        }

        var e = _entities[entityId];
        Speaker[] members = e.Members.Count == 0 ? [] : new Speaker[e.Members.Count];
        for (int i = 0; i < members.Length; i++)
        {
            members[i] = Get(e.Members[i].Id);
        }

        var canonical = e.CanonicalName;
        var full = canonical.IsNone ? default : EntityResolver.FullNameOf(canonical.Span, e.Descriptions);
        string name = !full.IsNone && !StripDeterminer(full.Span).IsEmpty ? MentionStrings.ForCurrentThread.Get(StripDeterminer(full.Span)) // "FAA" named in full before
            : !canonical.IsNone ? canonical.ToShared()
            : members.Length > 0 ? JoinedNames(members)
            : e.Descriptions.Count > 0 ? (e.Complement.IsNone ? e.Descriptions[0].ToShared() : WithComplement(e.Descriptions[0], e.Complement))
            : e.FirstMention!.Head ?? "unknown";
        var scratch = _scratch;
        scratch.Clear();
        for (int i = 0; i < e.Names.Count; i++)
        {
            var n = e.Names[i];
            if (!n.Span.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                scratch.Add(n.ToShared());
            }
        }

        string[] aliases = scratch.Count == 0 ? [] : scratch.ToArray();

        // Descriptions without their determiner, other than the name, each once (ignoring case), in order.
        scratch.Clear();
        for (int i = 0; i < e.Descriptions.Count; i++)
        {
            var d = StripDeterminer(e.Descriptions[i].Span);
            if (d.Length > 0 && !d.Equals(name, StringComparison.OrdinalIgnoreCase) && !scratch.ContainsIgnoreCase(d))
            {
                scratch.Add(MentionStrings.ForCurrentThread.Get(d));
            }
        }

        string[] descriptions = scratch.Count == 0 ? [] : scratch.ToArray();
        var kind = e.Members.Count > 0 ? SpeakerKind.Group : e.Type switch
        {
            EntityType.Person => SpeakerKind.Person,
            EntityType.Organization => SpeakerKind.Organization,
            EntityType.Group => SpeakerKind.Group,
            _ => SpeakerKind.Unknown,
        };
        var speaker = new Speaker(NextId(), name, kind, aliases, descriptions, members);
        _speakers[entityId] = speaker;
        _ordered.Add(speaker);
        return speaker;
    }

    /// <summary>A speaker known only by a phrase the mention finder did not recognise ("Twenty-four percent"): one per distinct phrase.</summary>
    public Speaker GetDescribed(ReadOnlySpan<char> phrase)
    {
        // Keyed by the phrase in invariant lower case, kept as chars in the builder's buffer (no string per key).
        Span<char> key = phrase.Length <= 128 ? stackalloc char[phrase.Length] : new char[phrase.Length];
        phrase.ToLowerInvariant(key);
        int hash = string.GetHashCode(key);
        int latest = _describedByHash.TryGetValue(hash, out int at) ? at : -1;
        for (int i = latest; i >= 0; i = _described[i].Previous)
        {
            var d = _described[i];
            if (key.SequenceEqual(_describedKeys.AsSpan(d.KeyStart, d.KeyLength)))
            {
                return d.Speaker;
            }
        }

        var speaker = new Speaker(NextId(), MentionStrings.ForCurrentThread.Get(StripDeterminer(phrase)), SpeakerKind.Unknown, [], [], []);
        if (_describedKeys.Length - _describedKeyLength < key.Length)
        {
            Array.Resize(ref _describedKeys, Math.Max(2 * _describedKeys.Length, _describedKeyLength + key.Length));
        }

        key.CopyTo(_describedKeys.AsSpan(_describedKeyLength));
        _described.Add(new Described(_describedKeyLength, key.Length, latest, speaker));
        _describedKeyLength += key.Length;
        _describedByHash[hash] = _described.Count - 1;
        _ordered.Add(speaker);
        return speaker;
    }

    /// <summary>A speaker known by a phrase: where its lower-case key sits in the key buffer, and the entry before it with the same hash (or -1).</summary>
    private readonly record struct Described(int KeyStart, int KeyLength, int Previous, Speaker Speaker);

    // The described speakers of the document, their keys' chars one after another, and the latest entry for each key hash.
    private readonly List<Described> _described = [];
    private char[] _describedKeys = new char[256];
    private int _describedKeyLength;
    private readonly Dictionary<int, int> _describedByHash = [];

    /// <summary>Room for a speaker's aliases, then its descriptions, while they are chosen; the speaker keeps a copy.</summary>
    private readonly List<string> _scratch = [];

    // The speakers known only by words no entity stands for (an indefinite pronoun, a description no mention reads), by
    // the words' start: each such mention is its own person.
    private readonly Dictionary<int, Speaker> _unnamed = [];

    /// <summary>
    /// The speaker of the words at <paramref name="span"/> in <paramref name="text"/> that name no one ("Another said",
    /// "the bespectacled, 71-year-old diplomat said"): a new speaker for each mention, the same one for every quote that
    /// mention speaks.
    /// </summary>
    public Speaker GetUnnamed(string text, TextSpan span)
    {
        if (!_unnamed.TryGetValue(span.Start, out var speaker))
        {
            speaker = new Speaker(NextId(), MentionStrings.ForCurrentThread.Get(StripDeterminer(text.AsSpan(span.Start, span.Length))), SpeakerKind.Unknown, [], [], []);
            _unnamed.Add(span.Start, speaker);
            _ordered.Add(speaker);
        }

        return speaker;
    }

    /// <summary>Ids of the first speakers of a document ("s1" to "s64"), the same strings for every document.</summary>
    private static readonly string[] CommonIds = Enumerable.Range(1, 64).Select(static i => "s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The id of the next speaker: <c>s1</c>, <c>s2</c>, ...</summary>
    private string NextId() => _ordered.Count < CommonIds.Length
        ? CommonIds[_ordered.Count]
        : "s" + (_ordered.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A group's name from its members' names: "Putin and Xi".</summary>
    private static string JoinedNames(Speaker[] members)
    {
        // Joined in a buffer and taken from the shared strings: a group named again ("Putin and Xi") makes no string.
        // Commas between the names and "and" before the last: "Clinton, Sanders and O'Malley".
        const string And = " and ";
        const string Comma = ", ";
        int length = members.Length < 2 ? 0 : And.Length + (Comma.Length * (members.Length - 2));
        foreach (var m in members)
        {
            length += m.Name.Length;
        }

        Span<char> joined = length <= 256 ? stackalloc char[length] : new char[length];
        int at = 0;
        for (int i = 0; i < members.Length; i++)
        {
            if (i > 0)
            {
                var separator = i == members.Length - 1 ? And : Comma;
                separator.CopyTo(joined[at..]);
                at += separator.Length;
            }

            members[i].Name.CopyTo(joined[at..]);
            at += members[i].Name.Length;
        }

        return MentionStrings.ForCurrentThread.Get(joined);
    }

    private static readonly string[] Determiners = ["the ", "a ", "an ", "The ", "A ", "An "];

    /// <summary>A description and what its role is of: "head of the International Monetary Fund".</summary>
    private static string WithComplement(MentionText description, MentionText complement)
    {
        int length = description.Length + 1 + complement.Length;
        Span<char> composed = length <= 256 ? stackalloc char[length] : new char[length];
        description.Span.CopyTo(composed);
        composed[description.Length] = ' ';
        complement.Span.CopyTo(composed[(description.Length + 1)..]);
        return MentionStrings.ForCurrentThread.Get(composed);
    }

    private static ReadOnlySpan<char> StripDeterminer(ReadOnlySpan<char> d)
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
