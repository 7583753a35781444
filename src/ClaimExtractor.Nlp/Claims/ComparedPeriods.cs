using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The period of a figure compared with, counted back from the period of the figure it is compared with rather
/// than from the publication date: "rose to 127,900 in September from 123,100 a month earlier" is August's, "A year
/// ago it was 9.7%" in a story about October's rate is October a year before, not the whole previous year, and a
/// bare "climbed to 11.8% from 11.2%" in September's release is August's (the unit before). A lag is in months; 0
/// stands for one unit of whatever the anchor is (month, quarter, half or year).
/// </summary>
internal static class ComparedPeriods
{
    private static readonly WordSet EarlierWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "earlier", "ago", "before");

    private static readonly WordSet PreviousWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "previous", "prior", "preceding");

    private static readonly WordMap<int> UnitMonths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["month"] = 1,
        ["months"] = 1,
        ["quarter"] = 3,
        ["quarters"] = 3,
        ["year"] = 12,
        ["years"] = 12,
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How far back a figure's time lies from the figure it is compared with: n months for "a month earlier", "a year
    /// ago", "two quarters before"; 0 (one unit) for a compared-with figure ("from 4.2 billion") whose sentence names
    /// no time for it, or only one before it, which is the other figure's ("rose to 5.1 billion in 2025 from 4.2
    /// billion"); null when its time is its own.
    /// </summary>
    public static int? LagOf(AnalyzedDocument doc, PeriodExpression? expression, QuantityMention mention)
    {
        // ("began September with $404 million, compared with $295 million for Trump": a figure of another name set beside
        // this one is of the same time)
        bool comparedWith = PeriodPicker.IsReferenceFigure(doc, mention) && !OfAnotherName(doc, mention);
        if (expression is null)
        {
            return comparedWith ? 0 : null;
        }

        // "lower than in 2023, when it reported revenue of $67.1 billion": the year named is the figure's own
        if (expression.Cue != PeriodCue.Relative && PeriodPicker.DescribesEarlierTime(doc, mention.QualifierFirstToken))
        {
            return null;
        }

        // "down from 21.4% in the same quarter last year", "10.1% in the prior-year period": the compared figure's
        // quarter, a year back
        if (SameUnitLastYear(doc, expression) || YearEarlierPeriods.Names(doc, expression))
        {
            return 12;
        }

        for (int i = expression.FirstToken; expression.Cue == PeriodCue.Relative && i <= expression.EndToken && i < doc.Tokens.Count; i++)
        {
            if (i > 0 && doc.IsAny(i, EarlierWords) && UnitMonths.TryGetValue(doc.TokenText(i - 1), out int months))
            {
                return CountBefore(doc, i - 1) * months;
            }

            // "down from 75.1% in the previous quarter", "the prior month": one unit before the compared figure's
            if (doc.IsAny(i, PreviousWords) && UnitMonths.TryGetValue(doc.TokenText(i + 1), out int unit))
            {
                return unit;
            }
        }

        return comparedWith && expression.EndToken <= mention.QualifierFirstToken ? 0 : null;
    }

    // a name right after the figure, through "for", "at" or "on" ("$295 million for Trump", "3% for Samsung")
    private static bool OfAnotherName(AnalyzedDocument doc, QuantityMention mention)
    {
        int link = mention.EndToken;
        if (!(doc.Is(link, "for") || doc.Is(link, "at") || doc.Is(link, "on")))
        {
            return false;
        }

        return Entities.MentionPlaces.OpeningAfter(doc, doc.MentionsIn(doc.Sentences[doc.Tokens[link].Sentence].Span), link, m => m.Kind == Core.Entities.MentionKind.Name) is not null;
    }

    private static bool SameUnitLastYear(AnalyzedDocument doc, PeriodExpression expression) =>
        doc.Is(expression.FirstToken - 2, "same") && (doc.Is(expression.FirstToken - 1, "quarter") || doc.Is(expression.FirstToken - 1, "month")
            || doc.Is(expression.FirstToken - 1, "period")) && doc.Is(expression.EndToken - 1, "year") && doc.Is(expression.FirstToken, "last");

    /// <summary>
    /// <paramref name="anchor"/> moved back by <paramref name="lag"/> months (0: by its own length), or null when the
    /// lag is shorter than the anchor ("a month earlier" than a whole year says nothing about the year) or the anchor
    /// is not whole months (a day).
    /// </summary>
    public static Period? Back(Period anchor, int lag)
    {
        // only whole months, quarters, halves and years are counted back
        if (anchor is not { Start: { Day: 1 } start, End: { } end } || end.AddDays(1).Day != 1)
        {
            return null;
        }

        int length = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        int months = lag == 0 ? length : lag;
        if (months < length)
        {
            return null;
        }

        var first = start.AddMonths(-months);
        var last = end.AddDays(1).AddMonths(-months).AddDays(-1);
        return Period.Spanning(first, last);
    }

    /// <summary>
    /// The occasion after <paramref name="previous"/> when that one holds <paramref name="published"/> ("last year's
    /// festival" in a 2026 story: 2026), else null: a story that names the previous occasion reports the current one.
    /// </summary>
    public static Period? Current(Period previous, DateOnly? published)
    {
        if (published is not { } day || previous is not { Start: { Day: 1 } start, End: { } end } || end.AddDays(1).Day != 1)
        {
            return null;
        }

        int length = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        var next = Period.Spanning(start.AddMonths(length), end.AddDays(1).AddMonths(length).AddDays(-1));
        return next.Start <= day && day <= next.End ? next : null;
    }

    // "a year", "one year", "two years", "12 months"
    private static int CountBefore(AnalyzedDocument doc, int unit)
    {
        if (unit < 1)
        {
            return 1;
        }

        var word = doc.TokenText(unit - 1);
        return int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n is > 0 and < 100 ? n
            : NumberNames.Values.TryGetValue(word, out int named) ? named
            : 1;
    }
}
