using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// The scanner's scale pass: the scale word or suffix after the number ("1.6bn", "305m", "2.2 billion", "3 lakh crore",
/// hyphened as an adjective: "a $1.1-billion takeover"),
/// a lower-case "k" set apart closing the phrase ("2.33 k"), the smaller groups after it ("4 thousand 3 hundred and 21") and a fraction of it ("one million and a half"); a lone
/// "m" that reads as metres ("1.8m tall") is left to the unit pass; an upper-case "MM" is millions ("$5MM").
/// </summary>
internal sealed class ScalePass(NumberReader numbers, UnitMatcher units)
{
    // "Radeon Pro 5300M", "the 5500M": an upper-case M glued to four or more plain digits, with no currency, names a
    // model (news writes 5.3 billion as "5.3bn" or "$5,300M", never "5300M"; "1200K" stays 1.2 million)
    private static bool IsModelLetter(AnalyzedDocument doc, int next, NumberCore core) =>
        !core.IsWord && core.Decimals <= 0 && core.Value >= 1000 && doc.Tokens[next].Start == doc.Tokens[next - 1].End
        && doc.TokenText(next) is "M" && doc.TokenText(next - 1).Length >= 4 && !doc.TokenText(next - 1).Contains(',');

    // "4K streaming", "play at up to 4K on your TV", "a 5K display": a screen's resolution, not thousands; "4K people"
    // "$4K" and "5k-20k" are thousands
    private static bool IsScreenResolution(AnalyzedDocument doc, int k, int end, NumberCore core) =>
        k == core.End && !core.IsWord && core.Decimals <= 0 && core.Value is 2 or 4 or 5 or 8 && doc.TokenText(k) is "K" or "k" && doc.Tokens[k].Start == doc.Tokens[k - 1].End
        && (doc.IsAny(k + 1, QuantityWords.ScreenNouns) || k + 1 >= end || (doc.Tokens[k + 1].Kind != TokenKind.Word && doc.TokenText(k + 1) is not ("-" or "–"))
            || doc.IsAny(k + 1, Lexicon.FunctionWords));

    public void Read(ref QuantityReading r)
    {
        var doc = r.Doc;
        int end = r.End, next = r.Next;
        var core = r.Core;
        var prefix = r.Prefix;
        decimal scale = r.Power * r.PrefixScale;
        bool metres = prefix is null && !core.IsWord && MeasureReadings.IsMetres(doc, r.Sentence, r.NumberAt, next);
        if (!metres && scale == 1m && next < end && IsMillionsMark(doc, next, prefix is not null))
        {
            // "$5MM", "1MM": the financial shorthand for millions (millimetres are written "mm")
            scale = 1_000_000m;
            next++;
        }
        else if (!metres && scale == 1m && next < end && numbers.TryWord(doc, next, out var scaleWord)
            && (scaleWord.Kind == NumberWordKind.Scale && !core.IsWord | scaleWord.Value > 100
                || scaleWord.Kind == NumberWordKind.ScaleSuffix && (doc.Tokens[next].Start == doc.Tokens[next - 1].End || doc.TokenText(next).Length > 1 || SpacedThousands(doc, next, end))))
        {
            if (!(scaleWord.Kind == NumberWordKind.ScaleSuffix && doc.Tokens[next].Span.Length == 1 && prefix is null
                && (units.Suffix(doc, next, end, out _) is not null || BeforeAName(doc, next, end) || IsModelLetter(doc, next, core)
                    || IsScreenResolution(doc, next, end, core))))
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

        if (!metres && scale == 1m && UnitPass.IsGluedHyphen(doc, next, end) && numbers.TryWord(doc, next + 1, out var hyphenedScale)
            && hyphenedScale.Kind == NumberWordKind.Scale && hyphenedScale.Value >= 1000m)
        {
            // "a $1.1-billion takeover", "a $300-million cut", "a 10-million-dollar deal": the scale hyphened to the number
            // as an adjective
            scale = hyphenedScale.Value;
            next += 2;
        }

        if (scale >= 100m && r.Power == 1m && r.PrefixScale == 1m && !r.IsRange && core.Decimals <= 0 && numbers.TryWord(doc, next - 1, out var lastScale) && lastScale.Kind == NumberWordKind.Scale
            && ScaleTails.TryRead(doc, numbers, next, end, scale, out decimal added, out decimal smallest, out int afterTail))
        {
            // "4 thousand 3 hundred and 21", "6 crore and two hundred": the precision is the smallest group's
            core = core with { Value = ((core.Value * scale) + added) / smallest, Decimals = 0 };
            scale = smallest;
            next = afterTail;
        }

        if (scale > 100m && !r.IsRange && numbers.Compounds.AndAFraction(doc, next, end, out decimal part, out int afterPart))
        {
            // "one million and a half", "five billion and three quarters"; "one billion and a half million" is a half of
            // the smaller scale
            int decimals = DigitNumbers.FractionDecimals(part);
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

        if (IsGluedPlus(doc, next, end))
        {
            // "40+ editions", "20+ years", "$100k+": the plus bounds the figure from below (QuantityContext), and the unit or
            // the noun comes after it
            next++;
        }

        r.Core = core;
        r.Scale = scale;
        r.Next = next;
        r.Metres = metres;
    }

    /// <summary>True when a "+" at <paramref name="at"/> is glued after a figure and no number follows it ("40+", not "2+2").</summary>
    public static bool IsGluedPlus(AnalyzedDocument doc, int at, int end) =>
        at > 0 && at < end && doc.TokenText(at) is "+" && doc.Tokens[at].Start == doc.Tokens[at - 1].End
        && (doc.Tokens[at - 1].Kind == TokenKind.Number || doc.Tokens[at - 1].Kind == TokenKind.Word)
        && !(at + 1 < end && doc.Tokens[at + 1].Kind == TokenKind.Number && doc.Tokens[at + 1].Start == doc.Tokens[at].End);

    // a lower-case "k" set apart from its number and closing the phrase ("a salary of 85 k.", "2.33 k"): thousands as the
    // glued "85k" is; a spaced "m" or "b" is a metre or a letter
    private static bool SpacedThousands(AnalyzedDocument doc, int at, int end) =>
        doc.TokenText(at) is "k" && (at + 1 >= end || doc.Tokens[at + 1].Kind == TokenKind.Punct && doc.Tokens[at + 1].Start == doc.Tokens[at].End);

    // an upper-case "MM" glued to the number, or after a currency: "$5MM", "$2.5 MM"
    private static bool IsMillionsMark(AnalyzedDocument doc, int at, bool afterCurrency) =>
        doc.TokenText(at) is "MM" && (afterCurrency || doc.Tokens[at].Start == doc.Tokens[at - 1].End);

    // "221B Baker Street", "Flat 4B Ocean Road": an upper-case letter glued to a house or flat number before a name is
    // part of an address, not billions
    private static bool BeforeAName(AnalyzedDocument doc, int letter, int end) =>
        char.IsUpper(doc.Text[doc.Tokens[letter].Start]) && letter + 1 < end && doc.Tokens[letter + 1].Kind == TokenKind.Word
        && char.IsUpper(doc.Text[doc.Tokens[letter + 1].Start]);
}
