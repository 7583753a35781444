using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Seasons as northern meteorological ones: spring March to May, summer June to August, autumn (fall) September to
/// November, and winter December to February, named by the year that holds its January ("winter 2021" is December
/// 2020 to February 2021). "This summer" is the publication year's ("this winter" from June on the one coming), "last
/// summer" the latest one over before publication ("last winter" up to May the one before the winter that holds this
/// January, which "this winter" still names), "next spring" the first one starting after it, "in the summer" the
/// latest one begun. A bare season needs a year, a modifier, "the", "in"/"during"/"over"/"since" or a part ("mid
/// summer") before it; "fall" needs a year or a modifier (it is a verb, and "a late fall" a drop).
/// </summary>
internal static class Seasons
{
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        int? season = doc.Is(i, "spring") ? 0 : doc.Is(i, "summer") ? 1 : doc.Is(i, "autumn") || doc.Is(i, "fall") ? 2 : doc.Is(i, "winter") ? 3 : null;
        if (season is not { } s)
        {
            return null;
        }

        int first = i, after = i + 1;
        int? year = null;
        if (PeriodResolver.TryYear(doc, after, end, out int y))
        {
            year = y;
            after++;
        }
        else if (doc.Is(after, "of") && PeriodResolver.TryYear(doc, after + 1, end, out int y2, out int yearEnd))
        {
            year = y2;
            after = yearEnd;
        }

        int modifierAt = doc.Is(i - 1, "the") ? i - 2 : i - 1;
        string? modifier = doc.Is(i - 1, "this") || doc.Is(i - 1, "last") || doc.Is(i - 1, "next") ? doc.TokenText(i - 1).ToString().ToLowerInvariant() : null;
        // "the summer" alone too, in lower case and before no name: "the Winter Olympics", "the summer Games" are events
        // "mid summer", "early spring": a part of the season (PeriodEdges) names it too
        bool placed = doc.Is(modifierAt, "in") || doc.Is(modifierAt, "during") || doc.Is(modifierAt, "over") || doc.Is(modifierAt, "since")
            || doc.Is(i - 1, "early") || doc.Is(i - 1, "mid") || doc.Is(i - 1, "late")
            || (doc.Is(i - 1, "the") && char.IsLower(doc.TokenText(i)[0]) && !(after < end && (char.IsUpper(doc.TokenText(after)[0]) || NamesAThing(doc, after))))
            // "found winter losses of 42.2%", "summer sales": a toll or a tally the season is the stretch of
            || (char.IsLower(doc.TokenText(i)[0]) && after < end && doc.IsAny(after, SeasonTallies));
        if (year is null && modifier is null && (!placed || doc.Is(i, "fall")))
        {
            return null;
        }

        if (modifier is not null)
        {
            first = i - 1;
        }
        else if (year is null && doc.Is(i - 1, "the"))
        {
            first = i - 1;
        }

        Period? period = null;
        if (year is { } named)
        {
            period = Of(s, named);
        }
        else if (doc.Published is { } pub)
        {
            int current = s == 3 && pub.Month == 12 ? pub.Year + 1 : pub.Year;
            period = modifier switch
            {
                // ("this winter" from June on is the one coming: "Energy bills to rise by £149 this winter" in August)
                "this" => Of(s, s == 3 && pub.Month is >= 6 and < 12 ? pub.Year + 1 : current),
                // ("Last winter, 18 people died" in March is the winter before the one "this winter" still names)
                "last" => Of(s, s == 3 && pub.Month < 6 ? pub.Year - 1 : Of(s, current).End < pub ? current : current - 1),
                "next" => Of(s, Of(s, current).Start > pub ? current : current + 1),
                _ => Of(s, Of(s, current).Start <= pub ? current : current - 1),
            };
        }

        return PeriodResolver.Make(doc, first, after, period, PeriodCue.Part);
    }

    // "the winter fuel payment", "the summer transfer window": a season before a noun that is no stretch of time
    // describes a thing ("the winter months", "the summer holidays" are times)
    private static bool NamesAThing(AnalyzedDocument doc, int after) =>
        doc.Tokens[after].Kind == Text.TokenKind.Word && char.IsLower(doc.TokenText(after)[0]) && !doc.IsAny(after, Text.Lexicon.FunctionWords)
        && !doc.IsAny(after, SeasonStretches) && !Text.Lexicon.IsPastForm(doc.TokenText(after));

    private static readonly Text.WordSet SeasonStretches = Text.WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "months", "month", "season", "period", "holidays", "holiday", "break", "term", "quarter", "weeks", "days", "half");

    private static readonly Text.WordSet SeasonTallies = Text.WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "losses", "deaths", "sales", "mortality", "rainfall", "snowfall");

    private static Period Of(int season, int year) => season == 3
        ? Period.Between(Period.Month(year - 1, 12), Period.Month(year, 2))
        : Period.Between(Period.Month(year, 3 + (3 * season)), Period.Month(year, 5 + (3 * season)));
}
