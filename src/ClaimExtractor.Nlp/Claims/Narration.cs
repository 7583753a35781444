using System.Collections.Frozen;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>How a figure's clause tells its time: a past event, which the story's period may then date, or a change over a quarter.</summary>
internal static class Narration
{
    // past forms that do not end in "-ed": "prices rose to £314,900", "the fair drew 90,000 visitors"; not ones that
    // are also present forms ("cut", "hit", "set", "put"), nor saying verbs ("said", "told"), which tell a report, not an
    // event, nor "paid", whose share of a programme's cost ("of which Germany paid 38%") is a running total, not an event
    private static readonly FrozenSet<string> IrregularPast = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "rose", "fell", "grew", "drew", "spent", "sold", "stood", "took", "made", "won", "lost", "saw", "came", "went",
        "became", "gave", "began", "brought", "bought", "shrank", "sank", "swung", "slid", "leapt", "broke", "built", "ran",
        "held", "kept", "sent", "struck", "flew", "fought", "stole", "left", "burnt", "sought", "met");

    /// <summary>
    /// A past-tense verb in the figure's clause ("left", "were cancelled", "attended", "rose to"), not a present passive
    /// ("is funded") or a perfect ("have been indicted").
    /// </summary>
    public static bool Narrates(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention)
    {
        var (cFirst, cEnd) = facts.ClauseOf(mention.FirstToken);
        for (int i = cFirst; i < cEnd; i++)
        {
            if (doc.Is(i, "will") || doc.Is(i, "would") || doc.Is(i, "may") || doc.Is(i, "could") || doc.Is(i, "has") || doc.Is(i, "have"))
            {
                return false;
            }
        }

        for (int i = cFirst; i < cEnd; i++)
        {
            var w = doc.TokenText(i);
            bool pastForm = doc.Is(i, "was") || doc.Is(i, "were") || doc.Is(i, "had") || doc.Is(i, "did") || doc.IsAny(i, IrregularPast)
                || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]));
            if (pastForm && !doc.Is(i - 1, "is") && !doc.Is(i - 1, "are") && !doc.Is(i - 1, "be") && !doc.Is(i - 1, "been") && !doc.Is(i - 1, "being"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the figure's clause measures over a quarter without naming which ("fell 0.4 per cent over the
    /// quarter", "the strongest quarterly growth"): "the third quarter" names one and is a period of its own.
    /// </summary>
    public static bool MeasuresOverAQuarter(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention)
    {
        var (cFirst, cEnd) = facts.ClauseOf(mention.FirstToken);
        for (int i = cFirst; i < cEnd; i++)
        {
            if (doc.Is(i, "quarterly") || doc.Is(i, "quarter-on-quarter") || (doc.Is(i, "quarter") && doc.Is(i - 1, "the") && (doc.Is(i - 2, "over") || doc.Is(i - 2, "in") || doc.Is(i - 2, "during"))))
            {
                return true;
            }
        }

        return false;
    }
}
