using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Turns a number read at tokens [first, end) into a <see cref="QuantityMention"/>: the qualifier before it
/// (excluded from the span), a rise or fall around it, the counted noun, and the interval its wording allows.
/// </summary>
internal sealed class QuantityContext(NumberReader numbers)
{
    // plurals without an "s", so that the word after them ends the phrase: "1.3 billion people live on"
    private static readonly WordSet IrregularPlurals = WordSet.Create(StringComparer.Ordinal,
        "people", "children", "men", "women", "police", "cattle", "mice", "geese", "teeth", "personnel");

    public QuantityMention? Build(AnalyzedDocument doc, Sentence sentence, int first, int end, decimal value, decimal low, decimal high,
        Unit unit, QuantityForm form, bool isRange, bool loose)
    {
        if (end <= first)
        {
            return null;
        }

        int qualifierFirst = first;
        var qualifier = Qualifier.Range;
        if (isRange)
        {
            qualifierFirst = doc.Is(first - 1, "between") || doc.Is(first - 1, "from") ? first - 1 : first;
        }
        else
        {
            qualifier = ReadQualifier(doc, sentence, first, out qualifierFirst);
            if (qualifier == Qualifier.MoreThan && qualifierFirst == first - 1 && doc.Is(qualifierFirst, "over")
                && QuantityWords.DurationCodes.Contains(unit.Code) && !doc.IsAny(qualifierFirst - 1, BoundBeforeOver)
                && (QuantityFilters.AfterAFigure(doc, sentence, qualifierFirst) || AfterAMove(doc, sentence, qualifierFirst) || SpreadOver(doc, sentence, qualifierFirst, end)))
            {
                // "$1.9tn over 10 years", "grew 20% over five years": the span the figure before it is spread over; so is
                // the span of a move with no figure ("the population doubled over 50 years")
                qualifier = Qualifier.None;
                qualifierFirst = first;
            }

            if (qualifier is Qualifier.None or Qualifier.Approx && end + 1 < sentence.EndToken && !ComparesNextFigure(doc, sentence, end + 2)
                && QuantityWords.TrailingQualifiers.TryGetValue(string.Concat(doc.TokenText(end), " ", doc.TokenText(end + 1)), out var trailing))
            {
                // "10,000 or more", "$50 or less", "65 and older" (it bounds the figure even after "about"); in "200 or
                // greater than 190" the comparison is the next figure's
                qualifier = trailing;
            }
            else if (qualifier is Qualifier.None && PassesAMark(doc, sentence, first, end, form))
            {
                // "Helene death toll passes 200", "crossed $1 trillion": a mark a figure went past bounds it from below
                qualifier = Qualifier.MoreThan;
                qualifierFirst = first - 1;
            }
            else if (qualifier is Qualifier.None && HasGluedPlus(doc, sentence, first, end))
            {
                // "40+ digital editions", "readers aged 65+": a plus sign glued after the figure bounds it from below
                qualifier = Qualifier.AtLeast;
            }
        }

        var change = form == QuantityForm.Multiplier ? QuantityChange.Multiplier : ReadChange(doc, sentence, qualifierFirst, end, form, unit == IndexPoints.Entry.Unit);
        if (loose)
        {
            // fractions and multipliers are loose: "two-thirds" is about [65, 68.5]
            // (a signed one, "minus two-thirds", keeps its low end below its high end)
            // (to hundredths, as the value is, unless it is too small for them: "a millionth")
            int places = Math.Abs(value) >= 0.1m ? 2 : 28;
            decimal a = Math.Round(value * 0.975m, places), b = Math.Round(value * 1.0275m, places);
            low = Math.Min(a, b);
            high = Math.Max(a, b);
        }

        switch (qualifier)
        {
            case Qualifier.Approx:
                // ("dropped by almost a third" from 113,505 to 80,057, 29.5%: a spelled fraction nearly reached is coarser still)
                low = Math.Min(low, value * (loose && doc.IsAny(qualifierFirst, ShortOf) ? 0.85m : 0.9m));
                high = Math.Max(high, value * 1.1m);
                break;
            case Qualifier.MoreThan or Qualifier.AtLeast:
                low = value;
                high = decimal.MaxValue;
                break;
            case Qualifier.LessThan or Qualifier.AtMost:
                low = value >= 0 && unit.Dimension != UnitDimension.Ratio ? 0 : low;
                high = value;
                break;
        }

        string? noun = form switch
        {
            QuantityForm.Count => CountedNoun(doc, sentence, first, end, value),
            QuantityForm.Money or QuantityForm.Crypto => Rates.Per(doc, sentence, end),
            _ => Ages.Is(doc, sentence, first, end, unit) ? Ages.Noun : null,
        };
        if (isRange && noun is null && qualifierFirst == first && high < 100 && IsBareHyphenPair(doc, sentence, first, end) && unit.Dimension == UnitDimension.Count)
        {
            // "the team is 3-4 at home", "the Eagles (6-5, 3-4)": two small whole numbers with a hyphen, counting nothing,
            // are a record or a score ("3-4 inches", "10-15 people", "between 3-4" and "a range of 1000-5000" are ranges)
            return null;
        }

        var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
        var quantity = new Quantity(span, value, low, high, unit, qualifier, noun, change);
        return new QuantityMention(quantity, first, end, form, qualifierFirst);
    }

    private static readonly WordSet ShortOf = WordSet.Create(StringComparer.OrdinalIgnoreCase, "almost", "nearly");

    private bool AfterAMove(AnalyzedDocument doc, Sentence sentence, int over) =>
        over - 1 >= sentence.FirstToken && (doc.IsAny(over - 1, QuantityWords.Rises) || doc.IsAny(over - 1, QuantityWords.Falls) || IsMultiplied(doc, over - 1))
        && !doc.Is(over - 1, "up") && !doc.Is(over - 1, "down") && !doc.Is(over - 1, "lost");

    // "shed 7.9% of their weight on average over 40 weeks", "invest $500 billion in the network over four years": a span
    // a figure earlier in its clause is spread over (not "over 10 years ago")
    private static bool SpreadOver(AnalyzedDocument doc, Sentence sentence, int over, int end)
    {
        if (over - 1 < sentence.FirstToken || doc.Tokens[over - 1].Kind != TokenKind.Word || doc.IsAny(end, BoundAfterSpan))
        {
            return false;
        }

        for (int k = over - 2; k >= sentence.FirstToken && k >= over - MaxSpreadGap; k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }

            if ((doc.Tokens[k].Kind == TokenKind.Punct && doc.TokenText(k) is not ("%" or "$" or "€" or "£")) || doc.Is(k, "than"))
            {
                return false;
            }
        }

        return false;
    }

    // the most words between the figure and the "over" of its span ("7.9% of their weight on average over")
    private const int MaxSpreadGap = 8;

    // words that make a duration's "over" a bound: "for over 20 years", "took over 10 years", "in over a decade"
    private static readonly WordSet BoundBeforeOver = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "for", "in", "of", "after", "within", "took", "take", "takes", "taken", "taking", "lasted", "lasting", "lasts", "spent", "spend",
        "served", "serving", "is", "was", "are", "were", "be", "been", "being", "aged", "ago", "than", "by", "at", "to", "from", "and", "or");

    private static readonly WordSet BoundAfterSpan = WordSet.Create(StringComparer.OrdinalIgnoreCase, "ago", "old", "older", "earlier", "before");

    // a past form of a multiplying verb in the number-word lexicon: "doubled", "trebled", "halved"
    private bool IsMultiplied(AnalyzedDocument doc, int k) =>
        numbers.TryWord(doc, k, out var word) && word.Kind == NumberWordKind.Multiplier && doc.TokenText(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    // the scale pass keeps a glued "+" inside the figure ("40+ editions", "20+ years", "$100k+")
    private static bool HasGluedPlus(AnalyzedDocument doc, Sentence sentence, int first, int end)
    {
        for (int i = first + 1; i < end; i++)
        {
            if (ScalePass.IsGluedPlus(doc, i, sentence.EndToken))
            {
                return true;
            }
        }

        return false;
    }

    private static Qualifier ReadQualifier(AnalyzedDocument doc, Sentence sentence, int first, out int qualifierFirst)
    {
        qualifierFirst = first;
        for (int n = QuantityWords.LongestQualifier; n >= 2; n--)
        {
            if (first - n < sentence.FirstToken)
            {
                continue;
            }

            string key = string.Join(' ', Enumerable.Range(first - n, n).Select(i => doc.TokenText(i).ToString()));
            // ("Core inflation ticked up to 3.3%", "edged up to 4.1%": the particle of a move, no bound)
            if (QuantityWords.TwoWordQualifiers.TryGetValue(key, out var q) && !(n == 2 && doc.Is(first - 2, "up") && doc.IsAny(first - 3, UpParticleVerbs)))
            {
                qualifierFirst = first - n;
                return q;
            }
        }

        // "Cases climbed past 150": a mark a move went past bounds it from below
        if (first - 2 >= sentence.FirstToken && doc.Is(first - 1, "past") && doc.IsAny(first - 2, QuantityWords.Rises))
        {
            qualifierFirst = first - 1;
            return Qualifier.MoreThan;
        }

        // ("handed over 1,789,226 vehicles", "turned over 300 documents": a verb's particle, no bound)
        if (first - 1 >= sentence.FirstToken && QuantityWords.OneWordQualifiers.TryGetValue(doc.TokenText(first - 1), out var one)
            && !IsNotEqualSign(doc, first - 1) && !(doc.Is(first - 1, "over") && doc.IsAny(first - 2, OverParticleVerbs)))
        {
            qualifierFirst = first - 1;
            return one;
        }

        return Qualifier.None;
    }

    private static readonly WordSet UpParticleVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "ticked", "ticks", "tick", "edged", "edges", "edge", "inched", "crept", "creeps", "moved", "moves", "shot", "shoots",
        "revised", "rounded", "picked", "bumped", "ramped", "stepped", "jumped", "jumps", "rose", "rises", "climbed", "climbs");

    private static readonly WordSet OverParticleVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning");

    // a count with its own noun is what was passed ("the House passed 12 bills"), a bare one or a sum a mark
    private static bool PassesAMark(AnalyzedDocument doc, Sentence sentence, int first, int end, QuantityForm form) =>
        first - 1 >= sentence.FirstToken && doc.IsAny(first - 1, QuantityWords.PassVerbs)
        && (form is QuantityForm.Money or QuantityForm.Percent
            || form is QuantityForm.Count && (end >= sentence.EndToken || doc.Tokens[end].Kind != TokenKind.Word || doc.IsAny(end, Lexicon.FunctionWords)));

    // "200 or greater than 190": the comparison after "or" is the next figure's, not a bound on this one
    private static bool ComparesNextFigure(AnalyzedDocument doc, Sentence sentence, int than) =>
        doc.Is(than, "than") && than + 1 < sentence.EndToken && doc.Tokens[than + 1].Kind == TokenKind.Number;

    // "<>30": "not equal to", which bounds nothing
    private static bool IsNotEqualSign(AnalyzedDocument doc, int at) =>
        doc.TokenText(at) is ">" && at > 0 && doc.TokenText(at - 1) is "<" && doc.Tokens[at - 1].End == doc.Tokens[at].Start;

    private static QuantityChange ReadChange(AnalyzedDocument doc, Sentence sentence, int before, int end, QuantityForm form, bool indexPoints)
    {
        // "helped patients lose an average of 20.2% of their body weight": a share of one's own weight lost or gained is a
        // move of that weight
        if (form == QuantityForm.Percent && OfOwnWeight(doc, end) && WeightMove(doc, sentence, before) is { } weightMove)
        {
            return weightMove;
        }

        // "Inflation fell below 4%", "climbed past 3%", "rose above $100,000": a mark a move crossed is a level, not the move
        if (doc.IsAny(before, CrossedMarks) && before - 1 >= sentence.FirstToken && MoveOf(doc, before - 1) is not null)
        {
            return QuantityChange.None;
        }

        // ("up only 1.6 percentage points", "rose just 0.1%": a focusing word between the move and its figure)
        int at = doc.IsAny(before - 1, Focusers) ? before - 1 : before;
        // ("have fallen by an average of 73%": the average a move is told as)
        at = doc.Is(at - 1, "of") && doc.Is(at - 2, "average") && (doc.Is(at - 3, "an") || doc.Is(at - 3, "the")) ? at - 3 : at;
        int verb = doc.Is(at - 1, "by") ? at - 2 : at - 1;
        bool byWord = verb != at - 1;
        // "dropped a further 2.1%", "rose another 3%", "fell an additional 1.5%": more of the same move
        verb -= doc.Is(verb, "another") ? 1 : (doc.Is(verb, "further") || doc.Is(verb, "additional")) && (doc.Is(verb - 1, "a") || doc.Is(verb - 1, "an")) ? 2 : 0;
        // "10.8 million people were out of work, down 68,000 from September": a count set off by "up" or "down" and
        // compared "from" a time or a level is a move, as is one "on" a time ("fell to 1,185 in 2024, down 92 on the
        // previous year")
        // ("That was down 7 cents from a week ago": a sum "up" or "down" from a time or a level moves, comma or not; so does
        // one "on" a time, "£827.2 billion, up £41.6 billion on the previous year", and one set off by a comma that ends
        // its clause, "reached a record £7.5 billion, up £400 million.")
        if (((form is QuantityForm.Count && doc.TokenText(at - 2) is "," or "(") || form is QuantityForm.Money) && (doc.Is(at - 1, "up") || doc.Is(at - 1, "down"))
            && (doc.Is(end, "from") || (doc.Is(end, "on") && doc.IsAny(end + 1, ComparedOn))
                || (form is QuantityForm.Money && doc.TokenText(at - 2) is "," && EndsClause(doc, sentence, end))))
        {
            return doc.Is(at - 1, "up") ? QuantityChange.Increase : QuantityChange.Decrease;
        }

        // "rose to £470.8 billion, an increase of £24.6 billion": a sum a change noun names in apposition (not "a loss of")
        if (form is QuantityForm.Money && QuantityWords.OfAChange(doc, before) && !doc.Is(before - 2, "loss") && (doc.Is(before - 3, "a") || doc.Is(before - 3, "an"))
            && doc.TokenText(before - 4) is ",")
        {
            return ChangeNounDirection(doc, before - 2);
        }

        // "won 126 medals in all, 35 more than China's 91", "35 fewer than a year earlier": a bare count more or fewer than
        // another is the difference between them
        if (form == QuantityForm.Count && doc.IsAny(end, CountComparatives) && doc.Is(end + 1, "than"))
        {
            return doc.Is(end, "more") ? QuantityChange.Increase : QuantityChange.Decrease;
        }

        // "Initial claims fell 1,250 to 213,500", "increased 46,000 to 1.899 million", "rose 6,000 to a seasonally adjusted
        // 223,000": a count between a move and the level it moved to is the move's size
        if (form == QuantityForm.Count && verb >= sentence.FirstToken && doc.Is(end, "to") && LevelFollows(doc, end + 1, sentence.EndToken)
            && MoveOf(doc, verb) is { } countMove)
        {
            return countMove;
        }

        // a share is a change only when something moves by it: "sales fell by a fifth", not "a fifth of staff left"
        // ("populations down nearly three-quarters since 1970": "up" or "down" a fraction moves by it, and so does "a fall
        // of a third")
        if (form is QuantityForm.Count or QuantityForm.Date || (form is QuantityForm.Fraction && !byWord && !(doc.Is(at - 1, "down") || doc.Is(at - 1, "up"))
            && !QuantityWords.OfAChange(doc, before)))
        {
            return QuantityChange.None;
        }

        // "rose 5%", and an index's "fell 500 points", move without "by"; a share of something else is no move ("Ivory
        // Coast, which grows about 40% of the world's cocoa", "gained 40% of the vote"; "lost 40% of their value" is)
        if (verb >= sentence.FirstToken && (byWord || (form == QuantityForm.Percent && !(doc.Is(end, "of") && !doc.IsAny(end + 1, OwnersOfMove))) || indexPoints
                || (form == QuantityForm.Fraction && (doc.Is(verb, "down") || doc.Is(verb, "up"))))
            && MoveOf(doc, verb) is { } verbMove)
        {
            return verbMove;
        }

        // "climbed $1.84, or 2.3%, to $82.10", "fell $2 to $40": money moves without "by" when its share of the move or the
        // new level follows ("lost $5 million" alone is a loss, not a move)
        if (form == QuantityForm.Money && !byWord && verb >= sentence.FirstToken && end + 1 < sentence.EndToken
            && ((doc.Is(end, "to") && doc.Tokens[end + 1].Kind != TokenKind.Word) || (doc.Is(end, ",") && doc.Is(end + 1, "or")))
            && MoveOf(doc, verb) is { } movedBy)
        {
            return movedBy;
        }

        // "The average has dropped 16 cents in a month", "Prices fell 5 cents": what a price moves by, whatever follows
        if (form == QuantityForm.Money && !byWord && verb > sentence.FirstToken && MoveOf(doc, verb) is { } priceMove && PriceBefore(doc, verb))
        {
            return priceMove;
        }

        // "fell 120 points, or 1.5%", "will rise by 1.2%, or £21,": a move restated after ", or" moves the same way
        if (form is QuantityForm.Percent or QuantityForm.Money && doc.Is(before - 1, "or") && doc.Is(before - 2, ",")
            && (MoveBefore(doc, sentence, before - 3) ?? MoveByBefore(doc, sentence, before - 3)) is { } same)
        {
            return same;
        }

        // "cut output by 1.2 million barrels a day", "raised its rate by 25 basis points": a verb and its object before "by"
        if (byWord && ObjectVerb(doc, sentence, verb) is { } moved)
        {
            return moved;
        }

        // "breaking the country's June record by more than 2 degrees", "missed estimates by 3 cents": the margin a mark was
        // passed or missed by, no level of its own ("leads Donald Trump by 49% to 47%" gives the two levels)
        if (byWord && !(doc.Is(end, "to") && end + 1 < sentence.EndToken && doc.Tokens[end + 1].Kind == TokenKind.Number) && MarginVerb(doc, sentence, verb) is { } margin)
        {
            return margin;
        }

        // "a 21% increase", "a 5% drop", and what moves between the two: "a 38% wage increase", "a 10% pay cut"
        if (form == QuantityForm.Percent && ChangeNounAfter(doc, sentence, end) is var noun && noun >= 0)
        {
            return ChangeNounDirection(doc, noun);
        }

        // "with an increase of 14%", "a fall of 2.1%", "a fall of about a third"
        if (form is QuantityForm.Percent or QuantityForm.Fraction && before - 2 >= sentence.FirstToken && QuantityWords.OfAChange(doc, before))
        {
            return ChangeNounDirection(doc, before - 2);
        }

        // "6.8% higher than a year earlier", "5% below last year's level", "3% up on the month"; a measure too: "1.6C above
        // pre-industrial levels", "0.12C warmer than 2023", and a temperature's comparative alone ("about 1.6C warmer")
        // ("23 cents lower than a year ago": a sum too)
        if (form is QuantityForm.Percent or QuantityForm.Measure or QuantityForm.Money && end + 1 < sentence.EndToken)
        {
            // (not a height or a depth from the sea: "1,055.98 feet above sea level" is a level)
            // ("spot gold traded 0.8 per cent higher at $2,731.60", "closed 1.2% lower at 4,000": a move to where it stands)
            bool compared = doc.Is(end + 1, "than") || ThanAfterTime(doc, sentence, end + 1) || (form == QuantityForm.Percent && doc.Is(end + 1, "at") && end + 2 < sentence.EndToken && doc.Tokens[end + 2].Kind != TokenKind.Word) || ((doc.Is(end, "above") || doc.Is(end, "below")) && !FromTheSea(doc, end + 1)) || ((doc.Is(end, "up") || doc.Is(end, "down")) && (doc.Is(end + 1, "on") || doc.Is(end + 1, "from")))
                || (form == QuantityForm.Measure && (doc.IsAny(end, QuantityWords.Warmer) || doc.IsAny(end, QuantityWords.Colder)));
            if (compared && (doc.IsAny(end, QuantityWords.HigherWords) || doc.IsAny(end, QuantityWords.Warmer)))
            {
                return QuantityChange.Increase;
            }

            if (compared && (doc.IsAny(end, QuantityWords.LowerWords) || doc.IsAny(end, QuantityWords.Colder)))
            {
                return QuantityChange.Decrease;
            }
        }

        return QuantityChange.None;
    }

    // whether the clause ends at token end: the sentence's end, a full stop, a comma or a semicolon
    private static bool EndsClause(AnalyzedDocument doc, Sentence sentence, int end) =>
        end >= sentence.EndToken || doc.TokenText(end) is "." or "," or ";";

    // what a move "on" is against: "on the previous year", "on last year", "on a year earlier"
    private static readonly WordSet ComparedOn = WordSet.Create(StringComparer.OrdinalIgnoreCase, "the", "last", "a", "that", "its", "their");

    private static readonly WordSet CountComparatives = WordSet.Create(StringComparer.OrdinalIgnoreCase, "more", "fewer", "less");

    // a price's noun right before the move verb at token verb, past an auxiliary ("The average has dropped")
    private static bool PriceBefore(AnalyzedDocument doc, int verb)
    {
        int noun = doc.IsAny(verb - 1, Text.Lexicon.Auxiliaries) ? verb - 2 : verb - 1;
        return doc.IsAny(noun, PriceNouns);
    }

    private static readonly WordSet PriceNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "price", "prices", "average", "fare", "fares", "cost", "costs");

    // "sea level", "the sea", "mean sea level", "ground level", "ground": an elevation's or a depth's zero
    private static bool FromTheSea(AnalyzedDocument doc, int i)
    {
        i += doc.Is(i, "the") || doc.Is(i, "mean") ? 1 : 0;
        return doc.Is(i, "sea") || doc.Is(i, "ground");
    }

    private static readonly WordSet OwnersOfMove = WordSet.Create(StringComparer.OrdinalIgnoreCase, "its", "their", "his", "her", "our");

    // the direction of a move verb just before the figure ending at token last ("climbed $1.84", "fell 120 points"): at
    // most four tokens back, past no function word
    private static QuantityChange? MoveBefore(AnalyzedDocument doc, Sentence sentence, int last)
    {
        for (int k = last; k >= sentence.FirstToken && k >= last - 4; k--)
        {
            if (MoveOf(doc, k) is { } moved)
            {
                return moved;
            }

            if (doc.IsAny(k, Text.Lexicon.FunctionWords))
            {
                return null;
            }
        }

        return null;
    }

    // "8.7% higher in August than a year earlier": "than" after a short time phrase that opens at token i
    private static bool ThanAfterTime(AnalyzedDocument doc, Sentence sentence, int i)
    {
        if (!(doc.Is(i, "in") || doc.Is(i, "on") || doc.Is(i, "last") || doc.Is(i, "this")))
        {
            return false;
        }

        for (int k = i + 1; k < Math.Min(sentence.EndToken, i + 4) && doc.Tokens[k].Kind != TokenKind.Punct; k++)
        {
            if (doc.Is(k, "than"))
            {
                return true;
            }
        }

        return false;
    }

    // the direction of a move "by" the figure ending at token last ("rise by 1.2%", "cut its rate by 25 basis points")
    private static QuantityChange? MoveByBefore(AnalyzedDocument doc, Sentence sentence, int last)
    {
        int k = last;
        while (k > sentence.FirstToken && k >= last - 4 && !doc.Is(k, "by"))
        {
            k--;
        }

        return doc.Is(k, "by") && k > sentence.FirstToken ? MoveOf(doc, k - 1) ?? ObjectVerb(doc, sentence, k) : null;
    }

    // the way a move verb goes ("rose", "fell"), or null for another word, and for the "up" of a share ("London made up
    // 25%", "takes up 40% of the budget")
    private static QuantityChange? MoveOf(AnalyzedDocument doc, int k) =>
        doc.Is(k, "up") && doc.IsAny(k - 1, TakesUp) ? null
        : doc.IsAny(k, QuantityWords.Rises) ? QuantityChange.Increase : doc.IsAny(k, QuantityWords.Falls) ? QuantityChange.Decrease : null;

    // the change noun right after the figure ending before end, or after one or two lower-case words naming what moves
    // ("wage", "house price"); -1 when there is none
    private static int ChangeNounAfter(AnalyzedDocument doc, Sentence sentence, int end)
    {
        for (int k = end; k < sentence.EndToken && k <= end + 2; k++)
        {
            if (doc.IsAny(k, QuantityWords.ChangeNouns))
            {
                return k;
            }

            if (doc.Tokens[k].Kind != TokenKind.Word || !char.IsLower(doc.TokenText(k)[0]) || doc.IsAny(k, Lexicon.FunctionWords))
            {
                return -1;
            }
        }

        return -1;
    }

    // "of their weight", "of his body weight" after the figure ending before end
    private static bool OfOwnWeight(AnalyzedDocument doc, int end) =>
        doc.Is(end, "of") && doc.IsAny(end + 1, Lexicon.Owners) && (doc.Is(end + 2, "weight") || (doc.Is(end + 2, "body") && doc.Is(end + 3, "weight")));

    // the way a verb of losing or gaining weight among the four words before the figure goes, or null
    private static QuantityChange? WeightMove(AnalyzedDocument doc, Sentence sentence, int before)
    {
        for (int k = before - 1; k >= sentence.FirstToken && k >= before - 4; k--)
        {
            if (doc.IsAny(k, WeightLosses))
            {
                return QuantityChange.Decrease;
            }

            if (doc.IsAny(k, WeightGains))
            {
                return QuantityChange.Increase;
            }
        }

        return null;
    }

    private static readonly WordSet WeightLosses = WordSet.Create(StringComparer.OrdinalIgnoreCase, "lose", "loses", "lost", "losing", "shed", "sheds", "shedding");

    private static readonly WordSet WeightGains = WordSet.Create(StringComparer.OrdinalIgnoreCase, "gain", "gains", "gained", "gaining");

    private static readonly WordSet CrossedMarks = WordSet.Create(StringComparer.OrdinalIgnoreCase, "below", "above", "past", "beneath");

    private static readonly WordSet Focusers = WordSet.Create(StringComparer.OrdinalIgnoreCase, "only", "just", "merely");

    private static readonly WordSet TakesUp = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking");

    // up to nine words of an object ("output", "the risk of heart attacks", "the U.S. list prices of several insulin
    // products": a name may stand in it) between the verb and "by", with no punctuation between
    private static QuantityChange? ObjectVerb(AnalyzedDocument doc, Sentence sentence, int objectEnd)
    {
        for (int k = objectEnd - 1; k >= sentence.FirstToken && k >= objectEnd - MaxObjectWords; k--)
        {
            if (doc.Tokens[k + 1].Kind != TokenKind.Word)
            {
                return null;
            }

            if (doc.IsAny(k, QuantityWords.Rises) || doc.IsAny(k, QuantityWords.Raises))
            {
                return QuantityChange.Increase;
            }

            if (doc.IsAny(k, QuantityWords.Falls) || doc.IsAny(k, QuantityWords.Lowers))
            {
                return QuantityChange.Decrease;
            }
        }

        return null;
    }

    private const int MaxObjectWords = 9;

    // the way a verb of passing or missing a mark before token objectEnd moves its margin, or null
    private static QuantityChange? MarginVerb(AnalyzedDocument doc, Sentence sentence, int objectEnd)
    {
        for (int k = objectEnd; k >= sentence.FirstToken && k >= objectEnd - MaxObjectWords; k--)
        {
            if (doc.IsAny(k, PassedMarks))
            {
                return QuantityChange.Increase;
            }

            if (doc.IsAny(k, MissedMarks))
            {
                return QuantityChange.Decrease;
            }

            if (doc.TokenText(k) is "," or ";" or ":")
            {
                return null;
            }
        }

        return null;
    }

    private static readonly WordSet PassedMarks = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "beat", "beats", "beating", "broke", "break", "breaks", "breaking", "topped", "topping", "exceeded", "exceeds", "exceeding",
        "surpassed", "surpasses", "surpassing", "outpaced", "outperformed", "won", "wins", "winning", "led", "leads", "leading");

    private static readonly WordSet MissedMarks = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "missed", "misses", "missing", "trailed", "trails", "trailing", "undershot");

    private static QuantityChange ChangeNounDirection(AnalyzedDocument doc, int noun) =>
        doc.IsAny(noun, QuantityWords.Falls) || doc.Is(noun, "reduction") || doc.Is(noun, "loss") ? QuantityChange.Decrease : QuantityChange.Increase;

    private static bool IsCountryCode(ReadOnlySpan<char> word) =>
        word.Length is 2 or 3 && char.IsUpper(word[0]) && char.IsUpper(word[1]) && (word.Length == 2 || char.IsUpper(word[2]));

    // "3-4": two whole numbers joined by a hyphen or dash
    private static bool IsBareHyphenPair(AnalyzedDocument doc, Sentence sentence, int first, int end) =>
        end - first == 3 && QuantityFilters.IsHyphenJoined(doc, sentence, first, end - 1) && !doc.TokenText(first).Contains('.') && !doc.TokenText(end - 1).Contains('.');

    // a word glued by a hyphen to the lower-case word after it ("high-ranking")
    private static bool GluedHyphen(AnalyzedDocument doc, int i, int end) =>
        i + 2 < end && doc.TokenText(i + 1) is "-" && doc.Tokens[i + 1].Start == doc.Tokens[i].End && doc.Tokens[i + 2].Start == doc.Tokens[i + 1].End
        && doc.Tokens[i + 2].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i + 2)[0]);

    // "flights", "attacks", not "loss" or "virus"
    private static bool IsPlural(ReadOnlySpan<char> word) =>
        (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i')) || IrregularPlurals.Contains(word);

    // the first lower-case word after a number and what it glues or names ("787 Dreamliner", "6-month"), or end when
    // no number follows
    private static int PastNumberedModifiers(AnalyzedDocument doc, Sentence sentence, int end)
    {
        if (end >= sentence.EndToken || doc.Tokens[end].Kind != TokenKind.Number)
        {
            return end;
        }

        int i = end + 1;
        while (i < sentence.EndToken && i < end + 5
            && ((doc.TokenText(i) is "-" && doc.Tokens[i].Start == doc.Tokens[i - 1].End) || (i > end + 1 && doc.TokenText(i - 1) is "-" && doc.Tokens[i].Start == doc.Tokens[i - 1].End)
                || (doc.Tokens[i].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(i)[0]))))
        {
            i++;
        }

        return i < sentence.EndToken && doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]) ? i : end;
    }

    private static readonly WordSet CoordinatedModifiers = WordSet.Create(StringComparer.OrdinalIgnoreCase, "and", "or");

    // verbs that bring "the number of" to its figure without a change: "the number of visitors hit 2 million"
    private static readonly WordSet NumberOfVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "hit", "hits", "reach", "reaches", "stood", "stands", "tops", "totals", "exceeds");

    private static bool IsContentWord(AnalyzedDocument doc, int i, int end) =>
        i < end && doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]) && !doc.IsAny(i, Lexicon.FunctionWords);

    /// <summary>Whether the word at token <paramref name="i"/> counts a time back ("two" in "1.7 million two years ago").</summary>
    public static bool CountsTimeBack(AnalyzedDocument doc, int i) => doc.IsAny(i + 1, TimeUnits) && doc.IsAny(i + 2, CountedBack);

    private static readonly WordSet TimeUnits = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "years", "months", "weeks", "days", "decades", "quarters", "hours");

    private static readonly WordSet CountedBack = WordSet.Create(StringComparer.OrdinalIgnoreCase, "ago", "earlier", "before", "later", "previously");

    /// <summary>True for "late" or "early" opening a time at token <paramref name="i"/> ("late on Tuesday", "early last month", "late in the day"): no noun a figure counts.</summary>
    public static bool OpensTime(AnalyzedDocument doc, int i) =>
        (doc.Is(i, "late") || doc.Is(i, "early")) && (doc.Is(i + 1, "on") || doc.Is(i + 1, "in") || doc.Is(i + 1, "last") || doc.Is(i + 1, "this")
            || Periods.PeriodWords.Weekday(doc.TokenText(i + 1)) is not null);

    private static string? CountedNoun(AnalyzedDocument doc, Sentence sentence, int first, int end, decimal value)
    {
        // "a three-game streak", "a 12-page report": the noun glued after the number
        if (end == first + 1 && doc.TokenText(end) is "-" && CountAdjectives.Noun(doc, sentence, end, value) is { } glued)
        {
            return glued;
        }

        // "five 787 Dreamliner sales", "one 6-month study": a number word counts the noun after a model number or a
        // measured adjective
        int phrase = doc.Tokens[first].Kind == TokenKind.Word ? PastNumberedModifiers(doc, sentence, end) : end;

        // a capitalized group after the number: "Fourteen North Koreans"
        if (phrase == end && end < sentence.EndToken && doc.Tokens[end].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(end)[0]))
        {
            int last = end;
            // ("six Ligue 1 titles": a name's number is part of the name)
            while (last + 1 < sentence.EndToken && last - end < 3 && ((doc.Tokens[last + 1].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(last + 1)[0]))
                || (doc.Tokens[last + 1].Kind == TokenKind.Number && last + 2 < sentence.EndToken && doc.Tokens[last + 2].Kind == TokenKind.Word && !doc.IsAny(last + 2, Lexicon.FunctionWords))))
            {
                last++;
            }

            // "1.4 million Syrian refugees", "13,000 US troops": a name before a lower-case plural modifies it, and the plural
            // is what is counted ("One Home Depot refers to" counts one of the name: its verb only looks plural)
            if (value == 1 || !(last + 1 < sentence.EndToken && doc.Tokens[last + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(last + 1)[0])
                && !doc.IsAny(last + 1, Lexicon.FunctionWords) && IsPlural(doc.TokenText(last + 1))))
            {
                return doc.Text[doc.Tokens[end].Start..doc.Tokens[last].End];
            }

            phrase = last + 1;
        }

        // "three other lander designs", "two more people": the noun comes after "other" or "more"
        if ((doc.Is(phrase, "other") || doc.Is(phrase, "more")) && phrase + 1 < sentence.EndToken && doc.Tokens[phrase + 1].Kind == TokenKind.Word
            && !doc.IsAny(phrase + 1, Lexicon.FunctionWords) && char.IsLower(doc.TokenText(phrase + 1)[0]))
        {
            phrase++;
        }

        // "47 separate attacks", "100 people": the last word of the phrase that follows
        int head = -1;
        for (int i = phrase, words = 0; i < sentence.EndToken && words < 4; i++, words++)
        {
            // "4.8 million current and former members", "20 new and used cars": coordinated modifiers before one noun
            if (head >= 0 && doc.IsAny(i, CoordinatedModifiers) && !IsPlural(doc.TokenText(head)) && IsContentWord(doc, i + 1, sentence.EndToken)
                && IsContentWord(doc, i + 2, sentence.EndToken))
            {
                continue;
            }

            // "10 widely used prescription drugs", "500 newly built homes": an adverb and the participle it qualifies modify
            if (doc.Tokens[i].Kind == TokenKind.Word && Lexicon.IsLyAdverb(doc.TokenText(i)) && i + 2 < sentence.EndToken && doc.Tokens[i + 1].Kind == TokenKind.Word
                && (doc.TokenText(i + 1).EndsWith("ed", StringComparison.Ordinal) || doc.TokenText(i + 1).EndsWith("en", StringComparison.Ordinal)
                    || doc.TokenText(i + 1).EndsWith("wn", StringComparison.Ordinal) || doc.IsAny(i + 1, Lexicon.IrregularPast)))
            {
                i++;
                continue;
            }

            // a country code inside the phrase is a modifier: "212,000 affected US vehicles"
            if (head >= 0 && IsCountryCode(doc.TokenText(i)) && doc.Tokens[i].Kind == TokenKind.Word)
            {
                continue;
            }

            // "AirPods 2 dropped to $139": a verb of change in the past is no noun, nor "remain" in "three remain missing",
            // nor the count of a time counted back ("and 1.7 million two years ago"), nor a time's edge ("by 79 votes to 18
            // late on Tuesday")
            if (doc.Tokens[i].Kind != TokenKind.Word || doc.IsAny(i, Lexicon.FunctionWords) || !char.IsLower(doc.TokenText(i)[0]) || (i == phrase && LoneNumberWords.IsSubjectVerb(doc, i))
                || CountsTimeBack(doc, i) || (i == phrase && OpensTime(doc, i))
                || (doc.TokenText(i).EndsWith("ed", StringComparison.Ordinal) && (doc.IsAny(i, QuantityWords.Rises) || doc.IsAny(i, QuantityWords.Falls))))
            {
                break;
            }

            // "three high-ranking insurgents", "two state-owned banks": a hyphened modifier is one word, never a verb
            int word = i;
            while (GluedHyphen(doc, i, sentence.EndToken))
            {
                i += 2;
            }

            // a verb ending the phrase: "100 people were working" stops at "were"; "-ed" words after a noun are verbs,
            // and so is a bare word after a plural ("2,140 cancelled flights mean", but "3 news outlets")
            if (word > phrase && ((i == word && doc.TokenText(i).EndsWith("ed", StringComparison.Ordinal)) || (IsPlural(doc.TokenText(head)) && !IsPlural(doc.TokenText(i)))))
            {
                break;
            }

            head = i;
        }

        if (head >= 0)
        {
            return doc.TokenText(head).ToString();
        }

        // "the number of hacks recorded hit a record high of 303"; "the number of homicides fell to 570" counts homicides;
        // "the number of ships using the canal" counts ships (a participle after a plural describes it: "shoplifting
        // offences" keeps its noun)
        for (int i = end - 2; i > sentence.FirstToken; i--)
        {
            if (doc.Is(i, "number") && doc.Is(i + 1, "of") && i + 2 < end && doc.Tokens[i + 2].Kind == TokenKind.Word)
            {
                int n = i + 2;
                // ("the number of internally displaced people": a participle after an adverb describes the noun after it)
                while (n + 1 < end && doc.Tokens[n + 1].Kind == TokenKind.Word && !doc.IsAny(n + 1, Lexicon.FunctionWords)
                    && !(doc.TokenText(n + 1).EndsWith("ed", StringComparison.Ordinal) && !doc.TokenText(n).EndsWith("ly", StringComparison.Ordinal))
                    && !doc.IsAny(n + 1, QuantityWords.Rises) && !doc.IsAny(n + 1, QuantityWords.Falls) && !doc.IsAny(n + 1, NumberOfVerbs)
                    && !(IsPlural(doc.TokenText(n)) && doc.TokenText(n + 1).EndsWith("ing", StringComparison.Ordinal)))
                {
                    n++;
                }

                return doc.TokenText(n).ToString();
            }
        }

        return null;
    }

    /// <summary>How many words may describe a level after "to a" ("to a seasonally adjusted 223,000").</summary>
    private const int MaxLevelWords = 3;

    // a number at token at, or after "a" and a few describing words
    private static bool LevelFollows(AnalyzedDocument doc, int at, int end)
    {
        if (at < end && doc.Tokens[at].Kind == TokenKind.Number)
        {
            return true;
        }

        if (!doc.Is(at, "a"))
        {
            return false;
        }

        for (int i = at + 1; i < Math.Min(end, at + 2 + MaxLevelWords); i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Number)
            {
                return true;
            }

            if (doc.Tokens[i].Kind != TokenKind.Word || !char.IsLower(doc.TokenText(i)[0]))
            {
                return false;
            }
        }

        return false;
    }
}
