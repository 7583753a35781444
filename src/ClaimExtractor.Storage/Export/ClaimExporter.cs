using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Storage.Export;

/// <summary>
/// Writes the store as <c>documents</c>, <c>claims</c> and <c>contradictions</c> files (DESIGN.md, "Export").
/// Rows stream from the store to the file one at a time.
/// </summary>
public static class ClaimExporter
{
    /// <summary>Writes <c>documents.EXT</c>, <c>claims.EXT</c> and <c>contradictions.EXT</c> into <paramref name="outDir"/> (created if missing).</summary>
    public static async Task<ExportCounts> ExportAsync(
        IClaimStore store, ExportFormat format, string outDir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        Directory.CreateDirectory(outDir);
        var extension = FileExtension(format);

        int documents, claims, contradictions;
        await using (var file = Create(Path.Combine(outDir, "documents" + extension)))
        {
            documents = await WriteDocumentsAsync(store.ReadDocumentsAsync(cancellationToken), format, file, cancellationToken);
        }

        await using (var file = Create(Path.Combine(outDir, "claims" + extension)))
        {
            claims = await WriteClaimsAsync(store.ReadClaimsAsync(new ClaimQuery(), cancellationToken), format, file, cancellationToken);
        }

        await using (var file = Create(Path.Combine(outDir, "contradictions" + extension)))
        {
            contradictions = await WriteContradictionsAsync(
                store.ReadContradictionsAsync(new ContradictionQuery(), cancellationToken), format, file, cancellationToken);
        }

        return new ExportCounts(documents, claims, contradictions);
    }

    /// <summary>The file extension of <paramref name="format"/>, with its dot.</summary>
    public static string FileExtension(ExportFormat format) => format switch
    {
        ExportFormat.Jsonl => ".jsonl",
        ExportFormat.Csv => ".csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Writes documents in the <c>documents.jsonl|csv</c> shape; returns how many.</summary>
    public static Task<int> WriteDocumentsAsync(
        IAsyncEnumerable<DocumentRecord> documents, ExportFormat format, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(documents, ExportSamples.Document, ExportFields.Document, format, output, cancellationToken);

    /// <summary>Writes claims in the <c>claims.jsonl|csv</c> shape; returns how many.</summary>
    public static Task<int> WriteClaimsAsync(
        IAsyncEnumerable<StoredClaim> claims, ExportFormat format, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(claims, ExportSamples.Claim, ExportFields.Claim, format, output, cancellationToken);

    /// <summary>Writes contradictions in the <c>contradictions.jsonl|csv</c> shape; returns how many.</summary>
    public static Task<int> WriteContradictionsAsync(
        IAsyncEnumerable<ContradictionRecord> contradictions, ExportFormat format, Stream output,
        CancellationToken cancellationToken) =>
        WriteAsync(contradictions, ExportSamples.Contradiction, ExportFields.Contradiction, format, output, cancellationToken);

    private static async Task<int> WriteAsync<T>(
        IAsyncEnumerable<T> records, T sample, Action<RecordWriter, T> fields, ExportFormat format, Stream output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        RecordWriter writer = format switch
        {
            ExportFormat.Jsonl => new JsonLinesRecordWriter(output),
            ExportFormat.Csv => new CsvRecordWriter(output),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        await writer.StartAsync(sample, fields, cancellationToken);
        var count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(record, fields, cancellationToken);
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }

    private static FileStream Create(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024, useAsync: true);
}
