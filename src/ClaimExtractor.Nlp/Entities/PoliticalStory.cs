using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// Whether a party's alias that is also a common word names the party: "Labour won 412 seats" in a story about an
/// election, not "Labour costs rose 3%" in one about wages; "Democrats" and "Republicans" alike. A story is about politics
/// when it uses at least two of the words elections and parliaments are told in.
/// </summary>
internal sealed class PoliticalStory(AnalyzedDocument document)
{
    private static readonly WordSet Cues = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "election", "elections", "electoral", "voters", "voting", "ballot", "ballots", "poll", "polls", "polling", "seats", "MP", "MPs",
        "parliament", "parliamentary", "Senate", "senator", "senators", "Congress", "congressional", "lawmakers", "campaign",
        "candidate", "candidates", "Tories", "Tory", "Conservatives", "coalition", "constituency", "constituencies", "manifesto",
        "primary", "primaries", "midterms", "opposition", "legislature", "referendum", "landslide");

    // "Labour costs", "the Labour market", "Labour Force Survey": the common word before a noun of its own sense
    private static readonly WordSet CommonSenseNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "cost", "costs", "market", "markets", "shortage", "shortages", "force", "productivity", "law", "laws", "rights", "standards",
        "supply", "share", "income", "mobility", "participation", "relations", "Day", "Court", "Department", "Ministry");

    private const int MinCues = 2;

    private bool? political;

    /// <summary>Whether the alias ending before token <paramref name="end"/> names its party here.</summary>
    public bool NamesParty(int end) => !document.IsAny(end, CommonSenseNouns) && (political ??= Read());

    private bool Read()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < document.Tokens.Count && seen.Count < MinCues; i++)
        {
            if (document.Tokens[i].Kind == TokenKind.Word && document.IsAny(i, Cues))
            {
                seen.Add(document.TokenText(i).ToString());
            }
        }

        return seen.Count >= MinCues;
    }
}
