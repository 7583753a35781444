using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// What the claim assembler needs to know about one sentence: its clauses (token ranges), who it is attributed to
/// and which mentions that attribution covers, which figures it hedges, and its entity mentions.
/// </summary>
internal sealed class SentenceFacts
{
    private static readonly WordSet SayVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "saying", "noted", "notes", "estimates", "estimated", "reported", "reports", "shows", "show",
        "showed", "shown", "found", "finds", "told", "stated", "states", "announced", "added", "warned", "claimed", "claims",
        "believe", "believes", "suggest", "suggests", "suggested", "according", "communicated", "declared", "counted", "recorded", "tallied", "logged");

    // verbs that attribute wherever they stand; the others ("reported revenue", "shows growth") only when they end
    // the report ("..., Chainalysis reported.") or introduce it ("estimates that")
    private static readonly WordSet AlwaysSayVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "saying", "told", "according", "noted", "added", "warned", "believe", "believes");

    // the verbs a report closes with before a phrase of its own ("said in a statement", not "had been found in his cell")
    private static readonly WordSet ClosingReportVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "reported", "announced", "stated", "noted", "added", "wrote", "warned");

    private static readonly WordSet ThatWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "that");

    private static readonly WordSet SourceNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "data", "report", "figures", "analysis", "research", "study", "survey", "statistics", "numbers", "estimates", "records", "poll", "polls",
        "studies", "surveys", "archive", "database", "tracker", "registry", "observatory", "dashboard");

    private static readonly WordSet Hedges = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "may", "might", "could", "estimated", "estimates", "estimate", "reportedly", "allegedly", "believed", "believe",
        "believes", "likely", "possibly", "probably", "suspected", "thought", "suggest", "suggests", "unconfirmed", "appears", "feared", "presumed");

    // words that open a subordinate clause after the figure: its modal hedges the cause, not the figure ("is recalling
    // 212,000 vehicles because a belt may fail")
    private static readonly WordSet Subordinators = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "because", "if", "unless", "after", "before", "until", "when", "whether", "so", "lest");

    private static readonly WordSet ClauseOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "which", "whose", "who", "where", "but", "while", "whereas", "although", "though", "however");

    private static readonly WordSet FrontedOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "after", "before", "since", "while", "when", "although", "though", "if", "because", "once", "until", "unless", "whereas");

    public required Sentence Sentence { get; init; }

    public required List<(int First, int End)> Clauses { get; init; }

    public required List<EntityMention> Mentions { get; init; }

    /// <summary>The mentions inside the attribution's words (<see cref="AttributionCover"/>): "United Nations" in "The United Nations said".</summary>
    public List<EntityMention> AttributionMentions { get; init; } = [];

    public string? Attribution { get; init; }

    /// <summary>
    /// Whether token <paramref name="i"/> is a word inside a place's or an organization's name, past its first word
    /// ("Reserve" of "Federal Reserve", "Urban" of "Department of Housing and Urban Development"; any word of a person's),
    /// the attribution's too
    /// ("The United Nations said 116,000 people": no count of nations).
    /// </summary>
    public bool InsideName(AnalyzedDocument doc, int i) =>
        Mentions.Exists(m => IsInsideName(doc, m, i)) || AttributionMentions.Exists(m => IsInsideName(doc, m, i));

    // (every word of a person's name: "Bill" of "Bill Chisholm" is no bill; and of a quoted title: "Working" of "A
    // Working Man" counts no workers)
    private static bool IsInsideName(AnalyzedDocument doc, EntityMention m, int i) =>
        m.Kind == MentionKind.Name && doc.Tokens[i].End <= m.Span.End
        && (m.Entity.Type is EntityType.Gpe or EntityType.Loc or EntityType.Org ? doc.Tokens[i].Start > m.Span.Start
            : doc.Tokens[i].Start >= m.Span.Start && (m.Entity.Type == EntityType.Person || (m.Entity.Type == EntityType.Other && Entities.QuotedTitles.Is(doc, m))));

    /// <summary>Where the attribution's words are ("according to LSEG data"), empty when there is none.</summary>
    public TextSpan AttributionCover { get; init; }

    /// <summary>
    /// Who the figure at tokens [<paramref name="figureFirst"/>, <paramref name="figureEnd"/>) is attributed to: the
    /// sentence's attribution, but not an "according to" inside a participle clause trailing the figure, which sources
    /// that clause's figures ("revenue fell 4% to $16.1 billion, missing analysts' average estimate of $16.3 billion,
    /// according to LSEG data"); a contrasting or a coordinated clause after the attribution with a source of its own is that
    /// source's ("Goldman Sachs said ..., while the International Energy Agency forecasts a surplus of 1 million bpd",
    /// "Hershey said ..., and Mondelez said it raised prices by 5.5%").
    /// </summary>
    public string? AttributionOf(AnalyzedDocument doc, int figureFirst, int figureEnd)
    {
        if (Attribution is not null && AttributionCover.End <= doc.Tokens[figureFirst].Start && ContrastSource(doc, figureFirst) is { } own)
        {
            return own;
        }

        if (Attribution is null || figureEnd >= doc.Tokens.Count || AttributionCover.Start <= doc.Tokens[figureEnd].Start)
        {
            return Attribution;
        }

        int i = figureEnd;
        while (i < Sentence.EndToken && doc.Tokens[i].End <= AttributionCover.Start)
        {
            i++;
        }

        // a closing ", PG&E officials said." reports the whole sentence, participle clauses and all
        return doc.Is(i - 1, "to") && doc.Is(i - 2, "according") && ParticipleTailBetween(doc, figureEnd, i - 2) ? null : Attribution;
    }

    // the name opening a "while", "whereas" or ", and" clause before the figure, after the attribution, with a verb of
    // saying or forecasting right after it ("while the IEA forecasts", ", and Mondelez said"), or null
    private string? ContrastSource(AnalyzedDocument doc, int figureFirst)
    {
        for (int i = figureFirst - 1; i > Sentence.FirstToken && doc.Tokens[i].Start >= AttributionCover.End; i--)
        {
            if (!(doc.Is(i, "while") || doc.Is(i, "whereas") || (doc.Is(i, "and") && doc.TokenText(i - 1) is ",")))
            {
                continue;
            }

            int name = doc.Is(i + 1, "the") ? i + 2 : i + 1;
            var source = Mentions.FirstOrDefault(m => m.Span.Start == doc.Tokens[name].Start && m.Kind == MentionKind.Name);
            return source is not null && doc.IsAny(Entities.MentionPlaces.TokenAt(doc, source.Span.End - 1) + 1, SourceVerbs) ? source.Entity.Name : null;
        }

        return null;
    }

    private static readonly WordSet SourceVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "forecasts", "forecast", "predicts", "predicted", "projects", "projected", "estimates", "estimated", "expects", "expected",
        "sees", "reported", "reports", "puts", "put");

    /// <summary>
    /// Whether a participle clause opens between tokens <paramref name="from"/> and <paramref name="to"/> (", reflecting
    /// strikes", ", missing estimates", ", driven by demand on routes to North America", ", dragged down by energy"): a
    /// comma and a lower-case word in -ing that is not a describing word (", founding members") nor ", according to", or
    /// a past participle with its agent's "by".
    /// </summary>
    public static bool ParticipleTailBetween(AnalyzedDocument doc, int from, int to)
    {
        for (int i = from; i < Math.Min(to, doc.Tokens.Count) - 1; i++)
        {
            if (doc.Is(i, ",") && doc.Tokens[i + 1].Kind == TokenKind.Word && doc.TokenText(i + 1) is { Length: > 1 } w && char.IsLower(w[0])
                && ((w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && !doc.IsAny(i + 1, NotParticiples)) || IsPassiveBy(doc, i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // "driven by", "helped by", "hit by", "weighed down by": a past participle and the agent that caused the figure
    private static bool IsPassiveBy(AnalyzedDocument doc, int i)
    {
        var w = doc.TokenText(i);
        bool participle = (w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal))) || doc.IsAny(i, ShortParticiples);
        return participle && (doc.Is(i + 1, "by") || (doc.IsAny(i + 1, Particles) && doc.Is(i + 2, "by")));
    }

    private static readonly WordSet ShortParticiples = WordSet.Create(StringComparer.OrdinalIgnoreCase, "hit", "led", "fed", "held", "hurt", "offset", "caught", "brought");

    private static readonly WordSet Particles = WordSet.Create(StringComparer.OrdinalIgnoreCase, "down", "up", "back", "out", "higher", "lower", "largely", "mainly", "partly");

    // words in -ing that do not open a participle clause: ones that usually describe a noun (", founding members Tom
    // Johnston ..."), and ", according to", which names a source
    private static readonly WordSet NotParticiples = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "according", "founding", "leading", "remaining", "existing", "upcoming", "outstanding", "ruling", "governing", "opposing", "visiting",
        "reigning", "defending", "sitting", "acting", "managing", "incoming", "outgoing", "ongoing", "neighbouring", "neighboring",
        "surrounding", "competing", "participating", "working", "voting", "presiding", "consulting", "supporting");

    /// <summary>
    /// Whether the figure at <paramref name="token"/> is hedged: a hedge word ("may", "estimated", "reportedly") in its
    /// clause, outside a time expression ("in May"), short of a subordinate, coordinated or participle clause that
    /// follows the figure (", missing analysts' average estimate of $16.3 billion" does not hedge the revenue before it)
    /// or past the close of the relative aside it stands in.
    /// </summary>
    public bool HedgesAt(AnalyzedDocument doc, int token)
    {
        var (first, end) = ClauseOf(token);
        // ("Meta, which reported revenue of $40.6 billion, could have faced a fine": an aside's figure is not the main
        // clause's to hedge)
        end = RelativeAsideEnd(doc, first, end, token);
        for (int i = first; i < end; i++)
        {
            if (i > token && (doc.IsAny(i, Subordinators) || (doc.Is(i, ",") && doc.Is(i + 1, "and")) || ParticipleTailBetween(doc, i, i + 2)))
            {
                return false;
            }

            // "Exports totalled $12.1 billion in May": a month is no modal
            if (doc.IsAny(i, Hedges) && !doc.PeriodsIn(Sentence).Exists(p => i >= p.FirstToken && i < p.EndToken))
            {
                return true;
            }
        }

        return false;
    }

    public (int First, int End) ClauseOf(int token)
    {
        foreach (var clause in Clauses)
        {
            if (token >= clause.First && token < clause.End)
            {
                return clause;
            }
        }

        return (Sentence.FirstToken, Sentence.EndToken);
    }

    /// <summary>Whether the clause opening at <paramref name="first"/> is a relative aside: ", which ...", ", who ...", ", whose ...".</summary>
    public static bool IsRelativeAside(AnalyzedDocument doc, int first) =>
        first >= 2 && (doc.Is(first, "which") || doc.Is(first, "who") || doc.Is(first, "whose")) && doc.Is(first - 1, ",");

    /// <summary>
    /// Where the relative aside [<paramref name="first"/>, <paramref name="end"/>) holding a figure that ends at
    /// <paramref name="from"/> closes: at the first comma after the figure before a lower-case word ("TelcoNet, which has a
    /// workforce of 9,800, was fined"), the main clause going on; <paramref name="end"/> for any other clause, and for an
    /// aside on a figure, which tells more of that figure's fact ("964,000 people, which account for 0.4 percent of the
    /// population, reported a disorder in 2017").
    /// </summary>
    public int RelativeAsideEnd(AnalyzedDocument doc, int first, int end, int from)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!IsRelativeAside(doc, first))
        {
            return end;
        }

        int host = ClauseOf(first - 2).First;
        if (doc.Quantities.Any(q => q.FirstToken >= host && q.EndToken < first))
        {
            return end;
        }

        for (int i = Math.Max(from, first); i < end - 1; i++)
        {
            if (doc.Is(i, ",") && doc.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i + 1)[0]))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// The clause of <paramref name="token"/>, with the clause before it when the token's clause opens with a relative
    /// aside that closes before the token: in "Core inflation, which excludes energy and food, rose to 6.1%" the figure's
    /// clause is "Core inflation ... rose to 6.1%", not the aside. <c>Aside</c> is the aside's tokens up to its closing
    /// comma (empty when there is none): its words describe the subject, not the figure ("The sequel, which cost about
    /// $190 million to produce, added $97 million"). So are a description's between dashes or commas before the verb
    /// (<see cref="SubjectAsides"/>).
    /// </summary>
    public (int First, int End, Range Aside) ClauseAcrossAside(AnalyzedDocument doc, int token)
    {
        var (first, end) = ClauseOf(token);
        if (!IsRelativeAside(doc, first))
        {
            return SubjectAsides.Before(doc, this, first, token) is { } across ? (across.First, end, across.Aside) : (first, end, default);
        }

        for (int i = first + 1; i < token; i++)
        {
            // ("Meta, which reported revenue of $40.6 billion in the third quarter, up 19% from a year earlier, could have
            // faced": a move set off after the aside's figure is still the aside's)
            if (doc.Is(i, ",") && !AppendsMove(doc, i))
            {
                return (ClauseOf(first - 2).First, end, first..i);
            }
        }

        return (first, end, default);
    }

    // ", up 19%", ", down 3.2 percent": a comma before the move of the figure just given
    private static bool AppendsMove(AnalyzedDocument doc, int comma) =>
        (doc.Is(comma + 1, "up") || doc.Is(comma + 1, "down")) && comma + 2 < doc.Tokens.Count && doc.Tokens[comma + 2].Kind == TokenKind.Number;

    /// <summary>
    /// Whether <paramref name="m"/> lies inside one of its sentence's time expressions <paramref name="times"/>
    /// ("Before the Covid-19 pandemic, 5 million people flew"): a name that dates, not one that acts.
    /// </summary>
    public static bool InATime(List<Periods.PeriodExpression> times, EntityMention m) => times.Exists(p => p.Span.Contains(m.Span));

    /// <summary>Whether token <paramref name="i"/> opens a part of the figure before it: "€410 million, of which Germany paid 38%".</summary>
    public static bool OpensPartOf(AnalyzedDocument doc, int i) => doc.Is(i, "of") && (doc.Is(i + 1, "which") || doc.Is(i + 1, "whom"));

    // "Motor vehicle thefts, however, rose 12.6%": a "however" set off by commas after its subject is an aside, no clause
    // of its own ("They do not, however, provide": after a verb it still parts what comes before)
    private static bool IsAside(AnalyzedDocument doc, int i) =>
        doc.Is(i, "however") && doc.Is(i + 1, ",") && !doc.Is(i - 2, "not") && !doc.IsAny(i - 2, Lexicon.Auxiliaries) && !doc.IsAny(i - 2, DoForms);

    private static readonly WordSet DoForms = WordSet.Create(StringComparer.OrdinalIgnoreCase, "do", "does", "did");

    public static SentenceFacts Read(AnalyzedDocument doc, Sentence sentence)
    {
        var all = doc.MentionsIn(sentence.Span);
        var clauses = new List<(int, int)>();
        int start = sentence.FirstToken;
        // "After slipping for two years, the satellite rode a rocket into orbit on Wednesday": a fronted subordinate
        // clause ends at its comma; a fronted time ("Since 2000, nearly 350 people have died") is no clause
        bool fronted = doc.IsAny(sentence.FirstToken, FrontedOpeners) && !FrontsATime(doc, sentence);
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            // "58.2 billion Danish crowns ($9.1 billion) last year", "Japan's Nikkei 225 (N225) declined": a sum converted in
            // brackets, or a name's ticker or short form, does not end the clause
            if ((ConvertedSumEnd(doc, i) ?? NameTagEnd(doc, i)) is { } close)
            {
                i = close;
                continue;
            }

            // ("“Black Myth: Wukong” sold 10 million copies": a colon or a dash inside a name ends no clause)
            var t = doc.TokenText(i);
            bool cut = (t is ";" or "(" or ")" || (t is ":" or "—" or "–" && !InsideAName(doc, all, i)))
                || (t is "," && (fronted || (doc.IsAny(i + 1, ClauseOpeners) && !IsAside(doc, i + 1)) || OpensPartOf(doc, i + 1)));
            fronted &= t is not ",";
            if (cut && i > start)
            {
                clauses.Add((start, i));
                start = i + 1;
            }
        }

        if (start < sentence.EndToken)
        {
            clauses.Add((start, sentence.EndToken));
        }

        var (attribution, covered) = FindAttribution(doc, sentence, all);
        return new SentenceFacts
        {
            Sentence = sentence,
            Clauses = clauses,
            Mentions = covered.Length == 0 ? all : [.. all.Where(m => !covered.Overlaps(m.Span))],
            AttributionMentions = covered.Length == 0 ? [] : [.. all.Where(m => covered.Overlaps(m.Span))],
            Attribution = attribution,
            AttributionCover = covered,
        };
    }

    private static bool InsideAName(AnalyzedDocument doc, List<EntityMention> mentions, int i) =>
        mentions.Exists(m => m.Kind == MentionKind.Name && m.Span.Start < doc.Tokens[i].Start && doc.Tokens[i].End < m.Span.End);

    // "Since 2000,", "Before the pandemic," is not: the opener and a time expression that ends at the comma
    private static bool FrontsATime(AnalyzedDocument doc, Sentence sentence)
    {
        foreach (var p in doc.PeriodsIn(sentence))
        {
            if (p.FirstToken <= sentence.FirstToken + 1 && doc.TokenText(p.EndToken) is ",")
            {
                return true;
            }
        }

        return false;
    }

    // the ")" closing a bracket opened at token i right after a quantity that holds only another, the first converted
    // ("58.2 billion crowns ($9.1 billion)", "3,200 miles (5,150 km)"), or null; "(38%)" after a name is no conversion
    private static int? ConvertedSumEnd(AnalyzedDocument doc, int i)
    {
        if (!doc.Is(i, "("))
        {
            return null;
        }

        int k = doc.FirstQuantityAtOrAfter(i + 1);
        return k > 0 && k < doc.Quantities.Count && doc.Quantities[k - 1].EndToken == i && doc.Quantities[k] is { } inside
            && inside.QualifierFirstToken == i + 1 && doc.Is(inside.EndToken, ")") ? inside.EndToken : null;
    }

    /// <summary>The most tokens a bracketed ticker or short form after a name holds ("(NYSE: BRK.A)").</summary>
    private const int MaxNameTagTokens = 6;

    // the ")" closing a bracket opened at token i right after a name that holds only its ticker or short form ("Nikkei
    // 225 (N225)", "Alphabet (GOOGL.O)", "Tesla (NASDAQ: TSLA)", "the Office for National Statistics (ONS)"), or null;
    // a bracket with a lower-case word or a figure in it is an aside of its own ("Labour (38%)")
    private static int? NameTagEnd(AnalyzedDocument doc, int i)
    {
        if (!doc.Is(i, "(") || i < 2 || !(IsCapitalized(doc, i - 1) || (doc.Tokens[i - 1].Kind == TokenKind.Number && IsCapitalized(doc, i - 2))))
        {
            return null;
        }

        for (int k = i + 1; k < Math.Min(doc.Tokens.Count, i + 1 + MaxNameTagTokens); k++)
        {
            if (doc.Is(k, ")"))
            {
                int next = doc.FirstQuantityAtOrAfter(i + 1);
                return k > i + 1 && (next >= doc.Quantities.Count || doc.Quantities[next].FirstToken > k) ? k : null;
            }

            if (doc.Tokens[k].Kind == TokenKind.Word && !char.IsUpper(doc.TokenText(k)[0]))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsCapitalized(AnalyzedDocument doc, int i) => doc.Tokens[i].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(i)[0]);

    // "Francois-Philippe Champagne said": a hyphen glued between two capitalized words joins one name
    private static bool GluedHyphenInName(AnalyzedDocument doc, Sentence sentence, int i) =>
        i - 1 >= sentence.FirstToken && doc.TokenText(i) is "-" or "‐" && doc.Tokens[i - 1].End == doc.Tokens[i].Start && doc.Tokens[i].End == doc.Tokens[i + 1].Start
        && doc.Tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(i - 1)[0]) && char.IsUpper(doc.TokenText(i + 1)[0]);

    // the mentions of names (not references) inside the speaker's phrase; a method of its own so the phrase's span is
    // not captured by every token's pass of the loop that looks for a speaker
    private static List<EntityMention> NamesWithin(List<EntityMention> mentions, TextSpan span) =>
        mentions.Where(m => span.Contains(m.Span) && m.Kind != MentionKind.Reference).ToList();

    // "Hospitality added 78,000 jobs", "the index added about 2%", "Texas added more residents than any other state": a
    // figure added, not a remark
    private static bool AddsAFigure(AnalyzedDocument doc, int i)
    {
        if (!doc.Is(i, "added") && !doc.Is(i, "adds"))
        {
            return false;
        }

        int next = doc.IsAny(i + 1, FigureOpeners) ? i + 2 : i + 1;
        return next < doc.Tokens.Count && (doc.Tokens[next].Kind is TokenKind.Number or TokenKind.Symbol
            || ((doc.Is(i + 1, "more") || doc.Is(i + 1, "fewer")) && doc.Tokens[next].Kind == TokenKind.Word && char.IsLower(doc.TokenText(next)[0]) && !doc.IsAny(next, Text.Lexicon.FunctionWords)));
    }

    private static readonly WordSet FigureOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "about", "nearly", "almost", "roughly", "some", "around", "another", "more", "over", "just", "a", "an", "only");

    // the token of the "(" opening a bracketed short name of one to three words right before token end ("(INPE)"), else end
    private static int BracketedShortName(AnalyzedDocument doc, Sentence sentence, int end)
    {
        if (doc.TokenText(end - 1) is not ")")
        {
            return end;
        }

        for (int open = end - 2; open >= Math.Max(sentence.FirstToken + 1, end - 5); open--)
        {
            if (doc.TokenText(open) is "(")
            {
                return open < end - 2 ? open : end;
            }

            if (doc.Tokens[open].Kind != TokenKind.Word)
            {
                return end;
            }
        }

        return end;
    }

    private static (string? Name, TextSpan Covered) FindAttribution(AnalyzedDocument doc, Sentence sentence, List<EntityMention> mentions)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!doc.IsAny(i, SayVerbs) || (!doc.IsAny(i, AlwaysSayVerbs) && !EndsReport(doc, sentence, i) && !NamedSourceFinds(doc, mentions, i)) || AddsAFigure(doc, i))
            {
                continue;
            }

            int npFirst, npEnd, coverEnd;
            bool widened = false;
            if (doc.Is(i, "according") && doc.Is(i + 1, "to"))
            {
                npFirst = i + 2;
                npEnd = npFirst;
                while (npEnd < sentence.EndToken && doc.TokenText(npEnd) is not ("," or "." or ";" or "—"))
                {
                    npEnd++;
                }

                coverEnd = Appositive.EndAfter(doc, sentence, npEnd);
            }
            else
            {
                // the noun phrase right before the verb: "Chainalysis said", "U.S. officials say", "Chainalysis data shows",
                // and before its perfect's auxiliary ("The agency had estimated that")
                npEnd = i - 1 > sentence.FirstToken && doc.IsAny(i - 1, PerfectAuxiliaries) ? i - 1 : i;
                // ("the National Institute for Space Research (INPE) said": a bracketed short name after the speaker's)
                int bracketed = npEnd;
                npEnd = BracketedShortName(doc, sentence, npEnd);
                npFirst = npEnd;
                while (npFirst - 1 >= sentence.FirstToken && ((doc.Tokens[npFirst - 1].Kind == TokenKind.Word
                    && (char.IsUpper(doc.TokenText(npFirst - 1)[0]) || doc.IsAny(npFirst - 1, SourceNouns) || IsPeopleWord(doc, npFirst - 1) || doc.TokenText(npFirst - 1) is "’s" or "'s"))
                    || GluedHyphenInName(doc, sentence, npFirst - 1)))
                {
                    npFirst--;
                }

                // "The agency estimated that", "The company said": a description the story resolved reports as its entity
                // (not one holding a figure: "The 56-year-old said")
                if (npFirst == npEnd && npEnd - 1 > sentence.FirstToken
                    && mentions.Find(m => m.Kind == MentionKind.Reference && m.Span.End == doc.Tokens[npEnd - 1].End) is { } reporter
                    && !doc.QuantityStartsIn(MentionPlaces.TokenAt(doc, reporter.Span.Start), npEnd))
                {
                    return (reporter.Entity.Name, reporter.Span);
                }

                // "the Department of Housing and Urban Development said": the phrase opens where the name it ends in does
                if (npFirst < npEnd && mentions.Find(m => m.Kind == MentionKind.Name && m.Span.Start < doc.Tokens[npFirst].Start && m.Span.End >= doc.Tokens[npFirst].End) is { } enclosing)
                {
                    npFirst = MentionPlaces.TokenAt(doc, enclosing.Span.Start);
                }

                // ", the European weather satellite agency Eurosat said.": a closing report's whole speaker phrase
                // back to its comma is the source, not a name the figure is about
                int comma = npFirst - 1;
                while (comma >= sentence.FirstToken && npFirst - comma <= 8 && doc.Tokens[comma].Kind == TokenKind.Word)
                {
                    comma--;
                }

                // (", the EU's Copernicus climate service said": the phrase may end in a common noun)
                if ((npFirst < npEnd || (comma + 1 < i && comma >= sentence.FirstToken && NamesWithin(mentions, new TextSpan(doc.Tokens[comma + 1].Start, doc.Tokens[i - 1].End)).Count > 0))
                    && comma >= sentence.FirstToken && doc.TokenText(comma) is "," && EndsReport(doc, sentence, i) && !doc.Is(i + 1, "that"))
                {
                    widened = npFirst > comma + 1;
                    npFirst = comma + 1;
                }

                if (npFirst == npEnd && SpeakerInCommas(doc, sentence, mentions, i) is { } speaker)
                {
                    // "Egypt's president, Abdel Fattah el-Sisi, said that ...": the name the commas set off speaks
                    return (speaker.Entity.Name, speaker.Span);
                }

                bool inverted = npFirst == npEnd && (doc.TokenText(i - 1) is "," or "”" or "\"" || IsInvertedPerfect(doc, i));
                if (inverted)
                {
                    // ", said Andrew Fierman", ", said the mayor, Giulia Ferraris", ", has declared the mayor Giulia Ferraris"
                    npFirst = i + 1;
                    while (npFirst < sentence.EndToken && npFirst <= i + 3 && doc.Tokens[npFirst].Kind == TokenKind.Word && char.IsLower(doc.TokenText(npFirst)[0]))
                    {
                        npFirst++;
                    }

                    npFirst = doc.TokenText(npFirst) is "," ? npFirst + 1 : npFirst;
                    npEnd = npFirst;
                    while (npEnd < sentence.EndToken && doc.Tokens[npEnd].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(npEnd)[0]))
                    {
                        npEnd++;
                    }
                }

                // (", said Sophie Shulman, NHTSA's deputy administrator.": the speaker's role is the source's words too)
                coverEnd = inverted ? Appositive.RoleEndAfter(doc, sentence, npEnd) : bracketed;
                // "..., 2.1 degrees above normal, the agency said": a closing report by a description the story resolved
                // is that entity's
                if (npEnd <= npFirst && comma >= sentence.FirstToken && doc.TokenText(comma) is "," && EndsReport(doc, sentence, i)
                    && mentions.FirstOrDefault(m => m.Kind == MentionKind.Reference && m.Span.Start == doc.Tokens[comma + 1].Start && m.Span.End == doc.Tokens[i - 1].End) is { } described)
                {
                    return (described.Entity.Name, described.Span);
                }
            }

            if (npEnd <= npFirst)
            {
                continue;
            }

            var span = new TextSpan(doc.Tokens[npFirst].Start, doc.Tokens[npEnd - 1].End);
            var cover = new TextSpan(span.Start, doc.Tokens[TrailingReportEnd(doc, sentence, i, coverEnd) - 1].End);
            var inside = NamesWithin(mentions, span);
            if (inside.Count > 0)
            {
                // a widened phrase is named by its head, the name nearest the verb ("the European ... agency Eurosat")
                var first = widened ? inside[^1] : inside[0];
                // ("Sir Keir Starmer has announced": nor the perfect's auxiliary)
                int last = npEnd;
                while (last - 1 > npFirst && (doc.IsAny(last - 1, SourceNouns) || doc.Is(last - 1, "has") || doc.Is(last - 1, "have")))
                {
                    last--;
                }

                int from = first.Span.Start;
                int to = Math.Max(first.Span.End, doc.Tokens[last - 1].End);
                string name = doc.Text[from..to].Replace('’', '\'');
                if (name.EndsWith("'s", StringComparison.Ordinal))
                {
                    name = name[..^2];
                }

                // the names in an "according to" phrase, without the words around them ("data from blockchain research
                // group Chainalysis" → Chainalysis; "the Ventura County Sheriff's Office" → Ventura County Sheriff's Office)
                if (doc.Is(i, "according"))
                {
                    name = inside.Count == 1 ? inside[0].Entity.Name : doc.Text[inside[0].Span.Start..inside[^1].Span.End].Replace('’', '\'');
                }

                return (name, cover);
            }

            // "according to the agency's early estimate", "according to its annual report": the entity the story resolved
            if (doc.Is(i, "according") && mentions.Find(m => m.Kind == MentionKind.Reference && span.Contains(m.Span)) is { } resolved)
            {
                return (resolved.Entity.Name, cover);
            }

            if (IsPeopleWord(doc, npEnd - 1))
            {
                return (doc.Text[doc.Tokens[npFirst].Start..doc.Tokens[npEnd - 1].End], cover);
            }
        }

        return (null, default);
    }

    // ", UNHCR said in its annual report.": where the words closing a report after its verb end (what "its" stands for
    // there is the source, not the figure's subject), else coverEnd; only when the report's words end at the verb and a
    // phrase of its own closes the sentence (ClosesWithPhrase)
    private static int TrailingReportEnd(AnalyzedDocument doc, Sentence sentence, int verb, int coverEnd)
    {
        if (coverEnd > verb || !ClosesWithPhrase(doc, sentence, verb))
        {
            return coverEnd;
        }

        int end = sentence.EndToken;
        while (end - 1 > verb && doc.Tokens[end - 1].Kind != TokenKind.Word)
        {
            end--;
        }

        return end;
    }

    // "said in its annual report.", "said on Wednesday." (a day the resolver left undated): a phrase opened by "in" or "on"
    // after the verb, with no figure to the sentence's end, closes the report
    private static bool ClosesWithPhrase(AnalyzedDocument doc, Sentence sentence, int verb) =>
        doc.IsAny(verb, ClosingReportVerbs) && (doc.Is(verb + 1, "in") || doc.Is(verb + 1, "on")) && !doc.QuantityStartsIn(verb, sentence.EndToken)
        && !doc.AnyIn(verb + 1, sentence.EndToken, ThatWords);

    // "A Gallup poll found 40% of Americans", "The Pew survey showed", "The Gun Violence Archive counted 503": a poll, a
    // study or a database a name goes by reports what it found
    private static bool NamedSourceFinds(AnalyzedDocument doc, List<EntityMention> mentions, int i) =>
        i >= 2 && doc.IsAny(i - 1, SourceNouns) && mentions.Exists(m => m.Kind == MentionKind.Name && (m.Span.End == doc.Tokens[i - 2].End || m.Span.End == doc.Tokens[i - 1].End));

    // "..., Variety reported.", "estimates that", and so with the time of the report between ("reported last year.",
    // "said last month that")
    private static bool EndsReport(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int next = ReportTimeEnd(doc, sentence, i) ?? i + 1;
        return next >= sentence.EndToken || doc.Is(next, "that") || doc.TokenText(next) is "," or "." or ";" or "—" || doc.TokenText(i - 1) is ","
            || IsInvertedPerfect(doc, i) || ClosesWithPhrase(doc, sentence, i);
    }

    /// <summary>
    /// Where a time right after report verb <paramref name="verb"/> ends when the report's content or the sentence's end
    /// comes next ("reported last year.", "said last month that", "said last month it"): the time the report was made; null
    /// when none is there.
    /// </summary>
    public static int? ReportTimeEnd(AnalyzedDocument doc, Sentence sentence, int verb)
    {
        foreach (var p in doc.PeriodsIn(sentence))
        {
            if (p.FirstToken == verb + 1 || (p.FirstToken == verb + 2 && doc.Is(verb + 1, "on")))
            {
                return p.EndToken >= sentence.EndToken || OpensReportedClause(doc, p.EndToken) || doc.TokenText(p.EndToken) is "," or "." or ";" or "—" ? p.EndToken : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether token <paramref name="i"/>, right after a report's verb and time, opens what is reported: "that", or a
    /// pronoun as its subject ("said last month it expects").
    /// </summary>
    public static bool OpensReportedClause(AnalyzedDocument doc, int i) => doc.Is(i, "that") || doc.IsAny(i, ReportedSubjects);

    private static readonly WordSet ReportedSubjects = WordSet.Create(StringComparer.OrdinalIgnoreCase, "it", "its", "they", "their", "he", "she", "we");

    // "Egypt's president, Abdel Fattah el-Sisi, said that", "Apple's chief executive, Tim Cook, said the": a name set off by
    // commas right before the verb, when no speaker's name follows it (", said Andrew Fierman" is told after its content)
    private static EntityMention? SpeakerInCommas(AnalyzedDocument doc, Sentence sentence, List<EntityMention> mentions, int verb)
    {
        if (verb - 3 < sentence.FirstToken || doc.TokenText(verb - 1) is not "," || (verb + 1 < sentence.EndToken && doc.Tokens[verb + 1].Kind == TokenKind.Word
            && char.IsUpper(doc.TokenText(verb + 1)[0])))
        {
            return null;
        }

        var named = mentions.Find(m => m.Kind == MentionKind.Name && m.Span.End == doc.Tokens[verb - 2].End && m.Entity.Type != EntityType.Gpe);
        return named is not null && MentionPlaces.TokenAt(doc, named.Span.Start) - 1 is int comma && comma > sentence.FirstToken && doc.TokenText(comma) is ","
            ? named
            : null;
    }

    // ", has communicated the mayor": a report told after its content, with the speaker after the verb
    private static bool IsInvertedPerfect(AnalyzedDocument doc, int i) =>
        (doc.Is(i - 1, "has") || doc.Is(i - 1, "have")) && doc.TokenText(i - 2) is "," or "”" or "\"";

    /// <summary>Whether token <paramref name="i"/> is a verb that always reports ("said", "told", "according").</summary>
    public static bool IsSaying(AnalyzedDocument doc, int i) => doc.IsAny(i, AlwaysSayVerbs);

    private static readonly WordSet PerfectAuxiliaries = WordSet.Create(StringComparer.OrdinalIgnoreCase, "has", "have", "had");

    private static bool IsPeopleWord(AnalyzedDocument doc, int i) =>
        doc.Is(i, "officials") || doc.Is(i, "analysts") || doc.Is(i, "experts") || doc.Is(i, "researchers") || doc.Is(i, "authorities") || doc.Is(i, "police") || doc.Is(i, "investigators") || doc.Is(i, "prosecutors");
}
