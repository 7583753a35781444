using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A bare number that names a product's model or version, not a count: a name opening the sentence and its number
/// before a lower-case word ("AirPods 2 dropped to $139", "Thunderbolt 3 docks start at $199"), and a version with
/// decimals after a name anywhere ("two USB 3.2 type C ports", "Bluetooth 5.3 support"). A sentence opened by a
/// function word, a qualifier, a day, a month or an adverb keeps its count ("Nearly 300 people", "Monday 300 people",
/// "Overall 300 jobs"), and so does a line of statistics ("Davis 17 points.") and a place or person the recognizer knows
/// ("Germany 2.1 points above France").
/// </summary>
internal static class ProductNumbers
{
    // sentence openers that are not names and are not caught by the function-word lists
    private static readonly WordSet Openers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "overall", "altogether", "together", "yesterday", "today", "tonight", "combined", "additionally", "plus", "exactly", "nationwide", "worldwide", "statewide");

    /// <summary>True when the bare whole or decimal number at <paramref name="k"/> follows a product name.</summary>
    public static bool Follow(AnalyzedDocument doc, Sentence sentence, int k, NumberCore core, bool hasComma)
    {
        if (hasComma || k - 1 < sentence.FirstToken || doc.Tokens[k - 1].Kind != TokenKind.Word || !IsName(doc, k - 1))
        {
            return false;
        }

        // a clause goes on after the lower-case word; a line of statistics ends with it ("Davis 17 points. Baker 6 points.")
        bool model = core.Decimals > 0 || BeforeASingular(doc, sentence, core)
            || (k - 1 == sentence.FirstToken && k + 2 < sentence.EndToken && doc.Tokens[k + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(k + 1)[0])
                && doc.Tokens[k + 2].Kind == TokenKind.Word);

        // the recognizer's places and people are looked up last: they cost a pass over the document's names
        return model && !IsPlaceOrPerson(doc, k - 1);
    }

    // "an 87W Thunderbolt 3 dock", "the LC 500 grand tourer", "a Phase 3 trial": after a name, a whole number above one
    // before a word in the singular counts nothing, it names the model ("300 staff", "12 aircraft" are plurals without -s)
    private static bool BeforeASingular(AnalyzedDocument doc, Sentence sentence, NumberCore core) =>
        core.Value > 1 && core.End < sentence.EndToken && doc.Tokens[core.End].Kind == TokenKind.Word && doc.Tokens[core.End].Start > doc.Tokens[core.End - 1].End
        && doc.TokenText(core.End) is [>= 'a' and <= 'z', .., not 's'] && !doc.IsAny(core.End, UnmarkedPlurals) && !doc.IsAny(core.End, Lexicon.FunctionWords);

    // nouns whose plural has no -s
    private static readonly WordSet UnmarkedPlurals = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "people", "staff", "personnel", "police", "crew", "aircraft", "sheep", "fish", "deer", "cattle", "head", "children", "men", "women",
        "feet", "teeth", "mice", "geese", "offspring", "species", "series", "swine", "bison", "moose", "salmon", "trout", "livestock", "poultry", "militia", "clergy");

    // "Germany 2.1 points above France", "Kenya 300 people": a place or a person the recognizer knows has figures, not models
    private static bool IsPlaceOrPerson(AnalyzedDocument doc, int i)
    {
        int start = doc.Tokens[i].Start;
        foreach (var m in doc.Mentions)
        {
            if (m.Span.Start <= start && start < m.Span.End && m.Entity.Type is EntityType.Gpe or EntityType.Loc or EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsName(AnalyzedDocument doc, int i)
    {
        var word = doc.TokenText(i);
        return char.IsAsciiLetterUpper(word[0]) && !word.Contains('\'') && !word.Contains('’') && !word.EndsWith("ly", StringComparison.Ordinal) && !doc.IsAny(i, Lexicon.FunctionWords)
            && !doc.IsAny(i, Lexicon.CapitalizedFunctionWords) && !doc.IsAny(i, Lexicon.Days) && !doc.IsAny(i, Openers)
            && !Lexicon.Months.ContainsKey(word)
            && !QuantityWords.OneWordQualifiers.ContainsKey(word);
    }
}
