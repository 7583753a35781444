using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// "percent of 10", "per cent of twenty-two": a percentage written before its number, as the Recognizers-Text suite
/// reads it. Only where the phrase opens the sentence, with no word glued to the number after "of": news writes
/// "10 percent of 210 seats", and "(percent of 2019 levels)" or "the percent of 18-year-olds" name a share, not a figure.
/// </summary>
internal static class PercentOf
{
    /// <summary>True when a "percent of" phrase starts at <paramref name="k"/>; <paramref name="numberAt"/> is where its number starts.</summary>
    public static bool Opens(AnalyzedDocument doc, Sentence sentence, int k, int end, out int numberAt)
    {
        numberAt = k;
        int of = doc.Is(k, "percent") || doc.Is(k, "percents") ? k + 1 : doc.Is(k, "per") && doc.Is(k + 1, "cent") ? k + 2 : -1;
        if (of < 0 || !doc.Is(of, "of") || of + 1 >= end || k != sentence.FirstToken)
        {
            return false;
        }

        numberAt = of + 1;
        return true;
    }

    /// <summary>True when a word is glued by a hyphen after the number ending before <paramref name="after"/> ("18-year-olds").</summary>
    public static bool GluedToWord(AnalyzedDocument doc, int after) =>
        doc.TokenText(after) is "-" && doc.Tokens[after].Start == doc.Tokens[after - 1].End && after + 1 < doc.Tokens.Count
        && doc.Tokens[after + 1].Kind == TokenKind.Word && doc.Tokens[after + 1].Start == doc.Tokens[after].End;
}
