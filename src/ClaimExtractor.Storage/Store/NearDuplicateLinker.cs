using System.Data.Common;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// Stores a document's <see cref="SimHash"/> and links a syndicated copy to its original (<c>duplicate_of</c>): the
/// candidates are the documents sharing a hash band or a figure of the new one (indexed lookups, a bounded number),
/// and the original of a group is the one published first, then the one stored first. An exact copy keeps the link
/// its content hash gave it.
/// </summary>
internal sealed class NearDuplicateLinker : IDisposable
{
    // a figure stated by more documents than this is common knowledge, not a sign of a copy
    private const int MaxFigureSupport = 50;
    private const int MaxCandidates = 200;

    private readonly PreparedCommand _store;
    private readonly PreparedCommand _candidates;
    private readonly PreparedCommand _linkThis;
    private readonly PreparedCommand _linkOther;

    public NearDuplicateLinker(DbConnection connection, DbTransaction transaction)
    {
        _store = new PreparedCommand(connection, transaction, """
            UPDATE documents SET simhash = @simhash, simhash_band0 = @b0, simhash_band1 = @b1, simhash_band2 = @b2,
                simhash_band3 = @b3
            WHERE id = @id
            """, "@simhash", "@b0", "@b1", "@b2", "@b3", "@id");
        _candidates = new PreparedCommand(connection, transaction, $"""
            SELECT d.id, d.simhash, d.published, d.duplicate_of FROM documents d
            WHERE d.id <> @id AND d.simhash IS NOT NULL AND d.status <> 'failed'
              AND (d.simhash_band0 = @b0 OR d.simhash_band1 = @b1 OR d.simhash_band2 = @b2 OR d.simhash_band3 = @b3
                   OR d.id IN (SELECT other.document_id FROM claims mine
                               JOIN figures f ON f.figure = mine.figure AND f.support <= {MaxFigureSupport}
                               JOIN claims other ON other.figure = mine.figure AND other.document_id <> @id
                               WHERE mine.document_id = @id))
            ORDER BY d.id
            LIMIT {MaxCandidates}
            """, "@id", "@b0", "@b1", "@b2", "@b3");
        _linkThis = new PreparedCommand(connection, transaction,
            "UPDATE documents SET duplicate_of = @original WHERE id = @id AND duplicate_of IS NULL", "@original", "@id");
        _linkOther = new PreparedCommand(connection, transaction,
            "UPDATE documents SET duplicate_of = @original WHERE id = @id AND duplicate_of IS NULL", "@original", "@id");
    }

    /// <summary>Hashes document <paramref name="id"/>'s <paramref name="text"/> and links it within its near-duplicate group.</summary>
    public async Task LinkAsync(long id, string text, string? published, CancellationToken cancellationToken)
    {
        var hash = SimHash.Compute(text);
        _store.Set("@simhash", hash).Set("@id", id);
        for (var band = 0; band < SimHash.Bands; band++)
        {
            _store.Set($"@b{band}", hash is { } h ? SimHash.Band(h, band) : null);
        }

        await _store.ExecuteAsync(cancellationToken);
        if (hash is not { } mine)
        {
            return;
        }

        _candidates.Set("@id", id);
        for (var band = 0; band < SimHash.Bands; band++)
        {
            _candidates.Set($"@b{band}", SimHash.Band(mine, band));
        }

        var copies = (await _candidates.ReadAsync(r => new Copy(r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2)), cancellationToken))
            .Where(c => SimHash.Distance(c.SimHash, mine) <= SimHash.MaxDistance)
            .ToList();
        if (copies.Count == 0)
        {
            return;
        }

        var original = copies.Append(new Copy(id, mine, published)).OrderBy(c => c.Published ?? "9999", StringComparer.Ordinal).ThenBy(c => c.Id).First();
        if (original.Id != id)
        {
            await _linkThis.Set("@original", original.Id).Set("@id", id).ExecuteAsync(cancellationToken);
            return;
        }

        // the new document is the original: the copies stored before it now point to it
        foreach (var copy in copies)
        {
            await _linkOther.Set("@original", id).Set("@id", copy.Id).ExecuteAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        _store.Dispose();
        _candidates.Dispose();
        _linkThis.Dispose();
        _linkOther.Dispose();
    }

    private sealed record Copy(long Id, long SimHash, string? Published);
}
