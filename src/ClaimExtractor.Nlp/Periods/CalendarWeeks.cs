using System.Globalization;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// ISO 8601 calendar weeks, Monday to Sunday, the first holding 4 January: "calendar week 31" (of the publication year),
/// "calendar week 31 of 2024", "week 31 of 2024", "the 31st week of 2024". A year or the word "calendar" makes the number a
/// calendar week: a bare "week 10" is a season's round or a week of pregnancy, and so is "week 10 of 2024" in a sentence
/// about a season, a league or a pregnancy. The first five weeks by their ordinal are <see cref="WeekReader"/>'s.
/// </summary>
internal static class CalendarWeeks
{
    private const int MaxWeek = 53;

    // what makes a numbered week a round or a pregnancy's week: "Week 10 of 2024 closes the NFL regular season"
    private static readonly WordSet RoundOrPregnancy = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "season", "seasons", "league", "NFL", "fantasy", "playoff", "playoffs", "game", "games", "round", "fixture", "fixtures",
        "pregnancy", "pregnant", "gestation");

    /// <summary>Reads a calendar week starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int end = sentence.EndToken;
        bool calendar = doc.Is(i, "calendar");
        int weekAt = calendar ? i + 1 : i;
        int n, after;
        if (doc.Is(weekAt, "week") && Number(doc, weekAt + 1, end, ordinal: false, out n, out after))
        {
            // "week 31", "calendar week 31"
        }
        else if (!calendar && doc.Is(i, "the") && Number(doc, i + 1, end, ordinal: true, out n, out int afterOrdinal) && n > 5 && doc.Is(afterOrdinal, "week"))
        {
            // "the 31st week"
            after = afterOrdinal + 1;
        }
        else
        {
            return null;
        }

        int year, last = after;
        if (doc.Is(after, "of") && PeriodResolver.Read(doc, sentence, after + 1, nested: true) is { Period: { Start: { } start, End: { } stop } } whole
            && whole.FirstToken == after + 1 && start is { Month: 1, Day: 1 } && stop.Month == 12 && stop.Day == 31 && start.Year == stop.Year)
        {
            year = start.Year;
            last = whole.EndToken;
        }
        else if (calendar && doc.Published is { } published)
        {
            year = published.Year;
        }
        else
        {
            return null;
        }

        return (calendar || !AboutRoundsOrPregnancy(doc, sentence)) && Week(year, n) is { } week ? PeriodResolver.Make(doc, i, last, week, PeriodCue.Relative) : null;
    }

    // week n of a year: its Monday is 7(n - 1) days after the Monday of the week holding 4 January, and its Thursday
    // lies in the year (a 53rd week only in a year that has one)
    private static Period? Week(int year, int n)
    {
        var fourth = new DateOnly(year, 1, 4);
        var monday = fourth.AddDays(-(((int)fourth.DayOfWeek + 6) % 7) + (7 * (n - 1)));
        return monday.AddDays(3).Year == year ? Period.Spanning(monday, monday.AddDays(6)) : null;
    }

    // a week's number, 1 to 53: "31", or with its ordinal suffix glued on, "31st"
    private static bool Number(AnalyzedDocument doc, int at, int end, bool ordinal, out int n, out int after)
    {
        n = 0;
        after = at + 1;
        if (at >= end || doc.Tokens[at].Kind != TokenKind.Number || doc.Tokens[at].Span.Length > 2
            || !int.TryParse(doc.TokenText(at), NumberStyles.None, CultureInfo.InvariantCulture, out n) || n is < 1 or > MaxWeek)
        {
            return false;
        }

        bool suffix = after < end && doc.Tokens[after].Start == doc.Tokens[at].End && doc.TokenText(after) is "st" or "nd" or "rd" or "th";
        after += suffix ? 1 : 0;
        return suffix == ordinal;
    }

    private static bool AboutRoundsOrPregnancy(AnalyzedDocument doc, Sentence sentence)
    {
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (doc.IsAny(k, RoundOrPregnancy))
            {
                return true;
            }
        }

        return false;
    }
}
