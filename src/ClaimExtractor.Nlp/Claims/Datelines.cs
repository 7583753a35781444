using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The dateline a wire story opens with ("LONDON, Dec 2 (Reuters) -", "KOUROU, French Guiana, Sept. 16 (CP) —"): its
/// date says when the story was filed, not what any figure in the sentence measures.
/// </summary>
internal static class Datelines
{
    // A dateline's place is at most a city and its region or country: "SAN JOSE, Costa Rica,".
    private const int MaxPlaceTokens = 6;

    /// <summary>True when <paramref name="period"/> is the date of the dateline that opens <paramref name="sentence"/>.</summary>
    public static bool IsDateline(AnalyzedDocument doc, Sentence sentence, PeriodExpression period)
    {
        int first = sentence.FirstToken;
        int comma = period.FirstToken - 1;
        if (!doc.Is(comma, ",") || comma - first < 1 || comma - first > MaxPlaceTokens || !IsUpperWord(doc, first))
        {
            return false;
        }

        int after = period.EndToken;
        if (doc.Is(after, "("))
        {
            while (after < sentence.EndToken && !doc.Is(after, ")"))
            {
                after++;
            }

            after++;
        }

        return doc.Is(after, "-") || doc.Is(after, "—") || doc.Is(after, "–") || doc.Is(after, "--");
    }

    // "LONDON", "NEW": a dateline's place is written in capitals.
    private static bool IsUpperWord(AnalyzedDocument doc, int i)
    {
        var text = doc.TokenText(i);
        if (doc.Tokens[i].Kind != TokenKind.Word || text.Length < 2)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
