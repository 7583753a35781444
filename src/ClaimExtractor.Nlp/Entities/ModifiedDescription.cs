using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A definite description of a firm with words before its noun ("the British lender", "the UK retail bank", "the
/// California-based company", "the world's biggest chipmaker", "the Call of Duty maker"): it names the firm last named,
/// as "the lender" would.
/// A central bank ("the US central bank") is a public body, never the last company.
/// </summary>
internal static class ModifiedDescription
{
    /// <summary>The most words between "the" and the firm's noun.</summary>
    private const int MaxModifiers = 4;

    // words that make the description a public body's or an indefinite one's
    private static readonly WordSet Excluded = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "central", "federal", "national", "other", "another", "same", "new", "first", "second", "third", "next", "last", "former", "rival",
        "two", "three", "both", "each", "such");

    private static readonly WordSet LedBy = WordSet.Create(StringComparer.OrdinalIgnoreCase, "led", "backed", "owned", "controlled", "run", "funded");

    /// <summary>
    /// The token of "the" opening the description whose noun is token <paramref name="noun"/>, or -1 when words other
    /// than modifiers (a verb, a comma, a name that is no place) stand between.
    /// </summary>
    public static int Start(AnalyzedDocument doc, int noun)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int modifiers = 0;
        for (int j = noun - 1; j >= 0 && modifiers <= MaxModifiers; j--)
        {
            var text = doc.TokenText(j);
            if (text.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return modifiers > 0 ? j : -1;
            }

            // ("The Wyc Grousbeck-led ownership group", "the Saudi-backed league": a group someone leads or backs is
            // another than the firm last named)
            if (text is "-" or "‐" && j > 0 && doc.Tokens[j - 1].End == doc.Tokens[j].Start)
            {
                if (doc.IsAny(j + 1, LedBy))
                {
                    return -1;
                }

                continue;
            }

            // "the Columbus, Ohio, company": a city and its state set off by commas
            if (text is "," && j > 0 && (NameEndingAt(doc, j - 1) is { Entity.Type: EntityType.Gpe or EntityType.Loc } || PlaceStartingAt(doc, j + 1)))
            {
                continue;
            }

            // "the world's biggest chipmaker"
            if (text is "'s" or "’s" && doc.Is(j - 1, "world"))
            {
                continue;
            }

            if (doc.Tokens[j].Kind == TokenKind.Word && char.IsLower(text[0]) && !doc.IsAny(j, Excluded) && !doc.IsAny(j, Lexicon.FunctionWords))
            {
                modifiers++;
                continue;
            }

            if (NameEndingAt(doc, j) is { } named)
            {
                modifiers++;
                j = MentionPlaces.TokenAt(doc, named.Span.Start);
                continue;
            }

            return -1;
        }

        return -1;
    }

    private static bool PlaceStartingAt(AnalyzedDocument doc, int j)
    {
        int start = doc.Tokens[j].Start;
        foreach (var m in doc.Mentions)
        {
            if (m.Span.Start == start && m.Entity.Type is EntityType.Gpe or EntityType.Loc && m.Kind == MentionKind.Name)
            {
                return true;
            }
        }

        return false;
    }

    // a place's name or nationality ending at token j ("UK", "British", "California" of "California-based"), or a
    // product's or a brand's ("the Call of Duty maker", "the Pringles maker")
    private static EntityMention? NameEndingAt(AnalyzedDocument doc, int j)
    {
        int end = doc.Tokens[j].End;
        foreach (var m in doc.Mentions)
        {
            if (m.Span.End == end && ((m.Entity.Type is EntityType.Gpe or EntityType.Loc && m.Kind is MentionKind.Name or MentionKind.Demonym)
                || (m.Entity.Type == EntityType.Other && m.Kind == MentionKind.Name)))
            {
                return m;
            }
        }

        return null;
    }
}
