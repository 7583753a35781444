using System.Buffers;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Matches the unit written around a number against the unit lexicon: symbols and codes before it (glued pairs such
/// as US$, a country's letters before a dollar sign, written names such as "Rs 20"), and units after it (pairs such
/// as °C, symbols, multi-word names).
/// </summary>
internal sealed class UnitMatcher(QuantityLexicon lexicon)
{
    private static readonly UnitEntry PerCent = new(Unit.Percent, Prefix: false, Suffix: true);
    private static readonly UnitEntry Minutes = new(Unit.Measure("min"), Prefix: false, Suffix: true);
    private static readonly UnitEntry Seconds = new(Unit.Measure("s"), Prefix: false, Suffix: true);

    // the longest written unit's key, in characters: a longer phrase names no unit
    private readonly int maxKeyLength = lexicon.Units.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();

    /// <summary>The unit written before the number at <paramref name="k"/> ("$", "US$", "HK $", "Rs"), and the token after it.</summary>
    public UnitEntry? Prefix(AnalyzedDocument doc, int k, int end, out int after)
    {
        after = k;
        var exact = lexicon.UnitsExactCase;
        // two adjacent tokens: US$, C$, HK$
        if (k + 1 < end && doc.Tokens[k + 1].Start == doc.Tokens[k].End && doc.Tokens[k].Span.Length <= 3)
        {
            var both = doc.Text.AsSpan(doc.Tokens[k].Start, doc.Tokens[k + 1].End - doc.Tokens[k].Start);
            if (exact.TryGetValue(both, out var pair) && pair.Prefix)
            {
                after = k + 2;
                return pair;
            }
        }

        if (CodedDollar(doc, k, end) is { } coded)
        {
            after = k + 2;
            return coded;
        }

        if (exact.TryGetValue(doc.TokenText(k), out var single) && single.Prefix)
        {
            after = k + 1;
            return single;
        }

        if (LetterCurrencies.Read(lexicon.LetterCurrencies, doc, k, end) is { } letter)
        {
            // "R5bn" in a South African story
            after = k + 1;
            return letter;
        }

        // written names before the number: "Rs 20", "ringgit 42"; only a name a number follows can be one, and
        // checking that first keeps the key building off the per-token path
        if (doc.Tokens[k].Kind != TokenKind.Word || !NumberWithin(doc, k + 1, Math.Min(k + lexicon.MaxUnitTokens, end - 1)))
        {
            return null;
        }

        var words = lexicon.Units;
        var keys = new PhraseKeyPrefixes(doc, k, end - 1, stackalloc char[Math.Min(maxKeyLength, PhraseKeyPrefixes.MaxChars)], stackalloc int[Math.Min(lexicon.MaxUnitTokens, PhraseKeyPrefixes.MaxTokens)]);
        for (int n = keys.Count; n >= 1; n--)
        {
            // only a name followed by a number can be a prefix
            if (doc.Tokens[k + n].Kind == TokenKind.Number && words.TryGetValue(keys.Key(n), out var named) && named.Prefix)
            {
                after = k + n;
                return named;
            }
        }

        return null;
    }

    private static bool NumberWithin(AnalyzedDocument doc, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    // "HK $ 10.05", "NZD$15", "aud$ 15", "c $ 1.34": a country's letters (two or more, in any case, or Canada's "C") or
    // its currency code before the dollar sign, glued to it or one space apart; another lone letter ("a $5 fee") is
    // not read this way
    private UnitEntry? CodedDollar(AnalyzedDocument doc, int k, int end)
    {
        if (k + 2 >= end || doc.TokenText(k + 1) is not "$" || doc.Tokens[k].Kind != TokenKind.Word
            || (doc.Tokens[k].Span.Length is < 2 or > 3 && doc.TokenText(k) is not ("c" or "C"))
            || doc.Tokens[k + 1].Start - doc.Tokens[k].End > 1)
        {
            return null;
        }

        var exact = lexicon.UnitsExactCase;
        Span<char> key = stackalloc char[4];
        int n = doc.TokenText(k).ToUpperInvariant(key);
        key[n] = '$';
        return (exact.TryGetValue(key[..(n + 1)], out var dollar) && dollar.Prefix)
            || (exact.TryGetValue(key[..n], out dollar) && dollar.Prefix && dollar.Unit.Dimension == UnitDimension.Currency) ? dollar : null;
    }

    private UnitEntry? Bracketed(AnalyzedDocument doc, int open, int end)
    {
        if (open + 2 >= end || doc.TokenText(open + 2) is not (")" or "]" or "}" or ">"))
        {
            return null;
        }

        var text = doc.TokenText(open + 1);
        var unit = lexicon.UnitsExactCase.TryGetValue(text, out var symbol) ? symbol
            : text.Length <= 16 && lexicon.Units.TryGetValue(text, out var word) ? word
            : null;
        return unit is { Suffix: true, Unit.Dimension: UnitDimension.Measure } ? unit : null;
    }

    /// <summary>"MUSD", "MEUR", "MSEK": an M before a currency code, millions of that currency.</summary>
    public UnitEntry? MillionsCode(AnalyzedDocument doc, int k)
    {
        if (k >= doc.Tokens.Count || doc.Tokens[k].Span.Length != 4 || doc.TokenText(k)[0] != 'M')
        {
            return null;
        }

        return lexicon.UnitsExactCase.TryGetValue(doc.TokenText(k)[1..], out var code)
            && code.Suffix && code.Unit.Dimension == UnitDimension.Currency ? code : null;
    }

    /// <summary>The unit written after a number, starting at token <paramref name="k"/> ("bn dollars", "km", "°C"), and the token after it.</summary>
    public UnitEntry? Suffix(AnalyzedDocument doc, int k, int end, out int after)
    {
        after = k;
        if (k >= end)
        {
            return null;
        }

        if (doc.TokenText(k) is "pc" && k > 0 && doc.Tokens[k].Start == doc.Tokens[k - 1].End && doc.Tokens[k - 1].Kind == TokenKind.Number)
        {
            // "up 14pc": per cent as the British press abbreviates it, lower case and glued ("a 10 PC" is a computer)
            after = k + 1;
            return PerCent;
        }

        if (GluedDegrees.Read(doc, k) is { } degrees)
        {
            // "35C (95F)", "limit warming to 1.5C": degrees as the press abbreviates them, upper case and glued
            after = k + 1;
            return degrees;
        }

        if (IsMinutesAfterHours(doc, k))
        {
            // "11h 30m": minutes after hours, not millions
            after = k + 1;
            return Minutes;
        }

        if (IsSecondsAfterDecimals(doc, k))
        {
            // "ran the 100m in 9.86s": seconds glued to a time with decimals ("the 1990s", "the 70s" are decades)
            after = k + 1;
            return Seconds;
        }

        if (PrimeMarks.Read(doc, k, end, out int afterPrime) is { } prime)
        {
            // a 65" screen, 6'2"
            after = afterPrime;
            return prime;
        }

        if (IsStreetWest(doc, k) || IsModelCode(doc, k, end))
        {
            // "350 W. 42nd St.", "30 W Main Street": an address, not watts; "four RS-25 engines": a model's code, not rupees
            return null;
        }

        var exact = lexicon.UnitsExactCase;
        if (doc.TokenText(k) is "(" or "[" or "{" or "<" && Bracketed(doc, k, end) is { } bracketed)
        {
            // "20 (kg)", "20 [kg]": a unit of measure in brackets, as tables write it
            after = k + 3;
            return bracketed;
        }

        // two adjacent tokens: °C, °F
        if (k + 1 < end && doc.Tokens[k + 1].Start == doc.Tokens[k].End && doc.Tokens[k].Span.Length <= 3
            && exact.TryGetValue(doc.Text.AsSpan(doc.Tokens[k].Start, doc.Tokens[k + 1].End - doc.Tokens[k].Start), out var pair) && pair.Suffix)
        {
            after = k + 2;
            return pair;
        }

        // a symbol that also stands before numbers belongs to the number after it ("1 $10 bill") unless that number has
        // its own unit ("10 $ 30 $", "10 $ 30 cent"); a one-letter unit glued to what follows is part of a code ("24703 L-202")
        if (exact.TryGetValue(doc.TokenText(k), out var symbol) && symbol.Suffix
            && !(symbol.Prefix && !char.IsLetter(doc.TokenText(k)[0]) && k + 1 < end && doc.Tokens[k + 1].Kind == TokenKind.Number
                && !(k + 2 < end && (doc.TokenText(k + 2).SequenceEqual(doc.TokenText(k)) || QuantityWords.SubUnits.ContainsKey(doc.TokenText(k + 2)))))
            && !(doc.Tokens[k].Span.Length == 1 && char.IsLetter(doc.TokenText(k)[0]) && k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Start == doc.Tokens[k].End
                && (doc.TokenText(k + 1) is not ("." or "," or ";" or ":" or "!" or "?" or ")" or "]" or "/" or "\"" or "”" or "’" or "'")
                    || (doc.TokenText(k + 1) is "." && k + 2 < doc.Tokens.Count && doc.Tokens[k + 2].Start == doc.Tokens[k + 1].End && doc.Tokens[k + 2].Kind == TokenKind.Word))))
        {
            after = k + 1;
            return symbol;
        }

        if (IsWonAsVerb(doc, k, end))
        {
            // "The world number one won seven tournaments": a verb, not the Korean currency
            return null;
        }

        var words = lexicon.Units;
        var keys = new PhraseKeyPrefixes(doc, k, end, stackalloc char[Math.Min(maxKeyLength, PhraseKeyPrefixes.MaxChars)], stackalloc int[Math.Min(lexicon.MaxUnitTokens, PhraseKeyPrefixes.MaxTokens)]);
        for (int n = keys.Count; n >= 1; n--)
        {
            if (words.TryGetValue(keys.Key(n), out var entry) && entry.Suffix)
            {
                after = k + n;
                return entry;
            }
        }

        return null;
    }

    // "won" before what was won ("won seven tournaments", "won the Masters", "won 3-1"), or after "number one"
    private static bool IsWonAsVerb(AnalyzedDocument doc, int k, int end) =>
        doc.Is(k, "won") && ((k + 1 < end && (doc.Tokens[k + 1].Kind == TokenKind.Number || doc.IsAny(k + 1, WonObjects))) || doc.Is(k - 2, "number"));

    private static readonly WordSet WonObjects = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those", "every", "all", "both", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice", "gold", "silver", "bronze", "re-election", "approval", "over");

    // a "W" apart from its number, then a period, a capitalized word or a number: the west of a street address
    private static bool IsStreetWest(AnalyzedDocument doc, int k) =>
        k > 0 && k + 1 < doc.Tokens.Count && doc.TokenText(k) is "W" && doc.Tokens[k].Start > doc.Tokens[k - 1].End
        && (doc.TokenText(k + 1) is "." || doc.Tokens[k + 1].Kind == TokenKind.Number || (doc.Tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(k + 1)[0])));

    // capital letters hyphened to a number after them: "RS-25", the code of a model ("5 MW-10 MW" is a range, "5 km-10 km"
    // lower case)
    private static bool IsModelCode(AnalyzedDocument doc, int k, int end) =>
        k + 2 < end && doc.Tokens[k].Span.Length >= 2 && doc.TokenText(k) is var letters && !letters.ContainsAnyExcept(UpperLetters)
        && doc.TokenText(k + 1) is "-" && doc.Tokens[k + 1].Start == doc.Tokens[k].End
        && doc.Tokens[k + 2].Kind == TokenKind.Number && doc.Tokens[k + 2].Start == doc.Tokens[k + 1].End
        && !(k + 3 < end && doc.TokenText(k + 3).SequenceEqual(letters));

    private static readonly SearchValues<char> UpperLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // an "s" glued to a number written with a decimal point, and nothing glued after it
    private static bool IsSecondsAfterDecimals(AnalyzedDocument doc, int k) =>
        k > 0 && doc.TokenText(k) is "s" && doc.Tokens[k].Start == doc.Tokens[k - 1].End && doc.Tokens[k - 1].Kind == TokenKind.Number
        && doc.TokenText(k - 1).Contains('.') && !(k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Start == doc.Tokens[k].End && doc.Tokens[k + 1].Kind != TokenKind.Punct);

    // an "m" glued to a number that follows hours glued to theirs: "11h 30m", "2hr 15m"
    private static bool IsMinutesAfterHours(AnalyzedDocument doc, int k) =>
        k >= 3 && doc.TokenText(k) is "m" && doc.Tokens[k].Start == doc.Tokens[k - 1].End && doc.Tokens[k - 1].Kind == TokenKind.Number
        && doc.TokenText(k - 2) is "h" or "hr" or "hrs" && doc.Tokens[k - 3].Kind == TokenKind.Number && doc.Tokens[k - 2].Start == doc.Tokens[k - 3].End;
}
