using ClaimExtractor.Storage.Store;
using Npgsql;

namespace ClaimExtractor.Storage.Tests;

/// <summary>What <c>--db</c> accepts: SQLite files and connection strings, PostgreSQL URLs and connection strings.</summary>
public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("claims.db")]
    [InlineData(":memory:")]
    [InlineData("Data Source=claims.db")]
    [InlineData("data/host=1/claims.db")]
    public void A_file_path_or_sqlite_connection_string_is_a_sqlite_store(string database)
    {
        Assert.Equal(StoreBackend.Sqlite, StoreLocation.Parse(database).Backend);
    }

    [Fact]
    public void A_postgres_url_becomes_a_connection_string_with_every_part_decoded()
    {
        var location = StoreLocation.Parse("postgres://claimx:p%40ss@db.example:6543/claims?sslmode=disable");

        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(StoreBackend.Postgres, location.Backend);
        Assert.Equal(("db.example", 6543, "claimx", "p@ss", "claims", SslMode.Disable),
            (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database, builder.SslMode));
    }

    [Theory]
    [InlineData("Host=localhost;Database=claims;Username=claimx")]
    [InlineData("server=localhost; database=claims")]
    [InlineData("postgresql://localhost/claims")]
    public void A_postgres_connection_string_or_url_is_a_postgres_store(string database)
    {
        Assert.Equal(StoreBackend.Postgres, StoreLocation.Parse(database).Backend);
    }

    [Fact]
    public void The_shown_location_never_carries_the_password()
    {
        var url = StoreLocation.Parse("postgres://claimx:secret@localhost/claims");
        var keywords = StoreLocation.Parse("Host=localhost;Password=secret;Database=claims");

        Assert.DoesNotContain("secret", url.Display, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", keywords.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_in_a_postgres_url_is_refused_by_name()
    {
        var refused = Assert.Throws<ArgumentException>(() => StoreLocation.Parse("postgres://u:secret@localhost/claims?colour=blue"));

        Assert.Contains("colour", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://claimx:secret@db.example:5432/claims")]
    [InlineData("Host=db.example;Username=claimx;Password=secret;Database=claims")]
    public void A_store_named_in_a_message_leaves_its_password_out(string database)
    {
        Assert.DoesNotContain("secret", StoreLocation.Describe(database), StringComparison.Ordinal);
        Assert.Contains("db.example", StoreLocation.Describe(database), StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_that_does_not_parse_is_named_as_given()
    {
        Assert.Equal("postgres://", StoreLocation.Describe("postgres://"));
    }
}
