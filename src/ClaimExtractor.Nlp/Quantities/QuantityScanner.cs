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
    // the unit of "absolute zero" (models/quantities/units.tsv spells it "kelvin")
    private static readonly Unit AbsoluteZero = Unit.Measure("K");

    private readonly NumberReader numbers;
    private readonly UnitMatcher units;
    private readonly MeasureReadings readings;
    private readonly DigitFractions digitFractions;
    private readonly RangePass rangePass;
    private readonly ScalePass scalePass;
    private readonly UnitPass unitPass;
    private readonly FormPass formPass;
    private readonly NumberedNames numberedNames;
    private readonly QuantityOpenings openings;
    private readonly bool everyToken;

    /// <summary>Creates the scanner over the number words and units.</summary>
    public QuantityScanner(NlpModels models)
        : this(models, everyToken: false)
    {
    }

    /// <summary>
    /// A scanner that, when <paramref name="everyToken"/>, tries its readers at every token instead of only where a
    /// quantity can start (<see cref="QuantityOpenings"/>): slower, and the check that the openings miss nothing.
    /// </summary>
    internal QuantityScanner(NlpModels models, bool everyToken)
    {
        ArgumentNullException.ThrowIfNull(models);
        var lexicon = models.Quantities;
        numbers = new NumberReader(lexicon);
        units = new UnitMatcher(lexicon);
        readings = new MeasureReadings(lexicon);
        digitFractions = new DigitFractions(units);
        rangePass = new RangePass(numbers, units, new RangeEnds(numbers, units), new NegativeRanges(numbers, units));
        scalePass = new ScalePass(numbers, units);
        unitPass = new UnitPass(numbers, units);
        formPass = new FormPass(new QuantityContext(numbers), new Cents(numbers));
        numberedNames = new NumberedNames(lexicon.NumberedNames, numbers);
        openings = new QuantityOpenings(numbers, lexicon.MaxUnitTokens);
        this.everyToken = everyToken;
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
        // and which crown its bare "crowns" are, and which dollar its bare "$"
        string? crown = CrownCurrency.Of(document);
        string? dollar = DollarCurrency.Of(document);
        // "Bob Marley: One Love", "Ocean's Eleven": a title's numbers are its words
        var titled = Entities.QuotedTitles.Tokens(document);
        var open = new List<bool>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int i = sentence.FirstToken;
            QuantityMention? pending = null;
            if (!everyToken)
            {
                openings.Mark(document, sentence, open);
            }

            while (i < sentence.EndToken)
            {
                if (!everyToken && !open[i - sentence.FirstToken])
                {
                    i++;
                    continue;
                }

                var mention = TryRead(document, sentence, i, convention, out int timeSpanEnd);
                if (mention is null)
                {
                    // "the next 3 to 5 years": a span of time is passed whole, so its second end is not read again alone
                    i = Math.Max(i + 1, timeSpanEnd);
                    continue;
                }

                i = mention.EndToken;
                if (titled is not null && titled[mention.FirstToken])
                {
                    continue;
                }

                // "measured the quake at magnitude 7.1, while the agency put it at 6.8": the unit of the reading restated
                mention = SharedUnits.CarryReading(document, sentence, pending, mention);
                if (pending is not null && (BoundPairs.TryJoin(document, pending, mention) ?? CompoundMeasures.TryJoin(document, pending, mention)
                    ?? Uncertainties.TryJoin(document, pending, mention)) is { } joined)
                {
                    // "more than 10 and less than 40" is one range, "6 feet 2 inches" one height, "12.5 ± 0.1 mm" one length
                    pending = joined;
                    continue;
                }

                if (pending is not null)
                {
                    // "5 or 6 percent": the unit written once
                    document.AddQuantity(InLocalMoney(document, SharedUnits.TryShare(document, pending, mention) ?? pending, crown, dollar));
                    // "rose 0.4% for the month and 4.0% from a year earlier": a gapped clause moves as the one before it
                    mention = SharedUnits.CarryLevel(document, pending, SharedUnits.CarryCurrency(document, pending, IndexPoints.Level(document, pending, GappedMoves.Carry(document, sentence, pending, mention))), numbers, convention);
                }

                pending = mention;
            }

            if (pending is not null)
            {
                document.AddQuantity(InLocalMoney(document, pending, crown, dollar));
            }
        }
    }

    // the story's bare crowns and dollars read as its country's currency
    private static QuantityMention InLocalMoney(AnalyzedDocument document, QuantityMention mention, string? crown, string? dollar) =>
        DollarCurrency.Read(CrownCurrency.Read(document, mention, crown), dollar);

    private QuantityMention? TryRead(AnalyzedDocument doc, Sentence sentence, int start, NumberConvention convention, out int timeSpanEnd)
    {
        timeSpanEnd = start;
        int end = sentence.EndToken;
        int k = start;
        if (QuantityFilters.InsideAddress(doc.Text, doc.Tokens[start].Start) || QuantityFilters.IsDecimalTail(doc, start) || LetterCurrencies.IsGluedLetter(doc, start)
            || numberedNames.Contains(doc, sentence, start) || InsideHyphenChain(doc, sentence, start))
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

        if (prefix is not null && !negative && IsSignAfterPrefix(doc, afterPrefix, end))
        {
            // "$-99.99", "€-15": the sign between the currency and the amount
            negative = true;
            afterPrefix++;
        }

        if (prefix is not null)
        {
            // "COP28": a code before a name's number is not a currency
            if (afterPrefix >= end || doc.Tokens[afterPrefix].Kind != TokenKind.Number || numberedNames.Contains(doc, sentence, afterPrefix))
            {
                return null;
            }

            k = afterPrefix;
        }
        else if (doc.Tokens[k].Kind is not (TokenKind.Number or TokenKind.Word) && DigitNumbers.VulgarFraction(doc.TokenText(k)) is null)
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

        if (prefix is null && !negative && PercentOf.Opens(doc, sentence, k, end, out int percentAt) && numbers.TryRead(doc, percentAt, end, convention, out var percentCore)
            && !percentCore.IsFraction && !percentCore.IsMultiplier && !PercentOf.GluedToWord(doc, percentCore.End) && !RangeEnds.LooksLikeYear(doc, percentCore))
        {
            // "percent of 10": ten percent
            return Finish(doc, sentence, start, percentCore.End, percentCore.Value, percentCore.Value - percentCore.HalfUnit, percentCore.Value + percentCore.HalfUnit,
                Unit.Percent, QuantityForm.Percent, false, false);
        }

        if (prefix is null && !negative && RankRanges.TryRead(doc, sentence, numbers, k, out decimal firstPlace, out decimal lastPlace, out int afterPlaces))
        {
            // "ranks between the tenth and the fifteenth": a range of places
            return Finish(doc, sentence, start, afterPlaces, (firstPlace + lastPlace) / 2, firstPlace, lastPlace, Unit.Rank, QuantityForm.Count, true, false);
        }

        if (prefix is null && !negative && doc.Is(k, "absolute") && doc.Is(k + 1, "zero"))
        {
            // "cooled to near absolute zero": the lowest temperature, 0 kelvin
            return Finish(doc, sentence, start, k + 2, 0, 0, 0, AbsoluteZero, QuantityForm.Measure, false, false);
        }

        NumberCore core;
        if ((doc.Is(k, "a") || doc.Is(k, "an")) && UnitPass.IsDecade(doc, k + 1))
        {
            // "a decade": one of ten years, read as "1 decade"
            core = new NumberCore(1, -1, k + 1, true, false, false);
        }
        else if (prefix is null && readings.IsOneOfAUnit(doc, k, end))
        {
            // "a dollar", "an ml": one of the unit
            core = new NumberCore(1, -1, k + 1, true, false, false);
        }
        else if (prefix is null && (doc.Is(k, "a") || doc.Is(k, "an")) && (doc.Is(k + 2, "and") || doc.Is(k + 3, "and"))
            && units.Suffix(doc, k + 1, end, out int afterLarger) is { Unit.Dimension: UnitDimension.Measure } larger
            && CompoundMeasures.IsAddedTo(doc, numbers, units, larger, afterLarger, end))
        {
            // "an hour and five minutes", "a year and a half": one of the unit a part is added to
            core = new NumberCore(1, -1, k + 1, true, false, false);
        }
        else if (prefix is null && readings.TryFractionOfAUnit(doc, numbers, k, end, out decimal unitPart, out int unitAt))
        {
            // "half a mile", "a quarter-litre"
            core = new NumberCore(unitPart, DigitNumbers.FractionDecimals(unitPart), unitAt, true, false, false);
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

        if (prefix is null && !core.IsWord && core.Decimals == 0 && digitFractions.TryRead(doc, sentence, start, core.End, out decimal parts, out int denominator, out int afterFraction))
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

        var reading = new QuantityReading(doc, sentence, start, convention)
        {
            NumberAt = k,
            Negative = negative,
            Prefix = prefix,
            PrefixScale = prefixScale,
            Core = core,
            Power = power,
        };
        rangePass.Read(ref reading);
        scalePass.Read(ref reading);
        var mention = unitPass.Read(ref reading) ? formPass.Finish(ref reading) : null;
        mention = mention is null ? null : AccountingNegatives.Apply(doc, mention);
        if (mention is not null && reading.InTimeExpression)
        {
            // "two years ago": the span of time is kept apart from the figures, for readers of the quantities alone
            doc.AddTimeSpan(mention.Quantity);
            timeSpanEnd = mention.EndToken;
            return null;
        }

        return mention;
    }

    // "2019-11-18T22:05:36Z", "555-123-4567": digits glued by hyphens to digits before them and after them are a date, a
    // stamp or a code, never a range of their own
    private static bool InsideHyphenChain(AnalyzedDocument doc, Sentence sentence, int k) =>
        k - 2 >= sentence.FirstToken && k + 2 < sentence.EndToken && doc.Tokens[k].Kind == TokenKind.Number
        && UnitPass.IsGluedHyphen(doc, k - 1, sentence.EndToken) && doc.Tokens[k - 2].Kind == TokenKind.Number
        && UnitPass.IsGluedHyphen(doc, k + 1, sentence.EndToken) && doc.Tokens[k + 2].Kind == TokenKind.Number;

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
            // "- 10 k" alone on its line: a sign set apart by a space before a figure and nothing else (LoneFigures)
            return next.Kind == TokenKind.Number && (next.Start == sign.End || (at == sentence.FirstToken && LoneFigures.OnlyDigitsFrom(doc, sentence, at + 1)))
                && (at == sentence.FirstToken || (doc.Tokens[at - 1].End < sign.Start && doc.Tokens[at - 1].Kind != TokenKind.Number)
                    || doc.TokenText(at - 1) is "<" or ">" or "≤" or "≥" or "~" or "(" or "=");
        }

        // "plus or minus 3 points": a margin either way, not a negative figure
        return (doc.Is(at, "minus") || doc.Is(at, "negative")) && !(doc.Is(at - 1, "or") && doc.Is(at - 2, "plus"))
            && (next.Kind == TokenKind.Number || (numbers.TryWord(doc, at + 1, out var word) && word.Kind == NumberWordKind.Cardinal));
    }

    private static bool IsSignAfterPrefix(AnalyzedDocument doc, int at, int end) =>
        at + 1 < end && doc.TokenText(at) is "-" or "\u2212" && doc.Tokens[at].Start == doc.Tokens[at - 1].End
        && doc.Tokens[at + 1].Kind == TokenKind.Number && doc.Tokens[at + 1].Start == doc.Tokens[at].End;

    private QuantityMention? Finish(AnalyzedDocument doc, Sentence sentence, int first, int end, decimal value, decimal low, decimal high,
        Unit unit, QuantityForm form, bool isRange, bool loose) =>
        formPass.Build(doc, sentence, first, end, value, low, high, unit, form, isRange, loose);
}
