using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// Sentences that name no actor yet are not about the story's main actor either, so it must not stand in: one whose
/// subject is a common noun phrase of its own ("One small, 2-month study showed", "For example, several analysts
/// expect"), a list counting named things ("2 Green, 1 Purple, 1 Red", "1 sack, 1 QH, 1 INT") rather than telling
/// what someone did, an instruction to the reader ("Eat every 2-3 hours", "Aim for 150 minutes a week") and a recipe's
/// amounts ("½ cup cherry tomatoes").
/// </summary>
internal static class OwnSubject
{
    /// <summary>How many tokens an introductory phrase before the subject ("For example,") may hold.</summary>
    private const int MaxIntroTokens = 4;

    // determiners that open a new, indefinite group or thing: what follows is not the story's actor
    private static readonly WordSet Indefinites = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "one", "another", "some", "several", "many", "most", "few");

    /// <summary>
    /// Whether the sentence, before <paramref name="q"/>, opens with an indefinite common noun phrase as its subject:
    /// "One small study", "For example, one study in 496 girls", "Several analysts" (not "Some 375,000 people", where
    /// the figure itself follows, nor "Many Americans", a name).
    /// </summary>
    public static bool IsIndefinite(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        int first = Dateline.FirstToken(doc, facts.Sentence);
        if (OpensIndefinite(doc, first, q))
        {
            return true;
        }

        for (int i = first + 1; i <= first + MaxIntroTokens && i < q.FirstToken; i++)
        {
            if (doc.TokenText(i) is ",")
            {
                return OpensIndefinite(doc, i + 1, q);
            }
        }

        return false;
    }

    // the writer: "I boiled mine for 20 minutes", "And we drove 40 miles"
    private static readonly WordSet PersonalPronouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "I", "we", "my", "our");

    private static readonly WordSet Conjunctions = WordSet.Create(StringComparer.OrdinalIgnoreCase, "and", "but", "so", "then");

    /// <summary>
    /// Whether the sentence, outside any quotation, opens (after a dateline and a conjunction) with the writer as its
    /// subject: "We are at 5280 feet in Denver, so I boiled mine for 20 minutes", "And I found out 46
    /// people visited my profile". Its figures are the narrator's, no one the story names; a quoted "we" is the
    /// speaker's and is left to the attribution.
    /// </summary>
    public static bool IsFirstPerson(AnalyzedDocument doc, SentenceFacts facts)
    {
        int i = Dateline.FirstToken(doc, facts.Sentence);
        if (doc.IsAny(i, Conjunctions))
        {
            i++;
        }

        return i < facts.Sentence.EndToken && doc.IsAny(i, PersonalPronouns) && facts.Sentence.Span.In(doc.Text).IndexOfAny(QuoteMarks) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”");

    /// <summary>
    /// Whether the sentence is a counter or a label: one capitalized word and a number, perhaps "of" a second ("Meal 3",
    /// "Image 4 of 5", "Step 2."). Its figure numbers the page's parts and is no one's.
    /// </summary>
    public static bool IsCounter(AnalyzedDocument doc, SentenceFacts facts)
    {
        int i = facts.Sentence.FirstToken, end = facts.Sentence.EndToken;
        while (end > i && doc.Tokens[end - 1].Kind == TokenKind.Punct)
        {
            end--;
        }

        bool label = end - i is 2 or 4 && doc.Tokens[i].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(i)[0]) && doc.Tokens[i + 1].Kind == TokenKind.Number;
        return label && (end - i == 2 || (doc.Is(i + 2, "of") && doc.Tokens[i + 3].Kind == TokenKind.Number));
    }

    // what follows a bare numeral standing for people already named: "the two were", "the four go", "the three have"
    private static readonly WordSet VerbsAfterNumeral = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "are", "were", "was", "is", "have", "had", "has", "will", "would", "can", "could", "go", "went", "met", "say", "said",
        "agreed", "became", "remain", "remained", "also", "then", "both", "later");

    /// <summary>
    /// Whether the figure is a bare numeral as its clause's subject, standing for people the text named before: "The two
    /// became romantically involved in 1993", "the four go on an adventure". Who they are is not the story's main actor.
    /// </summary>
    public static bool IsBareNumeral(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        var (first, _) = facts.ClauseOf(q.FirstToken);
        int next = q.EndToken;
        var word = doc.TokenText(next);
        return q.Form == QuantityForm.Count && doc.Is(q.FirstToken - 1, "the") && q.FirstToken - 1 <= first + MaxIntroTokens
            && doc.Tokens[q.FirstToken].Kind == TokenKind.Word && word.Length > 0 && char.IsLower(word[0])
            && (doc.IsAny(next, VerbsAfterNumeral) || Narration.IsIrregularPast(doc, next) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)));
    }

    // measures of a whole economy or market, which no company owns: "Mortgage rates fell", "Unemployment stood at"; and
    // of a whole electorate, which no party owns: "Turnout was about 60%"
    private static readonly WordSet EconomyMeasures = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "unemployment", "jobless", "inflation", "rent", "rents", "mortgage", "gdp", "economy", "payrolls", "turnout");

    /// <summary>
    /// Whether the figure's clause, before it, names a measure of a whole economy or market ("Mortgage rates fell to
    /// 6.1%", "Unemployment stood at 4.1%", "The average rent rose 5%"): a company the story is about does not own it,
    /// though a place does.
    /// </summary>
    public static bool MeasuresAnEconomy(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        var (first, _) = facts.ClauseOf(q.FirstToken);
        return doc.AnyIn(first, q.FirstToken, EconomyMeasures);
    }

    /// <summary>
    /// The company that reports the figure's sentence, "Alphabet said on Tuesday that sales increased 15%", "Revenue
    /// rose 19%, Meta said": a firm telling how a measure of a firm's own its clause names no one for moved or stands
    /// tells its own, whichever firm the story is mostly about. A market's price it reports is no measure of its own
    /// ("The average price of regular unleaded slid to $2.97 a gallon, motor club AAA said"), nor is what others did
    /// ("estimated that buyers ordered 9,000 vans"); a public body ("the Bureau of Labor Statistics said") and a source
    /// quoted "according to" tell others' figures, and so does a firm named inside a phrase ("analysts at Morgan Stanley
    /// said"). Null when none.
    /// </summary>
    public static EntityRef? ReportingCompany(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        if (facts.AttributionOf(doc, q.FirstToken, q.EndToken) is null || !StatesAMeasure(doc, facts, q) || !NamesACompanyMeasure(doc, facts, q))
        {
            return null;
        }

        foreach (var m in facts.AttributionMentions)
        {
            if (m.Entity.Type != EntityType.Org || CoreferenceResolver.IsPublicBody(m.Entity) || MentionPlaces.PrepositionBefore(doc, m) is not null)
            {
                continue;
            }

            int first = MentionPlaces.TokenAt(doc, m.Span.Start), last = MentionPlaces.TokenAt(doc, m.Span.End - 1);
            if ((SentenceFacts.IsSaying(doc, last + 1) && !doc.Is(last + 1, "according")) || doc.Is(first - 1, "said") || doc.Is(first - 1, "says"))
            {
                return m.Entity;
            }
        }

        return null;
    }

    // whether a verb of moving or standing brings the figure's measure to it, a few words before it in its clause ("sales
    // increased 15% to $88.3 billion", "net income was $24.7 billion")
    private static bool StatesAMeasure(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        var (first, _) = facts.ClauseOf(q.FirstToken);
        for (int i = q.QualifierFirstToken - 1; i >= Math.Max(first, q.QualifierFirstToken - MaxVerbReach); i--)
        {
            if (doc.IsAny(i, QuantityWords.Rises) || doc.IsAny(i, QuantityWords.Falls) || doc.IsAny(i, LevelVerbs))
            {
                return true;
            }
        }

        return false;
    }

    // whether the figure's clause names a measure a firm has of its own ("sales", "net income", "capital expenditures"), not
    // one of a market it reports on ("The average price of regular unleaded slid to $2.97 a gallon, motor club AAA said")
    private static bool NamesACompanyMeasure(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        var (first, end) = facts.ClauseOf(q.FirstToken);
        return doc.AnyIn(first, q.QualifierFirstToken, CompanyMeasures) || doc.AnyIn(q.EndToken, Math.Min(end, q.EndToken + MaxVerbReach), CompanyMeasures);
    }

    private static readonly WordSet CompanyMeasures = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "revenue", "revenues", "sales", "turnover", "profit", "profits", "income", "earnings", "loss", "losses", "margin", "margins", "ebitda",
        "capex", "expenditures", "expenditure", "spending", "orders", "bookings", "deliveries", "shipments", "subscribers", "users",
        "customers", "employees", "workforce", "headcount", "staff", "dividend", "volumes", "production", "output", "cash", "backlog");

    /// <summary>The most tokens between a verb of moving or standing and the figure it brings its measure to ("rose 16% to").</summary>
    private const int MaxVerbReach = 5;

    private static readonly WordSet LevelVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "was", "were", "is", "are", "be", "been", "totaled", "totalled", "reached", "hit", "stood", "topped", "exceeded", "came");

    // verbs that open an instruction to the reader in how-to, health and recipe pages; "Use of force", "Cut in rates",
    // "Run by the state", "Plan B", where a noun phrase, a name or a participle's agent follows, are not instructions
    private static readonly WordSet InstructionVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "eat", "drink", "aim", "add", "mix", "stir", "combine", "bake", "cook", "boil", "heat", "preheat", "place", "serve", "pour",
        "try", "choose", "pick", "avoid", "limit", "keep", "make", "take", "get", "use", "buy", "save", "set", "spend", "start", "stop",
        "skip", "swap", "replace", "plan", "remember", "consider", "follow", "check", "allow", "wait", "walk", "run", "sleep", "drop",
        "cut", "reduce", "increase", "include", "don't", "don’t", "never", "always");

    /// <summary>
    /// Whether the sentence is an instruction to the reader: it opens (after any dateline, bullet or step number) with a
    /// verb in the imperative, "Eat every 2-3 hours", "Aim for 150 minutes a week", "Don't spend more than $50". Its figure
    /// is no one's in the story; the reader, if anyone, is its subject.
    /// </summary>
    public static bool IsInstruction(AnalyzedDocument doc, SentenceFacts facts)
    {
        int i = Dateline.FirstToken(doc, facts.Sentence);
        while (i < facts.Sentence.EndToken && doc.Tokens[i].Kind != TokenKind.Word)
        {
            i++;
        }

        return i + 1 < facts.Sentence.EndToken && char.IsUpper(doc.TokenText(i)[0]) && doc.IsAny(i, InstructionVerbs)
            && !doc.Is(i + 1, "of") && !doc.Is(i + 1, "in") && !doc.Is(i + 1, "by") && doc.TokenText(i + 1) is not ("," or ":" or "'s" or "’s")
            && !char.IsUpper(doc.TokenText(i + 1)[0]);
    }

    // kitchen measures: "1 cup spinach", "2 Tbsp. olive oil", "4 oz. cooked chicken"
    private static readonly WordSet KitchenUnits = WordSet.Create(StringComparer.Ordinal, "cup", "tbsp", "tsp", "oz");

    /// <summary>
    /// Whether <paramref name="q"/> is an amount of an ingredient ("½ cup cherry tomatoes", "1 Tbsp. balsamic vinegar"):
    /// a recipe's, whoever the page is about.
    /// </summary>
    public static bool IsKitchenMeasure(QuantityMention q) => KitchenUnits.Contains(q.Quantity.Unit.Code);

    /// <summary>
    /// Whether the sentence lists counted names, one straight after another ("1 Purple, 1 Red"), a list rather than
    /// an account of an actor ("it ordered 30 Boeing jets and 50 Airbus jets" is not one).
    /// </summary>
    public static bool ListsCountedNames(AnalyzedDocument doc, SentenceFacts facts, IReadOnlyList<QuantityMention> quantities) =>
        facts.Mentions.Count(m => IsCountedName(doc, m, quantities)) >= 2
        && facts.Mentions.Any(m => IsCountedName(doc, m, quantities) && NextItemFollows(doc, m, quantities));

    /// <summary>Whether a count figure ends right where <paramref name="m"/> starts: "1 Purple", "3 Estrada SUVs".</summary>
    public static bool IsCountedName(AnalyzedDocument doc, EntityMention m, IReadOnlyList<QuantityMention> quantities)
    {
        int t = MentionPlaces.TokenAt(doc, m.Span.Start);
        return m.Kind != MentionKind.Demonym && quantities.Any(x => x.Form == QuantityForm.Count && x.EndToken == t);
    }

    // "1 Purple, 1 Red": a comma, then the next count
    private static bool NextItemFollows(AnalyzedDocument doc, EntityMention m, IReadOnlyList<QuantityMention> quantities)
    {
        int comma = MentionPlaces.TokenAt(doc, m.Span.End - 1) + 1;
        return doc.TokenText(comma) is "," && quantities.Any(x => x.Form == QuantityForm.Count && x.FirstToken == comma + 1);
    }

    private static bool OpensIndefinite(AnalyzedDocument doc, int i, QuantityMention q) =>
        i <= q.FirstToken && doc.IsAny(i, Indefinites) && i + 1 < doc.Tokens.Count
        && (DescribesANoun(doc.TokenText(i + 1)) || (doc.Tokens[i + 1].Kind == TokenKind.Number && doc.TokenText(i + 2) is "-"))
        && !doc.IsAny(i + 1, Lexicon.FunctionWords);

    // "small", "6-month": a lower-case word or a hyphened measure, not a name, a figure ("Some 375,000") or an adverb
    // ("Most recently")
    private static bool DescribesANoun(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[^1]) && (char.IsLower(word[0]) || word.Contains('-')) && !word.EndsWith("ly", StringComparison.Ordinal);
}
