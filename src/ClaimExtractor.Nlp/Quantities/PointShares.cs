using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Percentage points written as basis points ("25 basis points", "a 50bp cut", "a 25-basis-point hike" are 0.25 and 0.5
/// points) and as a share of one point ("half a percentage point", "a quarter percentage point", "three-quarters of a
/// percentage point", "a quarter-point cut", "half a point").
/// </summary>
internal static class PointShares
{
    public static readonly UnitEntry Points = new(Unit.PercentagePoint, Prefix: false, Suffix: true);

    /// <summary>Basis points at <paramref name="at"/> ("basis points", "basis-point", "bp", "bps"); the token after them.</summary>
    public static bool TryBasisPoints(AnalyzedDocument doc, int at, int end, out int after)
    {
        after = at;
        if (at < end && doc.TokenText(at) is "bp" or "bps")
        {
            after = at + 1;
            return true;
        }

        int point = doc.TokenText(at + 1) is "-" ? at + 2 : at + 1;
        if (point < end && doc.Is(at, "basis") && (doc.Is(point, "point") || doc.Is(point, "points")))
        {
            after = point + 1;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A share of one percentage point at <paramref name="k"/>: "half a percentage point", "a quarter percentage point",
    /// or a fraction already read (<paramref name="percent"/> of one, ending at <paramref name="fractionEnd"/>) before
    /// "of a percentage point"; the value in points and the token after it.
    /// </summary>
    public static bool TryShareOfAPoint(AnalyzedDocument doc, int k, int end, decimal? percent, int fractionEnd, out decimal points, out int after)
    {
        points = 0;
        after = k;
        int at;
        bool article = false;
        if (percent is { } share)
        {
            at = doc.Is(fractionEnd, "of") ? fractionEnd + 1 : fractionEnd;
            points = share / 100m;
        }
        else
        {
            article = doc.Is(k, "a");
            int word = article ? k + 1 : k;
            // "half a percentage point", "a half percentage point", "a quarter percentage point"
            points = doc.Is(word, "half") ? 0.5m : doc.Is(word, "quarter") && article ? 0.25m : 0m;
            at = word + 1;
            if (points == 0)
            {
                return false;
            }
        }

        bool one = doc.Is(at, "a");
        at = one ? at + 1 : at;
        // "a quarter-point cut", "a half-percentage-point rise": the share hyphenated to its point
        bool hyphen = UnitPass.IsGluedHyphen(doc, at, end);
        at = hyphen ? at + 1 : at;
        if (at < end && (one || hyphen || article) && doc.Is(at, "point"))
        {
            // "half a point", "a quarter-point", "a quarter point": points of a rate (not "a quarter of points")
            after = at + 1;
            return true;
        }

        int point = UnitPass.IsGluedHyphen(doc, at + 1, end) ? at + 2 : at + 1;
        if (point >= end || !doc.Is(at, "percentage") || !(doc.Is(point, "point") || doc.Is(point, "points")))
        {
            return false;
        }

        after = point + 1;
        return true;
    }
}
