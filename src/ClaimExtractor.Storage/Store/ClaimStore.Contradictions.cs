using System.Data.Common;
using System.Runtime.CompilerServices;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Mapping;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>Contradictions: deduplicated saves, ranked reads and review decisions.</summary>
public sealed partial class ClaimStore
{
    // A flag's status is the latest decision on its fingerprint, else open (same rule as v_contradictions).
    private const string StatusOf =
        "COALESCE((SELECT r.status FROM review_decisions r WHERE r.fingerprint = x.fingerprint ORDER BY r.id DESC LIMIT 1), 'open')";

    /// <inheritdoc />
    public Task<int> SaveContradictionsAsync(DocumentId document, IReadOnlyList<Contradiction> found, CancellationToken cancellationToken) =>
        SaveContradictionsAsync([new DocumentCheck(document, found)], cancellationToken);

    /// <inheritdoc />
    public async Task<int> SaveContradictionsAsync(IReadOnlyList<DocumentCheck> checks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return checks.Count == 0 ? 0 : await RetryConflictsAsync(() => SaveContradictionsOnceAsync(checks, cancellationToken), cancellationToken);
    }

    private async Task<int> SaveContradictionsOnceAsync(IReadOnlyList<DocumentCheck> checks, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        var figures = new Dictionary<long, (long Document, string Figure)>();
        foreach (var chunk in checks.SelectMany(c => c.Found).SelectMany(c => new[] { c.A.Value, c.B.Value }).Distinct().Chunk(InListChunk))
        {
            var rows = await _connection.QueryAsync<(long Id, long Document, string Figure)>(new CommandDefinition(
                $"SELECT c.id, c.document_id, c.figure FROM claims c WHERE {_dialect.InList("c.id", "@chunk")}", new { chunk = _dialect.ListValue(chunk) }, transaction, cancellationToken: cancellationToken));
            foreach (var (id, document, figure) in rows)
            {
                figures[id] = (document, figure);
            }
        }

        var echoes = await EchoesAsync(figures.Values, transaction, cancellationToken);

        // A claim gone since the check read it: another worker replaced its document meanwhile. Those flags are dropped
        // and the document stays unchecked, so the next check compares it with what is stored now.
        var current = checks.Select(check => (check.Document, Complete: check.Found.All(Stored), Flags: check.Found.Where(Stored).SelectMany(WithEchoes).ToList()))
            .ToList();
        using var insert = _dialect.CreateInsert(_connection, transaction,
            "INSERT INTO contradictions (claim_a, claim_b, kind, severity, score, explanation, claim_key, fingerprint, created_at)",
            9, "ON CONFLICT (fingerprint) DO NOTHING");
        var now = Now();
        var added = await insert.ExecuteAsync(
            [.. current.SelectMany(c => c.Flags).DistinctBy(f => f.Fingerprint, StringComparer.Ordinal).Select(f => new object?[]
            {
                f.Flag.A.Value, f.Flag.B.Value, f.Flag.Kind.ToName(), f.Flag.Severity, f.Flag.Score, f.Flag.Explanation, f.Flag.Key.Value,
                f.Fingerprint, now,
            })],
            cancellationToken);
        foreach (var chunk in current.Where(c => c.Complete).Select(c => c.Document.Value).Chunk(InListChunk))
        {
            await _connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE documents SET checked = 1 WHERE {_dialect.InList("id", "@chunk")}", new { chunk = _dialect.ListValue(chunk) }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return added;

        bool Stored(Contradiction flag) => figures.ContainsKey(flag.A.Value) && figures.ContainsKey(flag.B.Value);

        // The flag for each pair of claims stating its two figures in their two documents ("212,000" in a headline and
        // again in the body, both against another outlet's "218,000"): reviewers and scorers see every stated pair.
        IEnumerable<(Contradiction Flag, string Fingerprint)> WithEchoes(Contradiction flag)
        {
            var (a, b) = (figures[flag.A.Value], figures[flag.B.Value]);
            var ours = echoes.GetValueOrDefault(a) ?? [flag.A.Value];
            var theirs = echoes.GetValueOrDefault(b) ?? [flag.B.Value];
            for (int i = 0; i < ours.Count; i++)
            {
                for (int j = 0; j < theirs.Count; j++)
                {
                    if (ours[i] != theirs[j])
                    {
                        yield return (flag with { A = new ClaimId(ours[i]), B = new ClaimId(theirs[j]) }, Fingerprints.Contradiction(a.Figure, b.Figure, flag.Kind, i, j));
                    }
                }
            }
        }
    }

    // The claims stating each flagged figure in the flagged claim's own document, in text order: a document's first
    // claim of a figure is its echo 0. Read through the documents' claims (indexed), not every document stating the
    // figure, so a figure many copies repeat costs no more than one that a single article states.
    private async Task<Dictionary<(long Document, string Figure), List<long>>> EchoesAsync(IEnumerable<(long Document, string Figure)> flagged,
        DbTransaction transaction, CancellationToken cancellationToken)
    {
        var wanted = flagged.ToHashSet();
        var echoes = new Dictionary<(long Document, string Figure), List<long>>();
        foreach (var chunk in wanted.Select(f => f.Document).Distinct().Chunk(InListChunk))
        {
            var rows = await _connection.QueryAsync<(long Id, long Document, string Figure)>(new CommandDefinition(
                $"SELECT c.id, c.document_id, c.figure FROM claims c WHERE {_dialect.InList("c.document_id", "@chunk")} ORDER BY c.document_id, c.\"start\", c.id",
                new { chunk = _dialect.ListValue(chunk) }, transaction, cancellationToken: cancellationToken));
            foreach (var row in rows.Where(r => wanted.Contains((r.Document, r.Figure))))
            {
                if (!echoes.TryGetValue((row.Document, row.Figure), out var list))
                {
                    echoes[(row.Document, row.Figure)] = list = [];
                }

                list.Add(row.Id);
            }
        }

        return echoes;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ContradictionRecord> ReadContradictionsAsync(
        ContradictionQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = Where(query, includeStatus: true);
        var sql = SelectContradiction + where + " ORDER BY x.severity DESC, x.score DESC, x.id LIMIT @page OFFSET @offset";

        // Pages, each buffered before its claims are read: PostgreSQL runs one command at a time per connection.
        var remaining = query.Limit is { } limit ? Math.Max(0, limit) : int.MaxValue;
        var offset = Math.Max(0, query.Offset);
        var texts = new DocumentTextCache(_connection);
        while (remaining > 0)
        {
            var page = Math.Min(ReadPage, remaining);
            var pageParameters = new DynamicParameters(parameters);
            pageParameters.AddDynamicParams(new { page, offset });
            var rows = (await _connection.QueryAsync<ContradictionRow>(new CommandDefinition(
                sql, pageParameters, cancellationToken: cancellationToken))).AsList();
            foreach (var row in rows)
            {
                yield return await ToRecordAsync(row, texts, cancellationToken);
            }

            if (rows.Count < page)
            {
                yield break;
            }

            remaining -= rows.Count;
            offset += rows.Count;
        }
    }

    private async Task<ContradictionRecord> ToRecordAsync(ContradictionRow row, DocumentTextCache texts, CancellationToken cancellationToken)
    {
        var claims = (await _connection.QueryAsync<ClaimRow>(new CommandDefinition(
            SelectClaims + " WHERE c.id IN (@ClaimA, @ClaimB)", new { row.ClaimA, row.ClaimB },
            cancellationToken: cancellationToken))).ToDictionary(c => c.Id);
        var a = ClaimRowMapper.ToStored(claims[row.ClaimA], await texts.GetAsync(claims[row.ClaimA].DocumentId, cancellationToken));
        var b = ClaimRowMapper.ToStored(claims[row.ClaimB], await texts.GetAsync(claims[row.ClaimB].DocumentId, cancellationToken));
        var contradiction = new Contradiction(
            a.Id, b.Id, ContradictionKindNames.Parse(row.Kind), row.Severity, row.Score, row.Explanation, new ClaimKey(row.ClaimKey));
        return new ContradictionRecord(row.Id, contradiction, StoredNames.Parse<ContradictionStatus>(row.Status), a, b);
    }

    /// <inheritdoc />
    public async Task<int> CountContradictionsAsync(CancellationToken cancellationToken) =>
        checked((int)await _connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM contradictions", cancellationToken: cancellationToken)));

    /// <summary>
    /// Records a reviewer's decision on a contradiction. Decisions are appended and keyed by the flag's fingerprint,
    /// so they survive re-extraction; the latest one is the flag's status.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No contradiction has that id.</exception>
    public async Task SetStatusAsync(
        long contradictionId, ContradictionStatus status, string? reason, string? note, string? reviewer,
        CancellationToken cancellationToken)
    {
        var inserted = await _connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO review_decisions (fingerprint, status, reason, note, reviewer, decided_at)
            SELECT x.fingerprint, @status, @reason, @note, @reviewer, @now FROM contradictions x WHERE x.id = @contradictionId
            """,
            new { contradictionId, status = StoredNames.ToName(status), reason, note, reviewer, now = Now() },
            cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            throw new KeyNotFoundException($"no contradiction has id {contradictionId}");
        }
    }
}
