using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A nationality describing a thing ("Italian lakeside festival", "the American manufacturing giant"): it sets the
/// scene and is neither the story's actor nor what a later "it" points at; one naming people or a body acts ("North
/// Korean hackers", "Russian officials").
/// </summary>
internal static class PlaceAdjective
{
    // people and bodies a nationality can name as actors
    private static readonly WordSet Agents = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "hackers", "hacker", "groups", "group", "officials", "authorities", "government", "forces", "troops", "military",
        "regime", "operatives", "leaders", "leader", "agents", "lawmakers", "police", "ministry", "companies", "firms",
        "banks", "investors", "workers", "citizens", "nationals", "people", "soldiers", "diplomats", "prosecutors",
        "regulators", "state", "spies", "navy", "army", "president", "prime", "central", "state-backed", "cyber");

    // what a place glued on by a hyphen says of a thing: "the Nashville-based insurer", "a U.S.-listed company"
    private static readonly WordSet Locating = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "based", "headquartered", "listed", "registered", "born", "made", "built", "owned", "backed", "led", "run");

    /// <summary>
    /// Whether <paramref name="m"/> is a place glued to a participle that locates a thing ("the Nashville-based insurer",
    /// "a London-listed miner"): a description of that thing, never the subject of its figures.
    /// </summary>
    public static bool Locates(AnalyzedDocument doc, EntityMention m)
    {
        // "Texas-based" read whole as the place, as "North Korea-linked" is
        var text = m.Span.In(doc.Text);
        if (text.LastIndexOfAny('-', '‐') is > 0 and var dash && Locating.Contains(text[(dash + 1)..]))
        {
            return true;
        }

        int hyphen = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        return hyphen + 1 < doc.Tokens.Count && doc.TokenText(hyphen) is "-" or "‐" && doc.Tokens[hyphen].Start == m.Span.End
            && doc.Tokens[hyphen + 1].Start == doc.Tokens[hyphen].End && doc.IsAny(hyphen + 1, Locating);
    }

    /// <summary>
    /// Whether <paramref name="m"/> is a nationality describing the name its noun stands before ("Swedish truckmaker
    /// Nordvik Motors", "U.S. carmaker Ford"): the name's description, not the subject of its figures.
    /// </summary>
    public static bool DescribesName(AnalyzedDocument doc, EntityMention m)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (m.Kind != MentionKind.Demonym)
        {
            return false;
        }

        int next = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        for (int i = next; i < Math.Min(doc.Tokens.Count, next + 3); i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word || !char.IsLower(doc.TokenText(i)[0]))
            {
                int start = doc.Tokens[i].Start;
                return i > next && doc.Mentions.Any(n => n.Span.Start == start && n.Kind == MentionKind.Name);
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="m"/> is a nationality before a lower-case word that names no actor.</summary>
    public static bool Is(AnalyzedDocument doc, EntityMention m)
    {
        if (m.Kind != MentionKind.Demonym)
        {
            return false;
        }

        int next = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        return next < doc.Tokens.Count && doc.Tokens[next].Kind == TokenKind.Word && char.IsLower(doc.TokenText(next)[0])
            && !doc.IsAny(next, Agents);
    }
}
