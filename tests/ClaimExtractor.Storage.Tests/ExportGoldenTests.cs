using ClaimExtractor.Storage.Export;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Storage.Tests.Support;

namespace ClaimExtractor.Storage.Tests;

/// <summary>The export contract (DESIGN.md, "Export") held by golden files built from <see cref="SampleCorpus"/>.</summary>
public sealed class ExportGoldenTests
{
    private static CancellationToken None => CancellationToken.None;

    [Theory]
    [InlineData(ExportFormat.Jsonl)]
    [InlineData(ExportFormat.Csv)]
    public async Task Export_files_match_their_golden_copies(ExportFormat format)
    {
        using var dir = new TempDir();
        await using var store = await ClaimStore.OpenAsync(":memory:", None);
        await store.MigrateAsync(None);
        await SampleCorpus.FillAsync(store, None);
        var arithmetic = await FirstArithmeticIdAsync(store);
        await store.SetStatusAsync(arithmetic, Core.Consistency.ContradictionStatus.Dismissed, "rounding", null, "tester", None);

        var counts = await ClaimExporter.ExportAsync(store, format, dir.Path, None);

        Assert.Equal(new ExportCounts(3, 7, 2), counts);
        var extension = ClaimExporter.FileExtension(format);
        foreach (var name in new[] { "documents", "claims", "contradictions" })
        {
            Golden.Check(name + extension, await File.ReadAllBytesAsync(dir.File(name + extension)));
        }
    }

    [Theory]
    [InlineData(ExportFormat.Jsonl, "")]
    [InlineData(ExportFormat.Csv, "contradiction_id,kind,severity,score,explanation,status,a_claim_id,a_document_id,")]
    public async Task An_empty_store_exports_empty_files_with_a_csv_header(ExportFormat format, string contradictionsStart)
    {
        using var dir = new TempDir();
        await using var store = await ClaimStore.OpenAsync(":memory:", None);
        await store.MigrateAsync(None);

        var counts = await ClaimExporter.ExportAsync(store, format, dir.Path, None);

        var contradictions = await File.ReadAllTextAsync(dir.File("contradictions" + ClaimExporter.FileExtension(format)));
        Assert.Equal(new ExportCounts(0, 0, 0), counts);
        Assert.StartsWith(contradictionsStart, contradictions, StringComparison.Ordinal);
        Assert.Equal(format == ExportFormat.Csv ? 1 : 0, contradictions.Count(c => c == '\n'));
    }

    private static async Task<long> FirstArithmeticIdAsync(ClaimStore store)
    {
        await foreach (var record in store.ReadContradictionsAsync(new(Kind: Core.Consistency.ContradictionKind.Arithmetic), None))
        {
            return record.Id;
        }

        throw new InvalidOperationException("the sample corpus has an arithmetic flag");
    }
}
