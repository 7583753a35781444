using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Gives a bare number the unit written once after the next one: in "5 or 6 percent" and "45 and 50 mg" both figures
/// are percentages and milligrams, and in "rose from 10 to 20 percent" both levels are. Only "and" or "or" may stand
/// between them, or "to" after "from"; the first must be a plain figure (no noun, qualifier, range or year): "in 2019 and
/// 5 km" keeps its year.
/// </summary>
internal static class SharedUnits
{
    public static QuantityMention? TryShare(AnalyzedDocument doc, QuantityMention first, QuantityMention second)
    {
        var a = first.Quantity;
        var b = second.Quantity;
        if (first.Form != QuantityForm.Count || a.Noun is not null || a.Qualifier != Qualifier.None || a.Value <= 0
            || second.Form is not (QuantityForm.Percent or QuantityForm.Measure) || second.QualifierFirstToken != first.EndToken + 1
            || !(doc.Is(first.EndToken, "and") || doc.Is(first.EndToken, "or") || IsFromTo(doc, first)) || doc.Tokens[first.EndToken - 1].Kind != TokenKind.Number
            || doc.Tokens[second.FirstToken].Kind != TokenKind.Number || IsYear(doc, first) || a.Value >= b.Value * 100 || a.Value * 100 <= b.Value)
        {
            return null;
        }

        return first with { Quantity = a with { Unit = b.Unit }, Form = second.Form };
    }

    /// <summary>
    /// <paramref name="mention"/> in the currency of the sum before it in its sentence when it is a bare sum in millions or billions set
    /// beside that sum ("838 million euros, ahead of Paris St Germain on 806 million and Manchester United on 771
    /// million"); else <paramref name="mention"/>. Only after a word that sets figures side by side ("on", "with", "at",
    /// "and", "versus"), never a verb's object ("sold 3 million").
    /// </summary>
    public static QuantityMention CarryCurrency(AnalyzedDocument doc, QuantityMention previous, QuantityMention mention)
    {
        var q = mention.Quantity;
        if (previous.Form != QuantityForm.Money || mention.Form != QuantityForm.Count || q.Noun is not null || q.Change != QuantityChange.None
            || q.Value < 1_000_000m || !doc.IsAny(mention.EndToken - 1, Scales) || !doc.IsAny(mention.QualifierFirstToken - 1, SideBySide)
            || mention.FirstToken - previous.EndToken > MaxCarry)
        {
            return mention;
        }

        return mention with { Quantity = q with { Unit = previous.Quantity.Unit }, Form = QuantityForm.Money };
    }

    private const int MaxCarry = 12;

    /// <summary>
    /// <paramref name="mention"/> in the unit of the level just before it when it is a bare number "from" which that
    /// level, reached "to", came ("rose to 4.1 per cent from 3.9", "fell to 6.3 bags per 1,000 passengers from 6.9"),
    /// scaled as that level's number, its first token read in the story's convention, was, and within a factor of two of
    /// it; else <paramref name="mention"/>.
    /// </summary>
    public static QuantityMention CarryLevel(AnalyzedDocument doc, QuantityMention previous, QuantityMention mention, NumberReader numbers, NumberConvention convention)
    {
        var q = mention.Quantity;
        int from = mention.QualifierFirstToken - 1;
        if (previous.Form is not (QuantityForm.Percent or QuantityForm.Fraction) || mention.Form != QuantityForm.Count || q.Noun is not null || q.Value <= 0 || mention.EndToken - mention.FirstToken != 1
            || !doc.Is(from, "from") || !doc.Is(previous.QualifierFirstToken - 1, "to") || from - previous.EndToken > MaxLevelTail
            || !numbers.TryRead(doc, previous.FirstToken, previous.FirstToken + 1, convention, out var written) || written.Value <= 0)
        {
            return mention;
        }

        decimal scale = previous.Quantity.Value / written.Value;
        decimal value = q.Value * scale;
        return Math.Max(value, previous.Quantity.Value) <= 2 * Math.Min(value, previous.Quantity.Value)
            ? mention with { Quantity = q with { Value = value, Low = q.Low * scale, High = q.High * scale, Unit = previous.Quantity.Unit }, Form = previous.Form }
            : mention;
    }

    // how many words may stand between a level and the "from" of the level before it: "per 1,000 passengers from"
    private const int MaxLevelTail = 2;

    /// <summary>
    /// <paramref name="mention"/> in the unit of the reading before it when it is a bare figure another source "put it at"
    /// ("The USGS measured the quake at magnitude 7.1, while the China Earthquake Networks Center put it at 6.8", or in
    /// the next sentence): the last measure read "at" in this sentence or the one before, within a factor of two of it;
    /// else <paramref name="mention"/>.
    /// </summary>
    public static QuantityMention CarryReading(AnalyzedDocument doc, Sentence sentence, QuantityMention? pending, QuantityMention mention)
    {
        var q = mention.Quantity;
        if (mention.Form != QuantityForm.Count || q.Noun is not null || q.Value <= 0 || !doc.Is(mention.QualifierFirstToken - 1, "at")
            || !doc.Is(mention.QualifierFirstToken - 2, "it"))
        {
            return mention;
        }

        var reading = pending is not null && IsReading(doc, pending) ? pending : LastReading(doc, sentence);
        return reading is not null && reading.Quantity.Value > 0 && Math.Max(reading.Quantity.Value, q.Value) <= 2 * Math.Min(reading.Quantity.Value, q.Value)
            ? mention with { Quantity = q with { Unit = reading.Quantity.Unit }, Form = reading.Form }
            : mention;
    }

    // the last measure read "at" ("at magnitude 7.1", "at 46.6C") in the sentence before this one
    private static QuantityMention? LastReading(AnalyzedDocument doc, Sentence sentence)
    {
        for (int k = doc.Quantities.Count - 1; k >= 0; k--)
        {
            var x = doc.Quantities[k];
            if (doc.Tokens[x.FirstToken].Sentence < doc.Tokens[sentence.FirstToken].Sentence - 1)
            {
                return null;
            }

            if (IsReading(doc, x))
            {
                return x;
            }
        }

        return null;
    }

    private static bool IsReading(AnalyzedDocument doc, QuantityMention x) =>
        x.Form == QuantityForm.Measure && doc.Is(x.QualifierFirstToken - 1, "at");

    private static readonly WordSet Scales = WordSet.Create(StringComparer.OrdinalIgnoreCase, "million", "billion", "trillion", "bn", "mn", "m");

    private static readonly WordSet SideBySide = WordSet.Create(StringComparer.OrdinalIgnoreCase, "on", "with", "at", "and", "versus", "vs", "vs.");

    // "rose from 10 to 20 percent", "went from 175 to 450 gigawatts": the old level and the new, the unit written once
    private static bool IsFromTo(AnalyzedDocument doc, QuantityMention first) =>
        doc.Is(first.EndToken, "to") && doc.Is(first.FirstToken - 1, "from");

    private static bool IsYear(AnalyzedDocument doc, QuantityMention mention) =>
        mention.EndToken - mention.FirstToken == 1 && doc.TokenText(mention.FirstToken).Length == 4 && mention.Quantity.Value is >= 1800 and <= 2100;
}
