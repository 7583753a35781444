using System.Data.Common;
using System.Text.Json;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// Writes a batch of documents inside one transaction with prepared statements reused per row: upsert the
/// document by source, drop its old claims (their contradictions cascade), insert the new claims and entities.
/// </summary>
internal sealed class DocumentBatchWriter : IDisposable
{
    private const string DocumentFields =
        "url, title, outlet, authors, published, published_from, modified, fetched_at, language, text, content_hash, extractor_version, status, error, warnings";

    private static readonly string[] DocumentParameters =
    [
        "@source", "@url", "@title", "@outlet", "@authors", "@published", "@published_from", "@modified", "@fetched_at", "@language", "@text",
        "@content_hash", "@extractor_version", "@status", "@error", "@warnings", "@now", "@id",
    ];

    private readonly PreparedCommand _find;
    private readonly PreparedCommand _insert;
    private readonly PreparedCommand _update;
    private readonly PreparedCommand _deleteClaims;
    private readonly ClaimInserter _claims;
    private readonly EntityResolver _entities;
    private readonly NearDuplicateLinker _nearDuplicates;
    private readonly PreparedCommand _requeueCounterparts;
    private readonly PreparedCommand _releaseFigures;

    public DocumentBatchWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        _find = new PreparedCommand(connection, transaction, "SELECT id FROM documents WHERE source = @source", "@source");

        // duplicate_of: the earliest other good document with the same content.
        _insert = new PreparedCommand(connection, transaction, $"""
            INSERT INTO documents (source, {DocumentFields}, duplicate_of, checked, created_at, updated_at)
            VALUES (@source, @url, @title, @outlet, @authors, @published, @published_from, @modified, @fetched_at, @language, @text,
                    @content_hash, @extractor_version, @status, @error, @warnings,
                    (SELECT MIN(o.id) FROM documents o WHERE o.content_hash = @content_hash AND o.status <> 'failed'),
                    0, @now, @now)
            RETURNING id
            """, DocumentParameters);
        _update = new PreparedCommand(connection, transaction, """
            UPDATE documents SET url = @url, title = @title, outlet = @outlet, authors = @authors,
                published = @published, published_from = @published_from, modified = @modified, fetched_at = @fetched_at, language = @language, text = @text,
                content_hash = @content_hash, extractor_version = @extractor_version, status = @status,
                error = @error, warnings = @warnings,
                duplicate_of = (SELECT MIN(o.id) FROM documents o
                                WHERE o.content_hash = @content_hash AND o.id < @id AND o.status <> 'failed'),
                checked = 0, updated_at = @now
            WHERE id = @id
            """, DocumentParameters);
        _deleteClaims = new PreparedCommand(connection, transaction, "DELETE FROM claims WHERE document_id = @id", "@id");

        // Before a replaced document's claims go: its figures lose their support, figures it was the representative of
        // pass to the earliest other claim stating them, and figures no one states any more go (their links cascade).
        _releaseFigures = new PreparedCommand(connection, transaction, """
            UPDATE figures SET
                support = support - (SELECT COUNT(*) FROM claims c WHERE c.document_id = @id AND c.figure = figures.figure),
                claim_id = COALESCE(
                    (SELECT MIN(c.id) FROM claims c WHERE c.figure = figures.figure AND c.document_id <> @id), claim_id)
            WHERE figure IN (SELECT c.figure FROM claims c WHERE c.document_id = @id);
            DELETE FROM figures WHERE support <= 0 AND figure IN (SELECT c.figure FROM claims c WHERE c.document_id = @id);
            """, "@id");

        // A replaced document's flags go with its claims; the documents on their other side are checked again, so a
        // flag that another document's copy of the same figure still supports comes back.
        _requeueCounterparts = new PreparedCommand(connection, transaction, """
            UPDATE documents SET checked = 0 WHERE id IN (
                SELECT other.document_id FROM contradictions x
                JOIN claims mine ON mine.id IN (x.claim_a, x.claim_b)
                JOIN claims other ON other.id IN (x.claim_a, x.claim_b) AND other.document_id <> mine.document_id
                WHERE mine.document_id = @id)
            """, "@id");
        _claims = new ClaimInserter(connection, transaction, dialect.RowsPerInsert);
        _entities = new EntityResolver(connection, transaction);
        _nearDuplicates = new NearDuplicateLinker(connection, transaction);
    }

    public async Task<long> WriteAsync(DocumentToSave document, string now, CancellationToken cancellationToken)
    {
        var article = document.Article;
        Validate(document);
        var existing = await _find.Set("@source", article.Source).ScalarAsync(cancellationToken);
        var command = existing is null ? _insert : _update;
        var metadata = article.Metadata;
        command
            .Set("@source", article.Source)
            .Set("@url", metadata.Url)
            .Set("@title", metadata.Title)
            .Set("@outlet", metadata.Outlet)
            .Set("@authors", JsonSerializer.Serialize(metadata.Authors))
            .Set("@published", DateText.ToStored(metadata.Published))
            .Set("@published_from", metadata.PublishedFrom.ToName())
            .Set("@modified", DateText.ToStored(metadata.Modified))
            .Set("@fetched_at", metadata.Fetched is { } fetched ? DateText.ToStored(fetched) : null)
            .Set("@language", metadata.Language)
            .Set("@text", article.Text)
            .Set("@content_hash", article.ContentHash)
            .Set("@extractor_version", document.ExtractorVersion)
            .Set("@status", document.Status == DocumentStatus.Warning ? "warning" : "ok")
            .Set("@error", null)
            .Set("@warnings", JsonSerializer.Serialize(document.Analysis.Warnings))
            .Set("@now", now)
            .Set("@id", existing);

        long id;
        if (existing is { } found)
        {
            await _requeueCounterparts.Set("@id", found).ExecuteAsync(cancellationToken);
            await _releaseFigures.Set("@id", found).ExecuteAsync(cancellationToken);
            await _deleteClaims.Set("@id", found).ExecuteAsync(cancellationToken);
            await command.ExecuteAsync(cancellationToken);
            id = found;
        }
        else
        {
            id = await command.ScalarAsync(cancellationToken)
                ?? throw new InvalidOperationException($"inserting '{article.Source}' returned no id");
        }

        foreach (var mention in document.Analysis.Mentions)
        {
            await _entities.AddAliasAsync(mention.Entity, article.Text[mention.Span.Start..mention.Span.End], cancellationToken);
        }

        var claims = new List<(Claim, long?)>(document.Analysis.Claims.Count);
        foreach (var claim in document.Analysis.Claims)
        {
            claims.Add((claim, claim.Subject is null ? null : await _entities.ResolveAsync(claim.Subject, cancellationToken)));
        }

        await _claims.InsertAsync(id, claims, cancellationToken);

        await _nearDuplicates.LinkAsync(id, article.Text, DateText.ToStored(metadata.Published), cancellationToken);

        return id;
    }

    public void Dispose()
    {
        _find.Dispose();
        _insert.Dispose();
        _update.Dispose();
        _deleteClaims.Dispose();
        _requeueCounterparts.Dispose();
        _releaseFigures.Dispose();
        _claims.Dispose();
        _entities.Dispose();
        _nearDuplicates.Dispose();
    }

    // Offsets that do not index the text are an extractor bug: refuse them rather than store claims no one can show.
    private static void Validate(DocumentToSave document)
    {
        var text = document.Article.Text;
        foreach (var mention in document.Analysis.Mentions)
        {
            Check(mention.Span, "entity mention");
        }

        foreach (var claim in document.Analysis.Claims)
        {
            Check(claim.Quantity.Span, "claim");
            Check(claim.Sentence, "sentence");
        }

        void Check(TextSpan span, string what)
        {
            if (span.Start < 0 || span.End < span.Start || span.End > text.Length)
            {
                throw new ArgumentException(
                    $"{what} span [{span.Start}, {span.End}) lies outside the {text.Length}-character text of '{document.Article.Source}'",
                    nameof(document));
            }
        }
    }
}
