using System.Runtime.CompilerServices;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>Documents: batch saves, failed sources, the unchecked queue, and reading them back.</summary>
public sealed partial class ClaimStore
{
    /// <inheritdoc />
    public async Task<SavedBatch> SaveDocumentsAsync(
        IReadOnlyList<DocumentToSave> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return SavedBatch.Empty;
        }

        return await RetryConflictsAsync(() => SaveDocumentsOnceAsync(batch, cancellationToken), cancellationToken);
    }

    private async Task<SavedBatch> SaveDocumentsOnceAsync(
        IReadOnlyList<DocumentToSave> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        SavedBatch saved;
        using (var writer = new DocumentBatchWriter(_connection, transaction, _dialect, _hashes))
        {
            saved = await writer.WriteAsync(batch, Now(), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <inheritdoc />
    public async Task SaveFailedDocumentAsync(string source, string error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentNullException.ThrowIfNull(error);

        // A failed row never replaces a good version (its claims stay); an earlier failure just gets the new error.
        // checked = 1: there is nothing in it for the checker.
        var now = Now();
        await _connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO documents (source, authors, text, content_hash, extractor_version, status, error, warnings,
                                   checked, created_at, updated_at)
            VALUES (@source, '[]', '', '', '', 'failed', @error, '[]', 1, @now, @now)
            ON CONFLICT (source) DO UPDATE SET error = excluded.error, updated_at = excluded.updated_at
            WHERE documents.status = 'failed'
            """, new { source, error, now }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentId>> FindUncheckedDocumentsAsync(CancellationToken cancellationToken)
    {
        var ids = await _connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM documents WHERE checked = 0 AND status <> 'failed' ORDER BY id",
            cancellationToken: cancellationToken));
        return [.. ids.Select(id => new DocumentId(id))];
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DocumentRecord> ReadDocumentsAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = _connection.QueryUnbufferedAsync<DocumentRow>(DocumentRow.Select + " ORDER BY id");
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row.ToRecord();
        }
    }

    /// <summary>One stored document, or null.</summary>
    public async Task<DocumentRecord?> ReadDocumentAsync(DocumentId id, CancellationToken cancellationToken)
    {
        var row = await _connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(
            DocumentRow.Select + " WHERE id = @Value", new { id.Value }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }
}
