using System.Collections.Frozen;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A number that is part of a name, not a quantity: the names listed in <c>quantities/numbered-names.tsv</c>
/// ("7-Eleven", "Area 51", "Air Force One", "COP28"), and a capitalized number word inside a capitalized name ("a Formula One
/// team", "BBC Two", "the Big Ten") or glued by a hyphen to a name or a digit ("7-Eleven"), and a model number before
/// its model word ("the 737 Max", "the 787 Dreamliner").
/// </summary>
internal sealed class NumberedNames(FrozenDictionary<string, string[]> names, NumberReader numbers)
{
    // the key of the names any number may follow ("COP28", "Formula 2")
    private const string AnyNumber = "#";

    /// <summary>True when the token at <paramref name="k"/> is the number of a name.</summary>
    public bool Contains(AnalyzedDocument doc, Sentence sentence, int k)
    {
        var token = doc.Tokens[k];
        var text = doc.TokenText(k);
        bool capitalized = token.Kind == TokenKind.Word && char.IsUpper(text[0]);
        if (token.Kind != TokenKind.Number && !capitalized)
        {
            return false;
        }

        // "the 737 Max 9", "an iPhone 15 Pro": a model number before its model word, and a variant after it; "4K video"
        if (IsResolution(doc, k) || (token.Kind == TokenKind.Number && ((k + 1 < sentence.EndToken && doc.IsAny(k + 1, QuantityWords.ModelWords))
            || (k - 2 >= sentence.FirstToken && doc.IsAny(k - 1, QuantityWords.ModelWords) && doc.Tokens[k - 2].Kind == TokenKind.Number))))
        {
            return true;
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if ((lookup.TryGetValue(text, out var prefixes) && FollowsAny(doc.Text, token.Start, prefixes))
            || (IsWholeCount(doc, k) && lookup.TryGetValue(AnyNumber, out var anyNumber) && FollowsAny(doc.Text, token.Start, anyNumber)))
        {
            return true;
        }

        return capitalized && k > sentence.FirstToken && numbers.TryWord(doc, k, out var word) && word.Kind == NumberWordKind.Cardinal
            && AfterName(doc, k) && HasLowerCaseWord(doc, sentence);
    }

    // a name carries a whole number with no unit: "the S&P 500", but "Nikkei 2.1% higher" and "Nasdaq 2%" are figures
    private static bool IsWholeCount(AnalyzedDocument doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Number && !doc.TokenText(k).Contains('.')
        && !(k + 1 < doc.Tokens.Count && (doc.TokenText(k + 1) is "%" || doc.Is(k + 1, "percent") || doc.Is(k + 1, "per")));

    // "4K video", "an 8K screen", "streams in native 4K": a 4 or an 8 glued to a capital K names a screen resolution when
    // a screen word follows or "in", "native", "true", "at" or "full" comes before, or nothing follows ("hire 4K new staff" and "$4K" are thousands)
    private static bool IsResolution(AnalyzedDocument doc, int k)
    {
        if (doc.TokenText(k) is not ("4" or "8") || k + 1 >= doc.Tokens.Count || doc.TokenText(k + 1) is not "K" || doc.Tokens[k + 1].Start != doc.Tokens[k].End
            || (k > 0 && doc.Tokens[k - 1].Kind == TokenKind.Symbol && doc.Tokens[k - 1].End == doc.Tokens[k].Start))
        {
            return false;
        }

        int after = k + 2;
        return after >= doc.Tokens.Count || doc.Tokens[after].Kind == TokenKind.Punct || doc.IsAny(after, ScreenWords) || doc.IsAny(k - 1, ResolutionOpeners);
    }

    // "in 4K", "native 4K", "true 4K", "at 4K", "full 4K"
    private static readonly WordSet ResolutionOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "in", "native", "true", "at", "full");

    private static readonly WordSet ScreenWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "video", "videos", "TV", "TVs", "television", "resolution", "output", "streaming", "stream", "screen", "screens", "display", "displays",
        "monitor", "monitors", "content", "HDR", "UHD", "camera", "cameras", "footage", "gaming", "Blu-ray", "movies", "panel", "projector", "LED", "OLED");

    private static bool FollowsAny(string text, int start, string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (Follows(text, start, prefix))
            {
                return true;
            }
        }

        return false;
    }

    // "Area " right before the number, as a whole word ("Area 51", not "Subarea 51")
    private static bool Follows(string text, int start, string prefix) =>
        start >= prefix.Length && text.AsSpan(start - prefix.Length, prefix.Length).SequenceEqual(prefix)
        && (start == prefix.Length || !char.IsLetterOrDigit(text[start - prefix.Length - 1]));

    // "Formula One", "7-Eleven", "Catch-Twenty-Two": a capitalized word, or a hyphen glued after a digit or a capitalized word
    private static bool AfterName(AnalyzedDocument doc, int k)
    {
        var before = doc.Tokens[k - 1];
        if (before.Kind == TokenKind.Word)
        {
            return char.IsUpper(doc.TokenText(k - 1)[0]);
        }

        if (doc.TokenText(k - 1) is not "-" || before.End != doc.Tokens[k].Start || k < 2 || doc.Tokens[k - 2].End != before.Start)
        {
            return false;
        }

        return doc.Tokens[k - 2].Kind == TokenKind.Number || (doc.Tokens[k - 2].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(k - 2)[0]));
    }

    // a headline in title case ("Storm Kills Two In Texas") capitalizes its counts too
    private static bool HasLowerCaseWord(AnalyzedDocument doc, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Word && doc.Tokens[i].Span.Length > 3 && char.IsLower(doc.Text[doc.Tokens[i].Start]))
            {
                return true;
            }
        }

        return false;
    }
}
