using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// Coreference-lite: "the regime", "the country" → the most recent country; "the company", "the firm", "the group", "the club"
/// → the most recent organization that is not a public body ("the Product Safety Authority"; "the agency" may be
/// one); "the capital" → the capital city of the most recent country ("Prices in the capital fell" in a story about the
/// United Kingdom: London), unless it is money ("the capital markets"); "its", "their", "it", "they" → the speaker when a name or a description just resolved says it ("Korvat
/// said it was aware", "the automaker said it would", "said on Thursday its"; left unresolved when the speaker is a name not recognized; a name of
/// no known type that so speaks is a body from then on), else the most recent country or
/// organization that was a clause's subject rather than a place in a prepositional phrase ("recalling 265,000
/// vehicles in the United States, up from the 212,000 it announced": Korvat, not the United States), else the most
/// "recent one, unless "it" stands for nothing (<see cref="DummyIt"/>: "it took 3 hours"); "he", "she", "his", "him", "her" (not a speaker's "he said"), "the Swede", "the Egyptian has", "the
/// 27-year-old" → the most recent person (or name of several words and no known type) named before the sentence, or by a
/// "he" resolved since (a chain of pronouns keeps naming one person); an object's "him" is not a person its own sentence named. Looks back at most three sentences; adds <see cref="MentionKind.Reference"/> mentions. A town's council
/// under its descriptions ("the town council", "the Municipality") and a poll's respondents ("economists polled by
/// Reuters") are resolved first (<see cref="LocalAuthorities"/>, <see cref="PolledGroups"/>).
/// </summary>
public sealed class CoreferenceResolver(EntityLexicon lexicon) : IDocumentProcess
{
    private readonly WordSet capitalCities = lexicon.Capitals.Values.Select(c => c.Name).ToWordSet(StringComparer.Ordinal);

    // "the capital" as money: "the capital markets", "raised the capital it needed"
    private static readonly WordSet MoneyAfterCapital = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "market", "markets", "gain", "gains", "expenditure", "expenditures", "spending", "requirement", "requirements", "ratio", "ratios",
        "buffer", "buffers", "base", "investment", "investments", "injection", "raise", "raising", "controls", "flight", "outflows", "inflows",
        "cost", "costs", "goods", "project", "projects", "budget", "budgets", "allocation", "structure", "adequacy", "reserves", "return",
        "returns", "stock", "account", "accounts", "plan", "plans", "it", "they", "needed", "required", "raised");

    private static readonly WordSet MoneyBeforeCapital = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "raise", "raised", "raising", "inject", "injected", "return", "returned", "provide", "provided", "providing", "need", "needs",
        "needed", "lacks", "lacked", "all", "of");

    private static readonly WordSet CountryNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "regime", "country", "nation", "government", "state", "kingdom", "administration");

    // what only a country is called: "the state" may be Texas, "the country" may not
    private static readonly WordSet NationNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "country", "nation", "kingdom");

    // "the state of Texas", "the government of Japan": the name after "of" is the place meant, no earlier one
    private static bool NamedAfter(AnalyzedDocument document, int noun) =>
        document.Is(noun + 1, "of") && document.TokenText(noun + 2) is [var initial, ..] && char.IsUpper(initial);

    private static readonly WordSet OrgNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "company", "firm", "group", "exchange", "bank", "agency", "organisation", "organization", "platform", "lender", "insurer", "carrier", "airline", "retailer", "startup", "club",
        "automaker", "carmaker", "manufacturer", "maker", "producer", "conglomerate", "chain", "brewer", "miner", "utility", "developer", "publisher", "broadcaster",
        "chipmaker", "drugmaker", "truckmaker", "planemaker", "steelmaker", "toymaker", "giant", "grocer", "supermarket", "brokerage");

    // what only a public body is called: "the agency" may be a regulator, "the company" and "the automaker" may not
    private static readonly WordSet PublicBodyNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "agency", "organisation", "organization");

    // the last word of a public body's name ("the National Highway Traffic Safety Administration", "the Finance Ministry")
    private static readonly WordSet PublicBodyHeads = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "administration", "agency", "ministry", "department", "commission", "authority", "office", "bureau", "council", "court",
        "police", "committee", "board", "parliament", "government", "senate", "congress", "assembly", "regulator", "tribunal", "service");

    // the kinds of asset a description of one names
    private static readonly WordSet AssetNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "cryptocurrency", "token", "coin", "currency", "commodity", "metal", "index");

    // the kinds of work a quoted title names
    private static readonly WordSet WorkNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "film", "movie", "musical", "sequel", "prequel", "show", "series", "album", "song", "single", "book", "novel", "game", "play",
        "documentary", "franchise", "picture", "blockbuster", "drama", "comedy", "thriller", "epic", "adaptation", "remake", "title");

    private static readonly WordSet Pronouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "its", "their", "it", "they", "them", "theirs");

    // a person's pronouns: "He posted a 93.2 grade", "his first 18 games"
    private static readonly WordSet PersonPronouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "his", "him", "her");

    /// <inheritdoc />
    public string Name => "coreference";

    /// <inheritdoc />
    public IReadOnlyList<string> Produces { get; } = ["entity"];

    /// <inheritdoc />
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        LocalAuthorities.Resolve(document);
        PolledGroups.Resolve(document);
        var named = document.Mentions.ToList();
        int cursor = 0;
        EntityMention? lastCountry = null, lastNation = null, lastOrg = null, lastCompany = null, lastAny = null, lastActor = null, described = null, lastPerson = null, lastAsset = null;
        var titles = new List<(EntityMention Title, string? Kind)>();
        // how often each country was named outside a prepositional phrase, and the one named so most often
        var countryActs = new Dictionary<string, int>(StringComparer.Ordinal);
        EntityMention? mainCountry = null;
        var people = new List<EntityMention>();
        var speakingBodies = new HashSet<string>(StringComparer.Ordinal);
        EntityMention? replacedNational = null;
        for (int i = 0; i < document.Tokens.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var token = document.Tokens[i];
            while (cursor < named.Count && named[cursor].Span.End <= token.Start)
            {
                var m = named[cursor++];
                if (ReferenceEquals(m, replacedNational) || InParentheses(document, m) || m.Span.Start < Dateline.End(document, document.Sentences[SentenceOf(document, m)]) || IsDataSource(document, m)
                    || NamesAModel(document, m))
                {
                    // "OSLO (CP) —" in a dateline, "(CSO)" after its full name, "according to LSEG data", the maker in "300
                    // Boeing 737 jets": never what a later "it" or "the company" points at
                    continue;
                }

                if (m.Entity.Type == EntityType.Gpe)
                {
                    lastCountry = m;
                    lastNation = lexicon.IsCountry(m.Entity.Name) ? m : lastNation;
                    if (MentionPlaces.PrepositionBefore(document, m) is null)
                    {
                        int acts = countryActs[m.Entity.Key] = countryActs.GetValueOrDefault(m.Entity.Key) + 1;
                        mainCountry = mainCountry is null || m.Entity.Key == mainCountry.Entity.Key || acts > countryActs[mainCountry.Entity.Key] ? m : mainCountry;
                    }
                }

                if (m.Entity.Type == EntityType.Person)
                {
                    lastPerson = m;
                    people.Add(m);
                }

                if (m.Entity.Type == EntityType.Other && m.Kind == MentionKind.Name && m.Entity.Name.Contains(' ', StringComparison.Ordinal)
                    && MentionPlaces.PrepositionBefore(document, m) is null && !QuotedTitles.Is(document, m) && !NamesAPlace(m.Entity.Name))
                {
                    people.Add(m);
                }

                if (m.Kind == MentionKind.Name && QuotedTitles.Is(document, m))
                {
                    titles.Add((m, KindOfWork(document, m)));
                }

                if (lexicon.AssetNames.Contains(m.Entity.Name))
                {
                    lastAsset = m;
                }

                // ("after a failed merger with JetBlue. The budget carrier said", "delisted from the New York Stock Exchange.
                // The airline employs": a firm a deal or a contest is "with", "by" or "from" stays the other party, never the
                // firm a later description names; nor is an exchange shares trade "on": "Shares of Reddit soared 48% in
                // their first day of trading on the New York Stock Exchange. The stock opened at $47")
                bool venue = m.Entity.Type == EntityType.Org && IsExchange(m.Entity) && MentionPlaces.PrepositionBefore(document, m) is "on";
                if (m.Entity.Type == EntityType.Org)
                {
                    lastOrg = m;
                    lastCompany = IsPublicBody(m.Entity) || venue || (lastCompany is not null && MentionPlaces.PrepositionBefore(document, m) is "with" or "by" or "against" or "than" or "versus" or "from")
                        ? lastCompany : m;
                }

                // "the American manufacturing giant": a nationality describing a thing is not what a later "it" means; an
                // asset is ("Bitcoin rose above $100,000 ... It has more than doubled this year"), and so is a named storm
                // ("Helene made landfall in Florida's Big Bend region ... It dumped more than 2 feet of rain"), and so is a
                // region or a river that opens its sentence ("Europe is the fastest-warming continent ... It is now 2.4C
                // warmer")
                if ((m.Entity.Type is EntityType.Gpe or EntityType.Org || speakingBodies.Contains(m.Entity.Key) || lexicon.AssetNames.Contains(m.Entity.Name)
                        || (m.Entity.Type is EntityType.Other or EntityType.Event && NamesStorm(m.Entity.Name)) || (m.Entity.Type == EntityType.Loc && OpensSentence(document, m)))
                    && !PlaceAdjective.Is(document, m) && !venue)
                {
                    lastAny = m;
                    if (!MentionPlaces.Governed(document, m))
                    {
                        lastActor = m;
                    }
                }
            }

            EntityMention? target = null;
            int first = i;
            bool anyDistance = false;
            bool replaces = false;
            bool standsForPerson = false;
            if (cursor < named.Count && named[cursor].Span.Start <= token.Start)
            {
                if (!NationalOfPerson(document, named[cursor], i) || PersonBefore(document, i, people) is not { } national
                    || document.Tokens[i].Sentence - SentenceOf(document, national) > 3)
                {
                    // "The Bank of Canada", "the Kingdom of Spain": a word of a name is that name, never a reference
                    continue;
                }

                // "The Egyptian has now scored 14 goals": a nationality standing for a person is the person last named
                replacedNational = named[cursor];
                target = national;
                first = i - 1;
                replaces = true;
                standsForPerson = true;
            }
            else if (document.Is(i - 1, "the") && lexicon.Nationals.Contains(document.TokenText(i)) && !IsNamed(document, i + 1))
            {
                // "The Swede scored 54 goals": the person last named
                target = PersonBefore(document, i, people);
                first = i - 1;
                standsForPerson = true;
            }
            else if (AgeNoun(document, i) is >= 0 and var ageStart)
            {
                // "the 27-year-old earns £200,000 a week": the person last named
                target = PersonBefore(document, i, people);
                first = ageStart;
                standsForPerson = true;
            }
            else if (document.IsAny(i, CountryNouns) && document.Is(i - 1, "the") && !NamedAfter(document, i))
            {
                // ("Japan welcomed 36.9 million visitors ... Arrivals from the United States rose 33% ... The government
                // aims to attract 60 million": a country last named inside a phrase gives way to the one the story names
                // as an actor most)
                // ("The country averages about 27 avalanche deaths a season" after "followed by Utah": a state is no country)
                var last = document.IsAny(i, NationNouns) ? lastNation : lastCountry;
                target = last is not null && MentionPlaces.PrepositionBefore(document, last) is not null && mainCountry is not null
                    && countryActs[mainCountry.Entity.Key] >= MinActingMentions && !countryActs.ContainsKey(last.Entity.Key) ? mainCountry : last;
                first = i - 1;
            }
            else if (document.Is(i, "capital") && document.Is(i - 1, "the") && !document.IsAny(i + 1, MoneyAfterCapital) && !document.IsAny(i - 2, MoneyBeforeCapital)
                && CapitalOf(lastCountry) is { } capital)
            {
                // "Prices in the capital fell" after a story about the United Kingdom: London
                target = capital;
                first = i - 1;
            }
            else if (document.Is(i, "capital") && document.Is(i - 2, "the") && lastCountry is { Kind: MentionKind.Demonym } national
                && national.Span.End == document.Tokens[i - 1].End && CapitalOf(national) is { } nationalCapital)
            {
                // "Temperatures in parts of the Indian capital hit 49.9C": New Delhi
                target = nationalCapital;
                first = i - 2;
                replaces = true;
            }
            else if (document.Is(i - 1, "the") && RecentNameWithHead(document, named, cursor, i, out bool kindNamed) is { } headed)
            {
                // "the fire" after "the Juniper Ridge Fire", "the school" after "Cedar Hollow High School", "the agency"
                // after "the UK Health Security Agency" even when the World Health Organization was named since: an
                // organization's own head word names it however far back its name stands, and so does the kind a name
                // was given before it ("the ship" after "the container ship Dali")
                target = headed;
                first = i - 1;
                anyDistance = kindNamed || document.IsAny(i, OrgNouns);
            }
            else if (document.IsAny(i, WorkNouns) && !IsNamed(document, i + 1) && (document.Is(i - 1, "the") ? i - 1 : ModifiedDescription.Start(document, i)) is >= 0 and var workArticle
                && LastWorkOfKind(titles, document.TokenText(i)) is { } work)
            {
                // "“Wicked” flew to $114 million ... The film, which stars Cynthia Erivo, added $50.2 million": the work
                // last named by its quoted title, unless that title was named as a work of another kind ("a game based on
                // the classic novel “Journey to the West” ... The game cost" is the game); "The Warner Bros. film" is that
                // work too, and its studio no actor
                target = work;
                first = workArticle;
                replaces = workArticle < i - 1;
            }
            else if (document.IsAny(i, AssetNouns) && lastAsset is not null && !IsNamed(document, i + 1)
                && (document.Is(i - 1, "the") ? i - 1 : ModifiedDescription.Start(document, i)) is >= 0 and var assetArticle)
            {
                // "Bitcoin rose above $100,000 ... The world's biggest cryptocurrency hit a record $103,800": the asset last named
                target = lastAsset;
                first = assetArticle;
            }
            else if (document.IsAny(i, OrgNouns) && !document.IsAny(i, PublicBodyNouns) && !IsNamed(document, i + 1) && lastCompany is not null
                && RankedDescription.Place(document, i) is { } rankingPlace)
            {
                // "Europe's largest airline said" after Ryanair: the description names the company, the place only ranks it
                target = lastCompany;
                first = MentionPlaces.TokenAt(document, rankingPlace.Span.Start);
                replaces = true;
            }
            else if (document.IsAny(i, OrgNouns) && !document.Is(i - 1, "the") && !IsNamed(document, i + 1)
                && ModifiedDescription.Start(document, i) is >= 0 and var article
                && (document.IsAny(i, PublicBodyNouns) ? lastOrg : lastCompany) is { } modified)
            {
                // "The British lender made a pretax profit", "the UK retail bank", "the California-based company": a described
                // firm is the firm last named, and the place describing it is no actor
                target = modified;
                first = article;
                replaces = true;
            }
            else if (document.IsAny(i, OrgNouns) && document.Is(i - 1, "the") && !IsNamed(document, i + 1))
            {
                // "the company said" after "a filing with the National Highway Traffic Safety Administration": a firm is
                // not a public body
                target = document.IsAny(i, PublicBodyNouns) ? lastOrg : lastCompany;
                first = i - 1;
            }
            else if (document.IsAny(i, PersonPronouns) && !IsAllCaps(document.TokenText(i)) && !document.IsAny(i + 1, Lexicon.SayingVerbs) && !document.IsAny(i - 1, Lexicon.SayingVerbs)
                && !InQuotation(document, i))
            {
                // "That came seven years after he sought refuge": the person last named; "he said" is a source, and a
                // quoted speaker's "he" may be anyone, so both are left alone; "Judge Alison Hartley ordered him to pay": an
                // object's "him" is not the person named before it in its own sentence, but the one named before that
                // ("Sinner became the first Italian to win three. He has won 50": the one the sentence before opens with, whatever
                // type the recognizer gave the name)
                target = document.Is(i, "him") && lastPerson is not null && PersonBefore(document, i, people) is { } before
                    && lastPerson.Span.Start >= document.Sentences[document.Tokens[i].Sentence].Span.Start ? before
                    : OpenedSentenceBefore(document, i, people) ?? lastPerson;
            }
            else if (document.IsAny(i, Pronouns) && !IsAllCaps(document.TokenText(i)) && !DummyIt.At(document, i) && !PeopleOpenTheSentence(document, i))
            {
                // "Sarah Mitchell said its sales rose": "it" is never the person speaking
                var (spoken, speaker) = Speaker(document, i, named, cursor, described);
                target = spoken && speaker?.Entity.Type != EntityType.Person ? speaker : SameSentenceOrLater(document, lastActor, lastAny) ?? lastAny;
                if (spoken && speaker is { Entity.Type: EntityType.Other } body)
                {
                    // "Novo Nordisk said on Thursday its pill": a name of no known type that says "it" or "its" is a body,
                    // which a later "its" means wherever the story names it again ("Novo Nordisk plans to file for U.S.
                    // approval. Its injectable Wegovy ...")
                    speakingBodies.Add(body.Entity.Key);
                    lastActor = lastAny = body;
                }
            }

            if (target is not null && (anyDistance || document.Tokens[first].Sentence - SentenceOf(document, target) <= 3))
            {
                var reference = new EntityMention(new TextSpan(document.Tokens[first].Start, token.End), target.Entity, MentionKind.Reference);
                if (replaces)
                {
                    document.ReplaceMentionsWithin(reference);
                }
                else
                {
                    document.AddMention(reference);
                }

                described = first < i ? reference : described;
                if ((first == i && target.Entity.Type == EntityType.Person && document.IsAny(i, PersonPronouns)) || standsForPerson)
                {
                    // "He told the court he was sorry. He faced 40 years": each "he" names the person again, so a later
                    // one looks back three sentences from it; "Kylian Mbappe ... The 25-year-old ... He received": an age
                    // or a nationality standing for a name says the name is a person's, whatever type it was given
                    lastPerson = reference;
                    people.Add(reference);
                }

                if (first < i && document.IsAny(i, OrgNouns) && ReferenceEquals(target, lastCompany))
                {
                    // "the company" names the company again: a later "the automaker" looks back three sentences from it
                    lastCompany = reference;
                }

                if (first < i && (target.Entity.Type is not (EntityType.Gpe or EntityType.Org) || OpensSentence(document, first)) && MentionPlaces.PrepositionBefore(document, reference) is null)
                {
                    // "The fire had scorched 14,200 acres ... at Cedar Hollow High School. It has destroyed 38 homes": a
                    // description as a clause's subject is what a later "it" points at; a company's or a country's when it
                    // opens the sentence ("The group, which pumps about half of the world's oil, ... It is cutting output")
                    lastActor = lastAny = reference;
                }
                else if (first < i && document.IsAny(i, OrgNouns) && !document.Is(i, "group") && document.IsAny(i + 1, Lexicon.SayingVerbs))
                {
                    // "The company said most of the cuts would fall in Sweden and Germany. ..., it said.": the company
                    // speaking is still the actor a later "it" points at ("the group" may be any group)
                    lastActor = reference;
                }
            }
        }
    }

    // "Black people were overrepresented: they account for 12%", "Analysts said they expect": a plural pronoun in a
    // sentence that opens with a plural noun naming no one (its first few words, before a verb) is those people
    private static bool PeopleOpenTheSentence(AnalyzedDocument document, int i)
    {
        if (!document.IsAny(i, PluralPronouns))
        {
            return false;
        }

        int first = document.Sentences[document.Tokens[i].Sentence].FirstToken;
        for (int j = first; j < Math.Min(first + MaxPluralSubjectWords, i - 1); j++)
        {
            if (document.Tokens[j].Kind != TokenKind.Word || Named(document, j))
            {
                return false;
            }

            if (IsPluralNoun(document.TokenText(j)) && (document.IsAny(j + 1, SubjectsVerbs) || document.TokenText(j + 1).EndsWith("ed", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Named(AnalyzedDocument document, int token)
    {
        var span = document.Tokens[token].Span;
        foreach (var m in document.Mentions)
        {
            if (m.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxPluralSubjectWords = 4;

    private static readonly WordSet PluralPronouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "they", "their", "them");

    private static readonly WordSet SubjectsVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "are", "were", "have", "had", "say", "said", "will", "would", "could", "may", "might", "expect", "warned", "fear", "believe");

    private static readonly WordSet IrregularPlurals = WordSet.Create(StringComparer.OrdinalIgnoreCase, "people", "men", "women", "children");

    private static bool IsPluralNoun(ReadOnlySpan<char> word) =>
        IrregularPlurals.Contains(word) || (word.Length > 3 && word.EndsWith("s") && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"));

    // the kind of work a title is named as, when a work noun stands right before it ("the classic novel “Journey to the
    // West”"), else null
    private static string? KindOfWork(AnalyzedDocument document, EntityMention title)
    {
        int before = MentionPlaces.TokenAt(document, title.Span.Start) - 1;
        before -= document.TokenText(before) is "“" or "\"" or "‘" or "'" ? 1 : 0;
        return document.IsAny(before, WorkNouns) ? document.TokenText(before).ToString().ToLowerInvariant() : null;
    }

    private static EntityMention? LastWorkOfKind(List<(EntityMention Title, string? Kind)> titles, ReadOnlySpan<char> noun)
    {
        for (int k = titles.Count - 1; k >= 0; k--)
        {
            if (titles[k].Kind is null || noun.Equals(titles[k].Kind, StringComparison.OrdinalIgnoreCase))
            {
                return titles[k].Title;
            }
        }

        return null;
    }

    // whether token i opens its sentence, after any dateline
    private static bool OpensSentence(AnalyzedDocument document, int i) =>
        i == Dateline.FirstToken(document, document.Sentences[document.Tokens[i].Sentence]);

    // the person the sentence before token i's opens with ("Sinner became ..."), when the pronoun opens its own sentence
    private static EntityMention? OpenedSentenceBefore(AnalyzedDocument document, int i, List<EntityMention> people)
    {
        int sentence = document.Tokens[i].Sentence;
        if (sentence == 0 || document.Sentences[sentence].FirstToken != i)
        {
            return null;
        }

        int start = document.Sentences[sentence - 1].Span.Start;
        return people.FindLast(m => m.Span.Start == start);
    }

    // The person last named before the sentence of token i, or a name of no known type, of several words as a person's
    // is ("Chelsea" and "Sporting" may be teams), that was no place in a prepositional phrase ("Arsenal have signed
    // Viktor Gyokeres from Sporting. The Swede": Gyokeres); a name in the sentence itself is someone else ("Judge Lewis
    // Kaplan also ordered the 32-year-old to forfeit" means the man named before, not the judge). Of several that
    // sentence names, the first that no preposition opens is its subject ("Jannik Sinner beat Alexander Zverev 6-3. The
    // 23-year-old Italian" is Sinner).
    private static EntityMention? PersonBefore(AnalyzedDocument document, int i, List<EntityMention> people)
    {
        int sentenceStart = document.Sentences[document.Tokens[i].Sentence].Span.Start;
        int last = people.FindLastIndex(m => m.Span.End <= sentenceStart);
        if (last < 0)
        {
            return null;
        }

        int sentence = document.Tokens[MentionPlaces.TokenAt(document, people[last].Span.Start)].Sentence;
        var subject = people[last];
        for (int k = last - 1; k >= 0 && document.Tokens[MentionPlaces.TokenAt(document, people[k].Span.Start)].Sentence == sentence; k--)
        {
            subject = MentionPlaces.PrepositionBefore(document, people[k]) is null && people[k].Entity.Key != subject.Entity.Key ? people[k] : subject;
        }

        return subject;
    }

    // "Stamford Bridge", "Wembley Stadium", "Caldwell Place": a name whose last word says it is a place (the recognizer's
    // place cues, or a venue's or a building's), not a person
    private static bool NamesAPlace(string name)
    {
        var last = name.AsSpan(name.LastIndexOf(' ') + 1);
        return EntityRecognizer.PlaceCues.Contains(last) || VenueHeads.Contains(last);
    }

    private static readonly WordSet VenueHeads = WordSet.Create(StringComparer.Ordinal,
        "Bridge", "Stadium", "Arena", "Field", "Square", "Centre", "Center", "Hall", "Airport", "Station", "Road", "Avenue", "Lane",
        "Place", "Court", "Gardens", "Palace", "House", "Hospital", "School", "University", "College", "Church", "Cathedral",
        "Museum", "Tower", "Building", "Hotel", "Prison", "Jail", "Beach", "Mountain");

    // Whether a nationality's adjective stands alone for a person: "the Egyptian has", "the Brazilian, who", never "the
    // Egyptian government" nor "the Egyptians" (a people or a team)
    private static bool NationalOfPerson(AnalyzedDocument document, EntityMention mention, int i)
    {
        if (mention.Span.Start != document.Tokens[i].Start || mention.Span.End != document.Tokens[i].End || !document.Is(i - 1, "the"))
        {
            return false;
        }

        // "The Germany international scored 18 goals", "the England captain": a country's player is the person last named
        if (mention.Kind == MentionKind.Name && mention.Entity.Type == EntityType.Gpe)
        {
            return document.IsAny(i + 1, PlayerRoles);
        }

        if (mention.Kind != MentionKind.Demonym || document.TokenText(i)[^1] is 's' or 'S')
        {
            return false;
        }

        var next = document.TokenText(i + 1);
        return document.IsAny(i + 1, PersonVerbs) || next is "," or "." or ";"
            || next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal) && document.Tokens[i + 1].Kind == TokenKind.Word;
    }

    // the first token of "the 27-year-old" when token i is its "old" ("the 27-year-old striker" too, but not "the
    // 43-year-old man", who may be someone the story has not named); -1 otherwise
    private static int AgeNoun(AnalyzedDocument document, int i) =>
        i >= 5 && document.Is(i, "old") && !document.IsAny(i + 1, UnnamedPeople) && document.Is(i - 1, "-") && document.Is(i - 2, "year") && document.Is(i - 3, "-")
        && document.Tokens[i - 4].Kind == TokenKind.Number && document.Is(i - 5, "the") ? i - 5 : -1;

    private static readonly WordSet UnnamedPeople = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "man", "woman", "boy", "girl", "person", "child", "teenager", "baby", "mother", "father", "victim", "suspect", "driver");

    private static readonly WordSet PlayerRoles = WordSet.Create(StringComparer.Ordinal,
        "international", "captain", "striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "playmaker", "full-back",
        "fullback", "centre-back", "center-back", "quarterback", "pitcher", "batter", "point", "guard", "star", "skipper", "opener");

    // what follows a person, never a thing: "the Egyptian has", "the Brazilian, who"
    private static readonly WordSet PersonVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "has", "had", "is", "was", "will", "would", "could", "can", "also", "now", "then", "who", "said", "says", "added", "scored",
        "scores", "won", "wins", "made", "makes", "earns", "earned", "'s", "’s", "insisted", "told", "signed", "joined", "became");

    // The capital city of the place last named, as a mention where that place was named: the place itself when it is a
    // capital city ("in London ... the capital"), else its country's capital; null for a place with none.
    private EntityMention? CapitalOf(EntityMention? place) =>
        place is null ? null
        : capitalCities.Contains(place.Entity.Name) ? place
        : lexicon.Capitals.TryGetValue(place.Entity.Name, out var city) ? place with { Entity = city } : null;

    // The most recent name, within three sentences (anywhere before for an organization's head word: "the agency"), of
    // several words whose last word is token i's ("Juniper Ridge Fire" for "fire"; "blaze" and "wildfire" are fires
    // too); null when none.
    // (kindNamed: the name was found by the kind written right before it, "the container ship Dali", which names it however
    // far back it stands)
    private static EntityMention? RecentNameWithHead(AnalyzedDocument document, List<EntityMention> named, int seen, int i, out bool kindNamed)
    {
        kindNamed = false;
        var word = document.TokenText(i);
        if (word.Length < 3 || !char.IsLower(word[0]) || document.Tokens[i].Kind != TokenKind.Word || IsNamed(document, i + 1))
        {
            return null;
        }

        var head = word is "blaze" or "wildfire" ? "fire".AsSpan() : word;
        int from = document.IsAny(i, OrgNouns) ? 0 : document.Sentences[Math.Max(0, document.Tokens[i].Sentence - 3)].Span.Start;
        bool storm = StormKinds.Contains(head);
        // (a kind noun looks back however far; any other head only as far as its reach)
        bool kind = KindNouns.Contains(head);
        for (int k = seen - 1; k >= 0 && (kind || named[k].Span.Start >= from); k--)
        {
            string name = named[k].Entity.Name;
            int space = name.LastIndexOf(' ');
            // "the fire" after "according to Cal Fire" is no fire service: a fire or a storm is an event, never an organization
            if (named[k].Span.Start >= from && space > 0 && named[k].Kind == MentionKind.Name && !(named[k].Entity.Type == EntityType.Org && (storm || head.Equals("fire", StringComparison.OrdinalIgnoreCase)))
                && (name.AsSpan(space + 1).Equals(head, StringComparison.OrdinalIgnoreCase) || (storm && NamesWord(name.AsSpan(0, space), head))))
            {
                return named[k];
            }

            if (kind && named[k].Kind == MentionKind.Name && named[k].Entity.Type != EntityType.Person
                && document.TokenText(MentionPlaces.TokenAt(document, named[k].Span.Start) - 1).Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                kindNamed = true;
                return named[k];
            }
        }

        return null;
    }

    // the kinds of thing a story names by kind and name ("the container ship Dali", "the weight-loss drug Wegovy", "the
    // satellite Aurora-3"), which "the ship", "the drug" or "the satellite" points at later
    private static readonly WordSet KindNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "ship", "vessel", "tanker", "freighter", "ferry", "boat", "yacht", "submarine", "plane", "jet", "aircraft", "airliner", "helicopter",
        "drone", "rocket", "spacecraft", "satellite", "probe", "telescope", "drug", "vaccine", "medicine", "pill", "app", "chatbot", "volcano",
        "reactor", "pipeline");

    // storms are named kind first: "the storm" after "Tropical Storm Odessa", "the hurricane" after "Hurricane Milton"
    private static readonly WordSet StormKinds = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "storm", "hurricane", "typhoon", "cyclone");

    // a name opening its sentence, or right after its "The" ("The Colorado River")
    private static bool OpensSentence(AnalyzedDocument document, EntityMention m)
    {
        int first = document.Sentences[SentenceOf(document, m)].FirstToken;
        return m.Span.Start == document.Tokens[first].Start || (document.Is(first, "The") && m.Span.Start == document.Tokens[first + 1].Start);
    }

    // "Hurricane Helene", "Tropical Storm Debby", "Storm Dara": a name whose words name a kind of storm
    private static bool NamesStorm(string name)
    {
        foreach (var range in name.AsSpan().Split(' '))
        {
            if (StormKinds.Contains(name.AsSpan()[range]))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the words of name include word.
    private static bool NamesWord(ReadOnlySpan<char> name, ReadOnlySpan<char> word)
    {
        foreach (var range in name.Split(' '))
        {
            if (name[range].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "Korvat said it", "Halden said that its": the name before a saying verb just before the pronoun. Spoken is
    // true when such a capitalized speaker stands there; Speaker is its mention, or null when no name was recognized.
    private static readonly WordSet DaysOfSaying = WordSet.Create(StringComparer.Ordinal,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday");

    /// <summary>How often a country must act in a story for "the government" to mean it over one named since in a phrase.</summary>
    private const int MinActingMentions = 2;

    private static readonly WordSet StretchesOfSaying = WordSet.Create(StringComparer.OrdinalIgnoreCase, "week", "month", "year");

    private static (bool Spoken, EntityMention? Speaker) Speaker(AnalyzedDocument document, int pronoun, List<EntityMention> named, int seen, EntityMention? described)
    {
        // "Korvat said it", "said that its", "said on Thursday its", "said Tuesday that it", "said last month it"
        int verb = document.Is(pronoun - 1, "that") ? pronoun - 2 : pronoun - 1;
        if (verb > 1 && document.IsAny(verb, DaysOfSaying))
        {
            verb = document.Is(verb - 1, "on") ? verb - 2 : verb - 1;
        }
        else if (verb > 2 && document.IsAny(verb, StretchesOfSaying) && (document.Is(verb - 1, "last") || document.Is(verb - 1, "this")))
        {
            // "Hershey said last month it expects", "said earlier this year that its"
            verb = document.Is(verb - 2, "earlier") ? verb - 3 : verb - 2;
        }

        int speaker = verb - 1;
        if (speaker > 0 && document.TokenText(speaker) is "," && document.IsAny(verb, Lexicon.SayingVerbs) && AsideOpening(document, speaker) is int opening)
        {
            // "Barry Callebaut, the world's largest chocolate maker, said its": the name an aside describes speaks
            speaker = opening - 1;
        }

        if (speaker < 0 || !document.IsAny(verb, Lexicon.SayingVerbs) || document.Tokens[speaker].Kind != TokenKind.Word)
        {
            return OpeningSpeaker(document, pronoun, named, seen) is { } opener ? (true, opener) : (false, null);
        }

        int end = document.Tokens[speaker].End;
        if (described is not null && described.Span.End == end)
        {
            // "The automaker said it": the description resolved just before speaks
            return (true, described);
        }

        for (int k = seen - 1; k >= 0 && named[k].Span.End >= end; k--)
        {
            if (named[k].Span.End == end)
            {
                // "Korvat said it", "the town council said it"
                return (true, named[k]);
            }
        }

        return (char.IsUpper(document.TokenText(speaker)[0]), null);
    }

    // "The Louvre said 2023 was its busiest year", "The Louvre, home to the Mona Lisa, said ... when it closed": a name
    // opening the sentence that says what follows speaks of itself however far on the pronoun stands, when no other name
    // comes between its saying verb and the pronoun
    private static EntityMention? OpeningSpeaker(AnalyzedDocument document, int pronoun, List<EntityMention> named, int seen)
    {
        int first = document.Sentences[document.Tokens[pronoun].Sentence].FirstToken;
        int opening = document.Is(first, "the") ? first + 1 : first;
        for (int k = seen - 1; k >= 0 && named[k].Span.Start >= document.Tokens[first].Start; k--)
        {
            if (named[k].Span.Start != document.Tokens[opening].Start)
            {
                continue;
            }

            int verb = MentionPlaces.TokenAt(document, named[k].Span.End - 1) + 1;
            if (document.TokenText(verb) is "," && ClosingComma(document, verb, pronoun) is int close)
            {
                verb = close + 1;
            }

            // (a name of no known type only after "the": "Volker said" may be a person's)
            if (!(named[k].Entity.Type is EntityType.Org or EntityType.Gpe || (named[k].Entity.Type == EntityType.Other && opening > first)) || verb >= pronoun
                || !document.IsAny(verb, Lexicon.SayingVerbs)
                || (seen > 0 && named[seen - 1].Span.Start > document.Tokens[verb].Start))
            {
                return null;
            }

            return named[k];
        }

        return null;
    }

    // the comma closing an aside opened by the comma at token open, a few words on and before token limit; else null
    private static int? ClosingComma(AnalyzedDocument document, int open, int limit)
    {
        for (int k = open + 1; k < limit && k <= open + MaxAsideWords + 1; k++)
        {
            if (document.TokenText(k) is ",")
            {
                return k;
            }
        }

        return null;
    }

    // the comma opening an aside that closes with the comma at token close ("Barry Callebaut, the world's largest chocolate
    // maker, said"), when the aside opens with a determiner or "which"/"who" a few words back; else null
    private static int? AsideOpening(AnalyzedDocument document, int close)
    {
        for (int k = close - 2; k > 0 && k >= close - MaxAsideWords - 1; k--)
        {
            if (document.TokenText(k) is ",")
            {
                return document.IsAny(k + 1, AsideOpeners) ? k : null;
            }
        }

        return null;
    }

    /// <summary>The most words of an aside between a speaker's name and its saying verb.</summary>
    private const int MaxAsideWords = 10;

    private static readonly WordSet AsideOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "an", "which", "who", "whose");

    // The subject-like mention when it is as recent as the sentence of the latest mention, else null.
    private static EntityMention? SameSentenceOrLater(AnalyzedDocument document, EntityMention? actor, EntityMention? any) =>
        actor is not null && any is not null && SentenceOf(document, actor) >= SentenceOf(document, any) ? actor : null;

    // "the New York Stock Exchange", "the Nasdaq"
    private static bool IsExchange(EntityRef entity) =>
        entity.Name.EndsWith(" Exchange", StringComparison.Ordinal) || entity.Name.StartsWith("Nasdaq", StringComparison.Ordinal);

    // who supplies the data a story quotes: "LSEG data", "according to FactSet estimates", "analysts polled by Reuters",
    // "surveyed by Refinitiv", a firm a figure is "according to" ("ahead of the $64.5 billion analysts had expected,
    // according to LSEG. ... , the company said" is the firm reporting)
    private static bool IsDataSource(AnalyzedDocument document, EntityMention m)
    {
        int last = MentionPlaces.TokenAt(document, m.Span.End - 1);
        int before = MentionPlaces.TokenAt(document, m.Span.Start) - 1;
        if (document.IsAny(last + 1, DataWords) || (document.Is(before, "by") && document.IsAny(before - 1, PolledWords))
            || (m.Entity.Type == EntityType.Org && document.Is(before, "to") && document.Is(before - 1, "according")))
        {
            return true;
        }

        // the whole group as one mention: "analysts polled by Reuters"
        for (int k = before + 2; k < last; k++)
        {
            if (document.Is(k, "by") && document.IsAny(k - 1, PolledWords))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet DataWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "data", "figures", "estimates", "survey", "poll", "calculations", "consensus", "compiled");

    private static readonly WordSet PolledWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "polled", "surveyed", "compiled", "tracked", "gathered");

    private static bool InParentheses(AnalyzedDocument document, EntityMention m) =>
        m.Span.Start > 0 && m.Span.End < document.Text.Length && document.Text[m.Span.Start - 1] == '(' && document.Text[m.Span.End] == ')';

    /// <summary>
    /// Whether the name is a public body's: "the Finance Ministry", and a head before its field ("U.S. Department of
    /// Justice", "Office for National Statistics").
    /// </summary>
    internal static bool IsPublicBody(EntityRef entity)
    {
        var words = entity.Name.Split(' ');
        if (words.Length > 1 && PublicBodyHeads.Contains(words[^1]))
        {
            return true;
        }

        for (int k = 1; k + 1 < words.Length; k++)
        {
            if (words[k] is "of" or "for" && PublicBodyHeads.Contains(words[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // "“It takes a while, but he's playing well,” Boudreau said": inside an open quotation of its sentence
    private static bool InQuotation(AnalyzedDocument document, int i)
    {
        int straight = 0;
        for (int t = i - 1; t >= 0 && document.Tokens[t].Sentence == document.Tokens[i].Sentence; t--)
        {
            switch (document.TokenText(t))
            {
                case "”":
                    return false;
                case "“":
                    return true;
                case "\"":
                    straight++;
                    break;
            }
        }

        return straight % 2 == 1;
    }

    // "300 Boeing 737 MAX jets", "its Airbus A320 fleet": a maker's name before a model number names the model
    private static bool NamesAModel(AnalyzedDocument document, EntityMention m)
    {
        int next = MentionPlaces.TokenAt(document, m.Span.End - 1) + 1;
        return m.Entity.Type == EntityType.Org && next < document.Tokens.Count && document.Tokens[next].Start == m.Span.End + 1
            && (document.Tokens[next].Kind == TokenKind.Number || (document.TokenText(next) is [>= 'A' and <= 'Z', .., >= '0' and <= '9'] && !Lexicon.Months.ContainsKey(document.TokenText(next))));
    }

    // "IT workers" is not "it"
    private static bool IsAllCaps(ReadOnlySpan<char> word) => word.Length > 1 && !word.ContainsAnyInRange('a', 'z');

    private static bool IsNamed(AnalyzedDocument document, int i) =>
        i < document.Tokens.Count && char.IsUpper(document.TokenText(i)[0]);

    private static int SentenceOf(AnalyzedDocument document, EntityMention mention)
    {
        int lo = 0, hi = document.Sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (document.Sentences[mid].Span.Start <= mention.Span.Start)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
