using System.Collections.Frozen;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// Picks a claim's subject: the counted group itself ("Fourteen North Koreans"); else the first mention in the
/// quantity's clause before it that is not inside a prepositional phrase (the clause's subject); else the agent
/// after it ("by North Korean groups"); else the victim ("stolen from DMM Bitcoin"); else the nearest mention.
/// Mentions inside the attribution ("Chainalysis said") and inside quantities never count.
/// </summary>
internal static class SubjectFinder
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "in", "from", "to", "for", "with", "at", "on", "than", "between", "against", "into", "about", "like", "by",
        "as", "over", "under", "after", "before", "since", "during", "among", "via", "toward", "towards", "amid");

    public static (EntityRef? Subject, SubjectRole Role) Find(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, IReadOnlyList<QuantityMention> quantities)
    {
        var candidates = facts.Mentions.Where(m => !quantities.Any(x => x.Quantity.Span.Overlaps(m.Span)) || m.Span.Start >= q.Quantity.Span.End).ToList();
        if (candidates.Count == 0)
        {
            return (null, SubjectRole.Actor);
        }

        // "Fourteen North Koreans": the group counted is the subject
        var counted = candidates.FirstOrDefault(m => m.Span.Start == (q.EndToken < doc.Tokens.Count ? doc.Tokens[q.EndToken].Start : -1));
        if (q.Form == QuantityForm.Count && counted is not null)
        {
            return (counted.Entity, SubjectRole.Actor);
        }

        var (first, end) = facts.ClauseOf(q.FirstToken);
        int clauseStart = doc.Tokens[first].Start, clauseEnd = doc.Tokens[end - 1].End;
        int qStart = doc.Tokens[q.QualifierFirstToken].Start;
        foreach (var m in candidates)
        {
            if (m.Span.Start >= clauseStart && m.Span.End <= qStart && !AfterPreposition(doc, m))
            {
                return (m.Entity, SubjectRole.Actor);
            }
        }

        foreach (var m in candidates)
        {
            if (m.Span.Start >= q.Quantity.Span.End && m.Span.End <= clauseEnd && PrepositionBefore(doc, m) is "by")
            {
                return (m.Entity, SubjectRole.Actor);
            }
        }

        var victim = candidates.Where(m => m.Span.Start >= q.Quantity.Span.End && m.Span.End <= clauseEnd && FromPhrase(doc, m, q)).ToList();
        if (victim.Count > 0)
        {
            var named = victim.LastOrDefault(m => m.Kind == MentionKind.Name) ?? victim[^1];
            return (named.Entity, SubjectRole.Victim);
        }

        var nearest = candidates.MinBy(m => Math.Min(Math.Abs(m.Span.Start - q.Quantity.Span.End), Math.Abs(qStart - m.Span.End)) + (m.Entity.Type == EntityType.Person ? 40 : 0));
        return (nearest?.Entity, SubjectRole.Actor);
    }

    private static bool AfterPreposition(AnalyzedDocument doc, EntityMention m) => PrepositionBefore(doc, m) is not null;

    private static string? PrepositionBefore(AnalyzedDocument doc, EntityMention m)
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

    // "stolen from X", "theft of ... from X": X is the victim; the words between must not leave the phrase.
    private static bool FromPhrase(AnalyzedDocument doc, EntityMention m, QuantityMention q)
    {
        int t = TokenAt(doc, m.Span.Start) - 1;
        for (int steps = 0; t >= q.EndToken && steps < 6; steps++, t--)
        {
            if (doc.Is(t, "from"))
            {
                return true;
            }

            if (doc.TokenText(t) is "," or ";")
            {
                return false;
            }
        }

        return false;
    }

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
