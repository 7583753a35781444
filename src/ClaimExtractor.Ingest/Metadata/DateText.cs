using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>
/// Reads publication dates written as ISO (<c>2024-12-19</c>, <c>2024-12-19T08:00:00Z</c>) or in common English forms
/// (<c>December 19, 2024</c>, <c>19 Dec 2024</c>, <c>Thu, 19 Dec 2024 08:00:00 GMT</c>), invariant culture.
/// </summary>
public static partial class DateText
{
    private const string MonthPattern =
        "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /// <summary>Parses a metadata value: an ISO date or timestamp at the start, else the first English date in it.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.AsSpan().Trim();
        // An ISO timestamp keeps the date as written: "2024-12-19T23:30:00-05:00" was published on the 19th where it was written.
        // A content system's empty date ("0001-01-01T00:00:00Z") is no date.
        if (trimmed.Length >= 10 && TryIso(trimmed[..10], out var iso) && (trimmed.Length == 10 || !char.IsAsciiDigit(trimmed[10])))
        {
            return Plausible(iso.Year) ? iso : null;
        }

        // "20240707": compact ISO, as some CMS meta tags write it
        if (trimmed.Length == 8 && DateOnly.TryParseExact(trimmed, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
        {
            return Plausible(compact.Year) ? compact : null;
        }

        return Find(value)?.Date;
    }

    /// <summary>The first date written in <paramref name="text"/>, with where it starts and ends; null when there is none.</summary>
    public static DateMatch? Find(string text)
    {
        DateMatch? best = null;
        foreach (var regex in new[] { IsoDate(), SlashDate(), MonthDayYear(), DayMonthYear() })
        {
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                if (best is { } b && match.Index >= b.Start)
                {
                    break;
                }

                if (ToDate(match) is { } date)
                {
                    best = new DateMatch(date, match.Index, match.Index + match.Length);
                    break;
                }
            }
        }

        return best;
    }

    // The years a news date can fall in.
    private static bool Plausible(int year) => year is >= 1900 and <= 2200;

    private static bool TryIso(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static DateOnly? ToDate(Match match)
    {
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var month = match.Groups["mon"].Success
            ? MonthNumber(match.Groups["mon"].ValueSpan)
            : int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        if (!Plausible(year) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[3];
        name[..3].ToLowerInvariant(lower);
        return lower switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => 0,
        };
    }

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})/(?<m>\d{1,2})/(?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"\b" + MonthPattern + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthPattern + @"\.?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();
}
