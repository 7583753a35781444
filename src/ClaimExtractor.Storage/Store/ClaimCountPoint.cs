namespace ClaimExtractor.Storage.Store;

/// <summary>How many claims about one subject and metric fall in one year (the period's start, else the publication date).</summary>
public sealed record ClaimCountPoint(string Subject, string MetricKey, int Year, int Claims);
