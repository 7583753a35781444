using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// Picks a claim's subject: the counted group itself ("Fourteen North Koreans"); else the place counted in ("4,200
/// residents of Alder County"); else the name a relative clause hangs on ("Brightwater, whose shares closed at");
/// else the first mention in the quantity's clause before it that is not inside a prepositional phrase (the clause's
/// subject); else the agent after it ("by North Korean groups"); else the victim ("stolen from DMM Bitcoin"); else the
/// nearest mention, unless that only sets the scene ("in the United States"), when the story's main actor
/// (<see cref="MainActor"/>) stands in, as it does when the sentence names no one. A counted product ("212,000 Estrada
/// SUVs") is not the subject. The main actor never stands in for a sentence with an indefinite subject of its own
/// ("One small study"), a list of counted names ("1 Purple, 1 Red"), an instruction ("Eat every 2-3 hours"), a counter ("Image 4 of 5"), a bare numeral ("The two became partners") or, when the main actor is a company, a measure of a whole economy ("Mortgage rates fell to 6.1%"): see <see cref="OwnSubject"/>. Mentions inside the attribution ("Chainalysis said"), the dateline and quantities never
/// count.
/// </summary>
internal static class SubjectFinder
{
    public static (EntityRef? Subject, SubjectRole Role) Find(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, IReadOnlyList<QuantityMention> quantities, EntityRef? mainActor = null,
        EntityRef? economy = null)
    {
        int counted = q.EndToken < doc.Tokens.Count ? doc.Tokens[q.EndToken].Start : -1;
        int dateline = Entities.Dateline.End(doc, facts.Sentence);
        // ("The 25-year-old France captain will earn €15 million": an age standing for a person names the earner)
        var times = doc.PeriodsIn(facts.Sentence);
        var candidates = facts.Mentions.Where(m => m.Span.Start >= dateline && (!quantities.Any(x => x.Quantity.Span.Overlaps(m.Span) && !IsAgeReference(m, x, q)) || (m.Span.Start >= q.Quantity.Span.End && !InsideAQuantity(m, quantities)))
            && !(q.Form == QuantityForm.Count && m.Span.Start == counted && !IsGroup(m)) && !InPartClauseAfter(doc, facts, m, q) && !InParticipleTail(doc, m, q) && !ReportsFigure(doc, facts, m, q)
            && !Entities.PlaceAdjective.Locates(doc, m) && !Entities.PlaceAdjective.DescribesName(doc, m) && !LeftOut(doc, m) && !SentenceFacts.InATime(times, m)
            && !NamesAnInstrument(doc, m, q)).ToList();
        // "Keir Starmer's Labour Party won 412 seats", "Elon Musk's Tesla": the organization a person leads acts, as does
        // a studio's work ("Paramount's “Gladiator II” opened with $55.5 million")
        candidates.RemoveAll(m => LeadsNext(doc, m, candidates));
        // "Tesla CEO Elon Musk was paid $56 billion", "Former FTX chief Sam Bankman-Fried": the person the role names acts
        candidates.RemoveAll(m => NamesARole(doc, m, candidates) || DescribesTheNext(doc, m, candidates));
        if (Respectively(doc, facts, q, quantities, candidates) is { } respective)
        {
            return (respective.Entity, SubjectRole.Actor);
        }

        // "said Mark Feeney, who runs two dealerships": the attribution names him, the relative clause is his
        if (SpeakerBefore(doc, facts, facts.ClauseOf(q.FirstToken).First) is { } speaker)
        {
            return (speaker.Entity, SubjectRole.Actor);
        }

        // "invested €1.2 million in the event, of which €450,000 for security": a part with no subject of its own is the whole's
        var (partFirst, partEnd) = facts.ClauseOf(q.FirstToken);
        if (SentenceFacts.OpensPartOf(doc, partFirst) && !candidates.Any(m => m.Span.Start >= doc.Tokens[partFirst].Start && m.Span.End <= doc.Tokens[partEnd - 1].End)
            && quantities.LastOrDefault(x => x.EndToken <= partFirst) is { } whole)
        {
            return Find(doc, facts, whole, quantities, mainActor, economy);
        }

        // "I boiled mine for 20 minutes in Denver": the narrator's figure is no one's the story names, unless it describes
        // a name it stands next to ("My 15-inch MacBook Pro", "the Brydge Pro ($129)"); "Meal 3", "Image 4 of 5" number the
        // page's parts, even when the label's word heads a name ("Meal Prep Menu")
        if (OwnSubject.IsCounter(doc, facts))
        {
            return (null, SubjectRole.Actor);
        }

        if (OwnSubject.IsFirstPerson(doc, facts))
        {
            return (Described(doc, candidates, q)?.Entity, SubjectRole.Actor);
        }

        // "One small study showed ...", "2 Green, 1 Purple, 1 Red": a sentence with a subject of its own, or a list of
        // counted names, is not the story's main actor's
        bool list = OwnSubject.ListsCountedNames(doc, facts, quantities);
        if (list)
        {
            candidates.RemoveAll(m => OwnSubject.IsCountedName(doc, m, quantities));
        }

        // a company's story does not own a measure of an economy; a central bank's story gives it to the bank's country
        // (economy: "Consumer price inflation was 2.5%" in a story of the Bank of England's decision is the United Kingdom's);
        // a firm reporting a figure of its own stands in for the main actor of a company's story ("Alphabet said on Tuesday
        // that sales increased 15%" in a story led by Microsoft), not for a place, a person or a product a story is about
        var standIn = list || OwnSubject.IsIndefinite(doc, facts, q) || OwnSubject.IsInstruction(doc, facts) || OwnSubject.IsBareNumeral(doc, facts, q) || OwnSubject.IsKitchenMeasure(q) ? null
            : OwnSubject.MeasuresAnEconomy(doc, facts, q) ? (mainActor?.Type == EntityType.Org ? economy : mainActor)
            : mainActor is null or { Type: EntityType.Org } ? OwnSubject.ReportingCompany(doc, facts, q) ?? mainActor
            : mainActor;

        // "Health officials in Chicago, where an outbreak infected 64 people, said": a "where" clause naming no subject of its
        // own before the figure is about the place it hangs on
        var (whereFirst, _) = facts.ClauseOf(q.FirstToken);
        // ("the Valencia region, where 92 bodies have been recovered": a place noun may follow the name)
        int placeEnd = doc.IsAny(whereFirst - 2, PlaceNouns) ? whereFirst - 3 : whereFirst - 2;
        // ("highest in California, where drivers pay an average of $4.61, and lowest in Mississippi, at $2.62": the "where"
        // clause ends at ", and")
        if (doc.Is(whereFirst, "where") && doc.TokenText(whereFirst - 1) is "," && !CommaThenBetween(doc, whereFirst, q.QualifierFirstToken, "and")
            && doc.Mentions.LastOrDefault(m => m.Span.End == doc.Tokens[placeEnd].End) is { Entity.Type: EntityType.Gpe or EntityType.Loc or EntityType.Other } wherePlace
            && !candidates.Exists(m => m.Span.Start >= doc.Tokens[whereFirst].Start && m.Span.End <= doc.Tokens[q.QualifierFirstToken].Start && !AfterPreposition(doc, m)))
        {
            return (wherePlace.Entity, SubjectRole.Actor);
        }

        if (candidates.Count == 0)
        {
            return (standIn, SubjectRole.Actor);
        }

        // "Fourteen North Koreans": the group counted is the subject
        var group = candidates.FirstOrDefault(m => m.Span.Start == counted);
        if (q.Form == QuantityForm.Count && group is not null)
        {
            return (group.Entity, SubjectRole.Actor);
        }

        var (first, end) = facts.ClauseOf(q.FirstToken);
        // "It was 3.4% in Germany": a figure of the measure "it" stands for, told of the place right after it
        if (PlaceAfterPronounsFigure(doc, candidates, q, first) is { } told)
        {
            return (told.Entity, SubjectRole.Actor);
        }

        // "446 herds in 15 states, including 224 in California": a part told in a place is that place's
        if (MetricKeys.PlaceIncludedAt(doc, q) is var partPlace && partPlace >= 0
            && candidates.Find(m => m.Entity.Type is EntityType.Gpe or EntityType.Loc && m.Span.Start == doc.Tokens[partPlace].Start) is { } partIn)
        {
            return (partIn.Entity, SubjectRole.Actor);
        }

        // "4,200 residents of Alder County", "In Cedar Hollow itself, 1,150 residents": the place counted in
        if (q.Form == QuantityForm.Count && PlaceCounted(doc, q, first, candidates) is { } place)
        {
            return (place.Entity, SubjectRole.Actor);
        }

        int clauseStart = doc.Tokens[first].Start, clauseEnd = doc.Tokens[end - 1].End;
        // "led by Poland, which will devote 4.1 percent of GDP to defence, with Estonia at 3.4 percent and the United
        // States at 3.4 percent": a name a comma, a semicolon, "and" or "with" sets at a figure is that figure's, whatever
        // clause it trails
        if (q.QualifierFirstToken >= 2 && doc.Is(q.QualifierFirstToken - 1, "at") && candidates.LastOrDefault(m => m.Span.End == doc.Tokens[q.QualifierFirstToken - 2].End) is { } setAt
            && MentionPlaces.TokenAt(doc, setAt.Span.Start) is var setFirst && (doc.Is(setFirst - 1, "the") ? setFirst - 2 : setFirst - 1) is var opener
            && (doc.Is(opener, "with") || doc.Is(opener, "and") || doc.TokenText(opener) is "," or ";"))
        {
            return (setAt.Entity, SubjectRole.Actor);
        }

        // "..., Brightwater, whose shares closed at $30.50": a relative clause is about the name just before it
        if ((doc.Is(first, "whose") || doc.Is(first, "which") || doc.Is(first, "who")) && doc.TokenText(first - 1) is ","
            && facts.Mentions.LastOrDefault(m => m.Span.End == doc.Tokens[first - 2].End) is { } antecedent)
        {
            return (antecedent.Entity, SubjectRole.Actor);
        }

        // "surpassing the 115 million pounds Chelsea paid Brighton": a name right after a figure "the" opens, before a verb
        // in the past, is the subject of the relative clause the figure heads
        if (doc.Is(q.QualifierFirstToken - 1, "the") && q.EndToken < doc.Tokens.Count
            && candidates.FirstOrDefault(m => m.Span.Start == doc.Tokens[q.EndToken].Start) is { } teller
            && MentionPlaces.TokenAt(doc, teller.Span.End - 1) + 1 is var verb && verb < end
            && (Text.Lexicon.IsPastForm(doc.TokenText(verb)) || doc.Is(verb, "paid")))
        {
            return (teller.Entity, SubjectRole.Actor);
        }

        // "to former President Donald Trump's 47%", "Germany's 2.1%": a figure right after a possessive name is that name's
        // ("91 to the Americans' 126": a plural's too)
        if (PossessiveRightBefore(doc, q.QualifierFirstToken)
            && candidates.LastOrDefault(m => m.Span.End == doc.Tokens[q.QualifierFirstToken - 2].End) is { } possessor)
        {
            return (possessor.Entity, SubjectRole.Actor);
        }

        // "trailing only PUBG's record of 3.2 million", "Apple's quarterly revenue of $94.9 billion": a figure "of" a noun a
        // possessive name owns is that name's
        if (PossessorOfNounOf(doc, candidates, q) is { } nounOwner)
        {
            return (nounOwner.Entity, SubjectRole.Actor);
        }

        // "nearly triple the $130mn raised by Trump and the Republican party", "the 2.3 million votes won by Labour": the
        // agent of the participle right after the figure (or its counted noun) does what the figure counts
        if (AgentAfter(doc, candidates, q) is { } agent)
        {
            return (agent.Entity, SubjectRole.Actor);
        }

        // "lost 20.2% of their weight, versus 13.7% on Wegovy", "compared with 3% for Samsung": a figure set beside
        // another's is the name right after it
        if (ComparedFiguresName(doc, candidates, q) is { } beside)
        {
            return (beside.Entity, SubjectRole.Actor);
        }

        // "A YouGov poll put Labour on 45%, 21 points ahead of the Conservatives on 24%", "Harris at 48%": a share given as
        // standing "on" or "at" it is the name's just before; so are the figures a name is given "with" ("ahead of the
        // Socialist Party with 28.7% and 77 seats", "followed by Germany with 12 medals")
        if (candidates.FirstOrDefault(m => StandsAt(doc, m, q, quantities)) is { } standing)
        {
            return (standing.Entity, SubjectRole.Actor);
        }

        int qStart = doc.Tokens[q.QualifierFirstToken].Start;
        // "Kamala Harris leads Donald Trump 49% to 46%", "Liverpool beat Southampton 3 to 2": the second figure of a pair is
        // the second name's, the one the verb acts on
        // ("Kamala Harris leads Donald Trump by 49% to 47%": a lead "by" a pair is no range)
        if (doc.Is(q.QualifierFirstToken - 1, "to") && quantities.FirstOrDefault(x => x.EndToken == q.QualifierFirstToken - 1 && x.Quantity.Unit == q.Quantity.Unit) is { } pairFirst
            && (!doc.IsAny(pairFirst.QualifierFirstToken - 1, RangeOpeners) || LeadsBy(doc, pairFirst)))
        {
            var named = candidates.Where(m => m.Span.Start >= clauseStart && m.Span.End <= doc.Tokens[pairFirst.FirstToken].Start && !AfterPreposition(doc, m)).ToList();
            if (named.Count >= 2)
            {
                return (named[1].Entity, SubjectRole.Actor);
            }
        }

        // "Economists expect the ECB to cut rates by a quarter point", "urged Korvat to recall 40,000 cars": the name a verb
        // of expecting or urging sets to act is the subject of what it is to do
        if (candidates.FirstOrDefault(m => m.Span.End <= qStart && SetToAct(doc, m)) is { } actor)
        {
            return (actor.Entity, SubjectRole.Actor);
        }

        // "The Dow fell 102.2 points, ..., the S&P 500 lost 1.85 points, or 0.06%, ... and the Nasdaq added 20.72 points",
        // "Germany's economy grew 0.3%, France's 0.1%": a name opening a coordinated clause after an earlier figure is the
        // subject of that clause's figures
        if (CoordinatedSubject(doc, candidates, quantities, first, q) is { } coordinated)
        {
            return (coordinated.Entity, SubjectRole.Actor);
        }

        // "Keir Starmer became prime minister after his Labour Party won 411 seats": a subordinate clause before the figure
        // with a subject of its own, a few words before the figure, is the figure's clause, and so is a participle that
        // goes on from it ("after Labour won a landslide victory, taking 411 seats")
        int subordinate = SubordinateBefore(doc, first, q.QualifierFirstToken);
        int reachedFrom = SentenceFacts.ParticipleTailBetween(doc, q.QualifierFirstToken - 2, q.QualifierFirstToken) ? q.QualifierFirstToken - 2 : q.QualifierFirstToken;
        if (subordinate >= 0 && candidates.FirstOrDefault(m => m.Span.Start > doc.Tokens[subordinate].Start && m.Span.End <= qStart) is { } ownSubject
            && WithinSubordinateReach(doc, MentionPlaces.TokenAt(doc, ownSubject.Span.End - 1), reachedFrom) && OpensClause(doc, ownSubject, subordinate))
        {
            return (ownSubject.Entity, SubjectRole.Actor);
        }

        // "Shares of CrowdStrike have fallen about 22%" in a story about Delta: whose shares they are
        if (candidates.FirstOrDefault(m => m.Span.Start >= clauseStart && m.Span.End <= qStart && OwnsShares(doc, m)) is { } issuer)
        {
            return (issuer.Entity, SubjectRole.Actor);
        }

        foreach (var m in candidates)
        {
            if (m.Span.Start >= clauseStart && m.Span.End <= qStart && !AfterPreposition(doc, m))
            {
                return (m.Entity, SubjectRole.Actor);
            }
        }

        // "Prices in the capital fell 0.4 per cent", "while unemployment in Paris rose to 8.1%": the place the clause's
        // subject is in owns the measure, as "Paris's unemployment" would; in a company's story only a measure of an
        // economy ("sales in China fell 5%" stays the company's)
        if ((mainActor?.Type != EntityType.Org || OwnSubject.MeasuresAnEconomy(doc, facts, q))
            && (PlaceOfSubject(doc, candidates, first, qStart) ?? FrontedPlace(doc, facts, candidates, qStart)) is { } owner)
        {
            return (owner.Entity, SubjectRole.Actor);
        }

        foreach (var m in candidates)
        {
            if (m.Span.Start >= q.Quantity.Span.End && m.Span.End <= clauseEnd && MentionPlaces.PrepositionBefore(doc, m) is "by")
            {
                return (m.Entity, SubjectRole.Actor);
            }
        }

        // "4,500 Bitcoins worth $305 million from DMM Bitcoin": taken from a victim; "letters from Korvat" is not
        var victim = candidates.Where(m => m.Span.Start >= q.Quantity.Span.End && m.Span.End <= clauseEnd && FromPhrase(doc, m, q) && TellsATaking(doc, first, end)).ToList();
        // ("from the Louvre in Paris": a place that locates the victim is not another one)
        if (victim.Count > 1)
        {
            victim.RemoveAll(m => m != victim[0] && MentionPlaces.PrepositionBefore(doc, m) is "in" or "at");
        }

        // "The jewels stolen from the Louvre on Sunday are worth 88 million euros": the victim of a taking told before the figure
        if (victim.Count == 0 && TellsATaking(doc, first, q.FirstToken))
        {
            foreach (var m in candidates)
            {
                if (m.Span.End <= q.Quantity.Span.Start && m.Span.Start >= clauseStart && TakenFrom(doc, m))
                {
                    victim.Add(m);
                    break;
                }
            }
        }

        if (victim.Count > 0)
        {
            var named = victim.LastOrDefault(m => m.Kind == MentionKind.Name) ?? victim[^1];
            return (named.Entity, SubjectRole.Victim);
        }

        // "The 2,950-kilogram satellite separated ...", "The 3,950 kg satellite is the heaviest Eurosat has flown": a figure
        // describing the thing a definite phrase names is about the story's subject, not a name later in the clause
        // ("The 984-foot container ship Dali struck ...": unless the phrase ends in the thing's own name)
        if (mainActor is not null && InDefinitePhrase(doc, q))
        {
            return (NamedPhraseEnd(doc, candidates, q)?.Entity ?? standIn, SubjectRole.Actor);
        }

        // a name in a prepositional phrase ("in the foothills of Alder County", "vehicles in the United States", "at a
        // meeting at Cedar Hollow High School") is the scene, not the actor: the story's main actor stands in for it,
        // unless the name owns what is measured ("one-third of North Korea's missile program"; not "in the country's
        // history", a possessive setting the scene)
        // a name in another clause ("The design life is seven and a half years, but if Aurora-1 is anything to go by")
        // is what that clause is about, not the figure: the story's main actor stands in for it too
        // ("A 2015 earthquake in Nepal killed nearly 9,000 people": a disaster's place, before the figure in its clause, is
        // whom the toll is of)
        // ("a magnitude 7.8 quake in Nepal": so is the place of the disaster the figure describes)
        if (candidates.FirstOrDefault(m => m.Span.Start >= clauseStart && m.Span.End <= clauseEnd && HitPlace(doc, m)
            && (m.Span.End <= qStart || MentionPlaces.TokenAt(doc, m.Span.Start) == q.EndToken + 2)) is { } hit)
        {
            return (hit.Entity, SubjectRole.Actor);
        }

        var nearest = candidates.MinBy(m => Math.Min(Math.Abs(m.Span.Start - q.Quantity.Span.End), Math.Abs(qStart - m.Span.End)) + (m.Entity.Type == EntityType.Person ? 40 : 0));
        // ("to 125,649 as Luton closed": a name "as" opens a clause with after the figure is that clause's subject, where
        // "as" before a role names it; "as Bitcoin has soared to more than $100,000" is the figure's own clause)
        if (mainActor is not null && nearest is not null && nearest.Kind != MentionKind.Demonym && !OwnsMeasured(doc, nearest)
            && (MentionPlaces.PrepositionBefore(doc, nearest) is { } preposition && preposition != "by" && (preposition != "as" || (nearest.Span.Start >= q.Quantity.Span.End && VerbAfter(doc, nearest)))
                || ModifiesCountedThing(doc, q, nearest)
                || nearest.Span.Start >= clauseEnd || nearest.Span.End <= clauseStart))
        {
            return (standIn, SubjectRole.Actor);
        }

        return (nearest?.Entity, SubjectRole.Actor);
    }

    // a verb right after the name: "closed", "shut", "was", "has"
    private static bool VerbAfter(AnalyzedDocument doc, EntityMention m)
    {
        int next = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        return next < doc.Tokens.Count && doc.Tokens[next].Kind == TokenKind.Word
            && (Lexicon.IsPastForm(doc.TokenText(next)) || doc.IsAny(next, Lexicon.Auxiliaries) || doc.IsAny(next, QuantityWords.Rises) || doc.IsAny(next, QuantityWords.Falls)
                || doc.IsAny(next, PastLikePresent));
    }

    // past forms spelled as the present ("as Stellantis shut its Luton plant")
    private static readonly WordSet PastLikePresent = WordSet.Create(StringComparer.OrdinalIgnoreCase, "shut", "cut", "hit", "put", "set", "quit");

    // a place a disaster struck, named right after it: "an earthquake in Nepal", "the floods in Valencia"
    private static bool HitPlace(AnalyzedDocument doc, EntityMention m)
    {
        int at = MentionPlaces.TokenAt(doc, m.Span.Start);
        return m.Entity.Type is EntityType.Gpe or EntityType.Loc && doc.Is(at - 1, "in") && doc.IsAny(at - 2, Disasters);
    }

    private static readonly WordSet Disasters = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "earthquake", "earthquakes", "quake", "quakes", "storm", "hurricane", "typhoon", "cyclone", "flood", "floods", "flooding", "wildfire",
        "wildfires", "eruption", "landslide", "landslides", "tsunami", "avalanche", "heatwave", "drought", "explosion", "blast", "stampede");

    // "Only Vermont and West Virginia lost residents, shrinking by 93 and 3,095 people respectively": the figures before
    // "respectively" go to the names listed before them in order, when there are as many of each
    private static EntityMention? Respectively(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, IReadOnlyList<QuantityMention> quantities, List<EntityMention> candidates)
    {
        int word = q.EndToken;
        while (word < facts.Sentence.EndToken && word - q.EndToken < MaxRespectivelyReach && !doc.Is(word, "respectively"))
        {
            word++;
        }

        if (!doc.Is(word, "respectively"))
        {
            return null;
        }

        var figures = quantities.Where(x => x.FirstToken >= facts.Sentence.FirstToken && x.EndToken <= word && x.Quantity.Unit == q.Quantity.Unit).ToList();
        if (figures.Count < 2)
        {
            return null;
        }

        var names = candidates.Where(m => m.Span.End <= doc.Tokens[figures[0].FirstToken].Start).ToList();
        int at = figures.IndexOf(q);
        // (the names a list: only "and", "or", commas and articles between them)
        bool listed = names.Count >= 2 && Enumerable.Range(1, names.Count - 1).All(k =>
            AllListWords(doc, MentionPlaces.TokenAt(doc, names[k - 1].Span.End - 1) + 1, MentionPlaces.TokenAt(doc, names[k].Span.Start)));
        return listed && names.Count == figures.Count && at >= 0 ? names[at] : null;
    }

    private static bool AllListWords(AnalyzedDocument doc, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!doc.IsAny(i, ListWords) && doc.TokenText(i) is not ",")
            {
                return false;
            }
        }

        return from < to;
    }

    /// <summary>How many tokens after a figure "respectively" may stand (the figures after it and their nouns).</summary>
    private const int MaxRespectivelyReach = 12;

    /// <summary>
    /// Whether <paramref name="actor"/> (by name or description) reports the sentence: "..., the automaker said", "Korvat
    /// said", "said Korvat", "according to Korvat".
    /// </summary>
    public static bool ReportedBy(AnalyzedDocument doc, SentenceFacts facts, EntityRef actor, Func<EntityRef?, EntityRef?> canonical) =>
        doc.Mentions.Any(m => facts.Sentence.Span.Contains(m.Span) && canonical(m.Entity)?.Key == actor.Key && Reports(doc, m));

    private static bool Reports(AnalyzedDocument doc, EntityMention m)
    {
        int first = MentionPlaces.TokenAt(doc, m.Span.Start), last = MentionPlaces.TokenAt(doc, m.Span.End - 1);
        return SentenceFacts.IsSaying(doc, last + 1) || doc.Is(first - 1, "said") || doc.Is(first - 1, "says") || (doc.Is(first - 1, "to") && doc.Is(first - 2, "according"));
    }

    // the name a "who" clause follows (a person, whatever type the recognizer gave it) when the attribution holds it
    // ("said Marisol Vega, who has lived ...")
    private static EntityMention? SpeakerBefore(AnalyzedDocument doc, SentenceFacts facts, int who) =>
        who >= 2 && doc.Is(who, "who") && doc.TokenText(who - 1) is "," ? doc.Mentions.LastOrDefault(m => m.Span.End == doc.Tokens[who - 2].End && facts.Sentence.Span.Contains(m.Span)) : null;

    // the name a figure describes: just after it ("15-inch MacBook Pro") or just before it, perhaps with a parenthesis
    // between ("the Brydge Pro ($129")
    private static EntityMention? Described(AnalyzedDocument doc, List<EntityMention> candidates, QuantityMention q)
    {
        foreach (var m in candidates)
        {
            int first = MentionPlaces.TokenAt(doc, m.Span.Start), last = MentionPlaces.TokenAt(doc, m.Span.End - 1);
            if (first == q.EndToken || last + 1 == q.QualifierFirstToken || (last + 2 == q.QualifierFirstToken && doc.TokenText(last + 1) is "("))
            {
                return m;
            }
        }

        return null;
    }

    // the name whose possessive stands before the one or two lower-case words before "of" right before the figure, or null
    private static EntityMention? PossessorOfNounOf(AnalyzedDocument doc, List<EntityMention> candidates, QuantityMention q)
    {
        int of = q.QualifierFirstToken - 1;
        if (!doc.Is(of, "of"))
        {
            return null;
        }

        for (int s = of - 2; s >= Math.Max(1, of - 3); s--)
        {
            if (doc.TokenText(s) is "'s" or "’s")
            {
                return candidates.LastOrDefault(m => m.Span.End == doc.Tokens[s - 1].End);
            }

            if (doc.Tokens[s + 1].Kind != Text.TokenKind.Word || !char.IsLower(doc.TokenText(s + 1)[0]))
            {
                return null;
            }
        }

        return null;
    }

    // "½ cup feta, 1 Tbsp. balsamic vinegar": a capitalized unit is part of its figure, not a name
    // "slashed from $47 billion to $8 billion", "between 5% to 7%": a change or a range, not two names' figures
    // the name after "by" that a past participle right after the figure, or after its counted noun, opens ("$130mn raised
    // by Trump", "the $130 million brought in by Donald Trump's campaign"), or null
    private static EntityMention? AgentAfter(AnalyzedDocument doc, List<EntityMention> candidates, QuantityMention q)
    {
        int verb = q.Quantity.Noun is { } noun && doc.TokenText(q.EndToken).Equals(noun, StringComparison.OrdinalIgnoreCase) ? q.EndToken + 1 : q.EndToken;
        if (verb >= doc.Tokens.Count || doc.Tokens[verb].Kind != Text.TokenKind.Word || !(doc.TokenText(verb).EndsWith("ed", StringComparison.Ordinal)
            || doc.IsAny(verb, Lexicon.IrregularPast)))
        {
            return null;
        }

        int by = doc.Is(verb + 1, "by") ? verb + 1 : doc.Is(verb + 1, "in") && doc.Is(verb + 2, "by") ? verb + 2 : -1;
        if (by < 0)
        {
            return null;
        }

        return MentionPlaces.OpeningAfter(doc, candidates, by, _ => true);
    }

    // "leads Donald Trump by 49% to 47%", "beat Eastbrook by 71 to 64": "by" after a verb of leading and its object's name
    private static bool LeadsBy(AnalyzedDocument doc, QuantityMention pairFirst)
    {
        int by = pairFirst.QualifierFirstToken - 1;
        if (!doc.Is(by, "by"))
        {
            return false;
        }

        for (int i = by - 1; i >= Math.Max(0, by - MaxLedNameWords - 1); i--)
        {
            if (doc.IsAny(i, LeadingVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words of the name a verb of leading acts on ("leads Donald Trump by").</summary>
    private const int MaxLedNameWords = 4;

    private static readonly WordSet LeadingVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "leads", "led", "lead", "leading", "trails", "trailed", "trail", "trailing", "beat", "beats", "defeated", "edged");

    private static readonly WordSet RangeOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "from", "between", "by", "of", "at", "and", "or");

    // ("ordered Bayer's Monsanto unit to pay": an owner's possessive before the name, and a word for a part of a company
    // after it, may stand between)
    private static bool SetToAct(AnalyzedDocument doc, EntityMention m)
    {
        int first = MentionPlaces.TokenAt(doc, m.Span.Start), last = MentionPlaces.TokenAt(doc, m.Span.End - 1);
        int verb = doc.Is(first - 1, "the") ? first - 2 : first - 1;
        if (doc.TokenText(verb) is "'s" or "’s" && doc.Mentions.LastOrDefault(o => o.Span.End == doc.Tokens[verb - 1].End) is { } owner)
        {
            int ownerFirst = MentionPlaces.TokenAt(doc, owner.Span.Start);
            verb = doc.Is(ownerFirst - 1, "the") ? ownerFirst - 2 : ownerFirst - 1;
        }

        int to = doc.IsAny(last + 1, CompanyParts) ? last + 2 : last + 1;
        return doc.Is(to, "to") && doc.IsAny(verb, ControlVerbs);
    }

    private static readonly WordSet CompanyParts = WordSet.Create(StringComparer.OrdinalIgnoreCase, "unit", "subsidiary", "division", "arm", "affiliate");

    // verbs whose object is to act next: "expect the ECB to cut", "urged Korvat to recall"
    private static readonly WordSet ControlVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "expect", "expects", "expected", "expecting", "forecast", "forecasts", "predict", "predicts", "predicted", "see", "sees",
        "want", "wants", "wanted", "urge", "urges", "urged", "ask", "asks", "asked", "allow", "allows", "allowed", "force", "forces",
        "forced", "order", "orders", "ordered", "require", "requires", "required", "push", "pushed", "pressed", "told", "tell", "directed",
        "compelled", "persuaded");

    // a reference that opens before another figure's age and takes it in ("The 25-year-old")
    private static bool IsAgeReference(EntityMention m, QuantityMention age, QuantityMention q) =>
        m.Kind == MentionKind.Reference && age != q && m.Span.Start < age.Quantity.Span.Start && m.Span.End >= age.Quantity.Span.End;

    private static bool InsideAQuantity(EntityMention m, IReadOnlyList<QuantityMention> quantities) =>
        quantities.Any(x => x.Quantity.Span.Start <= m.Span.Start && m.Span.End <= x.Quantity.Span.End);

    // "The council estimated that visitors brought €3.2 million", "Sarah Mitchell apologised and said the company would
    // spend £25 million": who reports a figure ("X estimated that", "X said" before a clause opening with another name)
    // is its source, not its subject
    private static bool ReportsFigure(AnalyzedDocument doc, SentenceFacts facts, EntityMention m, QuantityMention q)
    {
        int from = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        for (int i = from + 1; i < q.QualifierFirstToken; i++)
        {
            // "said" always opens a clause; "reported its third case" has an object; a person who says something is its
            // source, whatever the clause opens with ("Robert Gardner, Nationwide's chief economist, said mortgage rates had
            // fallen to around 4.5%"), unless the clause opens with "he" or "she"
            if ((doc.Is(i, "that") && doc.IsAny(i - 1, ThatVerbs))
                || ((doc.Is(i - 1, "said") || doc.Is(i - 1, "says"))
                    && ((m.Entity.Type == EntityType.Person && !doc.IsAny(i, SelfPronouns)) || InSpeakersAside(doc, facts, m, i - 1) || NameOpens(doc, facts, i))))
            {
                return true;
            }
        }

        return false;
    }

    // "The PRODES satellite monitoring system recorded 6,288 square kilometers": a name a monitoring instrument goes by
    // measured the figure and is not what it is about (a poll or a study a name goes by is the figure's source: see
    // SentenceFacts)
    private static bool NamesAnInstrument(AnalyzedDocument doc, EntityMention m, QuantityMention q)
    {
        int i = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        bool monitoring = false;
        for (int words = 0; words < InstrumentWords && i < q.QualifierFirstToken && doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]); words++, i++)
        {
            monitoring |= doc.IsAny(i, MonitoringWords);
            if (doc.IsAny(i + 1, FindingVerbs))
            {
                return doc.IsAny(i, Instruments) || (monitoring && doc.Is(i, "system"));
            }
        }

        return false;
    }

    // how many lower-case words may come between the name and the instrument it names ("satellite monitoring system")
    private const int InstrumentWords = 3;

    private static readonly WordSet Instruments = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "satellite", "satellites", "tracker", "monitor", "sensor", "sensors", "gauge", "gauges");

    private static readonly WordSet MonitoringWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "monitoring", "tracking", "surveillance", "satellite", "warning", "detection");

    private static readonly WordSet FindingVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "found", "showed", "shows", "recorded", "records", "registered", "detected", "counted", "measured");

    // "losses for Fortune 500 companies, excluding Microsoft, at $5.4 billion": a name left out of a figure is never its subject
    private static bool LeftOut(AnalyzedDocument doc, EntityMention m) => MentionPlaces.PrepositionBefore(doc, m) is "excluding" or "except" or "besides";

    // "Shares of CrowdStrike", "stock of Nvidia": the company after "of" that follows shares or stock
    private static bool OwnsShares(AnalyzedDocument doc, EntityMention m)
    {
        int first = MentionPlaces.TokenAt(doc, m.Span.Start);
        return doc.Is(first - 1, "of") && (doc.Is(first - 2, "shares") || doc.Is(first - 2, "stock"));
    }

    // what a speaker says of themself: "said she would give up 20% of her pay"
    private static readonly WordSet SelfPronouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she", "his", "her", "I", "my");

    // "Robert Gardner, Nationwide's chief economist, said": a name in the aside that describes the person who says
    private static bool InSpeakersAside(AnalyzedDocument doc, SentenceFacts facts, EntityMention m, int said)
    {
        if (doc.TokenText(said - 1) is not ",")
        {
            return false;
        }

        int k = MentionPlaces.TokenAt(doc, m.Span.Start) - 1;
        while (k > facts.Sentence.FirstToken && doc.TokenText(k) is not ("," or "." or ";"))
        {
            k--;
        }

        return doc.TokenText(k) is "," && facts.Mentions.Exists(p => p.Entity.Type == EntityType.Person && p.Span.End == doc.Tokens[k - 1].End);
    }

    // whether a mention other than a nationality starts at token i ("the company", "TelcoNet", "its")
    private static bool NameOpens(AnalyzedDocument doc, SentenceFacts facts, int i)
    {
        int start = doc.Tokens[i].Start;
        return facts.Mentions.Any(n => n.Span.Start == start && n.Kind != MentionKind.Demonym);
    }

    private static readonly WordSet ThatVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "estimated", "estimates", "believes", "believed", "expects", "expected", "reported", "reports", "found",
        "thinks", "thought", "argued", "argues", "warned", "warns", "noted", "added", "claimed", "claims", "announced", "predicted",
        "predicts", "calculated", "calculates", "concluded", "showed", "shows");

    // "the 2,950-kilogram satellite", "the $4.5 billion deal": "the", the figure, then the noun it describes
    private static bool InDefinitePhrase(AnalyzedDocument doc, QuantityMention q) =>
        doc.Is(q.QualifierFirstToken - 1, "the") && q.Form is not (QuantityForm.Percent or QuantityForm.Fraction)
        && q.EndToken < doc.Tokens.Count && doc.Tokens[q.EndToken].Kind == Text.TokenKind.Word && char.IsLower(doc.TokenText(q.EndToken)[0])
        && !doc.IsAny(q.EndToken, Text.Lexicon.FunctionWords);

    /// <summary>The most lower-case words between a figure and the name a definite phrase ends in.</summary>
    private const int MaxNamedPhraseNouns = 3;

    // "the 984-foot container ship Dali": the name right after the nouns the figure describes
    private static EntityMention? NamedPhraseEnd(AnalyzedDocument doc, List<EntityMention> candidates, QuantityMention q)
    {
        for (int t = q.EndToken; t < doc.Tokens.Count && t <= q.EndToken + MaxNamedPhraseNouns; t++)
        {
            foreach (var m in candidates)
            {
                // (the name the phrase ends in, not one describing a noun after it: "the 212,000 affected US vehicles")
                if (m.Kind == MentionKind.Name && m.Span.Start == doc.Tokens[t].Start)
                {
                    int after = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
                    return t > q.EndToken && (after >= doc.Tokens.Count || doc.Tokens[after].Kind != Text.TokenKind.Word) ? m : null;
                }
            }

            if (doc.Tokens[t].Kind != Text.TokenKind.Word || !char.IsLower(doc.TokenText(t)[0]) || doc.IsAny(t, Text.Lexicon.FunctionWords))
            {
                return null;
            }
        }

        return null;
    }

    // "cost €410 million, of which Germany paid 38%": the part's payer is not the whole's subject
    private static bool InPartClauseAfter(AnalyzedDocument doc, SentenceFacts facts, EntityMention m, QuantityMention q)
    {
        var (first, _) = facts.ClauseOf(MentionPlaces.TokenAt(doc, m.Span.Start));
        return first >= q.EndToken && SentenceFacts.OpensPartOf(doc, first);
    }

    // "Premier League champions Liverpool", "Serie A giants Juventus": a league or a competition that describes the club
    // named next is no actor
    private static bool DescribesTheNext(AnalyzedDocument doc, EntityMention m, List<EntityMention> candidates)
    {
        int described = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        return m.Entity.Type is EntityType.Org or EntityType.Other or EntityType.Event && doc.IsAny(described, ClubDescriptions)
            && described + 1 < doc.Tokens.Count && candidates.Exists(c => c.Span.Start == doc.Tokens[described + 1].Start);
    }

    private static readonly WordSet ClubDescriptions = WordSet.Create(StringComparer.Ordinal,
        "champions", "holders", "leaders", "winners", "giants", "rivals", "strugglers", "newcomers", "side", "club", "outfit");

    // an organization's name, then a role in it, then the name of the one who holds it
    private static bool NamesARole(AnalyzedDocument doc, EntityMention m, List<EntityMention> candidates)
    {
        if (m.Entity.Type is not (EntityType.Org or EntityType.Other))
        {
            return false;
        }

        int role = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        int next = doc.Is(role, "chief") && doc.Is(role + 1, "executive") ? role + 2 : role + 1;
        return doc.IsAny(role, Roles) && next < doc.Tokens.Count && candidates.Exists(c => c.Span.Start == doc.Tokens[next].Start && c.Entity.Type is EntityType.Person or EntityType.Other);
    }

    private static readonly WordSet Roles = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "CEO", "chief", "founder", "cofounder", "boss", "chairman", "chairwoman", "chair", "president", "executive", "head",
        "director", "owner", "spokesman", "spokeswoman", "spokesperson", "manager", "coach", "CFO", "COO", "CTO");

    private static readonly WordSet PlaceNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "region", "province", "state", "county", "district", "area", "city", "town", "village", "prefecture", "department", "municipality");

    /// <summary>How far after a subordinate clause's subject its figure may stand ("after Microsoft reported revenue of $65 billion").</summary>
    private const int MaxSubordinateReach = 6;

    /// <summary>
    /// How far a subordinate clause's subject may stand when no punctuation comes between ("since Kraft merged with Heinz
    /// in 2015 in a deal worth about $46 billion").
    /// </summary>
    private const int MaxUnbrokenSubordinateReach = 12;

    // whether the figure at token figure is near enough the subordinate clause's subject ending at token subjectLast
    private static bool WithinSubordinateReach(AnalyzedDocument doc, int subjectLast, int figure)
    {
        if (figure - subjectLast <= MaxSubordinateReach)
        {
            return true;
        }

        return figure - subjectLast <= MaxUnbrokenSubordinateReach && !doc.AnyPunctuationIn(subjectLast + 1, figure);
    }

    // the last subordinating word from the clause's start to the figure, or -1
    private static int SubordinateBefore(AnalyzedDocument doc, int first, int figure)
    {
        for (int i = figure - 1; i > first; i--)
        {
            if (doc.IsAny(i, Subordinators))
            {
                return i;
            }
        }

        return -1;
    }

    // "after Microsoft reported", "after his Labour Party won": the name opens the subordinate clause (a determiner or a
    // possessive may stand between) as its subject ("since he joined the league, he is leading the NBA" opens with
    // another); the subordinating word before it is no preposition of its
    private static bool OpensClause(AnalyzedDocument doc, EntityMention m, int subordinate) =>
        MentionPlaces.TokenAt(doc, m.Span.Start) - subordinate <= 2 && (MentionPlaces.PrepositionBefore(doc, m) is not { } p || doc.Is(subordinate, p));

    private static readonly WordSet Subordinators = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "after", "because", "when", "while", "since", "before", "although", "though", "until", "whereas", "once");

    private static readonly WordSet PossessivePronouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "his", "her");

    // a person named as the possessor of the organization right after ("Keir Starmer's Labour Party", "Nigel Farage's
    // Reform UK" with a first name the cues do not know), or an organization of its work
    private static bool LeadsNext(AnalyzedDocument doc, EntityMention m, List<EntityMention> candidates)
    {
        if (m.Entity.Type is not (EntityType.Person or EntityType.Org or EntityType.Other))
        {
            return false;
        }

        // "his Labour Party won 411 seats": a possessive pronoun names the leader as "Keir Starmer's" does
        int e = MentionPlaces.TokenAt(doc, m.Span.End - 1);
        int next = doc.TokenText(e + 1) is "'s" or "’s" ? e + 2 : m.Kind == MentionKind.Reference && doc.IsAny(e, PossessivePronouns) ? e + 1 : -1;
        if (next <= 0 || next >= doc.Tokens.Count)
        {
            return false;
        }

        // "Paramount's “Gladiator II” opened with $55.5 million": a studio's or an author's work acts
        int title = doc.Tokens[next].Kind == TokenKind.Word ? next : next + 1;
        return candidates.Exists(o => (o.Entity.Type == EntityType.Org && m.Entity.Type is EntityType.Person or EntityType.Other && o.Span.Start == doc.Tokens[next].Start)
            || (title < doc.Tokens.Count && o.Span.Start == doc.Tokens[title].Start && QuotedTitles.Is(doc, o)));
    }

    // "Manufacturing employment fell by 35,000 jobs, reflecting strikes by the United Auto Workers union": a name in a
    // participle clause trailing the figure tells a cause or a consequence, not whose the figure is; so does one in a
    // trailing "with" ("made up 63% of visitors, with Americans the largest group")
    private static bool InParticipleTail(AnalyzedDocument doc, EntityMention m, QuantityMention q)
    {
        int name = MentionPlaces.TokenAt(doc, m.Span.Start);
        return SentenceFacts.ParticipleTailBetween(doc, q.EndToken, name) || CommaThenBetween(doc, q.EndToken, name, "with");
    }

    // "with one league game remaining", "with 10 minutes left": what is left, a time, not the name's figure
    private static bool Remaining(AnalyzedDocument doc, int from)
    {
        for (int i = from; i < from + 4 && i < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Word; i++)
        {
            if (doc.Is(i, "remaining") || doc.Is(i, "left") || (doc.Is(i, "to") && (doc.Is(i + 1, "go") || doc.Is(i + 1, "play"))))
            {
                return true;
            }
        }

        return false;
    }

    // a place inside the counted phrase scopes the count, as "in the US" would: "212,000 affected US vehicles"
    private static bool ModifiesCountedThing(AnalyzedDocument doc, QuantityMention q, EntityMention m)
    {
        int t = MentionPlaces.TokenAt(doc, m.Span.Start);
        return q.Form == QuantityForm.Count && m.Entity.Type is EntityType.Gpe or EntityType.Loc && t >= q.EndToken && t <= q.EndToken + 2
            && AllWords(doc, q.EndToken, t) && q.Quantity.Noun is { } noun && !m.Entity.Name.Contains(noun, StringComparison.OrdinalIgnoreCase);
    }

    // the name after "for", "on", "in" or "among" right after a figure set "versus" or "compared with" another ("Novo
    // Nordisk's Wegovy": the last of a possessive chain), or null
    private static EntityMention? ComparedFiguresName(AnalyzedDocument doc, List<EntityMention> candidates, QuantityMention q)
    {
        int at = q.EndToken + 1 + (doc.Is(q.EndToken + 1, "the") ? 1 : 0);
        if (!MetricKeys.ComparedWith(doc, q) || !doc.IsAny(q.EndToken, ComparedNamePrepositions) || at >= doc.Tokens.Count)
        {
            return null;
        }

        // ("against 49.11% for Warsaw Mayor Rafal Trzaskowski": the person a title and its place describe, not the place)
        var named = candidates.Find(m => m.Span.Start == doc.Tokens[at].Start);
        var titled = named is null or { Entity.Type: EntityType.Gpe }
            ? candidates.Find(m => m.Entity.Type == EntityType.Person && MentionPlaces.TokenAt(doc, m.Span.Start) is var start && start > at && start <= at + MaxTitleWords
                && Capitalized(doc, at, start))
            : null;
        named = titled ?? named;
        while (named is not null && MentionPlaces.TokenAt(doc, named.Span.End - 1) + 1 is var next && doc.TokenText(next) is "'s" or "’s" && next + 1 < doc.Tokens.Count
            && candidates.Find(m => m.Span.Start == doc.Tokens[next + 1].Start) is { } owned)
        {
            named = owned;
        }

        return named;
    }

    // the most words a place and a title may take before a person's name: "Warsaw Mayor", "New York Governor"
    private const int MaxTitleWords = 3;

    private static bool Capitalized(AnalyzedDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (doc.Tokens[i].Kind != Text.TokenKind.Word || !char.IsUpper(doc.TokenText(i)[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet ComparedNamePrepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase, "for", "on", "in", "among");

    // a comma and then word (", and", ", with") in [first, end)
    private static bool CommaThenBetween(AnalyzedDocument doc, int first, int end, string word)
    {
        for (int i = first; i + 1 < end; i++)
        {
            if (doc.TokenText(i) is "," && doc.Is(i + 1, word))
            {
                return true;
            }
        }

        return false;
    }

    // "lowest in Mississippi", "the most expensive in California": a superlative right before the "in" the name follows
    private static bool RankedIn(AnalyzedDocument doc, EntityMention m)
    {
        int t = MentionPlaces.TokenAt(doc, m.Span.Start) - 1;
        return doc.Is(t, "in") && doc.TokenText(t - 1) is { Length: > 4 } word && (word.EndsWith("est", StringComparison.OrdinalIgnoreCase) || doc.Is(t - 2, "most") || doc.Is(t - 2, "least"));
    }

    private static bool StandsAt(AnalyzedDocument doc, EntityMention m, QuantityMention q, IReadOnlyList<QuantityMention> quantities)
    {
        // ("highest in Mississippi, at 37%": a comma may set the standing off)
        int after = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        after += doc.TokenText(after) is "," && (doc.Is(after + 1, "at") || doc.Is(after + 1, "on")) ? 1 : 0;
        // ("followed by California at $16.50 and Connecticut at $16.35": a sum too, but for a scene's name, "a plant in Ohio
        // at $5 million", unless a superlative ranks the place: "lowest in Mississippi, at $2.62 a gallon")
        if (doc.Is(after, "on") || doc.Is(after, "at"))
        {
            return (q.Form == QuantityForm.Percent || (q.Form == QuantityForm.Money && (MentionPlaces.PrepositionBefore(doc, m) is not ("in" or "at" or "on" or "into" or "from" or "to") || RankedIn(doc, m))))
                && after + 1 == q.QualifierFirstToken;
        }

        // not a scene ("in the West Division with one league game remaining"); a measure only down a ranking ("followed by
        // California with 3.3 GW", not "hit Florida with 120 mph winds")
        if (!doc.Is(after, "with") || !(q.Form is QuantityForm.Percent or QuantityForm.Count or QuantityForm.Money || (q.Form == QuantityForm.Measure && FollowedBy(doc, m)))
            || MentionPlaces.PrepositionBefore(doc, m) is "in" or "at" or "on" or "into" or "from" or "to" or "for"
            || Remaining(doc, q.EndToken))
        {
            return false;
        }

        // the figures given with the name, joined by "and" or commas, up to this one
        int i = after + 1;
        foreach (var x in quantities)
        {
            if (i == q.QualifierFirstToken)
            {
                return true;
            }

            if (x.QualifierFirstToken == i && x != q)
            {
                i = x.EndToken;
                while (doc.Is(i, ",") || doc.Is(i, "and"))
                {
                    i++;
                }
            }
        }

        return i == q.QualifierFirstToken;
    }

    // "followed by California": a name next in a ranking
    private static bool FollowedBy(AnalyzedDocument doc, EntityMention m)
    {
        int first = MentionPlaces.TokenAt(doc, m.Span.Start);
        return doc.Is(first - 1, "by") && doc.Is(first - 2, "followed");
    }

    // a possessive name owning what is measured: "North Korea's missile program", "titles for Apple's offering", but not
    // one in a phrase setting the scene ("in the country's history", "at the company's headquarters")
    private static bool OwnsMeasured(AnalyzedDocument doc, EntityMention m) =>
        doc.TokenText(MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1) is "'s" or "’s"
        && MentionPlaces.PrepositionBefore(doc, m) is not ("in" or "at" or "across" or "throughout" or "during" or "within" or "around" or "near");

    private static EntityMention? PlaceCounted(AnalyzedDocument doc, QuantityMention q, int clauseFirst, List<EntityMention> candidates)
    {
        foreach (var m in candidates)
        {
            if (m.Entity.Type is EntityType.Person or EntityType.Org)
            {
                continue;
            }

            int p = TokenBeforeName(doc, m);
            bool after = p >= q.EndToken && p <= q.EndToken + 2 && doc.Is(p, "of") && AllWords(doc, q.EndToken, p);
            bool opening = p == clauseFirst && doc.Is(p, "in") && m.Span.End <= q.Quantity.Span.Start;
            if (after || opening)
            {
                return m;
            }
        }

        return null;
    }

    // "In London, coverage of the second dose was just 73.1%", "In Wales rents rose 8.1%": a place set before the
    // sentence's first comma, or before its subject's lower-case words, is where its figures are (in a story of England,
    // London's, not England's; "In New York City alone, the count ... more than doubled")
    private static EntityMention? FrontedPlace(AnalyzedDocument doc, SentenceFacts facts, List<EntityMention> candidates, int figureStart) =>
        candidates.FirstOrDefault(m => (m.Entity.Type is EntityType.Gpe or EntityType.Loc || NamesALandform(doc, m)) && m.Span.End <= figureStart
            && TokenBeforeName(doc, m) == facts.Sentence.FirstToken && doc.Is(facts.Sentence.FirstToken, "in")
            && MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1 is var next && (doc.Is(next, "alone") || doc.Is(next, "itself") ? next + 1 : next) is var after
            && (doc.TokenText(after) is "," || doc.Is(after, "the") || doc.Tokens[after].Kind == TokenKind.Word && char.IsLower(doc.TokenText(after)[0]) && !doc.IsAny(after, Text.Lexicon.FunctionWords)));

    // "In the Cerrado savanna": a name the recognizer did not type that goes on to a landform is a place
    private static bool NamesALandform(AnalyzedDocument doc, EntityMention m) =>
        m.Entity.Type == EntityType.Other && doc.IsAny(MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1, EntityRecognizer.Landforms);

    // A place after "in" on the noun that opens the clause, before the figure: the clause's first words up to "in" are
    // lower-case words (a conjunction, determiners, describing words, the noun) naming no one.
    private static EntityMention? PlaceOfSubject(AnalyzedDocument doc, List<EntityMention> candidates, int clauseFirst, int figureStart)
    {
        foreach (var m in candidates)
        {
            if (m.Entity.Type is not (EntityType.Gpe or EntityType.Loc) || m.Span.End > figureStart)
            {
                continue;
            }

            // ("By midday in London, spot gold traded 0.8 per cent higher": a clause opening on a preposition of time opens on
            // no noun)
            int p = TokenBeforeName(doc, m);
            if (p - 1 >= clauseFirst && doc.Is(p, "in") && !doc.IsAny(p - 1, Text.Lexicon.FunctionWords) && AllWords(doc, clauseFirst, p) && !doc.IsAny(clauseFirst, TimePrepositions)
                && !candidates.Any(other => other.Span.End <= doc.Tokens[p].Start && other.Span.Start >= doc.Tokens[clauseFirst].Start))
            {
                return m;
            }
        }

        return null;
    }

    private static readonly WordSet TimePrepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "by", "at", "on", "during", "late", "early");

    /// <summary>The most tokens from a clause-opening "it" to its figure ("It was 3.4%", "it stood at about 3.4%").</summary>
    private const int MaxPronounToFigure = 4;

    // the place after "in" right after a rate when the clause opens with the pronoun "it", or null ("It has 5,000 stores in
    // China" is the company's count)
    private static EntityMention? PlaceAfterPronounsFigure(AnalyzedDocument doc, List<EntityMention> candidates, QuantityMention q, int clauseFirst)
    {
        if (q.Form != QuantityForm.Percent || !doc.Is(q.EndToken, "in") || q.EndToken + 1 >= doc.Tokens.Count || !doc.Is(clauseFirst, "it") || q.QualifierFirstToken - clauseFirst > MaxPronounToFigure)
        {
            return null;
        }

        return candidates.Find(m => m.Entity.Type is EntityType.Gpe or EntityType.Loc && m.Span.Start == doc.Tokens[q.EndToken + 1].Start);
    }

    // The last name that opens a coordinated clause (after a comma, "and" or a semicolon that follows an earlier figure of
    // the clause, perhaps with "the" between) before the figure, or null.
    private static EntityMention? CoordinatedSubject(AnalyzedDocument doc, List<EntityMention> candidates, IReadOnlyList<QuantityMention> quantities, int clauseFirst, QuantityMention q)
    {
        EntityMention? subject = null;
        // a coordinated clause opens only after the clause's first figure, or after ", and" ("Hershey expects earnings to be
        // flat this year, and Mondelez raised prices by 5.5%")
        int firstFigureEnd = quantities.Where(x => x.FirstToken >= clauseFirst && x.EndToken <= q.QualifierFirstToken).Select(x => x.EndToken).DefaultIfEmpty(int.MaxValue).Min();
        for (int i = clauseFirst; i < q.QualifierFirstToken; i++)
        {
            if (!((i >= firstFigureEnd && (doc.Is(i, ",") || doc.Is(i, "and") || doc.Is(i, ";"))) || (doc.Is(i, "and") && doc.TokenText(i - 1) is ",")))
            {
                continue;
            }

            int next = doc.Is(i + 1, "the") ? ModifiersEnd(doc, i + 2) : i + 1;
            if (next < doc.Tokens.Count && candidates.FirstOrDefault(m => m.Span.Start == doc.Tokens[next].Start && m.Span.End <= doc.Tokens[q.QualifierFirstToken].Start) is { } opener
                && OpensClauseOfFigures(doc, opener, quantities, q))
            {
                subject = opener;
            }

            // "In Wales rents rose 8.1%, in Scotland 9.1% and in Northern Ireland 8.8%", "has reported 49 deaths, Georgia 33
            // and Virginia 2": a gapped clause of a place (or an organization or a name not placed, without "in": "and Suzu
            // 91") and its figure alone
            bool located = doc.Is(i + 1, "in");
            int place = located ? (doc.Is(i + 2, "the") ? i + 3 : i + 2) : next;
            if (place < doc.Tokens.Count && candidates.FirstOrDefault(m => (m.Entity.Type is EntityType.Gpe or EntityType.Loc || (!located && m.Entity.Type is EntityType.Org or EntityType.Other))
                && m.Span.Start == doc.Tokens[place].Start && MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1 == q.QualifierFirstToken) is { } gapped)
            {
                subject = gapped;
            }
        }

        return subject;
    }

    /// <summary>
    /// Whether a possessive mark stands right before token <paramref name="at"/>, after a word: "Germany's 2.1%", and a
    /// plural's glued apostrophe ("the Americans' 126").
    /// </summary>
    internal static bool PossessiveRightBefore(AnalyzedDocument doc, int at) =>
        at >= 2 && (doc.TokenText(at - 1) is "'s" or "’s"
            || (doc.TokenText(at - 1) is "'" or "’" && doc.Tokens[at - 1].Start == doc.Tokens[at - 2].End && doc.TokenText(at - 2).EndsWith('s')));

    // Past the words that describe a name after "the" ("the tech-heavy Nasdaq", "the blue-chip FTSE 100", "the broader
    // Topix"), from token at; at itself when none stands there or no name follows them. Only a hyphened compound or a
    // word of rank or breadth describes: "the euro EUR=" is a name and its ticker.
    private static int ModifiersEnd(AnalyzedDocument doc, int at)
    {
        int k = at;
        while (k + 2 < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Word && char.IsLower(doc.TokenText(k)[0])
            && doc.TokenText(k + 1) is "-" && doc.Tokens[k + 1].Start == doc.Tokens[k].End && doc.Tokens[k + 2].Kind == TokenKind.Word)
        {
            k += 3;
        }

        k += k == at && doc.IsAny(k, NameDescribers) ? 1 : 0;
        return k > at && k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(k)[0]) ? k : at;
    }

    private static readonly WordSet NameDescribers = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "benchmark", "broader", "broad", "wider", "main", "leading", "key", "flagship");

    // The name's own clause runs on to a figure: a word of its own before its first figure ("the S&P 500 lost 1.85 points",
    // "LG Electronics had 3 GW"), not a list ("a controller, Chromecast Ultra and three months"), and no comma or full stop
    // before that figure ("USB ones can be had for less, if you don't need the full 40 gigabits per second").
    private static bool OpensClauseOfFigures(AnalyzedDocument doc, EntityMention opener, IReadOnlyList<QuantityMention> quantities, QuantityMention q)
    {
        int from = MentionPlaces.TokenAt(doc, opener.Span.End - 1) + 1;
        int figure = quantities.Where(x => x.QualifierFirstToken >= from && x.QualifierFirstToken <= q.QualifierFirstToken).Select(x => x.QualifierFirstToken).DefaultIfEmpty(q.QualifierFirstToken).Min();
        bool ownWord = false;
        for (int i = from; i < figure; i++)
        {
            // (a stop glued to the word after it is a ticker's, ".SPX")
            if (doc.TokenText(i) is "," or ";" or "." or "!" or "?" or ":" && !(i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].Start == doc.Tokens[i].End))
            {
                return false;
            }

            ownWord |= doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]) && !doc.IsAny(i, ListWords);
        }

        return ownWord;
    }

    private static readonly WordSet ListWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "and", "or", "the", "a", "an", "plus", "of");

    // the token before a name and its "the": "of" in "residents of the Alder County", "in" in "prices in London"
    private static int TokenBeforeName(AnalyzedDocument doc, EntityMention m)
    {
        int t = MentionPlaces.TokenAt(doc, m.Span.Start);
        // ("In the town of Suzu, 91 people died")
        t = doc.Is(t - 1, "of") && doc.IsAny(t - 2, MentionPlaces.PlacesOf) ? t - 2 : t;
        return doc.Is(t - 1, "the") ? t - 2 : t - 1;
    }

    private static bool AllWords(AnalyzedDocument doc, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (doc.Tokens[i].Kind != Text.TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    // people counted by who they are ("Fourteen North Koreans", "three Americans"), unlike products ("Estrada SUVs")
    private static bool IsGroup(EntityMention m) => m.Kind == MentionKind.Demonym || m.Entity.Type is EntityType.Gpe or EntityType.Person;

    private static bool AfterPreposition(AnalyzedDocument doc, EntityMention m) => MentionPlaces.PrepositionBefore(doc, m) is not null;

    // "stolen from X", "theft of ... from X": X is the victim; the words between must not leave the phrase.
    private static readonly WordSet TakingWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "stole", "stolen", "steal", "steals", "stealing", "theft", "thefts", "heist", "hack", "hacked", "hacks", "took", "taken", "seized",
        "looted", "loot", "extorted", "extortion", "drained", "siphoned", "embezzled", "raided", "robbed", "robbery", "lost", "losses", "swindled",
        "defrauded", "fraud", "ransom", "breach", "exploit", "exploited", "withdrew", "withdrawn", "diverted");

    // a theft, hack or loss told in the clause: what comes "from" a name was taken from it
    // ("when Biden took office", "took place", "took part": no taking)
    private static bool TellsATaking(AnalyzedDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (doc.IsAny(i, TakingWords) && !doc.IsAny(i + 1, TakenIdioms))
            {
                return true;
            }
        }

        return false;
    }

    // "stolen from the Louvre", "taken from DMM Bitcoin": a name a participle of taking says something came from
    private static bool TakenFrom(AnalyzedDocument doc, EntityMention m)
    {
        int t = MentionPlaces.TokenAt(doc, m.Span.Start) - 1;
        t -= doc.Is(t, "the") ? 1 : 0;
        return doc.Is(t, "from") && doc.IsAny(t - 1, TakingWords);
    }

    private static readonly WordSet TakenIdioms = WordSet.Create(StringComparer.OrdinalIgnoreCase, "office", "place", "part", "power", "over");

    private static bool FromPhrase(AnalyzedDocument doc, EntityMention m, QuantityMention q)
    {
        int t = MentionPlaces.TokenAt(doc, m.Span.Start) - 1;
        for (int steps = 0; t >= q.EndToken && steps < 6; steps++, t--)
        {
            if (doc.Is(t, "from"))
            {
                return true;
            }

            if (doc.TokenText(t) is "," or ";")
            {
                return false;
            }
        }

        return false;
    }
}
