using System.Collections.Frozen;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A measure divided by another unit: a speed ("299,792 km/s", "30 metres per second", "90 ft/s"), an acceleration
/// ("9.8 m/s2", "m/s²"), a density ("12 kg/m2"), a yield ("8 tonnes per hectare"). The compound is one unit, its code
/// the two codes around a slash, as the lexicon's own km/h is; money quoted per a unit keeps its currency (<see cref="Rates"/>), and a duration per another
/// ("60 hours a week") stays a duration.
/// </summary>
internal static class UnitRatios
{
    // time symbols a slash puts under a measure, though alone after a number they are too often letters ("the 1990 s")
    private static readonly FrozenDictionary<string, string> TimeSymbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["s"] = "s",
        ["h"] = "h",
        ["min"] = "min",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The measure <paramref name="unit"/> per the unit written from <paramref name="at"/> ("/s", "per second"), or null.</summary>
    public static UnitEntry? Read(UnitMatcher units, AnalyzedDocument doc, int at, int end, UnitEntry unit, out int after)
    {
        after = at;
        if (unit.Unit.Dimension != UnitDimension.Measure || unit.Unit.Code.Contains('/', StringComparison.Ordinal)
            || QuantityWords.DurationCodes.Contains(unit.Unit.Code) || at + 1 >= end)
        {
            return null;
        }

        // "491 litres of rain per square metre", "8 tonnes of wheat per hectare": one word of what is measured may come between
        if (doc.Is(at, "of") && at + 3 < end && doc.Is(at + 2, "per") && doc.Tokens[at + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(at + 1)[0]))
        {
            at += 2;
        }

        bool slash = doc.TokenText(at) is "/" && doc.Tokens[at].Start == doc.Tokens[at - 1].End && doc.Tokens[at + 1].Start == doc.Tokens[at].End;
        // "200 cubic metres a second", "90 miles an hour": a short stretch of time after "a" divides as "per" does (a day's
        // or a year's tonnes stay tonnes, a flow told per year is no speed)
        bool article = (doc.Is(at, "a") || doc.Is(at, "an")) && doc.IsAny(at + 1, ShortTimes);
        if (!slash && !doc.Is(at, "per") && !article)
        {
            return null;
        }

        string? under = null;
        int afterUnder = at + 2;
        var times = TimeSymbols.GetAlternateLookup<ReadOnlySpan<char>>();
        var below = doc.TokenText(at + 1);
        if (slash && times.TryGetValue(below, out var symbol))
        {
            // "m/s²", "m/s^2": an acceleration, the time squared
            under = symbol + (Squared(doc, at + 2, end, out int afterSquare) ? "2" : "");
            afterUnder = Math.Max(afterUnder, afterSquare);
        }
        else if (slash && below.Length > 1 && below[^1] is '2' or '²' && times.TryGetValue(below[..^1], out var squared))
        {
            // "9.8 m/s2": the square glued into the token
            under = squared + "2";
        }
        else if (units.Suffix(doc, at + 1, end, out afterUnder) is { Unit.Dimension: UnitDimension.Measure } per && per.Unit != unit.Unit)
        {
            under = per.Unit.Code;
        }

        // "km/sq" or "kg/m2s" go on: the unit under the slash ends where the word does
        if (under is null || (afterUnder < end && doc.Tokens[afterUnder].Start == doc.Tokens[afterUnder - 1].End && char.IsLetterOrDigit(doc.TokenText(afterUnder)[0])))
        {
            return null;
        }

        after = afterUnder;
        return new UnitEntry(Unit.Measure(unit.Unit.Code + "/" + under), Prefix: false, Suffix: true);
    }

    private static readonly WordSet ShortTimes = WordSet.Create(StringComparer.OrdinalIgnoreCase, "second", "minute", "hour");

    // a square glued after a unit: "2", "²" or "^2"
    private static bool Squared(AnalyzedDocument doc, int at, int end, out int after)
    {
        after = at;
        if (at >= end || doc.Tokens[at].Start != doc.Tokens[at - 1].End)
        {
            return false;
        }

        after = doc.TokenText(at) is "2" or "²" ? at + 1
            : doc.TokenText(at) is "^" && at + 1 < end && doc.TokenText(at + 1) is "2" && doc.Tokens[at + 1].Start == doc.Tokens[at].End ? at + 2
            : at;
        return after > at;
    }
}
