namespace ClaimExtractor.Ingest.Web;

/// <summary>What one request gave: a result, the redirect target, and whether and when to try again.</summary>
internal sealed record Attempt(FetchResult Result, Uri? Location, TimeSpan? RetryAfter, bool Retryable);
