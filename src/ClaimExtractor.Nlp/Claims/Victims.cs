using System.Collections.Frozen;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The group of road users a toll is told apart by ("Pedestrian deaths dropped 5.4 percent to 7,318", "deaths of
/// cyclists rose", "7,318 pedestrians were killed"): their deaths are a part of all road deaths, so the group goes into
/// the metric key (<c>pedestrians:deaths.count</c>) and the checker never sets the one against the other. However an
/// outlet words the group ("bicyclist", "cyclists"), it is one.
/// </summary>
internal static class Victims
{
    private static readonly FrozenDictionary<string, string> Groups = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pedestrian"] = "pedestrians",
        ["pedestrians"] = "pedestrians",
        ["cyclist"] = "cyclists",
        ["cyclists"] = "cyclists",
        ["bicyclist"] = "cyclists",
        ["bicyclists"] = "cyclists",
        ["motorcyclist"] = "motorcyclists",
        ["motorcyclists"] = "motorcyclists",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByWord = Groups.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The group, in one spelling ("cyclists"); null for a toll of all road users.</summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric)
    {
        if (!Causes.TollConcepts.Contains(metric.Concept) || metric.ShareBaseKey is not null || metric.Key.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        // "7,318 pedestrians were killed"
        if (q.Quantity.Noun is { } noun && ByWord.TryGetValue(noun, out var counted))
        {
            return counted;
        }

        var (first, end) = facts.ClauseOf(q.FirstToken);
        for (int i = first; i < end; i++)
        {
            if (!ByWord.TryGetValue(doc.TokenText(i), out var group))
            {
                continue;
            }

            // "Pedestrian deaths", "pedestrian fatalities"; "deaths of cyclists", "deaths among bicyclists"
            if (doc.IsAny(i + 1, Causes.TollNouns) || ((doc.Is(i - 1, "of") || doc.Is(i - 1, "among")) && doc.IsAny(i - 2, Causes.TollNouns)))
            {
                return group;
            }
        }

        return null;
    }
}
