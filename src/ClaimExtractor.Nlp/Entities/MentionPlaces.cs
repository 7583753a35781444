using System.Collections.Frozen;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>Where a mention stands in its sentence: the token at an offset, the preposition that governs a mention.</summary>
internal static class MentionPlaces
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "in", "from", "to", "for", "with", "at", "on", "than", "between", "against", "into", "about", "like", "by",
        "as", "over", "under", "after", "before", "since", "during", "among", "via", "toward", "towards", "amid");

    /// <summary>The preposition before a mention (past "the", "a", "an"), lower case, or null: "in" for "in the United States".</summary>
    public static string? PrepositionBefore(AnalyzedDocument doc, EntityMention m)
    {
        int t = TokenAt(doc, m.Span.Start) - 1;
        while (t >= 0 && (doc.Is(t, "the") || doc.Is(t, "a") || doc.Is(t, "an")))
        {
            t--;
        }

        if (t < 0)
        {
            return null;
        }

        var text = doc.TokenText(t).ToString();
        return Prepositions.Contains(text) ? text.ToLowerInvariant() : null;
    }

    /// <summary>The index of the token holding <paramref name="offset"/>.</summary>
    public static int TokenAt(AnalyzedDocument doc, int offset)
    {
        int lo = 0, hi = doc.Tokens.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (doc.Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
