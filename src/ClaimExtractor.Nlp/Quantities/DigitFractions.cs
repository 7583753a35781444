using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>Fractions written in digits: "1/4 mile" (before a unit of measure), "10 1/2 miles", "rose 2 1/4 points", "3/4" alone.</summary>
internal sealed class DigitFractions(UnitMatcher units)
{
    // "/4" glued after the number and then a unit of measure (a bare "5/17" may be a date, and "2/3 of" a share, so
    // only a measure after it makes the digits a fraction), or " 1/2" after a whole number. parts is 0 when the number
    // itself is the numerator, else the numerator after a whole number.
    public bool TryRead(AnalyzedDocument doc, Sentence sentence, int first, int at, out decimal parts, out int denominator, out int after)
    {
        int end = sentence.EndToken;
        parts = 0;
        denominator = 0;
        after = at;
        int slash = at;
        if (at < end && doc.Tokens[at].Kind == TokenKind.Number && doc.Tokens[at].Start > doc.Tokens[at - 1].End
            && DigitNumbers.TryParseDigits(doc.TokenText(at), out parts, out int partDecimals) && partDecimals == 0 && parts > 0)
        {
            slash = at + 1;
        }

        if (slash + 1 >= end || doc.TokenText(slash) is not "/" || doc.Tokens[slash].Start != doc.Tokens[slash - 1].End
            || doc.Tokens[slash + 1].Start != doc.Tokens[slash].End || doc.Tokens[slash + 1].Kind != TokenKind.Number
            || !DigitNumbers.TryParseDigits(doc.TokenText(slash + 1), out decimal under, out int underDecimals) || underDecimals > 0 || under is < 2 or > 100
            || (parts > 0 && parts >= under))
        {
            return false;
        }

        // "2 1/4" after a whole number is a mixed number whatever follows, and so is "3/4" or "-4/5" alone in its sentence
        if (parts == 0 && !LoneFigures.FillSentence(doc, sentence, first, slash + 2) && (units.Suffix(doc, slash + 2, end, out _) is not { Unit.Dimension: UnitDimension.Measure } unit || QuantityWords.DurationCodes.Contains(unit.Unit.Code))
            && !MeasureReadings.IsInchWord(doc, sentence, slash + 2))
        {
            return false;
        }

        denominator = (int)under;
        after = slash + 2;
        return true;
    }
}
