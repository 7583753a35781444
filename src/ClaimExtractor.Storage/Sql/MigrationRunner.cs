using System.Data.Common;
using System.Globalization;
using System.Reflection;
using ClaimExtractor.Storage.Mapping;
using Dapper;

namespace ClaimExtractor.Storage.Sql;

/// <summary>
/// Applies the embedded <c>Sql/Migrations/NNNN_name.sql</c> files not yet recorded in <c>schema_migrations</c>,
/// in version order, each in its own transaction together with its record, so a migration is applied once or not at all.
/// </summary>
internal sealed class MigrationRunner(Func<string, string> prepare, TimeProvider time)
{
    private const string ResourcePrefix = "Migrations/";

    public static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = resource[ResourcePrefix.Length..^".sql".Length];
            var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(fileName.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"migration '{resource}' is not named NNNN_name.sql");
            }

            migrations.Add(new Migration(version, fileName[(underscore + 1)..], Read(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"two migrations share version {migrations[i].Version}");
            }
        }

        return migrations;
    }

    /// <summary>Returns the versions applied by this call; none past <paramref name="throughVersion"/> when given.</summary>
    public async Task<IReadOnlyList<int>> ApplyAsync(DbConnection connection, CancellationToken cancellationToken, int throughVersion = int.MaxValue)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            prepare("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"),
            cancellationToken: cancellationToken));

        var applied = new List<int>();
        foreach (var migration in Load().Where(m => m.Version <= throughVersion))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

            // Checked inside the transaction: another process may have applied it since we looked.
            var done = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version",
                new { migration.Version }, transaction, cancellationToken: cancellationToken));
            if (done > 0)
            {
                continue;
            }

            try
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    prepare(migration.Sql), transaction: transaction, cancellationToken: cancellationToken));
            }
            catch (DbException ex)
            {
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"migration {migration.Version:D4}_{migration.Name} failed: {ex.Message}"), ex);
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = DateText.ToStored(time.GetUtcNow()) },
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration.Version);
        }

        return applied;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"migration resource '{resource}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
