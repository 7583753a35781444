using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Bare numbers that are not quantities: years, days of a date, ordinals, clock times, phone numbers,
/// model, section and flight numbers, versions and addresses.
/// </summary>
internal static class QuantityFilters
{
    // "More than 2000 people attended", "about 1800 jobs", "the screen is 1920 pixels wide": a number written like a year
    // is a count when an approximation or a comparison of amounts stands before it ("circa 1990", "above 2019 levels" and
    // "in 2000 people" stay years) or a linking verb does, and a counted plural follows
    private static bool CountsLikeAYear(AnalyzedDocument doc, Sentence sentence, int k)
    {
        int next = k + 1;
        if (next >= sentence.EndToken || doc.Tokens[next].Kind != TokenKind.Word || !(doc.IsAny(next, QuantityWords.PluralCounts)
            || (doc.TokenText(next) is { Length: >= 3 } word && char.IsLower(word[0]) && word[^1] == 's' && !doc.IsAny(next, QuantityWords.YearFollowers))))
        {
            return false;
        }

        // "1080 pixels by 1920 pixels": the second side of a size counts what the first did
        if ((doc.Is(k - 1, "by") || doc.Is(k - 1, "x")) && k - 3 >= sentence.FirstToken && doc.Tokens[k - 3].Kind == TokenKind.Number
            && doc.TokenText(k - 2).Equals(doc.TokenText(next), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return doc.IsAny(k - 1, QuantityWords.YearAsCountCues)
            || ((doc.Is(k - 1, "than") && (doc.Is(k - 2, "more") || doc.Is(k - 2, "fewer") || doc.Is(k - 2, "less"))) || (doc.Is(k - 1, "least") && doc.Is(k - 2, "at")));
    }

    private static readonly WordSet EraMarks = WordSet.Create(StringComparer.Ordinal, "BC", "BCE", "CE", "AD", "B.C.", "A.D.", "B.C.E.", "C.E.");

    public static bool IsNotAQuantity(AnalyzedDocument doc, Sentence sentence, int k, NumberCore core)
    {
        var tokens = doc.Tokens;
        if (core.IsWord)
        {
            // "the number one buyer", "Season two", "Phase three": a label's number, in words as in digits ("the top
            // three banks" counts them)
            // "no one", "at one point"
            return (k > sentence.FirstToken && doc.IsAny(k - 1, QuantityWords.Labels) && !doc.Is(k - 1, "top"))
                || (core.End == k + 1 && LoneNumberWords.IsIdiomaticOne(doc, sentence, k));
        }

        // "7) Indiana Jones Collection": the number of an item in a list
        if (k == sentence.FirstToken && doc.TokenText(k + 1) is ")" && tokens[k + 1].Start == tokens[k].End)
        {
            return true;
        }

        // "401(k)", "501(c)(3)": a plan or a status named by its section of the tax code
        if (doc.TokenText(k + 1) is "(" && tokens[k + 1].Start == tokens[k].End && doc.TokenText(k + 3) is ")" && doc.TokenText(k + 2).Length == 1
            && char.IsLower(doc.TokenText(k + 2)[0]))
        {
            return true;
        }

        var text = doc.TokenText(k);
        bool hasComma = text.Contains(',');

        // "anni ’80 e ’90", "the class of '98": two digits after an apostrophe are a year cut short
        if (text.Length == 2 && k > 0 && doc.TokenText(k - 1) is "’" or "'" && tokens[k - 1].End == tokens[k].Start && (k == 1 || tokens[k - 2].End < tokens[k - 1].Start))
        {
            return true;
        }

        // "5.1 surround sound", "a 7.1 channel system": a speaker layout, not a figure
        if (core.Decimals == 1 && core.Value is 2.1m or 5.1m or 7.1m or 9.1m && doc.IsAny(k + 1, QuantityWords.SpeakerLayouts))
        {
            return true;
        }

        // "the 777 program", "a 737 NG plane", "800 737s": a jetliner's model number, not a count
        if (text.Length == 3 && text[0] == '7' && text[2] == '7' && k + 1 < sentence.EndToken
            && (doc.IsAny(k + 1, QuantityWords.AircraftWords) || (tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(k + 1)[0]))))
        {
            return true;
        }

        // "called 911", "dialled 999", "a 911 call": the emergency line, not a figure
        if (text is "911" or "999" && (doc.IsAny(k - 1, QuantityWords.CallVerbs) || (doc.Is(k - 1, "to") && doc.IsAny(k - 2, QuantityWords.CallVerbs))
            || doc.IsAny(k + 1, QuantityWords.EmergencyLineWords)))
        {
            return true;
        }

        // "in about 500 CE", "500 BC", "AD 476": a year of an era
        if (!hasComma && core.Decimals == 0 && ((core.End < sentence.EndToken && doc.IsAny(core.End, EraMarks)) || (k > sentence.FirstToken && doc.Is(k - 1, "AD"))))
        {
            return true;
        }

        // a year: in 2023, 2024 not only ..., the 1990s (but "a total score of 2072" is a figure)
        if (!hasComma && core.Decimals == 0 && text.Length == 4 && core.Value is >= 1800 and <= 2100 && !MeasureNouns.Precede(doc, k) && !CountsLikeAYear(doc, sentence, k))
        {
            return true;
        }

        var months = Lexicon.Months;
        // a day of a date: May 5, 5 May, Jan. 5; "5 de agosto" in a Spanish or Portuguese line quoted in English text
        if (core.Value <= 31 && core.Decimals == 0 && ((k > sentence.FirstToken && months.ContainsKey(doc.TokenText(k - 1)))
            || (k + 1 < sentence.EndToken && months.ContainsKey(doc.TokenText(k + 1)))
            || (doc.Is(k + 1, "of") && k + 2 < sentence.EndToken && months.ContainsKey(doc.TokenText(k + 2)))
            || (doc.Is(k + 1, "de") && doc.IsAny(k + 2, QuantityWords.RomanceMonths))))
        {
            return true;
        }

        // clock times: 10:30, 9 a.m.; the minutes after a colon; dates and fractions written with slashes (unless the
        // fraction was read into the number: "3/4" alone, DigitFractions)
        if (k + 2 < sentence.EndToken && core.End == k + 1 && doc.TokenText(k + 1) is ":" or "/" && tokens[k + 1].Start == tokens[k].End && tokens[k + 2].Kind == TokenKind.Number)
        {
            return true;
        }

        if (k >= sentence.FirstToken + 2 && doc.TokenText(k - 1) is ":" or "/" && tokens[k - 1].End == tokens[k].Start && tokens[k - 2].Kind == TokenKind.Number)
        {
            return true;
        }

        if (core.Decimals == 0 && core.Value < 1000 && IsReferenceMarker(doc, sentence, k))
        {
            return true;
        }

        // "called 3 times": a frequency, not a figure (multipliers like "three times as many" were read before)
        if (doc.IsAny(k + 1, QuantityWords.ClockWords) || doc.Is(k + 1, "times") || doc.Is(k + 1, "time"))
        {
            return true;
        }

        // phone numbers and codes: 555-1234, 555-123-4567, (555) 123, +44 20 7946 0958; a number after a hyphen joined to a number (2023-24)
        // (a real range with a unit was read before this check; a bare one is a score, a season or a phone number), but a
        // vote's tally is two counts ("passed the Senate 52-48")
        if (VoteTallies.Are(doc, sentence, k - 2, k) || VoteTallies.Are(doc, sentence, k, k + 2))
        {
            return false;
        }

        if (IsHyphenJoined(doc, sentence, k - 2, k) || IsHyphenJoined(doc, sentence, k, k + 2) || PhoneNumbers.Inside(doc.Text, doc.Tokens[k].Start))
        {
            return true;
        }

        // versions and addresses: "192.168.1.2", "iOS 17.4.1" (numbers glued by dots to numbers)
        if (IsDotJoined(doc, k - 2, k) || IsDotJoined(doc, k, k + 2))
        {
            return true;
        }

        if (doc.TokenText(k - 1) is "(" && doc.TokenText(k + 1) is ")" && text.Length == 3)
        {
            return true;
        }

        // "7-6 (7)", "7-6 (0)": a tiebreak's points in brackets after a set's score
        if (doc.TokenText(k - 1) is "(" && doc.TokenText(k + 1) is ")" && core.Value < 100 && k - 4 >= sentence.FirstToken && tokens[k - 2].Kind == TokenKind.Number
            && doc.TokenText(k - 3) is "-" && tokens[k - 4].Kind == TokenKind.Number && tokens[k - 3].Start == tokens[k - 4].End && tokens[k - 2].Start == tokens[k - 3].End)
        {
            return true;
        }

        // an age after a name or a person: "Keir Starmer, 61, will become", "the defendant, 45, pleaded", "the former “Dawson’s
        // Creek” star, 42, was voted off"
        if (doc.TokenText(k - 1) is "," && doc.TokenText(k + 1) is "," && k - 2 >= sentence.FirstToken && tokens[k - 2].Kind == TokenKind.Word
            && (char.IsUpper(doc.TokenText(k - 2)[0]) || doc.IsAny(k - 3, QuantityWords.Determiners) || doc.IsAny(k + 2, QuantityWords.AfterAnAge))
            && core.Value < 130 && core.Decimals == 0)
        {
            return true;
        }

        // labels: Section 230, Flight 370, No. 5, #3; letters joined by a hyphen: F-35, COVID-19
        if (k > sentence.FirstToken && doc.IsAny(k - 1, QuantityWords.Labels))
        {
            return true;
        }

        // "Nr. 4", "Art. 5": a label's abbreviation the tokenizer split from its dot (the sentence splitter may have ended a
        // sentence at that dot, so the look-back crosses it); a number grouped in thousands is a figure ("nr. 22,240")
        if (k >= 2 && !hasComma && doc.TokenText(k - 1) is "." && tokens[k - 1].Start == tokens[k - 2].End && doc.IsAny(k - 2, QuantityWords.LabelAbbreviations))
        {
            return true;
        }

        if (k >= sentence.FirstToken + 2 && doc.TokenText(k - 1) is "-" && tokens[k - 1].End == tokens[k].Start && tokens[k - 2].Kind == TokenKind.Word && tokens[k - 2].End == tokens[k - 1].Start)
        {
            return true;
        }

        if (BeforeStreetName(doc, sentence, k))
        {
            return true;
        }

        // "the Boeing 737 Max", "Windows 11", "a Boeing 737 over the bay", "the Apollo 11 crew": a number between a name and
        // a capitalized word, the clause end or a closed-class word (not a day: "on Monday 300 people"), or after "the" and
        // a name ("in Kenya 300 people" stays a count)
        if (k - 1 > sentence.FirstToken && tokens[k - 1].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(k - 1)[0])
            && (k + 1 >= sentence.EndToken || tokens[k + 1].Kind == TokenKind.Punct || (tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(k + 1)[0]))
                || (!hasComma && !doc.IsAny(k - 1, Lexicon.Days) && !months.ContainsKey(doc.TokenText(k - 1))
                    && (doc.IsAny(k + 1, QuantityWords.AfterModelNames) || doc.IsAny(k - 2, QuantityWords.Determiners))))
            && !InGappedList(doc, sentence, k))
        {
            return true;
        }

        if (ProductNumbers.Follow(doc, sentence, k, core, hasComma))
        {
            return true;
        }

        // "10-day", "a 1-year-old": a whole number glued by a hyphen to a word is an adjective; a measured one with
        // decimals is a figure ("a 7.8-magnitude earthquake", "a 6.5-point lead"), and so is one qualified by the word
        // ("12,000-plus", "30-odd"); so is a count of the noun glued after it ("a 12-page report", <see cref="CountAdjectives"/>)
        return core.Decimals == 0 && !doc.Is(k + 2, "plus") && !doc.Is(k + 2, "odd") && k + 2 < sentence.EndToken && doc.TokenText(k + 1) is "-" && tokens[k + 1].Start == tokens[k].End && tokens[k + 2].Kind == TokenKind.Word
            && CountAdjectives.Noun(doc, sentence, k + 1, core.Value) is null;
    }

    // "South Carolina has reported 49 deaths, Georgia 33, Tennessee 17 and Virginia 2": a place or an organization listed
    // after a comma or "and" with a bare number, in a sentence that counted something before, gaps that count's verb
    private static bool InGappedList(AnalyzedDocument doc, Sentence sentence, int k)
    {
        var name = doc.Mentions.LastOrDefault(m => m.Span.End == doc.Tokens[k - 1].End);
        if (name is not { Kind: Core.Entities.MentionKind.Name, Entity.Type: Core.Entities.EntityType.Gpe or Core.Entities.EntityType.Loc or Core.Entities.EntityType.Org or Core.Entities.EntityType.Other }
            || !(k + 1 >= sentence.EndToken || doc.TokenText(k + 1) is "," or "." or ";" || doc.Is(k + 1, "and"))
            || (name.Entity.Type == Core.Entities.EntityType.Other && NumberedElsewhere(doc, sentence, name, k)))
        {
            return false;
        }

        int before = Entities.MentionPlaces.TokenAt(doc, name.Span.Start) - 1;
        if (before <= sentence.FirstToken || !(doc.TokenText(before) is "," || doc.Is(before, "and")))
        {
            return false;
        }

        for (int i = sentence.FirstToken; i < before - 1; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Number && doc.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i + 1)[0]))
            {
                return true;
            }
        }

        return false;
    }

    // ("Wajima reported 83 deaths and Suzu 91": a name the recognizer could not place gaps the count too, unless the
    // sentence numbers it elsewhere as a model: "updates for Windows 10 and Windows 11")
    private static bool NumberedElsewhere(AnalyzedDocument doc, Sentence sentence, Core.Entities.EntityMention name, int k)
    {
        var text = doc.Text.AsSpan(name.Span.Start, name.Span.Length);
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (i != k && doc.Tokens[i].Kind == TokenKind.Number && doc.TokenText(i - 1).Equals(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A duration between <paramref name="first"/> and <paramref name="after"/> that is a period or a point in time, not a
    /// measure: "in two years" (the future), "the past two years", "two years ago", "the 12 months to March",
    /// "the two-year fixed rate" (an age, "a 47-year-old", is read by <see cref="Ages"/>).
    /// "The weakest in two years" compares across the span, so it stays a measure; so does "61 years old".
    /// </summary>
    public static bool IsPeriodNotDuration(AnalyzedDocument doc, Sentence sentence, int first, int after)
    {
        // "the two-year fixed rate", "the 10-year Treasury yield": a product named by its term
        if (doc.TokenText(first + 1) is "-" && after < sentence.EndToken && doc.IsAny(after, QuantityWords.TermProducts))
        {
            return true;
        }

        if (after < sentence.EndToken && (doc.IsAny(after, QuantityWords.PeriodClosers) || (doc.Is(after, "from") && doc.Is(after + 1, "now"))))
        {
            return true;
        }

        // "in the 12 months to March", "the three months ended June 30", "the 12 months to the end of March": a reporting
        // period named by its end
        if (doc.Is(first - 1, "the") && after + 1 < sentence.EndToken && doc.IsAny(after, QuantityWords.PeriodEnds)
            && (Lexicon.Months.ContainsKey(doc.TokenText(after + 1)) || doc.Is(after + 1, "end") || (doc.Is(after + 1, "the") && doc.Is(after + 2, "end"))))
        {
            return true;
        }

        // "about two years", "in about two years": look past one qualifier word
        int before = first - 1;
        if (before > sentence.FirstToken && QuantityWords.OneWordQualifiers.ContainsKey(doc.TokenText(before)) && !doc.Is(before, "over"))
        {
            before--;
        }

        if (before < sentence.FirstToken || !doc.IsAny(before, QuantityWords.PeriodOpeners))
        {
            return false;
        }

        if (!(doc.Is(before, "in") || doc.Is(before, "within")))
        {
            return true;
        }

        // "ran the 100 metres in 9.58 seconds", "flew 14,000 km in 17 hours", "won the Chicago Marathon in 2 hours and 35
        // seconds": a timed result, not a time to come
        if ((doc.Tokens[first].Kind == TokenKind.Number && doc.TokenText(first).Contains('.')) || AfterAFigure(doc, sentence, before) || TimesAFinish(doc, sentence, before))
        {
            return false;
        }

        // "the weakest in two years", "the first time in a decade", "not seen in years"
        for (int k = before - 1; k >= sentence.FirstToken && k >= before - 4; k--)
        {
            if (doc.IsAny(k, QuantityWords.SpanComparisons) || (doc.Tokens[k].Kind == TokenKind.Word && doc.TokenText(k).EndsWith("est", StringComparison.OrdinalIgnoreCase) && doc.TokenText(k).Length > 5))
            {
                return false;
            }
        }

        return true;
    }

    // a verb of finishing a race or a course among the seven words before "in" ("won the Chicago Marathon on Sunday in",
    // "finished in")
    private static bool TimesAFinish(AnalyzedDocument doc, Sentence sentence, int before)
    {
        for (int k = before - 1; k >= sentence.FirstToken && k >= before - 7; k--)
        {
            if (doc.IsAny(k, FinishVerbs))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet FinishVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "won", "wins", "win", "finished", "finishes", "finish", "ran", "runs", "completed", "completes", "clocked", "swam", "crossed");

    /// <summary>
    /// A number among the three tokens before the word at <paramref name="word"/>, with no punctuation but a symbol
    /// between: the word follows a figure ("$1.9tn over", "20% over", "5,000 jobs over", "14,000 km in").
    /// </summary>
    public static bool AfterAFigure(AnalyzedDocument doc, Sentence sentence, int word)
    {
        for (int k = word - 1; k >= sentence.FirstToken && k >= word - 3; k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }

            if (doc.Tokens[k].Kind == TokenKind.Punct && doc.TokenText(k) is not ("%" or "$" or "€" or "£"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True for digits after a point or comma glued to a word that ends in a digit ("v1.5", "N10,000"): the tokenizer
    /// split one number there, so the digits are its decimals or thousands, not a number of their own; and for digits
    /// after a plus that goes on such a code ("J1149.5+6663").
    /// </summary>
    public static bool IsDecimalTail(AnalyzedDocument doc, int k) =>
        k >= 2 && doc.Tokens[k].Kind == TokenKind.Number && doc.Tokens[k - 1].End == doc.Tokens[k].Start && doc.Tokens[k - 2].End == doc.Tokens[k - 1].Start
        && ((doc.TokenText(k - 1) is "." or "," && IsCodeWord(doc, k - 2))
            // "MACS J1149.5+6663", "PSR B1919+21": a sky object's designation goes on after a plus
            || (doc.TokenText(k - 1) is "+" && (IsCodeWord(doc, k - 2) || IsDecimalTail(doc, k - 2))));

    // a word that ends in a digit: "v1", "J1149"
    private static bool IsCodeWord(AnalyzedDocument doc, int at) => doc.Tokens[at].Kind == TokenKind.Word && char.IsAsciiDigit(doc.TokenText(at)[^1]);

    /// <summary>True inside a web address or an e-mail address (digits there are ids, not quantities).</summary>
    public static bool InsideAddress(string text, int offset)
    {
        int from = offset, to = offset;
        while (from > 0 && offset - from < 300 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        while (to < text.Length && to - offset < 300 && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }

        var chunk = text.AsSpan(from, to - from);
        return chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || (chunk.Contains('@') && chunk.Contains('.'));
    }

    // "lives at 10 Downing Street", "1600 Pennsylvania Avenue", "240 W. Pine Street", "350 W. 42nd St.": a house number
    // before up to three capitalized words, abbreviations or ordinals that end in a street word
    private static bool BeforeStreetName(AnalyzedDocument doc, Sentence sentence, int k)
    {
        for (int i = k + 1; i < sentence.EndToken && i <= k + 6; i++)
        {
            if (i > k + 1 && doc.TokenText(i) is "." && doc.Tokens[i].Start == doc.Tokens[i - 1].End && doc.Tokens[i - 1].Span.Length == 1)
            {
                continue;
            }

            if (i > k + 1 && doc.Tokens[i].Kind == TokenKind.Number && doc.TokenText(i + 1) is "st" or "nd" or "rd" or "th" && doc.Tokens[i + 1].Start == doc.Tokens[i].End)
            {
                i++;
                continue;
            }

            if (doc.Tokens[i].Kind != TokenKind.Word || !char.IsUpper(doc.Text[doc.Tokens[i].Start]))
            {
                return false;
            }

            if (i > k + 1 && doc.IsAny(i, QuantityWords.StreetWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number glued to letters that are neither a scale nor a unit ("2nd", "5G", "1990s").</summary>
    public static bool IsGluedToWord(AnalyzedDocument doc, int numberToken, int coreEnd, int quantityEnd)
    {
        if (coreEnd != numberToken + 1 || coreEnd >= doc.Tokens.Count || quantityEnd > coreEnd)
        {
            return false;
        }

        var after = doc.Tokens[coreEnd];
        return after.Start == doc.Tokens[numberToken].End && after.Kind == TokenKind.Word;
    }

    private static bool IsDotJoined(AnalyzedDocument doc, int a, int b) =>
        // (the dots may have ended a sentence for the splitter, so the document's tokens are looked at)
        a >= 0 && b < doc.Tokens.Count && doc.Tokens[a].Kind == TokenKind.Number && doc.Tokens[b].Kind == TokenKind.Number
        && doc.TokenText(a + 1) is "." && doc.Tokens[a + 1].Start == doc.Tokens[a].End && doc.Tokens[b].Start == doc.Tokens[a + 1].End;

    /// <summary>True when tokens <paramref name="a"/> and <paramref name="b"/> are numbers joined by a hyphen or dash glued to both ("2023-24", "6-5").</summary>
    internal static bool IsHyphenJoined(AnalyzedDocument doc, Sentence sentence, int a, int b) =>
        a >= sentence.FirstToken && b < sentence.EndToken && b == a + 2
        && doc.Tokens[a].Kind == TokenKind.Number && doc.Tokens[b].Kind == TokenKind.Number
        && doc.TokenText(a + 1) is "-" or "–" && doc.Tokens[a + 1].Start == doc.Tokens[a].End && doc.Tokens[b].Start == doc.Tokens[a + 1].End;

    // "... binge eating (14, 15).": numbers alone in brackets after a lower-case word, at the end of the sentence, point to
    // the sources of a study ("Smith (35) won" is an age, and a bracket inside the sentence may hold a figure)
    private static bool IsReferenceMarker(AnalyzedDocument doc, Sentence sentence, int k)
    {
        int open = k - 1;
        while (open > sentence.FirstToken && (doc.Tokens[open].Kind == TokenKind.Number || doc.TokenText(open) is ","))
        {
            open--;
        }

        int close = k + 1;
        while (close < sentence.EndToken && (doc.Tokens[close].Kind == TokenKind.Number || doc.TokenText(close) is ","))
        {
            close++;
        }

        // "1,000 alarms per shift [1], even though": numbers alone in square brackets are a reference anywhere
        if (doc.TokenText(open) is "[" && doc.TokenText(close) is "]" && open >= sentence.FirstToken && close < sentence.EndToken)
        {
            return true;
        }

        return open > sentence.FirstToken && doc.TokenText(open) is "(" or "[" && doc.TokenText(close) is ")" or "]"
            && doc.Tokens[open - 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(open - 1)[0])
            && (close + 1 >= sentence.EndToken || (close + 2 == sentence.EndToken && doc.TokenText(close + 1) is "." or "!" or "?"));
    }
}
