using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Ages: a duration that says how old someone or something is ("a 45-year-old man", "18-year-olds", "a 10-day-old
/// baby", "61 years old", "three years of age", "an 87 yo man"), and a bare number or range after "aged" or "ages" ("adults aged 26
/// or older", "children aged 5 to 11") or a verb of turning ("who turns 35 this week"), read in years. An age is a
/// measure in its unit with the noun "age", never a
/// count of the people it describes.
/// </summary>
internal static class Ages
{
    /// <summary>The noun an age carries.</summary>
    public const string Noun = "age";

    /// <summary>A bare number after "aged" is years.</summary>
    public static readonly UnitEntry Years = new(Unit.Measure("year"), Prefix: false, Suffix: true);

    private static readonly WordSet AgeWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "aged", "ages", "age");

    private static readonly WordSet Olds = WordSet.Create(StringComparer.OrdinalIgnoreCase, "old", "olds", "yo");

    /// <summary>
    /// "aged 26", "aged between 18 and 24", "ages 5 to 11", "age 87": the number starting at <paramref name="first"/>
    /// follows a word that announces an age ("the age of 87" is read the same way; "age 5 reading levels" too), or
    /// a list that word opens ("aged 34, 41 and 52"), or it bounds the people just named, open-ended ("children 4 or
    /// younger"); <paramref name="next"/> is the token after the number.
    /// </summary>
    public static bool Announced(AnalyzedDocument doc, Sentence sentence, int first, int next)
    {
        // "children 4 or younger", "adults 65 and older": an open-ended age right after the people it bounds
        if (first - 1 >= sentence.FirstToken && doc.IsAny(first - 1, PeopleWords) && (doc.Is(next, "or") || doc.Is(next, "and")) && doc.IsAny(next + 1, OpenEnds))
        {
            return true;
        }

        // "who turns 35 this week", "turned 80 on Monday": the age reached, where no noun follows ("turned 35 applicants
        // away" counts them)
        if (first - 1 >= sentence.FirstToken && doc.IsAny(first - 1, TurnVerbs)
            && (next >= sentence.EndToken || doc.Tokens[next].Kind != TokenKind.Word || doc.IsAny(next, AfterAnAgeReached)))
        {
            return true;
        }

        // "aged 34, 41 and 52": every number of a list the word announces
        while (first - 2 >= sentence.FirstToken && doc.TokenText(first - 1) is "," or "and" or "or" && doc.Tokens[first - 2].Kind == TokenKind.Number)
        {
            first -= 2;
        }

        int before = doc.Is(first - 1, "between") || doc.Is(first - 1, "from") ? first - 2 : first - 1;
        if (doc.Is(before, "of") && doc.Is(before - 1, "age"))
        {
            before--;
        }

        // "those over 65", "people under 18", "adults above 50", "voters aged over 65": an age bound on people
        if (doc.IsAny(first - 1, AgeBounds) && (doc.IsAny(first - 2, PeopleWords) || doc.IsAny(first - 2, AgeWords)) && first - 2 >= sentence.FirstToken)
        {
            return true;
        }

        // "About a third of the patients were under 18": an age bound said of people, ending its clause
        if (doc.IsAny(first - 1, AgeBounds) && doc.IsAny(first - 2, Lexicon.Copulas) && !StartsPhrase(doc, next, sentence) && PeopleBefore(doc, sentence, first - 2))
        {
            return true;
        }

        return before >= sentence.FirstToken && doc.IsAny(before, AgeWords);
    }

    // a word after the number that goes on with it ("under 18 months", "over 65 mph", "under 18 degrees")
    private static bool StartsPhrase(AnalyzedDocument doc, int next, Sentence sentence) =>
        next < sentence.EndToken && doc.Tokens[next].Kind is TokenKind.Word or TokenKind.Number && !doc.IsAny(next, AfterAnAgeReached);

    // a word for people in the clause before the copula ("of the patients whose records were taken were")
    private static bool PeopleBefore(AnalyzedDocument doc, Sentence sentence, int copula)
    {
        for (int i = copula - 1; i >= sentence.FirstToken && !doc.Is(i, ";"); i--)
        {
            if (doc.IsAny(i, PeopleWords) || doc.IsAny(i, AudienceWords))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet AudienceWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "audiences", "audience", "viewers", "victims", "students", "pupils", "customers", "passengers", "respondents", "players", "fans", "users",
        "employees", "staff", "applicants", "participants", "visitors", "members", "them", "whom", "who", "child", "person", "patient", "victim");

    private static readonly WordSet TurnVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "turns", "turned", "turning", "turn");

    // what may follow the age a verb of turning reaches: a time, a clause's joint
    private static readonly WordSet AfterAnAgeReached = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "this", "next", "last", "on", "in", "today", "tomorrow", "later", "earlier", "during", "before", "after", "and", "when", "but");

    private static readonly WordSet OpenEnds = WordSet.Create(StringComparer.OrdinalIgnoreCase, "younger", "older", "over", "under", "above");

    private static readonly WordSet AgeBounds = WordSet.Create(StringComparer.OrdinalIgnoreCase, "over", "under", "above", "below");

    private static readonly WordSet PeopleWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "those", "people", "adults", "anyone", "everyone", "women", "men", "children", "kids", "patients", "residents", "workers", "voters", "drivers");

    /// <summary>
    /// "-old" or "-olds" glued after a duration that ends before <paramref name="after"/> ("45-year-old", "18-year-olds"):
    /// the token after the age.
    /// </summary>
    public static bool OldAfter(AnalyzedDocument doc, int after, int end, out int afterOld)
    {
        afterOld = after + 2;
        return UnitPass.IsGluedHyphen(doc, after, end) && doc.IsAny(after + 1, Olds);
    }

    /// <summary>True when the duration at tokens [<paramref name="first"/>, <paramref name="end"/>) is an age.</summary>
    public static bool Is(AnalyzedDocument doc, Sentence sentence, int first, int end, Unit unit) =>
        QuantityWords.DurationCodes.Contains(unit.Code) && unit.Dimension == UnitDimension.Measure
        && (doc.IsAny(end - 1, Olds) || (doc.Is(end - 1, "age") && doc.Is(end - 2, "of")) || Announced(doc, sentence, first, end));
}
