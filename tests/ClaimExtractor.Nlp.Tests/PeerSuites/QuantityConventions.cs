using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>
/// Where the quantity suites read a number differently from news use, on purpose: the one list of those differences
/// and why, as <see cref="NewsConventions"/> is for dates. A difference is an expected entity the pipeline misses or
/// reads otherwise, or a quantity it finds that the suite does not expect. It passes only when one of these describes
/// it exactly, and the case is counted under the convention's name in the report, so no difference is silent.
/// Scientific units news does not use (inverse seconds, joule seconds) are not conventions: they stay failures.
/// </summary>
internal static partial class QuantityConventions
{
    /// <summary>A difference: its name (printed in the report), the reason, and the test on the difference.</summary>
    public sealed record Convention(string Name, string Reason, Func<Difference, bool> Holds);

    /// <summary>
    /// One difference in a case: the expected entity the pipeline missed or read otherwise (<see cref="Expected"/>), or
    /// an extra quantity it found (<see cref="Expected"/> null, <see cref="Found"/> holding it alone); <see cref="Found"/>
    /// holds every quantity found over <see cref="Span"/>.
    /// </summary>
    public sealed record Difference(PeerCase Case, AnalyzedDocument Document, TextSpan Span, JsonElement? Expected, IReadOnlyList<Quantity> Found)
    {
        public string Text => Span.In(Case.Input).ToString();

        public bool NothingFound => Found.Count == 0;

        public bool ReadAsPeriod => Document.Periods.Any(p => p.Period is not null && p.Span.Overlaps(Span));
    }

    // a name just before: "SCP-" anywhere, "Voyager " not as the sentence's first word ("Delete 3 files")
    private static bool AfterName(string before) => NameBefore().Match(before) is { Success: true } m && (m.Index > 0 || m.Value.EndsWith('-'));

    // durations in months or hours, for the parts of a compound one ("3 years, 2 months" is 38 months)
    private static readonly Dictionary<string, (string Family, decimal Size)> DurationSizes = new(StringComparer.Ordinal)
    {
        ["year"] = ("month", 12m),
        ["month"] = ("month", 1m),
        ["week"] = ("hour", 168m),
        ["day"] = ("hour", 24m),
        ["h"] = ("hour", 1m),
        ["hour"] = ("hour", 1m),
    };

    public static IReadOnlyList<Convention> All { get; } =
    [
        new("an IP address is not a number",
            "\"192.168.1.2\": Recognizers-Text reads its four numbers; in news they are an address, never a figure.",
            d => d.Expected is not null && d.NothingFound && Within(IpAddress(), d)),
        new("a phone number is not a number",
            "\"+1-222-2222/2222\": Recognizers-Text reads the groups of a phone number as numbers; news never states a figure with them.",
            d => d.Expected is not null && d.NothingFound && Within(PhoneNumber(), d)),
        new("a date in digits is a date",
            "\"5/17/2018\": Recognizers-Text reads the day, month and year as numbers; news means the day, which the pipeline reads as a period.",
            d => d.Expected is not null && d.NothingFound && d.ReadAsPeriod && Within(DigitDate(), d)),
        new("a year or a decade is a time",
            "\"Voyager 2 in 1979\", \"in 2013\", \"the 1960s\": quantulum3 reads the year as a number; news means a time, which the pipeline "
            + "reads as a period, and a claim's period is not its figure.",
            d => d.Expected is not null && d.NothingFound && d.ReadAsPeriod && YearDigits().IsMatch(d.Text)),
        new("a name's number is not a count",
            "\"Voyager 2\", \"English 101\", \"SCP-173\", \"South 32 Ltd\", \"version two\": a number after a capitalized name or \"version\" "
            + "names a model, course, product or company; news counts nothing with it.",
            d => d.Expected is not null && d.NothingFound && SmallNumber().IsMatch(d.Text) && AfterName(d.Case.Input[..d.Span.Start])),
        new("am and pm are clock times",
            "\"a size of 2.1 pm\", \"2.123 am\": quantulum3 reads picometres and attometres; in news \"am\" and \"pm\" after a number mark "
            + "a clock time, and a time of day is not a quantity.",
            d => d.Expected is not null && d.NothingFound && ClockSuffix().IsMatch(d.Text)),
        new("a G or M after a plain number is not an SI prefix",
            "\"10G\", \"1,674.5 G\", \"1,674,200.5 M\", \".0012G\": Recognizers-Text and Duckling multiply by giga or mega; in news \"5G\" is a network generation "
            + "and a bare letter after a number with decimals is no scale, so the number is read as written, or not at all.",
            d => d.Expected is not null && SiLetter().Match(d.Text) is { Success: true } m && Prefixed(d, m)),
        new("a glued m is a million",
            "\"1m isn't a number\": Recognizers-Text reads nothing there; news writes a million as \"1m\" (\"£1m\", \"1m people\").",
            d => d.Expected is null && d.Found is [{ } q] && GluedMillion().Match(d.Text) is { Success: true } m
                && q.Value == decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 1_000_000m),
        new("a compound duration is one figure",
            "\"twenty-one years and six months\", \"3 years, 2 months\": quantulum3 gives one duration per unit; news states one "
            + "sentence or stretch of time, read as one figure in the smaller unit (258 months, 38 months).",
            d => d.Expected is not null && d.Found.Any(q => IsCompound(d.Case, q))),
    ];

    /// <summary>The convention that explains <paramref name="difference"/>, or null.</summary>
    public static Convention? Explaining(Difference difference) => All.FirstOrDefault(c => c.Holds(difference));

    private static bool Within(Regex pattern, Difference d) =>
        pattern.Matches(d.Case.Input).Any(m => m.Index <= d.Span.Start && d.Span.End <= m.Index + m.Length);

    // the number read as written ("1,674.5"), or nothing read at all ("10G"), where the suite scales it by the letter
    private static bool Prefixed(Difference d, Match m)
    {
        if (!decimal.TryParse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal number))
        {
            return false;
        }

        decimal scale = char.ToUpperInvariant(m.Groups[2].Value[0]) == 'G' ? 1_000_000_000m : 1_000_000m;
        return PeerValue.Read(d.Expected!.Value) is { Point: { } want } && want == number * scale // only called with an expected entity
            && (d.NothingFound || d.Found is [{ Unit.Dimension: UnitDimension.Count } q] && q.Value == number);
    }

    // a duration over several expected durations whose sum, in its own unit, it is
    private static bool IsCompound(PeerCase c, Quantity q)
    {
        if (!DurationSizes.TryGetValue(q.Unit.Code, out var unit))
        {
            return false;
        }

        var parts = c.Expected.Where(e => QuantityJudge.Span(e).Overlaps(q.Span)).ToList();
        decimal sum = 0;
        foreach (var part in parts)
        {
            string name = part.TryGetProperty("unit", out var u) ? u.GetString() ?? "" : "";
            if (!DurationSizes.TryGetValue(name, out var size) || size.Family != unit.Family || PeerValue.Read(part) is not { Point: { } value })
            {
                return false;
            }

            sum += value * size.Size / unit.Size;
        }

        return parts.Count > 1 && sum == q.Value;
    }

    [GeneratedRegex(@"\b[0-9]{1,3}(\.[0-9]{1,3}){3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex IpAddress();

    [GeneratedRegex(@"\+[0-9]{1,3}([-/ .][0-9]{2,5}){2,}", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"\b[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DigitDate();

    [GeneratedRegex(@"^(1[89]|20)[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearDigits();

    // a capitalized name (not a capitalized function word opening the sentence: "In 2013") or "version" just before
    [GeneratedRegex(@"(\b(?!(In|On|At|By|Of|For|To|The|About|Some|Over|Under|Nearly|Almost|And|But|With|From|After|Before|Since|Only|Just)\b)[A-Z][A-Za-z]*[ -]|\b[Vv]ersion )$", RegexOptions.CultureInvariant)]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallNumber();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)? ?[ap]m$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockSuffix();

    [GeneratedRegex(@"^(-?(?:[0-9][0-9,]*)?(?:\.[0-9]+)?) ?([GgMm])$", RegexOptions.CultureInvariant)]
    private static partial Regex SiLetter();

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)m$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedMillion();
}
