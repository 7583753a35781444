using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// An industry a figure is about ("Retailers announced 6,644 cuts", "healthcare companies 5,899", "The automotive sector
/// led job cuts with 12,021"): one industry's part of a count is not the whole economy's, so it goes into the metric key as
/// a population group does (<c>retail:job_cuts.count</c>). A plural name of the firms ("automakers", "retailers") names it
/// alone; a describing word needs a word of firms or a sector after it ("technology companies", "the auto industry"), so
/// "retail sales" and "energy prices" stay the measures they are; "the sector" is the industry named last.
/// </summary>
internal static class Industries
{
    private static readonly WordMap<string> Firms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["automakers"] = "automotive",
        ["carmakers"] = "automotive",
        ["retailers"] = "retail",
        ["manufacturers"] = "manufacturing",
        ["insurers"] = "insurance",
        ["airlines"] = "airlines",
        ["hospitals"] = "health care",
        ["utilities"] = "utilities",
        ["restaurants"] = "restaurants",
        ["homebuilders"] = "construction",
        ["chipmakers"] = "semiconductors",
        ["drugmakers"] = "pharmaceuticals",
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    private static readonly WordMap<string> Describing = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["automotive"] = "automotive",
        ["auto"] = "automotive",
        ["car"] = "automotive",
        ["retail"] = "retail",
        ["technology"] = "technology",
        ["tech"] = "technology",
        ["healthcare"] = "health care",
        ["health"] = "health care",
        ["government"] = "government",
        ["energy"] = "energy",
        ["media"] = "media",
        ["financial"] = "financial",
        ["construction"] = "construction",
        ["pharmaceutical"] = "pharmaceuticals",
        ["telecom"] = "telecommunications",
        ["telecommunications"] = "telecommunications",
        ["transportation"] = "transportation",
        ["entertainment"] = "entertainment",
        ["manufacturing"] = "manufacturing",
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    // (a dash ends a dateline: "June 3 (Reuters) - Airlines mishandled 33.4 million bags")
    private static readonly WordSet ClauseOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase, ",", ";", "and", "but", "while", "the", "as", "that", "whereas", "-", "—", "–");

    private static bool OpensClause(AnalyzedDocument doc, int i) =>
        i == 0 || doc.Tokens[i - 1].Sentence != doc.Tokens[i].Sentence || doc.IsAny(i - 1, ClauseOpeners);

    private static readonly WordSet FirmNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "companies", "firms", "sector", "industry", "employers", "providers", "makers", "groups", "businesses");

    // how far back "the sector" looks for the industry it names
    private const int SectorReach = 60;

    /// <summary>
    /// The industry named by the words starting at token <paramref name="i"/>, or null; "the sector" and "the industry"
    /// name the one named last before them ("Automakers announced 12,021 cuts. The sector has now cut 49,325 jobs").
    /// </summary>
    public static string? At(AnalyzedDocument doc, int i)
    {
        // ("help manufacturers increase", "A further 17 manufacturers", "California's utilities regulators": only the
        // subject opening a clause names the industry its figures are of)
        if (!OpensClause(doc, i))
        {
            return null;
        }

        if (Firms.TryGetValue(doc.TokenText(i), out var industry))
        {
            // ("utilities regulators": a plural noun after it, where a verb would follow a subject, makes it a describing word)
            return doc.TokenText(i + 1) is { Length: > 3 } next && next[^1] == 's' && next[^2] != 's' && char.IsLower(next[0]) ? null : industry;
        }

        if (doc.Is(i, "the") && (doc.Is(i + 1, "sector") || doc.Is(i + 1, "industry")))
        {
            for (int k = i - 1; k >= Math.Max(0, i - SectorReach); k--)
            {
                if (!doc.Is(k, "the") && At(doc, k) is { } named)
                {
                    return named;
                }
            }

            return null;
        }

        // "health care providers": a describing word of two
        int noun = doc.Is(i, "health") && doc.Is(i + 1, "care") ? i + 2 : i + 1;
        return Describing.TryGetValue(doc.TokenText(i), out var described) && doc.IsAny(noun, FirmNouns) ? described : null;
    }
}
