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

    /// <summary>Creates the scanner over the number words and units.</summary>
    public QuantityScanner(NlpModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        lexicon = models.Quantities;
        numbers = new NumberReader(lexicon);
        context = new QuantityContext();
        units = new UnitMatcher(lexicon);
        readings = new MeasureReadings(lexicon);
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
                    document.AddQuantity(pending);
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

        if (core.IsFraction || core.IsMultiplier)
        {
            decimal signed = negative ? -core.Value : core.Value;
            return Finish(doc, sentence, start, core.End, signed, signed, signed, core.IsFraction ? Unit.Percent : Unit.Ratio,
                core.IsFraction ? QuantityForm.Fraction : QuantityForm.Multiplier, isRange: false, loose: true);
        }

        if (prefix is null && !core.IsWord && core.Decimals == 0 && MeasureFraction(doc, core.End, end, out decimal parts, out int denominator, out int afterFraction))
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
        int rangeAt = power != 1m ? end : ScaleOnBothEnds(doc, next, end) ? next + 1 : next;
        if (!negative && rangeAt + 1 < end && (doc.TokenText(rangeAt) is "-" or "–" or "~" or "to" or "through") && ReadSecond(doc, rangeAt + 1, end, core, convention, out second))
        {
            isRange = true;
            // a hyphen glued to both numbers ("2023-24", "555-1234") may be a season or a phone number; "1000 - 5000" is a range
            hyphenRange = doc.TokenText(rangeAt) is not ("to" or "through")
                && ((doc.Tokens[rangeAt].Start == doc.Tokens[rangeAt - 1].End && doc.Tokens[rangeAt + 1].Start == doc.Tokens[rangeAt].End) || LooksLikeYear(doc, second));
            next = second.End;
        }
        else if (!negative && rangeAt == core.End && ReadRepeatedUnitRange(doc, start, core, prefix, end, convention, out second))
        {
            isRange = true;
            next = second.End;
        }
        else if ((doc.Is(start - 1, "between") || doc.Is(start - 1, "from")) && doc.Is(rangeAt, "and") | doc.Is(rangeAt, "to") && rangeAt + 1 < end
            && ReadSecond(doc, units.Prefix(doc, rangeAt + 1, end, out int secondAt) is null ? rangeAt + 1 : secondAt, end, negative ? core with { Value = -core.Value } : core, convention, out second))
        {
            // "between negative ten and fifteen": a signed low end
            isRange = true;
            next = second.End;
        }

        if (isRange && rangeAt != core.End && !doc.TokenText(next).Equals(doc.TokenText(core.End), StringComparison.OrdinalIgnoreCase))
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
                if (numbers.TryWord(doc, next, out var largerScale) && largerScale.Kind == NumberWordKind.Scale && largerScale.Value > scale)
                {
                    // "3 lakh crore", "two thousand crore": a scale of a scale
                    scale *= largerScale.Value;
                    next++;
                }
            }
        }

        if (scale > 100m && !isRange && numbers.AndAFraction(doc, next, end, out decimal part, out int afterPart))
        {
            // "one million and a half", "five billion and three quarters"
            core = core with { Value = core.Value + part, Decimals = Math.Max(core.Decimals, NumberReader.FractionDecimals(part)) };
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
        else if (suffix is null && prefix is null && scale == 1m && (MeasureReadings.IsInchesAfterFeet(doc, sentence, start, next) || MeasureReadings.IsInchMark(doc, sentence, next)))
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

        if (suffix is { Unit.Dimension: UnitDimension.Currency } && prefix is null && scale == 1m && numbers.TryWord(doc, afterSuffix, out var codeScale)
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
        if (suffix is null && prefix is null && subUnitAt < end && SubUnit(doc, subUnitAt) is { } subUnit)
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
            if (((hyphenRange && !HyphenRanges.IsCountRange(doc, sentence, k, rangeAt + 1, next)) || (isRange && LooksLikeYear(doc, core) && LooksLikeYear(doc, second)))
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
            && ReadCents(doc, next, end, convention, bareAllowed: scale == 1m, out decimal cents, out int afterCents))
        {
            // "thirteen dollars and forty-five cents" is 13.45, "$20 and 43c" 20.43
            decimal amount = core.Value * scale + cents;
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

    // a scale glued to the first number of a range and written again after the second: "5k-20k", "$1m and $2m"
    private bool ScaleOnBothEnds(AnalyzedDocument doc, int at, int end) =>
        at + 2 < end && doc.Tokens[at].Start == doc.Tokens[at - 1].End && numbers.TryWord(doc, at, out var word)
        && word.Kind is NumberWordKind.Scale or NumberWordKind.ScaleSuffix;

    // "/4" glued after the number, or " 1/2" after a whole number, and then a unit of measure; a bare "5/17" may be a
    // date, and "2/3 of" a share, so only a measure after it makes the digits a fraction. parts is 0 when the number
    // itself is the numerator, else the numerator after a whole number.
    private bool MeasureFraction(AnalyzedDocument doc, int at, int end, out decimal parts, out int denominator, out int after)
    {
        parts = 0;
        denominator = 0;
        after = at;
        int slash = at;
        if (at < end && doc.Tokens[at].Kind == TokenKind.Number && doc.Tokens[at].Start > doc.Tokens[at - 1].End
            && NumberReader.TryParseDigits(doc.TokenText(at), out parts, out int partDecimals) && partDecimals == 0 && parts > 0)
        {
            slash = at + 1;
        }

        if (slash + 1 >= end || doc.TokenText(slash) is not "/" || doc.Tokens[slash].Start != doc.Tokens[slash - 1].End
            || doc.Tokens[slash + 1].Start != doc.Tokens[slash].End || doc.Tokens[slash + 1].Kind != TokenKind.Number
            || !NumberReader.TryParseDigits(doc.TokenText(slash + 1), out decimal under, out int underDecimals) || underDecimals > 0 || under is < 2 or > 100
            || (parts > 0 && parts >= under))
        {
            return false;
        }

        if (units.Suffix(doc, slash + 2, end, out _) is not { Unit.Dimension: UnitDimension.Measure } unit || QuantityWords.DurationCodes.Contains(unit.Unit.Code))
        {
            return false;
        }

        denominator = (int)under;
        after = slash + 2;
        return true;
    }

    private static bool LooksLikeYear(AnalyzedDocument doc, NumberCore number) =>
        !number.IsWord && number.Decimals == 0 && number.Value is >= 1800 and <= 2100 && doc.TokenText(number.End - 1).Length == 4;

    private static bool IsGluedHyphen(AnalyzedDocument doc, int at, int end) =>
        at > 0 && at + 1 < end && doc.TokenText(at) is "-" && doc.Tokens[at].Start == doc.Tokens[at - 1].End && doc.Tokens[at + 1].Start == doc.Tokens[at].End;

    private static Unit? SubUnit(AnalyzedDocument doc, int at) =>
        QuantityWords.SubUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(at), out string? code) ? Unit.Currency(code) : null;

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

    // "and forty-five cents", "50 cents", "43c", "43 sen" after an amount of money; a bare "and 43" or "43" only where
    // the sentence or clause ends after it ("$20 and 43", "15 dollars 50."), so "$500 and 20 people" keeps its count
    private bool ReadCents(AnalyzedDocument doc, int at, int end, NumberConvention convention, bool bareAllowed, out decimal cents, out int after)
    {
        cents = 0;
        after = at;
        int k = doc.Is(at, "and") ? at + 1 : at;
        if (k >= end || doc.Tokens[k].Kind is not (TokenKind.Number or TokenKind.Word) || !numbers.TryRead(doc, k, end, convention, out var number)
            || number.IsFraction || number.IsMultiplier || number.Decimals > 0 || number.Value is < 1 or >= 100)
        {
            return false;
        }

        int unitAt = number.End;
        if (unitAt < end && (SubUnit(doc, unitAt) is not null || doc.IsAny(unitAt, QuantityWords.MinorUnits)
            || (doc.Is(unitAt, "c") && doc.Tokens[unitAt].Start == doc.Tokens[unitAt - 1].End)))
        {
            cents = number.Value / 100m;
            after = unitAt + 1;
            return true;
        }

        bool clauseEnds = unitAt >= end || doc.TokenText(unitAt) is "." or "," or ";" or "!" or "?";
        if (!bareAllowed || !clauseEnds || (!number.IsWord && doc.TokenText(k).Length != 2))
        {
            return false;
        }

        cents = number.Value / 100m;
        after = unitAt;
        return true;
    }

    // "$10-$20", "$10 to $20", "10 dollars to 20 dollars", "between 10 percent and 20 percent": the unit on both ends
    private bool ReadRepeatedUnitRange(AnalyzedDocument doc, int start, NumberCore core, UnitEntry? prefix, int end, NumberConvention convention, out NumberCore second)
    {
        second = default;
        int at = core.End;
        UnitEntry? suffix = null;
        if (prefix is null)
        {
            suffix = units.Suffix(doc, at, end, out int afterSuffix);
            if (suffix is null)
            {
                return false;
            }

            at = afterSuffix;
        }

        bool between = doc.Is(start - 1, "between") || doc.Is(start - 1, "from");
        if (at + 1 >= end || !(doc.TokenText(at) is "-" or "–" or "to" || (between && doc.Is(at, "and"))))
        {
            return false;
        }

        int from = at + 1;
        if (prefix is not null)
        {
            if (units.Prefix(doc, from, end, out int afterSecondPrefix) is not { } again || again.Unit != prefix.Unit)
            {
                return false;
            }

            from = afterSecondPrefix;
        }

        return ReadSecond(doc, from, end, core, convention, out second)
            && (suffix is null || (units.Suffix(doc, second.End, end, out _) is { } repeated && repeated.Unit == suffix.Unit));
    }

    private bool ReadSecond(AnalyzedDocument doc, int at, int end, NumberCore first, NumberConvention convention, out NumberCore second)
    {
        second = default;
        return at < end && doc.Tokens[at].Kind == doc.Tokens[first.End - 1].Kind && numbers.TryRead(doc, at, end, convention, out second)
            && !second.IsFraction && !second.IsMultiplier && second.Value > first.Value;
    }

    private bool IsUnitAfter(AnalyzedDocument doc, int k, int end) => units.Suffix(doc, k, end, out _) is not null;

    private QuantityMention? Finish(AnalyzedDocument doc, Sentence sentence, int first, int end, decimal value, decimal low, decimal high,
        Unit unit, QuantityForm form, bool isRange, bool loose) =>
        context.Build(doc, sentence, first, end, value, low, high, unit, form, isRange, loose);
}
