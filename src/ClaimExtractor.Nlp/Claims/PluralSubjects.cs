using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The plural noun heading the subject of a move whose verb stands right before its figure ("Applications from
/// dependants of students fell by 81%", "Complaints about noise rose 12%", "The number of visa applications fell 16%"):
/// what moved is a count of that noun, as "368,000 applications" counts it, when no metric word names it.
/// </summary>
internal static class PluralSubjects
{
    /// <summary>The most words of a subject the head is looked for in.</summary>
    private const int MaxSubjectWords = 8;

    /// <summary>
    /// The token of the plural head noun of the subject before the move verb that ends right before the figure's first
    /// token <paramref name="figure"/> ("fell by 81%", "were down 89%"), within the clause from <paramref name="first"/>,
    /// and the token of the plain noun ending the phrase a preposition hangs on it ("dependants" in "Applications from
    /// dependants of students", "noise" in "Complaints about noise"; -1 when none), the part of the count that moved;
    /// Head is -1 when the verb is no move, or the head is no plain plural noun or is <paramref name="excluded"/>.
    /// </summary>
    public static (int Head, int Part) Head(AnalyzedDocument doc, int first, int figure, Func<int, bool> excluded)
    {
        int verb = doc.Is(figure - 1, "by") ? figure - 2 : figure - 1;
        if (verb <= first || !(doc.IsAny(verb, QuantityWords.Rises) || doc.IsAny(verb, QuantityWords.Falls)))
        {
            return (-1, -1);
        }

        // ("were down 89%", "have risen 12%")
        while (verb - 1 > first && doc.IsAny(verb - 1, Lexicon.Auxiliaries))
        {
            verb--;
        }

        // the subject's words: back to a function word other than a preposition or a determiner after one
        int start = verb;
        while (start - 1 >= first && verb - (start - 1) <= MaxSubjectWords && doc.Tokens[start - 1].Kind == TokenKind.Word
            && (doc.IsAny(start - 1, Prepositions) || !doc.IsAny(start - 1, Lexicon.FunctionWords) || (doc.IsAny(start - 1, Determiners) && doc.IsAny(start - 2, Prepositions))))
        {
            start--;
        }

        while (start < verb && doc.IsAny(start, Prepositions))
        {
            start++;
        }

        // "The number of visa applications": what the number counts
        int head = PhraseEnd(doc, start, verb);
        if (head < verb && doc.IsAny(head, CountNouns) && doc.Is(head + 1, "of"))
        {
            head = PhraseEnd(doc, head + 2, verb);
        }

        int part = head + 1 < verb && doc.IsAny(head + 1, Prepositions) ? PhraseEnd(doc, doc.IsAny(head + 2, Determiners) ? head + 3 : head + 2, verb) : -1;
        bool opening = head == doc.Sentences[doc.Tokens[head].Sentence].FirstToken;
        return head < verb && IsPlainPlural(doc, head, opening) && !doc.IsAny(head, Uncounted) && !excluded(head) ? (head, part < verb && IsPlainNoun(doc, part) ? part : -1) : (-1, -1);
    }

    // the last word of the phrase from token i, up to a preposition or the verb
    private static int PhraseEnd(AnalyzedDocument doc, int i, int verb)
    {
        int last = i;
        while (last + 1 < verb && doc.Tokens[last + 1].Kind == TokenKind.Word && !doc.IsAny(last + 1, Prepositions))
        {
            last++;
        }

        return last;
    }

    // a plural noun in lower case ("applications"), or capitalized as the sentence's first word ("Complaints about noise")
    private static bool IsPlainPlural(AnalyzedDocument doc, int i, bool opening) =>
        IsPlainNoun(doc, i, opening) && CountedNumbers.IsPlural(doc.TokenText(i)) && doc.TokenText(i)[^2] != 'i';

    private static bool IsPlainNoun(AnalyzedDocument doc, int i, bool opening = false) =>
        i >= 0 && doc.Tokens[i].Kind == TokenKind.Word && doc.TokenText(i) is { Length: > 2 } word && (char.IsLower(word[0]) || opening)
        && word[1..].ToString().All(char.IsLower) && !doc.IsAny(i, Lexicon.FunctionWords);

    private static readonly WordSet Determiners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "an", "its", "their");

    private static readonly WordSet Prepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "from", "of", "for", "in", "among", "about", "on", "at", "to", "with", "by", "over");

    // plurals whose move is no count's: "Their numbers fell by more than 90%" (of whom the story says), "Emerging market
    // stocks rose 0.48%" (a price)
    private static readonly WordSet Uncounted = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "numbers", "figures", "totals", "levels", "rates", "stocks", "equities", "bonds", "markets", "prices", "yields", "futures", "assets", "values");

    private static readonly WordSet CountNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "number", "numbers", "total", "tally", "count");
}
