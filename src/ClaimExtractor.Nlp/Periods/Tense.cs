using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Whether the clause around a day, month or holiday with no year speaks of what is to come: "the meeting will be held
/// on Friday", "the vote is Thursday", "shares are set to list on December 2". Such a day is the next one on or after
/// publication; without a cue it is the latest one on or before it, since news reports what happened.
/// </summary>
internal static class Tense
{
    // how far back a cue may stand: "will be divulged in an all-company meeting on Friday"
    private const int Reach = 12;

    // how far back "will" may stand: a clause of figures and their restatements between it and the day
    private const int ModalReach = 24;

    // "will", and the present of a schedule ("the tour stops at Blossom on July 22", "the trial begins on Monday"): a day
    // that has passed is told in the past tense
    private static readonly WordSet Future = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "'ll", "’ll", "shall", "wo", "would", "scheduled", "slated", "upcoming",
        "begins", "starts", "opens", "resumes", "continues", "kicks", "stops", "launches", "debuts", "premieres", "airs", "expires", "picks");

    // the words that make a price one a figure is measured against: "Kellanova's price", "the closing price", "its share price"
    private static readonly WordSet PriceOwners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "'s", "’s", "closing", "share", "stock", "unaffected", "undisturbed", "its", "their");

    private static readonly WordSet Modals = WordSet.Create(StringComparer.OrdinalIgnoreCase, "will", "'ll", "’ll", "shall", "wo", "would");

    // "set to", "due to", "plans to", "expected to", "going to": a cue only before "to"
    private static readonly WordSet BeforeTo = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "set", "due", "plans", "plan", "planned", "planning", "expected", "expects", "going", "aims", "intends",
        "forecast", "forecasts", "projected", "projects", "predicted", "predicts", "likely", "poised");

    // a forecast of something: "expects the rate to stay", "forecasts inflation to fall", "wants the council to build"
    private static readonly WordSet ForecastVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "expects", "expect", "forecasts", "forecast", "projects", "predicts", "wants", "sees");

    // how many words may name what is forecast: "expects the benchmark rate to"
    private const int ForecastObject = 4;

    // a forecast in any tense, with what it forecasts after it
    private static readonly WordSet ProjectingVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "projected", "projects", "project", "projecting", "forecast", "forecasts", "forecasted", "forecasting", "predicted", "predicts",
        "expects", "expected", "anticipates", "anticipated");

    private static bool NoBreakBetween(AnalyzedDocument doc, int from, int to)
    {
        for (int t = from + 1; t < to; t++)
        {
            if (doc.Tokens[t].Kind == TokenKind.Punct && !doc.Is(t, "'s") && !doc.Is(t, "’s"))
            {
                return false;
            }
        }

        return true;
    }

    // an undertaking before "to": what it undertakes is to come
    private static readonly WordSet Undertakings = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "agreed", "agrees", "decided", "decides", "voted", "votes", "pledged", "pledges", "promised", "promises", "vowed", "vows",
        "proposed", "proposes", "offered", "offers", "undertook", "committed");

    // how far back a verb of putting off may stand from "to" or "until": "delay a planned increase in production by three
    // months, to April"
    private const int DelayReach = 16;

    private static readonly WordSet PutOffTo = WordSet.Create(StringComparer.OrdinalIgnoreCase, "to", "until", "till", "into");

    private static readonly WordSet DelayVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "delay", "delays", "delayed", "delaying", "postpone", "postpones", "postponed", "postponing", "defer", "defers", "deferred",
        "deferring", "push", "pushes", "pushed", "pushing", "extend", "extends", "extended", "extending", "extension");

    // a past or reported clause between the cue and the day ends the look back: "will rise, it said on Monday"
    private static readonly WordSet PastWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "was", "were", "had", "did", "said", "says", "told", "ago", "since", "last");

    // common irregular past forms that report what happened: "the company, which will expand, sold 5,000 on Monday"
    private static readonly WordSet PastForms = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "fell", "rose", "grew", "sold", "paid", "lost", "won", "took", "made", "came", "went", "saw", "got", "gave", "began", "met", "led", "left", "held", "spent", "drew");

    /// <summary>
    /// True when the clause of the day expression starting at token <paramref name="first"/> looks ahead: a cue before it
    /// in <paramref name="sentence"/> ("will meet on Friday", "is set to vote on Dec. 2"), "is" or "are" right before
    /// it ("the vote is Thursday"), "come" before it ("Come November 19, buyers will receive"), "by" before it ("by January") or, when it opens the sentence, a cue after it ("On
    /// Friday, the board will vote"). A past form between the cue and the day ends the look ("which will expand, sold
    /// 5,000 on Monday").
    /// </summary>
    public static bool Ahead(AnalyzedDocument doc, Sentence sentence, int first)
    {
        first = EdgeStart(doc, first);
        int before = doc.Is(first - 1, "on") ? first - 2 : first - 1;
        // "will pay a 44% premium to Kellanova's price on Aug. 2": a price a figure is measured against is one seen
        if (doc.Is(first - 1, "on") && (doc.Is(before, "price") || doc.Is(before, "prices")) && doc.IsAny(before - 1, PriceOwners))
        {
            return false;
        }

        if (before >= sentence.FirstToken && (doc.Is(before, "is") || doc.Is(before, "are") || doc.Is(first - 1, "come")))
        {
            return true;
        }

        if (PutOff(doc, sentence, first))
        {
            return true;
        }

        bool headline = IsHeadline(doc, sentence);
        for (int t = first - 1; t >= Math.Max(sentence.FirstToken, first - ModalReach); t--)
        {
            // "will rise by 1.2%, or £21, to £1,738 a year from Jan. 1": past the near words, only "will" looks ahead
            if (t < first - Reach)
            {
                if (Cue(doc, t) is { } far && (!far || doc.IsAny(t, Modals)))
                {
                    return far;
                }

                continue;
            }

            // "agreed to extend the cuts until the end of March": what was agreed is to come; "In March, it agreed to
            // pay" is not, so only before the day; a headline's "to" before a verb is its future ("Energy price cap to
            // rise 1.2% in January")
            // ("approved it by 79 votes to 18 on Tuesday": a tally's "to" undertakes nothing)
            if ((doc.IsAny(t, Undertakings) && doc.Is(t + 1, "to") && IsWordAt(doc, t + 2)) || (headline && doc.Is(t, "to") && IsBaseMove(doc, t + 1)))
            {
                return true;
            }

            // "projected the lake's elevation on Jan. 1 at 1,055.98 feet": the day of what a forecast names is to come
            // ("projected on Monday that" dates the forecast; "had forecast that it would screen 3 million on Sunday" reports
            // a forecast whose own clause tells the time)
            if (doc.IsAny(t, ProjectingVerbs) && t < first - 2 && !doc.Is(t + 1, "that") && !doc.Is(t - 1, "had") && NoBreakBetween(doc, t, first))
            {
                return true;
            }

            if (Cue(doc, t) is { } ahead)
            {
                return ahead;
            }
        }

        // "On Friday, the board will vote"; "by January" sets a deadline unless a past form follows ("By late Monday,
        // 2,600 residents had been moved")
        bool by = doc.Is(first - 1, "by");
        if (by || first - sentence.FirstToken <= 1)
        {
            for (int t = first + 1; t < Math.Min(sentence.EndToken, first + Reach); t++)
            {
                if (Cue(doc, t) is { } ahead)
                {
                    return ahead;
                }
            }
        }

        return by;
    }

    /// <summary>
    /// Whether the time at token <paramref name="first"/> is one something is put off to: "agreed to delay a planned
    /// increase in production by three months, to April", "Delays Output Increase Until April" (a time to come; "extended
    /// ... from January to March" is a range's end).
    /// </summary>
    public static bool PutOff(AnalyzedDocument doc, Sentence sentence, int first)
    {
        if (doc.IsAny(first - 1, PutOffTo))
        {
            for (int t = first - 2; t >= Math.Max(sentence.FirstToken, first - DelayReach) && !doc.Is(t, "from") && !doc.Is(t, "between"); t--)
            {
                if (doc.IsAny(t, DelayVerbs))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // how far before "would" a pluperfect "had" frames it: "had forecast that it would"
    private const int HadReach = 5;

    private static readonly WordSet Had = WordSet.Create(StringComparer.OrdinalIgnoreCase, "had");

    private static bool HadBefore(AnalyzedDocument doc, int t) => doc.AnyIn(Math.Max(0, t - HadReach), t, Had);

    private static bool IsWordAt(AnalyzedDocument doc, int i) => i < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Word;

    // the story's first line when it ends with no full stop: its title
    private static bool IsHeadline(AnalyzedDocument doc, Sentence sentence) =>
        doc.Sentences.Count > 0 && doc.Sentences[0].FirstToken == sentence.FirstToken && doc.EndsWithoutStop(sentence);

    // "rise", "cut", "raise": a verb of moving in its base form
    private static bool IsBaseMove(AnalyzedDocument doc, int i)
    {
        if (i >= doc.Tokens.Count || !(doc.IsAny(i, Quantities.QuantityWords.Rises) || doc.IsAny(i, Quantities.QuantityWords.Falls)
            || doc.IsAny(i, Quantities.QuantityWords.Raises) || doc.IsAny(i, Quantities.QuantityWords.Lowers)))
        {
            return false;
        }

        var word = doc.TokenText(i);
        return !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !(word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) && !doc.Is(i, "up") && !doc.Is(i, "down");
    }

    // "until the end of March", "by the middle of June": the edge phrase is part of the day expression, and the look
    // back starts before it
    private static int EdgeStart(AnalyzedDocument doc, int first)
    {
        if (!doc.Is(first - 1, "of") || !doc.IsAny(first - 2, EdgeWords))
        {
            return first;
        }

        return doc.Is(first - 3, "the") ? first - 3 : first - 2;
    }

    private static readonly WordSet EdgeWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "end", "start", "beginning", "middle", "close");

    /// <summary>
    /// True when the day expression [<paramref name="first"/>, <paramref name="after"/>) opens a schedule line: a dash and
    /// then only names ("June 17 -- Bridgestone Arena, Nashville, TN", "August 30 – Denver, CO @ Pepsi Center"), as a
    /// tour's or a season's dates are listed; a timeline's line says what happened ("Nov. 3 – Police arrest a suspect").
    /// </summary>
    public static bool Listing(AnalyzedDocument doc, Sentence sentence, int first, int after)
    {
        if (first != sentence.FirstToken || !(doc.Is(after, "-") || doc.Is(after, "–") || doc.Is(after, "—") || doc.Is(after, "--")) || after + 1 >= sentence.EndToken)
        {
            return false;
        }

        for (int t = after + 1; t < sentence.EndToken; t++)
        {
            var word = doc.TokenText(t);
            if (doc.Tokens[t].Kind == TokenKind.Word && char.IsLower(word[0]) && !doc.Is(t, "at") && !doc.Is(t, "vs"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the nearest cue before token <paramref name="first"/> reports the past ("fell on", "were confirmed on").</summary>
    public static bool Past(AnalyzedDocument doc, Sentence sentence, int first)
    {
        for (int t = first - 1; t >= Math.Max(sentence.FirstToken, first - Reach); t--)
        {
            if (Cue(doc, t) is { } ahead)
            {
                return !ahead;
            }
        }

        return false;
    }

    // "expects the rate to": a few words, then "to" before a verb's base form (not "to 4.5%", "to the bank")
    private static bool ObjectThenTo(AnalyzedDocument doc, int t)
    {
        for (int k = t + 1; k <= t + ForecastObject + 1 && k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Word; k++)
        {
            if (doc.Is(k, "to"))
            {
                return k > t + 1 && k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Kind == TokenKind.Word && !doc.Is(k + 1, "the") && !doc.Is(k + 1, "a");
            }
        }

        return false;
    }

    // true for a cue that looks ahead, false for one that reports the past, null for neither
    private static bool? Cue(AnalyzedDocument doc, int t)
    {
        // ("Housing Starts Fall 3.1% in October": a schedule's verb right before a verb of moving is a noun; "will fall"
        // is no noun)
        // ("would face acute food insecurity through May" reports what is to come; "would have" what did not happen, and
        // "had forecast that it would screen 3 million on Sunday" what was to come before the story)
        if ((doc.IsAny(t, Future) && (doc.IsAny(t, Modals) || (!doc.IsAny(t + 1, Quantities.QuantityWords.Rises) && !doc.IsAny(t + 1, Quantities.QuantityWords.Falls)))
                && !(doc.Is(t, "would") && (doc.Is(t + 1, "have") || doc.Is(t + 1, "'ve") || doc.Is(t + 1, "’ve") || HadBefore(doc, t))))
            || (doc.IsAny(t, BeforeTo) && doc.Is(t + 1, "to")) || (doc.IsAny(t, ForecastVerbs) && ObjectThenTo(doc, t)))
        {
            return true;
        }

        if (doc.IsAny(t, PastWords) || doc.Is(t, ";") || doc.Is(t, ":"))
        {
            return false;
        }

        // "filed", "reported", "sold": a past form, unless passive after "be" ("will be held", "to be announced")
        var word = doc.TokenText(t);
        bool pastForm = (word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || doc.IsAny(t, PastForms);
        return pastForm && !doc.Is(t - 1, "be") && !doc.Is(t - 1, "been") ? false : null;
    }
}
