using System.Data.Common;
using System.Text.Json;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// Writes a batch of documents inside one transaction: upsert each document by source and drop its old claims (their
/// contradictions cascade), then the batch's entities, aliases, claims, figures and links, each kind in a few
/// multi-row statements in key order (so concurrent writers lock shared rows in the same order), then near-duplicates.
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

    public DocumentBatchWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, LookupHashes hashes)
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
                support = support - (SELECT COUNT(*) FROM claims c WHERE c.document_id = @id AND c.figure_hash = figures.figure_hash),
                claim_id = COALESCE(
                    (SELECT MIN(c.id) FROM claims c WHERE c.figure_hash = figures.figure_hash AND c.document_id <> @id), claim_id)
            WHERE figure_hash IN (SELECT c.figure_hash FROM claims c WHERE c.document_id = @id);
            DELETE FROM figures WHERE support <= 0 AND figure_hash IN (SELECT c.figure_hash FROM claims c WHERE c.document_id = @id);
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
        _claims = new ClaimInserter(connection, transaction, dialect, hashes);
        _entities = new EntityResolver(connection, transaction, dialect);
        _nearDuplicates = new NearDuplicateLinker(connection, transaction, dialect);
    }

    /// <summary>Writes <paramref name="batch"/>; returns each document's id, in order, and the claims stored for them.</summary>
    public async Task<SavedBatch> WriteAsync(IReadOnlyList<DocumentToSave> batch, string now, CancellationToken cancellationToken)
    {
        foreach (var document in batch)
        {
            Validate(document);
        }

        // A source given twice is written twice, one after the other, as if in two batches: the second replaces the first.
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var repeat = batch.Select((d, i) => (d, i)).FirstOrDefault(x => !sources.Add(x.d.Article.Source)).i;
        if (repeat > 0)
        {
            var first = await WriteAsync([.. batch.Take(repeat)], now, cancellationToken);
            var second = await WriteAsync([.. batch.Skip(repeat)], now, cancellationToken);
            var replaced = second.Documents.ToHashSet();
            return new SavedBatch(
                [.. first.Documents, .. second.Documents],
                [.. first.Claims.Where(c => !replaced.Contains(c.Document.Id)).Concat(second.Claims).Order(Comparer<StoredClaim>.Create(StoredClaim.ByDocumentAndPosition))]);
        }

        var ids = new List<long>(batch.Count);
        foreach (var document in batch)
        {
            ids.Add(await WriteDocumentAsync(document, now, cancellationToken));
        }

        var analyses = batch.Select(d => d.Analysis).ToList();
        var entities = await _entities.ResolveAsync(
            analyses.SelectMany(a => a.Mentions.Select(m => m.Entity).Concat(a.Claims.Select(c => c.Subject).OfType<EntityRef>())),
            cancellationToken);
        await _entities.AddAliasesAsync(
            batch.SelectMany(d => d.Analysis.Mentions.Select(m => (entities[m.Entity], d.Article.Text[m.Span.Start..m.Span.End]))),
            cancellationToken);
        var rows = batch.SelectMany((d, i) => d.Analysis.Claims.Select(c => (Document: i, Claim: c, Subject: c.Subject is null ? (long?)null : entities[c.Subject])))
            .ToList();
        var claimIds = await _claims.InsertAsync([.. rows.Select(r => (ids[r.Document], r.Claim, r.Subject))], cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            await _nearDuplicates.LinkAsync(ids[i], batch[i].Article.Text, DateText.ToStored(batch[i].Article.Metadata.Published), cancellationToken);
        }

        var documents = batch.Select((d, i) => Reference(ids[i], d.Article)).ToArray();
        var claims = rows.Select((r, n) => StoredClaim.Of(
            new ClaimId(claimIds[n]), documents[r.Document], r.Claim, batch[r.Document].Article.Text, r.Subject is { } subject ? new EntityId(subject) : null)).ToList();
        claims.Sort(StoredClaim.ByDocumentAndPosition);
        return new SavedBatch([.. ids.Select(id => new DocumentId(id))], claims);
    }

    // The document as its claims carry it, as the store reads it back (the date through its stored form).
    private static DocumentRef Reference(long id, Article article) => new(
        new DocumentId(id), article.Source, article.Metadata.Title, article.Metadata.Outlet,
        DateText.FromStored(DateText.ToStored(article.Metadata.Published)));

    // Inserts or updates the document row (a replaced one loses its claims here); returns its id.
    private async Task<long> WriteDocumentAsync(DocumentToSave document, string now, CancellationToken cancellationToken)
    {
        var article = document.Article;
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

        if (existing is { } found)
        {
            await _requeueCounterparts.Set("@id", found).ExecuteAsync(cancellationToken);
            await _releaseFigures.Set("@id", found).ExecuteAsync(cancellationToken);
            await _deleteClaims.Set("@id", found).ExecuteAsync(cancellationToken);
            await command.ExecuteAsync(cancellationToken);
            return found;
        }

        return await command.ScalarAsync(cancellationToken)
            ?? throw new InvalidOperationException($"inserting '{article.Source}' returned no id");
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
