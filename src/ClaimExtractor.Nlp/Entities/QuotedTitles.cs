using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A work's title in quotation marks: "Dune: Part Two" dominated theaters, "Bob Marley: One Love," fell to second
/// place, the film 'Ocean's Eleven'. Two or more words in title case between quotes are one name (of type other): its
/// words are no separate names ("Part", "Love") and its numbers no figures ("One", "Eleven"). A quoted phrase the
/// entity lexicon knows ("the 'Hermit Kingdom'") stays that entity (the recognizer checks); a quoted remark ("We are
/// expecting a year of modest growth") is not in title case.
/// </summary>
internal static class QuotedTitles
{
    // the longest title read: "Everything Everywhere All at Once" is 5 words
    private const int MaxTokens = 12;

    private static readonly WordSet Quotes = WordSet.Create(StringComparer.Ordinal, "\"", "“", "”", "'", "‘", "’");

    // words a title keeps in lower case after its first: "Killers of the Flower Moon", "Gone with the Wind"
    private static readonly WordSet SmallWords = WordSet.Create(StringComparer.Ordinal,
        "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "vs", "vs.", "nor", "but", "as");

    // marks inside a title: "Dune: Part Two", "Ocean's Eleven", "Spider-Man", "Mr. & Mrs. Smith", "Glass Onion!"
    private static readonly WordSet Marks = WordSet.Create(StringComparer.Ordinal, ":", "-", "–", "&", "!", "?", ".", "'s", "’s", "'", "’");

    /// <summary>
    /// The quoted titles of <paramref name="sentence"/> as token ranges, a closing comma inside the quotes left out
    /// ("“Bob Marley: One Love,”").
    /// </summary>
    public static IEnumerable<(int First, int End)> In(AnalyzedDocument doc, Sentence sentence)
    {
        for (int open = sentence.FirstToken; open < sentence.EndToken - 2; open++)
        {
            if (!doc.IsAny(open, Quotes) || doc.Tokens[open + 1].Start != doc.Tokens[open].End)
            {
                continue;
            }

            int close = Close(doc, open, Math.Min(sentence.EndToken, open + 1 + MaxTokens));
            int end = close > 0 && doc.Is(close - 1, ",") ? close - 1 : close;
            if (close > 0 && IsTitle(doc, open + 1, end))
            {
                yield return (open + 1, end);
                open = close;
            }
        }
    }

    /// <summary>Whether <paramref name="mention"/> is a title this class found: a name of type other between quotes.</summary>
    public static bool Is(AnalyzedDocument doc, EntityMention mention)
    {
        if (mention.Entity.Type != EntityType.Other || mention.Span.Start == 0)
        {
            return false;
        }

        var text = doc.Text;
        int after = mention.Span.End < text.Length && text[mention.Span.End] == ',' ? mention.Span.End + 1 : mention.Span.End;
        return IsQuote(text[mention.Span.Start - 1]) && after < text.Length && IsQuote(text[after]);
    }

    /// <summary>The tokens of <paramref name="doc"/> inside a quoted title, or null when it has none.</summary>
    public static bool[]? Tokens(AnalyzedDocument doc)
    {
        bool[]? inside = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Kind == MentionKind.Name && Is(doc, m))
            {
                inside ??= new bool[doc.Tokens.Count];
                for (int t = MentionPlaces.TokenAt(doc, m.Span.Start); t < doc.Tokens.Count && doc.Tokens[t].End <= m.Span.End; t++)
                {
                    inside[t] = true;
                }
            }
        }

        return inside;
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’';

    // the quote closing the one at open, glued to the title's last token, before limit; 0 when there is none. A single
    // quote after a plural before a lower-case word is a possessive's apostrophe ("the Democrats’ poll-tested claims")
    private static int Close(AnalyzedDocument doc, int open, int limit)
    {
        bool single = doc.TokenText(open) is "'" or "‘" or "’";
        for (int i = open + 2; i < limit; i++)
        {
            var text = doc.TokenText(i);
            if (!doc.IsAny(i, Quotes) || doc.Tokens[i].Start != doc.Tokens[i - 1].End || (i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].Start == doc.Tokens[i].End
                && doc.Tokens[i + 1].Kind == TokenKind.Word))
            {
                continue;
            }

            bool closesSingle = text is "'" or "’";
            if (single != closesSingle || (doc.TokenText(open) is "\"" && text is not "\"") || (single && Possessive(doc, i)))
            {
                return 0;
            }

            return i;
        }

        return 0;
    }

    private static bool Possessive(AnalyzedDocument doc, int quote) =>
        doc.TokenText(quote - 1).EndsWith('s') && quote + 1 < doc.Tokens.Count && doc.Tokens[quote + 1].Kind == TokenKind.Word
        && char.IsLower(doc.TokenText(quote + 1)[0]);

    // title case throughout, two words at least: each word capitalized or a number, or a small word after the first
    private static bool IsTitle(AnalyzedDocument doc, int first, int end)
    {
        if (end <= first || doc.Tokens[first].Kind != TokenKind.Word || !char.IsUpper(doc.TokenText(first)[0]))
        {
            return false;
        }

        int words = 0;
        for (int i = first; i < end; i++)
        {
            var text = doc.TokenText(i);
            if (doc.Tokens[i].Kind == TokenKind.Number || (doc.Tokens[i].Kind == TokenKind.Word && (char.IsUpper(text[0]) || char.IsDigit(text[0]))))
            {
                words++;
            }
            else if (!(i > first && doc.IsAny(i, SmallWords)) && !doc.IsAny(i, Marks))
            {
                return false;
            }
        }

        return words >= 2;
    }
}
