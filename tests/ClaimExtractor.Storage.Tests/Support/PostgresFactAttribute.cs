namespace ClaimExtractor.Storage.Tests.Support;

/// <summary>A test that needs the PostgreSQL server in <c>CLAIMX_TEST_PG</c>: skipped with the reason when it is absent (never under CI).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresTestDatabase.SkipReason;
    }
}
