using System.Text.RegularExpressions;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>Which claims state a level that can be compared by value.</summary>
public static class Levels
{
    // How many days after a month, quarter or year its figures still come out as news.
    private const int LongPeriodLag = 10;

    /// <summary>
    /// True for a plain, affirmed level of a known subject (or a dated total): not a share, change, threshold or date,
    /// because those are compared through their own rules or not at all, nor a measure that is part of a model's name.
    /// </summary>
    public static bool IsComparable(StoredClaim stored)
    {
        var claim = stored.Claim;
        var unit = claim.Quantity.Unit.Dimension;
        return IsPlainLevel(claim) &&
               unit is not (UnitDimension.Date or UnitDimension.Ratio) &&
               !(unit == UnitDimension.Measure && NamesAModel(stored)) &&
               !MetricKeys.IsThreshold(claim.MetricKey) && !MetricKeys.IsPart(claim.MetricKey) &&
               (claim.Subject is not null || (claim.Scope == ClaimScope.Total && claim.Period is not null));
    }

    /// <summary>
    /// An affirmed share of a named measure with a subject ("roughly 38% of its members", "a quarter of Meridian's
    /// members"): compared only with shares under the same key, never with plain levels.
    /// </summary>
    public static bool IsComparableShare(StoredClaim stored)
    {
        var claim = stored.Claim;
        return claim.ShareOf is { } share && share.MetricKey != MetricKeys.UnnamedWhole && claim.ChangeOf is null && !claim.Negated && claim.Quantity.Change == QuantityChange.None
            && claim.Quantity.Unit.Dimension == UnitDimension.Percent && claim.Subject is not null;
    }

    /// <summary>An affirmed level as stated: not a share, a change or a negated figure.</summary>
    public static bool IsPlainLevel(Claim claim) =>
        claim.ShareOf is null && claim.ChangeOf is null && !claim.Negated && claim.Quantity.Change == QuantityChange.None;

    /// <summary>
    /// The stored levels a level is compared with: those sharing its key, and across the period line, undated levels
    /// of the same measure for a dated one and, for an undated one, levels dated to a period its article could
    /// describe (<see cref="KeysAcrossPeriodLine"/>), compared as cautiously as undated ones.
    /// </summary>
    public static IEnumerable<StoredClaim> AlignedWith(StoredClaim claim, ClaimContext context) =>
        context.WithKey(claim.Claim.Key).Concat(KeysAcrossPeriodLine(claim).SelectMany(context.WithKey)
            .Where(c => c.Claim.ShareOf is null && c.Claim.ChangeOf is null && (c.Claim.AlignedPeriod is null) != (claim.Claim.AlignedPeriod is null)
                // a dated level meets an undated one only where the undated one, checked first, would have met it: the
                // flags never depend on which of the two was stored first ("the past month" is no day, month or year)
                && (claim.Claim.AlignedPeriod is null || KeysAcrossPeriodLine(c).Contains(claim.Claim.Key))));

    /// <summary>
    /// The keys a level meets across the period line, each an exact indexed lookup: for a dated level, its measure
    /// with no period; for an undated one (or one dated by a day read from its story, <see cref="Claim.AlignedPeriod"/>),
    /// its measure in each day, month, quarter, half and year its article's publication date falls in or just follows
    /// (see <see cref="SameTime"/>). None for an undated figure of an undated article.
    /// </summary>
    public static IEnumerable<ClaimKey> KeysAcrossPeriodLine(StoredClaim claim)
    {
        var c = claim.Claim;
        if (c.ShareOf is not null || c.ChangeOf is not null)
        {
            return [];
        }

        if (c.AlignedPeriod is not null)
        {
            return [c.UndatedKey];
        }

        // (a publication date at the calendar's ends, a content system's empty date, has no periods around it)
        return claim.Document.Published is { Year: > 1 and < 9999 } published
            ? PeriodsAround(published).Select(p => ClaimKey.For(c.Subject, c.Role, c.MetricKey, p)).Distinct()
            : [];
    }

    private static IEnumerable<Core.Periods.Period> PeriodsAround(DateOnly published)
    {
        yield return Core.Periods.Period.Day(published);
        yield return Core.Periods.Period.Day(published.AddDays(-1));
        foreach (var day in new[] { published, published.AddDays(-LongPeriodLag) })
        {
            yield return Core.Periods.Period.Month(day.Year, day.Month);
            yield return Core.Periods.Period.Quarter(day.Year, ((day.Month - 1) / 3) + 1);
            yield return Core.Periods.Period.Half(day.Year, day.Month <= 6 ? 1 : 2);
            yield return Core.Periods.Period.Year(day.Year);
        }
    }

    /// <summary>True when the claim's own sentence states its period (not undated, not read from the story around it).</summary>
    public static bool StatesPeriod(StoredClaim claim) => claim.Claim.Period is not null && !claim.Claim.PeriodInferred;

    /// <summary>
    /// True when the text named what the figure measures: a counted noun ("218,000 vehicles") or a metric word other than
    /// the one its unit alone gives (the frames fall back to "count", "amount" or the unit's kind: "volume" for cups).
    /// </summary>
    public static bool NamesWhatItMeasures(StoredClaim stored)
    {
        var claim = stored.Claim;
        if (claim.Quantity.Noun is not null)
        {
            return true;
        }

        return !string.Equals(claim.Metric, MetricKeys.Concept(claim.MetricKey), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the words just before the figure compare it as the earlier value: "up from the 212,000", "than 4.4%".</summary>
    public static bool IsComparedAgainst(StoredClaim claim)
    {
        string before = WordsBefore(claim);
        if (BoundWords.Any(bound => before.EndsWith(bound, StringComparison.OrdinalIgnoreCase)))
        {
            return false; // "More than 1,300 buildings collapsed": a bound, not a comparison
        }

        return before.EndsWith(" from", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" from the", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" than", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" than the", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] BoundWords = ["more than", "less than", "fewer than"];

    // An undated figure told of a time to come ("Arizona will lose 512,000 acre-feet") is no state of things when its
    // article came out: it meets no figure of a period already under way then ("Its cut this year was 625,000").
    private static bool ToComeBefore(StoredClaim undated, Core.Periods.Period dated) =>
        ToCome.IsMatch(WordsBefore(undated)) && (undated.Document.Published is not { } published || dated.Start is not { } start || start <= published);

    private static readonly Regex ToCome = new(@"\b(will|shall|'ll|’ll|(is|are) (set|due|expected|projected|forecast) to)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>True when the figure counts more of something already counted: "another 40 homes", "a further 300 jobs".</summary>
    public static bool AddsToAnother(StoredClaim claim)
    {
        string before = WordsBefore(claim);
        return before.EndsWith("another", StringComparison.OrdinalIgnoreCase) || before.EndsWith("a further", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("an additional", StringComparison.OrdinalIgnoreCase) || before.EndsWith("an extra", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" other", StringComparison.OrdinalIgnoreCase);
    }

    // A measure hyphened to its unit before a name is part of the model's name, not a reading of it: "the 15-inch
    // MacBook Pro" and "a 12.9-inch iPad Pro" are models of a line that comes in several sizes ("the 2,950-kilogram
    // satellite" is a reading: no name follows).
    private static bool NamesAModel(StoredClaim claim)
    {
        string quote = claim.Claim.Quote;
        int hyphen = quote.LastIndexOf('-');
        int after = claim.Claim.Quantity.Span.End - claim.Claim.Sentence.Start;
        if (hyphen <= 0 || !char.IsDigit(quote[hyphen - 1]) || after < 0 || after >= claim.SentenceText.Length)
        {
            return false;
        }

        var next = claim.SentenceText.AsSpan(after).TrimStart();
        int end = next.IndexOfAny(' ', ',', '.');
        var word = end < 0 ? next : next[..end];
        return word.Length > 1 && word.ContainsAnyInRange('A', 'Z');
    }

    // the sentence up to the figure, without trailing spaces
    private static string WordsBefore(StoredClaim claim)
    {
        int at = claim.Claim.Quantity.Span.Start - claim.Claim.Sentence.Start;
        return at <= 0 || at > claim.SentenceText.Length ? "" : claim.SentenceText[..at].TrimEnd();
    }

    /// <summary>
    /// True when two aligned claims may be compared: always when both state their period (their keys share it).
    /// Otherwise, across documents, a figure with no time scope describes the state of things when its article came
    /// out, so it meets a dated one only if that article came out during the dated period or just after it (the next
    /// day for a day, ten days for a longer period: "218,000 vehicles" on 25 September vs "the 212,000 it announced
    /// last month" for September; a blog's "2,410 cancellations" on 8 August vs July's 2,140; not a figure told of a time
    /// to come, "will lose 512,000", against a period already under way), and another undated or
    /// inferred one only if their articles came out within <see cref="ConsistencyOptions.UndatedWindowDays"/> of each
    /// other (or a date is unknown). Inside one document, two such figures are compared only from two sentences with
    /// the same (or no) period, neither compared against nor counting more ("another 40 homes"): in one sentence they
    /// are usually parts the frames did not tell apart.
    /// </summary>
    public static bool SameTime(StoredClaim a, StoredClaim b, ConsistencyOptions options)
    {
        if (StatesPeriod(a) && StatesPeriod(b))
        {
            return true;
        }

        // "climbed to 11.8% from 11.2%": an undated figure compared against belongs to some earlier time, not the article's
        if (a.Document.Id == b.Document.Id)
        {
            // one story dating two figures of one measure, in two sentences, to the time it reports on ("2,410
            // cancellations in a single month" and "those 2,140 cancelled flights" in a post about July) gives that
            // measure twice; two such figures in one sentence are parts the frames did not tell apart
            return a.Claim.Period == b.Claim.Period && (a.Claim.Period is null || (a.Claim.PeriodInferred && b.Claim.PeriodInferred))
                && a.Claim.Sentence != b.Claim.Sentence && !IsComparedAgainst(a) && !IsComparedAgainst(b) && !AddsToAnother(a) && !AddsToAnother(b);
        }

        if ((a.Claim.Period is null && IsComparedAgainst(a)) || (b.Claim.Period is null && IsComparedAgainst(b)))
        {
            return false;
        }

        return (a.Claim.AlignedPeriod, b.Claim.AlignedPeriod) switch
        {
            ({ } dated, null) => Covers(dated, b.Document.Published) && !ToComeBefore(b, dated),
            (null, { } dated) => Covers(dated, a.Document.Published) && !ToComeBefore(a, dated),
            _ => a.Document.Published is not { } x || b.Document.Published is not { } y || Math.Abs(x.DayNumber - y.DayNumber) <= options.UndatedWindowDays,
        };
    }

    // An article published during the period or just after it: the next morning for a day's figure, up to ten days
    // for a month's, a quarter's or a year's (statistics come out after the period they count).
    private static bool Covers(Core.Periods.Period period, DateOnly? published)
    {
        if (published is not { } day)
        {
            return true;
        }

        int after = period is { Start: { } s, End: { } e } && e.DayNumber - s.DayNumber >= 27 ? LongPeriodLag : 1;
        return (period.Start is not { } start || start <= day) && (period.End is not { } end || day.AddDays(-after) <= end);
    }

    /// <summary>
    /// Unless both state their period, true when the values are within a factor of two: outlets misreporting one
    /// figure differ modestly (212,000 vs 218,000 vehicles), while values far apart with no stated time usually measure
    /// different things (a youth jobless rate of 11.8% vs the overall 4.3%) that the frames did not tell apart. Inside
    /// one document, dated or not, values more than ten times apart are two things ("$13 a share" and a "$117.9
    /// million" the frames also read as the share price): a document contradicting itself slips a digit, not a scale.
    /// </summary>
    public static bool PlausiblyOneFigure(StoredClaim a, StoredClaim b, Values.Interval x, Values.Interval y)
    {
        // (two falls are set side by side by their size: "fell 43%" and "down 34%" are -0.43 and -0.34)
        double m = Middle(x), n = Middle(y);
        (m, n) = m < 0 && n < 0 ? (-m, -n) : (m, n);
        double ratio = m > 0 && n > 0 ? Math.Max(m, n) / Math.Min(m, n) : double.PositiveInfinity;
        if (a.Document.Id == b.Document.Id && ratio > 10)
        {
            return false;
        }

        return (StatesPeriod(a) && StatesPeriod(b)) || ratio <= 2;
    }

    private static double Middle(Values.Interval interval) =>
        double.IsFinite(interval.High) ? (interval.Low + interval.High) / 2 : interval.Low;

    /// <summary>How much less sure a flag is when either figure does not state its period.</summary>
    public static double UndatedDiscount(StoredClaim a, StoredClaim b) => StatesPeriod(a) && StatesPeriod(b) ? 1 : 0.7;

    /// <summary>True when both claims use the same unit (different currencies are never compared by value).</summary>
    public static bool SameUnit(StoredClaim a, StoredClaim b) => a.Claim.Quantity.Unit == b.Claim.Quantity.Unit;

    /// <summary>Orders a pair by document source, then offset, so a flag reads the same whichever claim found it.</summary>
    public static (StoredClaim First, StoredClaim Second) Ordered(StoredClaim a, StoredClaim b)
    {
        int bySource = string.CompareOrdinal(a.Document.Source, b.Document.Source);
        bool aFirst = bySource < 0 || (bySource == 0 && a.Claim.Quantity.Span.Start <= b.Claim.Quantity.Span.Start);
        return aFirst ? (a, b) : (b, a);
    }
}
