using System.CommandLine;

namespace ClaimExtractor.Cli.Commands;

/// <summary>Options several commands share, declared once.</summary>
public static class CommonOptions
{
    /// <summary>The default SQLite database, in the current directory.</summary>
    public const string DefaultDatabase = "claims.db";

    /// <summary><c>--db FILE|CONNECTION</c>.</summary>
    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file or connection string, or PostgreSQL postgres://user:password@host:port/db URL or Host=...;Database=... connection string",
        DefaultValueFactory = _ => DefaultDatabase,
        HelpName = "FILE|CONNECTION",
    };

    /// <summary><c>--models DIR</c>: the lexicons and models the NLP stage loads.</summary>
    public static Option<string> Models() => new("--models")
    {
        Description = "Folder of lexicons and models (default: the models/ shipped with claimx)",
        DefaultValueFactory = _ => ModelsLocator.Default(),
        HelpName = "DIR",
    };

    /// <summary><c>--format</c> with the given choices, the first being the default.</summary>
    public static Option<string> Format(params string[] choices)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", choices)}",
            DefaultValueFactory = _ => choices[0],
        };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    /// <summary><c>--limit N</c>.</summary>
    public static Option<int?> Limit(string description) => new("--limit") { Description = description, HelpName = "N" };

    /// <summary><c>--entity NAME</c> filter.</summary>
    public static Option<string?> Entity() => new("--entity") { Description = "Only claims about this entity (name or alias, substring)" };

    /// <summary><c>--metric NAME</c> filter.</summary>
    public static Option<string?> Metric() => new("--metric") { Description = "Only this metric (phrase or key, substring)" };
}
