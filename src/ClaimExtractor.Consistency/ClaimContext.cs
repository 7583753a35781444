using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Consistency;

/// <summary>
/// The stored claims a rule may compare a claim with: those sharing an alignment key (or linking to one),
/// and those of the claim's own document. Built once per checked document from one indexed lookup.
/// </summary>
public sealed class ClaimContext
{
    private static readonly IReadOnlyList<StoredClaim> None = [];
    private readonly Dictionary<ClaimKey, List<StoredClaim>> _byKey = [];
    private readonly Dictionary<ClaimKey, List<StoredClaim>> _byLinkKey = [];
    private readonly Dictionary<DocumentId, List<StoredClaim>> _byDocument = [];

    /// <summary>Indexes <paramref name="claims"/> (duplicates by id are ignored).</summary>
    public ClaimContext(IEnumerable<StoredClaim> claims, ConsistencyOptions options)
    {
        Options = options;
        var seen = new HashSet<ClaimId>();
        foreach (var claim in claims)
        {
            if (!seen.Add(claim.Id))
            {
                continue;
            }

            Add(_byKey, claim.Claim.Key, claim);
            foreach (var link in claim.Claim.LinkKeys)
            {
                Add(_byLinkKey, link, claim);
            }

            Add(_byDocument, claim.Document.Id, claim);
        }
    }

    /// <summary>The tolerances in force.</summary>
    public ConsistencyOptions Options { get; }

    /// <summary>Claims whose own key is <paramref name="key"/>.</summary>
    public IReadOnlyList<StoredClaim> WithKey(ClaimKey key) => _byKey.GetValueOrDefault(key) ?? None;

    /// <summary>Shares and changes that imply or compare the level named by <paramref name="key"/>.</summary>
    public IReadOnlyList<StoredClaim> LinkedTo(ClaimKey key) => _byLinkKey.GetValueOrDefault(key) ?? None;

    /// <summary>The claims of one document, in text order.</summary>
    public IReadOnlyList<StoredClaim> InDocument(DocumentId document) => _byDocument.GetValueOrDefault(document) ?? None;

    private static void Add<TKey>(Dictionary<TKey, List<StoredClaim>> index, TKey key, StoredClaim claim)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(claim);
    }
}
