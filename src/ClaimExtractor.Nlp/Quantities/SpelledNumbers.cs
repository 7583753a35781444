using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Numbers that open with a number word: multipliers ("doubled", "double the number"), halves ("half of the victims",
/// "half a million", "half a dozen"), cardinals and their compounds ("twenty-one", "two point five", "three dozen"),
/// fractions ("two-thirds", "one twenty-fifth") and shares ("one in five"); not ranks ("the twenty-first century").
/// </summary>
internal sealed class SpelledNumbers(NumberReader numbers, Shares shares)
{
    // "to" or a modal before "double" or "triple" makes it the verb
    private static readonly WordSet VerbOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "will", "would", "could", "may", "might", "should", "can", "must");

    // what "to double" reaches that is not a move: "to double digits", "went to double overtime", "to double bogey"; the
    // phrasal verbs "double down", "double up", "double back"
    private static readonly WordSet NotAMove = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "digits", "digit", "figures", "overtime", "bogey", "bogeys", "whammy", "standards", "agent", "agents", "room", "rooms", "bed", "beds", "act", "acts",
        "down", "up", "back");

    // "twice as many", "twice as likely": "as" then the measure compared; not "scored twice as Liverpool beat Chelsea"
    // nor "twice as the team", where "as" opens a clause and "twice" counts times
    private static bool ComparedAs(AnalyzedDocument doc, int i) =>
        doc.Tokens.Count > i && doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]) && !doc.IsAny(i, ClauseOpeners);

    private static readonly WordSet ClauseOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "this", "that", "part", "well");

    /// <summary>Whether a time's possessive opens at token <paramref name="i"/>: "last year's", "this season's", "2023's".</summary>
    public static bool PossessiveTime(AnalyzedDocument doc, int i)
    {
        int owner = doc.Is(i, "last") || doc.Is(i, "this") || doc.Is(i, "the") ? i + 1 : i;
        bool time = owner < doc.Tokens.Count && (doc.Tokens[owner].Kind == TokenKind.Number || NumberReader.IsPeriodWord(doc, owner) || doc.Is(owner, "season"));
        return time && doc.TokenText(owner + 1) is "'s" or "’s";
    }

    public bool TryRead(AnalyzedDocument doc, int k, int end, (decimal Value, NumberWordKind Kind) first, out NumberCore core)
    {
        core = default;
        switch (first.Kind)
        {
            case NumberWordKind.Multiplier when doc.TokenText(k).EndsWith('s') && (doc.IsAny(k - 1, SportDeterminers) || doc.IsAny(k + 1, DoublesGames)):
                // "the doubles match", "won the mixed doubles", "in the decisive doubles match": the game, not a multiplier
                return false;
            case NumberWordKind.Multiplier when k > 0 && doc.TokenText(k - 1) is "-" && doc.Tokens[k - 1].End == doc.Tokens[k].Start:
                // "86 triple-doubles", "12 double-doubles": the second half of a compound names a feat, not a multiplier
                return false;
            case NumberWordKind.Multiplier:
                core = new NumberCore(first.Value, -1, k + 1, true, false, true);
                return true;
            case NumberWordKind.MultiplierNoun when Frequencies.IsTimesWord(doc, k, end):
                // "twice a year": a count of times (Frequencies)
                core = new NumberCore(first.Value, -1, k + 1, true, false, false);
                return true;
            case NumberWordKind.MultiplierNoun:
                // ("double last year's number", "twice 2023's total": a time's possessive)
                if (k + 1 < end && (doc.Is(k + 1, "the") || doc.Is(k + 1, "that") || doc.Is(k + 1, "what") || doc.Is(k + 1, "its") || doc.Is(k + 1, "their")
                    || (doc.Is(k + 1, "as") && ComparedAs(doc, k + 2)) || PossessiveTime(doc, k + 1)))
                {
                    core = new NumberCore(first.Value, -1, k + 1, true, false, true);
                    return true;
                }

                if (doc.IsAny(k - 1, VerbOpeners) && !doc.IsAny(k + 1, NotAMove) && !(doc.TokenText(k + 1) is "-" && doc.Tokens[k + 1].Start == doc.Tokens[k].End))
                {
                    // "output is expected to triple by 2030", "plans to double capacity", "sales could double": the verb
                    core = new NumberCore(first.Value, -1, k + 1, true, false, true);
                    return true;
                }

                return false;
            case NumberWordKind.Denominator when first.Value is 2 or 4 && numbers.IsLargeScale(doc, k + 1):
                // "half million", "quarter million": the scale word after multiplies it
                core = new NumberCore(1 / first.Value, DigitNumbers.FractionDecimals(1 / first.Value), k + 1, true, false, false);
                return true;
            case NumberWordKind.Denominator when k + 2 < end && doc.Is(k, "half") && doc.Is(k + 1, "a") && numbers.TryWord(doc, k + 2, out var halfDozen) && halfDozen.Kind == NumberWordKind.Dozen:
                // "half a dozen"
                core = new NumberCore(halfDozen.Value / 2, -1, k + 3, true, false, false);
                return true;
            case NumberWordKind.Denominator when k + 2 < end && doc.Is(k, "half") && doc.Is(k + 1, "a") && numbers.IsLargeScale(doc, k + 2):
                // "half a million" (within the sentence)
                core = new NumberCore(0.5m, DigitNumbers.FractionDecimals(0.5m), k + 2, true, false, false);
                return true;
            case NumberWordKind.Denominator when doc.Is(k, "half"):
                // "half of the victims" is 50 percent; "the first half of the year" is a period.
                if (k + 1 < end && doc.Is(k + 1, "of") && !IsOrdinal(doc, k - 1) && !NumberReader.IsPeriodWord(doc, k + 2) && !(doc.Is(k + 2, "the") && NumberReader.IsPeriodWord(doc, k + 3)))
                {
                    core = NumberCore.Fraction(1, 2, k + 1);
                    return true;
                }

                // "cut by half", "fell by half": the share something moved by ("by half-time" and "by half past two" are times)
                if (doc.Is(k - 1, "by") && !doc.Is(k + 1, "past") && !(doc.TokenText(k + 1) is "-" && doc.Tokens[k + 1].Start == doc.Tokens[k].End))
                {
                    core = NumberCore.Fraction(1, 2, k + 1);
                    return true;
                }

                // "more than half said", "nearly half the staff": a share bounded or hedged without "of"
                if (doc.IsAny(k - 1, HalfQualifiers) && !NumberReader.IsPeriodWord(doc, k + 1) && !(doc.Is(k + 1, "the") && NumberReader.IsPeriodWord(doc, k + 2)))
                {
                    core = NumberCore.Fraction(1, 2, k + 1);
                    return true;
                }

                return false;
            case NumberWordKind.Cardinal:
                break;
            default:
                return false;
        }

        // twenty-one, twenty one, one hundred and six, two thousand and five, one million two hundred thousand
        int after = numbers.Compounds.ReadCompound(doc, k, end, first.Value, out decimal total);
        if (numbers.Compounds.PointDigits(doc, after, end, out decimal tail, out int places, out int afterPoint))
        {
            // "two point five", "nine point nought four", "two hundred point seventy-one"
            core = new NumberCore(total + tail, places, afterPoint, true, false, false);
            return true;
        }

        if (OrdinalFractions.TryRead(numbers, doc, k, after, end, total, out core))
        {
            // "one twenty-fifth", "fifty-four hundredths"
            return true;
        }

        if (OrdinalFractions.IsRankAfter(numbers, doc, after, end))
        {
            // "the twenty-first century", "its forty-second season": a rank
            return false;
        }

        // two-thirds, two thirds, one-third, three quarters
        int fracAt = after < end && doc.TokenText(after) is "-" ? after + 1 : after;
        if (QuartersOfAYear(doc, k, fracAt))
        {
            return false;
        }

        if (fracAt < end && numbers.TryWord(doc, fracAt, out var denominator) && denominator.Kind == NumberWordKind.Denominator && denominator.Value <= 10
            && (total <= 10 || (denominator.Value >= 5 && doc.TokenText(fracAt)[^1] is 's' or 'S'))
            && !(doc.Is(fracAt, "quarter") && NumberReader.IsPeriodWord(doc, fracAt + 1)) && !doc.Is(fracAt, "half"))
        {
            // "three quarters billion" is a number the scanner scales; "two-thirds of a million" too
            core = numbers.IsLargeScale(doc, fracAt + 1) ? new NumberCore(total / denominator.Value, 2, fracAt + 1, true, false, false)
                : numbers.OfALargeScale(doc, fracAt + 1, total / denominator.Value) ?? NumberCore.Fraction(total, denominator.Value, fracAt + 1);
            return true;
        }

        if (after < end && numbers.TryWord(doc, after, out var dozen) && dozen.Kind == NumberWordKind.Dozen)
        {
            // "three hundred and two dozen" is 300 and 24: the dozens count only the group after "and"
            decimal dozens = AndGroupBefore(doc, k, after) ? total % 100 : total;
            core = new NumberCore(total - dozens + (dozens * dozen.Value), -1, after + 1, true, false, false);
            return true;
        }

        if (after < end && numbers.TryWord(doc, after, out var hundred) && hundred.Kind == NumberWordKind.Scale && hundred.Value == 100)
        {
            total *= 100;
            after++;
        }

        if (numbers.Compounds.AndAFraction(doc, after, end, out decimal fraction, out int afterFraction))
        {
            // "two and a half (million)"
            core = new NumberCore(total + fraction, DigitNumbers.FractionDecimals(fraction), afterFraction, true, false, false);
            return true;
        }

        if (FoldMultipliers.TryRead(doc, after, end, total, out core))
        {
            // "a two-fold rise"
            return true;
        }

        core = new NumberCore(total, -1, after, true, false, false);
        shares.TryShare(doc, after, end, total, ref core);
        return true;
    }

    // what stands before "doubles" or "triples" as a game: "the doubles", "in doubles", "mixed doubles", "men's doubles"
    private static readonly WordSet SportDeterminers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "in", "mixed", "'s", "’s", "its", "their", "his", "her", "of");

    // what "doubles" names in a game of pairs: "the doubles match", "a doubles title", "his doubles partner"
    private static readonly WordSet DoublesGames = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "match", "matches", "title", "titles", "final", "finals", "semifinal", "semifinals", "partner", "partners", "pair",
        "pairs", "team", "rubber", "tie", "tournament", "event", "champion", "champions", "specialist", "play", "draw", "ranking", "rankings");

    // the words before a "half" that make it a share even without "of"
    private static readonly WordSet HalfQualifiers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "than", "nearly", "almost", "about", "roughly", "around", "over", "under", "barely");

    // the words from k to after end with "and" and a number under a hundred ("three hundred and two", "a thousand and
    // twenty-one")
    private bool AndGroupBefore(AnalyzedDocument doc, int k, int after)
    {
        int at = after - 1;
        while (at > k && (doc.TokenText(at) is "-" || (numbers.TryWord(doc, at, out var word) && word.Kind == NumberWordKind.Cardinal && word.Value < 100)))
        {
            at--;
        }

        return at > k && at < after - 1 && doc.Is(at, "and");
    }

    private static bool IsOrdinal(AnalyzedDocument doc, int k) =>
        doc.Is(k, "first") || doc.Is(k, "second") || doc.Is(k, "latter") || doc.Is(k, "former") || doc.Is(k, "back") || doc.Is(k, "front");

    // "for three quarters", "the past two quarters", "two quarters in a row", "two quarters ago", "the first three quarters of 2024": quarters of
    // a year, a period and not a fraction ("three quarters of voters")
    private static bool QuartersOfAYear(AnalyzedDocument doc, int k, int at) =>
        doc.Is(at, "quarters")
        && (doc.Is(at + 1, "of") ? NumberReader.IsPeriodWord(doc, at + 2) || (doc.Is(at + 2, "the") && NumberReader.IsPeriodWord(doc, at + 3))
            : doc.IsAny(k - 1, QuantityWords.QuarterCounters) || doc.Is(at + 1, "running") || doc.IsAny(at + 1, QuantityWords.PeriodClosers) || doc.Is(at + 1, "earlier")
                || (doc.Is(at + 1, "in") && doc.Is(at + 2, "a") && doc.Is(at + 3, "row")));
}
