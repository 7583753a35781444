using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Fractions over an ordinal larger than ten, in percent: a compound ordinal ("one twenty-fifth", "three twenty
/// firsts", "a twenty-first of", "one hundred thirty-fifths" is 100/35) and a scaled one ("a hundred trillionths",
/// "a hundredth of a second", "fifty-four thousandths").
/// </summary>
internal static class OrdinalFractions
{
    /// <summary>
    /// Reads the fraction whose numerator <paramref name="numerator"/> was read from token <paramref name="first"/> up
    /// to <paramref name="after"/>; false when no ordinal larger than ten follows.
    /// </summary>
    public static bool TryRead(NumberReader numbers, AnalyzedDocument doc, int first, int after, int end, decimal numerator, out NumberCore core)
    {
        core = default;
        if (numerator <= 0)
        {
            return false;
        }

        // "three twenty firsts": the ordinal follows the whole numerator
        if (TryCompound(numbers, doc, after, end, out decimal denominator, out int afterOrdinal) && Agrees(doc, afterOrdinal - 1, numerator))
        {
            core = NumberCore.Fraction(numerator, denominator, afterOrdinal);
            return true;
        }

        // "one hundred thirty-fifths": the numerator's last tens word begins the ordinal ("one hundred and thirty fifths"
        // is 130/5)
        int unitAt = doc.TokenText(after) is "-" ? after + 1 : after;
        if (after - 1 > first && !doc.Is(after - 2, "and") && numbers.TryWord(doc, after - 1, out var tens) && IsTens(tens) && numerator > tens.Value
            && UnitOrdinal(numbers, doc, unitAt) is { } unit && Follows(doc, unitAt + 1, end, unitAt) && Agrees(doc, unitAt, numerator - tens.Value))
        {
            core = NumberCore.Fraction(numerator - tens.Value, tens.Value + unit, unitAt + 1);
            return true;
        }

        // "a hundred trillionths", "fifty-four thousandths": scale words before a large ordinal multiply the numerator
        int at = after;
        while (numbers.TryWord(doc, at, out var scale) && scale.Kind == NumberWordKind.Scale && scale.Value >= 100 && numerator < 1_000_000_000_000m)
        {
            numerator *= scale.Value;
            at++;
        }

        if (numbers.TryWord(doc, at, out var large) && large.Kind == NumberWordKind.Denominator && large.Value > 10 && Follows(doc, at + 1, end, at) && Agrees(doc, at, numerator))
        {
            core = NumberCore.Fraction(numerator, large.Value, at + 1);
            return true;
        }

        return false;
    }

    /// <summary>A compound ordinal at <paramref name="at"/>: a tens word, an optional hyphen and a unit ordinal.</summary>
    public static bool TryCompound(NumberReader numbers, AnalyzedDocument doc, int at, int end, out decimal denominator, out int after)
    {
        denominator = 0;
        after = at;
        if (at >= end || !numbers.TryWord(doc, at, out var tens) || !IsTens(tens))
        {
            return false;
        }

        int unitAt = doc.TokenText(at + 1) is "-" ? at + 2 : at + 1;
        if (UnitOrdinal(numbers, doc, unitAt) is not { } unit || !Follows(doc, unitAt + 1, end, unitAt))
        {
            return false;
        }

        denominator = tens.Value + unit;
        after = unitAt + 1;
        return true;
    }

    /// <summary>
    /// Whether the number words before <paramref name="after"/> begin a rank: "twenty-first", "ninety-ninth", "two
    /// millionth" (read after <see cref="TryRead"/>, which takes the fractions).
    /// </summary>
    public static bool IsRankAfter(NumberReader numbers, AnalyzedDocument doc, int after, int end) =>
        (after + 1 < end && doc.TokenText(after) is "-" && numbers.TryWord(doc, after - 1, out var tens) && IsTens(tens)
            && (doc.Is(after + 1, "second") || UnitOrdinal(numbers, doc, after + 1) is not null))
        || (after < end && numbers.TryWord(doc, after, out var large) && large.Kind == NumberWordKind.Denominator && large.Value > 10);

    private static bool IsTens((decimal Value, NumberWordKind Kind) word) =>
        word.Kind == NumberWordKind.Cardinal && word.Value is >= 20 and < 100 && word.Value % 10 == 0;

    // "first" to "ninth" (a "second" is left out: "a twenty-second delay" is a duration; a "quarter" and a "half" are not
    // ordinals)
    private static decimal? UnitOrdinal(NumberReader numbers, AnalyzedDocument doc, int at) =>
        doc.Is(at, "first") || doc.Is(at, "firsts") ? 1
        : !doc.Is(at, "quarter") && !doc.Is(at, "quarters") && numbers.TryWord(doc, at, out var word) && word.Kind == NumberWordKind.Denominator
            && word.Value is >= 3 and < 10 ? word.Value
        : null;

    // an ordinal reads as a denominator when it is plural ("twenty-fifths") or the phrase ends or goes on with "of" ("a
    // twenty-fifth of"); "a twenty-first century", "the hundredth anniversary" are ranks
    private static bool Follows(AnalyzedDocument doc, int k, int end, int ordinalAt) =>
        IsPlural(doc, ordinalAt) || k >= end || doc.Tokens[k].Kind == TokenKind.Punct || doc.Is(k, "of");

    private static bool IsPlural(AnalyzedDocument doc, int at) => doc.TokenText(at)[^1] is 's' or 'S';

    // one of a part is singular ("a twenty-fifth"), more are plural ("three twenty-fifths"); "the two millionth visitor"
    // is a rank
    private static bool Agrees(AnalyzedDocument doc, int ordinalAt, decimal numerator) => numerator == 1 || IsPlural(doc, ordinalAt);
}
