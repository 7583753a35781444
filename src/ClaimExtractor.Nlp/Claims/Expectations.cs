using ClaimExtractor.Core.Claims;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A figure someone expects rather than reports: analysts' estimates ("above analysts' average estimate of $13.9
/// billion", "beating estimates of $1.48", "compared with expectations of $15.3 billion"), a forecast or guidance
/// ("forecast revenue of between $15.0 billion and $15.4 billion", "expected to reach 4,000"), a target ("a target of
/// 2%", "the bank's 2% target") or a promise ("promised in 2019 to bring net migration below 245,000"). Its metric key
/// takes the prefix <c>expected:</c>, so the checker never sets a forecast against the result it forecast, and the
/// claim is hedged.
/// </summary>
internal static class Expectations
{
    /// <summary>The key prefix of an expected figure.</summary>
    public const string Prefix = Core.Claims.MetricKeys.ExpectedPrefix;

    // how far before the figure an expectation word may stand: "analysts' average estimate of $13.9 billion", "forecast
    // first-quarter revenue of between $39.5 billion" (a hyphen is a token of its own)
    private const int Reach = 7;

    // nouns and verbs of expecting, asking or needing, before the figure: "estimates of", "forecast revenue of", "had
    // expected", "Prosecutors had sought 40 to 50 years", "had needed to deliver about 515,000 cars" (not
    // "targeting", which in news is mostly an attack's: "hackers targeting 47 exchanges")
    private static readonly WordSet Before = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "estimate", "estimates", "expectation", "expectations", "expected", "expecting", "expect", "expects", "consensus",
        "forecast", "forecasts", "forecasting", "forecasted", "projection", "projections", "projected", "projecting", "target",
        "guidance", "outlook", "predicted", "predicts", "prediction", "predictions", "goal", "aims", "aiming", "sought", "seeking", "seeks",
        "requested", "promised", "pledged", "pledges", "vowed", "vows", "needed", "needs");

    // "The ECB now sees inflation averaging 2.4% this year": a forecaster's view of a measure, not right before the
    // figure ("Tourism sees 5% rise" tells what happened) nor after a relative pronoun ("a scheme that sees you paying
    // three times")
    private static readonly WordSet Sees = WordSet.Create(StringComparer.OrdinalIgnoreCase, "sees", "see");

    // after the figure: "the bank's 2% target", "a $5 billion goal"
    private static readonly WordSet After = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "target", "goal", "forecast", "estimate", "projection");

    private static readonly WordSet Determiners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "our", "'s", "’s");

    // what ends the look back: the figure's clause turns to what happened ("rose 12%, above the estimate")
    private static readonly WordSet Breaks = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        ",", ";", "and", "but", "while", "than", "from", "versus", "vs", "was", "were", "is", "are", "rose", "fell", "reported", "posted");

    /// <summary>
    /// Whether the figure is an expectation by the words just before or after it in its clause. A change must be the
    /// expectation's own figure ("previous guidance of up 2.3 percent"): one that an expecting verb governs ("are
    /// expected to fall 0.6%") reads like a "will" forecast of the level, which no prefix marks.
    /// </summary>
    public static bool Marks(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, bool change)
    {
        var (first, end) = facts.ClauseOf(q.FirstToken);
        bool of = false;
        for (int i = q.QualifierFirstToken - 1; i >= Math.Max(first, q.QualifierFirstToken - Reach); i--)
        {
            of |= doc.Is(i, "of");
            if (doc.IsAny(i, Before) || (doc.IsAny(i, Sees) && i < q.QualifierFirstToken - 1 && !doc.IsAny(i - 1, Relatives)))
            {
                return !change || of;
            }

            if (doc.IsAny(i, Breaks))
            {
                break;
            }
        }

        if (!change && (FutureLevel(doc, q.QualifierFirstToken, first) || Needed(doc, q.EndToken, end) || ExpectedBy(doc, q.EndToken)))
        {
            return true;
        }

        // "the bank's 2% target", "a $5 billion goal", "analysts' 3.6% forecast", not "14 of 18 forecast a move"
        if (!doc.IsAny(q.QualifierFirstToken - 1, Determiners) && !PluralPossessive(doc, q.QualifierFirstToken - 1))
        {
            return false;
        }

        int next = q.EndToken;
        while (next < end && next < q.EndToken + 2 && !doc.IsAny(next, After) && doc.Tokens[next].Kind == Text.TokenKind.Word && !doc.IsAny(next, Breaks))
        {
            next++;
        }

        return (next < end && doc.IsAny(next, After) && !doc.Is(next + 1, "of")) || ForecastersExpected(doc, q.EndToken, end);
    }

    /// <summary>
    /// Whether the figure is the second of an expectation that named two: "analysts had expected earnings of 75 cents per
    /// share on revenue of $33.2 billion", "were expecting $2.52 a share on sales of $27.5 billion", "Economists had
    /// expected 140,000 new jobs and an unemployment rate of 4.2%" (not after a comma, where "and" may open a clause of
    /// what happened).
    /// </summary>
    public static bool Alongside(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, IReadOnlyDictionary<QuantityMention, Claim> built)
    {
        int on = q.QualifierFirstToken - 1;
        while (on > q.QualifierFirstToken - 6 && on > 0 && !doc.IsAny(on, Joins))
        {
            on--;
        }

        return (doc.IsAny(on, Joins) && doc.TokenText(on - 1) is not "," && doc.Is(q.QualifierFirstToken - 1, "of")
            && inSentence.LastOrDefault(x => x.EndToken <= on && x.EndToken >= on - 3) is { } first
            && built.TryGetValue(first, out var claim) && Core.Claims.MetricKeys.IsExpected(claim.MetricKey)) || InExpectedInfinitive(doc, q, inSentence, built)
            || ListedAfterExpected(doc, q, inSentence, built);
    }

    // "sees inflation averaging 2.4% this year, 2.1% in 2025 and 1.9% in 2026": a figure of the same unit listed after
    // an expected one, with only a time and a comma or "and" between them, is expected too
    private static bool ListedAfterExpected(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, IReadOnlyDictionary<QuantityMention, Claim> built)
    {
        QuantityMention? previous = null;
        foreach (var x in inSentence)
        {
            if (x.EndToken <= q.QualifierFirstToken && (previous is null || x.EndToken > previous.EndToken))
            {
                previous = x;
            }
        }

        if (previous is null || previous.Quantity.Unit != q.Quantity.Unit || !built.TryGetValue(previous, out var claim) || !Core.Claims.MetricKeys.IsExpected(claim.MetricKey)
            || q.QualifierFirstToken - previous.EndToken > MaxListGap)
        {
            return false;
        }

        var periods = doc.PeriodsIn(doc.Sentences[doc.Tokens[q.FirstToken].Sentence]);
        bool joined = false;
        for (int i = previous.EndToken; i < q.QualifierFirstToken; i++)
        {
            joined |= doc.TokenText(i) is "," || doc.Is(i, "and");
            if (!InTime(periods, i) && !(doc.TokenText(i) is "," || doc.Is(i, "and") || doc.Is(i, "in")))
            {
                return false;
            }
        }

        return joined;
    }

    private static bool InTime(List<Periods.PeriodExpression> periods, int token)
    {
        foreach (var p in periods)
        {
            if (token >= p.FirstToken && token < p.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    // the most tokens between two listed figures ("this year, 2.1%", "in 2025 and 1.9%")
    private const int MaxListGap = 6;

    // "forecasts inflation to end the year at 44% and to fall to 21% by the end of 2025": a second infinitive joined by
    // "and to" after an expected figure is expected too
    private static bool InExpectedInfinitive(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, IReadOnlyDictionary<QuantityMention, Claim> built)
    {
        int and = q.QualifierFirstToken - 1;
        while (and > q.QualifierFirstToken - 6 && and > 0 && !(doc.Is(and, "and") && doc.Is(and + 1, "to")))
        {
            and--;
        }

        return doc.Is(and, "and") && doc.Is(and + 1, "to") && inSentence.LastOrDefault(x => x.EndToken <= and && x.EndToken >= and - 4) is { } first
            && built.TryGetValue(first, out var claim) && Core.Claims.MetricKeys.IsExpected(claim.MetricKey);
    }

    /// <summary>
    /// Whether the words from token <paramref name="at"/>, right after a figure, say who expected it: "below the 506,764
    /// expected by analysts", "the 4.5 million forecast by Wall Street". Such a figure is the expectation of the figure
    /// it is set beside, for the same time.
    /// </summary>
    internal static bool ExpectedBy(AnalyzedDocument doc, int at) => doc.IsAny(at, ExpectedParticiples) && doc.Is(at + 1, "by");

    private static readonly WordSet ExpectedParticiples = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "expected", "forecast", "forecasted", "predicted", "projected", "anticipated");

    // "the $8.3 billion the WHO estimates is needed each year", "the 300 firefighters were needed", "the $2 billion
    // needed to finish the line": what is needed is a requirement, not what there is (not "12 people needed hospital
    // treatment", a need met)
    private static bool Needed(AnalyzedDocument doc, int after, int end)
    {
        for (int i = after; i < Math.Min(end, after + Reach); i++)
        {
            if (doc.IsAny(i, NeedWords))
            {
                return doc.IsAny(i - 1, Lexicon.Copulas) || (i == after && (i + 1 >= end || doc.IsAny(i + 1, NeedEnds) || doc.Tokens[i + 1].Kind == Text.TokenKind.Punct));
            }

            // (a relative clause on a noun the figure measures is that noun's: "a new 100Wh battery that is necessary"; lower
            // case: "the WHO estimates is needed" is no relative)
            if (doc.Is(i, ",") || doc.Is(i, ";") || doc.Is(i, "and") || doc.Is(i, "but") || (i > after && doc.IsAny(i, Relatives)))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet Relatives = WordSet.Create(StringComparer.Ordinal, "that", "which", "who");

    private static readonly WordSet NeedWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "needed", "required", "necessary");

    private static readonly WordSet NeedEnds = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "for", "each", "every", "per", "annually", "a", "by", "in");

    private static readonly WordSet Joins = WordSet.Create(StringComparer.OrdinalIgnoreCase, "on", "and");

    // "will increase by £111 to £1,849", "is set to rise to 4,000": the level a move still to come will bring, not one
    // reached (set against the level now, it is no second value of it)
    private static bool FutureLevel(AnalyzedDocument doc, int at, int first)
    {
        if (!doc.Is(at - 1, "to"))
        {
            return false;
        }

        for (int verb = at - 2; verb >= Math.Max(first + 1, at - 8); verb--)
        {
            if (doc.IsAny(verb, QuantityWords.Rises) || doc.IsAny(verb, QuantityWords.Falls))
            {
                return doc.IsAny(verb - 1, FutureMarks) || (doc.Is(verb - 1, "to") && doc.IsAny(verb - 2, ComingBeforeTo));
            }
        }

        return false;
    }

    // what makes a bare verb after it a move still to come: "will rise", "could fall"; and before "to": "set to rise"
    // (not "enough to cut the time to 5.7 seconds", a capability)
    private static readonly WordSet FutureMarks = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "'ll", "’ll", "shall", "would", "could", "may", "might");

    private static readonly WordSet ComingBeforeTo = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "set", "due", "expected", "likely", "poised", "going", "forecast", "projected", "predicted", "tipped", "scheduled", "expect", "expects");

    // "ahead of the $33.2 billion analysts had expected": the forecasters and their verb right after the figure ("more
    // than analysts had forecast", after a comma, compares a result with them)
    internal static bool ForecastersExpected(AnalyzedDocument doc, int at, int end)
    {
        if (doc.IsAny(at, Relatives))
        {
            return ProjectedInRelative(doc, at, end);
        }

        if (!doc.IsAny(at, Forecasters))
        {
            return false;
        }

        int verb = doc.Is(at, "Wall") ? at + 2 : at + 1;
        verb += doc.IsAny(verb, Auxiliaries) ? 1 : 0;
        return verb < end && doc.IsAny(verb, ExpectingVerbs);
    }

    // "analysts' 3.6% forecast": an apostrophe glued after a plural
    private static bool PluralPossessive(AnalyzedDocument doc, int apostrophe) =>
        doc.TokenText(apostrophe) is "'" or "’" && apostrophe > 0 && doc.Tokens[apostrophe - 1].End == doc.Tokens[apostrophe].Start
        && doc.TokenText(apostrophe - 1) is { Length: > 1 } owner && owner[^1] == 's';

    // "the $70 million that industry tracking had projected": whoever projects it, in a relative clause the projecting verb
    // ends (not "the 2,000 that police estimated attended", an estimate of what happened, nor "the $2 billion that the
    // plan was projected to save")
    private static bool ProjectedInRelative(AnalyzedDocument doc, int relative, int end)
    {
        for (int i = relative + 2; i < Math.Min(end, relative + RelativeReach); i++)
        {
            if (doc.IsAny(i, ProjectingVerbs))
            {
                return i + 1 >= end || doc.Tokens[i + 1].Kind == Text.TokenKind.Punct || doc.IsAny(i + 1, NeedEnds);
            }

            if (doc.Tokens[i].Kind != Text.TokenKind.Word || doc.IsAny(i, Breaks))
            {
                return false;
            }
        }

        return false;
    }

    // the relative pronoun, up to three words naming who projects, an auxiliary and the verb
    private const int RelativeReach = 6;

    private static readonly WordSet ProjectingVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "expected", "forecast", "forecasted", "predicted", "projected", "anticipated");

    private static readonly WordSet Forecasters = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "analysts", "economists", "forecasters", "investors", "traders", "experts", "Wall", "markets");

    private static readonly WordSet Auxiliaries = WordSet.Create(StringComparer.OrdinalIgnoreCase, "had", "have", "were", "are", "on");

    private static readonly WordSet ExpectingVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "expected", "forecast", "forecasted", "predicted", "estimated", "projected", "anticipated", "expecting", "expect", "average");
}
