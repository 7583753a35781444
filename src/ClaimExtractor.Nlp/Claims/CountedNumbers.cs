using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A count named by what it counts rather than by a metric word: "Passenger numbers rose 6%", "the number of
/// passengers fell 5%", "Visitor numbers hit a record 2.1 million". The counted noun keys it as the figure "83.9
/// million passengers" is keyed (passenger.count; visitors → attendance.count), so the change and the level it changes
/// meet. "The number of people ..." names no measure: the verb decides, as for "100 people were injured".
/// </summary>
internal static class CountedNumbers
{
    // how far before the figure the counting phrase may stand: "Passenger numbers at Heathrow's terminals rose 6%"
    private const int Reach = 8;

    /// <summary>
    /// The counted noun of a "numbers" or "the number of" phrase in [first, before), as a count term; else null. For a
    /// bare count (<paramref name="bare"/>: "climbed to 66,200"), a plural subject right before the verb says what it
    /// counts too ("Mortgage approvals climbed to 66,200", "Shoplifting offences jumped 20% to 469,788"); not for a
    /// percent change, which "Rents rose 5%" makes of money.
    /// </summary>
    public static MetricMatch? Before(MetricFinder finder, AnalyzedDocument doc, int first, int before, bool bare = false)
    {
        before = bare ? PastChange(doc, before) : before;
        for (int i = before - 1; i >= Math.Max(first, before - Reach) && doc.Tokens[i].Kind == TokenKind.Word; i--)
        {
            // "Passenger numbers", "visitor numbers": the noun before
            int noun = doc.Is(i, "numbers") ? i - 1
                // "the number of passengers": the noun after
                : doc.Is(i, "of") && doc.Is(i - 1, "number") && i + 1 < before ? i + 1
                // "approvals climbed to 66,200"
                // "Divorces in England and Wales fell to 80,057": the plural a place's name follows
                : bare && doc.IsAny(i + 1, LevelVerbs) && PlaceHead(doc, i, first) is var placed && placed >= 0 ? placed
                : bare && (doc.IsAny(i + 1, LevelVerbs) || (doc.IsAny(i + 1, ScopeAdverbs) && doc.IsAny(i + 2, LevelVerbs))) && doc.TokenText(i) is { Length: > 3 } plural && plural[^1] == 's' && plural[^2] != 's' ? OfHead(finder, doc, i, first)
                : -1;
            // ("initial jobless claims rose 9,000", "claims for unemployment benefits rose by 17,000": a term of several
            // words the noun ends)
            if (noun >= first && TermEndingAt(finder, doc, noun, first) is { } term)
            {
                return term;
            }

            if (noun >= first && Counted(finder, doc, noun) is { } concept)
            {
                // "Shoplifting offences jumped 20% to 469,788": the kind of offence, as for "50,510 knife offences" (of a
                // thing the lexicon does not know: "measles cases" are cases, as "Measles cases in England" are)
                return bare && !Known(finder, doc, noun) && KindOf(finder, doc, noun, first) is { } kind
                    ? new MetricMatch(kind + "_" + concept, MetricUse.Count, noun - 1, noun + 1)
                    : new MetricMatch(concept, MetricUse.Count, Math.Min(noun, i), Math.Max(noun, i) + 1);
            }
        }

        return null;
    }

    // "Deaths of cyclists rose to 1,166", "Deaths among children climbed", "The death toll from the floods rose to 217": the
    // term an "of", "among" or "from" phrase hangs on counts, not the group after it; so does the one a participle's agent
    // follows ("Job cuts announced by employers rose")
    private static int OfHead(MetricFinder finder, AnalyzedDocument doc, int plural, int first) =>
        OfHeadAt(doc, doc.Is(plural - 1, "the") ? plural - 1 : plural) is var at && at - 2 >= 0 && Counted(finder, doc, at - 2) is not null ? at - 2
        : doc.Is(plural - 1, "by") && plural - 3 >= 0 && doc.TokenText(plural - 2).EndsWith("ed", StringComparison.Ordinal) && Counted(finder, doc, plural - 3) is not null ? plural - 3
        : ParticipleHead(finder, doc, plural, first) ?? plural;

    // the token after the "of", "among" or "from" right before token at, or -1
    private static int OfHeadAt(AnalyzedDocument doc, int at) => doc.Is(at - 1, "of") || doc.Is(at - 1, "among") || doc.Is(at - 1, "from") ? at : -1;

    // the plural noun before an "in" or "across" that a place's name (capitalized words, "and", "the", "of") ending at
    // token last follows, or -1
    private static int PlaceHead(AnalyzedDocument doc, int last, int first)
    {
        bool named = false;
        for (int k = last; k > first && k >= last - PlaceWords; k--)
        {
            if (doc.IsAny(k, PlacePrepositions))
            {
                return named && doc.Tokens[k - 1].Kind == TokenKind.Word && IsPlural(doc.TokenText(k - 1)) ? k - 1 : -1;
            }

            if (doc.Tokens[k].Kind != TokenKind.Word || !(char.IsUpper(doc.TokenText(k)[0]) || doc.IsAny(k, PlaceJoiners)))
            {
                return -1;
            }

            named |= char.IsUpper(doc.TokenText(k)[0]);
        }

        return -1;
    }

    // the most words of a place's name after its preposition: "in the United Arab Emirates"
    private const int PlaceWords = 5;

    private static readonly WordSet PlacePrepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase, "in", "across");

    private static readonly WordSet PlaceJoiners = WordSet.Create(StringComparer.Ordinal, "and", "the", "of");

    // "Records exposed in breaches reported to federal regulators rose": the plural the first participle phrase hangs on,
    // however many phrases follow it
    private static int? ParticipleHead(MetricFinder finder, AnalyzedDocument doc, int plural, int first)
    {
        int? head = null;
        for (int k = plural - 1; k > first && k >= plural - Reach && doc.Tokens[k].Kind == TokenKind.Word; k--)
        {
            if (doc.TokenText(k) is { Length: > 4 } participle && participle.EndsWith("ed", StringComparison.Ordinal)
                && doc.TokenText(k - 1) is { Length: > 3 } noun && noun[^1] == 's' && Counted(finder, doc, k - 1) is not null)
            {
                head = k - 1;
            }
        }

        return head;
    }

    // the start of the change a level follows ("jumped 20% to 469,788", "fell by 3% to 76,000"), so the subject before
    // the verb counts the level too; else before
    public static int PastChange(AnalyzedDocument doc, int before)
    {
        if (!doc.Is(before - 1, "to"))
        {
            return before;
        }

        foreach (var q in doc.Quantities)
        {
            if (q.EndToken == before - 1 || (q.EndToken < before - 1 && q.EndToken >= before - 1 - WhenWords && IsWhen(doc, q.EndToken, before - 1)))
            {
                return doc.Is(q.FirstToken - 1, "by") ? q.FirstToken - 1 : q.FirstToken;
            }
        }

        return before;
    }

    // the most words of a time phrase between a change and the level it came to: "fell by a third in 2023 to 80,057"
    private const int WhenWords = 4;

    // whether tokens [from, to) are a time phrase: "in 2023", "last year", "in the first quarter"
    private static bool IsWhen(AnalyzedDocument doc, int from, int to)
    {
        if (!doc.IsAny(from, WhenOpeners))
        {
            return false;
        }

        for (int k = from + 1; k < to; k++)
        {
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet WhenOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "during", "last", "this", "over", "year", "year-on-year", "annually");

    // "Unprovoked shark bites worldwide dropped to 47": a word of where or how far between the subject and its verb
    private static readonly WordSet ScopeAdverbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "worldwide", "nationwide", "globally", "nationally", "overall", "alone", "also");

    // verbs that bring a count's subject to its figure: "approvals climbed to 66,200", "applications reached 1,200"
    private static readonly WordSet LevelVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "rose", "fell", "climbed", "jumped", "dropped", "increased", "decreased", "declined", "slipped", "reached", "hit", "totalled", "totaled",
        "numbered", "stood", "topped", "exceeded", "surged", "soared", "plunged", "grew");

    /// <summary>
    /// The kind the word right before the counted noun at <paramref name="noun"/> (not before <paramref name="first"/>)
    /// makes of it, lower-cased: "knife" in "50,510 knife offences", "shoplifting" in "Shoplifting offences": a kind
    /// counted apart from the others, so the two never share a key. Null for a word that only tells the figure apart
    /// ("47 separate attacks", "1,012 new cases", "the confirmed cases", "the largest protests"), a name, the end of a
    /// hyphened modifier ("multi-core scores"), a word the lexicon counts itself ("job cuts") or a generic noun.
    /// </summary>
    public static string? KindOf(MetricFinder finder, AnalyzedDocument doc, int noun, int first)
    {
        int k = noun - 1;
        if (noun < 1 || k < first || !IsPlural(doc.TokenText(noun)) || doc.Tokens[k].Sentence != doc.Tokens[noun].Sentence || doc.Tokens[k].Kind != TokenKind.Word
            || doc.IsAny(k, Lexicon.FunctionWords) || doc.IsAny(k, NotKinds) || (doc.TokenText(k - 1) is "-" && doc.Tokens[k - 1].End == doc.Tokens[k].Start))
        {
            return null;
        }

        var word = doc.TokenText(k).ToString();
        bool opens = k == 0 || doc.Tokens[k - 1].Sentence != doc.Tokens[k].Sentence;
        string lower = word.ToLowerInvariant();
        return (char.IsUpper(word[0]) && !opens) || !word.All(char.IsLetter) || word.Length < 3 || AdjectiveEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal))
            || NumberWords.Contains(lower) || finder.Lexicon.Concept(MetricUse.Count, lower) is not null || finder.IsGeneric(lower)
            ? null : lower;
    }

    /// <summary>
    /// Whether the word at token <paramref name="i"/> describes the things counted without naming a kind of them
    /// ("unprovoked", "new", "classic"), so a kind may follow it.
    /// </summary>
    public static bool Describes(AnalyzedDocument doc, int i)
    {
        if (i >= doc.Tokens.Count || doc.Tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        string lower = doc.TokenText(i).ToString().ToLowerInvariant();
        return char.IsLower(doc.TokenText(i)[0]) && (doc.IsAny(i, NotKinds) || AdjectiveEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)));
    }

    // a word in the plural ("offences", "bites"), never one thing ("one phone conversation", "bonus") or a word that only
    // looks like a noun ("made switching")
    public static bool IsPlural(ReadOnlySpan<char> word) => word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u';

    // endings of adjectives and participles ("criminal", "confirmed"), which describe the things counted more often than
    // they name a kind of them (a word in -ing names one as often: "shoplifting offences", "polling stations")
    private static readonly string[] AdjectiveEndings = ["ed", "est", "al", "ous", "ive", "ful", "less", "able", "ible", "ic", "ent", "ant", "ish", "ile", "ly"];

    // words before a counted noun that set the figure apart without naming a kind of the thing counted (besides those
    // with the endings above)
    private static readonly WordSet NotKinds = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "separate", "other", "more", "additional", "further", "extra", "total", "overall", "distinct", "various", "several", "many",
        "few", "new", "major", "big", "large", "small", "huge", "known", "daily", "yearly", "average", "former", "previous", "latest",
        "last", "next", "same", "such", "whole", "entire", "full", "real", "genuine", "unique", "single", "multiple", "successive",
        "consecutive", "straight", "record", "net", "gross", "good", "bad", "main", "key", "top", "long", "short", "simple", "solid",
        "high", "low", "great", "little", "strong", "weak", "hard", "easy", "free", "poor", "rich", "open", "close", "young", "old",
        "fresh", "rare", "common", "true", "false", "fine", "clear", "safe", "serious", "severe", "minor", "senior", "junior", "prime",
        "wide", "broad", "deep", "mere", "modest", "fellow", "lengthy", "remaining", "existing", "outstanding", "missing", "leading",
        "growing", "rising", "increasing", "ongoing", "following", "surviving", "competing", "participating", "striking", "working",
        "misleading", "staggering", "stunning", "amazing", "interesting", "exciting", "worrying", "alarming", "startling", "whopping",
        "booming");

    private static readonly HashSet<string> NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions"];

    private static bool Known(MetricFinder finder, AnalyzedDocument doc, int noun)
    {
        string lower = doc.TokenText(noun).ToString().ToLowerInvariant();
        return finder.Lexicon.Concept(MetricUse.Count, lower) is not null || finder.Lexicon.Concept(MetricUse.Count, lower + "s") is not null;
    }

    /// <summary>
    /// The count term of the participle right after the counted noun of a "the number of" phrase in [first, before)
    /// that counts <paramref name="noun"/> ("The number of people killed in the earthquake that struck ... rose to 202":
    /// deaths, however far the phrase stands from the figure); else null.
    /// </summary>
    public static MetricMatch? ParticipleOfNumber(MetricFinder finder, AnalyzedDocument doc, int first, int before, string noun)
    {
        for (int i = first; i + 3 < before; i++)
        {
            if (doc.Is(i, "number") && doc.Is(i + 1, "of") && doc.Is(i + 2, noun) && doc.TokenText(i + 3).EndsWith("ed", StringComparison.Ordinal))
            {
                return finder.At(doc, i + 3, before, [MetricUse.Count]);
            }
        }

        return null;
    }

    /// <summary>The longest count term of two to four words that ends with the noun at token <paramref name="noun"/>, from <paramref name="first"/> on.</summary>
    public static MetricMatch? TermEndingAt(MetricFinder finder, AnalyzedDocument doc, int noun, int first)
    {
        for (int from = Math.Max(first, noun - 3); from < noun; from++)
        {
            if (finder.At(doc, from, noun + 1, [MetricUse.Count]) is { } term && term.End == noun + 1)
            {
                return term;
            }
        }

        return null;
    }

    // the counted concept of a plain noun ("passenger", "Visitor" opening its sentence), not a name ("Heathrow
    // numbers"), a function word or a generic noun ("people")
    private static string? Counted(MetricFinder finder, AnalyzedDocument doc, int i)
    {
        var word = doc.TokenText(i).ToString();
        bool opens = i == 0 || doc.Tokens[i - 1].Sentence != doc.Tokens[i].Sentence;
        if (doc.Tokens[i].Kind != TokenKind.Word || doc.IsAny(i, Lexicon.FunctionWords) || (char.IsUpper(word[0]) && !opens) || !word.All(char.IsLetter))
        {
            return null;
        }

        string lower = word.ToLowerInvariant();
        return finder.Lexicon.Concept(MetricUse.Count, lower) ?? finder.Lexicon.Concept(MetricUse.Count, lower + "s")
            ?? (finder.IsGeneric(lower) ? null : MetricKeys.Singular(lower));
    }
}
