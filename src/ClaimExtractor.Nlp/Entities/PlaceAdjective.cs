using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A nationality or a city describing a thing ("Italian lakeside festival", "the American manufacturing giant", "a Fort
/// Worth girl"): it sets the scene and is neither the story's actor nor what a later "it" points at; one naming people
/// or a body acts ("North Korean hackers", "Russian officials").
/// </summary>
internal static class PlaceAdjective
{
    // people and bodies a nationality can name as actors
    private static readonly WordSet Agents = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "hackers", "hacker", "groups", "group", "officials", "authorities", "government", "forces", "troops", "military",
        "regime", "operatives", "leaders", "leader", "agents", "lawmakers", "police", "ministry", "companies", "firms",
        "banks", "investors", "workers", "citizens", "nationals", "people", "soldiers", "diplomats", "prosecutors",
        "regulators", "state", "spies", "navy", "army", "president", "prime", "central", "state-backed", "cyber",
        // the nation's people as a whole: "four in ten American adults are obese", "British households spent"
        "adults", "households", "consumers", "voters", "residents", "families", "taxpayers", "shoppers", "drivers", "students");

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
        if (doc.TokenText(hyphen) is "," && hyphen + 1 < doc.Tokens.Count && LocatingWordWithin(doc, hyphen + 2))
        {
            // "The Columbus, Ohio-based company": a city before its state's located name locates the thing too
            int state = doc.Tokens[hyphen + 1].Start;
            foreach (var n in doc.Mentions)
            {
                if (n.Span.Start == state)
                {
                    return n.Entity.Type is EntityType.Gpe or EntityType.Loc && Locates(doc, n);
                }
            }

            return false;
        }

        return hyphen + 1 < doc.Tokens.Count && doc.TokenText(hyphen) is "-" or "‐" && doc.Tokens[hyphen].Start == m.Span.End
            && doc.Tokens[hyphen + 1].Start == doc.Tokens[hyphen].End && doc.IsAny(hyphen + 1, Locating);
    }

    // a participle that locates a thing a few tokens on from token from ("Ohio-based", "New York-based"): only then is a
    // name after a comma looked up
    private static bool LocatingWordWithin(AnalyzedDocument doc, int from)
    {
        for (int i = from; i < Math.Min(doc.Tokens.Count, from + MaxStateTokens); i++)
        {
            if (doc.IsAny(i, Locating))
            {
                return true;
            }
        }

        return false;
    }

    // the tokens a state's name and its hyphen may run to before the participle ("New", "York", "-")
    private const int MaxStateTokens = 4;

    /// <summary>
    /// Whether <paramref name="m"/> is a nationality or a place's possessive describing the name its noun stands before
    /// ("Swedish truckmaker Nordvik Motors", "U.S. carmaker Ford", "Britain's biggest bank HSBC"): the name's
    /// description, not the subject of its figures.
    /// </summary>
    public static bool DescribesName(AnalyzedDocument doc, EntityMention m)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int next = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        if (m.Kind != MentionKind.Demonym)
        {
            // "Britain's biggest bank HSBC", "Europe's largest low-cost airline Ryanair": a place's possessive describes too
            if (m.Entity.Type is not (EntityType.Gpe or EntityType.Loc) || doc.TokenText(next) is not ("'s" or "’s"))
            {
                return false;
            }

            next++;
        }

        bool possessive = m.Kind != MentionKind.Demonym;
        int words = 0;
        for (int i = next; i < doc.Tokens.Count && words <= (possessive ? MaxPossessiveWords : MaxDemonymWords); i++)
        {
            // "low-cost": a hyphen glued inside a word of the description joins two parts of one word
            if (doc.TokenText(i) is "-" && i > next && doc.Tokens[i].Start == doc.Tokens[i - 1].End)
            {
                words--;
                continue;
            }

            words++;
            if (doc.Tokens[i].Kind != TokenKind.Word || !char.IsLower(doc.TokenText(i)[0]))
            {
                // "Japan's Toyota", "Germany's Siemens": a place's company is the company's, its region ("Pakistan's Punjab
                // province") the place's
                int start = doc.Tokens[i].Start;
                return doc.Mentions.Any(n => n.Span.Start == start && n.Kind == MentionKind.Name
                    && (i > next || (possessive && n.Entity.Type is EntityType.Org or EntityType.Other)));
            }
        }

        return false;
    }

    /// <summary>The most words a nationality's description of a name holds ("Swedish truckmaker Nordvik").</summary>
    private const int MaxDemonymWords = 2;

    /// <summary>The most words a place's possessive description of a name holds ("Europe's largest low-cost airline Ryanair").</summary>
    private const int MaxPossessiveWords = 3;

    /// <summary>Whether <paramref name="m"/> is a nationality, or a city after a determiner, before a lower-case word that names no actor.</summary>
    public static bool Is(AnalyzedDocument doc, EntityMention m)
    {
        // "a 8-year-old Fort Worth girl", "the Chicago office": a city's name between a determiner and a noun describes
        // the noun, as a nationality does ("San Francisco had one of the highest rates" has no determiner)
        if (m.Kind != MentionKind.Demonym && !(m.Entity.Type == EntityType.Loc && m.Kind == MentionKind.Name && AfterDeterminer(doc, m)))
        {
            return false;
        }

        // ("Americans living longer", "Britons are saving more": a nationality in the plural is its people, who act)
        int next = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        return next < doc.Tokens.Count && doc.Tokens[next].Kind == TokenKind.Word && char.IsLower(doc.TokenText(next)[0])
            && !doc.IsAny(next, Agents) && !(m.Kind == MentionKind.Demonym && IsPlural(m.Span.In(doc.Text)));
    }

    // "Americans", "Britons", "Israelis", where "Swiss" is one word for both
    private static bool IsPlural(ReadOnlySpan<char> demonym) =>
        demonym.Length > 3 && demonym[^1] == 's' && demonym[^2] != 's';

    // a determiner right before the name, or before an age right before it ("a 8-year-old Fort Worth girl")
    private static bool AfterDeterminer(AnalyzedDocument doc, EntityMention m)
    {
        int before = MentionPlaces.TokenAt(doc, m.Span.Start) - 1;
        if (doc.Is(before, "old") || doc.TokenText(before).EndsWith("-old", StringComparison.OrdinalIgnoreCase))
        {
            // the age's glued parts ("8", "-", "year", "-", "old")
            while (before > 0 && doc.Tokens[before].Start == doc.Tokens[before - 1].End)
            {
                before--;
            }

            before--;
        }

        return doc.IsAny(before, Determiners);
    }

    private static readonly WordSet Determiners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "the", "its", "their", "his", "her", "this", "that");
}
