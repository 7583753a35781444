namespace ClaimExtractor.Storage.Store;

/// <summary>A contradictions row with its review status, as Dapper reads it.</summary>
internal sealed class ContradictionRow
{
    public long Id { get; set; }

    public long ClaimA { get; set; }

    public long ClaimB { get; set; }

    public string Kind { get; set; } = "";

    public double Severity { get; set; }

    public double Score { get; set; }

    public string Explanation { get; set; } = "";

    public string ClaimKey { get; set; } = "";

    public string Status { get; set; } = "";
}
