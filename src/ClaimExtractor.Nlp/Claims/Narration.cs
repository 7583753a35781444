using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>How a figure's clause tells its time: a past event, which the story's period may then date, or a change over a quarter.</summary>
internal static class Narration
{
    /// <summary>Whether token <paramref name="i"/> is a past form that does not end in "-ed" ("rose", "became").</summary>
    public static bool IsIrregularPast(AnalyzedDocument doc, int i) => doc.IsAny(i, Lexicon.IrregularPast);

    /// <summary>
    /// A past-tense verb in the figure's clause ("left", "were cancelled", "attended", "rose to"), not a present passive
    /// ("is funded", "are typically finalised") or a perfect ("have been indicted"). The clause ends, for this, where a
    /// subordinate clause, another verb phrase ("and will operate") or the report's tail (", the carmaker told analysts")
    /// follows the figure.
    /// </summary>
    public static bool Narrates(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention)
    {
        var (cFirst, cEnd) = facts.ClauseOf(mention.FirstToken);
        cEnd = VerbPhraseEnd(doc, mention.EndToken, cEnd);
        for (int i = cFirst; i < cEnd; i++)
        {
            if (doc.Is(i, "will") || doc.Is(i, "would") || doc.Is(i, "may") || doc.Is(i, "could") || doc.Is(i, "has") || doc.Is(i, "have"))
            {
                return false;
            }
        }

        for (int i = cFirst; i < cEnd; i++)
        {
            var w = doc.TokenText(i);
            bool pastForm = doc.Is(i, "was") || doc.Is(i, "were") || doc.Is(i, "had") || doc.Is(i, "did") || doc.IsAny(i, Lexicon.IrregularPast)
                || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]));
            // "are finalised", "are typically finalised": a present passive
            int aux = i > 0 && doc.Tokens[i - 1].Kind == TokenKind.Word && doc.TokenText(i - 1).EndsWith("ly", StringComparison.Ordinal) ? i - 2 : i - 1;
            if (pastForm && !doc.Is(aux, "is") && !doc.Is(aux, "are") && !doc.Is(aux, "be") && !doc.Is(aux, "been") && !doc.Is(aux, "being"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the verb phrase holding a figure ends, past the figure (from <paramref name="from"/>, before the clause's
    /// <paramref name="end"/>): at a subordinate clause (", as it sought", "because", "when the recall was first
    /// announced"), another verb phrase ("and will
    /// operate"), or a comma that opens the report's tail (", the carmaker told analysts").
    /// </summary>
    public static int VerbPhraseEnd(AnalyzedDocument doc, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (doc.IsAny(i, Subordinators) && (doc.Is(i - 1, ",") || !doc.Is(i, "as"))
                || (doc.Is(i, "and") && (doc.Is(i + 1, "will") || doc.Is(i + 1, "would") || doc.Is(i + 1, "may") || doc.Is(i + 1, "could")))
                || (doc.Is(i, ",") && OpensReport(doc, i + 1, end)))
            {
                return i;
            }
        }

        return end;
    }

    // ", the carmaker told", ", officials said", ", according to": a speaker of at most five words, then a saying verb
    private static bool OpensReport(AnalyzedDocument doc, int i, int end)
    {
        if (doc.Is(i, "according"))
        {
            return true;
        }

        for (int k = i; k < end && k < i + 6; k++)
        {
            if (doc.IsAny(k, ReportVerbs))
            {
                return k > i;
            }

            if (doc.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet Subordinators = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "because", "as", "while", "although", "though", "unless", "whereas", "which", "who", "when");

    private static readonly WordSet ReportVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "told", "tells", "confirmed", "announced", "added", "stated", "estimated", "reported", "communicated", "declared");

    /// <summary>
    /// The stretch the figure's clause measures over without naming which: a quarter ("fell 0.4 per cent over the
    /// quarter", "the strongest quarterly growth") or a whole year ("For the full year", "full-year revenue", "the whole
    /// year"), or the twelve months to when it is read ("over the year", "over the past year", "on the year"); "the third
    /// quarter" names one and is a period of its own.
    /// </summary>
    public static MeasuredOver MeasuresOver(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention)
    {
        var (cFirst, cEnd) = facts.ClauseOf(mention.FirstToken);
        for (int i = cFirst; i < cEnd; i++)
        {
            if (doc.Is(i, "quarterly") || doc.Is(i, "quarter-on-quarter") || (doc.Is(i, "quarter") && doc.Is(i - 1, "the") && (doc.Is(i - 2, "over") || doc.Is(i - 2, "in") || doc.Is(i - 2, "during"))))
            {
                return MeasuredOver.Quarter;
            }

            // "full year", "full-year" (a hyphen is a token of its own), "whole year"
            if (doc.Is(i, "year") && (doc.Is(i - 1, "full") || doc.Is(i - 1, "whole") || (doc.Is(i - 1, "-") && doc.Is(i - 2, "full"))))
            {
                return MeasuredOver.Year;
            }

            // "over the year", "over the past year", "on the year"
            if (doc.Is(i, "year") && (doc.Is(i - 1, "the") ? YearLinks(doc, i - 2) : doc.Is(i - 1, "past") && doc.Is(i - 2, "the") && YearLinks(doc, i - 3)))
            {
                return MeasuredOver.TwelveMonths;
            }
        }

        return MeasuredOver.Unsaid;
    }

    // "over" or "on" before "the year"
    private static bool YearLinks(AnalyzedDocument doc, int i) => doc.Is(i, "over") || doc.Is(i, "on");
}
