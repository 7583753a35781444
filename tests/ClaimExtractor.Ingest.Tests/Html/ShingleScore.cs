using System.Text.RegularExpressions;

namespace ClaimExtractor.Ingest.Tests.Html;

/// <summary>
/// The article-extraction benchmark's metric: tokens are runs of word characters, shingles are runs of 4 tokens
/// (a 1-3 token text has one shorter shingle), counted as multisets.
/// </summary>
internal static partial class ShingleScore
{
    public static (int TruePositives, int Predicted, int Expected) Compare(string expected, string predicted)
    {
        var truth = Shingles(expected);
        var prediction = Shingles(predicted);
        var shared = prediction.Sum(p => Math.Min(p.Value, truth.GetValueOrDefault(p.Key)));
        return (shared, prediction.Values.Sum(), truth.Values.Sum());
    }

    public static List<string> Tokens(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = tokens.Count < 4 ? Math.Min(tokens.Count, 1) : tokens.Count - 3;
        for (var i = 0; i < count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(4));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
