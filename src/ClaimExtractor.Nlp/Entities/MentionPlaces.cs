using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>Where a mention stands in its sentence: the token at an offset, the preposition that governs a mention.</summary>
internal static class MentionPlaces
{
    private static readonly WordSet Prepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "in", "from", "to", "for", "with", "at", "on", "than", "between", "against", "into", "about", "like", "by",
        "as", "over", "under", "after", "before", "since", "during", "among", "via", "toward", "towards", "amid", "excluding", "except", "besides");

    // what may stand between a preposition and the name it governs: "in his initial Instagram announcement"
    private static readonly WordSet Determiners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your");

    /// <summary>How many names of a list ("in Sweden, Norway and Germany") are followed back to its preposition.</summary>
    private const int MaxListedNames = 8;

    /// <summary>How many lower-case describing words may stand between a preposition and a name with no determiner ("to private equity firm Nexus").</summary>
    private const int MaxBareDescribingWords = 3;

    /// <summary>How many lower-case describing words may stand between the determiner and the name.</summary>
    private const int MaxDescribingWords = 2;

    /// <summary>
    /// The preposition before a mention (past a determiner or possessive and up to two describing words), lower case, or
    /// null: "in" for "in the United States", for "In his initial Instagram announcement" and for Germany in "in Sweden
    /// and Germany".
    /// </summary>
    public static string? PrepositionBefore(AnalyzedDocument doc, EntityMention m) => PrepositionBefore(doc, m, listed: 0);

    /// <summary>
    /// Whether a preposition governs <paramref name="m"/> through the words describing it with no determiner between ("to
    /// private equity firm Nexus", "with rival carrier JetBlue"), or right before it.
    /// </summary>
    public static bool Governed(AnalyzedDocument doc, EntityMention m)
    {
        if (PrepositionBefore(doc, m) is not null)
        {
            return true;
        }

        int first = TokenAt(doc, m.Span.Start);
        for (int t = first - 1; t >= 0 && t >= first - 1 - MaxBareDescribingWords && doc.Tokens[t].Sentence == doc.Tokens[first].Sentence && doc.Tokens[t].Kind == Text.TokenKind.Word; t--)
        {
            if (Prepositions.Contains(doc.TokenText(t).ToString()))
            {
                return t < first - 1;
            }

            if (!char.IsLower(doc.TokenText(t)[0]) || doc.IsAny(t, Text.Lexicon.FunctionWords))
            {
                return false;
            }
        }

        return false;
    }

    // listed: how many names of a list m stands after, so a comma before it continues the list ("in Sweden, Norway and
    // Germany"); a comma before a name alone ends a fronted phrase ("On Wall Street, the Dow fell"). A list is followed
    // back at most MaxListedNames names.
    private static string? PrepositionBefore(AnalyzedDocument doc, EntityMention m, int listed)
    {
        int first = TokenAt(doc, m.Span.Start);
        int t = first - 1;
        int describing = t;
        while (describing >= 0 && describing > t - MaxDescribingWords && doc.Tokens[describing].Sentence == doc.Tokens[first].Sentence && doc.Tokens[describing].Kind == Text.TokenKind.Word
            && char.IsLower(doc.TokenText(describing)[0]) && !doc.IsAny(describing, Text.Lexicon.FunctionWords) && !Prepositions.Contains(doc.TokenText(describing).ToString()))
        {
            describing--;
        }

        if (describing < t && describing >= 0 && doc.IsAny(describing, Determiners))
        {
            t = describing;
        }

        while (t >= 0 && doc.IsAny(t, Determiners))
        {
            t--;
        }

        if (t < 0 || doc.Tokens[t].Sentence != doc.Tokens[first].Sentence)
        {
            return null;
        }

        // "in Sweden and Germany", "in Sweden, Norway and Germany": a name joined to one a preposition governs
        if (t > 0 && listed < MaxListedNames && (doc.Is(t, "and") || doc.Is(t, "or") || (listed > 0 && doc.Is(t, ",")))
            && doc.Mentions.LastOrDefault(p => p.Span.End == doc.Tokens[t - 1].End) is { } joined && joined.Span.Start < m.Span.Start)
        {
            return PrepositionBefore(doc, joined, listed + 1);
        }

        // "The city of Wajima reported 83 deaths", "in the town of Suzu": the place noun's phrase is the name's
        if (doc.Is(t, "of") && doc.IsAny(t - 1, PlacesOf) && doc.IsAny(t - 2, Determiners))
        {
            t -= 3;
            if (t < 0 || doc.Tokens[t].Sentence != doc.Tokens[first].Sentence)
            {
                return null;
            }
        }

        var text = doc.TokenText(t).ToString();
        return Prepositions.Contains(text) ? text.ToLowerInvariant() : null;
    }

    /// <summary>Nouns of a place whose name follows "of" ("the city of Wajima", "the state of Texas").</summary>
    public static WordSet PlacesOf { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "city", "town", "village", "province", "region", "county", "district", "prefecture", "island", "port", "municipality", "state");

    /// <summary>
    /// The mention of <paramref name="mentions"/> that <paramref name="accept"/> takes and that opens right after token
    /// <paramref name="link"/>, past a "the" ("to the Justice Department", "raised by Trump", "for Samsung"); null when none.
    /// </summary>
    public static EntityMention? OpeningAfter(AnalyzedDocument doc, List<EntityMention> mentions, int link, Func<EntityMention, bool> accept)
    {
        int name = doc.Is(link + 1, "the") ? link + 2 : link + 1;
        return name < doc.Tokens.Count ? mentions.Find(m => m.Span.Start == doc.Tokens[name].Start && accept(m)) : null;
    }

    /// <summary>The index of the token holding <paramref name="offset"/>.</summary>
    public static int TokenAt(AnalyzedDocument doc, int offset)
    {
        int lo = 0, hi = doc.Tokens.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (doc.Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
