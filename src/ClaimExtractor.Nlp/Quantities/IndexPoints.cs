using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// "Points" of a stock index or another score rather than percentage points: "the FTSE 100 closed at 7,512.6 points",
/// "the Dow fell 500 points". A hundred points or more are never a difference of percentages, and points in a sentence
/// that names an index are that index's. Points with no percentage or rate around them are a game's, and counted.
/// </summary>
internal static class IndexPoints
{
    public static readonly UnitEntry Entry = new(Unit.Measure("index_point"), Prefix: false, Suffix: true);

    // how news names an index: "the index", "the Dow", "the FTSE 100", "the S&P 500", "the Nikkei 225"
    private static readonly WordSet IndexNames = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "index", "indices", "indexes", "Dow", "Nasdaq", "FTSE", "S&P", "Nikkei", "Sensex", "Nifty", "DAX", "CAC", "Stoxx", "KOSPI", "Hang", "ASX",
        "TSX", "Topix", "benchmark", "Russell", "Composite", "VIX");

    // what percentage points are points of: "%", "per cent", a rate, a yield, a poll ("a 6.5-point lead" alone may be a game's)
    private static readonly WordSet RateWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "%", "percent", "cent", "percentage", "rate", "rates", "yield", "yields", "poll", "polls", "polling", "inflation", "unemployment",
        "approval", "margin", "share", "turnout", "vote", "votes", "ratio", "percentile");

    // how far back the words of a rate are looked for: this sentence and about the one before
    private const int RateWindow = 40;

    /// <summary>
    /// True when bare "points" are neither percentage points nor an index's: nothing around them speaks of a percentage
    /// or a rate ("scored 30 points", "five points behind the leaders"); they are then counted. A sentence that scores a
    /// game ("LeBron James scored 30 points", "had 21 points and 15 rebounds") counts them whatever percentage the
    /// sentence before gave ("The Nuggets shot 52% from the field."), and so does a person's "points" after a score sheet
    /// ("Jamal Murray added 21 points for Denver, which shot 54% from the field", "James finished with 18 points").
    /// </summary>
    public static bool AreCounted(AnalyzedDocument doc, Sentence sentence, int points) =>
        !doc.AnyIn(Math.Max(0, sentence.FirstToken - RateWindow), sentence.EndToken, RateWords)
        || (doc.AnyIn(sentence.FirstToken, sentence.EndToken, ScoringWords) && !doc.AnyIn(sentence.FirstToken, sentence.EndToken, RateWords))
        || (doc.AnyIn(Math.Max(0, sentence.FirstToken - RateWindow), sentence.EndToken, ScoringWords) && !doc.AnyIn(sentence.FirstToken, sentence.EndToken, PercentagePointWords)
            && !doc.AnyIn(Math.Max(sentence.FirstToken, points - PercentReach), points, RateWords));

    // how far before "points" a percentage they are points of may stand ("45% plus or minus 2 points")
    private const int PercentReach = 6;

    // what only percentage points are points of, in their own sentence
    private static readonly WordSet PercentagePointWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "percentage", "rate", "rates", "yield", "yields", "poll", "polls", "polling", "inflation", "unemployment", "approval", "turnout", "vote", "votes");

    // words only a game's score sheet uses
    private static readonly WordSet ScoringWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "scored", "scoring", "scores", "rebounds", "assists", "steals", "touchdowns", "goals", "triple-double", "double-double");

    /// <summary>
    /// <paramref name="mention"/> read as points too when it is the level a move in points reached: "the Dow fell 102.2
    /// points to 43,000", "the average reading score fell 2 points to 257", "also fell 2 points, to 257", "dropped 2
    /// points from 2022 to 257" (a bare number right after "to").
    /// </summary>
    public static QuantityMention Level(AnalyzedDocument doc, QuantityMention previous, QuantityMention mention)
    {
        int to = mention.QualifierFirstToken - 1;
        bool reached = doc.Is(to, "to") && (to == previous.EndToken || (to == previous.EndToken + 1 && doc.Is(previous.EndToken, ","))
            || (to == previous.EndToken + 2 && doc.Is(previous.EndToken, "from") && doc.Tokens[previous.EndToken + 1].Kind == TokenKind.Number));
        return reached && previous.Quantity is { Unit: var unit, Change: QuantityChange.Increase or QuantityChange.Decrease } && unit == Entry.Unit
            && mention is { Form: QuantityForm.Count, Quantity: { Noun: null, Change: QuantityChange.None } }
            ? mention with { Quantity = mention.Quantity with { Unit = Entry.Unit }, Form = QuantityForm.Measure }
            : mention;
    }

    /// <summary>
    /// True when "points" after a number of <paramref name="value"/> are an index's or a test score's ("The average reading
    /// score fell 2 points", "scored 4 points lower on the exam"; not a game's "scored 30 points").
    /// </summary>
    public static bool Is(AnalyzedDocument doc, Sentence sentence, decimal value) =>
        Math.Abs(value) >= 100m || doc.AnyIn(sentence.FirstToken, sentence.EndToken, IndexNames) || NamesSAndP(doc, sentence)
        || (doc.AnyIn(sentence.FirstToken, sentence.EndToken, TestWords) && !doc.AnyIn(sentence.FirstToken, sentence.EndToken, GameWords));

    // "the S&P 500", which the tokenizer reads as three tokens
    private static bool NamesSAndP(AnalyzedDocument doc, Sentence sentence)
    {
        for (int k = sentence.FirstToken + 2; k < sentence.EndToken; k++)
        {
            if (doc.Is(k, "P") && doc.Is(k - 1, "&") && doc.Is(k - 2, "S"))
            {
                return true;
            }
        }

        return false;
    }

    // how news names a test's score: "the average reading score", "math scores", "on the exam", "the 500-point scale"
    private static readonly WordSet TestWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "score", "scores", "test", "tests", "exam", "exams", "examination", "assessment", "scale");

    // a game's: "LeBron James scored 30 points", "the Celtics' 30-point win"
    private static readonly WordSet GameWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "scored", "rebounds", "assists", "steals", "touchdowns", "goals", "triple-double", "double-double", "game", "games", "win",
        "lead", "season", "quarter", "half", "innings");
}
