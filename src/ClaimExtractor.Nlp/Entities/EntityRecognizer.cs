using System.Collections.Frozen;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// Entity mentions: lexicon phrases first (longest match; countries, demonyms, capitals, organizations, assets,
/// user aliases), "North Korea-linked" style group words as demonyms, then runs of capitalized tokens that no
/// lexicon knows, typed by simple cues (Inc/Group/Bank → ORG; a title or known first name → PERSON).
/// </summary>
public sealed class EntityRecognizer : IDocumentProcess
{
    private static readonly WordSet LinkWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "linked", "related", "backed", "affiliated", "based", "sponsored", "aligned", "allied", "connected", "tied", "led");

    // lower-case particles inside names: "Festa del Lago", "Banco de Chile", "Ludwig van Beethoven"
    private static readonly WordSet NameLinks = WordSet.Create(StringComparer.Ordinal,
        "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "van", "von", "der", "den", "la", "le", "bin", "ibn", "bint");

    // the Arabic article glued by a hyphen to the name it opens: "Abdel Fattah el-Sisi", "Bashar al-Assad"
    private static readonly WordSet ArticlesGlued = WordSet.Create(StringComparer.Ordinal, "al", "el");

    // "the Office for Budget Responsibility", "the Institute for Fiscal Studies", "Centers for Disease Control": an
    // institution's name goes on through "for"
    private static readonly WordSet InstitutionHeads = WordSet.Create(StringComparer.Ordinal,
        "Office", "Centre", "Center", "Centers", "Centres", "Institute", "Commission", "Council", "Committee", "Department", "Ministry",
        "Secretary", "Agency", "Foundation", "Society", "Campaign", "Coalition", "Alliance", "Association", "Fund", "Trust", "Network",
        "Union", "Board", "School", "College", "Organisation", "Organization", "Partnership", "Federation", "Forum", "Bureau", "Service",
        "Authority", "Commissioner", "Doctors", "Citizens", "Americans", "Scientists", "Lawyers", "Families", "Parents");

    private static readonly WordSet OrgCues = WordSet.Create(StringComparer.Ordinal,
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.", "Company", "Ltd", "Ltd.", "LLC", "PLC", "plc", "Group", "Bank",
        "Exchange", "Ministry", "Agency", "Department", "Association", "University", "Council", "Commission", "Committee",
        "Party", "Fund", "Institute", "Foundation", "Authority", "Office", "Police", "Army", "Court", "Labs", "Capital",
        "Partners", "Holdings", "Platforms", "Airlines", "Airways", "Motors", "Securities", "Systems", "Technologies", "Services",
        "News", "Times", "Post", "Journal", "Network", "Bureau", "Service", "Board", "Union", "Federation", "Organization",
        "Organisation", "Alliance", "Forces", "Guard", "Navy", "Hospital", "School", "College", "Club", "Team", "Media", "Center", "Centre",
        "Administration");

    // what a company is called in an appositive ("the airport's largest carrier", "a Swedish carmaker")
    private static readonly WordSet TradeNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "company", "firm", "group", "carrier", "airline", "maker", "carmaker", "automaker", "manufacturer", "producer", "lender",
        "bank", "retailer", "insurer", "chain", "operator", "developer", "publisher", "broadcaster", "subsidiary", "startup", "conglomerate",
        "provider", "supplier", "distributor", "exchange", "platform", "brewer", "miner", "utility", "telecom", "giant");

    // capitalized common nouns and time zones: "its Estrada SUV" names the Estrada, "CEO Adam Neumann" names a person, not
    // a company, "at 9 a.m. EST" and "the CPU" name no one
    private static readonly WordSet CommonAcronyms = WordSet.Create(StringComparer.Ordinal,
        "SUV", "SUVs", "EV", "EVs", "TV", "TVs", "PC", "PCs", "CEO", "CEOs", "CFO", "COO", "CTO", "GDP", "IPO", "IPOs", "ATM", "ATMs", "HQ",
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
        // a computer's parts and a game's statistics: "the CPU", "average FPS", "two INTs and a PBU"
        "CPU", "CPUs", "GPU", "GPUs", "FPS", "RAM", "SSD", "SSDs", "HDD", "LED", "LEDs", "LCD", "OLED", "AI", "VR",
        "API", "APIs", "PDF", "URL", "DNA", "RNA", "MPH", "TD", "TDs", "INT", "INTs", "PBU", "PBUs", "TFL", "QB", "QBs", "CB", "CBs",
        "RB", "WR", "MVP", "RBI", "RBIs",
        // an economy's or a company's measures: "the core CPI rose 0.2%", "adjusted EBITDA of $2 billion"
        "CPI", "CPIH", "RPI", "PPI", "PCE", "PMI", "GNP", "EPS", "EBITDA", "EBIT", "ROE", "APR", "VAT",
        // an engine's or a panel's kind: "the same 5.0-liter V8 engine", "a 3 GW PV array"
        "V6", "V8", "V10", "V12", "PV",
        // a unit of cargo: "5.2 million TEUs"
        "TEU", "TEUs",
        // diseases: "Deaths from COVID fell", "COVID-19 dropped out of the top 10 causes of death"
        "COVID", "COVID-19", "HIV", "AIDS", "RSV", "SARS", "MERS", "TB");

    // who an office is named after, and what such an office is called ("the Manhattan District Attorney's Office")
    private static readonly WordSet OfficeHolders = WordSet.Create(StringComparer.Ordinal,
        "Commissioner", "Attorney", "Prosecutor", "Sheriff", "Governor", "Mayor", "Auditor", "Comptroller", "Controller", "Coroner",
        "Examiner", "President", "Chancellor", "Speaker", "Treasurer", "Marshal", "Clerk", "Assessor", "Ombudsman", "General",
        "Secretary", "Minister", "Inspector", "Director", "Defender");

    private static readonly WordSet CompassWords = WordSet.Create(StringComparer.Ordinal,
        "Northern", "Southern", "Eastern", "Western", "Central", "Northeastern", "Northwestern", "Southeastern", "Southwestern",
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest");

    private static readonly WordSet PlacePrepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "across", "throughout", "around", "near", "within", "into", "of", "inside", "outside");

    private static readonly WordSet OfficeHeads = WordSet.Create(StringComparer.Ordinal, "Office", "Department", "Bureau");

    internal static readonly WordSet PlaceCues = WordSet.Create(StringComparer.Ordinal,
        "City", "County", "Province", "State", "Region", "District", "River", "Mountains", "Island", "Islands", "Valley",
        "Lake", "Sea", "Ocean", "Bay", "Coast", "Peninsula", "Forest", "Park", "Canyon", "Desert", "Street");

    private readonly NlpModels models;

    /// <summary>Creates the recognizer over the loaded lexicons.</summary>
    public EntityRecognizer(NlpModels models) => this.models = models;

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public IReadOnlyList<string> Produces { get; } = ["entity"];

    /// <inheritdoc />
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var covered = new bool[document.Tokens.Count];
        var lookup = models.Entities.Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[Math.Min(models.Entities.MaxKeyLength, PhraseKeyPrefixes.MaxChars)];
        Span<int> ends = stackalloc int[Math.Min(models.Entities.MaxTokens, PhraseKeyPrefixes.MaxTokens)];
        var lowerCase = new LowerCaseWords(document);
        var politics = new PoliticalStory(document);
        HashSet<string>? landformNames = null;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (first, end) in QuotedTitles.In(document, sentence))
            {
                // "Dune: Part Two" is one name, unless the lexicon knows the phrase (the "Hermit Kingdom")
                var phrase = new PhraseKeyPrefixes(document, first, end, key, ends);
                if (phrase.Count < end - first || !lookup.ContainsKey(phrase.Key(end - first)))
                {
                    var span = Span(document, first, end);
                    document.AddMention(new EntityMention(span, new EntityRef(span.In(document.Text).ToString().Replace('’', '\''), EntityType.Other), MentionKind.Name));
                    Array.Fill(covered, true, first, end - first);
                }
            }

            bool titleCase = IsTitleCase(document, sentence);
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var first = document.TokenText(i);
                // a name starts with a capital, unless the lexicon lists it in lower case ("the euro zone", "the eurozone"), or it
                // is an asset written in lower case as a clause's subject ("Two years ago, bitcoin slumped to around $15,500")
                if (covered[i] || document.Tokens[i].Kind != TokenKind.Word)
                {
                    continue;
                }

                bool lowerAsset = char.IsLower(first[0]) && models.Entities.LowerCaseAssets.Contains(first) && (SubjectBeforeVerb(document, sentence, i) || Priced(document, sentence, i));
                if (!(char.IsUpper(first[0]) || models.Entities.LowerCaseHeads.Contains(first) || lowerAsset))
                {
                    continue;
                }

                int matchEnd = -1;
                EntityEntry? match = null;
                var keys = new PhraseKeyPrefixes(document, i, sentence.EndToken, key, ends);
                for (int n = 1; n <= keys.Count; n++)
                {
                    if (lookup.TryGetValue(keys.Key(n), out var entry) && (!entry.ExactCase || IsExactCase(document, i, i + n, entry)))
                    {
                        match = entry;
                        matchEnd = i + n;
                    }
                }

                // "the mid-Atlantic", "trans-Pacific": a region's or a route's adjective, not the ocean; "Toronto-Dominion Bank":
                // a place hyphened to a firm's name opens that name
                if (IsPrefixed(document, i) || (match is { Entity.Type: EntityType.Gpe or EntityType.Loc } && HyphenedToName(document, sentence, matchEnd)))
                {
                    continue;
                }

                // "Michael Dell", "Henry Ford", "Michael Jordan": a company's or a place's one-word name after a first name is a
                // person's surname ("against the euro": an asset in lower case that also heads a longer name, "the euro
                // zone", is a name only as a clause's subject; "Euro 2020" names a tournament)
                // ("chief executives of S&P 500 companies", "bitcoin miners": an asset naming a group of firms or people is no
                // asset the figure prices)
                if (match is null || (lowerAsset && !match.IsAsset) || (match.IsAsset && (char.IsLower(first[0]) ? !lowerAsset : NumberAfter(document, sentence, matchEnd)))
                    || (match.IsAsset && matchEnd < sentence.EndToken && document.IsAny(matchEnd, AssetGroups))
                    || (match.IsAsset && PrecededByUnknownName(document, sentence, i, covered)) || (match.PoliticalOnly && (!politics.NamesParty(matchEnd) || EndsLongerName(document, sentence, i, covered)))
                    || (matchEnd == i + 1 && match.Entity.Type is EntityType.Org or EntityType.Gpe && match.Kind == MentionKind.Name && i > sentence.FirstToken && models.Entities.FirstNames.Contains(document.TokenText(i - 1)))
                    || (match.Entity.Type is EntityType.Gpe or EntityType.Loc && match.Kind == MentionKind.Name && NamesAnAccordOrTitle(document, matchEnd, sentence.EndToken))
                    || (match.Entity.Type == EntityType.Org && matchEnd - i > 1 && EndsLongerName(document, sentence, i, covered))
                    || (match.Entity.Type is EntityType.Gpe or EntityType.Loc && match.Kind == MentionKind.Name && i - 1 > sentence.FirstToken
                        && (!document.IsAny(i - 1, CompassWords) || InNameThroughOf(document, i - 1)) && EndsLongerName(document, sentence, i, covered)))
                {
                    continue;
                }

                var kind = match.Kind;
                int end = matchEnd;
                // "Meta Platforms", "Microsoft Corp": a known company's name goes on through a corporate word
                while (match.Entity.Type == EntityType.Org && kind == MentionKind.Name && end < sentence.EndToken && document.IsAny(end, OrgCues)
                    && document.Tokens[end - 1].End + 1 == document.Tokens[end].Start)
                {
                    end++;
                }

                // "Nintendo Switch Lite", "UEFA Champions League": a company's name before one or two words the story never
                // writes in lower case is a product's or an event's name, found whole as an unknown name ("Tesla Shares Jump"
                // in a title-case headline, "Apple CEO Tim Cook", "NASA Administrator Jim Bridenstine" keep the company)
                // a place's name opens one as a company's does ("Texas Roadhouse", "New York Islanders", "the US Embassy"),
                // unless written in capitals ("FRANCE WINS")
                if ((match.Entity.Type == EntityType.Org || (match.Entity.Type is EntityType.Gpe or EntityType.Loc && (first.ContainsAnyInRange('a', 'z') || end >= sentence.EndToken || document.TokenText(end).ContainsAnyInRange('a', 'z'))))
                    && kind == MentionKind.Name && !titleCase && OpensLongerName(document, sentence, end, lowerCase, lookup, key, ends))
                {
                    continue;
                }

                // "North Korea-linked groups", "Russia-backed hackers": the country's people, not the country.
                if (end + 1 < sentence.EndToken && document.TokenText(end) is "-" or "‐" && document.IsAny(end + 1, LinkWords))
                {
                    end += 2;
                    kind = MentionKind.Demonym;
                }

                var entity = match.City is { } city && CapitalSense.IsCity(document, i, end) ? city : match.Entity;
                // "Brazil's Amazon rainforest", "the Amazon basin": a company's name before a word for a landform names the place,
                // there and wherever the story writes the name alone ("Amazon deforestation falls")
                if (entity.Type == EntityType.Org && kind == MentionKind.Name && (document.IsAny(end, Landforms) || (end == i + 1 && (landformNames ??= LandformNames(document)).Contains(first.ToString()))))
                {
                    entity = new EntityRef(entity.Name, EntityType.Loc);
                }

                document.AddMention(new EntityMention(Span(document, i, end), entity, kind));
                Array.Fill(covered, true, i, end - i);
                i = end - 1;
            }

            FindUnknownNames(document, sentence, covered, lowerCase, titleCase);
        }

        // the clubs named in full, read once: a lone "City" opening a sentence or inside one is the one so named
        var clubs = ClubNames.ByShortWord(document);
        AddSentenceOpeningNames(document, covered, clubs, RepeatedOpener(document));
        Surnames.Link(document, entity => Surname(document, entity));
        CompanyCues.Type(document);
        Tickers.Link(document);
        ClubNames.Link(document, clubs);
    }

    // "Peoples Democratic Party", "Free Democratic Party": an organization's name of several words right after a
    // capitalized word of no other name is the end of a longer name, found whole as an unknown one; so is a place's
    // inside a sentence ("the Sierra Nevada", "Air India", "Greater Manchester"; not a compass word's "Northern
    // California", nor a sentence's opening adjective, "Neighboring New Mexico")
    private bool EndsLongerName(AnalyzedDocument document, Sentence sentence, int i, bool[] covered) =>
        i > sentence.FirstToken && !covered[i - 1] && document.Tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(document.TokenText(i - 1)[0])
        && document.Tokens[i - 1].End + 1 == document.Tokens[i].Start && !document.IsAny(i - 1, Lexicon.FunctionWords)
        && !models.Entities.Titles.Contains(document.TokenText(i - 1));

    /// <summary>The most words a company's product or event name adds to it ("Switch Lite", "Champions League").</summary>
    private const int MaxProductWords = 2;

    /// <summary>The fewest long words a title-case headline holds ("Nintendo Switch Lite for $200" is a product's line).</summary>
    private const int MinTitleWords = 4;

    // "Google Bets Big on Cloud Gaming": a headline (no full stop) whose words are capitalized tells nothing by its capitals
    private static bool IsTitleCase(AnalyzedDocument document, Sentence sentence)
    {
        int words = 0, capitalized = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Word && document.TokenText(t).Length > 3)
            {
                words++;
                capitalized += char.IsUpper(document.TokenText(t)[0]) ? 1 : 0;
            }
        }

        return words >= MinTitleWords && capitalized * 4 >= words * 3 && document.TokenText(sentence.EndToken - 1) is not ("." or "!" or "?");
    }

    // whether the one or two capitalized words from token next on, up to a word in lower case, go on a name: the story
    // never writes them in lower case, and none is a title, a first name, a short all-capital code ("Nissan PH"), a
    // weekday, a month or a name the lexicon knows, and the last is no possessive
    private bool OpensLongerName(AnalyzedDocument document, Sentence sentence, int next, LowerCaseWords lowerCase,
        FrozenDictionary<string, EntityEntry>.AlternateLookup<ReadOnlySpan<char>> lookup, Span<char> key, Span<int> ends)
    {
        int j = next;
        for (; j < sentence.EndToken && document.Tokens[j].Kind == TokenKind.Word && char.IsUpper(document.TokenText(j)[0])
            && document.Tokens[j - 1].End + 1 == document.Tokens[j].Start; j++)
        {
            var word = document.TokenText(j);
            var single = new PhraseKeyPrefixes(document, j, j + 1, key, ends);
            if (j - next == MaxProductWords || lowerCase.Written(j, j + 1) || (word.Length <= 3 && !word.ContainsAnyInRange('a', 'z'))
                || models.Entities.Titles.Contains(word) || models.Entities.FirstNames.Contains(word) || TitleWords(document, j, sentence.EndToken) > 0
                || Lexicon.CapitalizedFunctionWords.Contains(word) || Lexicon.Months.ContainsKey(word) || Lexicon.Days.Contains(word)
                || (single.Count == 1 && lookup.ContainsKey(single.Key(1))))
            {
                return false;
            }
        }

        // "Stadia Founder's Edition": a possessive goes on to a longer phrase
        return j > next && document.TokenText(j) is not ("'s" or "’s");
    }

    // "the Paris Agreement", "the Kyoto Protocol", "the Beijing Olympics", "the Washington Post", "the Los Angeles County
    // Sheriff's Department", "the Colorado River": a place's name opening the name of an accord, an event, a paper, a
    // county's body or a river is part of that name, not the place (the run is found as an unknown name)
    private static bool NamesAnAccordOrTitle(AnalyzedDocument document, int next, int end) =>
        next < end && document.Tokens[next].Kind == TokenKind.Word && document.IsAny(next, AccordNouns) && char.IsUpper(document.TokenText(next)[0]);

    private static readonly WordSet AccordNouns = WordSet.Create(StringComparer.Ordinal,
        "Agreement", "Agreements", "Accord", "Accords", "Treaty", "Protocol", "Convention", "Conventions", "Declaration", "Charter", "Pact",
        "Compact", "Consensus", "Club", "Summit", "Olympics", "Games", "Post", "Times", "Herald", "Tribune", "Gazette", "Journal", "Daily",
        "County", "Parish", "Borough", "Airport", "Police", "Marathon", "Zoo",
        // a river, a sea or a range a place names ("the Colorado River", "the South China Sea"), even in a story that
        // speaks of "the river"
        "River", "Valley", "Basin", "Bay", "Canyon", "Gulf", "Sea", "Strait", "Peninsula", "Mountains", "Desert", "Dam", "Reservoir", "Creek");

    // the capitalized words the document writes right before a landform ("Amazon" of "the Amazon rainforest")
    private static HashSet<string> LandformNames(AnalyzedDocument document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int t = 1; t < document.Tokens.Count; t++)
        {
            if (document.IsAny(t, Landforms) && document.Tokens[t - 1].Kind == TokenKind.Word && document.TokenText(t - 1) is { Length: > 0 } name && char.IsUpper(name[0]))
            {
                names.Add(name.ToString());
            }
        }

        return names;
    }

    internal static readonly WordSet Landforms = WordSet.Create(StringComparer.Ordinal,
        "rainforest", "rainforests", "jungle", "basin", "river", "delta", "estuary", "savanna", "savannah", "biome");

    // "Halvorsen, with annual revenue of $9.8 billion, said ...": a lone capitalized word opening a sentence is a name
    // when the document names it elsewhere ("Halvorsen Foods", "shares of Halvorsen"); a person's surname is that person
    // ("Salah has now scored 28 goals" after "Mohamed Salah")
    private static void AddSentenceOpeningNames(AnalyzedDocument document, bool[] covered, IReadOnlyDictionary<string, EntityRef> clubs, string? opener)
    {
        var known = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        var named = new HashSet<EntityRef>();
        foreach (var m in document.Mentions)
        {
            if (m.Kind == MentionKind.Name && m.Entity.Type is EntityType.Person or EntityType.Other && named.Add(m.Entity)
                && Surname(document, m.Entity) is { } surname)
            {
                surnames.TryAdd(surname, m.Entity);
            }

            if (m.Kind != MentionKind.Name || m.Entity.Type is EntityType.Person or EntityType.Gpe)
            {
                continue;
            }

            // a longer name's first word counts when the document never writes it in lower case ("Halvorsen" of "Halvorsen
            // Foods", not "New" of "New Jersey")
            int space = m.Entity.Name.IndexOf(' ', StringComparison.Ordinal);
            string head = space < 0 ? m.Entity.Name : m.Entity.Name[..space];
            if (space < 0)
            {
                known[head] = m.Entity;
            }
            else if (!known.ContainsKey(head) && !WrittenInLowerCase(document, head))
            {
                known[head] = new EntityRef(head, m.Entity.Type);
            }
        }

        foreach (var (surname, person) in surnames)
        {
            known.TryAdd(surname, person);
        }

        // "City, who have now won 13 home matches" after "Manchester City"
        foreach (var (word, club) in clubs)
        {
            known.TryAdd(word, club);
        }

        if (opener is not null)
        {
            known.TryAdd(opener, new EntityRef(opener, EntityType.Other));
        }

        foreach (var sentence in document.Sentences)
        {
            AddOpeningName(document, sentence, sentence.FirstToken, known, covered);
            if (Dateline.FirstToken(document, sentence) is var first && first > sentence.FirstToken)
            {
                AddOpeningName(document, sentence, first, known, covered);
            }
        }
    }

    // "Heathrow hits record 83.9 million passengers" and "Heathrow handled a record 83.9 million passengers in 2024": a
    // capitalized word opening the headline and another sentence of the story is the name the story is about, unless the
    // document writes it in lower case, it is a plural, a month or a day, people in general or a measure's word
    // ("Inflation rose ...", "Turnout was ..."); null when there is none
    private string? RepeatedOpener(AnalyzedDocument document)
    {
        if (document.Sentences.Count < 2 || OpeningWord(document, document.Sentences[0]) is not { } word || word.Length < 4 || word[^1] == 's'
            || !char.IsLower(word[1]) || Lexicon.CapitalizedFunctionWords.Contains(word) || Lexicon.Months.ContainsKey(word) || Lexicon.Days.Contains(word)
            || Speakers.Contains(word) || models.Metrics.LongestFrom(word.ToLowerInvariant()) > 0 || models.Metrics.GenericNouns.Contains(word.ToLowerInvariant())
            || WrittenInLowerCase(document, word))
        {
            return null;
        }

        for (int k = 1; k < document.Sentences.Count; k++)
        {
            // ("Global smartphone shipments grew": a verb, not a noun, follows a name)
            if (OpeningWord(document, document.Sentences[k]) == word && VerbAfterOpening(document, document.Sentences[k]))
            {
                return word;
            }
        }

        return null;
    }

    // the first word of the sentence, after its dateline
    private static string? OpeningWord(AnalyzedDocument document, Sentence sentence)
    {
        int first = Dateline.FirstToken(document, sentence);
        return first < sentence.EndToken && document.Tokens[first].Kind == TokenKind.Word ? document.TokenText(first).ToString() : null;
    }

    // a verb in the past, a verb of saying, an auxiliary or a possessive right after the sentence's opening word
    private static bool VerbAfterOpening(AnalyzedDocument document, Sentence sentence)
    {
        int next = Dateline.FirstToken(document, sentence) + 1;
        return next < sentence.EndToken && (document.IsAny(next, Lexicon.SayingVerbs) || document.IsAny(next, Lexicon.IrregularPast) || document.IsAny(next, OpeningVerbs)
            || (document.TokenText(next) is { Length: > 3 } w && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal)));
    }

    private static readonly WordSet OpeningVerbs = WordSet.Create(StringComparer.Ordinal,
        "has", "had", "is", "was", "will", "would", "could", "can", "'s", "’s");

    // the lone capitalized word at i, opening the sentence or its story after the dateline, when it is a name
    private static void AddOpeningName(AnalyzedDocument document, Sentence sentence, int i, Dictionary<string, EntityRef> known, bool[] covered)
    {
        if (i >= sentence.EndToken || covered[i] || document.Tokens[i].Kind != TokenKind.Word || Lexicon.CapitalizedFunctionWords.Contains(document.TokenText(i))
            || (i + 1 < sentence.EndToken && covered[i + 1] == false && document.Tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(document.TokenText(i + 1)[0]))
            || (!known.TryGetValue(document.TokenText(i).ToString(), out var entity)
                && (entity = DescribedCompany(document, sentence, i) ?? FocusedName(document, i) ?? SpeakerName(document, sentence, i)) is null))
        {
            return;
        }

        // "Gun violence declined" beside "the Gun Violence Archive": the name's own next word in lower case after it makes
        // the words a common noun's
        if (i + 1 < sentence.EndToken && document.TokenText(i + 1) is { Length: > 0 } next && char.IsLower(next[0]) && NamesGoOnWith(document, document.TokenText(i), next))
        {
            return;
        }

        document.AddMention(new EntityMention(Span(document, i, i + 1), entity, MentionKind.Name));
        covered[i] = true;
    }

    // whether a name the document gives opens with the two words ("Gun" "violence" of "the Gun Violence Archive")
    private static bool NamesGoOnWith(AnalyzedDocument document, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        foreach (var m in document.Mentions)
        {
            var name = m.Entity.Name.AsSpan();
            if (name.Length > first.Length + second.Length + 1 && name.StartsWith(first, StringComparison.Ordinal) && name[first.Length] == ' '
                && name[(first.Length + 1)..].StartsWith(second, StringComparison.OrdinalIgnoreCase) && (name.Length == first.Length + 1 + second.Length || name[first.Length + 1 + second.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    // the last word of a person's two- or three-word name ("Mohamed Salah", "Arne Slot"; an unknown name counts when
    // every word is a plain capitalized word and the last is never written in lower case), or null
    private static string? Surname(AnalyzedDocument document, EntityRef entity)
    {
        var words = entity.Name.Split(' ');
        if (words.Length is < 2 or > 3 || entity.Type is not (EntityType.Person or EntityType.Other)
            || !words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower)))
        {
            return null;
        }

        string last = words[^1];
        return entity.Type == EntityType.Person || (!WrittenInLowerCase(document, last) && !AccordNouns.Contains(last)) ? last : null;
    }

    // "Brisvale alone cut 300 jobs", "Tarnwick itself reported ...": a lone opening word that a focusing word singles out is
    // a name when the document never writes it in lower case ("Tourism alone brought ..." after "tourism" is a noun); a
    // plural is a noun ("Exports alone rose", "Sales itself"), and "also" or "too" follow any subject ("Prices also rose");
    // a month or a day is a time ("December alone saw 6.4 million travellers")
    private static EntityRef? FocusedName(AnalyzedDocument document, int i) =>
        document.IsAny(i + 1, FocusWords) && document.Tokens[i].Kind == TokenKind.Word && document.TokenText(i) is { Length: > 2 } word && word[^1] != 's'
        && !WrittenInLowerCase(document, word.ToString()) && !Lexicon.Months.ContainsKey(word) && !Lexicon.Days.Contains(word)
            ? new EntityRef(document.TokenText(i).ToString(), EntityType.Other)
            : null;

    // "Ryanair said passenger numbers rose 10%", "Halvorsen told investors ...": a lone opening word that a verb of saying
    // follows is the speaker's name, unless the document writes it in lower case or it names people in general ("Police
    // said", "Analysts said", "Officials told")
    private static EntityRef? SpeakerName(AnalyzedDocument document, Sentence sentence, int i)
    {
        if (i + 1 >= sentence.EndToken || !document.IsAny(i + 1, Lexicon.SayingVerbs) || document.TokenText(i) is not { Length: > 2 } word
            || !char.IsLower(word[1]) || document.IsAny(i, Speakers) || Lexicon.Months.ContainsKey(word) || Lexicon.Days.Contains(word)
            || WrittenInLowerCase(document, word.ToString()) || IsPeoplePlural(document, word))
        {
            return null;
        }

        return new EntityRef(word.ToString(), EntityType.Other);
    }

    // "Economists", "Researchers", "Officials", "Doctors": a plural of people by trade, or a plural whose singular the
    // document writes ("Analysts said" beside "one analyst")
    private static bool IsPeoplePlural(AnalyzedDocument document, ReadOnlySpan<char> word)
    {
        if (word[^1] != 's' || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var ending in PeopleEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return WrittenInLowerCase(document, word[..^1].ToString());
    }

    private static readonly string[] PeopleEndings = ["ists", "ians", "ers", "ors", "ants", "ents", "ives", "ials", "ies", "ics", "ees", "ates"];

    // words for people in general that open "X said" and are no one's name
    private static readonly WordSet Speakers = WordSet.Create(StringComparer.Ordinal,
        "Police", "People", "Others", "Staff", "Management", "Everyone", "Everybody", "Nobody", "Someone", "Somebody", "Anyone",
        "Spokesman", "Spokeswoman", "Spokesperson", "Government", "Sources", "Witnesses", "Residents", "Critics", "Polls", "Data",
        "Research", "Reports", "Statistics", "Surveys", "Studies", "Estimates", "Records", "Documents", "Filings", "Family", "Friends",
        "Relatives", "Locals", "Fans", "Both", "Neither", "Each", "Few", "Authorities", "Officials", "Scientists", "Experts",
        "Analysts", "Economists", "Doctors", "Nurses", "Parents", "Students", "Teachers", "Lawmakers", "Legislators", "Prosecutors",
        "Investigators", "Officers", "Troops", "Soldiers", "Rescuers", "Firefighters", "Organisers", "Organizers",
        "Mom", "Dad", "Mum", "Dr", "Mr", "Mrs", "Ms", "Sir", "Lord", "Lady");

    private static readonly WordSet FocusWords = WordSet.Create(StringComparer.Ordinal, "alone", "itself");

    // "Nordair, the airport's largest carrier, accounted for ...": a lone opening word that an appositive describes as
    // a company (its last word a trade noun) is that company's name
    private static EntityRef? DescribedCompany(AnalyzedDocument document, Sentence sentence, int i) =>
        TradeInApposition(document, sentence, i + 1) ? new EntityRef(document.TokenText(i).ToString(), EntityType.Org) : null;

    // ", the Ohio-based hospital operator, said": an appositive opening at the comma at token comma whose last word is a
    // trade noun, before the clause goes on in lower case
    private static bool TradeInApposition(AnalyzedDocument document, Sentence sentence, int comma)
    {
        if (!document.Is(comma, ",") || !(document.Is(comma + 1, "the") || document.Is(comma + 1, "a") || document.Is(comma + 1, "an")))
        {
            return false;
        }

        for (int j = comma + 2; j < Math.Min(sentence.EndToken - 1, comma + 9); j++)
        {
            if (document.Is(j, ","))
            {
                return document.IsAny(j - 1, TradeNouns) && document.Tokens[j + 1].Kind == TokenKind.Word && char.IsLower(document.TokenText(j + 1)[0]);
            }
        }

        return false;
    }

    private static bool IsExactCase(AnalyzedDocument document, int first, int end, EntityEntry entry)
    {
        var text = document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[end - 1].End - document.Tokens[first].Start);
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return entry.ExactCase;
    }

    private static bool PrecededByUnknownName(AnalyzedDocument document, Sentence sentence, int i, bool[] covered) =>
        i - 1 > sentence.FirstToken && !covered[i - 1] && document.Tokens[i - 1].Kind == TokenKind.Word
        && char.IsUpper(document.TokenText(i - 1)[0]) && document.Tokens[i - 1].End + 1 >= document.Tokens[i].Start;

    // "the Office for Budget Responsibility", "the Department of Veterans Affairs": an institution's head before its field
    // (a holder's title is no institution: "Secretary of State")
    private static bool IsInstitutionOf(AnalyzedDocument document, int start, int end) =>
        end - start > 2 && InstitutionHeads.Contains(document.TokenText(start)) && document.TokenText(start) is not ("Secretary" or "Commissioner")
        && (document.Is(start + 1, "for") || document.Is(start + 1, "of"));

    // "the Department of Housing and Urban Development", "the Institute for Energy and Environmental Research": an
    // institution's field goes on through "and"; elsewhere "and" joins two names ("Apple and Google")
    private static bool NamesAnInstitutionsField(AnalyzedDocument document, int start, int end)
    {
        for (int k = start + 1; k < end; k++)
        {
            if ((document.Is(k, "of") || document.Is(k, "for")) && document.IsAny(k - 1, InstitutionHeads))
            {
                return true;
            }
        }

        return false;
    }

    // "National Aeronautics and Space Administration", "Food and Drug Administration": the name after "and" goes on to an
    // institution's head, so both sides are one body's name
    private bool HeadedInstitutionAfter(AnalyzedDocument document, Sentence sentence, int from, bool[] covered)
    {
        for (int k = from; k < Math.Min(sentence.EndToken, from + MaxWordsToHead) && IsNameToken(document, k, covered); k++)
        {
            if (document.IsAny(k, InstitutionHeads) || document.Is(k, "Administration"))
            {
                return true;
            }
        }

        return false;
    }

    // the most words from "and" to the institution's head ("Space Administration", "Human Services Department")
    private const int MaxWordsToHead = 3;

    private void FindUnknownNames(AnalyzedDocument document, Sentence sentence, bool[] covered, LowerCaseWords lowerCase, bool titleCase)
    {
        int i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            if (!IsNameToken(document, i, covered))
            {
                i++;
                continue;
            }

            int start = i;
            int end = i + 1;
            bool swallowsPlace = false;
            while (end < sentence.EndToken)
            {
                if (IsNameToken(document, end, covered))
                {
                    end++;
                }
                else if (end + 1 < sentence.EndToken && (document.Is(end, "of") || document.Is(end, "and") || document.Is(end, "&") || document.IsAny(end, NameLinks)
                    || (document.Is(end, "for") && document.IsAny(end - 1, InstitutionHeads)))
                    && IsNameToken(document, end + 1, covered) && (!document.Is(end, "and") || NamesAnInstitutionsField(document, start, end) || HeadedInstitutionAfter(document, sentence, end + 1, covered)))
                {
                    end += 2;
                }
                else if (end + 2 < sentence.EndToken && document.IsAny(end, ArticlesGlued) && IsGluedHyphen(document, end + 1)
                    && IsNameToken(document, end + 2, covered))
                {
                    end += 3;
                }
                else if (end + 1 < sentence.EndToken && document.TokenText(end) is "'s" or "’s" && document.IsAny(end - 1, OfficeHolders)
                    && document.IsAny(end + 1, OfficeHeads) && IsNameToken(document, end + 1, covered))
                {
                    // "the Information Commissioner's Office", "the Los Angeles County Sheriff's Department": an office
                    // named after its holder is one name
                    end += 2;
                }
                else if (document.Is(end, "of") && document.IsAny(end - 1, PlaceOwnedHeads) && PlaceNameEnd(document, sentence, end + 1, covered) is var placeEnd && placeEnd > end + 1)
                {
                    // "the University of Florida's International Shark Attack File", "the Museum of London": a body named
                    // after its place is one name, not the word "University" and a place
                    end = placeEnd;
                    swallowsPlace = true;
                }
                else if (IsModelSuffix(document, end, sentence, covered))
                {
                    // "Aurora-3", "Vega-C", "Falcon-9": a model's number or letter is part of its name
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            // "My Friend Became a Grocery Store", "You're Broke", "Updated: Nov 18": a run a personal pronoun opens is a
            // headline in title case, and a lone participle before a colon is a page's label, not a name
            if (document.IsAny(start, PronounOpeners) || IsLabel(document, start, end) || NamesADay(document, end))
            {
                i = end;
                continue;
            }

            // "a wildfire in Northern California", "in West Texas": a compass word before a place the lexicon names,
            // after a preposition of place, is a part of that place, no name of its own; elsewhere the two open a name of
            // their own, a university's or its team's ("Eastern Michigan routs Northern Illinois"), or a town's that its
            // state follows ("in East Palestine, Ohio")
            if (end - start == 1 && document.IsAny(start, CompassWords) && end < sentence.EndToken && covered[end])
            {
                if ((!document.IsAny(start - 1, PlacePrepositions) || TownOfState(document, end)) && document.Mentions.LastOrDefault(m => m.Span.Start == document.Tokens[end].Start) is { Entity.Type: EntityType.Gpe or EntityType.Loc, Kind: MentionKind.Name } place)
                {
                    var span = new TextSpan(document.Tokens[start].Start, place.Span.End);
                    document.ReplaceMentionsWithin(new EntityMention(span, new EntityRef(span.In(document.Text).ToString(), EntityType.Other), MentionKind.Name));
                    covered[start] = true;
                }

                i = end;
                continue;
            }

            // "Half-Life", "Coca-Cola": a name glued by a hyphen to a capitalized word before it starts there
            while (start - 2 >= sentence.FirstToken && IsGluedHyphen(document, start - 1) && !covered[start - 2]
                && document.Tokens[start - 2].Kind == TokenKind.Word && char.IsUpper(document.TokenText(start - 2)[0]))
            {
                start -= 2;
            }

            // A sentence-opening function word is not part of a name ("The Chainalysis report").
            while (start < end && Lexicon.CapitalizedFunctionWords.Contains(document.TokenText(start)))
            {
                start++;
            }

            // "Shares of Acme Holdings": a sentence-opening word joined by "of" is a common noun, not part of the name
            // (unless it is itself a name head: "Bank of America", "Department of Energy"); "&" joins a name's words ("Marks &
            // Spencer said")
            if (start == sentence.FirstToken && end - start > 2 && document.Is(start + 1, "of")
                && !OrgCues.Contains(document.TokenText(start)))
            {
                start += 2;
            }

            // "Home Depot Stock Is Falling After Its Earnings Release", "Why You Shouldn't Worry": a run with a capitalized
            // function word after its first word is a headline in title case, not a name
            if (HasInnerFunctionWord(document, i, end))
            {
                i = end;
                continue;
            }

            // "USB-C", "87 W": a lone capital letter is a suffix or a unit, not a name; nor are letters joined by hyphens
            // ("R-W.Va.", a lawmaker's party and state)
            bool letter = OnlyLetters(document, start, end);
            bool sentenceInitialSingle = OpensSentence(document, sentence, start) && end - start == 1
                && !models.Entities.FirstNames.Contains(document.TokenText(start))
                && !OpensStatLine(document, sentence, start) && !NamesAPlace(document, start);
            if (start < end && !sentenceInitialSingle && !letter && !IsPrefixed(document, start) && !IsHoliday(document, start, end) && !IsModelDesignation(document, sentence, start)
                && !IsTitleOnly(document, start, end) && !IsNumberedStep(document, start, end))
            {
                if (AddUnknown(document, sentence, start, end, lowerCase, titleCase, swallowsPlace))
                {
                    Array.Fill(covered, true, start, end - start);
                }
            }

            i = end;
        }
    }

    // "Boeing 737 MAX 10 jets", "Windows 11 Pro": words after a name's model number are part of the model, not a name
    // ("in May 2023 Halvorsen bought" and "The 2021 RAV4 Prime" keep their names)
    private static bool IsModelDesignation(AnalyzedDocument document, Sentence sentence, int start) =>
        start - 2 >= sentence.FirstToken && document.Tokens[start - 1].Kind == TokenKind.Number && document.Tokens[start - 2].Kind == TokenKind.Word
        && char.IsUpper(document.TokenText(start - 2)[0]) && !Lexicon.Months.ContainsKey(document.TokenText(start - 2))
        && !Lexicon.CapitalizedFunctionWords.Contains(document.TokenText(start - 2));

    // "rose 8% over Easter", "during Christmas week": a holiday is a time, not a name
    private bool IsHoliday(AnalyzedDocument document, int start, int end) =>
        models.Holidays.Match(document, start, end, out int after) is not null && after == end;

    private static readonly WordSet PronounOpeners = WordSet.Create(StringComparer.Ordinal,
        "My", "Your", "You", "You're", "You’re", "Our", "We", "We're", "We’re", "I", "I'm", "I’m", "Their", "They", "They're", "They’re");

    // "Black Friday", "Cyber Monday", "Super Tuesday": a run ending in one of these words just before a weekday names the
    // day ("Boeing Wednesday reported ..." keeps Boeing)
    private static bool NamesADay(AnalyzedDocument document, int end) =>
        Lexicon.Days.Contains(document.TokenText(end)) && document.Tokens[end - 1].End + 1 == document.Tokens[end].Start
        && document.IsAny(end - 1, DayNamePrefixes);

    private static readonly WordSet DayNamePrefixes = WordSet.Create(StringComparer.Ordinal,
        "Black", "Cyber", "Super", "Giving", "Good", "Ash", "Easter", "Holy", "Palm", "Fat", "Blue", "Boxing", "Maundy", "Business", "Travel");

    private static bool IsGluedHyphen(AnalyzedDocument document, int i) =>
        document.TokenText(i) is "-" or "‐" && document.Tokens[i - 1].End == document.Tokens[i].Start && document.Tokens[i].End == document.Tokens[i + 1].Start;

    private static bool IsLabel(AnalyzedDocument document, int start, int end) =>
        end - start == 1 && document.TokenText(end) is ":" && document.TokenText(start) is { Length: > 4 } word
        && word.EndsWith("ed", StringComparison.Ordinal);

    // "Going upstairs was ...", "(Reading the list ...": only punctuation before it opens the sentence, as does a dateline
    // ("OTTAWA — Wildfires have ..."), and so does a colon before a verb's -ing form ("Christopher D. Battin: Dealing in
    // cocaine"); a name after a colon stays one ("Palm Bay (1-0): Tolivert 25 points")
    private static bool OpensSentence(AnalyzedDocument document, Sentence sentence, int start)
    {
        if (document.TokenText(start - 1) is ":" && start - 1 > sentence.FirstToken && document.TokenText(start).EndsWith("ing", StringComparison.Ordinal))
        {
            return true;
        }

        int first = Dateline.FirstToken(document, sentence);
        for (int t = start >= first ? first : sentence.FirstToken; t < start; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Punct)
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyLetters(AnalyzedDocument document, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Word && document.TokenText(t).Length > 1)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasInnerFunctionWord(AnalyzedDocument document, int start, int end)
    {
        for (int t = start + 1; t < end; t++)
        {
            if (char.IsUpper(document.TokenText(t)[0]) && document.IsAny(t, Lexicon.FunctionWords))
            {
                return true;
            }
        }

        return false;
    }

    // a hyphen right after token end - 1, then capitalized words that end in an organization's word ("-Dominion Bank")
    private static bool HyphenedToName(AnalyzedDocument document, Sentence sentence, int end)
    {
        if (end + 1 >= sentence.EndToken || !document.Is(end, "-") || !Glued(document, end - 1, end) || !Glued(document, end, end + 1))
        {
            return false;
        }

        for (int j = end + 1; j < Math.Min(sentence.EndToken, end + 4) && document.Tokens[j].Kind == TokenKind.Word && char.IsUpper(document.TokenText(j)[0]); j++)
        {
            if (j > end + 1 && OrgCues.Contains(document.TokenText(j)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrefixed(AnalyzedDocument document, int i) =>
        i >= 2 && document.Is(i - 1, "-") && Glued(document, i - 2, i - 1) && Glued(document, i - 1, i) && document.IsAny(i - 2, RegionPrefixes);

    // tokens left and right written with nothing between them
    private static bool Glued(AnalyzedDocument document, int left, int right) => document.Tokens[left].End == document.Tokens[right].Start;

    private static readonly WordSet RegionPrefixes = WordSet.Create(StringComparer.OrdinalIgnoreCase, "mid", "trans");

    private static readonly WordSet AssetGroups = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "companies", "company", "firms", "firm", "businesses", "executives", "members", "constituents", "components", "miners", "investors",
        "traders", "holders", "funds", "producers", "exporters", "importers", "farmers", "growers", "ceo", "ceos", "bosses");

    private static bool NumberAfter(AnalyzedDocument document, Sentence sentence, int i) =>
        i < sentence.EndToken && document.Tokens[i].Kind == TokenKind.Number && document.Tokens[i - 1].End + 1 == document.Tokens[i].Start;

    // a lower-case word opening a clause (the sentence's start, or after a comma or a conjunction, "the" before it) before
    // its verb (an auxiliary, a rise or a fall, or a past tense): where a lower-case asset is a subject, not a unit ("paid
    // in bitcoin")
    private static bool SubjectBeforeVerb(AnalyzedDocument document, Sentence sentence, int i, int next = -1)
    {
        // ("cocoa futures rose": the verb after the noun the asset names)
        next = next < 0 ? i + 1 : next;
        int opening = document.Is(i - 1, "the") ? i - 1 : i;
        if (next >= sentence.EndToken || !(opening == sentence.FirstToken || document.TokenText(opening - 1) is "," or ";" || document.IsAny(opening - 1, ClauseOpeners)))
        {
            return false;
        }

        var verb = document.TokenText(next);
        return document.IsAny(next, Lexicon.Auxiliaries) || document.IsAny(next, Quantities.QuantityWords.Rises) || document.IsAny(next, Quantities.QuantityWords.Falls)
            || (verb.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(verb[0]));
    }

    private static readonly WordSet ClauseOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "and", "but", "while", "as", "when", "after", "since");

    // "The price of cocoa hit a record", "cocoa futures rose", "gold prices fell": an asset whose price the clause tells
    private static bool Priced(AnalyzedDocument document, Sentence sentence, int i) =>
        (i - 2 >= sentence.FirstToken && document.Is(i - 1, "of") && document.IsAny(i - 2, PriceWords))
        || (i + 2 < sentence.EndToken && document.IsAny(i + 1, PriceWords) && SubjectBeforeVerb(document, sentence, i, i + 2));

    private static readonly WordSet PriceWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "price", "prices", "futures", "cost");

    // "a Category 4 hurricane", "Level 3 alert", "Game 7", "Article 5": a numbered step of a scale or a series, no name
    private static bool IsNumberedStep(AnalyzedDocument document, int start, int end) =>
        end - start == 1 && end < document.Tokens.Count && document.Tokens[end].Kind == TokenKind.Number && document.IsAny(start, Steps);

    private static readonly WordSet Steps = WordSet.Create(StringComparer.Ordinal,
        "Category", "Level", "Stage", "Phase", "Grade", "Tier", "Class", "Step", "Round", "Week", "Game", "Chapter", "Section",
        "Article", "Part", "Zone", "Lot", "Gate", "Terminal", "Platform", "Row", "Seat", "Room", "Floor");

    // "Taroudant province recorded 452 deaths", "Kherson region": an opening word a place noun follows is that place's
    // name, unless the story writes it in lower case too ("Each province")
    private static bool NamesAPlace(AnalyzedDocument document, int start) =>
        document.IsAny(start + 1, PlaceNouns) && !document.IsAny(start, Lexicon.FunctionWords)
        && !WrittenInLowerCase(document, document.TokenText(start).ToString());

    private static readonly WordSet PlaceNouns = WordSet.Create(StringComparer.Ordinal,
        "province", "region", "county", "district", "prefecture", "governorate", "oblast", "state", "municipality");

    /// <summary>The most tokens a stat line ("Williams 6 points.") holds.</summary>
    private const int MaxStatLineTokens = 5;

    // "Williams 6 points.", "Martinez 1 goal.": a short line of a word, a count and what it counts names whom it counts
    // for, unless the page writes the word in lower case too ("Revenue 4.5 billion" beside "revenue"); "Image 1 of 5"
    // and "Step 1." count no one's points
    private static bool OpensStatLine(AnalyzedDocument document, Sentence sentence, int start) =>
        sentence.EndToken - sentence.FirstToken <= MaxStatLineTokens && start + 2 < sentence.EndToken
        && document.Tokens[start + 1].Kind == TokenKind.Number && document.Tokens[start + 2].Kind == TokenKind.Word
        && char.IsLower(document.TokenText(start + 2)[0]) && !document.Is(start + 2, "of")
        && !WrittenInLowerCase(document, document.TokenText(start).ToString());

    private static bool WrittenInLowerCase(AnalyzedDocument document, string word)
    {
        string lower = word.ToLowerInvariant();
        for (int at = document.Text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            int end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(document.Text[at - 1])) && (end == document.Text.Length || !char.IsLetter(document.Text[end])))
            {
                return true;
            }
        }

        return false;
    }

    // "the University of North Texas": a word after a name's "of"
    private static bool InNameThroughOf(AnalyzedDocument document, int i) =>
        document.Is(i - 1, "of") && i - 2 >= 0 && document.Tokens[i - 2].Kind == TokenKind.Word && char.IsUpper(document.TokenText(i - 2)[0]);

    // the place mentioned at token first is followed by ", " and another place ("Palestine, Ohio")
    private static bool TownOfState(AnalyzedDocument document, int first) =>
        document.Mentions.LastOrDefault(m => m.Span.Start == document.Tokens[first].Start) is { } place
        && MentionPlaces.TokenAt(document, place.Span.End - 1) + 1 is var comma && document.TokenText(comma) is ","
        && comma + 1 < document.Tokens.Count
        && document.Mentions.Any(m => m.Span.Start == document.Tokens[comma + 1].Start && m.Entity.Type is EntityType.Gpe or EntityType.Loc);

    // a hyphen glued to the name and to a number or capital after it
    private bool IsModelSuffix(AnalyzedDocument document, int hyphen, Sentence sentence, bool[] covered) =>
        hyphen + 1 < sentence.EndToken && document.TokenText(hyphen) is "-" or "‐" && !covered[hyphen + 1]
        && document.Tokens[hyphen - 1].End == document.Tokens[hyphen].Start && document.Tokens[hyphen].End == document.Tokens[hyphen + 1].Start
        && (document.Tokens[hyphen + 1].Kind == TokenKind.Number || IsNameToken(document, hyphen + 1, covered));

    private bool IsNameToken(AnalyzedDocument document, int i, bool[] covered)
    {
        if (covered[i] || document.Tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        // ("TD Bank", "AI Group": a common acronym right before an organization's head opens its name; "New Year's Day",
        // "Mother's Day": a holiday's day is a date)
        var text = document.TokenText(i);
        if (!char.IsUpper(text[0]) || Lexicon.Months.ContainsKey(text)
            || Lexicon.Days.Contains(text) || (CommonAcronyms.Contains(text) && !(i + 1 < document.Tokens.Count && OrgCues.Contains(document.TokenText(i + 1))))
            || (text is "Day" && i >= 2 && document.TokenText(i - 1) is "'s" or "’s"))
        {
            return false;
        }

        return !models.Quantities.NumberWords.ContainsKey(text);
    }

    // adds the run as a name unless it is a heading's title case; whether it did
    private bool AddUnknown(AnalyzedDocument document, Sentence sentence, int start, int end, LowerCaseWords lowerCase, bool titleCase, bool swallowsPlace)
    {
        var firstWord = document.TokenText(start);
        var lastWord = document.TokenText(end - 1);
        bool hasAcronym = false;
        for (int t = start; t < end; t++)
        {
            var w = document.TokenText(t);
            hasAcronym |= w.Length >= 2 && !w.ContainsAnyInRange('a', 'z');
        }

        var type = EntityType.Other;
        int nameStart = start;
        if (OrgCues.Contains(lastWord) || swallowsPlace)
        {
            type = EntityType.Org;
        }
        else if (PlaceCues.Contains(lastWord))
        {
            type = EntityType.Loc;
        }
        else if (lastWord is "Fire" or "Wildfire")
        {
            // "the Park Fire", "the Camp Fire": a wildfire's name, whatever its first word ("Park" may open a person's)
            type = EntityType.Event;
        }
        else if (document.Is(start - 1, "of") && document.IsAny(start - 2, MentionPlaces.PlacesOf))
        {
            // "The city of Wajima reported 83 deaths", "the town of Suzu": a place its noun names (a location, never taken for
            // a country "the country" or "the state" could mean)
            type = EntityType.Loc;
        }
        else if (TitleWords(document, start, end) is > 0 and var title)
        {
            type = EntityType.Person;
            nameStart = start + title;
        }
        else if (document.IsAny(start, TitleModifiers) && TitleWords(document, start + 1, end) is > 0 and var modified)
        {
            // "Outgoing President Andrzej Duda", "Former Prime Minister Liz Truss" opening a sentence: the title's word
            // before it is no part of the name
            type = EntityType.Person;
            nameStart = start + 1 + modified;
        }
        else if (models.Entities.FirstNames.Contains(firstWord) && end - start > 1)
        {
            type = EntityType.Person;
        }
        else if (hasAcronym || DescribedByTrade(document, start) || IsInstitutionOf(document, start, end) || TradeInApposition(document, sentence, end))
        {
            type = EntityType.Org;
        }
        else if (end - start > 1 && (DescribedByRole(document, start) || AgeInApposition(document, end)))
        {
            type = EntityType.Person;
        }

        // "Meal Prep", "Gift Guide", "Eggs" on a page that also writes "meal prep", "gift guide", "eggs": a heading's or a
        // recipe's title case, not a name
        if (type == EntityType.Other && lowerCase.Written(start, end))
        {
            return false;
        }

        var span = Span(document, nameStart, end);
        // "'Wicked' Soars to $114 Million Opening Weekend", "Death Toll From Vanuatu Earthquake Rises to 14": in a title-case
        // headline, a run of no known kind is a name only when the story names it again
        if (type == EntityType.Other && titleCase && !NamedOutside(document, sentence, span))
        {
            return false;
        }

        string name = span.In(document.Text).ToString().Replace('’', '\'');
        var mention = new EntityMention(span, new EntityRef(name, type), MentionKind.Name);
        if (swallowsPlace)
        {
            document.ReplaceMentionsWithin(mention);
        }
        else
        {
            document.AddMention(mention);
        }

        return true;
    }

    // the token after the place the lexicon named from token at ("Florida", "New South Wales"), or -1
    private static int PlaceNameEnd(AnalyzedDocument document, Sentence sentence, int at, bool[] covered)
    {
        if (at >= sentence.EndToken || !covered[at]
            || document.Mentions.LastOrDefault(m => m.Span.Start == document.Tokens[at].Start) is not { Entity.Type: EntityType.Gpe or EntityType.Loc, Kind: MentionKind.Name } place)
        {
            return -1;
        }

        int end = at;
        while (end < sentence.EndToken && document.Tokens[end].End <= place.Span.End)
        {
            end++;
        }

        return end;
    }

    // bodies named after the place they stand in ("the University of Florida", "the Museum of London"), not a place's
    // government ("the Government of Canada" is Canada)
    private static readonly WordSet PlaceOwnedHeads = WordSet.Create(StringComparer.Ordinal,
        "University", "College", "Museum", "Institute", "Hospital", "Library", "Zoo");

    // whether the text of span stands anywhere outside the sentence
    private static bool NamedOutside(AnalyzedDocument document, Sentence sentence, TextSpan span)
    {
        var text = document.Text.AsSpan();
        var name = span.In(document.Text);
        for (int from = 0; from < text.Length;)
        {
            int at = text[from..].IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (at < sentence.Span.Start || at >= sentence.Span.End)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    // "President Emmanuel Macron", "Chief Executive Sarah Mitchell", "Finance Minister Rachel Reeves": how many words of
    // the longest title the run opens with, leaving at least one word of name; 0 when it opens with none
    private int TitleWords(AnalyzedDocument document, int start, int end)
    {
        Span<char> phrase = stackalloc char[MaxTitleChars];
        int title = 0, length = 0;
        for (int n = 1; n < end - start && n <= MaxTitleWords; n++)
        {
            var word = document.TokenText(start + n - 1);
            if (length + word.Length + 1 > phrase.Length)
            {
                break;
            }

            if (n > 1)
            {
                phrase[length++] = ' ';
            }

            word.CopyTo(phrase[length..]);
            length += word.Length;
            title = models.Entities.Titles.Contains(phrase[..length]) ? n : title;
        }

        return title;
    }

    // words that describe the holder of a title before it: "Former President", "Outgoing Prime Minister"
    private static readonly WordSet TitleModifiers = WordSet.Create(StringComparer.Ordinal,
        "Former", "Outgoing", "Acting", "Incoming", "Interim", "Late", "Retiring", "Ousted", "Exiled", "Embattled", "Then");

    // "former President Donald Trump" where the lexicon names the person: a title left alone is no one's name
    private bool IsTitleOnly(AnalyzedDocument document, int start, int end)
    {
        var text = document.Text.AsSpan(document.Tokens[start].Start, document.Tokens[end - 1].End - document.Tokens[start].Start);
        return end - start <= MaxTitleWords && models.Entities.Titles.Contains(text);
    }

    private const int MaxTitleWords = 4;

    private const int MaxTitleChars = 64;

    // "broadband firm TelcoNet", "British truckmaker Nordvik", "the exchange DMM Bitcoin": a name its trade describes
    // just before it is a company's ("a group" may be of people: "the group Doctors for Camp Closure")
    private static bool DescribedByTrade(AnalyzedDocument document, int start) =>
        start > 0 && document.Tokens[start - 1].Kind == TokenKind.Word && char.IsLower(document.TokenText(start - 1)[0]) && !document.Is(start - 1, "group")
        && (document.IsAny(start - 1, TradeNouns) || document.TokenText(start - 1).EndsWith("maker", StringComparison.Ordinal));

    // "England midfielder Declan Rice", "chief executive Marc Benioff": a name its role describes just before it is a person's
    private bool DescribedByRole(AnalyzedDocument document, int start) =>
        start > 0 && document.Tokens[start - 1].Kind == TokenKind.Word && char.IsLower(document.TokenText(start - 1)[0])
        && models.Entities.Roles.Contains(document.TokenText(start - 1));

    // "Daniel Mercer, 41, pleaded guilty": a name with an age set off after it is a person's
    private static bool AgeInApposition(AnalyzedDocument document, int end) =>
        document.Is(end, ",") && end + 2 < document.Tokens.Count && document.Tokens[end + 1].Kind == TokenKind.Number
        && document.TokenText(end + 1) is { Length: 2 } age && age[0] is >= '1' and <= '9' && document.TokenText(end + 2) is "," or "." or ";";

    private static TextSpan Span(AnalyzedDocument document, int first, int end) =>
        new(document.Tokens[first].Start, document.Tokens[end - 1].End);
}
