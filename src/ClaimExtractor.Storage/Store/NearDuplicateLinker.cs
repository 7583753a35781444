using System.Data.Common;
using ClaimExtractor.Storage.Mapping;
using Dapper;

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
    private const int IdsPerRead = 500;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;

    private readonly PreparedCommand _store;
    private readonly PreparedCommand _candidates;
    private readonly PreparedCommand _linkThis;
    private readonly PreparedCommand _linkOther;

    public NearDuplicateLinker(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        _connection = connection;
        _transaction = transaction;
        _dialect = dialect;
        _store = new PreparedCommand(connection, transaction, """
            UPDATE documents SET simhash = @simhash, simhash_band0 = @b0, simhash_band1 = @b1, simhash_band2 = @b2,
                simhash_band3 = @b3
            WHERE id = @id
            """, "@simhash", "@b0", "@b1", "@b2", "@b3", "@id");
        // The candidates' ids first, by one indexed lookup per band and one through the document's figures, then their
        // rows by id: joined in one statement, the planner may walk every document to meet a few ids.
        _candidates = new PreparedCommand(connection, transaction, $"""
            SELECT o.id FROM documents o WHERE o.simhash_band0 = @b0
            UNION SELECT o.id FROM documents o WHERE o.simhash_band1 = @b1
            UNION SELECT o.id FROM documents o WHERE o.simhash_band2 = @b2
            UNION SELECT o.id FROM documents o WHERE o.simhash_band3 = @b3
            UNION SELECT other.document_id FROM claims other
                  WHERE other.figure_hash IN (SELECT mine.figure_hash FROM claims mine WHERE mine.document_id = @id
                                         AND (SELECT f.support FROM figures f WHERE f.figure_hash = mine.figure_hash) <= {MaxFigureSupport})
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

        var ids = await _candidates.ReadAsync(r => r.GetInt64(0), cancellationToken);
        var candidates = new List<Copy>();
        foreach (var chunk in ids.Where(c => c != id).Order().Chunk(IdsPerRead))
        {
            var rows = await _connection.QueryAsync<(long Id, long SimHash, string? Published)>(new CommandDefinition(
                $"""
                SELECT id, simhash, published FROM documents
                WHERE {_dialect.InList("id", "@chunk")} AND simhash IS NOT NULL AND status <> 'failed'
                """, new { chunk = _dialect.ListValue(chunk) }, _transaction, cancellationToken: cancellationToken));
            candidates.AddRange(rows.Select(r => new Copy(r.Id, r.SimHash, r.Published)));
        }

        var copies = candidates.OrderBy(c => c.Id).Take(MaxCandidates)
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
