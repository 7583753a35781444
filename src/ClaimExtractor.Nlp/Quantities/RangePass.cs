using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// The scanner's range pass: reads a second end after the number ("10-15%", "$1-2 billion", "40 to 60", "between 40
/// and 60", "£1.2bn-£1.5bn", "an 8- to 16-meter telescope"). A negative figure is the low end of a range only when the
/// second end is signed too ("-18 °C to -34 °C") or it opens "between" or "from". After a verb of rise, "from X to Y"
/// is two levels ("the wage will rise from £10.42 to £11.44"), not a range.
/// </summary>
internal sealed class RangePass(NumberReader numbers, UnitMatcher units, RangeEnds ranges, NegativeRanges negativeRanges)
{
    public void Read(ref QuantityReading r)
    {
        var doc = r.Doc;
        int start = r.Start, end = r.End;
        var core = r.Core;
        var prefix = r.Prefix;
        bool negative = r.Negative;
        int next = core.End;
        bool isRange = false;
        NumberCore second = default;
        bool hyphenRange = false;
        // (a negative figure is not read as the low end of a range); "5k-20k", "between 1m and 2m": the same scale on both ends
        int rangeAt = r.Power != 1m ? end : ranges.ScaleOnBothEnds(doc, start, next, end) ? next + 1 : next;
        // "£1.2bn-£1.5bn": the currency written again on the second end
        int secondFrom = prefix is not null && rangeAt + 1 < end && units.Prefix(doc, rangeAt + 1, end, out int afterAgain) is { } again && again.Unit == prefix.Unit ? afterAgain : rangeAt + 1;
        // "rose $2 to $85.40": after a change, a second amount of money is the new level, not a range ("rose 5% to 10%" stays one)
        // "rose from £10.42 to £11.44", "fell sharply from 5% to 3%": two levels, before and after the change
        bool changeThenLevel = (prefix is not null && doc.Is(rangeAt, "to") && AfterChangeVerb(doc, start)) || RangeEnds.FromAfterChangeVerb(doc, start);
        // "passed 52-48", "a vote of 212 to 218": a vote's tally is two counts, not a range
        bool tally = prefix is null && VoteTallies.Are(doc, r.Sentence, r.NumberAt, rangeAt + 1);
        // "revised net migration for the year to June 2023 to 906,000": a month's year is no range's low end
        bool monthsYear = prefix is null && r.NumberAt == start && start > 0 && Lexicon.Months.ContainsKey(doc.TokenText(start - 1)) && doc.TokenText(start).Length == 4;
        // "dropped by almost a third in 2023 to 80,057": a year after "in" is when, and what follows "to" the level reached
        bool yearThenLevel = prefix is null && r.NumberAt == start && doc.IsAny(start - 1, YearPrepositions) && RangeEnds.LooksLikeYear(doc, core);
        if (!negative && !changeThenLevel && !tally && !monthsYear && !yearThenLevel && rangeAt + 1 < end && (doc.TokenText(rangeAt) is "-" or "–" or "~" or "to" or "through") && ranges.ReadSecond(doc, secondFrom, end, core, r.Convention, out second)
            && !TenfoldLevelAfterChange(doc, start, core, second))
        {
            isRange = true;
            // a hyphen glued to both numbers ("2023-24", "555-1234") may be a season or a phone number; "1000 - 5000" is a range
            hyphenRange = doc.TokenText(rangeAt) is not ("to" or "through")
                && ((doc.Tokens[rangeAt].Start == doc.Tokens[rangeAt - 1].End && doc.Tokens[rangeAt + 1].Start == doc.Tokens[rangeAt].End) || RangeEnds.LooksLikeYear(doc, second));
            next = second.End;
        }
        else if (!negative && r.Power == 1m && ranges.ReadSuspendedRange(doc, core, end, r.Convention, out second))
        {
            // "an 8- to 16-meter telescope"
            isRange = true;
            next = second.End;
        }
        else if (!negative && !changeThenLevel && rangeAt == core.End && ranges.ReadRepeatedUnitRange(doc, r.Sentence, start, core, prefix, end, r.Convention, out second)
            && !TenfoldLevelAfterChange(doc, start, core, second))
        {
            isRange = true;
            next = second.End;
        }
        else if (!changeThenLevel && (doc.Is(start - 1, "between") || doc.Is(start - 1, "from")) && doc.Is(rangeAt, "and") | doc.Is(rangeAt, "to") && rangeAt + 1 < end
            && ranges.ReadSecond(doc, units.Prefix(doc, rangeAt + 1, end, out int secondAt) is null ? rangeAt + 1 : secondAt, end, negative ? core with { Value = -core.Value } : core, r.Convention, out second, anyForm: doc.Is(start - 1, "between")))
        {
            // "between negative ten and fifteen": a signed low end; "between 5 and six metres": digits and words mixed
            isRange = true;
            next = second.End;
        }
        else if (negative && r.Power == 1m && rangeAt == core.End && negativeRanges.TryRead(doc, start, core, end, r.Convention, out second))
        {
            // "from -18 °C to -34 °C": both ends below zero
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

        r.Core = core;
        r.IsRange = isRange;
        r.HyphenRange = hyphenRange;
        r.Second = second;
        r.RangeAt = rangeAt;
        r.Next = next;
    }

    private static readonly WordSet YearPrepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase, "in", "during", "since", "for");

    // "dropped by 26,000 to 818,000", "fell by 0.2% to 4.2%": after a change, a second figure ten times the first is the
    // level it came to, and so is any second figure after a past move by a figure with its own unit ("rose by 2 metres
    // to 6.1 metres", "fell by 3% to 5%"); "rise by 5 to 10 percent", "is expected to rise by 5% to 8%" and "fell 20% to
    // 30%" stay ranges
    private static bool TenfoldLevelAfterChange(AnalyzedDocument doc, int start, NumberCore first, NumberCore second) =>
        AfterChangeVerb(doc, start) && ((second.Value > 10 * first.Value && (doc.Is(first.End, "to") || doc.Is(first.End + 1, "to") || doc.Is(first.End + 2, "to")))
            || (doc.Is(start - 1, "by") && IsPastMove(doc, start - 2) && !doc.Is(first.End, "to") && (doc.Is(first.End + 1, "to") || doc.Is(first.End + 2, "to"))));

    // "rose", "dropped": a move told as done, not one forecast ("to rise by 5% to 8%")
    private static bool IsPastMove(AnalyzedDocument doc, int verb) =>
        doc.TokenText(verb).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || doc.IsAny(verb, PastMoves);

    private static readonly WordSet PastMoves = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "rose", "fell", "grew", "sank", "slid", "shrank", "shrunk", "sunk", "risen", "fallen", "grown");

    private static bool AfterChangeVerb(AnalyzedDocument doc, int start)
    {
        int verb = doc.Is(start - 1, "by") ? start - 2 : start - 1;
        return verb >= 0 && (doc.IsAny(verb, QuantityWords.Rises) || doc.IsAny(verb, QuantityWords.Falls));
    }
}
