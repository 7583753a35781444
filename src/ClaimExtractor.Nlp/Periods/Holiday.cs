using System.Globalization;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A holiday and how it is dated in a given year: a fixed day ("12-25"), the Nth weekday of a month ("4 Thu 11", -1 for
/// the last) or Western Easter ("easter"), then <see cref="Offset"/> days on (Black Friday is Thanksgiving plus one).
/// </summary>
public sealed record Holiday(string Phrase, string Rule, int Offset)
{
    private static readonly string[] Weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    /// <summary>The holiday's day in <paramref name="year"/>.</summary>
    public DateOnly In(int year) => Base(year).AddDays(Offset);

    /// <summary>Whether <paramref name="rule"/> is one this record can date, so a bad lexicon line fails on load.</summary>
    public static bool IsValidRule(string rule) => TryBase(rule, 2000, out _);

    private DateOnly Base(int year) => TryBase(Rule, year, out var day) ? day : throw new InvalidOperationException($"Holiday '{Phrase}' has the unreadable rule '{Rule}'.");

    private static bool TryBase(string rule, int year, out DateOnly day)
    {
        day = default;
        if (rule == "easter")
        {
            day = Easter(year);
            return true;
        }

        var parts = rule.Split(' ');
        if (parts.Length == 1 && rule.Length == 5 && rule[2] == '-'
            && int.TryParse(rule.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && int.TryParse(rule.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int dayOfMonth)
            && month is >= 1 and <= 12 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month))
        {
            day = new DateOnly(year, month, dayOfMonth);
            return true;
        }

        int weekday = parts.Length == 3 ? Array.IndexOf(Weekdays, parts[1]) : -1;
        if (weekday < 0 || !int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) || n is 0 or < -1 or > 5
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int m) || m is < 1 or > 12)
        {
            return false;
        }

        var first = new DateOnly(year, m, 1);
        var last = first.AddMonths(1).AddDays(-1);
        day = n < 0 ? last.AddDays(-(((int)last.DayOfWeek - weekday + 7) % 7)) : first.AddDays(((weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
        return day <= last;
    }

    // Western Easter Sunday (the anonymous Gregorian algorithm)
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
