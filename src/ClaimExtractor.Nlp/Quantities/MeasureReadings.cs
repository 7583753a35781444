using System.Globalization;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Unit words whose reading depends on the words around them: an "m" that is metres ("1.8m tall", "a 12 m wall") rather
/// than millions ("£5m", "48m people"), "pounds" that weigh ("lost 25 pounds", "a 2,000-pound ton") rather than pay,
/// an "in" that is inches after feet ("5 ft 2 in") rather than a preposition, and a unit named after "a" or "an"
/// ("a dollar", "a litre") that counts one of it.
/// </summary>
internal sealed class MeasureReadings
{
    public static readonly UnitEntry Metres = new(Unit.Measure("m"), Prefix: false, Suffix: true);

    public static readonly UnitEntry Inches = new(Unit.Measure("in"), Prefix: false, Suffix: true);

    public static readonly UnitEntry PoundsWeight = new(Unit.Measure("lb"), Prefix: false, Suffix: true);

    public static readonly UnitEntry PoundsForce = new(Unit.Measure("lbf"), Prefix: false, Suffix: true);

    // what a length is said to be after it: "1.8m tall", "a 30m-long tunnel", "12 m deep"
    private static readonly WordSet Extents = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "tall", "long", "high", "wide", "deep", "away", "across", "thick", "apart", "underground", "below", "above", "in", "x", "by");

    // the events a distance names in sport: "the 100m hurdles", "a 400m relay", "his 100m record"
    private static readonly WordSet RaceEvents = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "relay", "sprint", "dash", "steeplechase", "race", "races", "final",
        "finals", "heats", "record", "records");

    // words near a weight: "weighs 25 pounds", "lost 25 pounds"
    private static readonly WordSet WeightWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "weigh", "weighs", "weighed", "weighing", "weight", "lose", "loses", "lost", "losing", "shed", "sheds", "drop", "dropped", "gain", "gained",
        "gaining", "heavier", "lighter", "overweight");

    // other masses in the same sentence: "a metric ton is equal to 2,204.62 pounds", "the baby is over two pounds"
    private static readonly WordSet MassWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "ton", "tons", "tonne", "tonnes", "kg", "kilogram", "kilograms", "ounce", "ounces", "grams", "baby", "newborn");

    // unit names that after "a" are mostly idioms or ordinals ("a ton of", "a second", "to a degree", "a yard sale", "a
    // magnitude 7.1 earthquake")
    private static readonly WordSet NotOneOf = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "ton", "tons", "foot", "feet", "yard", "degree", "degrees", "second", "cup", "score", "grand", "point", "percent", "bit", "pint", "gram", "ppi",
        "magnitude");

    // the fraction words that can start "half a mile", "a quarter-litre", "a tenth of a gallon"
    private static readonly WordSet FractionWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    // metric symbols that make a bare "m" beside them metres
    private static readonly WordSet MetricSymbols = WordSet.Create(StringComparer.Ordinal, "km", "cm", "mm", "dm", "kg", "g", "t", "ha", "l", "L", "ml");

    private readonly WordSet singleUnitNames;

    // one-word names of money ("euros", "dollars"), which a price per unit ends with before "a litre"
    private readonly WordSet moneyNames;

    public MeasureReadings(QuantityLexicon lexicon)
    {
        // one-word names of money and measures (not durations, which "a year" makes periods of)
        singleUnitNames = lexicon.Units
            .Where(u => u.Value.Suffix && !u.Key.Contains(' ', StringComparison.Ordinal) && u.Key.All(char.IsLetter) && !NotOneOf.Contains(u.Key)
                && (u.Value.Unit.Dimension is UnitDimension.Currency || (u.Value.Unit.Dimension is UnitDimension.Measure && !QuantityWords.DurationCodes.Contains(u.Value.Unit.Code))))
            .Select(u => u.Key)
            // "a penny", "a cent": one of the sub-unit, read as hundredths after the number (Cents)
            .Concat(["penny", "cent"])
            .ToWordSet(StringComparer.OrdinalIgnoreCase);
        moneyNames = lexicon.Units
            .Where(u => u.Value.Suffix && u.Value.Unit.Dimension is UnitDimension.Currency && u.Key.All(char.IsLetter))
            .Select(u => u.Key)
            .ToWordSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when "a" or "an" at <paramref name="k"/> counts one of the unit named after it: "a dollar", "an ml", "a penny", "a foot of snow".</summary>
    public bool IsOneOfAUnit(AnalyzedDocument doc, int k, int end) =>
        k + 1 < end && (doc.Is(k, "a") || doc.Is(k, "an")) && doc.Tokens[k + 1].Kind == TokenKind.Word
        && (singleUnitNames.Contains(doc.TokenText(k + 1)) || IsAFootOf(doc, k + 1, end))
        && !(doc.Is(k + 2, "-") || doc.Is(k + 2, "store") || doc.Is(k + 2, "shop") || doc.Is(k - 1, "by") || IsRateAfterFigure(doc, k)
            || (doc.Is(k - 1, "of") && doc.IsAny(k - 2, ShareOfOne)) || IsPriceBasis(doc, k, k + 2, end));

    /// <summary>
    /// True when the "a" or "an" at <paramref name="k"/> opens what a price is quoted for, the phrase going on from
    /// <paramref name="from"/>: "the price of a dozen eggs", "A gallon of regular gas cost $3.10", "a dozen cost $3.71",
    /// "$5.90 for a dozen"; one of it is no figure of the story.
    /// </summary>
    public static bool IsPriceBasis(AnalyzedDocument doc, int k, int from, int end)
    {
        if (k > 1 && ((doc.Is(k - 1, "of") && doc.IsAny(k - 2, PriceNouns)) || (doc.Is(k - 1, "for") && doc.Tokens[k - 2].Kind == TokenKind.Number)))
        {
            return true;
        }

        for (int i = from; i < Math.Min(end, from + PriceVerbReach); i++)
        {
            if (doc.IsAny(i, PriceVerbs))
            {
                return true;
            }

            // ("A dozen people were hurt", "a dozen protesters and costs": a copula or a word joining another clause ends the
            // thing priced)
            if (doc.Tokens[i].Kind != TokenKind.Word || doc.IsAny(i, Copulas) || doc.IsAny(i, ClauseJoiners))
            {
                return doc.IsAny(i, Copulas) && i + 1 < end && doc.IsAny(i + 1, CurrencySigns);
            }
        }

        return false;
    }

    // how many words of a thing priced ("of regular gas", "large eggs") may stand before its price verb
    private const int PriceVerbReach = 6;

    private static readonly WordSet PriceNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "price", "prices", "cost", "costs");

    private static readonly WordSet PriceVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "cost", "costs", "costing", "retails", "retailed", "averaged", "averages");

    private static readonly WordSet Copulas = WordSet.Create(StringComparer.OrdinalIgnoreCase, "is", "was", "are", "were");

    private static readonly WordSet ClauseJoiners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "and", "or", "but", "who", "which", "that", "while", "when", "as");

    private static readonly WordSet CurrencySigns = WordSet.Create(StringComparer.Ordinal, "$", "£", "€", "¥");

    // "a foot of snow", "a foot deep": one foot, where "a foot" alone is mostly an idiom ("set foot", "a foot in the door")
    private static bool IsAFootOf(AnalyzedDocument doc, int foot, int end) =>
        doc.Is(foot, "foot") && foot + 1 < end && ((doc.Is(foot + 1, "of") && doc.IsAny(foot + 2, FallenMatter)) || doc.IsAny(foot + 1, InchExtents) || doc.Is(foot + 1, "high"));

    // what falls or rises a foot: "a foot of snow", "a foot of water"
    private static readonly WordSet FallenMatter = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "snow", "rain", "water", "ice", "mud", "sand", "floodwater", "floodwaters", "hail", "rainfall", "snowfall");

    // "a fraction of an inch", "a sliver of a percent": an unstated part of one unit, not one of it
    private static readonly WordSet ShareOfOne = WordSet.Create(StringComparer.OrdinalIgnoreCase, "fraction", "fractions", "part", "portion", "sliver", "bit");

    // "$85 a barrel", "$2 billion a gallon", "1.65 euros a litre": the unit a price is quoted per, not one of it
    private bool IsRateAfterFigure(AnalyzedDocument doc, int k) =>
        k > 0 && (doc.Tokens[k - 1].Kind == TokenKind.Number || doc.Is(k - 1, "million") || doc.Is(k - 1, "billion") || doc.Is(k - 1, "cents") || doc.Is(k - 1, "pence")
            || (k > 1 && doc.Tokens[k - 2].Kind == TokenKind.Number && moneyNames.Contains(doc.TokenText(k - 1))));

    /// <summary>
    /// Reads a fraction of one unit at <paramref name="k"/>: "half a mile", "a half-mile", "quarter-litre", "a tenth of a
    /// gallon"; returns the fraction and the token where the unit's name starts.
    /// </summary>
    public bool TryFractionOfAUnit(AnalyzedDocument doc, NumberReader numbers, int k, int end, out decimal fraction, out int unitAt)
    {
        fraction = 0;
        unitAt = k;
        int at = doc.Is(k, "a") || doc.Is(k, "an") ? k + 1 : k;
        // most words start no fraction: a set lookup keeps the number-word lookup off them
        if (at >= end || !doc.IsAny(at, FractionWords) || !numbers.TryWord(doc, at, out var word) || word.Kind != NumberWordKind.Denominator || word.Value > 10)
        {
            return false;
        }

        int next = at + 1;
        if (doc.TokenText(next) is "-" && next + 1 < end && doc.Tokens[next].Start == doc.Tokens[at].End && doc.Tokens[next + 1].Start == doc.Tokens[next].End)
        {
            next++;
        }
        else
        {
            next = doc.Is(next, "of") ? next + 1 : next;
            next = doc.Is(next, "a") || doc.Is(next, "an") ? next + 1 : next;
        }

        if (next >= end || next == at + 1 && at == k && !doc.Is(k, "half") && !doc.Is(k, "quarter")
            || !singleUnitNames.Contains(doc.TokenText(next)))
        {
            return false;
        }

        fraction = 1 / word.Value;
        unitAt = next;
        return true;
    }

    /// <summary>
    /// True when the "m" at <paramref name="at"/> (after a number with no currency before it) is metres: written apart
    /// from the number as SI writes it ("12 m"), or glued to it with an extent or a race after it ("1.8m tall", "a 30m-long",
    /// "the 100m hurdles").
    /// </summary>
    public static bool IsMetres(AnalyzedDocument doc, Sentence sentence, int number, int at)
    {
        // "SCP-173 m": a label's number
        if (at >= sentence.EndToken || !doc.TokenText(at).Equals("m", StringComparison.Ordinal)
            || (doc.TokenText(number - 1) is "-" && doc.Tokens[number - 1].End == doc.Tokens[number].Start))
        {
            return false;
        }

        bool glued = doc.Tokens[at].Start == doc.Tokens[at - 1].End;
        int extent = doc.TokenText(at + 1) is "-" ? at + 2 : at + 1;
        bool extentAfter = extent < sentence.EndToken && (doc.IsAny(extent, Extents) || doc.IsAny(extent, RaceEvents))
            && !(doc.Is(extent, "in") && !IsDimensionWord(doc, extent + 1)) && !(doc.Is(extent, "by") && !IsSecondSide(doc, extent + 1));
        if (glued)
        {
            // "outreach is 48m" beside "capacity is 100t": nothing counted after it, and metric measures around it
            return extentAfter || AfterFirstSide(doc, sentence, number) || DimensionBefore(doc, sentence, number) || (NothingCountedAfter(doc, sentence, at + 1) && MetricBeside(doc, sentence, at))
                || (GroupedInThousands(doc, number, at) && !PluralAfter(doc, sentence, at + 1));
        }

        // apart: metres unless words counted in millions follow ("5 m people")
        return extent >= sentence.EndToken || extentAfter || doc.Tokens[extent].Kind != TokenKind.Word || !char.IsLower(doc.TokenText(extent)[0])
            || doc.IsAny(extent, Lexicon.FunctionWords);
    }

    // "a height of up to 100m", "a depth of about 30m": a dimension the figure is "of", past a bound or a hedge
    private static bool DimensionBefore(AnalyzedDocument doc, Sentence sentence, int number)
    {
        int of = number - 1;
        while (of > sentence.FirstToken && number - of <= MaxBoundWords && doc.IsAny(of, BoundWords))
        {
            of--;
        }

        return of > sentence.FirstToken && doc.Is(of, "of") && doc.IsAny(of - 1, Dimensions);
    }

    // the words of a bound or a hedge between "of" and its figure ("of up to", "of more than", "of about")
    private const int MaxBoundWords = 3;

    private static readonly WordSet BoundWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "up", "to", "about", "around", "some", "nearly", "almost", "roughly", "approximately", "more", "less", "than", "over", "under", "just", "at",
        "least", "most", "an", "estimated");

    private static readonly WordSet Dimensions = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "height", "heights", "depth", "depths", "length", "width", "altitude", "elevation", "diameter", "radius", "thickness", "span", "wingspan", "draught", "draft");

    // "the 5,000m", "a 1,500m climb": digits grouped in thousands before a glued "m" are metres; the press writes millions
    // that large with a currency before them ("£10,000m") or the things counted after them ("1,400m people")
    private static bool GroupedInThousands(AnalyzedDocument doc, int number, int at) =>
        at == number + 1 && doc.Tokens[number].Kind == TokenKind.Number && doc.TokenText(number).Contains(',');

    private static bool PluralAfter(AnalyzedDocument doc, Sentence sentence, int at) =>
        at < sentence.EndToken && doc.Tokens[at].Kind == TokenKind.Word && char.IsLower(doc.TokenText(at)[0])
        && (doc.TokenText(at)[^1] == 's' || doc.IsAny(at, QuantityWords.PluralCounts)) && !doc.IsAny(at, RaceEvents) && !doc.IsAny(at, Lexicon.FunctionWords);

    // "25m by 12m": the second side of a length in metres
    private static bool AfterFirstSide(AnalyzedDocument doc, Sentence sentence, int number) =>
        number - 3 >= sentence.FirstToken && (doc.Is(number - 1, "by") || doc.Is(number - 1, "x")) && doc.TokenText(number - 2) is "m"
        && doc.Tokens[number - 3].Kind == TokenKind.Number && doc.Tokens[number - 2].Start == doc.Tokens[number - 3].End;

    // "10m by 5m": a second side, not a year ("10m by 2050" is ten million by then)
    private static bool IsSecondSide(AnalyzedDocument doc, int at) =>
        at < doc.Tokens.Count && doc.Tokens[at].Kind == TokenKind.Number
        && !(doc.Tokens[at].Span.Length == 4 && int.TryParse(doc.TokenText(at), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1800 and <= 2100);

    /// <summary>True when the mark at <paramref name="at"/> after a number is inches: a double prime (″), or a straight double quote with an extent after it (10 " long).</summary>
    public static bool IsInchMark(AnalyzedDocument doc, Sentence sentence, int at) =>
        at < sentence.EndToken && (doc.TokenText(at) is "″" || (doc.TokenText(at) is "\"" && (doc.Is(at + 1, "long") || doc.Is(at + 1, "tall") || doc.Is(at + 1, "wide") || doc.Is(at + 1, "high") || doc.Is(at + 1, "deep"))));

    private static bool NothingCountedAfter(AnalyzedDocument doc, Sentence sentence, int at) =>
        at >= sentence.EndToken || doc.Tokens[at].Kind == TokenKind.Punct || doc.IsAny(at, Lexicon.FunctionWords);

    // another metric symbol written after a number in the same sentence: "10 dm", "100t"
    private static bool MetricBeside(AnalyzedDocument doc, Sentence sentence, int at)
    {
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (i != at && doc.Tokens[i - 1].Kind == TokenKind.Number && doc.IsAny(i, MetricSymbols))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when "of thrust" or "of force" follows the pounds ending before <paramref name="after"/>: "16 million pounds of thrust".</summary>
    public static bool IsForce(AnalyzedDocument doc, int after) => doc.Is(after, "of") && (doc.Is(after + 1, "thrust") || doc.Is(after + 1, "force"));

    /// <summary>
    /// True when "pounds" after a number with no £ before it weighs: a weighing word near it, another mass in the
    /// sentence, or other pounds of the sentence that weigh ("lost an average of 50 pounds, compared with 33 pounds").
    /// </summary>
    public static bool IsWeight(AnalyzedDocument doc, Sentence sentence, int first, int after)
    {
        if (WeighedNear(doc, sentence, first, after))
        {
            return true;
        }

        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc.IsAny(i, MassWords) || (i != after - 1 && doc.Is(i, "pounds") && i > sentence.FirstToken && doc.Tokens[i - 1].Kind == TokenKind.Number
                && WeighedNear(doc, sentence, i - 1, i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // a weighing word among the four words before the number at first and the two after the unit ending before after
    private static bool WeighedNear(AnalyzedDocument doc, Sentence sentence, int first, int after)
    {
        for (int i = Math.Max(sentence.FirstToken, first - 4); i < Math.Min(sentence.EndToken, after + 2); i++)
        {
            if (doc.IsAny(i, WeightWords))
            {
                return true;
            }
        }

        return false;
    }

    // what a sum in pounds, written as an adjective, pays or changes: "a five-pound note", "a 50-pound fine", "a 20-pound rise"
    private static readonly WordSet MoneyThings = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "note", "notes", "coin", "coins", "bill", "bills", "fine", "fines", "fee", "fees", "charge", "charges", "voucher", "vouchers", "ticket",
        "tickets", "prize", "bet", "bets", "payment", "payments", "donation", "bonus", "discount", "tip", "levy", "subsidy", "grant", "rise", "increase", "hike", "cut", "price", "fare", "cost", "a", "an");

    /// <summary>
    /// True when "pound" at <paramref name="pound"/>, hyphened to its number, weighs what follows it: "a 300-pound lineman", "a
    /// 55-pound bag"; not a word of money after it ("a five-pound note") and not nothing after it.
    /// </summary>
    public static bool IsWeightAdjective(AnalyzedDocument doc, int pound, int after, int end) =>
        doc.Is(pound, "pound") && after < end && doc.Tokens[after].Kind == TokenKind.Word && !doc.IsAny(after, MoneyThings);

    /// <summary>True when the "in" at <paramref name="at"/> is inches: right after feet ("5 ft 2 in", "6 feet, 2 in") and ending the phrase.</summary>
    public static bool IsInchesAfterFeet(AnalyzedDocument doc, Sentence sentence, int numberStart, int at)
    {
        if (!doc.Is(at, "in") || numberStart - 1 < sentence.FirstToken)
        {
            return false;
        }

        int feet = doc.TokenText(numberStart - 1) is "," || doc.Is(numberStart - 1, "and") ? numberStart - 2 : numberStart - 1;
        bool afterFeet = (doc.Is(feet, "ft") || doc.Is(feet, "feet") || doc.Is(feet, "foot")) && feet - 1 >= sentence.FirstToken && doc.Tokens[feet - 1].Kind == TokenKind.Number;
        return afterFeet && (at + 1 >= sentence.EndToken || doc.Tokens[at + 1].Kind == TokenKind.Punct || doc.IsAny(at + 1, Extents)
            || doc.Is(at + 1, "and") || doc.Is(at + 1, "or") || doc.Is(at + 1, "more"));
    }

    /// <summary>
    /// Whether an "in" after a number is inches: before an extent ("2 1/2 in thick"), or ending the clause of a sentence
    /// that names a dimension ("the length of the pencil is 2 in."), or glued to the digits ("2.5in overnight"); "5 in 10
    /// people", "2 in high demand" are not.
    /// </summary>
    public static bool IsInchWord(AnalyzedDocument doc, Sentence sentence, int at)
    {
        int next = at + 1;
        if (!doc.Is(at, "in"))
        {
            return false;
        }

        if (at > 0 && doc.Tokens[at].Start == doc.Tokens[at - 1].End && doc.Tokens[at - 1].Kind == TokenKind.Number
            && (next >= doc.Tokens.Count || doc.Tokens[next].Start > doc.Tokens[at].End || doc.Tokens[next].Kind == TokenKind.Punct))
        {
            // "2.5in overnight": "in" glued to the digits is inches
            return true;
        }

        if (next < sentence.EndToken && doc.Tokens[next].Kind != TokenKind.Punct)
        {
            return doc.IsAny(next, InchExtents) && doc.TokenText(next + 1) is not "-";
        }

        for (int i = sentence.FirstToken; i < at; i++)
        {
            if (IsDimensionWord(doc, i))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet InchExtents = WordSet.Create(StringComparer.OrdinalIgnoreCase, "thick", "long", "wide", "tall", "deep", "across");

    private static bool IsDimensionWord(AnalyzedDocument doc, int at) =>
        doc.Is(at, "height") || doc.Is(at, "length") || doc.Is(at, "diameter") || doc.Is(at, "depth") || doc.Is(at, "width");
}
