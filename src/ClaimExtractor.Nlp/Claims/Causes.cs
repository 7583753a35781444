using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The cause a toll is told apart by ("Cocaine-related deaths fell by about a fifth", "alcohol-linked deaths", "deaths
/// involving fentanyl"): deaths of one cause are a part of all deaths, so the cause goes into the metric key
/// (<c>cocaine:deaths.count</c>) and the checker never sets the one against the other. Only a cause the wording sets
/// apart counts: "overdose deaths" in an overdose story are all its deaths.
/// </summary>
internal static class Causes
{
    /// <summary>The concepts of a toll: deaths and injuries.</summary>
    public static readonly HashSet<string> TollConcepts = new(StringComparer.Ordinal) { "deaths", "injured" };

    /// <summary>The nouns of a toll: "deaths", "fatalities", "injuries".</summary>
    public static readonly WordSet TollNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "deaths", "death", "fatalities", "injuries", "overdoses", "hospitalizations", "hospitalisations");

    private static readonly WordSet CauseLinks = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "related", "linked", "involved", "induced", "caused", "associated");

    /// <summary>The cause, lower-cased ("cocaine"); null for a toll of every cause.</summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric)
    {
        if (!TollConcepts.Contains(metric.Concept) || metric.ShareBaseKey is not null || metric.Key.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var (first, end) = facts.ClauseOf(q.FirstToken);
        for (int i = first; i < end; i++)
        {
            if (!doc.IsAny(i, TollNouns))
            {
                continue;
            }

            // "Cocaine-related deaths"
            if (i - 3 >= first && doc.IsAny(i - 1, CauseLinks) && doc.TokenText(i - 2) is "-" && doc.Tokens[i - 2].Start == doc.Tokens[i - 3].End
                && doc.Tokens[i - 3].Kind == TokenKind.Word)
            {
                return doc.TokenText(i - 3).ToString().ToLowerInvariant();
            }

            // "Overdose deaths declined about 3%" in a story of all deaths: a cause the story's opening never names sets its
            // deaths apart ("Drug overdose deaths fell" in an overdose story are all its deaths)
            if (i - 1 >= first && doc.IsAny(i - 1, CauseNouns) && !OpeningNames(doc, doc.TokenText(i - 1)))
            {
                return doc.TokenText(i - 1).ToString().ToLowerInvariant();
            }

            // "Deaths from COVID fell to around 50,000", as the compound is when the opening never names the cause
            if (doc.Is(i + 1, "from") && i + 2 < end && doc.IsAny(i + 2, CauseNouns) && !OpeningNames(doc, doc.TokenText(i + 2)))
            {
                return doc.TokenText(i + 2).ToString().ToLowerInvariant();
            }

            // "deaths involving fentanyl", "Deaths linked to synthetic opioids fell by 37%", "deaths caused by heat"
            int named = doc.Is(i + 1, "involving") ? i + 2
                : (doc.IsAny(i + 1, CauseLinks) || doc.Is(i + 1, "attributed")) && (doc.Is(i + 2, "to") || doc.Is(i + 2, "by")) ? i + 3 : -1;
            if (named > 0 && WordRuns.LastWord(doc, named, end, MaxCauseWords, lowerOnly: false) is var head and >= 0)
            {
                return doc.TokenText(head).ToString().ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>The most words a cause named after its link may run to ("synthetic opioids").</summary>
    private const int MaxCauseWords = 3;

    // causes a toll's noun may be compounded with ("overdose deaths", "cancer deaths", "gun deaths")
    private static readonly WordSet CauseNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "overdose", "drug", "opioid", "fentanyl", "heroin", "alcohol", "suicide", "gun", "firearm", "covid", "covid-19", "coronavirus", "flu",
        "influenza", "malaria", "cancer", "measles", "cholera", "tuberculosis", "hiv", "aids", "heat", "smoking", "tobacco", "traffic", "road");

    // whether the story's opening (its first sentence, and the one after a headline) names the cause: a word that opens
    // with it ("Overdoses", "overdose")
    private static bool OpeningNames(AnalyzedDocument doc, ReadOnlySpan<char> cause)
    {
        int sentences = doc.Sentences.Count > 1 && doc.EndsWithoutStop(doc.Sentences[0]) ? 2 : Math.Min(1, doc.Sentences.Count);
        for (int s = 0; s < sentences; s++)
        {
            for (int i = doc.Sentences[s].FirstToken; i < doc.Sentences[s].EndToken; i++)
            {
                if (doc.TokenText(i).StartsWith(cause, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
