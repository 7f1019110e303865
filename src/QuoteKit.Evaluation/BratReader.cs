using System.Globalization;

namespace QuoteKit.Evaluation;

/// <summary>
/// Reads brat standoff annotation files (<c>.ann</c>) and turns their attribution events into
/// <see cref="GoldAttribution"/>s with UTF-16 offsets.
/// </summary>
public static class BratReader
{
    /// <summary>
    /// Parses the text-bound (<c>T</c>) and event (<c>E</c>) lines of an <c>.ann</c> file. Notes, attributes,
    /// relations, comments and the continuation lines of annotations whose text spans several lines are skipped.
    /// </summary>
    /// <exception cref="FormatException">A <c>T</c> or <c>E</c> line is malformed (the message gives the line number).</exception>
    public static BratAnnotations Parse(string ann)
    {
        ArgumentNullException.ThrowIfNull(ann);
        var textBounds = new Dictionary<string, BratTextBound>(StringComparer.Ordinal);
        var events = new List<BratEvent>();
        var lines = ann.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            int tab = line.IndexOf('\t');
            if (tab < 2 || !IsAnnotationId(line.AsSpan(0, tab)))
            {
                continue;
            }

            var id = line[..tab];
            var fields = line[(tab + 1)..].Split('\t', 2);
            try
            {
                if (id[0] == 'T')
                {
                    var tb = ParseTextBound(id, fields[0], fields.Length > 1 ? fields[1] : "");
                    textBounds[id] = tb;
                }
                else if (id[0] == 'E')
                {
                    events.Add(ParseEvent(id, fields[0]));
                }
            }
            catch (FormatException e)
            {
                throw new FormatException($"line {n + 1}: {e.Message}", e);
            }
        }

        return new BratAnnotations(textBounds, events);
    }

    /// <summary>
    /// The attributions of an <c>.ann</c> file over <paramref name="text"/>: one per event that has a content role
    /// (<c>Content</c>, <c>Content2</c>, ... all joined), with its <c>Source*</c> and <c>Cue*</c> roles, offsets
    /// converted from code points to UTF-16, in order of content start.
    /// </summary>
    /// <exception cref="FormatException">The file is malformed, an event names an unknown annotation, or an offset lies outside the text.</exception>
    public static IReadOnlyList<GoldAttribution> ReadAttributions(string ann, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parsed = Parse(ann);
        var index = new CodePointIndex(text);
        var result = new List<GoldAttribution>();
        foreach (var ev in parsed.Events)
        {
            var content = new List<TextSpan>();
            var source = new List<TextSpan>();
            var cue = new List<TextSpan>();
            foreach (var arg in ev.Arguments)
            {
                var target = RoleName(arg.Role) switch
                {
                    "Content" => content,
                    "Source" => source,
                    "Cue" => cue,
                    _ => null,
                };
                if (target is null)
                {
                    continue;
                }

                if (!parsed.TextBounds.TryGetValue(arg.Id, out var tb))
                {
                    throw new FormatException($"event {ev.Id} names {arg.Id}, which is not in the file");
                }

                foreach (var f in tb.Fragments)
                {
                    if (f.End > index.CodePointCount)
                    {
                        throw new FormatException($"{tb.Id} ends at code point {f.End}, past the end of the text ({index.CodePointCount})");
                    }

                    target.Add(new TextSpan(index.ToUtf16(f.Start), index.ToUtf16(f.End)));
                }
            }

            var contentSet = SpanSet.Normalize(content);
            if (contentSet.Count == 0)
            {
                continue;
            }

            result.Add(new GoldAttribution(
                ev.Id,
                contentSet,
                SpanSet.Normalize(source),
                SpanSet.Normalize(cue),
                QuotationMarks.EnclosesContent(text, contentSet)));
        }

        // Stable: annotations with the same start keep file order.
        return result.OrderBy(g => g.Start).ThenBy(g => g.End).ToList();
    }

    private static bool IsAnnotationId(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || !char.IsAsciiLetterUpper(s[0]))
        {
            return false;
        }

        foreach (var c in s[1..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static BratTextBound ParseTextBound(string id, string typeAndOffsets, string text)
    {
        int space = typeAndOffsets.IndexOf(' ');
        if (space <= 0)
        {
            throw new FormatException($"{id}: expected \"TYPE START END\", found \"{typeAndOffsets}\"");
        }

        var fragments = new List<BratFragment>();
        foreach (var piece in typeAndOffsets[(space + 1)..].Split(';'))
        {
            var bounds = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end < start)
            {
                throw new FormatException($"{id}: bad offsets \"{piece}\"");
            }

            fragments.Add(new BratFragment(start, end));
        }

        return new BratTextBound(id, typeAndOffsets[..space], fragments, text);
    }

    private static BratEvent ParseEvent(string id, string body)
    {
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return new BratEvent(id, "", null, []);
        }

        var (type, trigger) = SplitRole(id, parts[0]);
        var args = new List<BratArgument>(parts.Length - 1);
        foreach (var p in parts.Skip(1))
        {
            var (role, target) = SplitRole(id, p);
            args.Add(new BratArgument(role, target));
        }

        return new BratEvent(id, type, trigger.Length == 0 ? null : trigger, args);
    }

    private static (string Role, string Id) SplitRole(string id, string pair)
    {
        int colon = pair.IndexOf(':');
        if (colon <= 0)
        {
            throw new FormatException($"{id}: expected ROLE:ID, found \"{pair}\"");
        }

        return (pair[..colon], pair[(colon + 1)..]);
    }

    // brat numbers repeated roles: Content, Content2, Content3 ...
    private static string RoleName(string role) => role.TrimEnd("0123456789".ToCharArray());
}
