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
        [new ValueMismatchRule(), new ShareArithmeticRule(), new ChangeArithmeticRule(), new PremiumArithmeticRule(), new ChangeInTextRule(), new SelfChangeRule(), new PartsExceedTotalRule()],
        options ?? ConsistencyOptions.Default);

    /// <summary>Checks every claim of <paramref name="document"/> against the store.</summary>
    public async Task<IReadOnlyList<Contradiction>> CheckDocumentAsync(
        IClaimStore store, DocumentId document, CancellationToken cancellationToken) =>
        (await CheckDocumentsAsync(store, [document], cancellationToken).ConfigureAwait(false))[0].Found;

    /// <summary>
    /// Checks each of <paramref name="documents"/> against the store, finding what <see cref="CheckDocumentAsync"/>
    /// finds for each alone, with a few reads for the whole batch instead of a few per document.
    /// </summary>
    public async Task<IReadOnlyList<DocumentCheck>> CheckDocumentsAsync(
        IClaimStore store, IReadOnlyList<DocumentId> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        var batch = await store.ReadDocumentClaimsAsync([.. documents], cancellationToken).ConfigureAwait(false);
        return await CheckDocumentsAsync(store, new SavedBatch(documents, batch), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks the documents of a batch just saved, with the claims the save returned (the same as reading them back).
    /// </summary>
    public async Task<IReadOnlyList<DocumentCheck>> CheckDocumentsAsync(IClaimStore store, SavedBatch saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(saved);
        var documents = saved.Documents;
        var batch = saved.Claims;
        var claimsOf = batch
            .GroupBy(c => c.Document.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StoredClaim>)[.. g]);
        var keysOf = claimsOf.ToDictionary(p => p.Key, p => KeysOf(p.Value));
        var keys = keysOf.Values.SelectMany(k => k).ToHashSet();

        // The batch's own claims are most of what its keys find (each new figure is represented by its own claim): the
        // store hands those back as read above instead of reading every row twice.
        var found = new Dictionary<ClaimKey, IReadOnlyList<StoredClaim>>(
            await store.FindClaimsPerKeyAsync(keys, batch, cancellationToken).ConfigureAwait(false));

        // A change found through a level links to a second level, in a third document: fetch it too, so whichever of
        // the three documents is checked last sees all of them, whatever order they were stored in (many workers).
        var further = found.Values.SelectMany(c => c).SelectMany(c => c.Claim.LinkKeys).Where(k => !keys.Contains(k)).ToHashSet();
        if (further.Count > 0)
        {
            foreach (var (key, claims) in await store.FindClaimsPerKeyAsync(further, batch, cancellationToken).ConfigureAwait(false))
            {
                found[key] = claims;
            }
        }

        // Each document sees exactly what its own lookups would have found: its keys' claims, then its further keys'.
        var checks = new List<DocumentCheck>(documents.Count);
        foreach (var document in documents)
        {
            if (!claimsOf.TryGetValue(document, out var claims))
            {
                checks.Add(new DocumentCheck(document, []));
                continue;
            }

            var own = keysOf[document];
            var aligned = Gather(own, found);
            var next = aligned.SelectMany(c => c.Claim.LinkKeys).Where(k => !own.Contains(k)).ToHashSet();
            checks.Add(new DocumentCheck(document, Check(claims, claims.Concat(aligned).Concat(Gather(next, found)))));
        }

        return checks;
    }

    /// <summary>
    /// Checks <paramref name="claims"/> against <paramref name="aligned"/> (which may include them). A document stating
    /// one <see cref="Claim.Figure"/> twice gets one flag per conflicting pair of figures, not one per repetition: the
    /// flag on its first statement (the lowest claim id), which is the one the store's figure lookup hands the other
    /// document when that is checked later, so the flags do not depend on which document was checked first.
    /// </summary>
    public IReadOnlyList<Contradiction> Check(IReadOnlyList<StoredClaim> claims, IEnumerable<StoredClaim> aligned)
    {
        var all = aligned as IReadOnlyCollection<StoredClaim> ?? [.. aligned];
        var context = new ClaimContext(all, options);
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

        return found.Count < 2 ? [.. found.Values] : FoldRepeatedFigures(found.Values, claims.Concat(all));
    }

    // One flag per kind and unordered pair of (document, figure): a figure repeated in one document adds no flags.
    private static List<Contradiction> FoldRepeatedFigures(IReadOnlyCollection<Contradiction> flags, IEnumerable<StoredClaim> claims)
    {
        var flagged = flags.SelectMany(f => new[] { f.A, f.B }).ToHashSet();
        var figures = claims.Where(c => flagged.Contains(c.Id)).DistinctBy(c => c.Id)
            .ToDictionary(c => c.Id, c => (c.Document.Id.Value, c.Claim.Figure));

        // A claim the rules named but the checker was not given stands for itself alone.
        (long, string) Stated(ClaimId id) => figures.TryGetValue(id, out var stated) ? stated : (-id.Value, "");

        var kept = flags
            .OrderBy(f => Math.Min(f.A.Value, f.B.Value))
            .ThenBy(f => Math.Max(f.A.Value, f.B.Value))
            .DistinctBy(f => Unordered(Stated(f.A), Stated(f.B), f.Kind))
            .ToHashSet(ReferenceEqualityComparer.Instance);
        return [.. flags.Where(kept.Contains)];
    }

    private static ((long, string), (long, string), ContradictionKind) Unordered((long Document, string Figure) a, (long Document, string Figure) b, ContradictionKind kind)
    {
        int order = a.Document != b.Document ? a.Document.CompareTo(b.Document) : string.CompareOrdinal(a.Figure, b.Figure);
        return order <= 0 ? (a, b, kind) : (b, a, kind);
    }

    private static HashSet<ClaimKey> KeysOf(IReadOnlyList<StoredClaim> claims) =>
        claims.SelectMany(c => c.Claim.LinkKeys.Prepend(c.Claim.Key).Concat(Levels.KeysAcrossPeriodLine(c))).ToHashSet();

    // The claims the keys find, once each, in the store's order (document, position, id).
    private static List<StoredClaim> Gather(HashSet<ClaimKey> keys, Dictionary<ClaimKey, IReadOnlyList<StoredClaim>> found)
    {
        var claims = keys.SelectMany(k => found.GetValueOrDefault(k) ?? []).DistinctBy(c => c.Id).ToList();
        claims.Sort(StoredClaim.ByDocumentAndPosition);
        return claims;
    }
}
