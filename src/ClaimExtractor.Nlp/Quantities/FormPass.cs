using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// The scanner's last pass: decides what was read (money, crypto, a percentage, a measure, a multiplier, a count), drops
/// what is not a quantity (a season, a phone number, a range of years, a year, a bare small number word), adds cents
/// ("$20 and 43c") and sub-units ("50 cents"), and builds the mention with the interval its wording allows.
/// </summary>
internal sealed class FormPass(QuantityContext context, Cents cents)
{
    public QuantityMention? Finish(ref QuantityReading r)
    {
        var doc = r.Doc;
        var sentence = r.Sentence;
        int start = r.Start, end = r.End, k = r.NumberAt, next = r.Next;
        var core = r.Core;
        var second = r.Second;
        var prefix = r.Prefix;
        var suffix = r.Suffix;
        decimal scale = r.Scale;
        bool negative = r.Negative, isRange = r.IsRange;

        // cents and pence: money in hundredths of the main unit ("50 cents", "a 12-cent dividend")
        int subUnitAt = UnitPass.IsGluedHyphen(doc, next, end) ? next + 1 : next;
        if (suffix is null && prefix is null && subUnitAt < end && Cents.SubUnit(doc, subUnitAt) is { } subUnit)
        {
            return FinishSubUnit(doc, sentence, start, subUnitAt + 1, core, scale * subUnit.Share, negative, isRange ? second.Value : null, subUnit.Unit);
        }

        Unit unit;
        QuantityForm form;
        if (prefix is not null)
        {
            unit = prefix.Unit;
            // "magnitude 7.1": a measure named before its number, as money usually is
            form = prefix.Unit.Dimension switch
            {
                UnitDimension.Crypto => QuantityForm.Crypto,
                UnitDimension.Measure => QuantityForm.Measure,
                _ => QuantityForm.Money,
            };
            if (suffix is not null)
            {
                next = r.AfterSuffix;
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
            next = r.AfterSuffix;
        }
        else if (Frequencies.Read(doc, k, next, end, out int afterStretch) is { } frequency && !isRange && scale == 1m)
        {
            // "four times a week", "twice a year": how often, counting times
            decimal signed = negative ? -core.Value : core.Value;
            return Build(doc, sentence, start, afterStretch, signed, signed - core.HalfUnit, signed + core.HalfUnit, frequency, QuantityForm.Count, false, false) is { } often
                ? often with { Quantity = often.Quantity with { Noun = Frequencies.Noun } }
                : null;
        }
        else if (next < end && (doc.Is(next, "times") || IsGluedX(doc, next)) && !core.IsWord | core.Value > 1 && next + 1 < end && doc.IsAny(next + 1, QuantityWords.TimesFollowers))
        {
            return Build(doc, sentence, start, next + 1, core.Value, core.Value, core.Value, Unit.Ratio, QuantityForm.Multiplier, false, true);
        }
        else
        {
            // a bare "2023-24" or "555-1234" is a season or a phone number, and "between 2019 and 2021" a range of
            // years, not a range of counts; "10-15 people" is one
            if (((r.HyphenRange && !HyphenRanges.IsCountRange(doc, sentence, k, r.RangeAt + 1, next)) || (isRange && RangeEnds.LooksLikeYear(doc, core) && RangeEnds.LooksLikeYear(doc, second)))
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
            && cents.TryRead(doc, next, end, r.Convention, bareAllowed: scale == 1m, out decimal hundredths, out int afterCents))
        {
            // "thirteen dollars and forty-five cents" is 13.45, "$20 and 43c" 20.43
            decimal amount = core.Value * scale + hundredths;
            return Build(doc, sentence, start, afterCents, amount, amount - 0.005m, amount + 0.005m, unit, form, false, false);
        }

        decimal value = core.Value * scale;
        if (isRange)
        {
            // "$1-2 billion": the scale after the second number applies to both ends
            // ("-18 °C to -34 °C" falls from its first end to its second)
            decimal from = (negative ? -core.Value : core.Value) * scale;
            decimal to = second.Value * scale;
            decimal low = Math.Min(from, to), high = Math.Max(from, to);
            return Build(doc, sentence, start, next, (low + high) / 2, low, high, unit, form, true, false);
        }

        decimal half = core.HalfUnit * scale;
        var mention = negative
            ? Build(doc, sentence, start, next, -value, -value - half, -value + half, unit, form, false, false)
            : Build(doc, sentence, start, next, value, value - half, value + half, unit, form, false, false);
        if (mention is not null && form == QuantityForm.Count && core.IsWord && mention.Quantity.Noun is null && scale == 1m && core.End == k + 1
            && core.Value < 10 && !negative && !IsPartOfAWhole(doc, sentence, next, core.Value) && !IsZeroLevel(doc, sentence, k, next)
            && !LoneNumberWords.AreCounted(doc, sentence, k, next))
        {
            // a bare small number word with nothing counted is a pronoun or part of an idiom ("one of", "the two of
            // them") unless it is the subject or object of its clause ("Two were killed"); a larger one ("Fourteen were killed"), a compound ("one hundred and six"), a scaled one ("one
            // trillion") or a signed one ("minus one") is a figure
            return null;
        }

        return mention;
    }

    // "3x faster", "9x as efficient": an x glued to the number is "times"
    private static bool IsGluedX(AnalyzedDocument doc, int at) =>
        at > 0 && doc.TokenText(at) is "x" or "X" && doc.Tokens[at].Start == doc.Tokens[at - 1].End && doc.Tokens[at - 1].Kind == TokenKind.Number;

    // "cut rates to zero", "inflation was nought", "zero is the floor": zero as a level is a figure, where "zero-emission"
    // is a name and "all for naught" an idiom
    private static bool IsZeroLevel(AnalyzedDocument doc, Sentence sentence, int k, int after) =>
        doc.IsAny(k, QuantityWords.ZeroLevels) && !doc.Is(after, "-")
        && (doc.IsAny(k - 1, QuantityWords.ZeroLevelOpeners) || (k == sentence.FirstToken && (doc.Is(after, "is") || doc.Is(after, "was"))));

    // "seven of the 11 board members", "three of its stores": a count out of a named whole ("one of the" is an idiom, and
    // "two of them" a pronoun)
    private static bool IsPartOfAWhole(AnalyzedDocument doc, Sentence sentence, int after, decimal value) =>
        value >= 2 && after + 2 < sentence.EndToken && doc.Is(after, "of")
        && (doc.Is(after + 1, "the") || doc.Is(after + 1, "its") || doc.Is(after + 1, "their") || doc.Is(after + 1, "those") || doc.Is(after + 1, "these"));

    public QuantityMention? Build(AnalyzedDocument doc, Sentence sentence, int first, int end, decimal value, decimal low, decimal high,
        Unit unit, QuantityForm form, bool isRange, bool loose) =>
        context.Build(doc, sentence, first, end, value, low, high, unit, form, isRange, loose);

    // an amount in a sub-unit, stated in the main unit: the scale holds the sub-unit's share ("50 cents" is 50 x 0.01)
    private QuantityMention? FinishSubUnit(AnalyzedDocument doc, Sentence sentence, int start, int end, NumberCore core, decimal scale, bool negative,
        decimal? rangeHigh, Unit unit)
    {
        if (rangeHigh is { } high)
        {
            decimal from = core.Value * scale, to = high * scale;
            return Build(doc, sentence, start, end, (from + to) / 2, from, to, unit, QuantityForm.Money, true, false);
        }

        decimal value = (negative ? -core.Value : core.Value) * scale;
        decimal half = core.HalfUnit * scale;
        return Build(doc, sentence, start, end, value, value - half, value + half, unit, QuantityForm.Money, false, false);
    }
}
