namespace ClaimExtractor.Storage.Export;

/// <summary>How many rows an export wrote to each file.</summary>
public sealed record ExportCounts(int Documents, int Claims, int Contradictions);
