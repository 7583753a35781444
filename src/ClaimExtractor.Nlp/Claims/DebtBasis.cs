using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// Whether a deal's value counts the debt the buyer takes on ("for about $36 billion including debt", "Including debt, the
/// deal is worth $35.9 billion") or leaves it out ("nearly $30 billion, excluding debt"): the two are different measures
/// of one deal, so the basis goes into the metric key (<c>with debt:deal_value.value</c>) and the checker never sets
/// the one against the other. A value that names no basis stays unmarked.
/// </summary>
internal static class DebtBasis
{
    private static readonly HashSet<string> Concepts = new(StringComparer.Ordinal) { "deal_value", "valuation" };

    private static readonly WordSet Including = WordSet.Create(StringComparer.OrdinalIgnoreCase, "including", "with", "plus");

    private static readonly WordSet Excluding = WordSet.Create(StringComparer.OrdinalIgnoreCase, "excluding", "without", "before");

    private static readonly WordSet DebtModifiers = WordSet.Create(StringComparer.OrdinalIgnoreCase, "net", "its", "assumed", "the");

    /// <summary>"with debt" or "without debt" by the basis phrase nearest the figure in its sentence; null when none.</summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric)
    {
        if (!Concepts.Contains(metric.Concept) || metric.ShareBaseKey is not null || metric.ChangeLevelKey is not null)
        {
            return null;
        }

        string? basis = null;
        int nearest = int.MaxValue;
        for (int i = facts.Sentence.FirstToken; i < facts.Sentence.EndToken; i++)
        {
            int debt = doc.IsAny(i + 1, DebtModifiers) ? i + 2 : i + 1;
            if (!doc.Is(debt, "debt") || !(doc.IsAny(i, Including) || doc.IsAny(i, Excluding)))
            {
                continue;
            }

            int distance = i >= q.EndToken ? i - q.EndToken : q.FirstToken - debt;
            if (distance < nearest)
            {
                nearest = distance;
                basis = doc.IsAny(i, Including) ? "with debt" : "without debt";
            }
        }

        return basis;
    }
}
