using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Numbers that open with "a" or "an": "a third of", "a quarter more", "a quarter million", "a twenty-fifth of",
/// "a hundred and two", "a dozen", "a baker's dozen", "a gross of", "a million"; not "an eighth straight meeting" (an ordinal).
/// </summary>
internal sealed class ArticleNumbers(NumberReader numbers)
{
    public bool TryRead(AnalyzedDocument doc, int k, int end, out NumberCore core)
    {
        core = default;
        if (!(doc.Is(k, "a") || doc.Is(k, "an")) || k + 1 >= end)
        {
            return false;
        }

        if (CountingGroups.Read(doc, k + 1, end, out int afterGroup) is { } group)
        {
            // "a baker's dozen", "a gross of pencils"
            core = new NumberCore(group, -1, afterGroup, true, false, false);
            return true;
        }

        if (!numbers.TryWord(doc, k + 1, out var next))
        {
            return false;
        }

        // "a third of", "a quarter more", but not "an eighth straight meeting" (an ordinal)
        if (next.Kind == NumberWordKind.Denominator && !(doc.Is(k + 1, "quarter") && NumberReader.IsPeriodWord(doc, k + 2) && !doc.Is(k - 1, "by"))
            && ((FractionFollower(doc, k + 2, end) && !AfterAScore(doc, k)) || ((doc.Is(k - 1, "by") || QuantityWords.OfAChange(doc, k) || doc.Is(k - 1, "down") || doc.Is(k - 1, "up")) && doc.IsAny(k + 2, ChangeFollowers))
                || (doc.IsAny(k - 1, Hedges) && !UnitPass.IsGluedHyphen(doc, k + 2, end) && !NumberReader.IsPeriodWord(doc, k + 2))))
        {
            core = numbers.OfALargeScale(doc, k + 2, 1 / next.Value) ?? NumberCore.Fraction(1, next.Value, k + 2);
            return true;
        }

        // "a quarter million", "a half billion"
        if (next.Kind == NumberWordKind.Denominator && next.Value is 2 or 4 && numbers.IsLargeScale(doc, k + 2))
        {
            core = new NumberCore(1 / next.Value, DigitNumbers.FractionDecimals(1 / next.Value), k + 2, true, false, false);
            return true;
        }

        if (next.Kind == NumberWordKind.Cardinal && OrdinalFractions.TryCompound(numbers, doc, k + 1, end, out decimal ordinal, out int afterOrdinal))
        {
            // "a twenty-fifth of"
            core = NumberCore.Fraction(1, ordinal, afterOrdinal);
            return true;
        }

        if (next.Kind == NumberWordKind.Scale && numbers.Compounds.ReadCompound(doc, k, end, 1, out decimal scaled) is var afterScaled
            && OrdinalFractions.TryRead(numbers, doc, k, afterScaled, end, scaled, out core))
        {
            // "a hundred trillionths"
            return true;
        }

        if (next.Kind == NumberWordKind.Scale && numbers.Compounds.ReadCompound(doc, k, end, 1, out decimal more) is var afterMore && afterMore > k + 2)
        {
            // "a hundred and two", "a thousand five hundred": "a" is one
            core = new NumberCore(more, -1, afterMore, true, false, false);
            return true;
        }

        if (next.Kind is NumberWordKind.Dozen or NumberWordKind.Scale && !(next.Kind == NumberWordKind.Dozen && MeasureReadings.IsPriceBasis(doc, k, k + 2, end)))
        {
            // "a dozen", "a million"; not the dozen a price is quoted for ("a dozen eggs cost $5.90")
            core = new NumberCore(next.Value, -1, k + 2, true, false, false);
            return true;
        }

        return false;
    }

    // what follows a change by a share ("fell by a third to 20", "rose by a fifth in 2023", "cut by a quarter since
    // May", "a fall of a third on 2022"), where "by a third party" is a rank
    private static readonly WordSet ChangeFollowers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "from", "in", "since", "over", "last", "this", "compared", "year-on-year", "during", "between", "after", "and", "on");

    // a hedge or a bound before "a third" makes it a share whatever follows: "about a third said no", "nearly a quarter
    // voted"
    private static readonly WordSet Hedges = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "about", "around", "roughly", "nearly", "almost", "approximately", "some", "than", "fully", "barely", "only", "just", "over", "under");

    // "Saka added a third.", "Kane scored a second": a goal counted by its rank after a verb of scoring, not a share
    private static bool AfterAScore(AnalyzedDocument doc, int k) => doc.IsAny(k - 1, ScoringVerbs);

    private static readonly WordSet ScoringVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "added", "adds", "scored", "scores", "netted", "nets", "grabbed", "headed", "fired", "slotted", "nodded", "struck", "bagged", "claimed", "won");

    // punctuation, "of" or a comparison after "a third"; not a hyphen that makes it an ordinal adjective ("a
    // third-quarter profit", "a fifth-generation jet")
    private static bool FractionFollower(AnalyzedDocument doc, int k, int end) =>
        k >= end || (doc.Tokens[k].Kind == TokenKind.Punct && !UnitPass.IsGluedHyphen(doc, k, end)) || doc.Is(k, "of") || doc.Is(k, "more") || doc.Is(k, "less")
        || doc.Is(k, "fewer") || doc.Is(k, "higher") || doc.Is(k, "lower") || doc.Is(k, "larger") || doc.Is(k, "smaller");
}
