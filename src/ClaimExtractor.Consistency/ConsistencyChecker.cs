using ClaimExtractor.Consistency.Rules;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Consistency;

/// <summary>
/// Checks a document's claims against the stored claims aligned with them (one indexed lookup by key, never all
/// pairs) and returns each flag once per unordered pair and kind.
/// </summary>
public sealed class ConsistencyChecker(IReadOnlyList<IConsistencyRule> rules, ConsistencyOptions options)
{
    /// <summary>The rules in force.</summary>
    public IReadOnlyList<IConsistencyRule> Rules { get; } = rules;

    /// <summary>A checker with every rule and the given (or default) options.</summary>
    public static ConsistencyChecker CreateDefault(ConsistencyOptions? options = null) => new(
        [new ValueMismatchRule(), new ShareArithmeticRule(), new ChangeArithmeticRule(), new ChangeInTextRule(), new SelfChangeRule()],
        options ?? ConsistencyOptions.Default);

    /// <summary>Checks every claim of <paramref name="document"/> against the store.</summary>
    public async Task<IReadOnlyList<Contradiction>> CheckDocumentAsync(
        IClaimStore store, DocumentId document, CancellationToken cancellationToken)
    {
        var claims = await store.ReadDocumentClaimsAsync(document, cancellationToken).ConfigureAwait(false);
        if (claims.Count == 0)
        {
            return [];
        }

        var keys = claims.SelectMany(c => c.Claim.LinkKeys.Prepend(c.Claim.Key).Concat(Levels.KeysAcrossPeriodLine(c))).ToHashSet();
        var aligned = await store.FindClaimsByKeyAsync(keys, cancellationToken).ConfigureAwait(false);

        // A change found through a level links to a second level, in a third document: fetch it too, so whichever of
        // the three documents is checked last sees all of them, whatever order they were stored in (many workers).
        var further = aligned.SelectMany(c => c.Claim.LinkKeys).Where(k => !keys.Contains(k)).ToHashSet();
        if (further.Count > 0)
        {
            aligned = [.. aligned, .. await store.FindClaimsByKeyAsync(further, cancellationToken).ConfigureAwait(false)];
        }

        return Check(claims, claims.Concat(aligned));
    }

    /// <summary>Checks <paramref name="claims"/> against <paramref name="aligned"/> (which may include them).</summary>
    public IReadOnlyList<Contradiction> Check(IReadOnlyList<StoredClaim> claims, IEnumerable<StoredClaim> aligned)
    {
        var context = new ClaimContext(aligned, options);
        var found = new Dictionary<(ClaimId, ClaimId, ContradictionKind), Contradiction>();
        foreach (var claim in claims)
        {
            foreach (var rule in Rules)
            {
                foreach (var flag in rule.Check(claim, context))
                {
                    var pair = flag.A.Value <= flag.B.Value ? (flag.A, flag.B, flag.Kind) : (flag.B, flag.A, flag.Kind);
                    found.TryAdd(pair, flag);
                }
            }
        }

        return [.. found.Values];
    }
}
