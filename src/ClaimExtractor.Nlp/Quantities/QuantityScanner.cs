using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Finds quantities: money (symbols, codes, names, scale words and suffixes), crypto amounts, percentages and
/// percentage points, counts with their noun, fractions and shares, multipliers, ranges and measures; reads the
/// qualifier before them and the precision they were written with. Years, dates, ordinals, clock times, phone,
/// model and section numbers are not quantities.
/// </summary>
public sealed class QuantityScanner : IDocumentProcess
{
    private readonly QuantityLexicon lexicon;
    private readonly NumberReader numbers;
    private readonly QuantityContext context;
    private readonly UnitMatcher units;
    private readonly MeasureReadings readings;
    private readonly RangeEnds ranges;
    private readonly Cents cents;
    private readonly DigitFractions digitFractions;

    /// <summary>Creates the scanner over the number words and units.</summary>
    public QuantityScanner(NlpModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        lexicon = models.Quantities;
        numbers = new NumberReader(lexicon);
        context = new QuantityContext();
        units = new UnitMatcher(lexicon);
        readings = new MeasureReadings(lexicon);
        ranges = new RangeEnds(numbers, units);
        cents = new Cents(numbers);
        digitFractions = new DigitFractions(units);
    }

    /// <inheritdoc />
    public string Name => "quantities";

    /// <inheritdoc />
    public IReadOnlyList<string> Produces { get; } = ["quantity"];

    /// <inheritdoc />
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        // how this document writes its digits is decided once, from its whole text
        var convention = NumberConventions.Detect(document.Text);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int i = sentence.FirstToken;
            QuantityMention? pending = null;
            while (i < sentence.EndToken)
            {
                var mention = TryRead(document, sentence, i, convention);
                if (mention is null)
                {
                    i++;
                    continue;
                }

                i = mention.EndToken;
                if (pending is not null && (BoundPairs.TryJoin(document, pending, mention) ?? CompoundMeasures.TryJoin(document, pending, mention)) is { } joined)
                {
                    // "more than 10 and less than 40" is one range, "6 feet 2 inches" one height
                    pending = joined;
                    continue;
                }

                if (pending is not null)
                {
                    // "5 or 6 percent": the unit written once
                    document.AddQuantity(SharedUnits.TryShare(document, pending, mention) ?? pending);
                }

                pending = mention;
            }

            if (pending is not null)
            {
                document.AddQuantity(pending);
            }
        }
    }

    private QuantityMention? TryRead(AnalyzedDocument doc, Sentence sentence, int start, NumberConvention convention)
    {
        int end = sentence.EndToken;
        int k = start;
        if (QuantityFilters.InsideAddress(doc.Text, doc.Tokens[start].Start))
        {
            return null;
        }

        // a sign: "-9.2", "minus 5", "negative one"
        bool negative = IsNegativeSign(doc, sentence, start, end);
        if (negative)
        {
            k = start + 1;
        }

        var prefix = units.Prefix(doc, k, end, out int afterPrefix);
        decimal prefixScale = 1m;
        if (prefix is null && k + 1 < end && units.MillionsCode(doc, k) is { Prefix: true } millionsBefore && doc.Tokens[k + 1].Kind == TokenKind.Number)
        {
            // "MSEK 120", "MAUD 60": millions of the currency, written before the amount
            prefix = millionsBefore;
            afterPrefix = k + 1;
            prefixScale = 1_000_000m;
        }

        if (prefix is not null)
        {
            if (afterPrefix >= end || doc.Tokens[afterPrefix].Kind != TokenKind.Number)
            {
                return null;
            }

            k = afterPrefix;
        }
        else if (doc.Tokens[k].Kind is not (TokenKind.Number or TokenKind.Word) && NumberReader.VulgarFraction(doc.TokenText(k)) is null)
        {
            return null;
        }

        if (prefix is null && VagueMagnitudes.TryRead(doc, numbers, k, end, out decimal vagueLow, out decimal vagueHigh, out int afterVague))
        {
            // "tens of thousands", "hundreds of millions of dollars"
            int afterNamed = afterVague;
            var named = doc.Is(afterVague, "of") ? units.Suffix(doc, afterVague + 1, end, out afterNamed) : null;
            return named is { Unit.Dimension: UnitDimension.Currency }
                ? Finish(doc, sentence, start, afterNamed, vagueLow, vagueLow, vagueHigh, named.Unit, QuantityForm.Money, false, false)
                : Finish(doc, sentence, start, afterVague, vagueLow, vagueLow, vagueHigh, Unit.Count, QuantityForm.Count, false, false);
        }

        if (prefix is null && PointShares.TryShareOfAPoint(doc, k, end, null, k, out decimal pointShare, out int afterPointShare))
        {
            // "half a percentage point"
            decimal signedShare = negative ? -pointShare : pointShare;
            return Finish(doc, sentence, start, afterPointShare, signedShare, signedShare, signedShare, Unit.PercentagePoint, QuantityForm.Percent, false, false);
        }

        NumberCore core;
        if ((doc.Is(k, "a") || doc.Is(k, "an")) && IsDecade(doc, k + 1))
        {
            // "a decade": one of ten years, read as "1 decade"
            core = new NumberCore(1, -1, k + 1, true, false, false);
        }
        else if (prefix is null && readings.IsOneOfAUnit(doc, k, end))
        {
            // "a dollar", "an ml": one of the unit
            core = new NumberCore(1, -1, k + 1, true, false, false);
        }
        else if (prefix is null && readings.TryFractionOfAUnit(doc, numbers, k, end, out decimal unitPart, out int unitAt))
        {
            // "half a mile", "a quarter-litre"
            core = new NumberCore(unitPart, NumberReader.FractionDecimals(unitPart), unitAt, true, false, false);
        }
        else if (!numbers.TryRead(doc, k, end, convention, out core))
        {
            return null;
        }

        if (core.IsFraction && PointShares.TryShareOfAPoint(doc, k, end, core.Value, core.End, out decimal ofAPoint, out int afterOfAPoint))
        {
            // "three-quarters of a percentage point"
            decimal signedPoints = negative ? -ofAPoint : ofAPoint;
            return Finish(doc, sentence, start, afterOfAPoint, signedPoints, signedPoints, signedPoints, Unit.PercentagePoint, QuantityForm.Percent, false, false);
        }

        if (core.IsFraction || core.IsMultiplier)
        {
            decimal signed = negative ? -core.Value : core.Value;
            return Finish(doc, sentence, start, core.End, signed, signed, signed, core.IsFraction ? Unit.Percent : Unit.Ratio,
                core.IsFraction ? QuantityForm.Fraction : QuantityForm.Multiplier, isRange: false, loose: true);
        }

        if (prefix is null && !core.IsWord && core.Decimals == 0 && digitFractions.TryRead(doc, sentence, core.End, out decimal parts, out int denominator, out int afterFraction))
        {
            // "1/4 mile" is a quarter of a mile, "10 1/2 miles" ten and a half
            decimal whole = parts == 0 ? 0 : core.Value;
            decimal numerator = parts == 0 ? core.Value : parts;
            core = core with { Value = whole + (numerator / denominator), Decimals = 2, End = afterFraction };
        }

        // a power: 1.5e6, 1.3x10^6, 10^6
        decimal power = 1m;
        if (Exponents.TryRead(doc, core.End, end, core, out decimal factor, out int afterPower))
        {
            power = factor;
            core = core with { End = afterPower };
        }

        // a range: 10-15%, $1-2 billion, 40 to 60
        decimal low = core.Value, high = core.Value;
        int next = core.End;
        bool isRange = false;
        NumberCore second = default;
        bool hyphenRange = false;
        // (a negative figure is not read as the low end of a range); "5k-20k", "between 1m and 2m": the same scale on both ends
        int rangeAt = power != 1m ? end : ranges.ScaleOnBothEnds(doc, start, next, end) ? next + 1 : next;
        // "£1.2bn-£1.5bn": the currency written again on the second end
        int secondFrom = prefix is not null && rangeAt + 1 < end && units.Prefix(doc, rangeAt + 1, end, out int afterAgain) is { } again && again.Unit == prefix.Unit ? afterAgain : rangeAt + 1;
        if (!negative && rangeAt + 1 < end && (doc.TokenText(rangeAt) is "-" or "–" or "~" or "to" or "through") && ranges.ReadSecond(doc, secondFrom, end, core, convention, out second))
        {
            isRange = true;
            // a hyphen glued to both numbers ("2023-24", "555-1234") may be a season or a phone number; "1000 - 5000" is a range
            hyphenRange = doc.TokenText(rangeAt) is not ("to" or "through")
                && ((doc.Tokens[rangeAt].Start == doc.Tokens[rangeAt - 1].End && doc.Tokens[rangeAt + 1].Start == doc.Tokens[rangeAt].End) || RangeEnds.LooksLikeYear(doc, second));
            next = second.End;
        }
        else if (!negative && power == 1m && ranges.ReadSuspendedRange(doc, core, end, convention, out second))
        {
            // "an 8- to 16-meter telescope"
            isRange = true;
            next = second.End;
        }
        else if (!negative && rangeAt == core.End && ranges.ReadRepeatedUnitRange(doc, start, core, prefix, end, convention, out second))
        {
            isRange = true;
            next = second.End;
        }
        else if ((doc.Is(start - 1, "between") || doc.Is(start - 1, "from")) && doc.Is(rangeAt, "and") | doc.Is(rangeAt, "to") && rangeAt + 1 < end
            && ranges.ReadSecond(doc, units.Prefix(doc, rangeAt + 1, end, out int secondAt) is null ? rangeAt + 1 : secondAt, end, negative ? core with { Value = -core.Value } : core, convention, out second))
        {
            // "between negative ten and fifteen": a signed low end
            isRange = true;
            next = second.End;
        }

        if (isRange && rangeAt != core.End && !doc.TokenText(next).Equals(doc.TokenText(core.End), StringComparison.OrdinalIgnoreCase)
            && numbers.TryWord(doc, core.End, out var firstScale) && firstScale.Kind == NumberWordKind.Scale && second.Value > core.Value * firstScale.Value)
        {
            // "between one thousand and one thousand five hundred": the second end is written whole
            core = core with { Value = core.Value * firstScale.Value };
        }
        else if (isRange && rangeAt != core.End && !doc.TokenText(next).Equals(doc.TokenText(core.End), StringComparison.OrdinalIgnoreCase))
        {
            // "5m to 2bn" scales its ends differently; read the first alone
            isRange = false;
            hyphenRange = false;
            next = core.End;
        }

        // scale: 1.6bn, 305m, 2.2 billion, 4 mn
        decimal scale = power * prefixScale;
        bool metres = prefix is null && !core.IsWord && MeasureReadings.IsMetres(doc, sentence, k, next);
        if (!metres && scale == 1m && next < end && numbers.TryWord(doc, next, out var scaleWord)
            && (scaleWord.Kind == NumberWordKind.Scale && !core.IsWord | scaleWord.Value > 100
                || scaleWord.Kind == NumberWordKind.ScaleSuffix && (doc.Tokens[next].Start == doc.Tokens[next - 1].End || doc.TokenText(next).Length > 1)))
        {
            if (!(scaleWord.Kind == NumberWordKind.ScaleSuffix && doc.Tokens[next].Span.Length == 1 && prefix is null && IsUnitAfter(doc, next, end)))
            {
                scale = scaleWord.Value;
                next++;
                if (next < end && numbers.TryWord(doc, next, out var largerScale) && largerScale.Kind == NumberWordKind.Scale && largerScale.Value > scale)
                {
                    // "3 lakh crore", "two thousand crore": a scale of a scale
                    scale *= largerScale.Value;
                    next++;
                }
            }
        }

        if (scale >= 100m && power == 1m && prefixScale == 1m && !isRange && core.Decimals <= 0 && numbers.TryWord(doc, next - 1, out var lastScale) && lastScale.Kind == NumberWordKind.Scale
            && ScaleTails.TryRead(doc, numbers, next, end, scale, out decimal added, out decimal smallest, out int afterTail))
        {
            // "4 thousand 3 hundred and 21", "6 crore and two hundred": the precision is the smallest group's
            core = core with { Value = ((core.Value * scale) + added) / smallest, Decimals = 0 };
            scale = smallest;
            next = afterTail;
        }

        if (scale > 100m && !isRange && numbers.AndAFraction(doc, next, end, out decimal part, out int afterPart))
        {
            // "one million and a half", "five billion and three quarters"; "one billion and a half million" is a half of
            // the smaller scale
            int decimals = NumberReader.FractionDecimals(part);
            if (numbers.TryWord(doc, afterPart, out var smaller) && smaller.Kind == NumberWordKind.Scale && smaller.Value < scale && smaller.Value > 100)
            {
                for (decimal ratio = scale / smaller.Value; ratio > 1; ratio /= 10)
                {
                    decimals++;
                }

                part = part * smaller.Value / scale;
                afterPart++;
            }

            core = core with { Value = core.Value + part, Decimals = Math.Max(core.Decimals, decimals) };
            next = afterPart;
        }

        // a unit after: percent, euros, Bitcoins, km; "a 10-mile stretch", "a 3-inch gap" (a measure as an adjective)
        var suffix = units.Suffix(doc, next, end, out int afterSuffix);
        if (metres)
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
            && units.Suffix(doc, next + 1, end, out int afterAdjective) is { Unit.Dimension: UnitDimension.Measure or UnitDimension.Currency } adjective)
        {
            suffix = adjective;
            afterSuffix = afterAdjective;
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

        if (suffix is not null && prefix is null && scale == 1m && afterSuffix == next + 1 && (doc.Is(next, "pounds") || doc.Is(next, "pound"))
            && (doc.Is(afterSuffix, "of") || MeasureReadings.IsWeight(doc, sentence, start, afterSuffix)))
        {
            // "500 pounds of explosives", "two pounds of meat", "she lost 25 pounds": a weight; money in pounds is rarely
            // "of" something unless scaled ("five million pounds of funding")
            suffix = MeasureReadings.PoundsWeight;
        }

        // "a decade", "two decades", "a three-decade career": durations in years
        int decadeAt = suffix is null && prefix is null && IsGluedHyphen(doc, next, end) ? next + 1 : next;
        if (suffix is null && prefix is null && decadeAt < end && IsDecade(doc, decadeAt))
        {
            suffix = Decades;
            afterSuffix = decadeAt + 1;
            scale *= 10;
        }

        if (suffix is not null && prefix is null && QuantityWords.DurationCodes.Contains(suffix.Unit.Code)
            && (QuantityFilters.IsPeriodNotDuration(doc, sentence, start, afterSuffix) || IsIdiomaticOne(doc, k, core, afterSuffix)))
        {
            return null;
        }

        // cents and pence: money in hundredths of the main unit ("50 cents", "a 12-cent dividend")
        int subUnitAt = IsGluedHyphen(doc, next, end) ? next + 1 : next;
        if (suffix is null && prefix is null && subUnitAt < end && Cents.SubUnit(doc, subUnitAt) is { } subUnit)
        {
            return FinishSubUnit(doc, sentence, start, subUnitAt + 1, core, scale, negative, isRange ? second.Value : null, subUnit);
        }

        Unit unit;
        QuantityForm form;
        if (prefix is not null)
        {
            unit = prefix.Unit;
            form = prefix.Unit.Dimension == UnitDimension.Crypto ? QuantityForm.Crypto : QuantityForm.Money;
            if (suffix is not null)
            {
                next = afterSuffix;
            }
        }
        else if (suffix is not null)
        {
            unit = suffix.Unit;
            form = suffix.Unit.Dimension switch
            {
                UnitDimension.Currency => QuantityForm.Money,
                UnitDimension.Crypto => QuantityForm.Crypto,
                UnitDimension.Percent or UnitDimension.PercentagePoint => QuantityForm.Percent,
                _ => QuantityForm.Measure,
            };
            next = afterSuffix;
        }
        else if (next < end && doc.Is(next, "times") && !core.IsWord | core.Value > 1 && next + 1 < end && doc.IsAny(next + 1, QuantityWords.TimesFollowers))
        {
            return Finish(doc, sentence, start, next + 1, core.Value, core.Value, core.Value, Unit.Ratio, QuantityForm.Multiplier, false, true);
        }
        else
        {
            // a bare "2023-24" or "555-1234" is a season or a phone number, and "between 2019 and 2021" a range of
            // years, not a range of counts; "10-15 people" is one
            if (((hyphenRange && !HyphenRanges.IsCountRange(doc, sentence, k, rangeAt + 1, next)) || (isRange && RangeEnds.LooksLikeYear(doc, core) && RangeEnds.LooksLikeYear(doc, second)))
                && scale == 1m)
            {
                return null;
            }

            if (scale == 1m && !isRange && QuantityFilters.IsNotAQuantity(doc, sentence, k, core))
            {
                return null;
            }

            unit = Unit.Count;
            form = QuantityForm.Count;
        }

        if (QuantityFilters.IsGluedToWord(doc, k, core.End, next))
        {
            return null;
        }

        if (form == QuantityForm.Money && !isRange && !negative && core.Decimals <= 0
            && cents.TryRead(doc, next, end, convention, bareAllowed: scale == 1m, out decimal hundredths, out int afterCents))
        {
            // "thirteen dollars and forty-five cents" is 13.45, "$20 and 43c" 20.43
            decimal amount = core.Value * scale + hundredths;
            return Finish(doc, sentence, start, afterCents, amount, amount - 0.005m, amount + 0.005m, unit, form, false, false);
        }

        decimal value = core.Value * scale;
        if (isRange)
        {
            // "$1-2 billion": the scale after the second number applies to both ends
            low = (negative ? -core.Value : core.Value) * scale;
            high = second.Value * scale;
            return Finish(doc, sentence, start, next, (low + high) / 2, low, high, unit, form, true, false);
        }

        decimal half = core.HalfUnit * scale;
        var mention = negative
            ? Finish(doc, sentence, start, next, -value, -value - half, -value + half, unit, form, false, false)
            : Finish(doc, sentence, start, next, value, value - half, value + half, unit, form, false, false);
        if (mention is not null && form == QuantityForm.Count && core.IsWord && mention.Quantity.Noun is null && scale == 1m && core.End == k + 1
            && core.Value < 10 && !negative)
        {
            // a bare small number word with nothing counted is a pronoun or part of an idiom ("one of", "the two of
            // them"); a larger one ("Fourteen were killed"), a compound ("one hundred and six"), a scaled one ("one
            // trillion") or a signed one ("minus one") is a figure
            return null;
        }

        return mention;
    }

    // "-9.2" (the sign glued to the number, not to a word or number before it), "minus 5", "negative one"
    private bool IsNegativeSign(AnalyzedDocument doc, Sentence sentence, int at, int end)
    {
        if (at + 1 >= end)
        {
            return false;
        }

        var next = doc.Tokens[at + 1];
        if (doc.TokenText(at) is "-" or "\u2212")
        {
            var sign = doc.Tokens[at];
            // "<-30", "(-5)": a comparison or a bracket may be glued before the sign
            return next.Kind == TokenKind.Number && next.Start == sign.End
                && (at == sentence.FirstToken || (doc.Tokens[at - 1].End < sign.Start && doc.Tokens[at - 1].Kind != TokenKind.Number)
                    || doc.TokenText(at - 1) is "<" or ">" or "≤" or "≥" or "~" or "(" or "=");
        }

        return (doc.Is(at, "minus") || doc.Is(at, "negative"))
            && (next.Kind == TokenKind.Number || (numbers.TryWord(doc, at + 1, out var word) && word.Kind == NumberWordKind.Cardinal));
    }

    private static readonly UnitEntry Decades = new(Unit.Measure("year"), Prefix: false, Suffix: true);

    private static bool IsDecade(AnalyzedDocument doc, int at) => doc.Is(at, "decade") || doc.Is(at, "decades");

    // "one day" (some day), "one month does not make a trend": a lone "one" before a duration names a stretch of time
    // rather than measuring one; a hyphenated "one-year contract" still measures it
    private static bool IsIdiomaticOne(AnalyzedDocument doc, int k, NumberCore core, int afterUnit) =>
        doc.Is(k, "one") && core.End == k + 1 && afterUnit == core.End + 1 && !doc.Is(afterUnit, "old") && !(doc.Is(afterUnit, "of") && doc.Is(afterUnit + 1, "age"));

    private static bool IsGluedHyphen(AnalyzedDocument doc, int at, int end) =>
        at > 0 && at + 1 < end && doc.TokenText(at) is "-" && doc.Tokens[at].Start == doc.Tokens[at - 1].End && doc.Tokens[at + 1].Start == doc.Tokens[at].End;

    private QuantityMention? FinishSubUnit(AnalyzedDocument doc, Sentence sentence, int start, int end, NumberCore core, decimal scale, bool negative,
        decimal? rangeHigh, Unit unit)
    {
        const decimal Hundredth = 0.01m;
        if (rangeHigh is { } high)
        {
            decimal from = core.Value * scale * Hundredth, to = high * scale * Hundredth;
            return Finish(doc, sentence, start, end, (from + to) / 2, from, to, unit, QuantityForm.Money, true, false);
        }

        decimal value = (negative ? -core.Value : core.Value) * scale * Hundredth;
        decimal half = core.HalfUnit * scale * Hundredth;
        return Finish(doc, sentence, start, end, value, value - half, value + half, unit, QuantityForm.Money, false, false);
    }

    private bool IsUnitAfter(AnalyzedDocument doc, int k, int end) => units.Suffix(doc, k, end, out _) is not null;

    private QuantityMention? Finish(AnalyzedDocument doc, Sentence sentence, int first, int end, decimal value, decimal low, decimal high,
        Unit unit, QuantityForm form, bool isRange, bool loose) =>
        context.Build(doc, sentence, first, end, value, low, high, unit, form, isRange, loose);
}
