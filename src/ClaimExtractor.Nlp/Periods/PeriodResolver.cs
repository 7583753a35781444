using System.Collections.Frozen;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Time expressions and the periods they name, resolved against the publication date: years, months ("in May" is
/// the latest May not after publication), full dates, quarters and halves, "through 2024", "this year", "last year",
/// "a year earlier", "this month", "since June", "currently", weekdays ("by Wednesday evening" is the latest Wednesday on or before
/// publication). "In recent years" stays open.
/// </summary>
public sealed class PeriodResolver : IDocumentProcess
{
    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["final"] = 4,
        ["last"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["Monday"] = DayOfWeek.Monday,
        ["Tuesday"] = DayOfWeek.Tuesday,
        ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday,
        ["Friday"] = DayOfWeek.Friday,
        ["Saturday"] = DayOfWeek.Saturday,
        ["Sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReportVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "told", "confirmed", "announced", "reported", "added", "stated", "updated", "published", "posted", "released");

    /// <inheritdoc />
    public string Name => "periods";

    /// <inheritdoc />
    public IReadOnlyList<string> Produces { get; } = ["period"];

    /// <inheritdoc />
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quantityTokens = new HashSet<int>();
        foreach (var q in document.Quantities)
        {
            for (int t = q.FirstToken; t < q.EndToken; t++)
            {
                quantityTokens.Add(t);
            }
        }

        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (quantityTokens.Contains(i))
                {
                    continue;
                }

                var found = Read(document, sentence, i);
                if (found is not null)
                {
                    document.AddPeriod(found);
                    i = found.EndToken - 1;
                }
            }
        }
    }

    private static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i)
    {
        DateOnly? pub = doc.Published;
        int end = sentence.EndToken;
        if (doc.Is(i, "recent") && (doc.Is(i + 1, "years") || doc.Is(i + 1, "months") || doc.Is(i + 1, "decades")))
        {
            int first = doc.Is(i - 1, "in") ? i - 1 : i;
            return Make(doc, first, i + 2, null, PeriodCue.Open);
        }

        if (doc.Is(i, "so") && doc.Is(i + 1, "far") && doc.Is(i + 2, "this") && doc.Is(i + 3, "year"))
        {
            return Make(doc, i, i + 4, pub is { } p0 ? Period.Year(p0.Year) : null, PeriodCue.ThisYear);
        }

        if (doc.Is(i, "this") || doc.Is(i, "last") || doc.Is(i, "next") || doc.Is(i, "past"))
        {
            int shift = doc.Is(i, "this") ? 0 : doc.Is(i, "next") ? 1 : -1;
            if (doc.Is(i + 1, "year") && !doc.Is(i, "past"))
            {
                return Make(doc, i, i + 2, pub is { } p ? Period.Year(p.Year + shift) : null, shift == 0 ? PeriodCue.ThisYear : PeriodCue.Relative);
            }

            if (doc.Is(i + 1, "month") && !doc.Is(i, "past"))
            {
                return Make(doc, i, i + 2, pub is { } p ? MonthOf(p.AddMonths(shift)) : null, PeriodCue.Relative);
            }
        }

        if ((doc.Is(i, "a") || doc.Is(i, "one")) && doc.Is(i + 1, "year") && (doc.Is(i + 2, "earlier") || doc.Is(i + 2, "ago") || doc.Is(i + 2, "before")))
        {
            return Make(doc, i, i + 3, pub is { } p ? Period.Year(p.Year - 1) : null, PeriodCue.Relative);
        }

        if (doc.Is(i, "the") && (doc.Is(i + 1, "previous") || doc.Is(i + 1, "prior") || doc.Is(i + 1, "preceding")) && doc.Is(i + 2, "year"))
        {
            return Make(doc, i, i + 3, pub is { } p ? Period.Year(p.Year - 1) : null, PeriodCue.Relative);
        }

        if (doc.Is(i, "currently") || doc.Is(i, "now"))
        {
            return Make(doc, i, i + 1, pub is { } p ? Period.Year(p.Year) : null, PeriodCue.Present);
        }

        if (TryYear(doc, i, end, out int year))
        {
            return ReadYear(doc, i, year);
        }

        var word = doc.TokenText(i);
        if (word.Length == 2 && word[0] is 'Q' or 'H' && word[1] is >= '1' and <= '4' && (word[0] == 'Q' || word[1] <= '2'))
        {
            int part = word[1] - '0';
            int after = i + 1;
            int? y = TryYear(doc, after, end, out int yy) ? yy : null;
            if (y is not null)
            {
                after++;
            }

            return Part(doc, i, after, word[0] == 'Q', part, y, pub);
        }

        if (Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int ordinal) && (doc.Is(i + 1, "quarter") || doc.Is(i + 1, "half")))
        {
            bool quarter = doc.Is(i + 1, "quarter");
            if (!quarter && ordinal > 2 && !doc.Is(i, "last"))
            {
                return null;
            }

            int after = i + 2;
            int? y = null;
            if (TryYear(doc, after, end, out int y1))
            {
                y = y1;
                after++;
            }
            else if (doc.Is(after, "of") && TryYear(doc, after + 1, end, out int y2))
            {
                y = y2;
                after += 2;
            }
            else if (doc.Is(after, "of") && (doc.Is(after + 1, "the") || doc.Is(after + 1, "this")) && doc.Is(after + 2, "year"))
            {
                after += 3;
            }
            else if (doc.Is(after, "of") && doc.Is(after + 1, "last") && doc.Is(after + 2, "year"))
            {
                y = pub?.Year - 1;
                after += 3;
            }

            int first = doc.Is(i - 1, "the") ? i - 1 : i;
            return Part(doc, first, after, quarter, doc.Is(i, "last") ? (quarter ? 4 : 2) : ordinal, y, pub);
        }

        if (Lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int month))
        {
            return ReadMonth(doc, sentence, i, month, pub);
        }

        if (Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var weekday))
        {
            return ReadWeekday(doc, i, weekday, pub);
        }

        return null;
    }

    // "on Wednesday", "by Wednesday evening", "as of Wednesday night", "late Wednesday": the latest such day on or
    // before publication. A weekday dates a figure; it is never a date claim of its own (see PeriodCue.Weekday).
    private static PeriodExpression? ReadWeekday(AnalyzedDocument doc, int i, DayOfWeek weekday, DateOnly? pub)
    {
        // "next Wednesday", "this Wednesday" look ahead or are ambiguous; "since Monday" is a range, not a day
        if (doc.Is(i - 1, "next") || doc.Is(i - 1, "this") || doc.Is(i - 1, "since") || doc.Is(i - 1, "until") || doc.Is(i - 1, "every"))
        {
            return null;
        }

        int first = doc.Is(i - 1, "late") || doc.Is(i - 1, "early") || doc.Is(i - 1, "last") ? i - 1 : i;
        // "officials said on Thursday", "confirmed early Thursday": the day of the report, not of the figure
        int before = doc.Is(first - 1, "on") ? first - 2 : first - 1;
        if (before >= 0 && doc.IsAny(before, ReportVerbs))
        {
            return null;
        }

        int end = i + 1;
        if (doc.Is(end, "morning") || doc.Is(end, "afternoon") || doc.Is(end, "evening") || doc.Is(end, "night"))
        {
            end++;
        }

        Period? period = null;
        if (pub is { } p)
        {
            int back = ((int)p.DayOfWeek - (int)weekday + 7) % 7;
            period = Period.Day(p.AddDays(-back));
        }

        return Make(doc, first, end, period, PeriodCue.Weekday);
    }

    private static PeriodExpression ReadYear(AnalyzedDocument doc, int i, int year)
    {
        var period = Period.Year(year);
        int first = i;
        var cue = PeriodCue.Year;
        if (doc.Is(i - 1, "through") || doc.Is(i - 1, "until") || doc.Is(i - 1, "till") || doc.Is(i - 1, "thru"))
        {
            cue = PeriodCue.Through;
            first = i - 1;
        }
        else if (doc.Is(i - 1, "since") && doc.Published is { } p && p.Year > year)
        {
            period = Period.Between(period, Period.Year(p.Year));
            cue = PeriodCue.Since;
            first = i - 1;
        }

        int end = i + 1;
        // "2023-24": a season or fiscal year is read as its first year
        if (end + 1 < doc.Tokens.Count && doc.TokenText(end) is "-" or "/" && doc.Tokens[end + 1].Kind == TokenKind.Number && doc.Tokens[end + 1].Span.Length == 2)
        {
            end += 2;
        }

        return Make(doc, first, end, period, cue);
    }

    private static PeriodExpression? ReadMonth(AnalyzedDocument doc, Sentence sentence, int i, int month, DateOnly? pub)
    {
        int first = i, after = i + 1;
        int? day = null, year = null;
        if (after < sentence.EndToken && doc.Tokens[after].Kind == TokenKind.Number && NumberReader.TryParseDigits(doc.TokenText(after), out decimal d, out int dec) && dec == 0 && d is >= 1 and <= 31 && doc.TokenText(after).Length <= 2)
        {
            day = (int)d;
            after++;
            if (doc.Is(after, ",") && TryYear(doc, after + 1, sentence.EndToken, out int y0))
            {
                year = y0;
                after += 2;
            }
        }
        else if (i - 1 >= sentence.FirstToken && doc.Tokens[i - 1].Kind == TokenKind.Number && NumberReader.TryParseDigits(doc.TokenText(i - 1), out decimal d2, out int dec2) && dec2 == 0 && d2 is >= 1 and <= 31 && doc.TokenText(i - 1).Length <= 2)
        {
            day = (int)d2;
            first = i - 1;
        }

        if (year is null && TryYear(doc, after, sentence.EndToken, out int y))
        {
            year = y;
            after++;
        }
        else if (year is null && doc.Is(after, "of") && TryYear(doc, after + 1, sentence.EndToken, out int y2))
        {
            year = y2;
            after += 2;
        }

        // "May" opening a sentence with nothing after it that makes it a date is the modal verb
        if (month == 5 && day is null && year is null && (i == sentence.FirstToken || doc.Tokens[i].Kind != TokenKind.Word))
        {
            return null;
        }

        if (year is null && day is null && doc.Is(first - 1, "last") && pub is { } lastPub)
        {
            // "up from 32 minutes last July": the month in the year before publication
            year = lastPub.Year - 1;
            first--;
        }

        if (year is null && pub is { } p)
        {
            // a month with no year is the latest such month not after publication
            year = month > p.Month || (month == p.Month && day > p.Day) ? p.Year - 1 : p.Year;
        }

        Period? period = null;
        if (year is { } yy)
        {
            period = day is { } dd && dd <= DateTime.DaysInMonth(yy, month) ? Period.Day(new DateOnly(yy, month, dd)) : Period.Month(yy, month);
        }

        var cue = day is null ? PeriodCue.Month : PeriodCue.Day;
        if (doc.Is(first - 1, "since") && period is not null && pub is { } pp)
        {
            period = Period.Between(period, Period.Month(pp.Year, pp.Month));
            cue = PeriodCue.Since;
            first--;
        }

        return Make(doc, first, after, period, cue);
    }

    private static PeriodExpression Part(AnalyzedDocument doc, int first, int end, bool quarter, int part, int? year, DateOnly? pub)
    {
        if (year is null && pub is { } p)
        {
            int startMonth = quarter ? (part - 1) * 3 + 1 : (part - 1) * 6 + 1;
            year = startMonth > p.Month ? p.Year - 1 : p.Year;
        }

        Period? period = year is { } y ? (quarter ? Period.Quarter(y, part) : Period.Half(y, part)) : null;
        return Make(doc, first, end, period, PeriodCue.Part);
    }

    private static bool TryYear(AnalyzedDocument doc, int i, int end, out int year)
    {
        year = 0;
        if (i < 0 || i >= end || doc.Tokens[i].Kind != TokenKind.Number || doc.Tokens[i].Span.Length != 4)
        {
            return false;
        }

        var text = doc.TokenText(i);
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) || year is < 1800 or > 2100)
        {
            return false;
        }

        // "$2024", "2024 percent" are amounts
        bool glued = i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].Start == doc.Tokens[i].End && doc.Tokens[i + 1].Kind == TokenKind.Word;
        return !glued && !(i > 0 && doc.TokenText(i - 1) is "$" or "€" or "£" or "¥" or "#");
    }

    private static Period MonthOf(DateOnly date) => Period.Month(date.Year, date.Month);

    private static PeriodExpression Make(AnalyzedDocument doc, int first, int end, Period? period, PeriodCue cue) =>
        new(new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End), period, cue, first, end);
}
