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
    /// counts too ("Mortgage approvals climbed to 66,200"); not for a percent change, which "Rents rose 5%" makes of money.
    /// </summary>
    public static MetricMatch? Before(MetricFinder finder, AnalyzedDocument doc, int first, int before, bool bare = false)
    {
        for (int i = before - 1; i >= Math.Max(first, before - Reach) && doc.Tokens[i].Kind == TokenKind.Word; i--)
        {
            // "Passenger numbers", "visitor numbers": the noun before
            int noun = doc.Is(i, "numbers") ? i - 1
                // "the number of passengers": the noun after
                : doc.Is(i, "of") && doc.Is(i - 1, "number") && i + 1 < before ? i + 1
                // "approvals climbed to 66,200"
                : bare && doc.IsAny(i + 1, LevelVerbs) && doc.TokenText(i) is { Length: > 3 } plural && plural[^1] == 's' && plural[^2] != 's' ? i
                : -1;
            if (noun >= first && Counted(finder, doc, noun) is { } concept)
            {
                return new MetricMatch(concept, MetricUse.Count, Math.Min(noun, i), Math.Max(noun, i) + 1);
            }
        }

        return null;
    }

    // verbs that bring a count's subject to its figure: "approvals climbed to 66,200", "applications reached 1,200"
    private static readonly WordSet LevelVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "rose", "fell", "climbed", "jumped", "dropped", "increased", "decreased", "declined", "slipped", "reached", "hit", "totalled", "totaled",
        "numbered", "stood", "topped", "exceeded", "surged", "soared", "plunged", "grew");

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
