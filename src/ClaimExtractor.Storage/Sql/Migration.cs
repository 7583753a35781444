namespace ClaimExtractor.Storage.Sql;

/// <summary>One numbered schema change: <c>0001_initial.sql</c> is version 1, name <c>initial</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
