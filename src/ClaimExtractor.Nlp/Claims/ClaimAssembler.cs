using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// Turns every quantity (and every month or date that dates an event) into a <see cref="Claim"/>: subject and role,
/// metric and canonical metric key, period, attribution, hedging, negation and confidence. Shares point at their
/// base (<see cref="ShareBase"/>), changes and multipliers at the level they change (<see cref="ChangeFrame"/>).
/// </summary>
public sealed class ClaimAssembler : IDocumentProcess
{
    private readonly NlpModels models;
    private readonly MetricKeys keys;
    private readonly MetricFinder events;

    /// <summary>Creates the assembler over the metric and entity lexicons.</summary>
    public ClaimAssembler(NlpModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        this.models = models;
        events = new MetricFinder(models.Metrics);
        keys = new MetricKeys(events);
    }

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public IReadOnlyList<string> Produces { get; } = ["claim"];

    /// <inheritdoc />
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var shortNames = MainActor.ShortNames(document, IsKnownCompany);
        var state = new MetricKeys.DocumentState { MainActor = MainActor.Of(document, shortNames), ShortNames = shortNames, Deal = Deal.Of(document, shortNames) };
        var context = new ContextPeriods();
        int q = 0, paragraph = 0;
        Core.Entities.EntityRef? scene = null;
        HashSet<string>? sceneMeasures = null;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            cancellationToken.ThrowIfCancellationRequested();
            bool newParagraph = s > 0 && OpensParagraph(document, document.Sentences[s - 1], sentence);
            paragraph += newParagraph ? 1 : 0;
            // "Across the UK, private rents were 8.7% higher ... The typical rent is now £1,339 a month": the place the
            // sentence before opened with, in the same paragraph, and the measures it gave that place
            state.SceneBefore = newParagraph || scene is null || sceneMeasures is not { Count: > 0 } ? null : (scene, sceneMeasures);
            scene = null;
            var inSentence = new List<QuantityMention>();
            while (q < document.Quantities.Count && document.Quantities[q].FirstToken < sentence.EndToken)
            {
                inSentence.Add(document.Quantities[q++]);
            }

            var named = document.PeriodsIn(sentence);
            if (s < ContextPeriods.StoryOpening)
            {
                // not a dateline, nor another occasion ("Last year's festival"), nor the time of a figure compared against
                // ("up from the 212,000 it announced last month", "A year ago, the rate averaged 7.76%"), nor when something
                // was reported ("the attack it disclosed this week exposed ...", "reported last year that")
                foreach (var p in named.Where(p => p.Period is not null && !PeriodPicker.InDateline(document, sentence, p) && !PeriodPicker.DatesReport(document, p) && !PeriodPicker.DatesReportAfterVerb(document, sentence, p, sentence.FirstToken)
                    && !PeriodPicker.DatesEarlierReport(document, p) && !PeriodPicker.DatesPremiumBase(document, p) && !PeriodPicker.InParticipleAside(document, p, -1) && !IntroducesReference(document, p.FirstToken - 1)
                    && !PeriodPicker.ComparedTime(document, sentence, p) && !IsPossessive(document, p) && !OpensWithEarlierTime(document, sentence, p)
                    && !inSentence.Any(q => q.EndToken <= p.FirstToken && PeriodPicker.IsReferenceFigure(document, q))))
                {
                    context.AddOpening(s, p.Period!);
                }

                // "Festa del Lago 2026 closes with a record": the year the main actor is named with is its edition's
                foreach (var p in named.Where(p => p.Cue == PeriodCue.Year && p.FirstToken > 0))
                {
                    int nameEnd = document.Tokens[p.FirstToken - 1].End;
                    if (state.MainActor is { } actor && p.Period is { } year && document.Mentions.Any(m => m.Span.End == nameEnd && state.Canonical(m.Entity)?.Key == actor.Key))
                    {
                        context.AddEdition(actor, year);
                    }
                }

                // "Last year's festival drew 161,500 visitors": the story is about this year's; "Tuesday's election", a
                // weekday's occasion, is the story's own
                foreach (var p in named.Where(p => p.Period is not null && IsPossessive(document, p)))
                {
                    if ((p.Cue == PeriodCue.Weekday ? p.Period : ComparedPeriods.Current(p.Period!, document.Published)) is { } current)
                    {
                        context.AddOpening(s, current);
                    }
                }
            }

            var dates = named.Where(p => IsEventDate(document, p) && !DatesAFigure(document, inSentence, p) && EventOf(document, sentence, p) is not null).ToList();
            if ((inSentence.Count == 0 || OnlyFigures(document, sentence, inSentence)) && dates.Count == 0)
            {
                state.NextSentence();
                continue;
            }

            var facts = SentenceFacts.Read(document, sentence);
            scene = FrontedPlace(document, sentence, facts.Mentions);
            sceneMeasures = scene is null ? null : [];
            var built = new Dictionary<QuantityMention, Claim>();
            var undated = new HashSet<QuantityMention>();
            var lags = new Dictionary<QuantityMention, int>();
            var toDate = new HashSet<QuantityMention>();
            // levels first, so shares and changes in the same sentence can point at them
            foreach (var mention in inSentence.OrderBy(m => IsDerived(document, m) ? 1 : 0))
            {
                built[mention] = Build(document, facts, mention, inSentence, built, state, out bool namesNoTime, out var expression);
                if (namesNoTime)
                {
                    undated.Add(mention);
                }
                else if (expression is null)
                {
                    toDate.Add(mention);
                }

                // ("revised ... to 906,000, from 740,000": what a revision replaced is of the new figure's time, and so is
                // what was expected of it: "well above the 155,000 economists had expected")
                if (ComparedPeriods.LagOf(document, expression, mention) is { } lag && built[mention].ChangeOf is null
                    && !built[mention].MetricKey.StartsWith(Revisions.Prefix, StringComparison.Ordinal)
                    && !built[mention].MetricKey.StartsWith(Expectations.Prefix, StringComparison.Ordinal))
                {
                    lags[mention] = lag;
                }
            }

            foreach (var mention in inSentence)
            {
                if (scene is not null && built[mention].Subject?.Key == scene.Key)
                {
                    sceneMeasures?.Add(Core.Claims.MetricKeys.Concept(built[mention].MetricKey));
                }

                // "up from 32 minutes last July": a reference figure's period is not the story's
                context.Add(built[mention], s, paragraph, undated.Contains(mention), PeriodPicker.IsReferenceFigure(document, mention) || OfAnotherTime(named, document, mention, sentence),
                    Narration.Narrates(document, facts, mention) && !DescribesAThing(document, mention), lags.TryGetValue(mention, out int lag) ? lag : null, Narration.MeasuresOver(document, facts, mention), toDate.Contains(mention));
            }

            foreach (var date in dates)
            {
                context.Add(BuildDate(document, facts, date, inSentence), s, paragraph, undated: false, reference: false, narrated: false, lag: null, MeasuredOver.Unsaid);
            }

            state.NextSentence();
        }

        foreach (var claim in context.Resolve(document.Published))
        {
            document.AddClaim(claim);
        }
    }

    // "The 2,950-kilogram satellite separated from the rocket": a size or mass joined to the noun it describes is a
    // property of the thing, not part of the event its clause narrates (a duration, "the five-day festival", is)
    private static bool DescribesAThing(AnalyzedDocument doc, QuantityMention m) =>
        m.Quantity.Unit.Dimension == UnitDimension.Measure && m.Quantity.Unit.Code is not ("s" or "min" or "h" or "day" or "week" or "month" or "year")
        && m.Quantity.Span.In(doc.Text).Contains('-');

    // A line of figures and nothing else (a table's cells, a scoreboard's "5040", "3 - 1") says nothing about what its
    // numbers count or measure: no claims.
    private static bool OnlyFigures(AnalyzedDocument doc, Sentence sentence, List<QuantityMention> inSentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Word && !QuantityMention.AnyCovers(inSentence, i))
            {
                return false;
            }
        }

        return true;
    }

    // "Last year's festival drew 161,500 visitors": a possessive time names another occasion than the story's
    // ("A year ago, the 30-year rate averaged 7.76%": a sentence opened by a time counted back tells of that earlier time)
    private static bool OfAnotherTime(List<PeriodExpression> inSentence, AnalyzedDocument doc, QuantityMention mention, Sentence sentence) =>
        inSentence.Any(p => p.EndToken <= mention.FirstToken && (IsPossessive(doc, p) || OpensWithEarlierTime(doc, sentence, p)))
        || PeriodPicker.TellsOfSinceClause(doc, mention, sentence);

    private static bool OpensWithEarlierTime(AnalyzedDocument doc, Sentence sentence, PeriodExpression p) =>
        p.FirstToken == sentence.FirstToken && p.Cue == PeriodCue.Relative && doc.TokenText(p.EndToken) is ","
        && (doc.Is(p.EndToken - 1, "ago") || doc.Is(p.EndToken - 1, "earlier") || doc.Is(p.EndToken - 1, "before"));

    // the place a sentence opens with as its scope ("Across the UK,", "In Britain,", "Throughout Europe,"), or null
    private static Core.Entities.EntityRef? FrontedPlace(AnalyzedDocument doc, Text.Sentence sentence, List<EntityMention> mentions)
    {
        int first = sentence.FirstToken;
        int name = doc.Is(first + 1, "the") ? first + 2 : first + 1;
        if (!doc.IsAny(first, ScopeOpeners) || name >= sentence.EndToken)
        {
            return null;
        }

        foreach (var place in mentions)
        {
            if (place.Span.Start == doc.Tokens[name].Start && place is { Kind: MentionKind.Name, Entity.Type: EntityType.Gpe or EntityType.Loc }
                && doc.TokenText(Entities.MentionPlaces.TokenAt(doc, place.Span.End - 1) + 1) is ",")
            {
                return place.Entity;
            }
        }

        return null;
    }

    private static readonly WordSet ScopeOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "across", "in", "throughout", "nationwide");

    // "Nationally, 20 people have been killed in avalanches": the one country the story names anywhere, or null
    private Core.Entities.EntityRef? NationalScope(AnalyzedDocument doc, Text.Sentence sentence)
    {
        if (!doc.IsAny(sentence.FirstToken, NationalOpeners) || !doc.Is(sentence.FirstToken + 1, ","))
        {
            return null;
        }

        Core.Entities.EntityRef? country = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Entity.Type == EntityType.Gpe && models.Entities.IsCountry(m.Entity.Name))
            {
                if (country is not null && country.Key != m.Entity.Key)
                {
                    return null;
                }

                country = m.Entity;
            }
        }

        return country;
    }

    private static readonly WordSet NationalOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "nationally", "nationwide");

    // A line break between two sentences: a page's blocks and a text's paragraphs both end in one.
    private static bool OpensParagraph(AnalyzedDocument doc, Sentence previous, Sentence sentence) =>
        doc.Text.AsSpan(previous.Span.End, Math.Max(0, sentence.Span.Start - previous.Span.End)).Contains('\n');

    private static bool IsPossessive(AnalyzedDocument doc, PeriodExpression p) => doc.Is(p.EndToken, "'s") || doc.Is(p.EndToken, "’s");

    private static bool IsDerived(AnalyzedDocument doc, QuantityMention m) =>
        m.Form is QuantityForm.Multiplier or QuantityForm.Fraction || (m.Form == QuantityForm.Percent && (m.Quantity.Change != QuantityChange.None || doc.Is(m.EndToken, "of")));

    // the person a reference around the age stands for ("the 27-year-old"), or null
    private static EntityRef? AgeOfNamed(SentenceFacts facts, QuantityMention mention) =>
        facts.Mentions.Find(m => m.Kind == MentionKind.Reference && m.Span.Start <= mention.Quantity.Span.Start && m.Span.End >= mention.Quantity.Span.End)?.Entity;

    // "The Scottish action", "a Korvat spokesman": a name between a determiner and a noun describes that noun
    private static bool Modifies(AnalyzedDocument doc, EntityMention m)
    {
        int first = Entities.MentionPlaces.TokenAt(doc, m.Span.Start), last = Entities.MentionPlaces.TokenAt(doc, m.Span.End - 1);
        return (doc.Is(first - 1, "the") || doc.Is(first - 1, "a") || doc.Is(first - 1, "an")) && last + 1 < doc.Tokens.Count
            && doc.Tokens[last + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(last + 1)[0]);
    }

    // a name whose possessive the figure follows ("China's 91", "to the Americans' 126")
    private static bool PossessesFigure(AnalyzedDocument doc, EntityMention m, Quantities.QuantityMention mention) =>
        Entities.MentionPlaces.TokenAt(doc, m.Span.End - 1) + 2 == mention.QualifierFirstToken && SubjectFinder.PossessiveRightBefore(doc, mention.QualifierFirstToken);

    // a place whose team acts right after its name ("The U.S. team won", "China took")
    private static bool TeamActs(AnalyzedDocument doc, EntityMention m, Quantities.QuantityMention mention)
    {
        int last = Entities.MentionPlaces.TokenAt(doc, m.Span.End - 1);
        int verb = doc.IsAny(last + 1, TeamNouns) ? last + 2 : last + 1;
        return verb < mention.QualifierFirstToken && doc.Tokens[verb].Kind == TokenKind.Word && Text.Lexicon.IsPastForm(doc.TokenText(verb));
    }

    private static readonly WordSet TeamNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "team", "squad", "athletes", "delegation", "side");

    private static readonly WordSet EconomyConcepts = WordSet.Create(StringComparer.Ordinal,
        "inflation", "core_inflation", "unemployment", "gdp", "trade_balance", "debt_to_gdp", "exports", "imports");

    // a one-word name the lexicon lists as an organization ("Apple", "Nintendo")
    private bool IsKnownCompany(string word) =>
        models.Entities.Phrases.TryGetValue(word.ToLowerInvariant(), out var entry) && entry.Entity.Type == EntityType.Org && entry.Kind == MentionKind.Name;

    // namesNoTime: no time expression in the sentence dates the figure (not even an open one, "in recent years"), and
    // its clause does not count up to now ("have been indicted ... pocketing $88 million"), so the story's period may.
    private Claim Build(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built,
        MetricKeys.DocumentState state, out bool namesNoTime, out PeriodExpression? expression)
    {
        var storyActor = MetricKeys.SpeaksOfTotal(doc, facts) ? null : state.MainActor;
        var (subject, role) = SubjectFinder.Find(doc, facts, mention, inSentence, storyActor,
            storyActor is not null && models.Entities.Economies.TryGetValue(storyActor.Name, out var economy) ? economy : null);
        subject = state.Canonical(subject);
        var compared = ComparedLevel(doc, facts, mention, inSentence, built);
        if (compared is { Subject: not null } level)
        {
            // "fell to $4 billion in 2024, down from a record $10.25 billion the year before, as attacks by Yemen's Houthi
            // rebels ...": a figure a level is set against is that level's subject's, unless its own words name another
            (subject, role) = (level.Subject, level.Role);
        }
        else if (MetricKeys.RestatedCount(doc, mention, inSentence) is { } restated && built.TryGetValue(restated, out var restatedClaim) && restatedClaim.Subject is not null)
        {
            // "to Kamala Harris's 74.9 million, or 48.4%": a share restating a count is that count's subject's
            (subject, role) = (restatedClaim.Subject, restatedClaim.Role);
        }

        // "CSO figures showed ...": a statistics office's figures are its country's
        subject = subject is not null && models.Entities.SpeaksFor.TryGetValue(subject.Name, out var country) ? country : subject;
        // "The Congressional Budget Office said the deficit would reach $1.9 trillion": with no subject of its own, a
        // figure a statistics office or a fiscal watchdog reports is its country's
        subject ??= doc.Mentions.FirstOrDefault(m => facts.AttributionCover.Contains(m.Span) && models.Entities.SpeaksFor.ContainsKey(m.Entity.Name)) is { } office
            ? models.Entities.SpeaksFor[office.Entity.Name] : null;
        bool isAsset = subject is not null && models.Entities.AssetNames.Contains(subject.Name);
        var metric = keys.Resolve(doc, facts, mention, inSentence, built, state, isAsset);
        metric = mention.Form is QuantityForm.Money or QuantityForm.Crypto or QuantityForm.Count ? Averages.Of(metric, doc, facts, mention) : metric;
        if (state.SceneBefore is { } scene && storyActor is not null && subject?.Key == storyActor.Key && facts.Mentions.Count == 0
            && scene.Measures.Contains(metric.Concept))
        {
            // a sentence naming no one goes on with the place the sentence before opened with, for a measure that sentence
            // gave the place, not with the story's main actor
            subject = scene.Place;
        }

        if (facts.Mentions.Count == 0 && NationalScope(doc, facts.Sentence) is { } nation)
        {
            // "Nationally, 20 people have been killed in avalanches" in a story of Colorado's: the country's, not the actor's
            subject = nation;
        }

        // "Exports to the US were up 3.3 percent" in a story of China's trade: the partner the figure names is not the trader
        // (the trader is the story's main actor, or the economy it last measured; with neither, no one the text names)
        if (subject is not null && TradePartners.Counterpart(doc, facts, mention, metric) == subject.Key)
        {
            subject = (storyActor ?? state.LastEconomy) is { } trader && trader.Key != subject.Key ? trader : null;
        }

        if (metric.Concept is "deficit" or "surplus" && NamesBalanceAlone(metric.Phrase)
            && (TradePartners.Of(doc, facts, mention, metric) is not null || TradePartners.LastBalanceIsTrade(doc, mention.FirstToken)))
        {
            // "The deficit for the year to date rose to $651.3bn" in a story of the trade deficit, "It ran a deficit of $16.8
            // billion with Mexico", "14.1 per cent higher": a balance with no word of its own is trade, as the story's is (a
            // budget's is named so)
            metric = Renamed(metric, metric.Concept, TradeBalance);
        }

        if (EconomyConcepts.Contains(metric.Concept))
        {
            // "US consumer prices rose 3.4% ... The core measure rose 3.7 percent": an economy's measure with no subject of
            // its own is the economy's the story last measured
            subject ??= state.LastEconomy;
            state.LastEconomy = subject?.Type == EntityType.Gpe ? subject : state.LastEconomy;
        }

        if (subject?.Type == EntityType.Person && metric.Key.StartsWith("profit.", StringComparison.Ordinal))
        {
            // "Apple CEO Tim Cook earned $63 million last year": what a person earns is pay, not a profit
            metric = Renamed(metric, "profit", "salary");
        }

        if (metric.Concept == "salary")
        {
            var (payFirst, payEnd) = facts.ClauseOf(mention.FirstToken);
            // "Tenants in London are paying an average of £2,223 a month": what tenants pay is rent, not pay; "where drivers
            // pay an average of $4.61": what buyers pay is a price ("drivers earn $20 an hour", "drivers are paid $25" is pay)
            metric = doc.AnyIn(payFirst, payEnd, Tenants) ? Renamed(metric, "salary", "rent")
                : doc.AnyIn(payFirst, mention.QualifierFirstToken, Buyers) && BuyersPay(doc, payFirst, mention.QualifierFirstToken) ? Renamed(metric, "salary", "price")
                : metric;
        }

        metric = Segments.Rematured(doc, facts, mention, metric) ?? metric;
        if (Populations.Of(doc, facts, mention) is { } group && metric.ShareBaseKey is null)
        {
            // "The average reading score for eighth graders": a test's score is told apart by its subject and its grade both
            if (metric.Concept == "score" && Segments.Of(doc, facts, mention, metric) is { } subjectTested)
            {
                metric = PartOf(metric, subjectTested);
            }

            // "the rate for women", "The number of children experiencing homelessness rose by a third": a group's figure or
            // change is not the overall one (a level compared with one of the group's is keyed by the group already: "Youth
            // unemployment rose to 15.0% from 14.7%")
            // ("compared with 35.5% among those aged 20 to 39": another group's key it took over gets this group instead)
            metric = Populations.Regrouped(metric.Key, group) is { } regrouped
                ? metric with { Key = regrouped, ChangeLevelKey = Populations.Regrouped(metric.ChangeLevelKey, group) ?? metric.ChangeLevelKey }
                : PartOf(metric, group);
        }
        else if (Segments.Of(doc, facts, mention, metric) is { } segment)
        {
            // "Data center sales rose 112% to $30.8 billion": a segment's sales are not the company's
            metric = PartOf(metric, segment);
        }
        else if (TradePartners.Of(doc, facts, mention, metric) is { } partner)
        {
            // "The goods deficit with China narrowed by $1.4 billion": trade with one country is not trade with the world
            // ("Exports to the European Union rose 3%, while those to Russia fell 4.4%": a partner carried over gives way)
            metric = PartOf(metric with { Key = Unprefixed(metric.Key)!, ChangeLevelKey = Unprefixed(metric.ChangeLevelKey) }, partner);
        }
        else if (Recipients.Of(doc, facts, mention, metric) is { } recipient)
        {
            // "will pay $1.8 billion to the Justice Department and $1.3 billion to FinCEN": what one body gets is part of all
            // that is paid
            metric = PartOf(metric, recipient);
        }
        else if ((Causes.Of(doc, facts, mention, metric) ?? Victims.Of(doc, facts, mention, metric)) is { } cause)
        {
            // "Cocaine-related deaths fell by about a fifth", "Pedestrian deaths dropped 5.4 percent": deaths of one cause or
            // of one group of road users are not all deaths
            metric = PartOf(metric, cause);
        }

        if ((DebtBasis.Of(doc, facts, mention, metric) ?? TradingPoints.Of(doc, facts, mention, metric)) is { } basis)
        {
            // "for about $36 billion including debt" against "nearly $30 billion, excluding debt", "opened at $47" against
            // "closed at $50.44": one deal, one day, two measures
            metric = PartOf(metric, basis);
        }

        if (metric.ShareBaseKey is null && Peaks.Marks(doc, facts, mention))
        {
            // "Viewing peaked at 129.3 million", "down from a peak of more than 4.5 million": a high point is no level at a time
            metric = PartOf(metric, Peaks.Part);
        }

        if (metric.Concept == "viewers" && metric.ShareBaseKey is null && AudienceReach.Marks(doc, mention))
        {
            // "Eurovision reached 163 million viewers" beside "an average audience of 89 million": everyone who watched any of it
            metric = PartOf(metric, AudienceReach.Part);
        }

        if (metric.ShareBaseKey is null && metric.ChangeLevelKey is null && AddedCounts.Marks(doc, mention, metric.Key, built))
        {
            // "confirmed 1,937 deaths, and a further 2,345 deaths are under investigation": more of a measure, not its level
            metric = PartOf(metric, AddedCounts.Part);
        }

        // "revised ... to 906,000, from 740,000", "its earlier estimate of 740,000": what a revision replaced is no claim now
        bool superseded = metric.ShareBaseKey is null && Revisions.Supersedes(doc, facts.Sentence, mention);
        if (superseded)
        {
            metric = metric with { Key = Revisions.Prefix + metric.Key, ChangeLevelKey = null };
        }

        // "analysts' average estimate of $13.9 billion", "forecast revenue of $15.2 billion": what is expected is not the result
        bool expected = metric.ShareBaseKey is null && !superseded
            && (Expectations.Marks(doc, facts, mention, change: metric.ChangeLevelKey is not null) || Expectations.Alongside(doc, mention, inSentence, built));
        if (expected)
        {
            // "prior guidance of 4.0%" growth: an expected change is no step of the level's reported course
            metric = metric.ChangeLevelKey is null ? keys.ExpectedLike(doc, mention, inSentence, built) ?? metric : metric with { ChangeLevelKey = null };
            metric = metric with { Key = Expectations.Prefix + metric.Key };
        }

        if (metric.Key == Ballots.VoteShare && Ballots.VotesAgainst(doc, mention))
        {
            metric = metric with { Key = Ballots.Against, Phrase = "votes against" };
        }

        if (metric.Key is Ballots.VoteShare or Ballots.Against && Ballots.OfEarlierOffer(doc, facts.Sentence))
        {
            metric = metric with { Key = Ballots.EarlierBallot + metric.Key };
        }

        if (state.Deal is { } deal && subject is not null && deal.Frames(doc, facts, mention, subject, metric.Concept))
        {
            // "Halvorsen will pay $38 a share for Brightwater": the deal's price, whichever party the clause names
            subject = deal.Entity;
        }

        bool isChange = metric.ChangeLevelKey is not null;

        var reference = isChange ? ReferenceFor(doc, facts, mention) : null;
        expression = PeriodPicker.Pick(doc, facts, mention.FirstToken, mention.EndToken,
            allowPresent: mention.Form is QuantityForm.Percent or QuantityForm.Fraction, exclude: reference, preferBefore: isChange);
        var period = PeriodPicker.Resolve(doc, facts, expression, mention.FirstToken);
        if (expression is not null && PlayingSeasons.IsEarlier(doc, expression) && metric.Concept != "age" && mention.Quantity.Unit.Dimension != UnitDimension.Date)
        {
            // "He scored 9 goals last season" beside "14 goals this season": a season gone by, whose bounds are the
            // league's and never resolved, is a part of the record of its own, never set against this season's figure
            // (an age says who, whatever the season: "The 27-year-old scored 54 goals last season")
            metric = EarlierSeason(metric);
        }

        if (compared is { Period: { } comparedStretch } && comparedStretch.Start != comparedStretch.End && expression is not null && CountsAYearBack(doc, expression)
            && comparedStretch.YearBefore() is { } yearBefore)
        {
            // "6,288 square kilometers were cleared between August 2023 and July 2024, down from 9,064 square kilometers a
            // year earlier": a year before the level's own stretch, not the year before the story's (a day's level keeps
            // "a year ago" as a year: "climbed 4% to $12,500 on Wednesday, up from about $4,000 a year ago" compares no
            // two days)
            period = yearBefore;
        }
        else if (compared is { Period: { Start: { } from, End: { } to } comparedPeriod } && from.Year == to.Year && !ChangeReferences.IsWholeYear(comparedPeriod) && expression is not null
            && period is { Start: { } yearStart } && ChangeReferences.IsWholeYear(period) && PeriodPicker.AfterSameStretch(doc, expression))
        {
            // "profits before tax reached $2.3bn, compared with $0.9bn in the same period of 2023": the compared level's
            // stretch of that year (the fourth quarter of 2023), not the whole year
            int years = yearStart.Year - from.Year;
            period = Core.Periods.Period.Spanning(from.AddYears(years), to.AddYears(years));
        }

        if (isChange && (period is null || (period.Start == period.End && expression is not null && expression.EndToken <= mention.FirstToken))
            && AppositiveLevel(doc, mention, inSentence, built, metric.ChangeLevelKey!) is { Period: { } levelPeriod } && levelPeriod.Start != levelPeriod.End)
        {
            // "third-quarter revenue of $35.1 billion on Wednesday, up 94% from a year ago": a change told right after
            // the level it changed is over that level's stretch of time, not the day it was reported
            period = levelPeriod;
            expression = null;
        }

        namesNoTime = expression is null && period is null && !CountsUpToNow(doc, facts, mention);
        var referencePeriod = PeriodPicker.Resolve(doc, facts, reference, mention.FirstToken);
        if (isChange)
        {
            referencePeriod = ChangeReferences.Resolve(doc, facts, mention, period, reference, referencePeriod);
        }

        if (metric.Total)
        {
            // a whole across subjects has none, unless the story's main actor reports it: "a global recall of 340,000
            // vehicles, the automaker said" is the automaker's own total, never set against one of its parts
            // and "Toyota sold 10.3 million vehicles worldwide" is the clause's own subject's
            int clauseStart = doc.Tokens[facts.ClauseOf(mention.FirstToken).First].Start;
            // (a company's or a body's, not a place's: "The U.S. action is part of a global recall"; nor the whole a share is
            // taken of: "North Korea was behind 61 percent of the $2.2 billion stolen from global crypto platforms")
            // (a place's only where its team acts or the figure is its own: "The U.S. team won 126 medals in all",
            // "91 to the Americans' 126")
            bool ownSubject = subject is { } named && !MetricKeys.IsShareBase(doc, mention, inSentence)
                && facts.Mentions.Exists(m => m.Span.Start >= clauseStart && m.Span.End <= mention.Quantity.Span.Start && state.Canonical(m.Entity)?.Key == named.Key
                    && (PossessesFigure(doc, m, mention) || (Entities.MentionPlaces.PrepositionBefore(doc, m) is null
                        && (named.Type is EntityType.Gpe or EntityType.Loc ? TeamActs(doc, m, mention) : !Modifies(doc, m)))));
            subject = ownSubject ? subject
                : state.MainActor is { } actor && SubjectFinder.ReportedBy(doc, facts, actor, state.Canonical) ? state.Canonical(actor) : null;
            metric = subject is null ? metric : metric with { Key = Core.Claims.MetricKeys.Totalled(metric.Key) };
        }
        else if (subject is not null && metric.ShareBaseKey is null && metric.ChangeLevelKey is null && MetricKeys.IsShareBase(doc, mention, inSentence))
        {
            // "4.2 million of its members, roughly 38% of the 11 million people it insures": the whole a share is taken of
            // is the subject's total, never a part to set against the 4.2 million
            metric = metric with { Key = Core.Claims.MetricKeys.Totalled(metric.Key) };
        }

        if (mention.Quantity.Noun == Ages.Noun && AgeOfNamed(facts, mention) is { } person)
        {
            // "Arsenal signed Viktor Gyokeres. The 27-year-old", "Judge Lewis Kaplan ordered the 32-year-old to forfeit": the
            // person the age stands for, whatever type the name was given
            subject = state.Canonical(person);
        }
        else if (mention.Quantity.Noun == Ages.Noun && subject?.Type != EntityType.Person)
        {
            // "The 55-year-old was arrested": an age is a person's; the story's main actor or a place is never its subject
            subject = null;
        }

        if (metric.Key == "share.rate" && subject?.Type is EntityType.Person or EntityType.Org && doc.AnyIn(facts.Sentence.FirstToken, facts.Sentence.EndToken, PollWords))
        {
            // "Kamala Harris leads Donald Trump by 49% to 47% among likely voters": a candidate's or a party's bare share in
            // a poll is the support the poll gives it
            metric = metric with { Key = "poll_support.rate", Concept = "poll_support", Phrase = "poll support" };
        }
        else if (metric.Key == "share.rate" && subject?.Type is EntityType.Person or EntityType.Org or EntityType.Other
            && doc.AnyIn(facts.Sentence.FirstToken, facts.Sentence.EndToken, WinVerbs) && doc.AnyIn(facts.Sentence.FirstToken, facts.Sentence.EndToken, BallotWords))
        {
            // "beating Rafal Trzaskowski, who won 49.11%", "had won the first round with 31.4%": a candidate's or a party's
            // bare share in a sentence of winning a vote is its share of the vote
            metric = metric with { Key = "vote_share.rate", Concept = "vote_share", Phrase = "vote share" };
        }

        if (metric.Concept == "fine" && FinedParty(doc, facts, mention) is { } fined)
        {
            // "The European Commission fined Apple €1.84 billion": a fine is the fined party's, as "Apple was fined" says
            subject = state.Canonical(fined);
        }

        if (isAsset || metric.Concept is "price" or "population")
        {
            role = SubjectRole.Topic;
        }

        double confidence = 0.9;
        confidence -= subject is null && !metric.Total ? 0.2 : 0;
        confidence -= metric.Fallback ? 0.2 : 0;
        confidence -= mention.Form == QuantityForm.Count && mention.Quantity.Noun is null ? 0.15 : 0;
        var claim = new Claim
        {
            Quantity = GrowthAsIncrease(metric.Direction is QuantityChange.Increase or QuantityChange.Decrease && mention.Quantity.Change == QuantityChange.None
                ? mention.Quantity with { Change = metric.Direction } : mention.Quantity, isChange),
            Quote = mention.Quantity.Span.In(doc.Text).ToString(),
            Sentence = facts.Sentence.Span,
            Subject = subject,
            Role = subject is null ? SubjectRole.Actor : role,
            Metric = metric.Phrase,
            MetricKey = metric.Key,
            Period = period,
            Attribution = facts.AttributionOf(doc, mention.FirstToken, mention.EndToken),
            Hedged = expected || facts.HedgesAt(doc, mention.FirstToken),
            Negated = IsNegated(doc, facts, mention),
            Confidence = Math.Clamp(confidence, 0.1, 1.0),
            Scope = metric.Total ? ClaimScope.Total : ClaimScope.Part,
            ShareOf = metric.ShareBaseKey is null ? null : new ShareBase(metric.ShareBaseKey, metric.ShareTotal),
            ChangeOf = metric.ChangeLevelKey is { } levelKey ? new ChangeFrame(levelKey, referencePeriod) : null,
            PremiumTo = PremiumBase.Of(doc, facts, mention, subject, metric.Concept, built, state.Deal, state.Canonical),
        };
        // "The sequel, which cost about $190 million to produce, added $97 million": an aside's figure is background,
        // no measure for the next bare amount to take
        if (!SentenceFacts.IsRelativeAside(doc, facts.ClauseOf(mention.FirstToken).First))
        {
            state.Remember(claim, metric.Concept);
        }

        return claim;
    }

    // the level a reference figure ("down from $10.25 billion") is set against: the figure before it in its sentence,
    // built already, when no name stands between the two nor after the reference before the next punctuation ("up from
    // 3.1% in France" is France's, "against the 7,000 vans sold by Norvik Motors" Norvik's)
    private static Claim? ComparedLevel(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built)
    {
        if (!PeriodPicker.IsReferenceFigure(doc, mention))
        {
            return null;
        }

        var level = inSentence.LastOrDefault(x => x.EndToken <= mention.QualifierFirstToken);
        if (level is null || !built.TryGetValue(level, out var claim) || claim.ChangeOf is not null || claim.ShareOf is not null)
        {
            return null;
        }

        int from = doc.Tokens[level.EndToken - 1].End;
        int end = mention.EndToken;
        while (end < facts.Sentence.EndToken && doc.Tokens[end].Kind != TokenKind.Punct)
        {
            end++;
        }

        int to = doc.Tokens[end - 1].End;
        return facts.Mentions.Exists(m => m.Span.Start >= from && m.Span.End <= to && !facts.AttributionCover.Contains(m.Span)) ? null : claim;
    }

    // "a year earlier", "a year ago", "the year before", "the previous year"
    private static bool CountsAYearBack(AnalyzedDocument doc, PeriodExpression expression)
    {
        bool year = false, back = false;
        for (int t = expression.FirstToken; t < expression.EndToken; t++)
        {
            year |= doc.Is(t, "year");
            back |= doc.IsAny(t, YearBackWords);
        }

        return year && back;
    }

    private static readonly WordSet YearBackWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "earlier", "ago", "before", "previous", "prior");

    private const string TradeBalance = "trade_balance";

    // whether a metric's phrase names a balance by its noun alone ("deficit", "change in deficit"), not a budget's or goods'
    private static bool NamesBalanceAlone(string phrase) =>
        BareBalances.Contains(phrase.StartsWith(MetricKeys.ChangePhrase, StringComparison.Ordinal) ? phrase[MetricKeys.ChangePhrase.Length..] : phrase);

    private static readonly WordSet BareBalances = WordSet.Create(StringComparer.OrdinalIgnoreCase, "deficit", "deficits", "surplus", "surpluses");

    // the metric with its concept renamed in its keys, whatever the parts before it ("expected:deficit.value")
    private static MetricResult Renamed(MetricResult metric, string from, string to)
    {
        string? Rename(string? key) =>
            key is null ? null
            : key.StartsWith(from + ".", StringComparison.Ordinal) ? to + key[from.Length..]
            : key.Replace(":" + from + ".", ":" + to + ".", StringComparison.Ordinal);
        return metric with { Key = Rename(metric.Key)!, Concept = to, ChangeLevelKey = Rename(metric.ChangeLevelKey) };
    }

    // a key without the parts before its concept ("russia" of "russia:exports.value")
    private static string? Unprefixed(string? key) => key?[(key.LastIndexOf(':') + 1)..];

    // the metric of a part (a group, a segment, a trade partner, a cause, a basis, a peak): its keys with the part's
    // prefix, once
    private static MetricResult PartOf(MetricResult metric, string part)
    {
        // ("expected:aged 21+:salary.value.change" built from its level's key has the part already)
        string? Prefixed(string? key) => key is null || key.StartsWith(part + ":", StringComparison.Ordinal) || key.Contains(":" + part + ":", StringComparison.Ordinal) ? key : part + ":" + key;
        return metric with { Key = Prefixed(metric.Key)!, ChangeLevelKey = Prefixed(metric.ChangeLevelKey) };
    }

    // the metric of a season gone by: its keys with the part "previous season", after an expectation's prefix
    private static MetricResult EarlierSeason(MetricResult metric)
    {
        const string Part = "previous season:";
        static string? Earlier(string? key) =>
            key is null ? null
            : Core.Claims.MetricKeys.IsExpected(key) ? Core.Claims.MetricKeys.ExpectedPrefix + Part + key[Core.Claims.MetricKeys.ExpectedPrefix.Length..]
            : Part + key;
        return metric with { Key = Earlier(metric.Key)!, ChangeLevelKey = Earlier(metric.ChangeLevelKey) };
    }

    // The level a change is told in apposition to: the figure of that measure just before it, with only a comma, the
    // change's "up" or "down" and a time between ("$35.1 billion on Wednesday, up 94%").
    private static Claim? AppositiveLevel(AnalyzedDocument doc, QuantityMention change, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built, string levelKey)
    {
        var level = inSentence.LastOrDefault(x => x.EndToken <= change.FirstToken);
        if (level is null || !built.TryGetValue(level, out var claim) || claim.MetricKey != levelKey || change.QualifierFirstToken - level.EndToken > AppositionGap)
        {
            return null;
        }

        bool comma = false;
        for (int i = level.EndToken; i < change.QualifierFirstToken; i++)
        {
            comma |= doc.Is(i, ",");
            if (doc.Tokens[i].Kind == TokenKind.Word && !doc.IsAny(i, AppositionWords) && !doc.Periods.Any(p => p.FirstToken <= i && i < p.EndToken))
            {
                return null;
            }
        }

        return comma ? claim : null;
    }

    // how many tokens may stand between a level and a change told in apposition to it: "on Wednesday, up"
    private const int AppositionGap = 6;

    private static readonly WordSet AppositionWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "up", "down", "on", "in", "at", "for");

    // "Annual growth peaked at 6.0 per cent": a growth rate is a rise of that much
    private static Quantity GrowthAsIncrease(Quantity quantity, bool isChange) =>
        isChange && quantity.Change == QuantityChange.None && quantity.Unit.Dimension == UnitDimension.Percent && quantity.Value > 0
            ? quantity with { Change = QuantityChange.Increase }
            : quantity;

    private Claim BuildDate(AnalyzedDocument doc, SentenceFacts facts, PeriodExpression date, List<QuantityMention> inSentence)
    {
        var period = date.Period!; // IsEventDate admits only resolved dates
        int first = doc.Is(date.FirstToken - 1, "in") || doc.Is(date.FirstToken - 1, "on") ? date.FirstToken : date.FirstToken;
        var quantity = DateQuantity.Of(date.Span, period);
        var pseudo = new QuantityMention(quantity, first, date.EndToken, QuantityForm.Date, first);
        var (subject, role) = SubjectFinder.Find(doc, facts, pseudo, inSentence);
        var match = EventOf(doc, facts.Sentence, date);
        string concept = match?.Concept ?? "event";
        return new Claim
        {
            Quantity = quantity,
            Quote = date.Span.In(doc.Text).ToString(),
            Sentence = facts.Sentence.Span,
            Subject = subject,
            Role = role,
            Metric = match is { } m ? "date of " + doc.Text[doc.Tokens[m.First].Start..doc.Tokens[m.End - 1].End] : "date",
            MetricKey = "date." + concept,
            // The date is the claim's value; like a fact with no time scope, the claim itself has no period.
            Period = null,
            Attribution = facts.Attribution,
            Hedged = facts.HedgesAt(doc, date.FirstToken),
            Confidence = match is null ? 0.5 : 0.75,
        };
    }

    // The event a date dates: an event word before it in the sentence ("the theft in May", "signed ... in June"),
    // else one after it in its clause. A month with no event ("fell to 4.1% in October") is only a period.
    private MetricMatch? EventOf(AnalyzedDocument doc, Text.Sentence sentence, PeriodExpression date) =>
        events.Before(doc, Math.Max(sentence.FirstToken, date.FirstToken - 12), date.FirstToken, [MetricUse.Event], _ => false)
        ?? events.Nearest(doc, date.EndToken, Math.Min(sentence.EndToken, date.EndToken + 6), date.FirstToken, date.EndToken, [MetricUse.Event], _ => false);

    // "delivered 14 commercial airplanes in October, down from 33 in September, as a strike halted production": a time
    // right after a figure (and the words it counts) is that figure's, no date of an event the sentence goes on to name
    private static bool DatesAFigure(AnalyzedDocument doc, List<QuantityMention> inSentence, PeriodExpression p)
    {
        int preposition = p.FirstToken - 1;
        foreach (var q in inSentence)
        {
            // (not a figure a determiner makes a reference: "ties between the two countries in June" dates the signing)
            if (q.EndToken <= preposition && preposition - q.EndToken <= FigureToTimeWords && AllLowerCaseWords(doc, q.EndToken, preposition)
                && !doc.IsAny(q.QualifierFirstToken - 1, Text.Lexicon.Owners) && !doc.IsAny(q.QualifierFirstToken - 1, OtherDeterminers))
            {
                return true;
            }
        }

        return false;
    }

    // the determiners besides the owners the lexicon lists ("the", "its", "their") that make a figure a reference
    private static readonly WordSet OtherDeterminers = WordSet.Create(StringComparer.OrdinalIgnoreCase, "these", "those", "both", "our", "my", "your");

    // how many words may name what a figure counts between it and its time ("14 commercial airplanes in October")
    private const int FigureToTimeWords = 3;

    // whether [from, to) are lower-case words, none a verb in the past ("7.1-magnitude earthquake struck on Jan. 1" dates
    // the quake)
    private static bool AllLowerCaseWords(AnalyzedDocument doc, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (doc.Tokens[i].Kind != Text.TokenKind.Word || !char.IsLower(doc.TokenText(i)[0]) || Text.Lexicon.IsPastForm(doc.TokenText(i)))
            {
                return false;
            }
        }

        return true;
    }

    // A month or day dates an event when the text says "in May", "on March 3" (not "since June", "through May").
    private static bool IsEventDate(AnalyzedDocument doc, PeriodExpression p) =>
        p.Cue is PeriodCue.Month or PeriodCue.Day && p.Period is { Start: not null, End: not null }
        && (doc.Is(p.FirstToken - 1, "in") || doc.Is(p.FirstToken - 1, "on"));

    private static PeriodExpression? ReferenceFor(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention)
    {
        // the earlier level is named after "from", "than", "since" ("more than doubled from last year"), or anywhere
        // after a nominal multiplier ("double the number they were responsible for in 2023"); the qualifier's "than" before
        // the figure introduces nothing ("more than doubled this year")
        var (_, cEnd) = facts.ClauseOf(mention.FirstToken);
        bool nominal = mention.Form == QuantityForm.Multiplier && (doc.Is(mention.EndToken, "the") || doc.Is(mention.EndToken, "that") || doc.Is(mention.EndToken, "what") || doc.Is(mention.EndToken, "as")
            || SpelledNumbers.PossessiveTime(doc, mention.EndToken));
        bool Introduces(int i) => i >= mention.EndToken && IntroducesReference(doc, i);
        return doc.Periods.FirstOrDefault(p => p.FirstToken >= mention.EndToken && p.EndToken <= cEnd && p.Period is not null
            && (nominal || Introduces(p.FirstToken - 1) || Introduces(p.FirstToken - 2) || Introduces(p.FirstToken - 3)
                || Introduces(PeriodPicker.ComparingWord(doc, p)) || PeriodPicker.ComparedOn(doc, mention, p) || DatesAReferenceFigure(doc, mention, p)));
    }

    // "up 4% from the 55,597 announced a year earlier", "fewer than the 733,041 announced through November of last
    // year": the time right after the figure compared with (over a participle and a preposition) is the compared time
    private static bool DatesAReferenceFigure(AnalyzedDocument doc, QuantityMention mention, PeriodExpression p)
    {
        int before = doc.IsAny(p.FirstToken - 1, TimePrepositions) ? p.FirstToken - 1 : p.FirstToken;
        before = doc.TokenText(before - 1).EndsWith("ed", StringComparison.Ordinal) ? before - 1 : before;
        var (first, end) = doc.QuantitiesIn(doc.Sentences[doc.Tokens[mention.FirstToken].Sentence]);
        for (int k = first; k < end; k++)
        {
            var q = doc.Quantities[k];
            if (q.FirstToken >= mention.EndToken && q.EndToken == before && PeriodPicker.IsReferenceFigure(doc, q))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet TimePrepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase, "in", "through", "during", "for");

    // ("below the average for 1981 to 2010", "5% above the 2021 level": a level a figure is measured from)
    private static bool IntroducesReference(AnalyzedDocument doc, int i) =>
        doc.Is(i, "from") || doc.Is(i, "than") || doc.Is(i, "since") || doc.Is(i, "versus") || doc.Is(i, "vs") || doc.Is(i, "vs.") || doc.Is(i, "against") || doc.Is(i, "compared")
        || (doc.Is(i, "the") && (doc.Is(i - 1, "below") || doc.Is(i - 1, "above")));

    // A present perfect in the figure's verb phrase ("have been indicted", "has stolen"): a running total to date.
    private static bool CountsUpToNow(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention)
    {
        var (cFirst, cEnd) = facts.ClauseOf(mention.FirstToken);
        cEnd = Narration.VerbPhraseEnd(doc, mention.EndToken, cEnd);
        for (int i = cFirst; i < cEnd; i++)
        {
            if (doc.Is(i, "has") || doc.Is(i, "have") || doc.Is(i, "'ve") || doc.Is(i, "’ve"))
            {
                return true;
            }
        }

        return false;
    }

    // the name right after "fined" or "fines" in the figure's clause before it ("EU fines Apple €1.8 billion")
    private static EntityRef? FinedParty(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention)
    {
        int first = facts.ClauseOf(mention.FirstToken).First;
        for (int i = mention.QualifierFirstToken - 1; i >= first; i--)
        {
            if (doc.IsAny(i, FiningVerbs) && i + 1 < doc.Tokens.Count && facts.Mentions.Find(m => m.Span.Start == doc.Tokens[i + 1].Start) is { } fined)
            {
                return fined.Entity;
            }
        }

        return null;
    }

    private static readonly WordSet PollWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "poll", "polls", "polling", "pollster", "survey", "voters", "electorate");

    private static readonly WordSet Buyers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "drivers", "motorists", "consumers", "customers", "shoppers", "buyers", "passengers", "travelers", "travellers", "diners");

    private static readonly WordSet PayVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "pay", "pays", "paid", "paying");

    private static readonly WordSet PassiveMarks = WordSet.Create(StringComparer.OrdinalIgnoreCase, "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got");

    // a verb of paying in [first, end) that the payer does, not one done to them ("are paid")
    private static bool BuyersPay(AnalyzedDocument doc, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (doc.IsAny(k, PayVerbs) && !doc.IsAny(k - 1, PassiveMarks))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Tenants = WordSet.Create(StringComparer.OrdinalIgnoreCase, "tenants", "tenant", "renters", "renter", "lodgers");

    private static readonly WordSet WinVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "won", "win", "wins", "winning", "took", "secured", "received", "garnered", "polled", "captured", "led", "finished");

    private static readonly WordSet BallotWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "vote", "votes", "election", "elections", "round", "runoff", "run-off", "ballot", "ballots", "primary", "referendum", "caucus", "caucuses",
        "candidate", "candidates");

    private static readonly WordSet FiningVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "fined", "fines", "fine", "fining");

    private static bool IsNegated(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention)
    {
        var (cFirst, _) = facts.ClauseOf(mention.FirstToken);
        for (int i = Math.Max(cFirst, mention.QualifierFirstToken - 5); i < mention.QualifierFirstToken; i++)
        {
            if ((doc.Is(i, "not") && !doc.Is(i + 1, "only")) || doc.Is(i, "never") || doc.Is(i, "n't") || doc.Is(i, "n’t")
                || doc.TokenText(i).EndsWith("n't", StringComparison.Ordinal) || doc.TokenText(i).EndsWith("n’t", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
