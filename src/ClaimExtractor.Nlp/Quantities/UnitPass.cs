using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// The scanner's unit pass: the unit written after the number ("percent", "euros", "Bitcoins", "km"), a measure as an
/// adjective ("a 10-mile stretch"), metres and inches from their marks, basis points, millions of a currency ("30 MUSD"),
/// a currency's scale after its code ("75 USD million"), a measure per another ("km/s"), pounds of weight or of thrust, an index's points, decades and fortnights. A duration that names a stretch
/// of time rather than measuring one ("one day", "the past two years") is not a quantity.
/// </summary>
internal sealed class UnitPass(NumberReader numbers, UnitMatcher units)
{
    private static readonly UnitEntry Decades = new(Unit.Measure("year"), Prefix: false, Suffix: true);
    private static readonly UnitEntry Fortnights = new(Unit.Measure("day"), Prefix: false, Suffix: true);

    // a one-word singular duration ("day", "night") after a number in the thousands, before a lower-case plural noun, with
    // no article before the number ("a 29 day trial" measures the trial, "held on 48 hour holds" counts hours)
    private static bool ModifiesCountedNoun(AnalyzedDocument doc, Sentence sentence, int start, int next, int afterSuffix, int end, decimal value) =>
        value >= CountedKinds && afterSuffix == next + 1 && afterSuffix < end && doc.IsAny(next, SingularTimes) && doc.Tokens[next - 1].End < doc.Tokens[next].Start
        && doc.TokenText(afterSuffix) is { Length: > 3 } noun && char.IsLower(noun[0]) && noun[^1] == 's' && !doc.IsAny(afterSuffix, Lexicon.FunctionWords)
        && !(start > sentence.FirstToken && doc.IsAny(start - 1, Articles));

    // how many a number must count to be more likely a count of things than a duration ("485,062 day visitors")
    private const decimal CountedKinds = 1000;

    private static readonly WordSet SingularTimes = WordSet.Create(StringComparer.OrdinalIgnoreCase, "day", "night", "week", "month", "year", "hour");

    private static readonly WordSet Articles = WordSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "the");

    /// <summary>Reads the unit after the number; false when what was read is not a quantity.</summary>
    public bool Read(ref QuantityReading r)
    {
        var doc = r.Doc;
        var sentence = r.Sentence;
        int start = r.Start, end = r.End, next = r.Next;
        var prefix = r.Prefix;
        decimal scale = r.Scale;
        // a unit after: percent, euros, Bitcoins, km; "a 10-mile stretch", "a 3-inch gap" (a measure as an adjective)
        var suffix = units.Suffix(doc, next, end, out int afterSuffix);
        if (suffix is not null && ModifiesCountedNoun(doc, sentence, start, next, afterSuffix, end, r.Core.Value))
        {
            // "Some 485,062 day visitors paid the fee", "sold 5,000 day passes": a singular time word before a plural noun
            // names a kind of what is counted, no duration
            suffix = null;
        }

        if (r.Metres)
        {
            // "1.8m tall", "a 12 m wall"
            suffix = MeasureReadings.Metres;
            afterSuffix = next + 1;
        }
        else if (suffix is null && prefix is null && scale == 1m && (MeasureReadings.IsInchesAfterFeet(doc, sentence, start, next) || MeasureReadings.IsInchMark(doc, sentence, next) || MeasureReadings.IsInchWord(doc, sentence, next)))
        {
            // "5 ft 2 in"
            suffix = MeasureReadings.Inches;
            afterSuffix = next + 1;
        }

        if (suffix is null && prefix is null && IsGluedHyphen(doc, next, end)
            && units.Suffix(doc, next + 1, end, out int afterAdjective) is { Unit.Dimension: UnitDimension.Measure or UnitDimension.Currency or UnitDimension.Percent } adjective)
        {
            suffix = adjective;
            afterSuffix = afterAdjective;
            if (QuantityWords.DurationCodes.Contains(adjective.Unit.Code) && Ages.OldAfter(doc, afterSuffix, end, out int afterOld))
            {
                // "a 45-year-old man", "18-year-olds", "a 10-day-old baby": an age
                afterSuffix = afterOld;
            }
        }

        if (suffix is null && prefix is null && next + 1 < end && doc.IsAny(next, QuantityWords.MeasureModifiers)
            && units.Suffix(doc, next + 1, end, out int afterModified) is { Unit.Dimension: UnitDimension.Measure } modified)
        {
            // "three consecutive months", "two more years", "an extra 10 miles" is read at "10": a word between the number
            // and its unit that says how the measure runs, not what is counted
            suffix = modified;
            afterSuffix = afterModified;
        }

        if (suffix is null && prefix is null && scale == 1m && r.Core.Decimals <= 1 && Ages.Announced(doc, sentence, start, next))
        {
            // "adults aged 26 or older", "children aged 5 to 11", "until age 59 and a half": years of age
            suffix = Ages.Years;
            afterSuffix = next;
        }

        if (suffix is null && prefix is null && scale == 1m && IsGluedHyphen(doc, next, end) && doc.Is(next + 1, "point") && !IndexPoints.AreCounted(doc, sentence, next + 1))
        {
            // "a 4-point rise" in a poll, "a 10-point lead" over a rate: percentage points, or an index's beside one
            suffix = IndexPoints.Is(doc, sentence, r.Core.Value) ? IndexPoints.Entry : PointShares.Points;
            afterSuffix = next + 2;
        }

        if (suffix is null && prefix is null && scale == 1m && PointShares.TryBasisPoints(doc, IsGluedHyphen(doc, next, end) ? next + 1 : next, end, out int afterBasis))
        {
            // "25 basis points", "a 50bp cut", "a 25-basis-point hike": hundredths of a percentage point
            suffix = PointShares.Points;
            afterSuffix = afterBasis;
            scale = 0.01m;
        }

        if (suffix is null && prefix is null && scale == 1m && units.MillionsCode(doc, next) is { } millions)
        {
            // "30 MUSD", "120 MEUR": an M before a currency code is millions of it
            suffix = millions;
            afterSuffix = next + 1;
            scale = 1_000_000m;
        }

        if (suffix is not null && prefix is not null && suffix.Unit.Dimension != UnitDimension.Currency)
        {
            suffix = null;
        }

        if (suffix is { Unit.Dimension: UnitDimension.Currency } && prefix is null && scale == 1m && afterSuffix < end && numbers.TryWord(doc, afterSuffix, out var codeScale)
            && codeScale.Kind == NumberWordKind.Scale && codeScale.Value > 100)
        {
            // "75 USD million": the scale after the currency
            scale = codeScale.Value;
            afterSuffix++;
        }

        if (suffix is not null && prefix is null && afterSuffix == next + 1 && doc.Is(next, "pounds") && MeasureReadings.IsForce(doc, afterSuffix))
        {
            // "16 million pounds of thrust": a force, however scaled
            suffix = MeasureReadings.PoundsForce;
        }
        else if (suffix is not null && prefix is null && scale == 1m && afterSuffix == next + 1 && (doc.Is(next, "pounds") || doc.Is(next, "pound"))
            && (doc.Is(afterSuffix, "of") || MeasureReadings.IsWeight(doc, sentence, start, afterSuffix)))
        {
            // "500 pounds of explosives", "two pounds of meat", "she lost 25 pounds": a weight; money in pounds is rarely
            // "of" something unless scaled ("five million pounds of funding")
            suffix = MeasureReadings.PoundsWeight;
        }
        else if (suffix is { Unit.Dimension: UnitDimension.Currency } && prefix is null && scale == 1m && afterSuffix == next + 2 && IsGluedHyphen(doc, next, end)
            && MeasureReadings.IsWeightAdjective(doc, next + 1, afterSuffix, end))
        {
            // "a 300-pound lineman", "a 55-pound bag": a weight as an adjective ("a five-pound note" is money)
            suffix = MeasureReadings.PoundsWeight;
        }

        if (suffix is { Unit.Dimension: UnitDimension.PercentagePoint } && prefix is null && afterSuffix == next + 1 && doc.Is(next, "points")
            && IndexPoints.Is(doc, sentence, r.Core.Value * scale))
        {
            // "the Dow fell 500 points", "the FTSE 100 closed at 7,512.6 points": an index's points, not percentage points
            suffix = IndexPoints.Entry;
        }
        else if (suffix is { Unit.Dimension: UnitDimension.PercentagePoint } && prefix is null && afterSuffix == next + 1 && doc.Is(next, "points")
            && IndexPoints.AreCounted(doc, sentence, next))
        {
            // "he scored 30 points", "five points behind the leaders": a game's points, counted
            suffix = null;
            afterSuffix = next;
        }

        // "a decade", "two decades", "a three-decade career": durations in years
        int decadeAt = suffix is null && prefix is null && IsGluedHyphen(doc, next, end) ? next + 1 : next;
        if (suffix is null && prefix is null && decadeAt < end && IsDecade(doc, decadeAt))
        {
            suffix = Decades;
            afterSuffix = decadeAt + 1;
            scale *= 10;
        }
        else if (suffix is null && prefix is null && decadeAt < end && (doc.Is(decadeAt, "fortnight") || doc.Is(decadeAt, "fortnights")))
        {
            // "two fortnights": fourteen days each, so "two fortnights ago" is a period as "four weeks ago" is
            suffix = Fortnights;
            afterSuffix = decadeAt + 1;
            scale *= 14;
        }

        if (suffix is not null && prefix is null && UnitRatios.Read(units, doc, afterSuffix, end, suffix, out int afterRatio) is { } ratio)
        {
            // "299,792 km/s", "30 metres per second": a speed, not a length
            suffix = ratio;
            afterSuffix = afterRatio;
        }

        if (suffix is { Unit.Dimension: UnitDimension.Measure } && prefix is null && scale == 1m && CompoundMeasures.IsHalfAdded(doc, afterSuffix, end))
        {
            // "a year and a half", "two hours and a half": half of the unit more
            r.Core = r.Core with { Value = r.Core.Value + 0.5m, Decimals = Math.Max(r.Core.Decimals, 1) };
            afterSuffix += 3;
        }

        r.Suffix = suffix;
        r.AfterSuffix = afterSuffix;
        r.Scale = scale;
        bool duration = suffix is not null && prefix is null && QuantityWords.DurationCodes.Contains(suffix.Unit.Code);
        r.InTimeExpression = duration && QuantityFilters.IsPeriodNotDuration(doc, sentence, start, afterSuffix);
        return !(duration && IsIdiomaticOne(doc, r.NumberAt, r.Core, afterSuffix) && !CompoundMeasures.IsAddedTo(doc, numbers, units, suffix!, afterSuffix, end))
            && !IsTitleCaseName(doc, r.NumberAt, next, afterSuffix, end);
    }

    // "the Six-Day War", "the Three-Day Event": a number word and its unit in title case before a capitalized noun name
    // a war or a contest, not a stretch of time
    private static bool IsTitleCaseName(AnalyzedDocument doc, int k, int hyphen, int afterUnit, int end) =>
        doc.Tokens[k].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(k)[0]) && IsGluedHyphen(doc, hyphen, end) && char.IsUpper(doc.TokenText(hyphen + 1)[0])
        && afterUnit < end && doc.Tokens[afterUnit].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(afterUnit)[0]);

    public static bool IsDecade(AnalyzedDocument doc, int at) => doc.Is(at, "decade") || doc.Is(at, "decades");

    public static bool IsGluedHyphen(AnalyzedDocument doc, int at, int end) =>
        at > 0 && at + 1 < end && doc.TokenText(at) is "-" && doc.Tokens[at].Start == doc.Tokens[at - 1].End && doc.Tokens[at + 1].Start == doc.Tokens[at].End;

    // "one day" (some day), "one month does not make a trend": a lone "one" before a duration names a stretch of time
    // rather than measuring one; a hyphenated "one-year contract" still measures it, as "one hour and 20 minutes" does
    private static bool IsIdiomaticOne(AnalyzedDocument doc, int k, NumberCore core, int afterUnit) =>
        doc.Is(k, "one") && core.End == k + 1 && afterUnit == core.End + 1 && !doc.Is(afterUnit, "old") && !(doc.Is(afterUnit, "of") && doc.Is(afterUnit + 1, "age"));
}
