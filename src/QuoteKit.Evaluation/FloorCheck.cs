using System.Globalization;
using System.Text.Json;

namespace QuoteKit.Evaluation;

/// <summary>
/// Regression floors: a JSON object mapping figure names (as in <see cref="EvaluationReport.Figures"/>) to the
/// lowest acceptable value, e.g. <c>{"direct.f1@0.8": 0.12}</c>.
/// </summary>
public static class FloorCheck
{
    /// <summary>Reads floors from JSON.</summary>
    /// <exception cref="FormatException">The JSON is not an object of numbers.</exception>
    public static IReadOnlyDictionary<string, double> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("floors must be a JSON object of figure names to numbers");
            }

            var floors = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.Number)
                {
                    throw new FormatException($"floor \"{p.Name}\" is not a number");
                }

                floors[p.Name] = p.Value.GetDouble();
            }

            return floors;
        }
        catch (JsonException e)
        {
            throw new FormatException("floors are not valid JSON: " + e.Message, e);
        }
    }

    /// <summary>One line per figure below its floor (or unknown); empty when every floor holds.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyDictionary<string, double> figures, IReadOnlyDictionary<string, double> floors)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(floors);
        var violations = new List<string>();
        foreach (var (name, floor) in floors.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!figures.TryGetValue(name, out var value))
            {
                violations.Add($"{name}: no such figure (known: {string.Join(", ", figures.Keys)})");
            }
            else if (value < floor)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"{name} = {value:0.0000} is below its floor {floor:0.0000}"));
            }
        }

        return violations;
    }
}
