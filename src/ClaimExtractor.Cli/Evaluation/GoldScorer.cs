using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Cli.Evaluation;

/// <summary>
/// Scores a run against a gold set as GOLD-FORMAT.md says: a prediction matches a gold claim in the same document
/// when its span overlaps the gold quote (case-insensitive, first occurrence from the sentence's start), the units
/// agree and the values agree within 0.5%; a flag matches when its two claims match a gold pair's, in either order.
/// </summary>
public static class GoldScorer
{
    private const decimal ValueTolerance = 0.005m;

    /// <summary>Scores one cluster's predictions.</summary>
    public static ClusterScore Score(GoldSet gold, string cluster, IReadOnlyList<DocumentRecord> documents,
        IReadOnlyList<StoredClaim> claims, IReadOnlyList<ContradictionRecord> contradictions, Func<string, string?> resolveName)
    {
        var misses = new List<string>();
        var matched = MatchClaims(gold, documents, claims, misses);
        var goldOf = matched.ToDictionary(m => m.Value.Id, m => m.Key);

        int subjectRight = 0, periodRight = 0;
        var frameMisses = new List<FrameMiss>();
        foreach (var (goldId, predicted) in matched)
        {
            var g = gold.Claims.First(c => c.Id == goldId);
            bool subjectAgrees = SubjectAgrees(g, predicted.Claim, resolveName);
            string? period = predicted.Claim.Period?.Label;
            bool periodAgrees = string.Equals(g.Period, period, StringComparison.Ordinal);
            subjectRight += subjectAgrees ? 1 : 0;
            periodRight += periodAgrees ? 1 : 0;
            if (!subjectAgrees || !periodAgrees)
            {
                var miss = new FrameMiss(g.Doc, g.Id, g.Quote, predicted.SentenceText,
                    subjectAgrees ? null : (g.Subject, predicted.Claim.Subject?.Name),
                    periodAgrees ? null : (g.Period, period));
                frameMisses.Add(miss);
                misses.Add(miss.ToString());
            }
        }

        var flags = contradictions.Where(c => c.Contradiction.Kind != ContradictionKind.Update).ToList();
        int predictedFlags = 0, rightFlags = 0;
        var trapsHit = new HashSet<GoldPair>();
        foreach (var flag in flags)
        {
            var pair = (goldOf.GetValueOrDefault(flag.A.Id), goldOf.GetValueOrDefault(flag.B.Id));
            if (Find(gold.AmbiguousPairs, pair) is not null)
            {
                continue;
            }

            predictedFlags++;
            if (Find(gold.Contradictions, pair) is not null)
            {
                rightFlags++;
                continue;
            }

            if (Find(gold.ConsistentPairs, pair) is { } trap)
            {
                trapsHit.Add(trap);
            }

            misses.Add($"{cluster}: wrong flag {flag.Contradiction.Kind.ToName()} {flag.A.Claim.Quote} ~ {flag.B.Claim.Quote}");
        }

        int goldFlagsFound = gold.Contradictions.Count(g => flags.Any(f =>
            Same(g, (goldOf.GetValueOrDefault(f.A.Id), goldOf.GetValueOrDefault(f.B.Id)))));
        misses.AddRange(gold.Contradictions
            .Where(g => !flags.Any(f => Same(g, (goldOf.GetValueOrDefault(f.A.Id), goldOf.GetValueOrDefault(f.B.Id)))))
            .Select(g => $"{cluster}: missed contradiction {g.A} ~ {g.B}: {Side(matched, g.A)} ~ {Side(matched, g.B)}"));

        return new ClusterScore(
            cluster,
            new Score(matched.Count, claims.Count, gold.Claims.Count),
            new Score(Math.Min(rightFlags, goldFlagsFound), predictedFlags, gold.Contradictions.Count),
            new Rate(subjectRight, matched.Count),
            new Rate(periodRight, matched.Count),
            new Rate(trapsHit.Count, gold.ConsistentPairs.Count),
            misses,
            frameMisses);
    }

    // What the run made of one side of a missed pair, so a reader sees which key part kept them apart.
    private static string Side(Dictionary<string, StoredClaim> matched, string goldId) =>
        matched.TryGetValue(goldId, out var claim) ? $"'{claim.Claim.Quote}' [{claim.Claim.Key.Value}]" : "(not extracted)";

    private static Dictionary<string, StoredClaim> MatchClaims(GoldSet gold, IReadOnlyList<DocumentRecord> documents,
        IReadOnlyList<StoredClaim> claims, List<string> misses)
    {
        var matched = new Dictionary<string, StoredClaim>(StringComparer.Ordinal);
        var used = new HashSet<ClaimId>();
        foreach (var g in gold.Claims)
        {
            var document = documents.FirstOrDefault(d => SameFile(d.Source, g.Doc));
            if (document is null || Locate(document.Text, g) is not { } span)
            {
                misses.Add($"gold claim {g.Id}: '{g.Quote}' not found in {g.Doc}");
                continue;
            }

            var best = claims
                .Where(c => c.Document.Id == document.Id && !used.Contains(c.Id))
                .Where(c => c.Claim.Quantity.Span.Start < span.End && span.Start < c.Claim.Quantity.Span.End)
                .Where(c => UnitAgrees(g, c.Claim) && ValueAgrees(g, c.Claim))
                .OrderByDescending(c => Math.Min(span.End, c.Claim.Quantity.Span.End) - Math.Max(span.Start, c.Claim.Quantity.Span.Start))
                .FirstOrDefault();
            if (best is null)
            {
                misses.Add($"{g.Doc}: missed claim {g.Id} '{g.Quote}' ({g.Unit})");
                continue;
            }

            used.Add(best.Id);
            matched[g.Id] = best;
        }

        return matched;
    }

    // gold start when given; else the first case-insensitive occurrence at or after the sentence's start.
    private static (int Start, int End)? Locate(string text, GoldClaim g)
    {
        if (g.Start is { } start && start + g.Quote.Length <= text.Length &&
            text.AsSpan(start, g.Quote.Length).Equals(g.Quote, StringComparison.OrdinalIgnoreCase))
        {
            return (start, start + g.Quote.Length);
        }

        int from = g.Sentence is { Length: > 0 } sentence ? Math.Max(0, text.IndexOf(sentence, StringComparison.Ordinal)) : 0;
        int at = text.IndexOf(g.Quote, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : (at, at + g.Quote.Length);
    }

    private static bool SameFile(string source, string doc) =>
        source.Replace('\\', '/').EndsWith("/" + doc, StringComparison.Ordinal) || source == doc;

    private static bool UnitAgrees(GoldClaim g, Claim c) => string.Equals(g.Unit, c.Quantity.Unit.Code, StringComparison.OrdinalIgnoreCase);

    private static bool ValueAgrees(GoldClaim g, Claim c)
    {
        if (c.Quantity.Unit.Dimension == UnitDimension.Date || g.Text is not null)
        {
            return string.Equals(g.Text, DateQuantity.DateOf(c.Quantity)?.Label, StringComparison.Ordinal);
        }

        return (g.Low, g.High) switch
        {
            ({ } low, { } high) when low == high => Near(c.Quantity.Value, low),
            ({ } low, { } high) => Near(c.Quantity.Low, low) && Near(c.Quantity.High, high),
            _ => false,
        };
    }

    private static bool Near(decimal actual, decimal expected) =>
        Math.Abs(actual - expected) <= Math.Abs(expected) * ValueTolerance;

    // A gold subject written as "crypto platforms (global)" is a total with no single subject, as the NLP stage frames
    // it. Otherwise the subject agrees when its name is the gold subject or an alias, or the entity one of them names.
    private static bool SubjectAgrees(GoldClaim g, Claim c, Func<string, string?> resolveName) => c.Subject is null
        ? g.Subject is null || g.Subject.Contains("(global)", StringComparison.OrdinalIgnoreCase)
        : g.SubjectAliases.Prepend(g.Subject ?? "").Any(n => string.Equals(n, c.Subject.Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(resolveName(n), c.Subject.Name, StringComparison.Ordinal));

    private static GoldPair? Find(IReadOnlyList<GoldPair> pairs, (string? A, string? B) pair) =>
        pair.A is null || pair.B is null ? null : pairs.FirstOrDefault(p => Same(p, pair));

    private static bool Same(GoldPair gold, (string? A, string? B) pair) =>
        (gold.A == pair.A && gold.B == pair.B) || (gold.A == pair.B && gold.B == pair.A);
}
