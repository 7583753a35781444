using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The cause a toll is told apart by ("Cocaine-related deaths fell by about a fifth", "alcohol-linked deaths", "deaths
/// involving fentanyl"): deaths of one cause are a part of all deaths, so the cause goes into the metric key
/// (<c>cocaine:deaths.count</c>) and the checker never sets the one against the other. Only a cause the wording sets
/// apart counts: "overdose deaths" in an overdose story are all its deaths.
/// </summary>
internal static class Causes
{
    /// <summary>The concepts of a toll: deaths and injuries.</summary>
    public static readonly HashSet<string> TollConcepts = new(StringComparer.Ordinal) { "deaths", "injured" };

    /// <summary>The nouns of a toll: "deaths", "fatalities", "injuries".</summary>
    public static readonly WordSet TollNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "deaths", "death", "fatalities", "injuries", "overdoses", "hospitalizations", "hospitalisations");

    private static readonly WordSet CauseLinks = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "related", "linked", "involved", "induced", "caused", "associated");

    /// <summary>The cause, lower-cased ("cocaine"); null for a toll of every cause.</summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric)
    {
        if (!TollConcepts.Contains(metric.Concept) || metric.ShareBaseKey is not null || metric.Key.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var (first, end) = facts.ClauseOf(q.FirstToken);
        for (int i = first; i < end; i++)
        {
            if (!doc.IsAny(i, TollNouns))
            {
                continue;
            }

            // "Cocaine-related deaths"
            if (i - 3 >= first && doc.IsAny(i - 1, CauseLinks) && doc.TokenText(i - 2) is "-" && doc.Tokens[i - 2].Start == doc.Tokens[i - 3].End
                && doc.Tokens[i - 3].Kind == TokenKind.Word)
            {
                return doc.TokenText(i - 3).ToString().ToLowerInvariant();
            }

            // "deaths involving fentanyl"
            if (doc.Is(i + 1, "involving") && i + 2 < end && doc.Tokens[i + 2].Kind == TokenKind.Word && !doc.IsAny(i + 2, Lexicon.FunctionWords))
            {
                return doc.TokenText(i + 2).ToString().ToLowerInvariant();
            }
        }

        return null;
    }
}
