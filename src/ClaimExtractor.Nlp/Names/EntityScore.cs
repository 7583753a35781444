using System.Globalization;
using ClaimExtractor.Nlp.Corpora;

namespace ClaimExtractor.Nlp.Names;

/// <summary>Entity-level precision, recall and F1 (a name counts when its span and type both match), per type and overall.</summary>
public sealed class EntityScore
{
    private readonly Dictionary<string, (int Gold, int Found, int Right)> counts = new(StringComparer.Ordinal);

    /// <summary>The types seen, in order.</summary>
    public IEnumerable<string> Types => counts.Keys.Order(StringComparer.Ordinal);

    /// <summary>Adds one sentence's gold and predicted BIO labels.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var expected = EntityLabels.Spans(gold);
        var found = EntityLabels.Spans(predicted);
        foreach (var span in expected)
        {
            Bump(span.Type, gold: 1, found: 0, right: found.Contains(span) ? 1 : 0);
        }

        foreach (var span in found)
        {
            Bump(span.Type, gold: 0, found: 1, right: 0);
        }
    }

    /// <summary>Precision, recall and F1 for <paramref name="type"/>, or over every type when null.</summary>
    public (double Precision, double Recall, double F1) Of(string? type)
    {
        var (gold, found, right) = type is null
            ? counts.Values.Aggregate((0, 0, 0), (a, c) => (a.Item1 + c.Gold, a.Item2 + c.Found, a.Item3 + c.Right))
            : counts.GetValueOrDefault(type);
        double precision = found == 0 ? 0 : (double)right / found;
        double recall = gold == 0 ? 0 : (double)right / gold;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>One line per type and one for all: "PER P 0.912 R 0.901 F1 0.906 (gold 512)".</summary>
    public string Report()
    {
        var lines = Types.Select(t => Line(t, t, counts[t].Gold)).Append(Line("all", null, counts.Values.Sum(c => c.Gold)));
        return string.Join('\n', lines);
    }

    private string Line(string name, string? type, int gold)
    {
        var (p, r, f) = Of(type);
        return string.Create(CultureInfo.InvariantCulture, $"{name} P {p:0.000} R {r:0.000} F1 {f:0.000} (gold {gold})");
    }

    private void Bump(string type, int gold, int found, int right)
    {
        var c = counts.GetValueOrDefault(type);
        counts[type] = (c.Gold + gold, c.Found + found, c.Right + right);
    }
}
