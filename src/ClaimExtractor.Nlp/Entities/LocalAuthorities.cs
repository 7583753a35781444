using System.Globalization;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A town's own government under the names outlets give it: "the town council", "the council", "the Municipality",
/// "City Hall" are the council of the place the story was filed from ("MONTELAGO, Italy, July 7 (CP) -",
/// "Montelago - The festival ..."), and "the council of Montelago", "the Municipality of Montelago" the council of the
/// place named. Each becomes a mention of one organization, "Montelago council", so a press release's "the
/// Municipality has invested" and a wire's "the town council said it spent" align. With no place to anchor to, the
/// words are left alone.
/// </summary>
internal static class LocalAuthorities
{
    private static readonly WordSet Heads = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "council", "municipality");

    private static readonly WordSet Modifiers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "town", "city", "county", "borough", "district", "municipal", "local", "village", "parish");

    private static readonly WordSet Halls = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "city", "town");

    /// <summary>Adds a reference mention to the local council for every description of it, replacing a name mention over the same words.</summary>
    public static void Resolve(AnalyzedDocument document)
    {
        string? home = HomePlace(document);
        for (int i = 1; i < document.Tokens.Count; i++)
        {
            int first, end = i + 1;
            if (document.IsAny(i, Heads))
            {
                first = document.IsAny(i - 1, Modifiers) ? i - 1 : i;
                if (!document.Is(first - 1, "the") || (first == i && document.Is(i, "council") && IsCapitalized(document, i)))
                {
                    // "the Council of Europe", "the Council": a named body, not a town's council
                    continue;
                }

                first--;
            }
            else if (document.Is(i, "hall") && document.IsAny(i - 1, Halls) && IsCapitalized(document, i - 1) && IsCapitalized(document, i))
            {
                // "City Hall said": the institution, not a building ("the town hall was flooded")
                first = i - 1;
            }
            else
            {
                continue;
            }

            string? place = home;
            if (document.Is(end, "of") && Place(document, end + 1) is { } named)
            {
                // "the Municipality of Montelago"
                place = named.Name;
                end = named.End;
            }

            if (place is null)
            {
                continue;
            }

            var span = new TextSpan(document.Tokens[first].Start, document.Tokens[end - 1].End);
            if (!OverlapsLongerMention(document, span))
            {
                // the recognizer's "Municipality" inside "the Municipality" is the council too; a longer name is left alone
                document.ReplaceMentionsWithin(new EntityMention(span, new EntityRef(place + " council", EntityType.Org), MentionKind.Reference));
            }

            i = end - 1;
        }
    }

    private static bool OverlapsLongerMention(AnalyzedDocument document, TextSpan span) =>
        document.Mentions.Any(m => m.Span.Start < span.End && span.Start < m.Span.End && (m.Span.Start < span.Start || m.Span.End > span.End));

    // The place the story was filed from: the first words of the opening dateline, before its comma or dash
    // ("CEDAR HOLLOW, Calif. (CP) —" → Cedar Hollow).
    private static string? HomePlace(AnalyzedDocument document)
    {
        foreach (var sentence in document.Sentences.Take(5))
        {
            if (Dateline.End(document, sentence) > sentence.Span.Start)
            {
                return Place(document, sentence.FirstToken)?.Name;
            }
        }

        return null;
    }

    // A run of capitalized words from token i ("Montelago", "CEDAR HOLLOW"), title-cased; null when none.
    private static (string Name, int End)? Place(AnalyzedDocument document, int i)
    {
        int end = i;
        while (end < document.Tokens.Count && document.Tokens[end].Kind == TokenKind.Word && IsCapitalized(document, end) && end - i < 4)
        {
            end++;
        }

        if (end == i)
        {
            return null;
        }

        var words = Enumerable.Range(i, end - i).Select(k => TitleCase(document.TokenText(k).ToString()));
        return (string.Join(' ', words), end);
    }

    private static string TitleCase(string word) =>
        word.Length > 1 && !word.AsSpan().ContainsAnyInRange('a', 'z')
            ? string.Concat(word[..1], word[1..].ToLower(CultureInfo.InvariantCulture))
            : word;

    private static bool IsCapitalized(AnalyzedDocument document, int i) => char.IsUpper(document.TokenText(i)[0]);
}
