namespace ClaimExtractor.Web.Tests.Browser;

/// <summary>
/// Debian's chromium, which the browser tests drive (Playwright cannot download its own browsers here). Its path
/// can be overridden with <c>CLAIMX_CHROMIUM</c>; CI installs it (<c>apt-get install -y chromium</c>).
/// </summary>
internal static class Chromium
{
    public static string Path { get; } = Environment.GetEnvironmentVariable("CLAIMX_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Flags for a quiet headless run in a container: no sandbox, no GPU, nothing fetched in the background.</summary>
    public static IReadOnlyList<string> Args { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-default-apps", "--disable-extensions",
    ];

    /// <summary>Why browser tests skip: no chromium on a developer machine. Null when it is there, and under CI, where a missing browser fails.</summary>
    public static string? SkipReason => RepositoryPaths.SkipWhenMissing(Path, "chromium (apt-get install -y chromium, or set CLAIMX_CHROMIUM) is");

    /// <summary>Where screenshots go: <c>CLAIMX_ARTIFACTS</c>, else <c>TestResults/screenshots</c> in the repository.</summary>
    public static string Artifacts { get; } = Environment.GetEnvironmentVariable("CLAIMX_ARTIFACTS") is { Length: > 0 } folder
        ? folder
        : System.IO.Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");
}
