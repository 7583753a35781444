using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// Chooses a claim's period: the nearest time expression in the quantity's clause, else a bare year in the
/// sentence, else none (periods are never invented). Applies the January rule to "this year".
/// </summary>
internal static class PeriodPicker
{
    /// <summary>How many days into a year a "this year" with a past-tense total still means the year just ended.</summary>
    private const int JanuaryRuleDays = 45;

    /// <summary>The shortest span (a month, less a day or so) a figure is read as measured over rather than on a day.</summary>
    private const int MinimumSpanDays = 27;

    /// <summary>How far before a figure the "when" opening its clause may stand: ", when it reached 5.4%".</summary>
    private const int WhenReach = 6;

    public static PeriodExpression? Pick(AnalyzedDocument doc, SentenceFacts facts, int first, int end, bool allowPresent, PeriodExpression? exclude, bool preferBefore)
    {
        // "compared with $13.15 billion, or $4.33 per share, a year earlier": a time right after a restatement is the
        // restated figure's too
        if (Restatement(doc, facts.Sentence, end) is { } restated
            && PickOwn(doc, facts, restated.FirstToken, restated.EndToken, allowPresent, exclude, preferBefore) is { } after
            && after.FirstToken >= restated.EndToken && after.FirstToken - restated.EndToken <= MaxRestatementTail)
        {
            return after;
        }

        return PickOwn(doc, facts, first, end, allowPresent, exclude, preferBefore);
    }

    /// <summary>The most tokens between a restating figure and the time after it ("$4.33 per share, a year earlier").</summary>
    private const int MaxRestatementTail = 4;

    // the figure restating the one ending at token end, set off by ", or" ("$13.15 billion, or $4.33 per share,")
    private static Quantities.QuantityMention? Restatement(AnalyzedDocument doc, Text.Sentence sentence, int end)
    {
        if (!doc.Is(end, ",") || !doc.Is(end + 1, "or"))
        {
            return null;
        }

        int k = doc.FirstQuantityAtOrAfter(end + 2);
        return k < doc.Quantities.Count && doc.Quantities[k] is { } restated && restated.QualifierFirstToken == end + 2 && restated.EndToken < sentence.EndToken ? restated : null;
    }

    private static PeriodExpression? PickOwn(AnalyzedDocument doc, SentenceFacts facts, int first, int end, bool allowPresent, PeriodExpression? exclude, bool preferBefore)
    {
        // "against the 161.500 of the last year, with an increase of 14%": a time just after a figure compared against is that figure's
        var inSentence = doc.PeriodsIn(facts.Sentence).Where(p => !ReferenceEquals(p, exclude)
            && (allowPresent || p.Cue != PeriodCue.Present) && !InDateline(doc, facts.Sentence, p) && !DatesReport(doc, p) && !DatesReportAfterVerb(doc, facts.Sentence, p, first) && !(first > p.EndToken && DatesEarlierReport(doc, p)) && !(ReachOfRecord(doc, p) && !InSinceClause(doc, p, first)) && !DatesPremiumBase(doc, p) && !IsBaseline(doc, p) && !InSubjectsRelativeClause(doc, p, first) && !InTrailingRelativeClause(doc, p, end)
            && !(OwnerOf(doc, p, first) is { } owner && IsReferenceFigure(doc, owner) && !(IsDay(p) && doc.Is(end, "from"))) && !InParticipleAside(doc, p, first) && !BeforeRunningTotal(doc, p, first) && !EndsEarlierTense(doc, p, first)
            && !DescribesAnotherTime(doc, facts.Sentence, p)
            && !(p.EndToken < first && ComparedTime(doc, facts.Sentence, p) && !DescribesEarlierTime(doc, first)) && !BasesAnotherChange(doc, facts.Sentence, p, first)).ToList();
        for (int k = 0; k < inSentence.Count; k++)
        {
            // the time a "since" clause tells of, for a figure inside that clause
            inSentence[k] = inSentence[k].Told is { } ownTime && InSinceClause(doc, inSentence[k], first) ? ownTime : inSentence[k];
        }

        var (cFirst, clauseEnd) = facts.ClauseOf(first);
        if (WhenClauseYear(doc, facts.Sentence.FirstToken, first) is { } told)
        {
            return told;
        }

        if (SetIn(doc, inSentence, first, end) is { } set)
        {
            return set;
        }

        // "TelcoNet, which has 14 million subscribers and a workforce of 9,800, was fined £4.2m two years ago": a relative
        // aside ends at the comma before the main clause's verb, and a time after it dates the main clause
        int cEnd = facts.RelativeAsideEnd(doc, cFirst, clauseEnd, end);
        // "47 minutes, up from 32 minutes last July": a time expression past a reference figure dates that figure, but for
        // a day after "to X from Y", which dates the move ("reduced Bank Rate to 4.5% from 4.75% on Thursday"; "yield
        // 1.786%, down from 1.808% late on Monday" keeps Monday for the 1.808%)
        // "6.8% higher than a year earlier", "down 5% from last year": the time compared with is not the figure's
        var inClause = inSentence.Where(p => p.FirstToken >= cFirst && p.EndToken <= cEnd && !(FigureBetween(doc, end, p.FirstToken, multipliers: true) && !(IsDay(p) && doc.Is(end, "from"))) && !FigureBetween(doc, p.EndToken, first)
            && !IsComparisonBase(doc, p, first, end) && !ComparedByLaterMove(doc, end, p) && !DatesComparedFigure(doc, p, first, cFirst) && !ClosesEarlierConjunct(doc, facts.Sentence, p, first) && !InLaterConjunct(doc, end, p)
            && !DatesTheMove(doc, p, first, end)).ToList();
        // "its introduction in January 2006 halved service calls by 2009": the time a figure was reached by is its own
        bool reachedBy = inClause.Any(p => p.FirstToken >= end && doc.Is(p.FirstToken - 1, "by"));
        if (reachedBy)
        {
            inClause.RemoveAll(p => p.EndToken <= first);
        }

        // "Harland on Wednesday reported a 14% rise in net profit for the fiscal year ending June 30", "raised its forecast
        // on Tuesday after profit jumped 36% in the July-September quarter": the day before the figure is when the news
        // came; the span the figure is measured over, after it, is the figure's
        var span = inClause.FirstOrDefault(p => MeasuredOver(doc, p, end));
        if (preferBefore)
        {
            var before = inSentence.Where(p => p.EndToken <= first && !ClosesEarlierConjunct(doc, facts.Sentence, p, first)).MaxBy(p => p.EndToken);
            if (span is not null && before is { Period: { } day } && day.Start == day.End)
            {
                return span;
            }

            // "rose 0.9 per cent in the third quarter, slowing from a 1.4 per cent rise in the second quarter": a time
            // just after another figure is that figure's when this one has its own after it, and so is one nearer another
            // figure ("Ten years ago the firm had 50 staff, and its headcount has tripled over the past two decades")
            // ("Albanians made up the largest group in 2022, but their numbers fell by more than 90% last year": nor is one
            // in an earlier clause when the figure's own clause has its time after it)
            bool another = before is not null && (OwnerOf(doc, before, first) is not null || NearerAnother(doc, facts.Sentence, before, first, end) || before.EndToken <= cFirst);
            if (before is not null && !(another && inClause.Any(p => p.FirstToken >= end)) && !reachedBy)
            {
                return before;
            }
        }

        // "reported third-quarter revenue of $14.2 billion on Thursday", "2023 sales of 4.2 million": a quarter, half or year
        // naming the measure is the figure's, whatever day the report came on
        if (inClause.FirstOrDefault(p => NamesTheMeasure(doc, p, first)) is { } measured)
        {
            return measured;
        }

        // at equal distance the expression after the figure wins: "rose to 4.6% in September from 4.4% in August"
        var nearest = inClause.MinBy(p => (2 * Distance(p, first, end)) + (p.EndToken <= first ? 1 : 0));
        if (span is not null && nearest is { Period: { } onDay } && onDay.Start == onDay.End && nearest.EndToken <= first)
        {
            return span;
        }

        if (nearest is not null)
        {
            return nearest;
        }

        // a year past a figure compared against is that figure's: "won 72 seats, up from 11 at the election in 2019"
        return inSentence.Where(p => p.Cue is PeriodCue.Year or PeriodCue.Through && !(cEnd < clauseEnd && p.FirstToken >= cEnd) && !IsComparisonBase(doc, p, first, end)
                && !FigureBetween(doc, end, p.FirstToken, multipliers: true) && !DatesComparedFigure(doc, p, first, cFirst) && !InLaterConjunct(doc, end, p))
            .MinBy(p => Distance(p, first, end));
    }

    // A quarter, half or year as the first word of the measure's noun phrase, which runs to "of" right before the figure
    // ("third-quarter revenue of", "2023 sales of", "first-half net profit of")
    private static bool NamesTheMeasure(AnalyzedDocument doc, PeriodExpression p, int figure)
    {
        if (p.Cue is not (PeriodCue.Part or PeriodCue.Year) || p.EndToken >= figure || figure - p.EndToken > 4 || !doc.Is(figure - 1, "of"))
        {
            return false;
        }

        for (int i = p.EndToken; i < figure - 1; i++)
        {
            if (doc.Tokens[i].Kind != Text.TokenKind.Word || !char.IsLower(doc.TokenText(i)[0]) || doc.IsAny(i, Text.Lexicon.FunctionWords))
            {
                return false;
            }
        }

        return p.EndToken < figure - 1;
    }

    // A time closing the first of two clauses joined by ", and" before the figure ("no deal during Black Friday, and this
    // bundle is still $50 cheaper"): that clause's, where a time opening the sentence ("In 2023, ...")
    // reaches both, and so does one owned by a figure of the first clause ("Sales rose 10% in the third quarter, and profit
    // climbed 4%")
    private static bool ClosesEarlierConjunct(AnalyzedDocument doc, Text.Sentence sentence, PeriodExpression p, int figure)
    {
        if (p.EndToken + 1 >= figure || !doc.Is(p.EndToken, ",") || !doc.Is(p.EndToken + 1, "and"))
        {
            return false;
        }

        var (from, to) = doc.QuantitiesIn(sentence);
        for (int k = from; k < to; k++)
        {
            if (doc.Quantities[k].EndToken <= p.FirstToken)
            {
                return false;
            }
        }

        return true;
    }

    // "won the World Cup in 2018 and has scored 48 goals", "was founded in 1998 and now employs 5,000 people": a time
    // closing a verb phrase that "and" and a verb phrase told in the present or the present perfect follow, before the
    // figure, is the earlier phrase's
    private static bool EndsEarlierTense(AnalyzedDocument doc, PeriodExpression p, int figure)
    {
        int and = doc.Is(p.EndToken, ",") ? p.EndToken + 1 : p.EndToken;
        return and + 1 < figure && doc.Is(and, "and") && doc.IsAny(and + 1, PresentMarkers);
    }

    private static readonly WordSet PresentMarkers = WordSet.Create(StringComparer.OrdinalIgnoreCase, "has", "have", "now", "currently", "still");

    // A time in a clause joined after the figure's by ", and", ", but" or ";" ("winds of 105 km/h ..., and the river was
    // expected to crest at 24 feet on Wednesday"): the later clause's, not the figure's; so is one in a verb phrase "and"
    // joins that tells when the subject began ("carried about 31,000 vehicles a day and was opened in 1977")
    private static bool InLaterConjunct(AnalyzedDocument doc, int figureEnd, PeriodExpression p)
    {
        for (int k = figureEnd; k < p.FirstToken; k++)
        {
            if (doc.TokenText(k) is ";" || (doc.TokenText(k) is "," && (doc.Is(k + 1, "and") || doc.Is(k + 1, "but")) && k + 1 < p.FirstToken)
                || (doc.Is(k, "and") && doc.IsAny(doc.IsAny(k + 1, BeForms) ? k + 2 : k + 1, InceptionVerbs)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet BeForms = WordSet.Create(StringComparer.OrdinalIgnoreCase, "was", "were", "is", "are", "has", "had", "have");

    // what a thing's beginning is told by: "was founded", "opened", "was built"
    private static readonly WordSet InceptionVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "founded", "opened", "established", "built", "completed", "inaugurated", "incorporated", "formed", "created");

    // Whether another figure of the sentence lies nearer the time expression than the figure [first, end) does.
    private static bool NearerAnother(AnalyzedDocument doc, Text.Sentence sentence, PeriodExpression p, int first, int end)
    {
        var (from, to) = doc.QuantitiesIn(sentence);
        for (int k = from; k < to; k++)
        {
            var q = doc.Quantities[k];
            if (q.FirstToken != first && q.EndToken <= sentence.EndToken && Distance(p, q.FirstToken, q.EndToken) < Distance(p, first, end))
            {
                return true;
            }
        }

        return false;
    }

    // Another figure the time expression directly follows, but for "in", "on", "at", "of" or "the" ("0.9 per cent in the
    // third quarter", "fell 6.3% on Wednesday", "the 161.500 of the last year", "down from 64.5% at the 2019 general
    // election"), or null.
    private static Quantities.QuantityMention? OwnerOf(AnalyzedDocument doc, PeriodExpression p, int figure)
    {
        // ("the 55,597 announced a year earlier": over a participle of reporting too)
        int end = p.FirstToken;
        while (end > p.FirstToken - 2 && (doc.Is(end - 1, "in") || doc.Is(end - 1, "of") || doc.Is(end - 1, "the") || doc.Is(end - 1, "on") || doc.Is(end - 1, "at")
            || (end == p.FirstToken && doc.IsAny(end - 1, MetricKeys.RecordedParticiples))))
        {
            end--;
        }

        // quantities come in text order: the last one starting before the expression is the only one that can end there
        var quantities = doc.Quantities;
        int at = doc.FirstQuantityAtOrAfter(p.FirstToken) - 1;
        for (int k = at; k >= 0 && k >= at - 1; k--)
        {
            var q = quantities[k];
            if (q.FirstToken != figure && q.EndToken >= end && q.EndToken <= p.FirstToken)
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>
    /// True for the date of the dateline a wire story opens with ("LONDON, Dec 2 (Reuters) -"): when the story was
    /// filed, not what any figure in the sentence measures.
    /// </summary>
    public static bool InDateline(AnalyzedDocument doc, Text.Sentence sentence, PeriodExpression p) =>
        Entities.Dateline.End(doc, sentence) is var end && end > sentence.Span.Start && doc.Tokens[p.EndToken - 1].End <= end;

    /// <summary>
    /// True for the time a report was made, past the report verb's object or place ("the carmaker told analysts on
    /// Thursday", "the company said in a statement on Monday"): the day of the report, not of a figure.
    /// </summary>
    public static bool DatesReport(AnalyzedDocument doc, PeriodExpression p)
    {
        int i = doc.Is(p.FirstToken - 1, "on") ? p.FirstToken - 2 : p.FirstToken - 1;
        for (int skipped = 0; i >= 0 && skipped <= 5 && doc.IsAny(i, ReportObjects); skipped++, i--)
        {
        }

        // right after the verb ("the 212,000 it announced last month") the time may be the figure's own
        return i < p.FirstToken - 2 && i >= 0 && doc.IsAny(i, ReportVerbs);
    }

    /// <summary>
    /// True for a time right after a report verb that the report's content follows ("said last month that", "said last
    /// month it expects", "had estimated earlier this year that deaths fell to 40,990"), or that ends a closing report
    /// past a comma after the figure at token
    /// <paramref name="figure"/> ("bonuses totalling $197 million, People magazine reported last year."; the sentence's
    /// first token when no figure is asked about): when the report was made. A figure the verb takes as object keeps it
    /// ("the 212,000 it announced last month"), and the day of a report is the day of the news ("NASA announced Nov. 18
    /// that it was adding five companies").
    /// </summary>
    public static bool DatesReportAfterVerb(AnalyzedDocument doc, Text.Sentence sentence, PeriodExpression p, int figure)
    {
        int verb = doc.Is(p.FirstToken - 1, "on") ? p.FirstToken - 2 : p.FirstToken - 1;
        if (IsDay(p) || verb <= sentence.FirstToken || !(doc.IsAny(verb, ReportVerbs) || doc.IsAny(verb, ReportsMade)) || SentenceFacts.ReportTimeEnd(doc, sentence, verb) != p.EndToken)
        {
            return false;
        }

        if (SentenceFacts.OpensReportedClause(doc, p.EndToken))
        {
            return true;
        }

        for (int k = Math.Max(figure + 1, sentence.FirstToken); k < verb; k++)
        {
            if (doc.TokenText(k) is ",")
            {
                return true;
            }
        }

        return false;
    }

    // verbs that tell a report was made only where the report's content or a closing comma sets them apart
    private static readonly WordSet ReportsMade = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "reported", "estimated", "forecast", "predicted", "projected", "calculated", "found", "warned");

    /// <summary>
    /// True for a time right after a report verb that the clause's own verb follows ("the cyberattack it disclosed this
    /// week exposed the records of 4.8 million members"): when the thing was reported, not the period of the figures after
    /// it. A figure the report verb takes as object keeps it ("the 212,000 it announced last month").
    /// </summary>
    public static bool DatesEarlierReport(AnalyzedDocument doc, PeriodExpression p)
    {
        int verb = doc.Is(p.FirstToken - 1, "on") ? p.FirstToken - 2 : p.FirstToken - 1;
        if (verb < 0 || !doc.IsAny(verb, ReportVerbs) || p.EndToken >= doc.Tokens.Count || doc.Tokens[p.EndToken].Kind != Text.TokenKind.Word)
        {
            return false;
        }

        var next = doc.TokenText(p.EndToken);
        return char.IsLower(next[0]) && (doc.IsAny(p.EndToken, Text.Lexicon.Auxiliaries) || (next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal)));
    }

    /// <summary>
    /// True when a year or a month sits in a participle phrase set off by commas that does not hold the figure at token
    /// <paramref name="figure"/> (-1 for none) ("the first satellite, launched in 2014, cost €290 million", "The bridge,
    /// built in 1932, carries 40,000 cars a day", "The LockBit gang, disrupted by police in February, saw its payments
    /// fall 79%"): a piece of history, not the time of the figure or of the story.
    /// </summary>
    public static bool InParticipleAside(AnalyzedDocument doc, PeriodExpression p, int figure)
    {
        if (p.Cue is not (PeriodCue.Year or PeriodCue.Month))
        {
            return false;
        }

        int open = p.FirstToken - 1;
        while (open > 0 && p.FirstToken - open <= 4 && doc.Tokens[open].Kind == Text.TokenKind.Word)
        {
            open--;
        }

        int close = p.EndToken;
        if (doc.TokenText(open) is not "," || doc.TokenText(close) is not "," || (figure > open && figure < close))
        {
            return false;
        }

        var w = doc.TokenText(open + 1);
        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0])
            || doc.Is(open + 1, "built") || doc.Is(open + 1, "made") || doc.Is(open + 1, "begun") || doc.Is(open + 1, "held");
    }

    /// <summary>
    /// True when a participle that brings a running total to the figure at token <paramref name="figure"/> stands
    /// between <paramref name="p"/> and it: "Five people died on Tuesday, taking the death toll to at least 12" dates the
    /// five deaths, not the toll, which counts every death so far.
    /// </summary>
    private static bool BeforeRunningTotal(AnalyzedDocument doc, PeriodExpression p, int figure)
    {
        int to = figure - 1;
        while (to > p.EndToken && figure - to <= MaxBoundWords && !doc.Is(to, "to"))
        {
            to--;
        }

        if (!doc.Is(to, "to"))
        {
            return false;
        }

        for (int i = to - 1; i > p.EndToken && to - i <= RunningTotalReach; i--)
        {
            if (doc.IsAny(i, TotalRaisers) && doc.Is(i - 1, ","))
            {
                return true;
            }
        }

        return false;
    }

    // the words of a bound between "to" and its figure ("to at least 12", "to more than")
    private const int MaxBoundWords = 3;

    // how far before its "to" a participle bringing a total may stand ("taking the year's death toll on the crossing to")
    private const int RunningTotalReach = 9;

    private static readonly WordSet TotalRaisers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "bringing", "taking", "pushing", "raising", "lifting", "putting", "increasing");

    /// <summary>
    /// True for a time inside a relative clause of the subject before the figure's verb: "The death toll from the
    /// earthquake that struck on Friday has risen to 3,085" dates the quake, not the toll (a later report's toll must
    /// not share its day), and "The strike, which began on Sept. 13, cost" dates the strike's start.
    /// </summary>
    public static bool InSubjectsRelativeClause(AnalyzedDocument doc, PeriodExpression p, int figure)
    {
        if (p.EndToken > figure)
        {
            return false;
        }

        int relative = -1;
        // (past the clause's own figures: "The singer, who turns 35 this week, paid out")
        for (int i = p.FirstToken - 1; i >= Math.Max(0, p.FirstToken - MaxRelativeReach) && doc.Tokens[i].Kind is Text.TokenKind.Word or Text.TokenKind.Number; i--)
        {
            if (doc.IsAny(i, RelativeWords))
            {
                relative = i;
                break;
            }
        }

        // "The strike, which began on Sept. 13, cost Boeing about $100 million a day": an aside set off by commas, the main
        // clause's verb right after it
        if (relative >= 2 && doc.Is(relative - 1, ",") && doc.Tokens[relative - 2].Kind == Text.TokenKind.Word && doc.Is(p.EndToken, ",") && p.EndToken + 1 < figure
            && doc.Tokens[p.EndToken + 1].Kind == Text.TokenKind.Word && char.IsLower(doc.TokenText(p.EndToken + 1)[0]) && !doc.Is(p.EndToken + 1, "and"))
        {
            return true;
        }

        // "the earthquake that struck": a noun and the clause's verb around the relative word ("found that in 2015, there
        // were" is a reported clause)
        if (relative < 1 || doc.Tokens[relative - 1].Kind != Text.TokenKind.Word || doc.Tokens[relative + 1].Kind != Text.TokenKind.Word
            || doc.IsAny(relative + 1, Lexicon.FunctionWords) || !char.IsLower(doc.TokenText(relative + 1)[0]))
        {
            return false;
        }

        // the main clause's verb between the time and the figure: "has risen to", "was"
        for (int i = p.EndToken; i < figure && i <= p.EndToken + 2; i++)
        {
            if (doc.IsAny(i, MainVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a time inside a relative clause set off after the figure: "Births to teenagers fell 4% to 13.1 per 1,000,
    /// continuing a decline that began in 1991" and "58.9 per cent ..., far short of the 92 per cent standard that has not
    /// been met since 2015" date what the clause tells, not the figure ("rose 5% in the quarter that ended in September",
    /// with no comma before it, names the figure's own time).
    /// </summary>
    public static bool InTrailingRelativeClause(AnalyzedDocument doc, PeriodExpression p, int figureEnd)
    {
        if (p.FirstToken < figureEnd)
        {
            return false;
        }

        for (int i = p.FirstToken - 1; i > figureEnd && i >= p.FirstToken - MaxRelativeReach && doc.Tokens[i].Kind is Text.TokenKind.Word or Text.TokenKind.Number; i--)
        {
            if (doc.IsAny(i, RelativeWords))
            {
                return doc.Tokens[i + 1].Kind == Text.TokenKind.Word && (!doc.IsAny(i + 1, Lexicon.FunctionWords) || doc.IsAny(i + 1, Lexicon.Auxiliaries))
                    && char.IsLower(doc.TokenText(i + 1)[0]) && CommaBetween(doc, figureEnd, i);
            }
        }

        return false;
    }

    private static bool CommaBetween(AnalyzedDocument doc, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (doc.TokenText(i) is ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words between a relative word and the time in its clause ("that has not been met since 2015").</summary>
    private const int MaxRelativeReach = 8;

    private static readonly WordSet RelativeWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "that", "which", "who");

    private static readonly WordSet MainVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "is", "are", "was", "were", "stands", "stood", "rose", "climbed", "reached", "hit", "topped");

    /// <summary>
    /// True for the time of an average or a level a figure is measured against ("1.6C above the 1850-1900 average",
    /// "higher than the 1991-2020 average", "compared with the 2019 level"): it dates the baseline, not the figure.
    /// </summary>
    public static bool IsBaseline(AnalyzedDocument doc, PeriodExpression p) =>
        doc.IsAny(p.EndToken, BaselineNouns) && doc.Is(p.FirstToken - 1, "the") && doc.IsAny(p.FirstToken - 2, BaselineWords);

    private static readonly WordSet BaselineNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "average", "averages", "baseline", "mean", "norm", "level", "levels");

    private static readonly WordSet BaselineWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "than", "above", "below", "over", "under", "with", "to", "versus", "vs", "against");

    /// <summary>
    /// True for "since March" after a superlative or an ordinal ("the largest monthly fall since March", "its highest
    /// level since 2019", "its third cut since August"), also where a clause or a phrase comes between ("the highest since
    /// records began in 1836", "since the financial crisis in 2008"): how far back the record or the count reaches, not the
    /// period of the figure.
    /// </summary>
    public static bool ReachOfRecord(AnalyzedDocument doc, PeriodExpression p)
    {
        // "since 2021", "since the spring of 2021", "since comparable records began in 1992"
        int since = doc.Is(p.FirstToken, "since") ? p.FirstToken : doc.Is(p.FirstToken - 1, "the") ? p.FirstToken - 2 : p.FirstToken - 1;
        for (int k = p.FirstToken - 1; !doc.Is(since, "since") && k >= Math.Max(0, p.FirstToken - 8) && doc.Tokens[k].Kind == Text.TokenKind.Word; k--)
        {
            since = doc.Is(k, "since") ? k : since;
        }

        if (p.Cue != PeriodCue.Since && !doc.Is(since, "since"))
        {
            return false;
        }

        for (int i = since - 1; i >= Math.Max(0, since - 6) && doc.Tokens[i].Kind == Text.TokenKind.Word; i--)
        {
            var w = doc.TokenText(i);
            if (doc.IsAny(i, ShortSuperlatives) || (w.Length > 5 && w.EndsWith("est", StringComparison.Ordinal) && !doc.Is(i, "interest") && !doc.Is(i, "harvest"))
                || doc.IsAny(i, CountedOccasions))
            {
                return true;
            }
        }

        return false;
    }

    // "the largest since Kraft merged with Heinz in 2015 in a deal worth about $46 billion": a figure told within the
    // clause "since" opens, after its time with no break between, is of that time, not of the stretch from it (a bare
    // "since 2019 at 5.4%" has no verb of its own and dates nothing)
    private static bool InSinceClause(AnalyzedDocument doc, PeriodExpression p, int first)
    {
        if (first <= p.EndToken || first - p.EndToken > SinceClauseReach || doc.AnyPunctuationIn(p.EndToken, first))
        {
            return false;
        }

        for (int k = p.FirstToken - 1; k >= Math.Max(0, p.FirstToken - 8) && doc.Tokens[k].Kind == Text.TokenKind.Word && !doc.Is(k, "since"); k--)
        {
            if (Text.Lexicon.IsPastForm(doc.TokenText(k)))
            {
                return true;
            }
        }

        return false;
    }

    // the most tokens from a since clause's time to a figure it dates ("in 2015 in a deal worth about $46 billion"), or from
    // "since" to a figure its clause tells ("since a player in California won $1.08 billion")
    private const int SinceClauseReach = 8;

    /// <summary>
    /// Whether a since clause tells <paramref name="mention"/> in the past ("The jackpot has rolled over 40 times since a
    /// player in California won $1.08 billion in July"): a figure of the back-story, whose time dates no other figure of
    /// its measure.
    /// </summary>
    public static bool TellsOfSinceClause(AnalyzedDocument doc, Quantities.QuantityMention mention, Text.Sentence sentence)
    {
        bool past = false;
        for (int k = mention.QualifierFirstToken - 1; k >= Math.Max(sentence.FirstToken, mention.QualifierFirstToken - SinceClauseReach); k--)
        {
            if (doc.Tokens[k].Kind != Text.TokenKind.Word)
            {
                return false;
            }

            if (doc.Is(k, "since"))
            {
                return past;
            }

            past |= Text.Lexicon.IsPastForm(doc.TokenText(k));
        }

        return false;
    }

    // superlatives the "-est" test above leaves out as too short to tell from other words ("its worst day since
    // September 2022", "the best run since 2019")
    private static readonly WordSet ShortSuperlatives = WordSet.Create(StringComparer.OrdinalIgnoreCase, "record", "most", "least", "worst", "best");

    // "its third cut since August", "the first increase since 2020": how far back the count reaches
    private static readonly WordSet CountedOccasions = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    /// <summary>
    /// True for the time of the price a premium or discount is measured against ("a premium of 27% to Brightwater's
    /// closing price on Friday", "a 15% discount to the shares' close on Monday", "a 40% premium over Friday's close"):
    /// it dates that price, not the offer.
    /// </summary>
    public static bool DatesPremiumBase(AnalyzedDocument doc, PeriodExpression p)
    {
        int i = doc.Is(p.FirstToken - 1, "on") || doc.Is(p.FirstToken - 1, "at") ? p.FirstToken - 2 : p.FirstToken - 1;
        for (int steps = 0; i > 0 && steps < 6 && !IntroducesPremiumBase(doc, i); steps++, i--)
        {
            if (doc.Tokens[i].Kind != Text.TokenKind.Word && doc.TokenText(i) is not ("'s" or "’s"))
            {
                return false;
            }
        }

        if (!IntroducesPremiumBase(doc, i))
        {
            return false;
        }

        for (int k = i - 1; k >= Math.Max(0, i - 6); k--)
        {
            if (doc.Is(k, "premium") || doc.Is(k, "discount"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word that introduces a premium's base: "a premium of 27% to", "a 40% premium over".</summary>
    public static bool IntroducesPremiumBase(AnalyzedDocument doc, int i) => doc.Is(i, "to") || doc.Is(i, "over");

    private static readonly WordSet ReportVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "told", "tells", "confirmed", "announced", "added", "stated", "disclosed", "revealed", "recounted", "wrote",
        "tweeted", "testified", "explained", "noted");

    // who a report is made to, and where: "told analysts", "said in a statement", "said at a news conference"
    private static readonly WordSet ReportObjects = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "analysts", "reporters", "investors", "journalists", "shareholders", "lawmakers", "parliament", "staff", "employees", "in", "at",
        "a", "an", "the", "to", "statement", "filing", "briefing", "conference", "news", "press", "call", "interview", "letter", "memo",
        "speech", "post", "hearing", "regulators", "securities", "officials", "customers", "members", "report", "court", "committee",
        "its", "their");

    /// <summary>The period a picked expression stands for in this clause (null for open ones).</summary>
    public static Period? Resolve(AnalyzedDocument doc, SentenceFacts facts, PeriodExpression? expression, int quantityToken)
    {
        if (expression?.Period is not { } period)
        {
            return null;
        }

        // An article written up in January reports last year's totals as "this year" ("$2.2 billion stolen ... this
        // year"): a past-tense figure then belongs to the year just ended.
        if (expression.Cue == PeriodCue.ThisYear && doc.Published is { } published && published.DayOfYear <= JanuaryRuleDays
            && IsPastTense(doc, facts, quantityToken))
        {
            return Period.Year(published.Year - 1);
        }

        // "Vinyl now makes up 73% of physical album sales, up from 68% a year earlier" in a January story that opens on
        // last year's figures ("grew for the 18th consecutive year in 2024"): the present of the report is that year's
        if (expression.Cue == PeriodCue.Present && doc.Published is { } pub && pub.DayOfYear <= JanuaryRuleDays && OpensWithYear(doc, pub.Year - 1))
        {
            return Period.Year(pub.Year - 1);
        }

        return period;
    }

    // whether the first time the story's opening sentences name is the whole of the given year
    private static bool OpensWithYear(AnalyzedDocument doc, int year)
    {
        for (int s = 0; s < doc.Sentences.Count && s < ContextPeriods.StoryOpening; s++)
        {
            foreach (var p in doc.PeriodsIn(doc.Sentences[s]))
            {
                if (p.Period is { } named && !InDateline(doc, doc.Sentences[s], p))
                {
                    return named == Period.Year(year);
                }
            }
        }

        return false;
    }

    // words that look ahead ("on track to meet its goal of $500 million this year" in February is this year's goal)
    private static readonly WordSet AheadWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "expected", "forecast", "projected", "goal", "target", "track", "aims", "plans", "expects");

    private static bool IsPastTense(AnalyzedDocument doc, SentenceFacts facts, int token)
    {
        var (first, end) = facts.ClauseOf(token);
        for (int i = first; i < end; i++)
        {
            if (doc.IsAny(i, AheadWords))
            {
                return false;
            }
        }

        for (int i = first; i < end; i++)
        {
            var w = doc.TokenText(i);
            if (doc.Is(i, "was") || doc.Is(i, "were") || doc.Is(i, "had") || doc.Is(i, "stolen") || doc.Is(i, "stole") || doc.Is(i, "rose")
                || doc.Is(i, "fell") || doc.Is(i, "grew") || doc.Is(i, "lost") || doc.Is(i, "paid") || doc.Is(i, "spent")
                || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    // "than a year earlier", "from last year" right after the figure (not a range "from 2019 to 2021"), "4% below their
    // 2022 peak"
    // ("33.7%, only slightly higher than in 2019": the words between may only grade the comparison)
    // ("0.1C warmer than the previous record set in 2022": a few lower-case words may name the level compared with)
    // ("fell 1.8% to $5.3 billion compared with the same month of 2023": so is a time "compared with")
    private static bool IsComparisonBase(AnalyzedDocument doc, PeriodExpression p, int figureFirst, int figureEnd)
    {
        int before = ComparingWord(doc, p);
        return p.FirstToken >= figureEnd && before >= figureEnd && !IsRange(p) && !StartsLevel(doc, p, figureFirst, before)
            && (((before - figureEnd <= 2 || GradesOnly(doc, figureEnd, before)) && (doc.Is(before, "than") || doc.Is(before, "from") || IsLevelComparison(doc, before) || ComparedWith(doc, before)))
                || (doc.Is(figureEnd + 1, "than") && p.FirstToken - (figureEnd + 1) <= MaxBaseWords && LowerCaseWords(doc, figureEnd + 2, p.FirstToken)));
    }

    /// <summary>The most words between "than" and the period of the level compared with ("the previous record set in").</summary>
    private const int MaxBaseWords = 6;

    private static bool LowerCaseWords(AnalyzedDocument doc, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word || !char.IsLower(doc.TokenText(i)[0]))
            {
                return false;
            }
        }

        return true;
    }

    // "fell 19.1% in the first quarter from a year earlier to 10 million units", "10.8 million people were out of work,
    // down 68,000 from September": the time another change was compared with ("from" or "than" it, a few words after
    // that change) dates no level, unless a "when" clause tells of that time ("6.8% higher than a year earlier, when the
    // average stood at £297,000")
    private static bool BasesAnotherChange(AnalyzedDocument doc, Text.Sentence sentence, PeriodExpression p, int first)
    {
        int before = ComparingWord(doc, p);
        if (!(doc.Is(before, "from") || doc.Is(before, "than")) || (doc.Is(p.EndToken, ",") && doc.Is(p.EndToken + 1, "when")) || StartsLevel(doc, p, first, before))
        {
            return false;
        }

        var (from, to) = doc.QuantitiesIn(sentence);
        for (int k = from; k < to; k++)
        {
            var x = doc.Quantities[k];
            if (x.FirstToken != first && x.EndToken <= before && before - x.EndToken <= MaxChangeToBase
                && x.Quantity.Change is Core.Quantities.QuantityChange.Increase or Core.Quantities.QuantityChange.Decrease)
            {
                return true;
            }
        }

        return false;
    }

    // "will rise by 1.2%, or £21, to £1,738 a year from Jan. 1": the day a level is reached "to" from (the token before) is
    // when it starts, no time compared with
    private static bool StartsLevel(AnalyzedDocument doc, PeriodExpression p, int figureFirst, int before) =>
        IsDay(p) && doc.Is(figureFirst - 1, "to") && doc.Is(before, "from");

    /// <summary>The most tokens between a change and the "from" of the time it is compared with ("19.1% in the first quarter from").</summary>
    private const int MaxChangeToBase = 6;

    // whether the tokens [from, to), at most five, are a comma, a comparative and the words grading it ("only slightly
    // higher", "much lower", "a little more")
    private static bool GradesOnly(AnalyzedDocument doc, int from, int to)
    {
        // "33.7% of the vote, only slightly more than in 2019": what the figure is a share of comes first
        if (doc.Is(from, "of"))
        {
            int comma = from + 1;
            while (comma < to && comma - from <= MaxShareOfWords && doc.Tokens[comma].Kind == TokenKind.Word)
            {
                comma++;
            }

            from = doc.Is(comma, ",") ? comma : from;
        }

        if (to - from > 5)
        {
            return false;
        }

        for (int t = from; t < to; t++)
        {
            var word = doc.TokenText(t);
            if (word is not "," && !doc.IsAny(t, Grades) && !(doc.Tokens[t].Kind == TokenKind.Word && (word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxShareOfWords = 4;

    private static readonly WordSet Grades = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "only", "much", "far", "even", "still", "a", "bit", "little", "somewhat", "well", "way", "more", "less", "just");

    /// <summary>
    /// Whether <paramref name="p"/> is a time something is set against ("rose 0.4% in February from January to 270,148
    /// pounds", "Compared with February last year, prices were up 3.9%", "4% below their 2022 peak, while Northern
    /// Ireland recorded growth of 9.8%"): it dates no figure told after it, nor the story (a figure right after it is its
    /// own: "up from last year's 3.1%").
    /// </summary>
    public static bool ComparedTime(AnalyzedDocument doc, Text.Sentence sentence, PeriodExpression p)
    {
        int before = ComparingWord(doc, p);
        int k = doc.FirstQuantityAtOrAfter(before);
        int sinceFigure = k > 0 ? before - doc.Quantities[k - 1].EndToken : int.MaxValue;
        // ("up 6.1% on last year": a time counted back right after "on" and a figure is the one compared with)
        return (IsLevelComparison(doc, before) || (doc.Is(before, "on") && p.Cue == PeriodCue.Relative) ? sinceFigure == 0
                : IsReference(doc, before) && (sinceFigure <= MaxComparedGap || (doc.Is(before - 1, "compared") && before - 1 == sentence.FirstToken)))
            && !IsRange(p) && !(k < doc.Quantities.Count && NamesFigure(doc, p.EndToken, doc.Quantities[k].FirstToken));
    }

    // How many words may stand between a change and the time it is set against: "rose 0.4% in February from January".
    private const int MaxComparedGap = 3;

    // "from last year's 3.1%", "from the March high of 21.8 percent": the time belongs to the figure its phrase goes on to,
    // not to one a clause later ("from January to 270,148 pounds")
    private static bool NamesFigure(AnalyzedDocument doc, int from, int figure)
    {
        if (figure - from > MaxComparedGap)
        {
            return false;
        }

        for (int t = from; t < figure; t++)
        {
            if ((doc.Tokens[t].Kind == TokenKind.Punct && doc.TokenText(t) is not ("'s" or "’s")) || doc.Is(t, "to"))
            {
                return false;
            }
        }

        return true;
    }

    // the word a time is set against by, past "in" and a possessive: "than in 2023", "below their 2022 peak"
    /// <summary>
    /// The word that would set <paramref name="p"/> against a figure: the one before it, before "in" or a possessive
    /// ("from in", "than its"), before "the same period (of)" ("from the same period last year"), or the "the" of "the
    /// average for" ("below the average for 1981 to 2010").
    /// </summary>
    public static int ComparingWord(AnalyzedDocument doc, PeriodExpression p)
    {
        int before = p.FirstToken - 1;
        if (doc.IsAny(before, Possessives))
        {
            return before - 1;
        }

        // "up 13.1% from the same period of 2023", "up 6% from the same period last year": the word before "the same
        // stretch" sets it against the figure; so does "the" of "the average for" ("1.55 million sq km below the average
        // for 1981 to 2010")
        int stretch = doc.Is(before, "in") || doc.Is(before, "of") || doc.Is(before, "for") ? before - 1 : before;
        return doc.IsAny(stretch, Stretches) && doc.Is(stretch - 1, "same") && doc.Is(stretch - 2, "the") ? stretch - 3
            : doc.IsAny(stretch, Norms) && doc.Is(stretch - 1, "the") ? stretch - 1
            : doc.Is(before, "in") ? before - 1 : before;
    }

    /// <summary>Whether "the same period of", "the same quarter in" and the like stand right before <paramref name="p"/>.</summary>
    public static bool AfterSameStretch(AnalyzedDocument doc, PeriodExpression p)
    {
        int before = p.FirstToken - 1;
        int stretch = doc.Is(before, "of") || doc.Is(before, "in") ? before - 1 : before;
        return doc.IsAny(stretch, Stretches) && doc.Is(stretch - 1, "same") && doc.Is(stretch - 2, "the");
    }

    private static readonly WordSet Norms = WordSet.Create(StringComparer.OrdinalIgnoreCase, "average", "mean", "median", "norm", "baseline");

    private static readonly WordSet Stretches = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "period", "quarter", "month", "week", "day", "time", "stretch", "season", "months", "weeks", "days", "point");

    private static readonly WordSet Possessives = WordSet.Create(StringComparer.OrdinalIgnoreCase, "its", "their", "his", "her", "our");

    private static bool IsLevelComparison(AnalyzedDocument doc, int i) => doc.Is(i, "below") || doc.Is(i, "above");

    private static bool IsRange(PeriodExpression p) => p.Period?.Label.Contains('/', StringComparison.Ordinal) == true;

    // "reduced Bank Rate to 4.5% from 4.75% on Thursday": a day after "to X from Y" dates the move, not the level it
    // moved from ("up from 4.4% in August" keeps its month, "down from 1.808% late on Monday" its day)
    private static bool DatesTheMove(AnalyzedDocument doc, PeriodExpression p, int first, int end)
    {
        int k = doc.FirstQuantityAtOrAfter(first);
        if (p.FirstToken < end || !IsDay(p) || k >= doc.Quantities.Count || doc.Quantities[k].FirstToken != first)
        {
            return false;
        }

        int from = doc.Quantities[k].QualifierFirstToken - 1;
        return doc.Is(from, "from") && k > 0 && doc.Quantities[k - 1].EndToken == from;
    }

    private static bool IsDay(PeriodExpression p) => p.Cue is PeriodCue.Weekday or PeriodCue.Day;

    // A month or longer that the figure ending at token <paramref name="end"/> is measured over, in its own phrase after
    // it: "a 14% rise in net profit for the fiscal year", "jumped 36% in the July-September quarter" (no comma between)
    private static bool MeasuredOver(AnalyzedDocument doc, PeriodExpression p, int end)
    {
        if (p.FirstToken < end || p.Period is not { Start: { } start, End: { } last } || last.DayNumber - start.DayNumber < MinimumSpanDays
            || !(doc.Is(p.FirstToken - 1, "in") || doc.Is(p.FirstToken - 1, "for") || doc.Is(p.FirstToken - 1, "during") || doc.Is(p.FirstToken - 1, "over")))
        {
            return false;
        }

        for (int i = end; i < p.FirstToken; i++)
        {
            if (doc.Tokens[i].Kind is Text.TokenKind.Punct || doc.Quantities.Any(q => q.FirstToken == i))
            {
                return false;
            }
        }

        return true;
    }

    // "will spend 2.5% of its national income on defence from 2027, up from 2.3%": a time after the figure another is
    // compared with is that figure's, not the compared one's
    private static bool DatesComparedFigure(AnalyzedDocument doc, PeriodExpression p, int first, int clauseFirst)
    {
        int k = doc.FirstQuantityAtOrAfter(first);
        return p.EndToken <= first && k < doc.Quantities.Count && doc.Quantities[k].FirstToken == first && IsReference(doc, doc.Quantities[k].QualifierFirstToken - 1)
            && QuantityBetween(doc, clauseFirst, p.FirstToken, x => x.EndToken <= p.FirstToken);
    }

    // whether a quantity starting in [from, to) satisfies test: only those quantities are read, found by their start
    private static bool QuantityBetween(AnalyzedDocument doc, int from, int to, Func<Quantities.QuantityMention, bool> test)
    {
        for (int k = doc.FirstQuantityAtOrAfter(from); k < doc.Quantities.Count && doc.Quantities[k].FirstToken < to; k++)
        {
            if (test(doc.Quantities[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "up 8% on 2023", "an increase of 4% on last year": "on" right after a change names what it is set against, but
    /// a day ("rose 8% on Tuesday") is when the change happened.
    /// </summary>
    public static bool ComparedOn(AnalyzedDocument doc, Quantities.QuantityMention change, PeriodExpression p) =>
        (doc.Is(change.EndToken, "on") || doc.Is(change.EndToken, "from")) && p.FirstToken == change.EndToken + 1 && !IsDay(p);

    // "$13.2bn, up 6.1% on last year": the time a move after the figure is set against is not the figure's
    private static bool ComparedByLaterMove(AnalyzedDocument doc, int figureEnd, PeriodExpression p) =>
        QuantityBetween(doc, figureEnd, p.FirstToken, q => q.Quantity.Change is Core.Quantities.QuantityChange.Increase or Core.Quantities.QuantityChange.Decrease && ComparedOn(doc, q, p));

    // a reference figure ("from 32 minutes", "than 4.4%", "against the 161,500") lies between [from, to)
    // a figure compared against between two tokens; with multipliers, a multiplier too, a time after it being the level
    // it multiplies ("1.4 million viewers, double last year's number")
    private static bool FigureBetween(AnalyzedDocument doc, int from, int to, bool multipliers = false) =>
        from < to && QuantityBetween(doc, from, to, q => q.EndToken <= to && (IsReferenceFigure(doc, q) || (multipliers && q.Form == Quantities.QuantityForm.Multiplier && !doc.Is(q.EndToken, ","))));

    /// <summary>
    /// Whether the figure is one compared against: "from 4.4%", "than the 161,500", "up from 32 minutes", "from a
    /// revised 126,300".
    /// </summary>
    public static bool IsReferenceFigure(AnalyzedDocument doc, Quantities.QuantityMention mention)
    {
        // ("compared with a loss of 75 million euros": the figure of a noun the comparison names)
        int before = mention.QualifierFirstToken - 1;
        return IsReference(doc, before) || IsReference(doc, before - 1) || (doc.Is(before - 1, "a") && IsReference(doc, before - 2))
            || (ArticleOfNoun(doc, before) is var article && article > 0 && ((article == before - 2 && IsReference(doc, article - 1)) || doc.IsAny(article - 1, Reversals)))
            || MarkedBelow(doc, before) || DescribesEarlierTime(doc, mention.QualifierFirstToken) || FollowsEarlierMove(doc, mention);
    }

    /// <summary>The most words that may describe a mark between its owner and the mark ("pre-pandemic").</summary>
    private const int MaxMarkWords = 4;

    /// <summary>
    /// Whether the "of" at token <paramref name="of"/> opens the figure of a mark an owner's words set another below or
    /// above: "still below its pre-pandemic peak of 46.6 million", "above their previous record of".
    /// </summary>
    public static bool MarkedBelow(AnalyzedDocument doc, int of)
    {
        if (!doc.Is(of, "of") || !doc.IsAny(of - 1, ReferenceMarks))
        {
            return false;
        }

        for (int i = of - 2; i >= Math.Max(1, of - 2 - MaxMarkWords); i--)
        {
            if (doc.Is(i, "its") || doc.Is(i, "their") || doc.Is(i, "the"))
            {
                return doc.Is(i - 1, "below") || doc.Is(i - 1, "above");
            }

            if (doc.Tokens[i].Kind == Text.TokenKind.Punct && doc.TokenText(i) is not "-")
            {
                return false;
            }
        }

        return false;
    }

    // "gained 0.2% after rising 0.3% in September", "rose 0.4% after a 0.2% gain in August": the move before this one
    private static bool FollowsEarlierMove(AnalyzedDocument doc, Quantities.QuantityMention mention)
    {
        int before = mention.QualifierFirstToken - 1;
        return doc.Is(before - 1, "after") && (doc.IsAny(before, MoveGerunds) || ((doc.Is(before, "a") || doc.Is(before, "an")) && doc.IsAny(mention.EndToken, MoveNouns)));
    }

    private static readonly WordSet MoveGerunds = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "rising", "falling", "gaining", "losing", "climbing", "increasing", "decreasing", "declining", "dropping", "growing", "slipping",
        "jumping", "advancing", "sliding", "surging", "slumping", "rebounding", "easing", "edging", "tumbling", "plunging", "soaring",
        "adding", "shedding", "contracting", "expanding", "dipping");

    private static readonly WordSet MoveNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "rise", "gain", "increase", "fall", "drop", "decline", "decrease", "jump", "dip", "advance", "climb", "slide", "contraction",
        "expansion", "growth", "loss", "slump", "surge", "rebound");

    // "the highest since 2019, when it reached 5.4%", "the second-highest total after 2022, when 45,774 arrived": a clause
    // that ", when" opens right after a year tells of that year, whatever stretch "since" or "after" makes of it for the
    // main clause ("Prices have doubled since 2019")
    private static PeriodExpression? WhenClauseYear(AnalyzedDocument doc, int sentenceFirst, int figure)
    {
        int when = figure - 1;
        while (when > sentenceFirst + 1 && when >= figure - WhenReach && !doc.Is(when, "when") && doc.Tokens[when].Kind != Text.TokenKind.Punct)
        {
            when--;
        }

        if (!doc.Is(when, "when") || !doc.Is(when - 1, ",") || when < sentenceFirst + 2 || doc.Tokens[when - 2].Kind != Text.TokenKind.Number
            || !int.TryParse(doc.TokenText(when - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
            || year < 1800 || (doc.Published is { } published && year > published.Year))
        {
            return null;
        }

        return PeriodResolver.Make(doc, when - 2, when - 1, Period.Year(year), PeriodCue.Year);
    }

    // "In fiscal 2024, which ended Sept. 30, agents made 1.53 million arrests": a time in a relative aside on another time
    // tells of that time, not of the figure
    private static bool DescribesAnotherTime(AnalyzedDocument doc, Text.Sentence sentence, PeriodExpression p)
    {
        for (int k = p.FirstToken - 1; k > sentence.FirstToken && k >= p.FirstToken - MaxAsideToTime; k--)
        {
            if (doc.Is(k, "which") && doc.Is(k - 1, ","))
            {
                int comma = k - 1;
                return doc.PeriodsIn(sentence).Exists(q => q.EndToken == comma);
            }

            if (doc.TokenText(k) is "," or ";")
            {
                return false;
            }
        }

        return false;
    }

    // the most tokens from "which" to the time in its aside ("which ended on Sept.")
    private const int MaxAsideToTime = 4;

    // "The previous high for the first half was 13,746, set in 2022", "a record 45,774, reached in 2022": a participle
    // right after a figure tells when the figure was reached, whatever the words before it name
    private static PeriodExpression? SetIn(AnalyzedDocument doc, List<PeriodExpression> inSentence, int first, int end)
    {
        // (", set in 1965", "was set in Seville in 1965", and with no comma after "of": "a high of 45.2C recorded in Seville
        // in 1965")
        int participle = end + (doc.Is(end, ",") ? 1 : 0);
        participle += doc.Is(participle, "was") || doc.Is(participle, "were") ? 1 : 0;
        if (participle + 1 >= doc.Tokens.Count || (participle == end && !doc.Is(first - 1, "of")) || !IsReachedParticiple(doc.TokenText(participle)))
        {
            return null;
        }

        int at = doc.Is(participle + 1, "back") ? participle + 2 : participle + 1;
        at = PlaceThenTime(doc, at) ? at + 2 : at;
        return doc.Is(at, "in") || doc.Is(at, "during") || doc.Is(at, "on")
            ? inSentence.FirstOrDefault(p => p.FirstToken == at + 1 && p.Cue is PeriodCue.Year or PeriodCue.Month or PeriodCue.Day or PeriodCue.Part)
            : null;
    }

    // "in Seville in 1965": a one-word place before the time
    private static bool PlaceThenTime(AnalyzedDocument doc, int at) =>
        doc.Is(at, "in") && at + 2 < doc.Tokens.Count && doc.Tokens[at + 1].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(at + 1)[0])
        && (doc.Is(at + 2, "in") || doc.Is(at + 2, "on") || doc.Is(at + 2, "during"));

    private static bool IsReachedParticiple(ReadOnlySpan<char> w) =>
        w.Length > 0 && char.IsLower(w[0]) && ((w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || w is "set" or "hit" or "seen" or "won" or "reached");

    /// <summary>
    /// Whether the figure at token <paramref name="figure"/> tells the time compared with: "6.8% higher than a year
    /// earlier, when the average stood at £297,000".
    /// </summary>
    public static bool DescribesEarlierTime(AnalyzedDocument doc, int figure)
    {
        for (int w = figure - 1; w >= Math.Max(1, figure - 6); w--)
        {
            if (doc.Is(w, "when") && doc.Is(w - 1, ","))
            {
                for (int t = w - 2; t >= Math.Max(0, w - 6); t--)
                {
                    if (doc.Is(t, "than") || doc.Is(t, "earlier") || doc.Is(t, "ago") || doc.Is(t, "before"))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private static readonly WordSet Passing = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "surpassing", "surpassed", "surpasses", "beating", "beats", "eclipsing", "eclipsed", "eclipses", "exceeding", "exceeds", "overtaking", "overtook");

    // "almost double the $86bn it was worth in February", "three times the 2019 level": the figure a multiple is of
    private static readonly WordSet Multiples = WordSet.Create(StringComparer.OrdinalIgnoreCase, "double", "triple", "quadruple", "twice", "times");

    /// <summary>
    /// Whether token <paramref name="i"/> (the one before a figure) introduces a reference figure ("from", "than",
    /// "compared with").
    /// </summary>
    public static bool IsReference(AnalyzedDocument doc, int i)
    {
        // ("still below the record 10.2 million it drew in 2018": a word marking the figure compared with)
        i -= doc.IsAny(i, ReferenceMarks) && doc.Is(i - 1, "the") ? 1 : 0;
        bool the = doc.Is(i, "the");
        i -= the ? 1 : 0;
        // ("remained below the 9.59 million of 2019"; "below 245,000" bounds its own figure; "surpassing the 115 million
        // pounds Chelsea paid in 2023" passes a figure another paid; "double the $86bn" is a multiple of one)
        return doc.Is(i, "from") || doc.Is(i, "than") || doc.Is(i, "versus") || doc.Is(i, "against") || (the && (doc.Is(i, "below") || doc.Is(i, "above") || doc.IsAny(i, Passing) || doc.IsAny(i, Multiples)))
            || ComparedWith(doc, i);
    }

    // "compared with", "compared to", "in comparison with" ending at token i
    private static bool ComparedWith(AnalyzedDocument doc, int i) =>
        (doc.Is(i, "with") || doc.Is(i, "to")) && (doc.Is(i - 1, "compared") || doc.Is(i - 1, "comparison"));

    // the "a" or "an" opening a noun of one or two words that the "of" at token of follows ("a loss of", "a net loss of"), or -1
    private static int ArticleOfNoun(AnalyzedDocument doc, int of)
    {
        if (!doc.Is(of, "of"))
        {
            return -1;
        }

        for (int k = of - 2; k >= of - 3 && k >= 0 && doc.Tokens[k + 1].Kind == Text.TokenKind.Word; k--)
        {
            if (doc.Is(k, "a") || doc.Is(k, "an"))
            {
                return k;
            }
        }

        return -1;
    }

    // "reversing a net loss of $654 million a year earlier": the figure a result turned around
    private static readonly WordSet Reversals = WordSet.Create(StringComparer.OrdinalIgnoreCase, "reversing", "reversed", "reverses", "reverse");

    private static readonly WordSet ReferenceMarks = WordSet.Create(StringComparer.OrdinalIgnoreCase, "record", "previous", "prior", "earlier", "peak");

    private static int Distance(PeriodExpression p, int first, int end) =>
        p.EndToken <= first ? first - p.EndToken : p.FirstToken >= end ? p.FirstToken - end : 0;
}
