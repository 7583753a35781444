using System.Data;
using System.Globalization;
using System.Text;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Storage.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimExtractor.Storage.Tests;

/// <summary>The SQL views dashboards read, held by golden files: every column, every row of the sample corpus.</summary>
public sealed class ViewGoldenTests
{
    private static CancellationToken None => CancellationToken.None;

    [Theory]
    [InlineData("v_claims", "claim_id")]
    [InlineData("v_contradictions", "contradiction_id")]
    [InlineData("v_entity_metric_series", "subject, metric_key, unit, period_label")]
    public async Task View_rows_match_their_golden_copy(string view, string orderBy)
    {
        using var dir = new TempDir();
        var path = dir.File("claims.db");
        await using (var store = await ClaimStore.OpenAsync(path, None))
        {
            await store.MigrateAsync(None);
            await SampleCorpus.FillAsync(store, None);
        }

        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var reader = await connection.ExecuteReaderAsync($"SELECT * FROM {view} ORDER BY {orderBy}");

        Golden.Check(view + ".tsv", Encoding.UTF8.GetBytes(Dump(reader)));
    }

    // One line per row, tab-separated, NULL spelled out; strings escaped so tabs and line breaks stay visible.
    private static string Dump(IDataReader reader)
    {
        var text = new StringBuilder();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName);
        text.AppendJoin('\t', columns).Append('\n');
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Cell(reader.GetValue(i)));
            text.AppendJoin('\t', cells).Append('\n');
        }

        return text.ToString();
    }

    private static string Cell(object value) => value switch
    {
        string s => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
