using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// Composes canonical metric keys from a concept and a dimension: money → <c>theft.value</c>, counts →
/// <c>incident.count</c> (the head of the counted noun decides, "Estrada SUVs" → <c>vehicles.count</c>, or for "people"
/// the verb; "a global recall of" makes a total), percent levels → <c>unemployment.rate</c>,
/// shares → <c>theft.value.share</c>, changes and multipliers → <c>theft.value.change</c>, size classes ("attacks over
/// $100 million") → <c>incident.size_threshold</c>, measures → <c>area_burned.measure</c>.
/// </summary>
internal sealed class MetricKeys
{
    private static readonly WordSet TotalCues = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "total", "worldwide", "global", "overall", "combined", "altogether", "globally");

    private static readonly WordSet ScaleWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "percent", "cent", "dollars", "euros", "pounds");

    private static readonly WordSet GrowthSpans = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "annual", "yearly", "monthly", "quarterly", "year-on-year", "year-over-year", "the", "its", "their", "that");

    // "double the number", "three times what it was": a multiplier before these compares a noun phrase, not a verb's
    private static readonly WordSet NominalHeads = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "that", "what", "as", "its", "their");

    private static readonly WordSet AgeRangeWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "over", "under", "between", "and", "or", "older", "younger", "above", "below", "to", "up", "years", "old", "plus", "-");

    private static readonly MetricUse[] ValueUses = [MetricUse.Value];
    private static readonly MetricUse[] CountUses = [MetricUse.Count];
    private static readonly MetricUse[] LevelUses = [MetricUse.Value, MetricUse.Count, MetricUse.Rate, MetricUse.Measure];
    private static readonly MetricUse[] BaseUses = [MetricUse.Count, MetricUse.Value, MetricUse.Rate];

    /// <summary>The key of the price bid for a company's shares ("will pay $38 a share").</summary>
    internal const string OfferPriceKey = OfferPrice + ".value";

    /// <summary>The key of the price a company's shares trade or close at.</summary>
    internal const string SharePriceKey = SharePrice + ".value";

    private const string OfferPrice = "offer_price";
    private const string PowerOutage = "power_outage";
    private const string Production = "production";
    private const string SharePrice = "share_price";

    private readonly MetricFinder finder;

    public MetricKeys(MetricFinder finder) => this.finder = finder;

    public MetricResult Resolve(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, List<QuantityMention> inSentence,
        Dictionary<QuantityMention, Claim> built, DocumentState state, bool subjectIsAsset)
    {
        var (cFirst, cEnd, aside) = facts.ClauseAcrossAside(doc, q.FirstToken);
        // a word inside a figure, past the first word of a place's or an organization's name ("States" in "United
        // States", "Trade" in "World Trade Organization"), in a relative aside the clause reads across, in what a sum
        // counts in or leaves out ("$35.9 billion including debt", "excluding fees") or in another figure's "a share"
        // ("rose 109% to $19.3 billion, or 78 cents a share": the profit's, not a share price), nor a way of paying ("a
        // household paying by direct debit") is never a metric word; a fire's or a storm's ("Juniper Ridge Fire grows to
        // 12,400 acres") says what it is
        // ("Texas led all states with 146, while Iowa had 122": the field a leader ranks first in is what it leads, no measure)
        var led = LedField(doc, inSentence, facts.Sentence.FirstToken);
        bool InQuantity(int i) => QuantityMention.AnyCovers(inSentence, i) || facts.InsideName(doc, i) || (i >= aside.Start.Value && i < aside.End.Value) || (i >= led.Start.Value && i < led.End.Value)
            || (i > q.EndToken && i <= q.EndToken + 2 && doc.IsAny(q.EndToken, SumQualifiers)) || (i > q.EndToken + 1 && i <= q.EndToken + 3 && doc.Is(q.EndToken, ",") && doc.IsAny(q.EndToken + 1, SumQualifiers)) || OthersPerShare(doc, q, inSentence, i) || PaysBy(doc, i)
            || OthersDenominator(doc, q, inSentence, i);

        // "Chega won 18.1% and 48 seats": the counted noun of another count says what that count counts; for a count,
        // so does the word after it ("has risen to 3,085, ... with 4,715 people injured")
        bool CountedByAnother(int i, int reach) =>
            InQuantity(i) || inSentence.Exists(x => x != q && i >= x.EndToken && i <= x.EndToken + reach && x.Form == QuantityForm.Count && x.Quantity.Noun is not null);

        // "topping the $100 million mark that tracking had set", "passed the 1 million milestone": a round mark passed or
        // missed is no level of what it marks ("Bitcoin crossed the $100,000 mark": an asset's sum marks its price, whatever
        // the verb)
        if (doc.Is(q.QualifierFirstToken - 1, "the") && doc.IsAny(q.EndToken, Milestones))
        {
            string? c = subjectIsAsset && q.Form is QuantityForm.Money or QuantityForm.Crypto ? "price"
                : finder.Nearest(doc, cFirst, cEnd, q.FirstToken, q.EndToken, MarkedUses, InQuantity)?.Concept ?? (subjectIsAsset ? "price" : null);
            return new MetricResult(c is null ? "milestone.mark" : c + ".milestone", doc.TokenText(q.EndToken).ToString(), c ?? "milestone", c is null);
        }

        // "expanded its recall to 265,000 vehicles ..., up from the 212,000 it announced", "rose to $3.1 billion ... from
        // $2.6 billion", "accounted for 55% of online sales, up from 51.8%", "43.2 million passengers, still below its
        // pre-pandemic peak of 46.6 million": a bare figure compared against (or set aside:
        // "223,000 jobs added instead of 254,000") measures what it is compared with (a share or a rate only as a level
        // against a level, or as another's move set "compared with" or "versus" it: "lost 20.2% of their weight, versus
        // 13.7% on Wegovy")
        if (q.Quantity.Noun is null && (q.Form is QuantityForm.Count or QuantityForm.Money || (q.Form == QuantityForm.Percent && q.Quantity.Change == QuantityChange.None))
            && !PerShare(doc, q) && (PeriodPicker.IsReference(doc, q.QualifierFirstToken - 1) || InsteadOf(doc, q.QualifierFirstToken - 1) || PeriodPicker.MarkedBelow(doc, q.QualifierFirstToken - 1))
            && !NamedRightAfter(doc, q, cEnd)
            && inSentence.LastOrDefault(x => x.EndToken <= q.FirstToken && x.Quantity.Unit == q.Quantity.Unit && !PerShare(doc, x)
                && (q.Form == QuantityForm.Percent ? x.Quantity.Change == QuantityChange.None || ComparedWith(doc, q) : built.ContainsKey(x))) is { } compared)
        {
            // (a share the sentence has not built yet is read as it will be; the level an expected one is compared with is
            // no expectation: "is expected to rise to 42.4% from 41.7%")
            // (a figure set beside another's move moves the same way: "lost 20.2% ..., versus 13.7%")
            // (a figure a peak is compared with is no peak: "a peak of around 10.3 billion ..., up from 8.2 billion this year")
            var same = (built.TryGetValue(compared, out var level) ? SameAs(level) : Resolve(doc, facts, compared, inSentence, built, state, subjectIsAsset)) with { Direction = compared.Quantity.Change };
            same = same.Key.StartsWith(Peaks.Part + ":", StringComparison.Ordinal) ? same with { Key = same.Key[(Peaks.Part.Length + 1)..] } : same;
            return Core.Claims.MetricKeys.IsExpected(same.Key) ? same with { Key = same.Key[Core.Claims.MetricKeys.ExpectedPrefix.Length..] } : same;
        }

        // "invested 1,2 million euros in the organisation, of which 450.000 euros only for the security": a part of
        // the amount the clause hangs on, never a second statement of it; so are the bare counts after a fronted "Of the"
        // whole ("Of the 16 confirmed deaths, five were in the Palisades fire area and 11 in the Eaton fire area")
        // ("destroyed 87 structures, including 41 homes": so is a figure the word "including" lists after a whole, unless
        // its noun counts another measure: "3248 cases reported worldwide, including 584 deaths")
        var partWhole = SentenceFacts.OpensPartOf(doc, cFirst) ? inSentence.LastOrDefault(x => x.EndToken < cFirst && x.Quantity.Unit == q.Quantity.Unit)
            : FrontedWhole(doc, facts, q, inSentence) ?? IncludedIn(doc, q, inSentence) ?? WholeOfWhich(doc, q, inSentence);
        if (q.Form is QuantityForm.Money or QuantityForm.Crypto or QuantityForm.Count && partWhole is not null && built.TryGetValue(partWhole, out var partOf)
            && !(partWhole.EndToken < q.FirstToken && CountsAnotherMeasure(q, partOf)))
        {
            // ("446 herds in 15 states, including 224 in California": a part told in a place is that place's own figure of
            // the measure, set against the place's figures elsewhere)
            return IncludedInPlace(doc, facts, q) ? new MetricResult(Core.Claims.MetricKeys.Untotalled(partOf.MetricKey), partOf.Metric, ConceptOf(partOf.MetricKey), false)
                : new MetricResult(partOf.MetricKey + Core.Claims.MetricKeys.PartSuffix, "part of " + partOf.Metric, ConceptOf(partOf.MetricKey), false);
        }

        if (partWhole is null && FrontedGroup(doc, facts, q) is { } fronted)
        {
            // "Of the dead, 213 were in the Valencia region": a part of the group a fronted "Of the" names with no figure
            return new MetricResult(fronted.Concept + ".count" + Core.Claims.MetricKeys.PartSuffix, "part of " + Phrase(doc, fronted, fronted.Concept), fronted.Concept, false);
        }

        switch (q.Form)
        {
            case QuantityForm.Money or QuantityForm.Crypto:
                return PerOccasion(Money(doc, facts, q, inSentence, built, state, subjectIsAsset, cFirst, cEnd, InQuantity), doc, q, cEnd);
            case QuantityForm.Count when IsPartitive(doc, q):
                {
                    // "Nine of the deaths were in North Carolina": a part of a whole counted elsewhere, never a restatement of it;
                    // "eight of the world's 14 highest mountains": a part of the whole its phrase counts
                    var ofWhole = inSentence.FirstOrDefault(x => x.Form == QuantityForm.Count && x.FirstToken > q.EndToken && x.FirstToken <= q.EndToken + PartitiveReach);
                    // "Fifteen of the passengers were foreign nationals": a part of the group the phrase names
                    var counted = ofWhole is not null ? Count(doc, ofWhole, cFirst, cEnd, InQuantity)
                        : PartitiveGroup(doc, q) is { } group ? new MetricResult(group + ".count", doc.TokenText(q.EndToken + 2).ToString(), group, false)
                        : Count(doc, q, cFirst, cEnd, InQuantity);
                    // ("will close roughly 1,200 of its 8,700 U.S. stores": the part closed is a count of closures)
                    return counted.Concept == Stores && CutBefore(doc, q, cFirst, ClosureVerbs) is { } closing
                        ? new MetricResult(StoreClosures + ".count", counted.Phrase + " " + doc.TokenText(closing).ToString(), StoreClosures, false)
                        : counted with { Key = counted.Key + Core.Claims.MetricKeys.PartSuffix, Phrase = "part of " + counted.Phrase };
                }

            case QuantityForm.Count when q.Quantity.Change is QuantityChange.Increase or QuantityChange.Decrease && doc.Is(q.EndToken, "to"):
                {
                    // "Initial claims fell 1,250 to 213,500": a move of what the clause counts
                    var counted = Count(doc, q, cFirst, cEnd, i => CountedByAnother(i, 1));
                    return counted.Key.EndsWith(".count", StringComparison.Ordinal)
                        ? new MetricResult(counted.Key + ".change", ChangePhrase + counted.Phrase, counted.Concept, counted.Fallback, ChangeLevelKey: counted.Key)
                        : counted;
                }

            case QuantityForm.Count when q.Quantity.Change is QuantityChange.Increase or QuantityChange.Decrease && q.Quantity.Noun is null
                && inSentence.Where(x => x.EndToken <= q.FirstToken && x.Form == QuantityForm.Count).Select(x => built.GetValueOrDefault(x)).LastOrDefault(c => c is { ChangeOf: null }) is { } moved:
                // "10.8 million people were out of work, down 68,000 from September": a move of the count before it
                return new MetricResult(moved.MetricKey + ".change", ChangePhrase + moved.Metric, ConceptOf(moved.MetricKey), false, ChangeLevelKey: moved.MetricKey);
            case QuantityForm.Count:
                {
                    // "a global recall of 340,000 vehicles": the worldwide total, not the part one subject reports
                    // ("won 412 of the 650 seats", "have won 12 of 13": the whole a part before it is taken of counts them all, and
                    // counts what the part counts)
                    var part = PartBefore(doc, q, inSentence);
                    var count = Count(doc, q, cFirst, cEnd, i => CountedByAnother(i, 1)) with { Total = HasTotalCue(doc, q, cFirst) || part is not null };
                    if (subjectIsAsset && q.Quantity.Noun is null && count is { Fallback: true, Concept: "count" })
                    {
                        // "The Dow fell 1,033.99 points, or 2.6%, to 38,703.27", "Bitcoin rose 5% to 100,000": a bare number an
                        // index or a coin stands at is its level, which its moves are read against as a price's
                        return new MetricResult("price.value", "price", "price", false);
                    }

                    if (q.Quantity.Noun is null && q.Quantity.Value % 1 != 0
                        && finder.Nearest(doc, cFirst, cEnd, q.FirstToken, q.EndToken, [MetricUse.Rate], InQuantity) is { } rateNamed && SaysRate(doc, rateNamed.First, rateNamed.End))
                    {
                        // "The total fertility rate fell to 1.62", "The fatality rate was 1.26": a fraction no noun counts is
                        // the rate its clause names (the deaths a fatality rate is of are no count of it)
                        return new MetricResult(rateNamed.Concept + ".rate", Phrase(doc, rateNamed, rateNamed.Concept), rateNamed.Concept, false);
                    }

                    if (part is not null && count.Fallback && built.TryGetValue(part, out var partClaim) && Core.Claims.MetricKeys.IsPart(partClaim.MetricKey))
                    {
                        return count with { Key = partClaim.MetricKey[..^Core.Claims.MetricKeys.PartSuffix.Length], Fallback = false };
                    }

                    // "The Conservatives won 121 seats. The Liberal Democrats secured 72", "gained 5.1 million subscribers,
                    // bringing its total to 282.7 million": a bare count that says nothing of what it counts, right after a
                    // count that does, counts the same
                    // ("the 59 reported in 2023": a participle of recording, which the quantity reader takes for the counted
                    // noun, says nothing of what is counted either)
                    // ("More than half of the deaths were in North Carolina, where officials have confirmed 104": what the
                    // sentence counted before, even as a share's whole, comes first)
                    // ("Forced displacement reached 122.6 million people. That is an increase of 4.4 million", "The figure is
                    // up 5.3 million", "Last year's tally was 653,104": a sentence opening on the last count names it again)
                    // ("Texas led all states with 146", "California topped the list with 166,000": a bare count a leader ranks
                    // first with counts what the story counted, not the field it leads)
                    if (q.Quantity.Noun is null && ((count is { Fallback: true, Concept: "count" } && NamesTheLastLevel(doc, q)) || LeadVerbBefore(doc, q, cFirst) >= 0)
                        && state.PreviousLevel is { } previous && previous.EndsWith(".count", StringComparison.Ordinal) && !previous.Contains(':', StringComparison.Ordinal))
                    {
                        return count with { Key = previous, Phrase = previous[..^".count".Length], Concept = previous[..^".count".Length], Fallback = false };
                    }

                    // "down from 58,000 in August and 218,000 in September 2023": a bare count joined to the count before it
                    // counts what that one counts
                    if (q.Quantity.Noun is null && count is { Fallback: true, Concept: "count" } && JoinedCount(doc, q, inSentence, built) is { } joined)
                    {
                        return SameAs(joined);
                    }

                    // ("won 312 electoral votes to Harris's 226": another's figure set beside the count counts the same)
                    return ((q.Quantity.Noun is null && count is { Fallback: true, Concept: "count" }
                            && (IsVerbsObject(doc, q) || count.Total || IsGappedObject(doc, q) || doc.IsAny(q.QualifierFirstToken - 1, PossessiveMarks)))
                        || IsReportedLevel(doc, q) || Arrives(doc, q))
                        && (CountedEarlierIn(doc, facts, q, InQuantity) ?? state.LastCountConcept) is { } last
                        ? count with { Key = last + ".count", Phrase = last, Concept = last, Fallback = false }
                        : count;
                }

            case QuantityForm.Multiplier:
                // ("Bitcoin has more than doubled this year": an asset's price, as its percent moves are)
                return Change(doc, q, inSentence, built, state, cFirst, cEnd, InQuantity, verbForm: !doc.IsAny(q.EndToken, NominalHeads), subjectIsAsset);
            case QuantityForm.Measure when q.Quantity.Noun == Ages.Noun:
                // "the 55-year-old", "adults aged 26 or older": how old someone is, never the duration of an event
                return new MetricResult("age.measure", "age", "age", false);
            case QuantityForm.Measure:
                {
                    // "the 2,950-kilogram satellite ... at an altitude of 830 km": only a word of the unit's kind
                    string unit = q.Quantity.Unit.Code;
                    var m = finder.Nearest(doc, cFirst, cEnd, q.FirstToken, q.EndToken, [MetricUse.Measure], InQuantity,
                        accept: concept => finder.Lexicon.Measures(concept, unit));
                    // "the 3,950 kg satellite": with no word for what is measured, the unit says it (kg → mass, acres → area),
                    // unless the sentence before or this one named a measure in that unit ("Lowville recorded 80 inches of
                    // snow. Buffalo's airport measured 17 inches": snowfall, not a length)
                    string? unitConcept = m is null ? finder.Lexicon.Concept(MetricUse.Measure, unit) : null;
                    string? carried = m is null && unitConcept is null && state.LastMeasure is ({ } last, var lastUnit) && lastUnit == unit && finder.Lexicon.ListsKindOf(last, unit) ? last : null;
                    string? byUnit = m is null ? unitConcept ?? carried ?? finder.Lexicon.KindOf(unit) : null;
                    string concept = m?.Concept ?? byUnit ?? "measure";
                    state.LastMeasure = m is { } measured ? (measured.Concept, unit) : carried is not null ? (carried, unit) : state.LastMeasure;
                    state.MeasuresNamed.Add(concept);
                    // "1.6C above pre-industrial levels", "0.12C warmer than 2023": a difference from another reading
                    return q.Quantity.Change is QuantityChange.Increase or QuantityChange.Decrease
                        ? new MetricResult(concept + ".measure.change", ChangePhrase + Phrase(doc, m, concept), concept, m is null && byUnit is null, ChangeLevelKey: concept + ".measure")
                        : new MetricResult(concept + ".measure", Phrase(doc, m, concept), concept, m is null && byUnit is null);
                }

            default:
                if (q.Quantity.Change is QuantityChange.Increase or QuantityChange.Decrease)
                {
                    return InflationFigures.Read(doc, facts, q, Change(doc, q, inSentence, built, state, cFirst, cEnd, InQuantity, verbForm: true, subjectIsAsset));
                }

                if (doc.Is(q.EndToken, "of"))
                {
                    return Share(doc, q, inSentence, built, cFirst, cEnd, InQuantity);
                }

                if (q.Form == QuantityForm.Percent && GappedLevel(doc, facts, q, inSentence) is { } gappedOf)
                {
                    // "Poland spends 4.1% of GDP on defence, Estonia 3.4% and Latvia 3.2%", "with Estonia at 3.4 percent":
                    // a name and its figure alone measure what the figure before measured (read as it will be, if the
                    // sentence has not built it yet)
                    return built.TryGetValue(gappedOf, out var gappedClaim) ? SameAs(gappedClaim) : Resolve(doc, facts, gappedOf, inSentence, built, state, subjectIsAsset);
                }

                // "1.26 deaths per 100 million vehicle miles": the rate of what the figure's own words count
                int? perAt = q.Form == QuantityForm.Fraction ? PerInside(doc, q) : null;
                if (perAt is int per && finder.At(doc, per - 1, per, CountUses) is { } perWhole)
                {
                    return new MetricResult(perWhole.Concept + ".rate", Phrase(doc, perWhole, perWhole.Concept) + " rate", perWhole.Concept, false);
                }

                // "The programme cost €410 million, of which Germany paid 38%": a share of the amount the clause hangs on
                if (SentenceFacts.OpensPartOf(doc, cFirst) && inSentence.LastOrDefault(x => x.EndToken <= cFirst - 1 && x.Form is QuantityForm.Money or QuantityForm.Crypto or QuantityForm.Count) is { } whole
                    && doc.TokenText(whole.EndToken) is "," && built.TryGetValue(whole, out var wholeClaim))
                {
                    return ShareOf(wholeClaim.MetricKey, wholeClaim.Metric, whole.Quantity);
                }

                // "Chega won 18.1% and 48 seats": the seats are what the 48 counts, not what the 18.1% measures
                // ("The murder rate fell to 5.7 per 100,000 residents": those a rate is taken over are no measure of it)
                bool InRateOrWhole(int i) => InQuantity(i) || (perAt is not null && i >= q.EndToken && i < q.EndToken + RateWholeWords);
                var rate = finder.Nearest(doc, cFirst, cEnd, q.FirstToken, q.EndToken, [MetricUse.Rate], InRateOrWhole)
                    ?? finder.Nearest(doc, cFirst, cEnd, q.FirstToken, q.EndToken, [MetricUse.Value, MetricUse.Count], i => CountedByAnother(i, 0) || InRateOrWhole(i))
                    ?? HeadOfAside(doc, cFirst, InQuantity);
                if (rate is { } ranked && state.LastRateConcept is not null && RanksRates(doc, ranked))
                {
                    // "San Francisco had one of the highest rates, at 28.5%" in a story of vacancy rates: the rate the
                    // story named, not interest rates
                    rate = null;
                }

                if (rate is { } ofWhat && q.Quantity.Unit.Dimension == UnitDimension.Percent && GrowthOf(doc, cFirst, ofWhat, InQuantity) is { } grown)
                {
                    // "Annual house price growth accelerated to 4.2%", "wage growth slowed to 5.9%": the change of what grew
                    string grownKey = LevelKey(grown);
                    var phrase = grown with { First = Math.Min(grown.First, ofWhat.First), End = Math.Max(grown.End, ofWhat.End) };
                    return new MetricResult(grownKey + ".change", Phrase(doc, phrase, grown.Concept), grown.Concept, false, ChangeLevelKey: grownKey);
                }

                if (rate is { Concept: "growth" } growth && q.Quantity.Unit.Dimension == UnitDimension.Percent && state.LastChangeLevel is { } level
                    && IsBareGrowth(doc, growth))
                {
                    // "UK house prices rose 5.3 per cent last year ... Annual growth peaked at 6.0 per cent": growth of
                    // the measure whose change the story reports
                    return new MetricResult(level + ".change", Phrase(doc, growth, "growth"), ConceptOf(level), false, ChangeLevelKey: level);
                }

                string suffix = q.Quantity.Unit.Dimension == UnitDimension.PercentagePoint ? ".rate.change" : ".rate";
                if (rate is null && state.LastRateConcept is { } named && SaysRate(doc, cFirst, cEnd))
                {
                    // "The rate for women was unchanged at 4.2%": the rate the story just named
                    return new MetricResult(named + suffix, RatePhrase(named), named, false);
                }

                if (rate is null && perAt is not null && SaysRate(doc, cFirst, cEnd)
                    && inSentence.LastOrDefault(x => x.EndToken <= q.FirstToken && x.Form == QuantityForm.Count && built.ContainsKey(x)) is { } countedBefore
                    && built[countedBefore] is { ChangeOf: null, ShareOf: null, MetricKey: var countKey } && countKey.EndsWith(CountSuffix, StringComparison.Ordinal))
                {
                    // "California had the most thefts of any state, 166,000, while Washington, D.C., had the highest rate at
                    // 1,170 per 100,000 people": a rate over a whole the clause does not name is the rate of what the
                    // sentence counted
                    string counts = countKey[..^CountSuffix.Length];
                    return new MetricResult(counts + ".rate", RatePhrase(counts), ConceptOf(countKey), false);
                }

                if (rate is null && state.PreviousRate is { } before && PronounMoves(doc, facts, q))
                {
                    // "The jobless rate fell to 6.3%. In Spain, it fell to 11.2%": the rate the sentence before named
                    return new MetricResult(before + suffix, RatePhrase(before), before, false);
                }

                // "Germany's inflation rate dropped to 1.8%, while France recorded 1.5% and Italy just 0.8%": a bare level in a
                // clause coordinated after a named rate's is that rate, of the clause's own subject
                if (rate is null && cFirst > facts.Sentence.FirstToken && q.Quantity.Unit.Dimension == UnitDimension.Percent
                    && inSentence.LastOrDefault(x => x.EndToken <= cFirst && built.ContainsKey(x) && x.Quantity.Unit == q.Quantity.Unit) is { } parallel
                    && built[parallel] is { ChangeOf: null, ShareOf: null } coordinatedRate && coordinatedRate.MetricKey.EndsWith(".rate", StringComparison.Ordinal)
                    && Core.Claims.MetricKeys.Concept(coordinatedRate.MetricKey) != "share")
                {
                    return SameAs(coordinatedRate);
                }

                // "won about 77 million votes, or 49.9%": a share restating the count before it is its share of all of them
                if (rate is null && RestatedCount(doc, q, inSentence) is { } restated
                    && built.TryGetValue(restated, out var restatedClaim) && restatedClaim is { ShareOf: null, ChangeOf: null })
                {
                    return ShareOf(Core.Claims.MetricKeys.Untotalled(restatedClaim.MetricKey), restatedClaim.Metric, null);
                }

                string rateConcept = rate?.Concept ?? "share";
                return new MetricResult(rateConcept + suffix, Phrase(doc, rate, rateConcept), rateConcept, rate is null);
        }
    }

    /// <summary>
    /// The count a percent set off by ", or" restates as a share ("won about 77 million votes, or 49.9%"), or null; a
    /// move is never such a share ("climbed $1.84, or 2.3%").
    /// </summary>
    internal static QuantityMention? RestatedCount(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence)
    {
        int comma = q.QualifierFirstToken - 2;
        if (q.Quantity.Unit.Dimension != UnitDimension.Percent || q.Quantity.Change != QuantityChange.None || !doc.Is(comma + 1, "or") || !doc.Is(comma, ","))
        {
            return null;
        }

        // (a loop, not a lambda: this is asked of every figure)
        for (int k = inSentence.Count - 1; k >= 0; k--)
        {
            var x = inSentence[k];
            if (x.Form is QuantityForm.Count && (x.EndToken == comma || (x.EndToken == comma - 1 && doc.Is(x.EndToken, x.Quantity.Noun ?? ""))))
            {
                return x;
            }
        }

        return null;
    }

    private static readonly WordSet Milestones = WordSet.Create(StringComparer.OrdinalIgnoreCase, "mark", "milestone", "threshold", "barrier");

    private static readonly MetricUse[] MarkedUses = [MetricUse.Value, MetricUse.Count, MetricUse.Rate];

    private static readonly WordSet SumQualifiers = WordSet.Create(StringComparer.OrdinalIgnoreCase, "including", "excluding", "incl", "plus", "before", "after");

    // "house price growth", "wage growth", "sales growth", "growth in regular pay": the level named right before
    // "growth", or in its "in" or "of" phrase, is what grew (growth of the economy's output, "GDP growth", is growth itself)
    private MetricMatch? GrowthOf(AnalyzedDocument doc, int first, MetricMatch growth, Func<int, bool> inQuantity)
    {
        if (growth.Concept != "growth" || growth.End - growth.First != 1 || !doc.Is(growth.First, "growth"))
        {
            return null;
        }

        var level = finder.Before(doc, first, growth.First, GrownUses, inQuantity) is { } before && before.End == growth.First ? before : GrowthPhrase(doc, growth.End, inQuantity);
        return level is { Concept: not ("gdp" or "growth") } ? level : null;
    }

    // "growth in regular pay", "growth of average earnings": the level after "in" or "of" and at most two lower-case modifiers
    private MetricMatch? GrowthPhrase(AnalyzedDocument doc, int at, Func<int, bool> inQuantity)
    {
        if (!doc.Is(at, "in") && !doc.Is(at, "of"))
        {
            return null;
        }

        for (int i = at + 1; i <= at + 3 && i < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Word && !inQuantity(i); i++)
        {
            if (finder.At(doc, i, Math.Min(doc.Tokens.Count, at + 6), GrownUses) is { } level)
            {
                return level;
            }

            if (!char.IsLower(doc.TokenText(i)[0]) || doc.IsAny(i, Lexicon.FunctionWords))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly MetricUse[] GrownUses = [MetricUse.Value, MetricUse.Count];

    // "annual growth", "Growth", "year-on-year growth": no word says growth of what ("wage growth", "growth in exports" do)
    private static bool IsBareGrowth(AnalyzedDocument doc, MetricMatch growth) =>
        growth.End - growth.First == 1 && doc.Is(growth.First, "growth") && !doc.Is(growth.End, "in") && !doc.Is(growth.End, "of")
        && (growth.First == 0 || doc.Tokens[growth.First - 1].Kind != TokenKind.Word || doc.IsAny(growth.First - 1, GrowthSpans));

    private MetricResult Money(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built, DocumentState state,
        bool subjectIsAsset, int cFirst, int cEnd, Func<int, bool> inQuantity)
    {
        // "attacks over $100 million", "heists under $50 million": a size class, never a level (a plural noun: "to gross more
        // than $2 billion" is a verb's sum)
        int before = q.QualifierFirstToken - 1;
        if (q.Quantity.Qualifier is Qualifier.MoreThan or Qualifier.LessThan or Qualifier.AtLeast or Qualifier.AtMost
            && q.QualifierFirstToken < q.FirstToken && !doc.IsAny(q.QualifierFirstToken, QuantityWords.VerbQualifiers)
            && before >= cFirst && doc.Tokens[before].Kind == TokenKind.Word && doc.TokenText(before) is [.., not 's', 's'] && !doc.IsAny(before, Lexicon.FunctionWords)
            && !doc.Is(before - 1, "to"))
        {
            var noun = finder.At(doc, before, before + 1, ValueUses) ?? finder.At(doc, before, before + 1, CountUses);
            string concept = noun?.Concept ?? doc.TokenText(before).ToString().ToLowerInvariant();
            return new MetricResult(concept + ".size_threshold", doc.TokenText(before).ToString() + " size", concept, noun is null);
        }

        // "will cost 900 million crowns ($95 million)": a sum converted in brackets measures what the sum before it does
        if (doc.Is(q.QualifierFirstToken - 1, "(") && inSentence.LastOrDefault(x => x.EndToken == q.QualifierFirstToken - 1) is { } converted
            && converted.Form is QuantityForm.Money or QuantityForm.Crypto && built.TryGetValue(converted, out var original))
        {
            return SameAs(original);
        }

        bool total = IsShareBase(doc, q, inSentence) || HasTotalCue(doc, q, cFirst);
        if (subjectIsAsset)
        {
            // "Bitcoin ETFs have attracted about $32 billion of net inflows": a sum the words right after it name measures
            // that, not the asset's price
            // ("Brent fell $1.43, or 1.9%, to $72.09": a move of the price, not a price)
            return TermAfterIn(doc, q, cEnd, inQuantity, orOf: true) is { } after && after.Concept != "price"
                ? new MetricResult(after.Concept + ".value", Phrase(doc, after, after.Concept), after.Concept, false, total)
                : q.Quantity.Change is QuantityChange.Increase or QuantityChange.Decrease
                ? new MetricResult("price.value.change", ChangePhrase + "price", "price", false, total, ChangeLevelKey: "price.value")
                : new MetricResult("price.value", "price", "price", false, total);
        }

        if (doc.Is(q.EndToken, "off") && q.Quantity.Change == QuantityChange.None)
        {
            // "That's $200 off the regular rate": what a price is cut by, no price
            return new MetricResult(Discount + ".value", "off", Discount, false, total);
        }

        // ("$65 million in compensatory damages and $2 billion in punitive damages": the term "in" names after a sum is its own;
        // "raises $6.6 billion at $157 billion valuation": so is the term right after another sum)
        bool OthersTerm(int i) => inQuantity(i) || inSentence.Exists(x => x != q && x.FirstToken > q.FirstToken && i == x.EndToken && x.Form is QuantityForm.Money or QuantityForm.Crypto);
        var match = TermAfterIn(doc, q, cEnd, inQuantity) ?? finder.Nearest(doc, cFirst, cEnd, q.FirstToken, q.EndToken, ValueUses, OthersTerm)
            ?? finder.Nearest(doc, facts.Sentence.FirstToken, facts.Sentence.EndToken, q.FirstToken, q.EndToken, ValueUses, OthersTerm);
        if (match is { Concept: "sanctions" } held && doc.Is(held.End, "at") && held.End + 1 == q.QualifierFirstToken)
        {
            // "Fees were frozen at £9,250": a level held, measured by what was frozen, not assets frozen
            bool OrHeld(int i) => OthersTerm(i) || (i >= held.First && i < held.End);
            match = finder.Nearest(doc, cFirst, cEnd, q.FirstToken, q.EndToken, ValueUses, OrHeld);
        }

        if (match is { Concept: "funding" } raised && doc.AnyIn(SentenceFacts.IsRelativeAside(doc, cFirst) ? Math.Max(facts.Sentence.FirstToken, cFirst - AsideHeadWords) : cFirst, raised.First, SaleNouns))
        {
            // "Sotheby's modern evening sale, which raised $265.8m in total": what a sale or an auction raised is its takings
            match = raised with { Concept = "revenue" };
        }

        if (match is null && PerStretch(doc, q) is int byThe && doc.Is(byThe, "hour"))
        {
            // "the highest state minimum, at $16.66 an hour": a sum by the hour no word names is a wage
            return new MetricResult(Salary + ".value", "pay by the hour", Salary, false, total);
        }

        if (match is null or { Concept: "deal_value" or "salary" or "payment" or "cost" } && q.Quantity.Noun is { } per && CommodityUnits.Contains(per))
        {
            // "futures rose 1.5% to $4.07 a bushel": a sum per unit of a commodity no word names is its price, and so is one
            // a futures contract trades at ("The most-active contract rose to $12,565 a ton": no deal is struck per ton) or
            // buyers pay ("California drivers still pay the most, an average of $4.45 a gallon": no wage)
            return new MetricResult("price.value", "price per " + per, "price", false, total);
        }

        // ("sold for record $6.1 billion", "for a record $6.1 billion")
        int price = doc.Is(q.QualifierFirstToken - 1, "record") ? (doc.Is(q.QualifierFirstToken - 2, "a") ? q.QualifierFirstToken - 2 : q.QualifierFirstToken - 1) : q.QualifierFirstToken;
        // ("sold for $34.8 million at Sotheby's ..., the top lot of an evening sale that brought in $256.8 million": what
        // sold right before "for" prices the sale, whatever term the clause names later, as a headline's "sells for" does)
        bool soldFor = doc.Is(price - 1, "for") && (doc.Is(price - 2, "sold") || (doc.Is(price - 2, "sells") && doc.EndsWithoutStop(facts.Sentence)))
            && (match is null || match.Value.First > q.EndToken);
        if (match is null && !soldFor && state.LastMoneyConcept is { } inherited)
        {
            // "That's a whopping increase from $660.5 million in 2023": the figure compared is the one just named ("down 7
            // cents from a week ago": a move of it)
            return q.Quantity.Change is QuantityChange.Increase or QuantityChange.Decrease
                ? new MetricResult(inherited + ".value.change", ChangePhrase + inherited, inherited, true, total, ChangeLevelKey: inherited + ".value")
                : new MetricResult(inherited + ".value", inherited, inherited, true, total);
        }

        // "Mars to buy Kellanova for $36 billion", "The Celtics have agreed to be sold to a group ... for $6.1 billion": the
        // price of what is bought or sold (not of what a count sold: "sold 10 million tickets for $2 billion")
        string c = soldFor ? "deal_value" : match?.Concept ?? (doc.Is(price - 1, "for") && (doc.AnyIn(cFirst, q.QualifierFirstToken, Deal.BuyVerbs)
            || (doc.AnyIn(cFirst, q.QualifierFirstToken, SellVerbs) && !inSentence.Exists(x => x.Form == QuantityForm.Count && x.FirstToken >= cFirst && x.EndToken <= q.FirstToken)))
            ? "deal_value" : "amount");
        if (c is "tax" or "trade" && doc.AnyIn(cFirst, q.QualifierFirstToken, TariffWords) && (doc.Is(q.QualifierFirstToken - 1, "on") || doc.IsAny(q.EndToken, GoodsWords)))
        {
            // "tariffs on $360 billion worth of Chinese goods", "25% tariffs imposed on an earlier, $250 billion list": the
            // trade a tariff covers, each tranche a part of it, never the duty collected
            return new MetricResult("tariffed_goods.value" + Core.Claims.MetricKeys.PartSuffix, "goods tariffed", "tariffed_goods", false);
        }

        if (PerShare(doc, q) && doc.AnyIn(Math.Max(cFirst, q.QualifierFirstToken - 4), q.QualifierFirstToken, DividendWords))
        {
            // "a dividend of 45 cents a share": the dividend, not a price
            c = Dividend;
        }
        else if (c == Salary && match is { } paid && PaysOut(doc, paid, q))
        {
            // "agreed to pay $1.2 billion to settle", "Britain paid France £476 million": a sum paid out, where "Calhoun was
            // paid $32.8 million" and "nurses are paid £18 an hour" are earnings
            c = Payment;
        }
        else if (c == SharePrice && IsOffer(doc, cFirst, q.QualifierFirstToken))
        {
            // "will pay $38 a share", "an offer of $38 per share": the price bid, not where the shares trade
            c = OfferPrice;
        }
        else if (c == "profit" && match is { } earned && doc.IsAny(earned.First, EarnVerbs) && PerStretch(doc, q) is { } stretch
            && (!doc.Is(stretch, "year") || !facts.Mentions.Exists(m => m.Entity.Type == EntityType.Org && m.Span.End <= doc.Tokens[earned.First].Start && m.Span.Start >= doc.Tokens[cFirst].Start)))
        {
            // "earns £300,000 per week", "Nurses earn £35,000 a year": pay, where "Apple earns $100 billion a year" is a profit
            c = Salary;
        }
        else if (PerShare(doc, q) && EarnsPerShare(doc, q, cFirst, inSentence, built))
        {
            // "earned $1.55 per share", "net income of $3.1 billion, or $1.42 per share": earnings per share, not a price
            c = EarningsPerShare;
        }

        // "rose by $2 billion to $10 billion", "climbed $1.84, or 2.3%, to $82.10": the amount of a move, not a level
        var named = soldFor || c == Dividend ? null : match;
        return q.Quantity.Change is QuantityChange.Increase or QuantityChange.Decrease
            ? new MetricResult(c + ".value.change", ChangePhrase + Phrase(doc, named, c), c, match is null && !soldFor, total, ChangeLevelKey: c + ".value")
            : new MetricResult(c + ".value", Phrase(doc, named, c), c, match is null && !soldFor, total);
    }

    private MetricResult Count(AnalyzedDocument doc, QuantityMention q, int cFirst, int cEnd, Func<int, bool> inQuantity)
    {
        string? noun = HeadNoun(doc, q, cEnd) ?? q.Quantity.Noun;
        // "183.8 bushels per acre", "27 points per game": a count over each of something is a rate of its own, never a
        // total ("15.2 billion bushels")
        if (noun is not null && doc.TokenText(q.EndToken).Equals(noun, StringComparison.OrdinalIgnoreCase) && (doc.Is(q.EndToken + 1, "per") || doc.Is(q.EndToken + 1, "a") || doc.Is(q.EndToken + 1, "an"))
            && doc.IsAny(q.EndToken + 2, CountDenominators))
        {
            string perEach = (finder.Lexicon.Concept(MetricUse.Count, noun) ?? Singular(noun.ToLowerInvariant())) + "_per_" + Singular(doc.TokenText(q.EndToken + 2).ToString().ToLowerInvariant());
            return new MetricResult(perEach + ".rate", noun + " per " + doc.TokenText(q.EndToken + 2).ToString(), perEach, false);
        }

        // "by a vote of 7 to 2", "passed the bill 52-48": a vote's tally counts votes for, then votes against ("by 79 votes
        // to 18"), never one set against the other
        if (noun is null && doc.Sentences[doc.Tokens[q.FirstToken].Sentence] is var sentence)
        {
            if (VoteTallies.Are(doc, sentence, q.FirstToken - 2, q.FirstToken)
                || (doc.Is(q.QualifierFirstToken - 1, "to") && (doc.Is(q.QualifierFirstToken - 2, "votes") || doc.Is(q.QualifierFirstToken - 2, "vote"))
                    && q.QualifierFirstToken - 3 >= 0 && doc.Tokens[q.QualifierFirstToken - 3].Kind == TokenKind.Number))
            {
                return new MetricResult("votes_against.count", "votes against", "votes_against", false);
            }

            if (VoteTallies.Are(doc, sentence, q.FirstToken, q.FirstToken + 2))
            {
                return new MetricResult("votes.count", "votes", "votes", false);
            }
        }

        // "killed at least 32 miners", "injured 40 workers": a verb of casualties right before a counted noun counts the
        // casualties, whoever they were (miners are no headcount, soldiers no troop strength)
        if (noun is not null && doc.IsAny(q.QualifierFirstToken - 1, CasualtyVerbs) && CountTermBefore(doc, q, cFirst) is { } casualties)
        {
            return new MetricResult(casualties.Concept + ".count", doc.TokenText(q.QualifierFirstToken - 1).ToString() + " " + noun, casualties.Concept, false);
        }

        // "The survey of 4,000 adults found", "a poll of 1,012 voters": those a survey asked
        if (doc.Is(q.QualifierFirstToken - 1, "of") && doc.IsAny(q.QualifierFirstToken - 2, SurveyNouns))
        {
            return new MetricResult("participants.count", noun ?? "participants", "participants", false);
        }

        // "A crowd of 60,123 watched", "a workforce of 9,800": a bare count (or one the reader gave the verb after it as
        // its noun) the term before "of" names counts it
        if ((noun is null || (q.Quantity.Noun == noun && noun.EndsWith("ed", StringComparison.Ordinal))) && doc.Is(q.QualifierFirstToken - 1, "of") && q.QualifierFirstToken - 2 >= cFirst
            && finder.At(doc, q.QualifierFirstToken - 2, q.QualifierFirstToken - 1, CountUses) is { } namedBy)
        {
            return new MetricResult(namedBy.Concept + ".count", Phrase(doc, namedBy, namedBy.Concept), namedBy.Concept, false);
        }

        // "knocked out power to about 4.6 million homes", "cut power to 2 million customers": those the power was cut to
        // ("supplies power to 300,000 homes" cuts nothing)
        if (doc.Is(q.QualifierFirstToken - 1, "to") && (doc.Is(q.QualifierFirstToken - 2, "power") || doc.Is(q.QualifierFirstToken - 2, "electricity"))
            && doc.IsAny(q.QualifierFirstToken - 3, PowerCuts))
        {
            return new MetricResult(PowerOutage + ".count", (noun ?? "customers") + " without power", PowerOutage, false);
        }

        // "Power outages peaked above 4.6 million customers": those a clause about outages counts are those without power
        if (noun is not null && doc.IsAny(q.EndToken, PowerCustomers) && doc.AnyIn(cFirst, cEnd, OutageWords))
        {
            return new MetricResult(PowerOutage + ".count", noun + " without power", PowerOutage, false);
        }

        // "Rescuers had recovered 28 bodies", "divers pulled 41 bodies from the river": a running count of the recovery,
        // not of the dead
        if (noun is "bodies" or "body" && doc.IsAny(q.QualifierFirstToken - 1, RecoveryVerbs))
        {
            return new MetricResult(BodiesRecovered + ".count", noun + " recovered", BodiesRecovered, false);
        }

        // "Three firefighters were injured": what happened to them outranks who they are
        // ("80,400 Americans died": the group is a name, and the outcome its only word)
        if (noun is not null && OutcomeAfter(doc, q, cEnd) is { } outcome)
        {
            string happened = doc.TokenText(outcome.First).ToString();
            return new MetricResult(outcome.Concept + ".count", noun == happened ? noun : noun + " " + happened, outcome.Concept, false);
        }

        // "Production in the quarter totaled 459,445 vehicles", "The plant produced 20,000 cars": what was made, apart
        // from the things delivered or sold ("Rice production takes place in two stages" counts stages)
        // (the term is looked for only after a verb of level, or right before the figure: most counts have neither)
        int leading = q.QualifierFirstToken - 1;
        if (noun is not null && leading >= cFirst
            && (doc.IsAny(leading, ProducedLevels) ? finder.Before(doc, cFirst, leading, CountUses, inQuantity) : finder.At(doc, leading, q.QualifierFirstToken, CountUses)) is { Concept: Production } producing)
        {
            return new MetricResult(Production + ".count", Phrase(doc, producing, Production), Production, false);
        }

        // "fell 19.1% to 10 million units", "shipments rose 6.5% to 69.2 million units": units count what the clause names
        // ("96,000 units sold" keeps its term)
        if (noun is "units" && !(q.EndToken < cEnd && finder.At(doc, q.EndToken, cEnd, CountUses) is { } term0 && term0.End > q.EndToken + 1)
            && finder.Nearest(doc, cFirst, cEnd, q.FirstToken, q.EndToken, CountUses, inQuantity) is { } counted)
        {
            return new MetricResult(counted.Concept + ".count", Phrase(doc, counted, counted.Concept), counted.Concept, false);
        }

        // "Inventory rose by about 26,000 cars": what a count moved "by" is what the clause's subject before the verb
        // counts, whatever noun the figure counts it in ("Payrolls rose by 254,000 jobs" counts jobs either way)
        if (noun is not null && doc.Is(leading, "by") && leading - 1 > cFirst && (doc.IsAny(leading - 1, QuantityWords.Rises) || doc.IsAny(leading - 1, QuantityWords.Falls))
            && finder.Before(doc, cFirst, leading - 1, CountUses, inQuantity) is { } moved && moved.Concept != finder.Lexicon.Concept(MetricUse.Count, noun))
        {
            return new MetricResult(moved.Concept + ".count", Phrase(doc, moved, moved.Concept), moved.Concept, false);
        }

        if (noun is not null && (!finder.IsGeneric(noun) || (char.IsUpper(noun[0]) && finder.Lexicon.Concept(MetricUse.Count, noun) is not null)))
        {
            // "50,510 knife offences": a kind of a thing the lexicon does not know is counted apart
            // "2,000 job cuts": a term of several words the counted noun ends
            // ("36.87 million foreign visitors": the longer term the noun ends outranks the noun alone)
            // ("266 reported being sick": a verb the reader took for the noun opens a longer term)
            string? known = (q.EndToken < cEnd && finder.At(doc, q.EndToken, cEnd, [MetricUse.Count]) is { } term
                    && (doc.TokenText(term.End - 1).Equals(noun, StringComparison.OrdinalIgnoreCase) || (term.End > q.EndToken + 1 && doc.TokenText(q.EndToken).Equals(noun, StringComparison.OrdinalIgnoreCase)
                        && noun.EndsWith("ed", StringComparison.Ordinal))) ? term.Concept : null)
                ?? finder.Lexicon.Concept(MetricUse.Count, noun);
            if (known == Stores && CutBefore(doc, q, cFirst, ClosureVerbs) is { } closing)
            {
                // "would close about 1,200 stores": stores closed, not the chain's count of stores
                return new MetricResult(StoreClosures + ".count", noun + " " + doc.TokenText(closing).ToString(), StoreClosures, false);
            }

            if (known == Strikes && !doc.IsAny(q.EndToken, StrikeNouns))
            {
                // "Air defences shot down 277 drones", "19 missiles were intercepted": those stopped, not those launched;
                // "479 drones and 20 missiles" are two parts of the strikes, "499 drones and missiles" their sum
                // ("another 183 drones were lost from radar": what became of them)
                var passive = PassiveAfter(doc, q, noun, cEnd);
                bool stopped = CutBefore(doc, q, cFirst, InterceptVerbs) is not null || passive is { Concept: Interceptions };
                string measure = stopped ? Interceptions : Strikes;
                bool both = (doc.Is(q.EndToken + 1, "and") || doc.Is(q.EndToken + 1, "or")) && finder.Lexicon.Concept(MetricUse.Count, doc.TokenText(q.EndToken + 2).ToString()) == Strikes;
                string key = both ? measure + ".count" : Singular(noun.ToLowerInvariant()) + ":" + measure + ".count";
                // ("479 drones were launched" are the strikes)
                string? fate = stopped || passive is { Concept: Strikes } ? null : PassiveParticiple(doc, q, noun, cEnd);
                return new MetricResult(fate is null ? key : fate + ":" + key, noun + (stopped ? " intercepted" : fate is null ? "" : " " + fate), measure, false);
            }

            if (known == "jobs" && CutBefore(doc, q, cFirst, CutVerbs) is { } cut)
            {
                // "cut more than 15,000 jobs", "eliminated 1,100 roles": jobs cut, not a workforce
                string verb = doc.Is(cut, "off") ? doc.TokenText(cut - 1).ToString() + " off" : doc.TokenText(cut).ToString();
                return new MetricResult(JobCuts + ".count", noun + " " + verb, JobCuts, false);
            }

            if (known == "jobs" && PassiveAfter(doc, q, noun, cEnd) is { Concept: JobCuts } laidOff)
            {
                // "Some 3,000 workers were laid off": jobs cut too
                return new MetricResult(JobCuts + ".count", noun + " " + doc.Text[doc.Tokens[laidOff.First].Start..doc.Tokens[laidOff.End - 1].End], JobCuts, false);
            }

            // ("have announced 718,194 cuts" after "57,727 job cuts": the story's term the noun ends)
            known ??= EarlierCompound(doc, q.FirstToken, noun);
            known = known is null ? null : MetricFinder.Unlost(doc, q.FirstToken, known, noun);
            string concept = known ?? Singular(noun.ToLowerInvariant());
            // ("47 unprovoked shark bites": a word describing the things may stand before their kind, which is no plural:
            // "three ad units results")
            int at = CountedNumbers.Describes(doc, q.EndToken) && !doc.TokenText(q.EndToken + 1).EndsWith('s') ? q.EndToken + 2 : q.EndToken + 1;
            var countedNoun = known is null && doc.TokenText(at).Equals(noun, StringComparison.OrdinalIgnoreCase) && CountedNumbers.KindOf(finder, doc, at, q.EndToken) is { } kind
                ? new MetricResult(kind + "_" + concept + ".count", doc.TokenText(at - 1).ToString() + " " + noun, kind + "_" + concept, false)
                : new MetricResult(concept + ".count", noun, concept, false);
            if (OccasionsOf(doc, q, cFirst) is { } done)
            {
                // "recovered boosters on 129 missions", "scored in 12 games": the occasions something was done on, not all
                // the missions flown
                return countedNoun with { Key = done + ":" + countedNoun.Key };
            }

            if (ClosedAfter(doc, q, noun, cEnd) is { } shut)
            {
                // "More than 500 pubs in England and Wales closed last year", "522 pubs shut their doors": closures, not the
                // count of pubs left
                string closures = known == Stores ? StoreClosures : countedNoun.Concept + "_closure";
                return new MetricResult(closures + ".count", noun + " " + doc.TokenText(shut).ToString(), closures, false);
            }

            return countedNoun;
        }

        // "a plane carrying 72 people crashed", "a blast killing 12 people shook the city": a participle before the group
        // acts on it, whatever the sentence's verb after it does
        if (q.QualifierFirstToken - 1 >= cFirst && doc.TokenText(q.QualifierFirstToken - 1) is { Length: > 4 } participle && participle.EndsWith("ing", StringComparison.Ordinal)
            && CountTermBefore(doc, q, cFirst) is { } acting)
        {
            return new MetricResult(acting.Concept + ".count", noun is null ? participle.ToString() : participle.ToString() + " " + noun, acting.Concept, false);
        }

        // "100 people were injured": the verb after the counted group decides
        int i = q.EndToken;
        while (i < cEnd && doc.Tokens[i].Kind == TokenKind.Word && (char.IsUpper(doc.TokenText(i)[0]) || (noun is not null && doc.TokenText(i).Equals(noun, StringComparison.OrdinalIgnoreCase))))
        {
            i++;
        }

        // "116,000 people, or more than a third of the population, had been affected": a restatement set off by ", or"
        // is no verb
        i = RestatementEnd(doc, i, cEnd);

        // "300 people nationwide were arrested", "55 million people worldwide live with dementia": an adverb of place or
        // manner is not the verb
        while (i < cEnd && (doc.IsAny(i, Lexicon.Auxiliaries) || IsAdverb(doc, i)))
        {
            i++;
        }

        // "600,000 remained in the dark", "two went missing": the state they are left in
        if (i + 1 < cEnd && doc.IsAny(i, StateVerbs) && finder.At(doc, i + 1, cEnd, CountUses) is not null)
        {
            i++;
        }

        // "72 people believed trapped", "12 feared dead", "40 thought to be missing": what is believed of them
        if (i + 1 < cEnd && doc.IsAny(i, BelievedWords))
        {
            i += doc.Is(i + 1, "to") && doc.Is(i + 2, "be") ? 3 : 1;
        }

        // "300 people aged over 80 died", "17,604 adults aged 45 or older": the ages describe the group, the verb after
        // them says what it did; with none, the verb before the figure does ("kills up to 10,000 Americans aged 65 and
        // over"), else the group is what is counted
        if (i < cEnd && doc.Is(i, "aged"))
        {
            do
            {
                i++;
            }
            while (i < cEnd && (doc.Tokens[i].Kind == TokenKind.Number || doc.IsAny(i, AgeRangeWords)));

            if (i >= cEnd || doc.Tokens[i].Kind != TokenKind.Word || finder.At(doc, i, cEnd, CountUses) is null)
            {
                if (CountTermBefore(doc, q, cFirst) is { } done)
                {
                    return new MetricResult(done.Concept + ".count", doc.TokenText(done.First).ToString() + (noun is null ? "" : " " + noun), done.Concept, false);
                }

                if (noun is not null)
                {
                    return new MetricResult(Singular(noun.ToLowerInvariant()) + ".count", noun, Singular(noun.ToLowerInvariant()), false);
                }
            }
        }

        // "forces 30,000 to flee", "ordered 5,000 to evacuate": what they are made to do
        if (i == q.EndToken && noun is null && doc.Is(i, "to") && i + 1 < cEnd && finder.At(doc, i + 1, cEnd, CountUses) is { } made)
        {
            return new MetricResult(made.Concept + ".count", doc.TokenText(i + 1).ToString(), made.Concept, false);
        }

        // ("reservoirs that supply 6 million people fell to 16%": the verb after a relative clause's object is the main
        // clause's, not what the group did)
        if (i < cEnd && doc.Tokens[i].Kind == TokenKind.Word && !doc.IsAny(i, Lexicon.FunctionWords) && !QuantityContext.CountsTimeBack(doc, i) && !QuantityContext.OpensTime(doc, i)
            && !(noun is null && i == q.EndToken && doc.IsAny(i, ArrivalVerbs)) && !ObjectOfRelative(doc, q))
        {
            var verb = finder.At(doc, i, cEnd, CountUses);
            string concept = verb?.Concept ?? doc.TokenText(i).ToString().ToLowerInvariant();
            return new MetricResult(concept + ".count", noun is null ? doc.TokenText(i).ToString() : noun + " " + doc.TokenText(i).ToString(), concept, verb is null);
        }

        // "killing 12 people": the verb before the number
        if (CountTermBefore(doc, q, cFirst) is { } before)
        {
            return new MetricResult(before.Concept + ".count", noun is null ? doc.TokenText(before.First).ToString() : doc.TokenText(before.First).ToString() + " " + noun, before.Concept, false);
        }

        // "cancelled $175 billion in debt for 4.8 million people": a group a thing is done "for" is not what the verb
        // does, so the group alone is what the figure counts
        if (noun is not null && doc.Is(q.QualifierFirstToken - 1, "for"))
        {
            return new MetricResult(Singular(noun.ToLowerInvariant()) + ".count", noun, Singular(noun.ToLowerInvariant()), true);
        }

        // "Passenger numbers hit a record 83.9 million": what the numbers count
        var near = (noun is null ? CountedNumbers.Before(finder, doc, cFirst, q.QualifierFirstToken, bare: true)
                : CountedNumbers.ParticipleOfNumber(finder, doc, doc.Sentences[doc.Tokens[q.FirstToken].Sentence].FirstToken, q.QualifierFirstToken, noun))
            ?? finder.Nearest(doc, cFirst, cEnd, q.FirstToken, q.EndToken, CountUses, inQuantity);
        // ("taking the year's death toll on the crossing to at least 12": the term a phrase before the count hangs on)
        near = near is { } n && n.End <= q.QualifierFirstToken ? HeadOfPhrase(doc, cFirst, n, inQuantity) : near;
        // ("Trips on the platform increased 18% year over year to 3.04 billion": what the change before the level moved)
        if (near is null && noun is null && CountedNumbers.PastChange(doc, q.QualifierFirstToken) is var change && change < q.QualifierFirstToken
            && PluralSubjectCount(doc, cFirst, change, inQuantity) is { } subjects)
        {
            string thing = subjects[(subjects.LastIndexOf(':') + 1)..^".count".Length];
            return new MetricResult(subjects, thing, thing, false);
        }

        string c = near?.Concept ?? (noun is null ? "count" : Singular(noun.ToLowerInvariant()));
        return new MetricResult(c + ".count", noun ?? Phrase(doc, near, c), c, near is null);
    }

    // the count term of the past participle after "were", "was", "have been" or "had been" right after the counted noun
    // ("workers were laid off"), or null
    private MetricMatch? PassiveAfter(AnalyzedDocument doc, QuantityMention q, string noun, int cEnd) =>
        PassiveAt(doc, q, noun, cEnd) is var i && i > 0 ? finder.At(doc, i, cEnd, CountUses) : null;

    // the participle of a passive right after the counted noun ("lost" in "183 drones were lost"), lower-cased; or null
    private static string? PassiveParticiple(AnalyzedDocument doc, QuantityMention q, string noun, int cEnd) =>
        PassiveAt(doc, q, noun, cEnd) is var i && i > 0 ? doc.TokenText(i).ToString().ToLowerInvariant() : null;

    // the token of the participle of "were", "was" or "have been" right after the counted noun, or -1
    private static int PassiveAt(AnalyzedDocument doc, QuantityMention q, string noun, int cEnd)
    {
        int i = doc.TokenText(q.EndToken).Equals(noun, StringComparison.OrdinalIgnoreCase) ? q.EndToken + 1 : q.EndToken;
        i = doc.Is(i, "were") || doc.Is(i, "was") ? i + 1 : (doc.Is(i, "have") || doc.Is(i, "had")) && doc.Is(i + 1, "been") ? i + 2 : -1;
        return i > 0 && i < cEnd && (doc.TokenText(i).EndsWith("ed", StringComparison.Ordinal) || doc.IsAny(i, Lexicon.IrregularPast)) ? i : -1;
    }

    // The concept of a count term of several words the story used before token before and that ends with the word noun
    // ("job cuts" for "cuts", "initial claims" for "claims"), or null.
    private string? EarlierCompound(AnalyzedDocument doc, int before, string noun)
    {
        for (int i = before - 1; i >= 1; i--)
        {
            if (doc.Tokens[i].Kind == TokenKind.Word && doc.TokenText(i).Equals(noun, StringComparison.OrdinalIgnoreCase)
                && CountedNumbers.TermEndingAt(finder, doc, i, 0) is { } term)
            {
                return term.Concept;
            }
        }

        return null;
    }

    // the "per" inside a rate over a whole ("5.7 per 100,000", "12.4 deaths per 100,000"), or null
    private static int? PerInside(AnalyzedDocument doc, QuantityMention q)
    {
        for (int i = q.FirstToken + 1; i < q.EndToken; i++)
        {
            if (doc.Is(i, "per"))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>How many words after a rate's whole name those it is taken over ("per 100 million vehicle miles traveled").</summary>
    private const int RateWholeWords = 3;

    // the count term of the verb after a relative aside opening at token i (", who was unvaccinated, has died"), or null
    private MetricMatch? VerbAfterAside(AnalyzedDocument doc, int i)
    {
        if (!doc.Is(i, ",") || !doc.IsAny(i + 1, RelativePronouns))
        {
            return null;
        }

        int end = doc.Sentences[doc.Tokens[i].Sentence].EndToken;
        for (int k = i + 2; k < Math.Min(end, i + MaxRestatementTokens); k++)
        {
            if (doc.Is(k, ","))
            {
                int verb = k + 1;
                while (verb < end && (doc.IsAny(verb, Lexicon.Auxiliaries) || IsAdverb(doc, verb)))
                {
                    verb++;
                }

                return verb < end && doc.Tokens[verb].Kind == TokenKind.Word ? finder.At(doc, verb, end, CountUses) : null;
            }
        }

        return null;
    }

    private static readonly WordSet RelativePronouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "who", "which", "whose", "whom");

    // the token after the closing comma of a restatement opening at token i with ", or" and holding a figure, or i
    private static int RestatementEnd(AnalyzedDocument doc, int i, int cEnd)
    {
        if (!doc.Is(i, ",") || !doc.Is(i + 1, "or"))
        {
            return i;
        }

        bool figure = false;
        for (int k = i + 2; k < Math.Min(cEnd, i + MaxRestatementTokens); k++)
        {
            figure |= doc.Tokens[k].Kind == TokenKind.Number || doc.IsAny(k, QuantityWordsInRestatement);
            if (doc.Is(k, ","))
            {
                return figure ? k + 1 : i;
            }
        }

        return i;
    }

    private const int MaxRestatementTokens = 14;

    private static readonly WordSet QuantityWordsInRestatement = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "half", "third", "quarter", "fifth", "tenth", "two-thirds", "three-quarters", "percent", "%");

    // "inflation, which fell to 3.2% in March, was": a rate in a relative aside that names no measure of its own
    // measures the noun the aside hangs on
    private MetricMatch? HeadOfAside(AnalyzedDocument doc, int first, Func<int, bool> skip) =>
        SentenceFacts.IsRelativeAside(doc, first) ? finder.Before(doc, Math.Max(0, first - 1 - AsideHeadWords), first - 1, [MetricUse.Rate], skip) : null;

    /// <summary>How far before an aside's comma the noun it hangs on may start ("the jobless rate, which").</summary>
    private const int AsideHeadWords = 3;

    /// <summary>
    /// The head of a counted noun phrase that opens with a name or a compound: "212,000 Estrada SUVs" → SUVs,
    /// "Estrada sport-utility vehicles" → vehicles, "300 Boeing 737 MAX 10 jets" → jets; null when the scanner's noun
    /// already is the head.
    /// </summary>
    private string? HeadNoun(AnalyzedDocument doc, QuantityMention q, int cEnd)
    {
        string? noun = q.Quantity.Noun;
        int i = q.EndToken;
        if (noun is null || i >= cEnd || !doc.TokenText(i).Equals(noun, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        bool named = char.IsUpper(noun[0]);
        bool compound = IsGlued(doc, i + 1, "-");
        if (!named && !compound)
        {
            return null;
        }

        string? head = null;
        // ("10,000 Americans aged 65 and over": an age describes the group, it is no head)
        for (int steps = 0; i < cEnd && steps < 6 && IsNounPhraseWord(doc, i, model: named && steps > 0) && !doc.IsAny(i, Lexicon.FunctionWords) && !doc.IsAny(i, Lexicon.Auxiliaries)
            && !doc.Is(i, "aged"); steps++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Number)
            {
                i++;
                continue;
            }

            var word = doc.TokenText(i).ToString();
            if (finder.Lexicon.Concept(MetricUse.Count, word) is not null)
            {
                return word;
            }

            if (char.IsLower(word[0]))
            {
                head = word;
            }
            else if (head is not null)
            {
                break;
            }

            i += IsGlued(doc, i + 1, "-") && i + 2 < cEnd ? 2 : 1;
        }

        return head;
    }

    private static bool IsAdverb(AnalyzedDocument doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && (doc.IsAny(i, PlaceAdverbs) || Lexicon.IsLyAdverb(doc.TokenText(i)));

    private static readonly WordSet PlaceAdverbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "worldwide", "nationwide", "statewide", "countrywide", "citywide", "abroad", "overseas", "alone", "altogether", "overall", "apiece", "each");

    // a word of a counted noun phrase, or a model's number after a name ("300 Boeing 737 MAX 10 jets")
    private static bool IsNounPhraseWord(AnalyzedDocument doc, int i, bool model) =>
        doc.Tokens[i].Kind == TokenKind.Word || (model && doc.Tokens[i].Kind == TokenKind.Number && doc.Tokens[i - 1].End + 1 == doc.Tokens[i].Start);

    private static readonly WordSet SurveyNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "survey", "poll", "study", "sample", "census", "questionnaire", "canvass");

    private const string JobCuts = "job_cuts";

    // the verb of cutting before a count, past its qualifier and a few words of size ("cut about 1,200", "plans to
    // eliminate another 500", "laid off over 300"), or null
    private static int? CutBefore(AnalyzedDocument doc, QuantityMention q, int cFirst, WordSet verbs)
    {
        int i = q.QualifierFirstToken - 1;
        while (i >= cFirst && i >= q.QualifierFirstToken - 3 && doc.IsAny(i, SizeWords))
        {
            i--;
        }

        // ("shot down 277 drones and 19 missiles": the verb of the count "and" joins this one to)
        if (doc.Is(i, "and") && JoinedBefore(doc, i) is { } joined && joined.QualifierFirstToken > cFirst)
        {
            i = joined.QualifierFirstToken - 1;
        }

        if (doc.Is(i, "or") && doc.Is(i - 1, ","))
        {
            // "cut more than 15% of its workforce, or over 15,000 jobs": the same cut restated
            for (int j = i - 2; j >= Math.Max(cFirst, i - RestatedReach); j--)
            {
                if (IsCut(doc, j, verbs))
                {
                    return j;
                }
            }
        }

        return i >= cFirst && IsCut(doc, i, verbs) ? i : null;
    }

    /// <summary>How far back from ", or" a restated cut's verb may stand.</summary>
    private const int RestatedReach = 12;

    // the count with its noun that ends right before the "and" at token and ("277 drones and"), or null
    private static QuantityMention? JoinedBefore(AnalyzedDocument doc, int and)
    {
        int k = doc.FirstQuantityAtOrAfter(Math.Max(0, and - 3));
        for (; k < doc.Quantities.Count && doc.Quantities[k].FirstToken < and; k++)
        {
            var x = doc.Quantities[k];
            if (x.Form == QuantityForm.Count && x.Quantity.Noun is not null && (x.EndToken == and - 1 || x.EndToken == and))
            {
                return x;
            }
        }

        return null;
    }

    private static bool IsCut(AnalyzedDocument doc, int i, WordSet verbs) =>
        doc.IsAny(i, verbs) || (verbs == CutVerbs && doc.Is(i, "off") && doc.IsAny(i - 1, LayVerbs)) || (verbs == InterceptVerbs && doc.Is(i, "down") && doc.IsAny(i - 1, ShootVerbs));

    private const string Strikes = "strikes";

    private const string Interceptions = "interceptions";

    // the nouns of strikes that name no weapon: "12 strikes", "40 attacks"
    private static readonly WordSet StrikeNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "strikes", "strike", "attacks", "attack", "airstrikes");

    private static readonly WordSet InterceptVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "downed", "downing", "intercepted", "intercepting", "intercept", "intercepts", "neutralised", "neutralized", "repelled");

    private static readonly WordSet ShootVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "shot", "shoot", "shooting", "shoots", "brought", "bringing");

    private const string Stores = "stores";

    private const string StoreClosures = "store_closures";

    // the token of the verb of closing the counted noun is the subject of ("500 pubs in England and Wales closed", "522
    // pubs shut their doors", "1,200 stores will close"), a place's or a time's few words and an auxiliary between; or null
    private static int? ClosedAfter(AnalyzedDocument doc, QuantityMention q, string noun, int cEnd)
    {
        int k = q.EndToken;
        while (k < cEnd && k < q.EndToken + 3 && !doc.TokenText(k).Equals(noun, StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        for (int i = k + 1; i < cEnd && i <= k + ClosedReach && doc.Tokens[i].Kind == TokenKind.Word; i++)
        {
            if (doc.IsAny(i, ClosureVerbs))
            {
                return doc.Is(i - 1, "to") ? null : i;
            }

            if (!(char.IsUpper(doc.TokenText(i)[0]) || doc.IsAny(i, ClosedGapWords) || doc.IsAny(i, Lexicon.Auxiliaries)))
            {
                return null;
            }
        }

        return null;
    }

    // what was done on the occasions a count after "on" or "in" counts, lower-cased: the plural object of the verb before
    // ("booster" in "recovered boosters on 129 missions") or the verb itself ("scored" in "scored in 12 games"); else null
    private static string? OccasionsOf(AnalyzedDocument doc, QuantityMention q, int cFirst)
    {
        int at = q.QualifierFirstToken - 1;
        if (!(doc.Is(at, "on") || doc.Is(at, "in")) || at - 1 < cFirst || doc.Tokens[at - 1].Kind != TokenKind.Word || !char.IsLower(doc.TokenText(at - 1)[0]))
        {
            return null;
        }

        var before = doc.TokenText(at - 1);
        if (Lexicon.IsPastForm(before) && !doc.IsAny(at - 2, Lexicon.Auxiliaries))
        {
            return before.ToString().ToLowerInvariant();
        }

        return CountedNumbers.IsPlural(before) && at - 2 >= cFirst && Lexicon.IsPastForm(doc.TokenText(at - 2))
            ? Singular(before.ToString().ToLowerInvariant())
            : null;
    }

    // how many words may stand between the closed things and the verb: "pubs in England and Wales closed"
    private const int ClosedReach = 6;

    // the words of a place, a scope or a time between the closed things and the verb
    private static readonly WordSet ClosedGapWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "across", "around", "and", "the", "of", "nationwide", "permanently", "also", "already");

    private static readonly WordSet ClosureVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "close", "closes", "closed", "closing", "shut", "shuts", "shutting", "shutter", "shutters", "shuttered", "shuttering");

    private static readonly WordSet CutVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "cut", "cuts", "cutting", "slash", "slashes", "slashed", "slashing", "eliminate", "eliminates", "eliminated", "eliminating",
        "axe", "axes", "axed", "axing", "ax", "shed", "sheds", "shedding", "scrap", "scraps", "scrapped", "scrapping", "trim", "trims",
        "trimmed", "trimming");

    private static readonly WordSet LayVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "lay", "lays", "laid", "laying");

    private static readonly WordSet SizeWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "another", "a", "further", "additional", "some", "about", "around", "roughly", "nearly", "almost", "up", "to", "over", "more", "than", "at", "least");

    private static readonly WordSet BelievedWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "believed", "feared", "thought", "presumed", "reported", "reportedly", "said", "known", "confirmed", "suspected");

    private static bool IsGlued(AnalyzedDocument doc, int i, string text) =>
        i > 0 && i < doc.Tokens.Count && doc.Tokens[i].Start == doc.Tokens[i - 1].End && doc.TokenText(i).Equals(text, StringComparison.Ordinal);

    private static readonly WordSet Outcomes = WordSet.Create(StringComparer.Ordinal,
        "deaths", "injured", "missing", "arrests", "displaced", "power_outage", "arrivals", "flight_delays");

    // "still below the $10 billion valuation it reached in 2021": a sum the word right after it names is a measure of its own
    private bool NamedRightAfter(AnalyzedDocument doc, QuantityMention q, int cEnd) =>
        q.Form == QuantityForm.Money && q.EndToken < cEnd && finder.At(doc, q.EndToken, cEnd, ValueUses) is not null;

    private static bool StartsAQuantity(AnalyzedDocument doc, int token) =>
        doc.FirstQuantityAtOrAfter(token) is var k && k < doc.Quantities.Count && doc.Quantities[k].FirstToken == token;

    private static readonly WordSet ProducedLevels = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "totaled", "totalled", "reached", "hit", "was", "were", "stood", "to", "at", "of");

    private static readonly WordSet PowerCustomers = WordSet.Create(StringComparer.OrdinalIgnoreCase, "customers", "homes", "households", "businesses", "properties");

    private static readonly WordSet OutageWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "outage", "outages", "blackout", "blackouts");

    // the verb of cutting power, or its particle: "cut", "knocked out", "shut off"
    private static readonly WordSet PowerCuts = WordSet.Create(StringComparer.OrdinalIgnoreCase, "cut", "cuts", "cutting", "out", "off");

    private static readonly WordSet StateVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "left", "remained", "remain", "remains", "stayed", "stay", "went", "go");

    private MetricMatch? OutcomeAfter(AnalyzedDocument doc, QuantityMention q, int cEnd)
    {
        int i = q.EndToken;
        for (int steps = 0; i < cEnd && steps < 4 && doc.Tokens[i].Kind == TokenKind.Word && !doc.IsAny(i, Lexicon.Auxiliaries) && !doc.Is(i, "to"); steps++)
        {
            // "200,000 homes without electricity": an outcome told right after the counted noun
            if (steps > 0 && doc.Is(i, "without") && finder.At(doc, i, cEnd, CountUses) is { } state && Outcomes.Contains(state.Concept))
            {
                return state;
            }

            // "20,000 migrants crossed the Channel", "1,200 refugees arrived", "70,000 homes and businesses lost power": the
            // verb right after the counted noun (or a second noun joined to it)
            // ("three crashes and two injuries", "12 crashes and no injuries": a second count's noun is no verb)
            if (steps > 0 && (doc.Is(i - 1, q.Quantity.Noun ?? "") || (doc.Is(i - 2, "and") && doc.Is(i - 3, q.Quantity.Noun ?? "") && !StartsAQuantity(doc, i - 1) && !doc.Is(i - 1, "no")))
                && finder.At(doc, i, cEnd, CountUses) is { } verb && Outcomes.Contains(verb.Concept)
                && verb.Concept != finder.Lexicon.Concept(MetricUse.Count, q.Quantity.Noun!))
            {
                return verb;
            }

            // "Two firefighters suffered minor injuries": an outcome the group suffered
            if (steps > 0 && doc.Is(i - 1, q.Quantity.Noun ?? "") && doc.IsAny(i, SufferVerbs) && SufferedOutcome(doc, i + 1, cEnd) is { } suffered)
            {
                return suffered;
            }

            i++;
        }

        // "One child, who was unvaccinated, has died": the verb after a relative aside on the group
        if (VerbAfterAside(doc, i) is { } afterAside && Outcomes.Contains(afterAside.Concept))
        {
            return afterAside;
        }

        // "150,000 homes were left without power", "remained without electricity"
        while (i < cEnd && (doc.IsAny(i, Lexicon.Auxiliaries) || doc.Is(i, "to") || (doc.IsAny(i, StateVerbs) && doc.Is(i + 1, "without"))))
        {
            i++;
        }

        return i < cEnd && finder.At(doc, i, cEnd, CountUses) is { } m && Outcomes.Contains(m.Concept) ? m : null;
    }

    // the outcome named within a few words from token first ("minor injuries", "serious burns"), or null
    private MetricMatch? SufferedOutcome(AnalyzedDocument doc, int first, int cEnd)
    {
        for (int j = first; j < Math.Min(cEnd, first + 3) && doc.Tokens[j].Kind == TokenKind.Word; j++)
        {
            if (finder.At(doc, j, cEnd, CountUses) is { } outcome && Outcomes.Contains(outcome.Concept))
            {
                return outcome;
            }
        }

        return null;
    }

    private static readonly WordSet SufferVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "suffered", "sustained", "suffer", "sustain", "suffering");

    /// <summary>How many tokens after a part's "of" the count of its whole may start ("of the world's 14").</summary>
    private const int PartitiveReach = 5;

    // the partitive count whose whole the count is ("412" in "won 412 of the 650 seats"), or null
    private static QuantityMention? PartBefore(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence) =>
        inSentence.Find(x => x.Form == QuantityForm.Count && doc.Is(x.EndToken, "of") && IsPartitive(doc, x)
            && (x.EndToken + 1 == q.QualifierFirstToken || (x.EndToken + 2 == q.QualifierFirstToken && doc.IsAny(x.EndToken + 1, PartitiveDeterminers))));

    // "Nine of the deaths", "five of them", "two of its stores", "26 of 36 passes": a count taken out of a group already
    // named; or set off after the group's share ("Most of the deaths - 1,293 - were in Al Haouz province")
    private static bool IsPartitive(AnalyzedDocument doc, QuantityMention q) =>
        // ("roughly 1,200 of its 8,700 stores": an approximate part of a stated whole too)
        (doc.Is(q.EndToken, "of") && (q.Quantity.Qualifier == Qualifier.None || (q.Quantity.Qualifier == Qualifier.Approx && NumberAt(doc, q.EndToken + 2)))
            && (doc.IsAny(q.EndToken + 1, PartitiveDeterminers) || NumberAt(doc, q.EndToken + 1)))
        || SetOffPart(doc, q.QualifierFirstToken - 1);

    private static bool NumberAt(AnalyzedDocument doc, int i) => i < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Number;

    // the concept of the plural noun right after "of the" ("Fifteen of the passengers": passenger), or null
    private string? PartitiveGroup(AnalyzedDocument doc, QuantityMention q) => GroupAfter(doc, q.EndToken, determinerRequired: true, out _);

    // the concept of the plural noun after the "of" at token <paramref name="of"/> and its determiner, if any ("of the
    // passengers", "of kindergartners"), or null; <paramref name="noun"/> is that noun's token
    // ("of the world's coral reefs", "of middle and high school students": past an owner, the plural a few words of a
    // compound end with)
    private string? GroupAfter(AnalyzedDocument doc, int of, bool determinerRequired, out int noun)
    {
        noun = doc.IsAny(of + 1, PartitiveDeterminers) ? of + 2 : determinerRequired ? -1 : of + 1;
        if (noun > 0 && doc.Is(of + 1, "the") && (doc.Is(noun + 1, "'s") || doc.Is(noun + 1, "’s")) && doc.IsAny(noun, WholeOwners))
        {
            noun += 2;
        }

        int named = noun;
        for (int end = noun + CompoundWords; noun > 0 && noun + 1 < end && noun + 1 < doc.Tokens.Count && !doc.TokenText(noun).EndsWith('s') && CompoundGoesOn(doc, noun + 1); noun++)
        {
        }

        // ("28% of fourth graders in high-poverty schools": a compound's group narrowed by a phrase after it is a part of
        // a group no other figure is sure to count alike)
        if (noun > named && doc.IsAny(noun + 1, GroupNarrowers))
        {
            return null;
        }

        if (noun < 0 || !doc.Is(of, "of") || noun >= doc.Tokens.Count
            || doc.Tokens[noun].Kind != TokenKind.Word || doc.TokenText(noun) is not { Length: > 3 } word || !char.IsLower(word[0]) || word[^1] != 's')
        {
            return null;
        }

        return finder.Lexicon.Concept(MetricUse.Count, word.ToString()) ?? Singular(word.ToString().ToLowerInvariant());
    }

    // "Most of the deaths -", "The vast majority of the victims, 207, died" just before the figure: the dash or the comma,
    // the group's noun, its determiner, "of" and a quantifier
    private static bool SetOffPart(AnalyzedDocument doc, int dash) =>
        doc.TokenText(dash) is "-" or "–" or "—" or "(" or ","
        && doc.IsAny(dash - 2, PartitiveDeterminers) && doc.Is(dash - 3, "of") && doc.IsAny(dash - 4, PartQuantifiers);

    private static readonly WordSet PartQuantifiers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "most", "many", "some", "half", "majority", "bulk", "much", "all");

    // the wholes a share of a group may be taken across: "of the world's coral reefs", "of the country's adults"
    private static readonly WordSet WholeOwners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "world", "planet", "globe", "country", "nation", "state");

    // the most words of a compound the group's plural ends ("middle and high school students")
    private const int CompoundWords = 5;

    private static readonly WordSet GroupNarrowers = WordSet.Create(StringComparer.OrdinalIgnoreCase, "in", "at", "from", "with", "without", "who", "whose", "under", "over", "aged");

    // a lower-case word that may go on a compound: no function word but "and" before another, no verb
    private static bool CompoundGoesOn(AnalyzedDocument doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && doc.TokenText(i) is var word && char.IsLower(word[0])
        && (doc.Is(i, "and") ? i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i + 1)[0]) : !doc.IsAny(i, Lexicon.FunctionWords))
        && !Lexicon.IsPastForm(word) && !doc.IsAny(i, QuantityWords.Rises) && !doc.IsAny(i, QuantityWords.Falls) && !doc.IsAny(i, Lexicon.Auxiliaries);

    private static readonly WordSet PartitiveDeterminers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "them", "those", "these", "its", "their", "his", "her");

    /// <summary>
    /// Whether <paramref name="q"/> is the stated whole a share in its sentence is taken of: "roughly 38% of the 11
    /// million people it insures" (the 11 million).
    /// </summary>
    internal static bool IsShareBase(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence)
    {
        foreach (var share in inSentence)
        {
            if (share.Form is QuantityForm.Percent or QuantityForm.Fraction && doc.Is(share.EndToken, "of") && BaseAmount(share, inSentence) == q)
            {
                return true;
            }
        }

        return false;
    }

    private static QuantityMention? BaseAmount(QuantityMention share, List<QuantityMention> inSentence) =>
        inSentence.FirstOrDefault(x => x.FirstToken > share.EndToken && x.FirstToken <= share.EndToken + 3 && x.Form is QuantityForm.Money or QuantityForm.Crypto or QuantityForm.Count);

    private MetricResult Share(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built, int cFirst, int cEnd, Func<int, bool> inQuantity)
    {
        // "61 percent of the $2.2 billion stolen": the base is that amount (keyed as a total when it has a subject)
        if (BaseAmount(q, inSentence) is { } baseAmount && built.TryGetValue(baseAmount, out var baseClaim))
        {
            return ShareOf(Core.Claims.MetricKeys.Untotalled(baseClaim.MetricKey), baseClaim.Metric, baseAmount.Quantity);
        }

        // "29.5% of the vote": a rate named by its "of" phrase ("a turnout rate of 63.9% of eligible voters": or the one
        // it is the rate of)
        if ((finder.At(doc, q.EndToken, cEnd, [MetricUse.Rate])
            ?? (doc.Is(q.QualifierFirstToken - 1, "of") && finder.Before(doc, cFirst, q.QualifierFirstToken - 1, [MetricUse.Rate], inQuantity) is { } before
                && (before.End == q.QualifierFirstToken - 1 || (doc.Is(before.End, "rate") && before.End + 1 == q.QualifierFirstToken - 1)) ? before : null)) is { } named)
        {
            return new MetricResult(named.Concept + ".rate", Phrase(doc, named, named.Concept), named.Concept, false);
        }

        // "received about 76.9 million votes nationwide, 50.1% of the total": the total is the figure before (not "of the
        // total U.S. population", which names its own)
        int afterTotal = q.EndToken + 3;
        if (doc.Is(q.EndToken + 1, "the") && doc.Is(q.EndToken + 2, "total")
            && (afterTotal >= cEnd || doc.Tokens[afterTotal].Kind != TokenKind.Word || doc.IsAny(afterTotal, Lexicon.FunctionWords))
            && inSentence.LastOrDefault(x => x.EndToken <= q.FirstToken && x.Form is QuantityForm.Count or QuantityForm.Money) is { } counted
            && built.TryGetValue(counted, out var countedClaim) && countedClaim.ShareOf is null && countedClaim.ChangeOf is null)
        {
            return ShareOf(Core.Claims.MetricKeys.Untotalled(countedClaim.MetricKey), countedClaim.Metric, null);
        }

        // "two thirds of the world's hacking incidents": counted nouns first, then money words, before the next figure
        // ("29.5% of the vote and 79 seats": the seats are the 79's) and a subordinate clause ("8% of its workforce, as
        // slowing demand for electric trucks squeezed margins")
        int baseEnd = Math.Min(MetricFinder.SubordinateClauseAfter(doc, q.EndToken, cEnd), inSentence.FirstOrDefault(x => x.FirstToken > q.EndToken)?.FirstToken ?? cEnd);
        for (int i = q.EndToken; i < baseEnd; i++)
        {
            if (doc.Is(i, ","))
            {
                baseEnd = i; // "the top half of bread, you're saving": the phrase ends at its comma
            }
        }

        // ("4.1 percent of GDP to its armed forces": the economy right after "of" is the whole, though a count follows)
        int whole = doc.IsAny(q.EndToken + 1, Lexicon.Owners) ? q.EndToken + 2 : q.EndToken + 1;
        if (whole < baseEnd && finder.At(doc, whole, baseEnd, [MetricUse.Value]) is { Concept: Gdp } ofEconomy)
        {
            return RatioToGdp(doc, q, inSentence, built, cFirst, inQuantity, ofEconomy);
        }

        foreach (var use in BaseUses)
        {
            var match = Forward(doc, q.EndToken + 1, baseEnd, use, inQuantity);
            // "64.7% of trains arrived on time": a rate right after the verb says how they did it, and that is the measure
            match = match is { Use: MetricUse.Count } verb && verb.End < baseEnd && finder.At(doc, verb.End, baseEnd, [MetricUse.Rate]) is { } how ? how : match;
            if (match is { Use: MetricUse.Rate } rate)
            {
                // "40.3% of US adults had obesity", "28.5 percent of office space was vacant": the share of a group a state
                // holds of is the rate of that state, not a share of the rate
                return new MetricResult(LevelKey(rate), Phrase(doc, rate, rate.Concept), rate.Concept, false);
            }

            if (match is { Concept: Gdp } economy)
            {
                return RatioToGdp(doc, q, inSentence, built, cFirst, inQuantity, economy);
            }

            if (match is { } m)
            {
                string baseKey = LevelKey(m);
                return new MetricResult(baseKey + ".share", "share of " + Phrase(doc, m, m.Concept), m.Concept, false, false, baseKey, null);
            }
        }

        // "About a third of the patients were under 18", "18% of kindergartners had a vaccine exemption": a share of a
        // group the lexicon does not count is named by its noun, but what the group's share has or does is not a
        // measure, so it stays a share of no comparable whole
        if (GroupAfter(doc, q.EndToken, determinerRequired: false, out int groupNoun) is { } group)
        {
            return new MetricResult(group + ".count.share", "share of " + doc.TokenText(groupNoun).ToString(), group, false, false, Core.Claims.MetricKeys.UnnamedWhole, null);
        }

        return new MetricResult("share", "share", "share", true, false, Core.Claims.MetricKeys.UnnamedWhole, null);
    }

    private const string Gdp = "gdp";

    private const string BodiesRecovered = "bodies_recovered";

    private static readonly WordSet RecoveryVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "recovered", "recover", "recovering", "retrieved", "retrieve", "retrieving", "pulled", "pull", "pulling", "found", "find", "finding",
        "located", "identified", "exhumed");

    // "a deficit of $1.9 trillion, or 6.2% of GDP", "Debt held by the public will rise to 100% of GDP", "Interest costs
    // will reach 3.2% of GDP", "spend 2.5% of GDP on defence": a share of the economy is the ratio of what the clause
    // measures (or what is spent on) to it, a rate of its own (debt_to_gdp, as "the debt-to-GDP ratio" is), never a share
    // to set against another measure's; one whose measure the clause does not name is compared with nothing
    private MetricResult RatioToGdp(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built, int cFirst,
        Func<int, bool> inQuantity, MetricMatch economy)
    {
        // ("will spend 2.5% of its national income on defence", "devote 4.1 percent of GDP to its armed forces": what is
        // spent on, the armed forces and the military as defence)
        int on = doc.Is(economy.End, "on") || (doc.Is(economy.End, "to") && doc.IsAny(economy.End + 1, Lexicon.Owners)) ? economy.End + 1 : -1;
        on += on > 0 && doc.IsAny(on, Lexicon.Owners) ? 1 : 0;
        string? concept = on > 0 && on < doc.Tokens.Count && doc.Tokens[on].Kind == TokenKind.Word
            && doc.TokenText(on) is { Length: > 2 } spentOn && char.IsLower(spentOn[0]) && !doc.IsAny(on, Lexicon.FunctionWords)
            ? (doc.IsAny(on, DefenceWords) ? Defence : spentOn.ToString()) : null;
        if (concept is null && doc.Is(q.QualifierFirstToken - 1, "or"))
        {
            // (a loop, not a lambda: this is asked of every share of GDP)
            for (int k = inSentence.Count - 1; k >= 0 && concept is null; k--)
            {
                if (inSentence[k] is { Form: QuantityForm.Money } sum && sum.EndToken <= q.FirstToken && built.TryGetValue(sum, out var restated) && restated is { ShareOf: null, ChangeOf: null })
                {
                    concept = ConceptOf(restated.MetricKey);
                }
            }
        }

        concept ??= finder.Before(doc, cFirst, q.QualifierFirstToken, [MetricUse.Value], inQuantity)?.Concept;
        return concept is null or Gdp or "amount"
            ? new MetricResult(Gdp + ".value.share", "share of " + Phrase(doc, economy, Gdp), Gdp, false, false, Core.Claims.MetricKeys.UnnamedWhole, null)
            : new MetricResult(concept + "_to_" + Gdp + ".rate", concept.Replace('_', ' ') + " to GDP", concept + "_to_" + Gdp, false);
    }

    private const string Defence = "defence";

    private static readonly WordSet DefenceWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "defence", "defense", "military", "armed", "army", "armies", "militaries");

    private MetricResult Change(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built, DocumentState state, int cFirst, int cEnd, Func<int, bool> inQuantity, bool verbForm,
        bool subjectIsAsset = false)
    {
        string? levelKey = null;
        MetricMatch? match = null;
        if (!verbForm)
        {
            // "47 separate attacks in 2023, double the number ...": the level is the count just given
            var level = inSentence.LastOrDefault(x => x.EndToken <= q.FirstToken && built.ContainsKey(x) && x.Form is QuantityForm.Count or QuantityForm.Money or QuantityForm.Crypto);
            levelKey = level is null ? null : built[level].MetricKey;
        }
        else
        {
            // "rose 21% to $2.2 billion", "climbed by 29 percent in 2023 to 118 tonnes": the level is the amount it rose to
            // (or stands "at" after it: "was last up 4.6% at $102,500")
            // ("shed 1,034 points, or 2.6 percent, to close at 38,703": or the level a session ends at)
            var to = inSentence.FirstOrDefault(x => x.FirstToken >= q.EndToken && built.ContainsKey(x)
                && (((x.FirstToken <= q.EndToken + 2 || doc.IsTime(doc.Is(q.EndToken, "in") ? q.EndToken + 1 : q.EndToken, x.QualifierFirstToken - 1))
                        && (doc.Is(x.QualifierFirstToken - 1, "to") || (doc.Is(x.QualifierFirstToken - 1, "at") && x.QualifierFirstToken - 1 == q.EndToken)))
                    || (x.QualifierFirstToken <= q.EndToken + 4 && ToCloseAt(doc, x.QualifierFirstToken - 1))));
            levelKey = to is null ? null : built[to].MetricKey;
        }

        if (levelKey is null && AppositiveChange(doc, q) && LevelBefore(doc, q, inSentence, built) is { } restated)
        {
            // "About 7,318 pedestrians were killed, a 5.4 percent decrease": a change set beside a count moves that count
            levelKey = restated;
        }

        if (levelKey is null && MovedNoun(doc, q, cEnd) is { } moved)
        {
            // "a 38% wage increase", "a 10% pay cut": the word between the figure and the change names what moved
            match = moved;
            levelKey = LevelKey(moved);
        }

        if (levelKey is null && doc.Is(q.EndToken, "of") && doc.IsAny(q.EndToken + 1, Lexicon.Owners) && q.EndToken + 2 < cEnd
            && finder.At(doc, q.EndToken + 2, cEnd, [MetricUse.Measure]) is { } own)
        {
            // "lost 20.2% of their weight": a move of the subject's own measure
            match = own;
            levelKey = LevelKey(own);
        }

        if (levelKey is null && q.Form == QuantityForm.Multiplier && ObjectAfter(doc, q, cEnd, inQuantity) is { } objectTerm)
        {
            // "halved its growth forecast for 2025": what a multiplying verb acts on
            match = objectTerm;
            levelKey = LevelKey(objectTerm);
        }

        // "Murders fell 11.6%, arsons 9.4%": a gapped move's own words name what moved, never the first move's
        int nounsFirst = GappedNouns(doc, q, inSentence, cEnd);
        bool namedGap = nounsFirst >= 0;
        // ("Uber beats profit forecast as trips grow 18%": a move told in a clause "as" opens is of that clause's subject)
        cFirst = namedGap ? nounsFirst : Math.Max(cFirst, SubordinateMoveStart(doc, cFirst, q));
        if (levelKey is null)
        {
            // "the total amount of theft ... has more than doubled": the grammatical subject before the verb
            // "Intel shares have lost about 40% of their value": the verb names no metric, what lost the value does
            int before = OfItsValue(doc, q) ? VerbBefore(doc, q) : q.QualifierFirstToken;
            // ("The FTSE 100 lost 40 points, or 0.5%": the verb of an index's or a coin's move names no level of it)
            match = finder.Before(doc, cFirst, before, LevelUses, inQuantity) is { } term && !(subjectIsAsset && term.End == term.First + 1 && doc.IsAny(term.First, QuantityWords.Falls))
                ? HeadOfPhrase(doc, cFirst, WhatGrew(doc, cFirst, term, inQuantity), inQuantity)
                : before < q.QualifierFirstToken ? null
                : CountedNumbers.Before(finder, doc, cFirst, q.QualifierFirstToken)
                    // ("Shares of Nvidia, which have nearly tripled this year, fell": what a relative aside hangs on moved)
                    ?? (SentenceFacts.IsRelativeAside(doc, cFirst) ? finder.Before(doc, Math.Max(0, cFirst - 1 - AsideHeadWords), cFirst - 1, LevelUses, inQuantity) : null)
                    ?? (subjectIsAsset ? null : finder.Nearest(doc, cFirst, cEnd, q.FirstToken, q.EndToken, LevelUses, inQuantity));
            // "The S&P 500 fell 1.2%": what an index or a coin moves by is its price (never a term after the move: "The zloty
            // fell 1.2% against the euro and Warsaw's main stock index dropped 2.1%")
            // (a word for a measure the story keeps moves that measure: "Chile's output fell 15%" after hectolitres of wine;
            // "Applications from dependants fell by 81%": the plural noun heading the subject counts what moved, when no
            // metric word names it)
            // ("Trips grew 18%", "Applications grew 12%": the verb of the move names no growth of a plural subject)
            match = match is { } verbTerm && verbTerm.End == verbTerm.First + 1 && verbTerm.End == q.QualifierFirstToken && !subjectIsAsset
                && PluralSubjects.Head(doc, cFirst, q.QualifierFirstToken, inQuantity).Head >= 0 ? null : match;
            levelKey = match is { } m ? MeasureKept(doc, m, state) ?? LevelKey(m) : (namedGap ? null : LevelBefore(doc, q, inSentence, built)) ?? ThatLevel(doc, q, state)
                ?? (subjectIsAsset ? "price.value" : PluralSubjectCount(doc, cFirst, q.QualifierFirstToken, inQuantity) ?? UnknownLevel);
        }

        // a level of a group or a segment ("data center:revenue.value"): its concept is the metric's, its phrase names the part
        string levelName = levelKey.Split('.')[0];
        return new MetricResult(levelKey + ".change", ChangePhrase + (match is { } mm ? Phrase(doc, mm, mm.Concept) : levelName.Replace('_', ' ').Replace(':', ' ')), levelName[(levelName.LastIndexOf(':') + 1)..],
            match is null && !built.Values.Any(c => c.MetricKey == levelKey), false, null, null, levelKey);
    }

    // The percentage before q that q's gapped clause leaves its measure to: only a name (perhaps after "the", perhaps
    // with "at" before the figure) stands between a comma, "and" or "with" and q, a clause's end follows q, and no
    // other figure stands between the two; or null.
    private static QuantityMention? GappedLevel(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, List<QuantityMention> inSentence)
    {
        int k = q.QualifierFirstToken - 1;
        k -= doc.Is(k, "at") ? 1 : 0;
        int named = k;
        while (k > 0 && doc.Tokens[k].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(k)[0]))
        {
            k--;
        }

        // (the words are a name the recognizer found, which the subject finder gives the figure too)
        int nameFirst = k + 1;
        if (k == named || !facts.Mentions.Exists(m => m.Kind == MentionKind.Name && m.Span.Start == doc.Tokens[nameFirst].Start && m.Span.End == doc.Tokens[named].End))
        {
            return null;
        }

        k -= doc.Is(k, "the") ? 1 : 0;
        var sentence = doc.Sentences[doc.Tokens[q.FirstToken].Sentence];
        bool endsClause = q.EndToken >= sentence.EndToken || doc.TokenText(q.EndToken) is "," or "." or ";" || doc.Is(q.EndToken, "and");
        if (!endsClause || !(doc.Is(k, ",") || doc.Is(k, "and") || doc.Is(k, "with")))
        {
            return null;
        }

        for (int x = inSentence.Count - 1; x >= 0; x--)
        {
            if (inSentence[x].EndToken <= k)
            {
                var previous = inSentence[x];
                return previous is { Form: QuantityForm.Percent, Quantity.Change: QuantityChange.None } && k - previous.EndToken <= GappedLevelReach ? previous : null;
            }
        }

        return null;
    }

    // the most tokens between a figure and the comma, "and" or "with" that opens a gapped clause after it ("4.1% of GDP on
    // defence, Estonia 3.4%")
    private const int GappedLevelReach = 12;

    // true for "instead of" ending at token at: "revised to show 223,000 jobs added instead of 254,000" sets an earlier
    // reading of the same figure aside (of the same time, unlike a figure compared "from")
    private static bool InsteadOf(AnalyzedDocument doc, int at) => doc.Is(at, "of") && doc.Is(at - 1, "instead");

    // true for "to close at", "to end at", "to settle at" ending at token at
    private static bool ToCloseAt(AnalyzedDocument doc, int at) => doc.Is(at, "at") && doc.IsAny(at - 1, SessionEnds) && doc.Is(at - 2, "to");

    private static readonly WordSet SessionEnds = WordSet.Create(StringComparer.OrdinalIgnoreCase, "close", "end", "finish", "settle");

    // the count term the word right before the figure names, inside its clause ("killed", "killing", "arrested"), or null
    private MetricMatch? CountTermBefore(AnalyzedDocument doc, QuantityMention q, int cFirst) =>
        q.QualifierFirstToken - 1 >= cFirst ? finder.At(doc, q.QualifierFirstToken - 1, q.QualifierFirstToken, CountUses) : null;

    private static readonly WordSet CasualtyVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "killed", "kills", "killing", "kill", "injured", "injures", "injuring", "wounded", "wounding");

    // the first word naming what a gapped move is about ("and aggravated assaults 2.8%"), or -1
    private static int GappedNouns(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, int cEnd)
    {
        for (int k = inSentence.Count - 1; k >= 0; k--)
        {
            if (inSentence[k].EndToken <= q.FirstToken)
            {
                return GappedMoves.IsGapped(doc, cEnd, inSentence[k], q, out int nounsFirst) ? nounsFirst : -1;
            }
        }

        return -1;
    }

    // a value term among the three lower-case words after "in" right after a sum ("in punitive damages", "in customer
    // deposits"), or after "on" right after a sum spent ("spent $13.1 billion on capital expenditures"), or null
    private MetricMatch? TermAfterIn(AnalyzedDocument doc, QuantityMention q, int cEnd, Func<int, bool> inQuantity, bool orOf = false)
    {
        if (!doc.Is(q.EndToken, "in") && !(orOf && doc.Is(q.EndToken, "of")) && !(doc.Is(q.EndToken, "on") && doc.IsAny(q.QualifierFirstToken - 1, SpentVerbs)))
        {
            return null;
        }

        for (int k = q.EndToken + 1; k < Math.Min(cEnd, q.EndToken + 4) && doc.Tokens[k].Kind == TokenKind.Word && char.IsLower(doc.TokenText(k)[0]); k++)
        {
            // ("raised $500m in a share sale": a term describing the noun after it names no measure)
            if (!inQuantity(k) && finder.At(doc, k, cEnd, ValueUses) is { } term
                && !(term.End < cEnd && doc.Tokens[term.End].Kind == TokenKind.Word && char.IsLower(doc.TokenText(term.End)[0]) && !doc.IsAny(term.End, Lexicon.FunctionWords)))
            {
                return term;
            }
        }

        return null;
    }

    // a term among the one or two words between a figure and the change noun after it ("wage" in "38% wage increase"), or null
    private MetricMatch? MovedNoun(AnalyzedDocument doc, QuantityMention q, int cEnd)
    {
        for (int k = q.EndToken; k < Math.Min(cEnd, q.EndToken + 2) && !doc.IsAny(k, QuantityWords.ChangeNouns); k++)
        {
            if (finder.At(doc, k, Math.Min(cEnd, q.EndToken + 3), LevelUses) is { } term && doc.IsAny(term.End, QuantityWords.ChangeNouns))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>"compared with 13.7%", "versus 13.7%", ", against 49.11%": another's figure set beside this one, not the level a move started from.</summary>
    internal static bool ComparedWith(AnalyzedDocument doc, QuantityMention q) =>
        doc.Is(q.QualifierFirstToken - 1, "versus") || doc.Is(q.QualifierFirstToken - 1, "vs") || doc.Is(q.QualifierFirstToken - 1, "vs.")
        || (doc.Is(q.QualifierFirstToken - 1, "with") && doc.Is(q.QualifierFirstToken - 2, "compared"))
        || (doc.Is(q.QualifierFirstToken - 1, "against") && doc.TokenText(q.QualifierFirstToken - 2) is ",");

    // "secured 72", "won 72, their best result": a bare count right after a verb in the past tense, as its object
    private static bool IsVerbsObject(AnalyzedDocument doc, QuantityMention q) =>
        q.QualifierFirstToken > 0 && doc.Tokens[q.QualifierFirstToken - 1].Kind == TokenKind.Word
        && ((doc.TokenText(q.QualifierFirstToken - 1) is { Length: > 3 } verb && char.IsLower(verb[0]) && verb.EndsWith("ed", StringComparison.Ordinal))
            || doc.IsAny(q.QualifierFirstToken - 1, IrregularPastVerbs));

    // "Health care added 54,000 jobs, leisure and hospitality 53,000, and government 33,000": a figure ending its clause
    // right after a few words set off by a comma is the object of the verb the coordinated clause leaves out
    private static bool IsGappedObject(AnalyzedDocument doc, QuantityMention q)
    {
        if (!(q.EndToken >= doc.Tokens.Count || doc.TokenText(q.EndToken) is "," or ";" or "." or "and") || doc.Is(q.QualifierFirstToken - 1, "and"))
        {
            return false;
        }

        for (int k = q.QualifierFirstToken - 1; k >= 0 && k >= q.QualifierFirstToken - 1 - MaxGappedSubjectWords; k--)
        {
            // ("Florida 20 and Virginia 2", "reported 33 deaths and South Carolina 49": an "and" after the figure before, or
            // before a name, opens the last clause)
            if (doc.TokenText(k) is "," or ";" || (doc.Is(k, "and") && k > 0 && (doc.Tokens[k - 1].Kind == TokenKind.Number || doc.TokenText(k - 1) is "," || char.IsUpper(doc.TokenText(k + 1)[0]))))
            {
                return k < q.QualifierFirstToken - 1;
            }

            if (doc.Tokens[k].Kind != TokenKind.Word || (doc.IsAny(k, Text.Lexicon.FunctionWords) && !doc.Is(k, "and")))
            {
                return false;
            }
        }

        return false;
    }

    private const int MaxGappedSubjectWords = 4;

    // the concept a count term before q in its sentence names ("deaths" of "half of the deaths"), or null
    private string? CountedEarlierIn(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, Func<int, bool> skip) =>
        finder.Before(doc, facts.Sentence.FirstToken, q.QualifierFirstToken, [MetricUse.Count], skip)?.Concept;

    // the count a fronted "Of the" phrase opening the sentence names, when it ends before a comma that comes before the
    // bare count q, or null
    private static QuantityMention? FrontedWhole(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, List<QuantityMention> inSentence)
    {
        int first = facts.Sentence.FirstToken;
        if (q.Form != QuantityForm.Count || q.Quantity.Noun is not null || !doc.Is(first, "of") || !(doc.Is(first + 1, "the") || doc.Is(first + 1, "its") || doc.Is(first + 1, "their")))
        {
            return null;
        }

        int comma = first + 2;
        while (comma < q.FirstToken && doc.TokenText(comma) is not ",")
        {
            comma++;
        }

        return comma < q.FirstToken && inSentence.FirstOrDefault(x => x.Form == QuantityForm.Count && x.FirstToken > first && x.EndToken <= comma) is { } whole ? whole : null;
    }

    // the term of a group a sentence opens with, "Of the dead,", "Of the victims,", right before a bare count
    private MetricMatch? FrontedGroup(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        int first = facts.Sentence.FirstToken;
        return q.Form == QuantityForm.Count && q.Quantity.Noun is null && doc.Is(first, "of") && doc.IsAny(first + 1, PartitiveDeterminers)
            && q.QualifierFirstToken == first + 4 && doc.TokenText(first + 3) is "," ? finder.At(doc, first + 2, first + 3, CountUses) : null;
    }

    // the whole a figure is listed in after ", including" ("destroyed 87 structures, including 41 homes"), when that whole
    // ends a few words before it in the same unit
    private static QuantityMention? IncludedIn(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence)
    {
        int including = q.QualifierFirstToken - 1;
        if (!doc.Is(including, "including") || doc.TokenText(including - 1) is not ",")
        {
            return null;
        }

        // ("446 herds in 15 states, including 224 in California": a part told in a place is no part of the places counted)
        bool located = doc.Is(q.EndToken, "in");
        for (int k = inSentence.Count - 1; k >= 0; k--)
        {
            var whole = inSentence[k];
            if (whole.EndToken >= including)
            {
                continue;
            }

            if (located && whole.Quantity.Noun is { } counted && PlaceCounts.Contains(counted))
            {
                continue;
            }

            return whole.Quantity.Unit == q.Quantity.Unit && whole.EndToken >= including - IncludedReach ? whole : null;
        }

        return null;
    }

    // ", a 5.4 percent decrease", ", an increase of 12%", ", 0.9 per cent fewer than the year before", ", down 7.5
    // percent": a change in apposition after a comma
    private static bool AppositiveChange(AnalyzedDocument doc, QuantityMention q)
    {
        int article = q.QualifierFirstToken - 1;
        return ((doc.Is(article, "a") || doc.Is(article, "an")) && doc.TokenText(article - 1) is "," && doc.IsAny(q.EndToken, QuantityWords.ChangeNouns))
            || (doc.TokenText(article) is "," && doc.IsAny(q.EndToken, Comparatives) && doc.Is(q.EndToken + 1, "than"))
            || ((doc.Is(article, "up") || doc.Is(article, "down")) && doc.TokenText(article - 1) is ",");
    }

    private static readonly WordSet Comparatives = WordSet.Create(StringComparer.OrdinalIgnoreCase, "fewer", "more", "less", "lower", "higher");

    // a count right after the verb of a relative clause ("that supply 6 million people", "which employs 3,000 workers")
    private static bool ObjectOfRelative(AnalyzedDocument doc, QuantityMention q)
    {
        int verb = q.QualifierFirstToken - 1;
        return verb > 0 && doc.Tokens[verb].Kind == TokenKind.Word && char.IsLower(doc.TokenText(verb)[0]) && !doc.IsAny(verb, Lexicon.FunctionWords)
            && doc.IsAny(verb - 1, RelativeWords);
    }

    private static readonly WordSet RelativeWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "that", "which", "who");

    // ", including 224 in California", "including 584 in the US": a part "including" lists in a place the recognizer
    // found (the subject finder gives the part that place; "including 12 in March" is no place's)
    private static bool IncludedInPlace(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q) =>
        PlaceIncludedAt(doc, q) is var place && place >= 0
        && facts.Mentions.Exists(m => m.Entity.Type is EntityType.Gpe or EntityType.Loc && m.Span.Start == doc.Tokens[place].Start);

    /// <summary>
    /// The token a place's name would start at after a part ", including" lists "in" it ("including 224 in California",
    /// "including 584 in the US"), or -1 when <paramref name="q"/> is no such part.
    /// </summary>
    internal static int PlaceIncludedAt(AnalyzedDocument doc, QuantityMention q)
    {
        int place = doc.Is(q.EndToken + 1, "the") ? q.EndToken + 2 : q.EndToken + 1;
        return doc.Is(q.QualifierFirstToken - 1, "including") && doc.Is(q.EndToken, "in") && place < doc.Tokens.Count ? place : -1;
    }

    private static readonly WordSet PlaceCounts = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "states", "countries", "counties", "provinces", "cities", "nations", "regions", "territories", "districts");

    // the whole "of which" after a figure points back to ("overall losses of $50bn, only $5.5bn of which was insured"),
    // the figure before it in the same unit
    private static QuantityMention? WholeOfWhich(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence) =>
        SentenceFacts.OpensPartOf(doc, q.EndToken) && inSentence.LastOrDefault(x => x.EndToken < q.FirstToken) is { } whole && whole.Quantity.Unit == q.Quantity.Unit
            ? whole : null;

    // a count whose own noun the lexicon knows as a measure apart from the whole's ("584 deaths" among cases)
    private bool CountsAnotherMeasure(QuantityMention q, Claim whole) =>
        q.Form == QuantityForm.Count && q.Quantity.Noun is { } noun && finder.Lexicon.Concept(MetricUse.Count, noun) is { } own
        && own != ConceptOf(whole.MetricKey);

    // the most tokens between a whole's end and the ", including" that lists its parts: "87 structures in the county, including"
    private const int IncludedReach = 6;

    // "285 measles cases in 2024, more than four times the 59 reported in 2023", "beating its previous record of 80.9
    // million set in 2019": the figure a record gave before ("below the 506,764 expected by analysts": or an expectation)
    private static bool IsReportedLevel(AnalyzedDocument doc, QuantityMention q) =>
        (doc.Is(q.QualifierFirstToken - 1, "the") || (doc.Is(q.QualifierFirstToken - 1, "of") && doc.IsAny(q.QualifierFirstToken - 2, RecordNouns)))
        && (doc.IsAny(q.EndToken, RecordedParticiples) || Expectations.ExpectedBy(doc, q.EndToken));

    // "with 763,300 arrivals, while 614,000 came from mainland China": a bare count that came or arrived says nothing of
    // what it counts but that it is more of what was counted before
    private static bool Arrives(AnalyzedDocument doc, QuantityMention q) => q.Quantity.Noun is null && doc.IsAny(q.EndToken, ArrivalVerbs);

    private static readonly WordSet ArrivalVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "came", "arrived", "travelled", "traveled", "returned");

    internal static readonly WordSet RecordedParticiples = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "reported", "recorded", "confirmed", "registered", "logged", "counted", "seen", "posted", "tallied", "set", "announced");

    private static readonly WordSet RecordNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "record", "high", "peak", "low");

    private static readonly WordSet IrregularPastVerbs = WordSet.Create(StringComparer.Ordinal,
        "won", "took", "got", "had", "held", "kept", "lost", "made", "sold", "built", "bought", "saw", "gave", "brought");

    // "lost 40% of their value", "shed a third of its value": a share of the subject's own value
    private static bool OfItsValue(AnalyzedDocument doc, QuantityMention q) =>
        q.QualifierFirstToken > 1 && doc.Is(q.EndToken, "of") && doc.IsAny(q.EndToken + 1, Lexicon.Owners) && doc.Is(q.EndToken + 2, "value");

    // the verb before the figure, over an adverb ("lost about 40%", "has shed nearly a third")
    private static int VerbBefore(AnalyzedDocument doc, QuantityMention q) =>
        IsAdverb(doc, q.QualifierFirstToken - 1) ? q.QualifierFirstToken - 2 : q.QualifierFirstToken - 1;


    // "Sales grew 5%", "its emissions grew 0.2%": the verb of growth says the change, the term before it what changed
    // ("The economy grew 0.3%", with no such term, stays growth)
    private MetricMatch WhatGrew(AnalyzedDocument doc, int first, MetricMatch match, Func<int, bool> inQuantity) =>
        match.Use == MetricUse.Rate && doc.IsAny(match.First, GrowthVerbs) && finder.Before(doc, first, match.First, LevelUses, inQuantity) is { } grown ? grown : match;

    private static readonly WordSet GrowthVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "grew", "grow", "grows", "growing", "grown");

    // "... has reached 13,574. That is 16% higher than at the same point last year": a sentence opening with "That" or
    // "This" changes the last level the sentence before gave
    private static string? ThatLevel(AnalyzedDocument doc, QuantityMention q, DocumentState state)
    {
        // ("The 22.7% decline is the steepest ever recorded": a sentence opening on a move names the last level's move)
        int first = doc.Sentences[doc.Tokens[q.FirstToken].Sentence].FirstToken;
        return (doc.IsAny(first, Demonstratives) && doc.IsAny(first + 1, Lexicon.Auxiliaries))
            || (doc.IsAny(first, TallyOwners) && q.QualifierFirstToken == first + 1 && doc.IsAny(q.EndToken, QuantityWords.ChangeNouns))
            ? state.PreviousLevel : null;
    }

    private static readonly WordSet Demonstratives = WordSet.Create(StringComparer.OrdinalIgnoreCase, "that", "this");

    // "France's output plunged 23% to 36.9 million hectolitres ... Chile's output fell 15%": a word that names a measure
    // the story keeps (production, in hectolitres) as well as a value (GDP) moves that measure, or null
    private string? MeasureKept(AnalyzedDocument doc, MetricMatch m, DocumentState state)
    {
        if (m.Use != MetricUse.Value || m.End != m.First + 1 || state.MeasuresNamed.Count == 0)
        {
            return null;
        }

        string? measure = finder.Lexicon.Concept(MetricUse.Measure, doc.TokenText(m.First).ToString().ToLowerInvariant());
        return measure is not null && state.MeasuresNamed.Contains(measure) ? measure + ".measure" : null;
    }

    // the token of the verb of ranking first a few words before the "with" right before q ("led all states with 146",
    // "topped the list with 166,000"), from token from on, or -1
    private static int LeadVerbBefore(AnalyzedDocument doc, QuantityMention q, int from)
    {
        int with = q.QualifierFirstToken - 1;
        if (!doc.Is(with, "with"))
        {
            return -1;
        }

        for (int i = with - 1; i >= Math.Max(from, with - LeaderReach); i--)
        {
            if (doc.IsAny(i, LeadVerbs))
            {
                return i;
            }
        }

        return -1;
    }

    // the words between a ranking verb and the "with" of its figure in the sentence ("all states"), or an empty range
    private static Range LedField(AnalyzedDocument doc, List<QuantityMention> inSentence, int first)
    {
        foreach (var x in inSentence)
        {
            if (LeadVerbBefore(doc, x, first) is var verb and >= 0)
            {
                return (verb + 1)..(x.QualifierFirstToken - 1);
            }
        }

        return default;
    }

    // how many words a ranking verb may stand before the "with" of its figure: "led all U.S. states with"
    private const int LeaderReach = 5;

    private static readonly WordSet LeadVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "led", "leads", "topped", "tops", "headed", "heads");

    // the token after the "as", "while" or "after" opening the clause of a move whose verb stands right before the figure
    // ("as trips grow 18%"), within a few words of the verb; else first
    private static int SubordinateMoveStart(AnalyzedDocument doc, int first, QuantityMention q)
    {
        int verb = doc.Is(q.QualifierFirstToken - 1, "by") ? q.QualifierFirstToken - 2 : q.QualifierFirstToken - 1;
        if (verb <= first || !(doc.IsAny(verb, QuantityWords.Rises) || doc.IsAny(verb, QuantityWords.Falls)))
        {
            return first;
        }

        for (int k = verb - 2; k > first && k >= verb - 1 - MoveSubjectWords && doc.Tokens[k + 1].Kind == TokenKind.Word; k--)
        {
            if (doc.IsAny(k, MoveSubordinators))
            {
                return k + 1;
            }
        }

        return first;
    }

    // how many words the subject of a subordinate move may run to ("as demand for air travel grows 5%")
    private const int MoveSubjectWords = 5;

    private static readonly WordSet MoveSubordinators = WordSet.Create(StringComparer.OrdinalIgnoreCase, "as", "while", "after", "because", "since", "when");

    // whether token i is the noun another figure's rate is per ("passengers" in "fell to 6.3 bags per 1,000 passengers from
    // 6.9": the 6.9 is no count of passengers)
    private static bool OthersDenominator(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, int i)
    {
        if (!doc.Is(i - 2, "per"))
        {
            return false;
        }

        foreach (var x in inSentence)
        {
            if (x != q && x.Form == QuantityForm.Fraction && x.EndToken == i)
            {
                return true;
            }
        }

        return false;
    }

    // the count a plural subject names, of the part its phrase names ("dependant:application.count"), or null
    private string? PluralSubjectCount(AnalyzedDocument doc, int cFirst, int figure, Func<int, bool> inQuantity)
    {
        var (head, part) = PluralSubjects.Head(doc, cFirst, figure, inQuantity);
        if (head < 0)
        {
            return null;
        }

        string word = doc.TokenText(head).ToString().ToLowerInvariant();
        string counted = (finder.Lexicon.Concept(MetricUse.Count, word) ?? Singular(word)) + ".count";
        return part < 0 ? counted : Singular(doc.TokenText(part).ToString().ToLowerInvariant()) + ":" + counted;
    }

    // the claim of the count right before q that "and", "or" or a comma joins it to, a few words at most between them
    // ("58,000 in August and 218,000"), or null
    private static Claim? JoinedCount(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built)
    {
        int join = q.QualifierFirstToken - 1;
        if (!(doc.Is(join, "and") || doc.Is(join, "or") || doc.Is(join, ",")))
        {
            return null;
        }

        for (int k = inSentence.Count - 1; k >= 0; k--)
        {
            var x = inSentence[k];
            if (x.EndToken <= join && x.Form == QuantityForm.Count)
            {
                return join - x.EndToken <= MaxJoinedGap && built.TryGetValue(x, out var claim) && claim is { ShareOf: null, ChangeOf: null } && claim.MetricKey != "count.count" ? claim : null;
            }
        }

        return null;
    }

    // the most tokens between two joined counts ("in August and")
    private const int MaxJoinedGap = 4;

    // "That is an increase of 4.4 million", "The figure is up 5.3 million", "Last year's tally was 653,104", "The list ...
    // stood at 7.64 million a month earlier": a sentence whose subject is "that" or a word for a count, the figure the
    // first one in it
    private static bool NamesTheLastLevel(AnalyzedDocument doc, QuantityMention q)
    {
        var sentence = doc.Sentences[doc.Tokens[q.FirstToken].Sentence];
        var (firstQuantity, _) = doc.QuantitiesIn(sentence);
        if (!ReferenceEquals(doc.Quantities[firstQuantity], q))
        {
            return false;
        }

        int first = sentence.FirstToken;
        int noun = doc.IsAny(first, TallyOwners) ? first + 1 : doc.Is(first + 1, "year") && doc.IsAny(first + 2, PossessiveMarks) ? first + 3 : -1;
        return (doc.IsAny(first, Demonstratives) && doc.IsAny(first + 1, Lexicon.Auxiliaries)) || (noun > first && doc.IsAny(noun, TallyNouns));
    }

    private static readonly WordSet TallyOwners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "the", "their", "its", "that");

    private static readonly WordSet TallyNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "figure", "number", "total", "tally", "count", "list");

    private static readonly WordSet PossessiveMarks = WordSet.Create(StringComparer.Ordinal, "'s", "’s");

    // "20,422 people made the journey between January and June, up 48% from 13,489": with no metric word of its own, a
    // change told after a level in its sentence is that level's change, and one told after another change is of the same
    // measure ("The United States' emissions are expected to fall 0.6% ..., while India's will rise 4.6%")
    private static string? LevelBefore(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built)
    {
        for (int k = inSentence.Count - 1; k >= 0; k--)
        {
            var x = inSentence[k];
            if (x.EndToken > q.QualifierFirstToken || !built.TryGetValue(x, out var claim))
            {
                continue;
            }

            // ("adults aged 65 and older was 30.4 per 100,000, more than triple the rate": an age describes who, no level;
            // "$3,200 per 40-foot container, down 46 percent": nor does the size of what a price is per)
            // ("settled down $1.43, or 1.9%": a move the figure restates moves the same level; "fell 1,034 points, or 2.6%":
            // an index's points are no level a percentage is of)
            if (x.Quantity.Unit.Code == IndexPoints.Entry.Unit.Code)
            {
                continue;
            }

            // ("10.3 million twenty-foot equivalent units (TEUs) in 2024, up 19%": nor does a measure glued to the noun it
            // describes)
            if (x.Form is QuantityForm.Count or QuantityForm.Money or QuantityForm.Crypto or QuantityForm.Measure && !PeriodPicker.IsReferenceFigure(doc, x) && x.Quantity.Noun != Ages.Noun
                && !(x.Form == QuantityForm.Measure && (doc.IsAny(x.QualifierFirstToken - 1, PerWords) || DescribesNoun(doc, x))))
            {
                // ("a fresh all-time peak of $2,740.37, extending a rally that has lifted the metal by about 32 per cent":
                // a move of the measure the peak is of, not of peaks)
                return claim.ChangeOf is { LevelMetricKey: var moved } && moved != UnknownLevel ? moved
                    : claim.MetricKey.StartsWith(Peaks.Part + ":", StringComparison.Ordinal) ? claim.MetricKey[(Peaks.Part.Length + 1)..] : claim.MetricKey;
            }

            if (claim.ChangeOf is { LevelMetricKey: var changed } && changed != UnknownLevel)
            {
                return changed;
            }
        }

        return null;
    }

    private static readonly WordSet SaleNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "sale", "sales", "auction", "auctions");

    private static readonly WordSet SpentVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "spent", "spend", "spends", "spending");

    // (a shop that "sells" a thing "for $60" names its price)
    private static readonly WordSet SellVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "sold", "sell");

    // units a commodity is priced per ("$4.07 a bushel", "$80 a barrel", "$2,500 an ounce")
    private static readonly WordSet CommodityUnits = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "barrel", "bushel", "ounce", "tonne", "ton", "pound", "gallon", "litre", "liter", "kilo", "kilogram", "therm", "megawatt-hour");

    // what a count may be taken over each of ("bushels per acre", "points per game", "doctors per capita")
    private static readonly WordSet CountDenominators = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "acre", "hectare", "capita", "person", "head", "household", "game", "match", "inning", "student", "employee", "patient", "bed");

    private static readonly WordSet PerWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "per", "each", "every");

    // a measure whose unit a hyphen glues to its number, before a lower-case word: "twenty-foot equivalent units", "a
    // 40-foot container"
    private static bool DescribesNoun(AnalyzedDocument doc, QuantityMention x) =>
        x.EndToken - 2 >= 0 && x.EndToken < doc.Tokens.Count && doc.TokenText(x.EndToken - 2) is "-" && doc.Tokens[x.EndToken - 2].End == doc.Tokens[x.EndToken - 1].Start
        && doc.Tokens[x.EndToken].Kind == TokenKind.Word && char.IsLower(doc.TokenText(x.EndToken)[0]);

    // "an average gross of $13.8 million per show", "$14 million in ticket sales per night": a sum taken at each occasion
    // is a measure of its own, never the total the occasions add up to
    private static MetricResult PerOccasion(MetricResult money, AnalyzedDocument doc, QuantityMention q, int cEnd)
    {
        const string Value = ".value";
        for (int i = q.EndToken; i < Math.Min(cEnd, q.EndToken + OccasionReach); i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word)
            {
                return money;
            }

            if ((doc.Is(i, "per") || doc.Is(i, "a") || doc.Is(i, "each")) && doc.IsAny(i + 1, Occasions) && money.Key.EndsWith(Value, StringComparison.Ordinal))
            {
                string each = "_per_" + doc.TokenText(i + 1).ToString().ToLowerInvariant();
                return money with { Key = money.Key[..^Value.Length] + each + Value, Concept = money.Concept + each, Phrase = money.Phrase + " per " + doc.TokenText(i + 1).ToString() };
            }
        }

        return money;
    }

    // how many words after a sum its "per" may stand: "$14 million in ticket sales per night"
    private const int OccasionReach = 5;

    private static readonly WordSet Occasions = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "show", "night", "concert", "performance", "gig", "game", "match", "event", "episode", "race", "screening", "stop");

    private const string UnknownLevel = "amount.value";

    private const string CountSuffix = ".count";

    /// <summary>What a change's metric phrase opens with: "change in house prices".</summary>
    internal const string ChangePhrase = "change in ";

    // The term in the object of a multiplying verb written as a verb ("halved its growth forecast", "doubled the number of
    // attacks"), or null.
    private MetricMatch? ObjectAfter(AnalyzedDocument doc, QuantityMention q, int end, Func<int, bool> inQuantity)
    {
        if (!doc.TokenText(q.EndToken - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || !doc.IsAny(q.EndToken, ObjectDeterminers))
        {
            return null;
        }

        int last = Math.Min(end, q.EndToken + 5);
        for (int i = q.EndToken + 1; i < last && doc.Tokens[i].Kind == TokenKind.Word; i++)
        {
            if (!inQuantity(i) && finder.At(doc, i, last, LevelUses) is { } m)
            {
                return m;
            }
        }

        return null;
    }

    private static readonly WordSet ObjectDeterminers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "its", "their", "the", "his", "her", "our", "a", "an");

    // "Sales to users in North America dropped 10%", "Revenue from its cloud unit rose 5%": the term a prepositional
    // phrase hangs on, not the one inside it
    private MetricMatch HeadOfPhrase(AnalyzedDocument doc, int first, MetricMatch match, Func<int, bool> inQuantity)
    {
        // "the risk of heart attacks", "the death toll on the crossing": a modifier or two, or a determiner, may stand
        // between the preposition and the term it governs
        int preposition = match.First - 1;
        while (preposition > match.First - 1 - MaxModifiers && preposition > first && IsModifier(doc, preposition))
        {
            preposition--;
        }

        preposition -= preposition > first && doc.IsAny(preposition, ObjectDeterminers) ? 1 : 0;

        while (preposition - 1 >= first && doc.IsAny(preposition, PhrasePrepositions)
            && finder.Before(doc, first, preposition, LevelUses, inQuantity) is { } head && head.End == preposition)
        {
            match = head;
            preposition = head.First - 1;
        }

        return match;
    }

    private const int MaxModifiers = 2;

    private static bool IsModifier(AnalyzedDocument doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]) && !doc.IsAny(i, PhrasePrepositions) && !doc.IsAny(i, Lexicon.FunctionWords);

    private static readonly WordSet PhrasePrepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "in", "of", "from", "for", "at", "among", "on");

    /// <summary>
    /// The metric of the result an expected figure is set against: "Adjusted profit was $5.17 per share, beating
    /// estimates of $5.09" expects earnings per share, as the figure before it in the sentence, in the same unit, is,
    /// when no metric word of its own stands between them ("revenue of $16.1 billion, and expects profit of $2 billion"
    /// does not) or just after it ("expected to achieve $150 million in annual cost savings"). Null when there is no such figure.
    /// </summary>
    public MetricResult? ExpectedLike(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(q);
        // "expected to pick up to four finalists": a counted noun names its own metric, unless it is who expected ("the 3.7
        // million analysts had expected")
        if (q.Quantity.Noun is not null && !Expectations.ForecastersExpected(doc, q.EndToken, doc.Tokens.Count))
        {
            return null;
        }

        var result = inSentence.LastOrDefault(x => x.EndToken <= q.QualifierFirstToken && x.Quantity.Unit == q.Quantity.Unit && built.ContainsKey(x));
        if (result is null || !built.TryGetValue(result, out var claim))
        {
            return null;
        }

        // "added 5.07 million subscribers ..., beating expectations of 4.5 million": the result's own counted noun is no other metric
        int from = PerShare(doc, result) ? result.EndToken + 2
            : result.Quantity.Noun is { } counted && doc.TokenText(result.EndToken).Equals(counted, StringComparison.OrdinalIgnoreCase) ? result.EndToken + 1
            : result.EndToken;
        for (int i = from; i < q.QualifierFirstToken; i++)
        {
            // ("386,810 cars ..., a decline of 8.5 percent ... and far short of the 457,000 analysts had forecast": a figure
            // of another unit between is no other metric)
            if (CoveredBySameUnit(inSentence, i, q.Quantity.Unit) || finder.At(doc, i, q.QualifierFirstToken, LevelUses) is not null)
            {
                return null;
            }
        }

        // "expected to achieve $150 million in annual cost savings": its own metric follows it
        for (int i = q.EndToken; i < Math.Min(doc.Tokens.Count, q.EndToken + 4) && doc.Tokens[i].Kind == TokenKind.Word; i++)
        {
            if (finder.At(doc, i, Math.Min(doc.Tokens.Count, q.EndToken + 4), LevelUses) is not null)
            {
                return null;
            }
        }

        // "expected it to rise to 3.7% in the third quarter, above its 2% target": a target of what is expected
        var like = SameAs(claim);
        return like.Key.StartsWith(Expectations.Prefix, StringComparison.Ordinal) ? like with { Key = like.Key[Expectations.Prefix.Length..] } : like;
    }

    private static bool CoveredBySameUnit(List<QuantityMention> quantities, int token, Unit unit) =>
        quantities.Exists(x => x.QualifierFirstToken <= token && token < x.EndToken && x.Quantity.Unit == unit);

    // the key of a level a term names: "attacks" → attack.count, "stolen" → theft.value, "inflation" → inflation.rate
    private static string LevelKey(MetricMatch m) =>
        m.Concept + m.Use switch { MetricUse.Count => ".count", MetricUse.Value => ".value", MetricUse.Measure => ".measure", _ => ".rate" };

    // the metric of a figure this one restates or is set against
    private static MetricResult SameAs(Claim claim) =>
        new(claim.MetricKey, claim.Metric, ConceptOf(claim.MetricKey), false, claim.Scope == ClaimScope.Total);

    // the words for a rate the story named before ("unemployment rate" for youth:unemployment, whose group the figure's own
    // clause may change; "mortgage rate" for mortgage_rate)
    private static string RatePhrase(string concept) =>
        Core.Claims.MetricKeys.Concept(concept) is var named && named.EndsWith("_rate", StringComparison.Ordinal) ? named.Replace('_', ' ') : named.Replace('_', ' ') + " rate";

    // the concept of a key a figure takes over, group kept ("china:deficit"), expectation and revision dropped: what the
    // next figures inherit from it is a measure, not the forecast ("will fall to $113 from $527. Eliquis will fall to
    // $231" made the second forecast expected:expected:price)
    // a share of the measure keyed baseKey (named metric), taken of the whole figure total when one is given
    private static MetricResult ShareOf(string baseKey, string metric, Quantity? total) =>
        new(baseKey + ".share", "share of " + metric, ConceptOf(baseKey), false, false, baseKey, total);

    private static string ConceptOf(string key)
    {
        string measure = Core.Claims.MetricKeys.IsExpected(key) ? key[Core.Claims.MetricKeys.ExpectedPrefix.Length..]
            : key.StartsWith(Revisions.Prefix, StringComparison.Ordinal) ? key[Revisions.Prefix.Length..] : key;
        return measure.Split('.')[0];
    }

    private MetricMatch? Forward(AnalyzedDocument doc, int from, int end, MetricUse use, Func<int, bool> inQuantity)
    {
        for (int i = from; i < end; i++)
        {
            if (!inQuantity(i) && finder.At(doc, i, end, [use]) is { } m)
            {
                return m;
            }
        }

        return null;
    }

    private const string Salary = "salary";
    private const string Discount = "discount";
    private const string Payment = "payment";
    private const string Dividend = "dividend";

    private static readonly WordSet DividendWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "dividend", "dividends");

    // what makes "pay" a verb ("to pay", "will pay") and "paid" a passive ("was paid", "are paid")
    private static readonly WordSet VerbMarkers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "will", "would", "must", "could", "can", "should", "may", "might", "shall", "did", "does", "do", "not");

    private static readonly WordSet Passives = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "was", "were", "is", "are", "be", "been", "being", "get", "gets", "got", "'s", "’s");

    // after a sum, the span it is earned over: "£18 an hour", "$90,000 a year", "$15 per hour", "paid annually"
    private static readonly WordSet EarningSpans = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "hour", "day", "week", "month", "year", "annum", "annually", "hourly", "weekly", "monthly", "yearly");

    // Whether the salary word <paramref name="paid"/> is the active verb of paying a sum out: "paid", "pays", "paying",
    // or "pay" after "to" or a modal, not passive, and the sum not one earned over an hour or a year
    private static bool PaysOut(AnalyzedDocument doc, MetricMatch paid, QuantityMention q)
    {
        int at = paid.First;
        bool verb = paid.End - at == 1 && (doc.Is(at, "paid") || doc.Is(at, "pays") || doc.Is(at, "paying") || (doc.Is(at, "pay") && doc.IsAny(at - 1, VerbMarkers)));
        int after = doc.Is(q.EndToken, "per") || doc.Is(q.EndToken, "a") || doc.Is(q.EndToken, "an") ? q.EndToken + 1 : q.EndToken;
        return verb && !doc.IsAny(at - 1, Passives) && !(doc.Is(at - 1, "be") || doc.Is(at - 2, "be")) && !doc.IsAny(after, EarningSpans);
    }

    // ("Reddit priced its initial public offering at $34 a share": the price shares were offered at)
    private static readonly WordSet OfferWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "offer", "offered", "offers", "pay", "pays", "paying", "bid", "bids", "tender", "priced", "pricing");

    private static bool IsOffer(AnalyzedDocument doc, int first, int end) => doc.AnyIn(first, end, OfferWords);

    // "paying by direct debit", "pay by card": how someone pays, not what; "The extra £6bn a year will be paid for by
    // reducing the aid budget": how a sum is funded, no pay
    private static bool PaysBy(AnalyzedDocument doc, int i) =>
        ((doc.Is(i, "paying") || doc.Is(i, "pay")) && doc.Is(i + 1, "by") && doc.IsAny(i + 2, PaymentMethods)) || (doc.Is(i, "paid") && doc.Is(i + 1, "for"));

    private static readonly WordSet PaymentMethods = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "direct", "card", "credit", "debit", "cash", "cheque", "check", "phone", "instalments", "installments", "standing", "bank", "prepayment");

    // token i is in the "per share" after a figure other than q
    private static bool OthersPerShare(AnalyzedDocument doc, QuantityMention q, List<QuantityMention> inSentence, int i) =>
        i > q.EndToken && doc.IsAny(i, PerShareWords) && inSentence.Exists(x => x != q && x.EndToken <= i && x.EndToken >= i - 3 && PerShare(doc, x));

    private static readonly WordSet PerShareWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "per", "a", "share", "diluted", "basic");

    // "$1.42 per share", "$1.42 a share", "$1.42 per diluted share"
    // the stretch of time a sum is quoted per ("a week", "per hour", "an hour"), as its token; null when none
    private static int? PerStretch(AnalyzedDocument doc, QuantityMention q) =>
        (doc.Is(q.EndToken, "a") || doc.Is(q.EndToken, "an") || doc.Is(q.EndToken, "per")) && doc.IsAny(q.EndToken + 1, PayStretches) ? q.EndToken + 1 : null;

    private static readonly WordSet PayStretches = WordSet.Create(StringComparer.OrdinalIgnoreCase, "hour", "day", "week", "month", "year", "season");

    private static readonly WordSet TariffWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "tariff", "tariffs", "duties", "levies");

    // what follows a sum of goods: "$360 billion worth of", "a $250 billion list of" (not "$79 billion in tariffs", the duty)
    private static readonly WordSet GoodsWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "worth", "list");

    private static readonly WordSet EarnVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "earn", "earns", "earned", "earning");

    private static bool PerShare(AnalyzedDocument doc, QuantityMention q)
    {
        int i = q.EndToken;
        if (!doc.Is(i, "per") && !doc.Is(i, "a"))
        {
            return false;
        }

        return doc.Is(i + 1, "share") || (doc.Is(i + 2, "share") && (doc.Is(i + 1, "diluted") || doc.Is(i + 1, "basic")));
    }

    // a result per share: an earnings or an expecting word just before ("earned $1.55 per share", "a loss of 12 cents a
    // share", "EPS of $2.10", "Analysts had expected $4.01 per share"), or the restatement of a profit or loss just told
    // ("$3.1 billion, or $1.42 per share")
    private static bool EarnsPerShare(AnalyzedDocument doc, QuantityMention q, int cFirst, List<QuantityMention> inSentence, Dictionary<QuantityMention, Claim> built)
    {
        if (doc.Is(q.QualifierFirstToken - 1, "or") && doc.Is(q.QualifierFirstToken - 2, ",")
            && inSentence.LastOrDefault(x => x.EndToken == q.QualifierFirstToken - 2) is { } whole && built.TryGetValue(whole, out var told))
        {
            return told.MetricKey.Split('.')[0] is "profit" or "loss" or "income" or "earnings";
        }

        for (int i = q.QualifierFirstToken - 1; i >= Math.Max(cFirst, q.QualifierFirstToken - 4); i--)
        {
            if (doc.IsAny(i, EarningsWords) || doc.IsAny(i, ExpectingWords))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet EarningsWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "earned", "earn", "earns", "earnings", "eps", "profit", "profits", "income", "loss", "lost", "losses");

    // "Analysts had expected $4.01 per share": what analysts expect per share is earnings, not where the shares trade
    private static readonly WordSet ExpectingWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "expected", "expecting", "estimate", "estimates", "estimated", "consensus", "forecast", "forecasts", "forecasted");

    private const string EarningsPerShare = "earnings_per_share";

    // "In Spain, it fell to 11.2%", "It stood at 4.1%": the sentence's subject is "it", opening it or after a fronted
    // place, right before a verb of moving or being that leads to the figure
    private static bool PronounMoves(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        int first = facts.Sentence.FirstToken;
        int it = doc.Is(first, "it") ? first
            : doc.Is(first, "in") && first + 1 < q.FirstToken && doc.Tokens[first + 1].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(first + 1)[0]) ? FrontedIt(doc, first + 1, q.FirstToken)
            : -1;
        // ("It had peaked at nearly 300% in April": an auxiliary before the verb)
        int verb = it + 1;
        while (it >= 0 && verb < q.QualifierFirstToken && doc.IsAny(verb, ItAuxiliaries))
        {
            verb++;
        }

        return it >= 0 && verb < q.QualifierFirstToken && q.QualifierFirstToken - verb <= 3
            && (doc.IsAny(verb, QuantityWords.Rises) || doc.IsAny(verb, QuantityWords.Falls) || doc.IsAny(verb, BeingVerbs) || (doc.Is(verb, "peaked") && doc.Is(verb + 1, "at")));
    }

    private static readonly WordSet ItAuxiliaries = WordSet.Create(StringComparer.OrdinalIgnoreCase, "had", "has", "have", "been", "also", "then");

    // the "it" right after the comma that closes a fronted phrase opening at token from, or -1
    private static int FrontedIt(AnalyzedDocument doc, int from, int end)
    {
        for (int i = from; i < end - 1; i++)
        {
            if (doc.TokenText(i) is ",")
            {
                return doc.Is(i + 1, "it") ? i + 1 : -1;
            }
        }

        return -1;
    }

    private static readonly WordSet BeingVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "was", "is", "stood", "stands", "remained", "remains", "held", "holds");

    // a bare "rates" after a superlative ("the highest rates", "one of the lowest rates"): rates of whatever is measured
    private static bool RanksRates(AnalyzedDocument doc, MetricMatch match) =>
        match.End - match.First == 1 && doc.Is(match.First, "rates") && doc.TokenText(match.First - 1) is { Length: > 4 } before
        && before.EndsWith("est", StringComparison.OrdinalIgnoreCase);

    private static bool SaysRate(AnalyzedDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (doc.Is(i, "rate") || doc.Is(i, "rates"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence speaks of a total ("the total amount of cryptocurrencies stolen"): no single actor.</summary>
    public static bool SpeaksOfTotal(AnalyzedDocument doc, SentenceFacts facts)
    {
        for (int i = facts.Sentence.FirstToken; i < facts.Sentence.EndToken; i++)
        {
            if (doc.IsAny(i, TotalCues))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTotalCue(AnalyzedDocument doc, QuantityMention q, int cFirst)
    {
        for (int i = Math.Max(cFirst, q.QualifierFirstToken - 12); i < Math.Min(doc.Tokens.Count, q.EndToken + 2); i++)
        {
            if (doc.IsAny(i, TotalCues) || (doc.Is(i, "in") && doc.Is(i + 1, "all")))
            {
                return true;
            }
        }

        return JointSubject(doc, q, cFirst);
    }

    private static readonly WordSet JointOwners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "its", "their");

    /// <summary>The most words a clause's subject runs to before "and" joins its own people to it.</summary>
    private const int JointSubjectReach = 3;

    // "Reddit and some of its shareholders raised $748 million, selling 22 million shares", "The company and its partners
    // sold 12,000 units": what a subject and its own people did together, a whole the subject's own part is not set against
    private static bool JointSubject(AnalyzedDocument doc, QuantityMention q, int cFirst)
    {
        for (int a = cFirst + 1; a <= cFirst + JointSubjectReach && a < q.QualifierFirstToken; a++)
        {
            if (doc.Is(a, "and") && (doc.IsAny(a + 1, JointOwners) || (doc.Is(a + 1, "some") && doc.Is(a + 2, "of") && doc.IsAny(a + 3, JointOwners))))
            {
                return true;
            }
        }

        return false;
    }

    private static string Phrase(AnalyzedDocument doc, MetricMatch? match, string concept)
    {
        if (match is not { } m)
        {
            return concept.Replace('_', ' ');
        }

        int first = m.First;
        // a modifier word before the term, never one closing the sentence before ("Trade news" over "Exports totalled")
        // nor the scale glued to a figure ("a £51m deal"), nor a verb of saying ("the company said daily active people")
        while (first - 1 >= 0 && first > m.First - 2 && doc.Tokens[first - 1].Kind == TokenKind.Word && doc.Tokens[first - 1].Sentence == doc.Tokens[m.First].Sentence
            && char.IsLower(doc.TokenText(first - 1)[0])
            && !doc.IsAny(first - 1, Lexicon.FunctionWords) && !doc.IsAny(first - 1, ScaleWords) && !doc.IsAny(first - 1, Lexicon.SayingVerbs)
            && !(first - 2 >= 0 && doc.Tokens[first - 2].Kind == TokenKind.Number && doc.Tokens[first - 2].End == doc.Tokens[first - 1].Start))
        {
            first--;
        }

        return doc.Text[doc.Tokens[first].Start..doc.Tokens[m.End - 1].End];
    }

    // "crashes" → crash, "boxes" → box, "classes" → class, "injuries" → injury, "cases" → case, "homes" → home
    internal static string Singular(string noun) =>
        SameInPlural.Contains(noun) ? noun
        : noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y"
        : OesPlurals.Contains(noun) ? noun[..^2]
        : noun.EndsWith("sses", StringComparison.Ordinal) || noun.EndsWith("ches", StringComparison.Ordinal) || noun.EndsWith("shes", StringComparison.Ordinal)
            || noun.EndsWith("xes", StringComparison.Ordinal) || noun.EndsWith("zzes", StringComparison.Ordinal) ? noun[..^2]
        : noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1] : noun;

    // nouns in "-o" whose plural takes "-es" ("1,796 tornadoes" counts tornadoes, not "tornadoe"); "shoes", "canoes" keep
    // their "e"
    private static readonly WordSet OesPlurals = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "tornadoes", "volcanoes", "potatoes", "tomatoes", "heroes", "echoes", "vetoes", "torpedoes", "mosquitoes", "embargoes", "dominoes", "cargoes");

    // nouns whose plural is their singular ("5,495 species" counts species, not "specy")
    private static readonly WordSet SameInPlural = WordSet.Create(StringComparer.OrdinalIgnoreCase, "species", "series", "news", "means", "headquarters", "crossroads");

    /// <summary>Per-document memory: the concept of the last money figure, for a bare amount in the next sentence.</summary>
    internal sealed class DocumentState
    {
        private int age;

        private int countAge;

        /// <summary>The story's main actor (<see cref="Claims.MainActor"/>), the subject of figures whose clause names none.</summary>
        public Core.Entities.EntityRef? MainActor { get; init; }

        /// <summary>Short names standing for a longer organization in this document (<see cref="Claims.MainActor.ShortNames"/>).</summary>
        public IReadOnlyDictionary<string, Core.Entities.EntityRef> ShortNames { get; init; } = new Dictionary<string, Core.Entities.EntityRef>();

        /// <summary>The acquisition the story opens with (<see cref="Claims.Deal"/>), or null.</summary>
        public Deal? Deal { get; init; }

        /// <summary>The document's full name for <paramref name="entity"/> ("Korvat Motors" for "Korvat").</summary>
        public Core.Entities.EntityRef? Canonical(Core.Entities.EntityRef? entity) =>
            entity is not null && ShortNames.TryGetValue(entity.Name, out var full) ? full : entity;

        public string? LastMoneyConcept { get; private set; }

        /// <summary>
        /// The concept and the unit of the last measure a word named ("snowfall" in inches after "80 inches of snow"), for a
        /// bare one in the same unit in the same or the next sentence.
        /// </summary>
        public (string? Concept, string? Unit) LastMeasure
        {
            get => lastMeasure;
            set
            {
                lastMeasure = value;
                measureAge = 0;
            }
        }

        private (string? Concept, string? Unit) lastMeasure;

        private int measureAge;

        /// <summary>The measures the story has given a figure in a unit of (production, snowfall), for a word that reads as a value too.</summary>
        public HashSet<string> MeasuresNamed { get; } = new(StringComparer.Ordinal);

        /// <summary>The concept of the last rate the story named ("unemployment" after "the unemployment rate").</summary>
        public string? LastRateConcept { get; private set; }

        /// <summary>The country whose economy the story last measured ("US consumer prices rose 3.4%"), or null.</summary>
        public Core.Entities.EntityRef? LastEconomy { get; set; }

        /// <summary>
        /// The place the sentence before, in the same paragraph, opened with ("Across the UK, ...") and the measures it gave
        /// that place, or null.
        /// </summary>
        public (Core.Entities.EntityRef Place, HashSet<string> Measures)? SceneBefore { get; set; }

        /// <summary>The key of the last level the sentence before gave (<c>arrivals.count</c> after "has reached 13,574 people"), or null.</summary>
        public string? PreviousLevel { get; private set; }

        /// <summary>The concept of the last rate the sentence before named ("unemployment" after "The jobless rate fell to 6.3%"), or null.</summary>
        public string? PreviousRate { get; private set; }

        private string? sentenceLevel;

        private string? sentenceRate;

        /// <summary>The concept of the last count that named what it counts ("seats" after "won 121 seats"), for a bare count in the same or the next sentence.</summary>
        public string? LastCountConcept { get; private set; }

        /// <summary>The level key of the last change the story reported (<c>price.value</c> after "prices rose 5.3 per cent").</summary>
        public string? LastChangeLevel { get; private set; }

        public void Remember(Claim claim, string concept)
        {
            if (claim.ChangeOf is { } change && !change.LevelMetricKey.StartsWith("growth.", StringComparison.Ordinal))
            {
                LastChangeLevel = change.LevelMetricKey;
            }

            if (claim.Quantity.Unit.Dimension is UnitDimension.Percent or UnitDimension.PercentagePoint && claim.ShareOf is null
                && claim.MetricKey.EndsWith(".rate", StringComparison.Ordinal) && concept != "share")
            {
                LastRateConcept = concept;
                sentenceRate = concept;
            }

            // (a stretch of time is when, not what: "dropped to about 97,000 in the 12 months ending in June")
            if (claim.ChangeOf is null && claim.ShareOf is null && claim.Quantity.Unit.Dimension is UnitDimension.Count or UnitDimension.Currency or UnitDimension.Crypto or UnitDimension.Measure
                && concept != "duration")
            {
                sentenceLevel = claim.MetricKey;
            }

            if (claim.Quantity.Noun is not null && claim.ChangeOf is null && claim.ShareOf is null && concept != "count")
            {
                LastCountConcept = concept;
                countAge = 0;
            }

            // (a size class names no measure the next sums are of; a discount keeps the one before it alive: "for $700.
            // That's good for nearly $600 off the original price. Our previous mention was at $750")
            if (claim.Quantity.Unit.Dimension is UnitDimension.Currency && claim.ChangeOf is null && claim.ShareOf is null && !claim.MetricKey.EndsWith("size_threshold", StringComparison.Ordinal))
            {
                LastMoneyConcept = claim.MetricKey == Discount + ".value" ? LastMoneyConcept : concept;
                age = 0;
            }
        }

        public void NextSentence()
        {
            if (++age > 1)
            {
                LastMoneyConcept = null;
            }

            if (++measureAge > 1)
            {
                lastMeasure = default;
            }

            PreviousLevel = sentenceLevel;
            sentenceLevel = null;
            PreviousRate = sentenceRate;
            sentenceRate = null;
            if (++countAge > 1)
            {
                LastCountConcept = null;
            }
        }
    }
}
