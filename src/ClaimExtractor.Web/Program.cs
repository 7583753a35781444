using ClaimExtractor.Web;

// Standalone start (`dotnet run -- --db claims.db`); `claimx serve` calls ReviewApp.Build the same way.
var configuration = new ConfigurationBuilder().AddCommandLine(args).AddEnvironmentVariables("CLAIMX_").Build();
var app = ReviewApp.Build(
    configuration["db"] ?? "claims.db",
    configuration["urls"] ?? ReviewApp.DefaultUrls,
    configuration["token"],
    args);
await app.RunAsync();
