using System.Collections.Frozen;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// "Points" of a stock index or another score rather than percentage points: "the FTSE 100 closed at 7,512.6 points",
/// "the Dow fell 500 points". A hundred points or more are never a difference of percentages, and points in a sentence
/// that names an index are that index's.
/// </summary>
internal static class IndexPoints
{
    public static readonly UnitEntry Entry = new(Unit.Measure("index_point"), Prefix: false, Suffix: true);

    // how news names an index: "the index", "the Dow", "the FTSE 100", "the S&P 500", "the Nikkei 225"
    private static readonly FrozenSet<string> IndexNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "index", "indices", "indexes", "Dow", "Nasdaq", "FTSE", "S&P", "Nikkei", "Sensex", "Nifty", "DAX", "CAC", "Stoxx", "KOSPI", "Hang", "ASX",
        "TSX", "Topix", "benchmark");

    /// <summary>True when "points" after a number of <paramref name="value"/> are an index's.</summary>
    public static bool Is(AnalyzedDocument doc, Sentence sentence, decimal value) =>
        Math.Abs(value) >= 100m || doc.AnyIn(sentence.FirstToken, sentence.EndToken, IndexNames);
}
