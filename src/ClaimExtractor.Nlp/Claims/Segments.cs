using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The part of a business a revenue figure is about ("Data center sales rose 112% to $30.8 billion", "Gaming revenue
/// grew 15%", "iPhone sales", "China revenue"): a segment's sales are not the company's, so the segment goes into the
/// metric key (<c>data center:revenue.value</c>) and the checker never sets the one against the other. Words that
/// only qualify the whole ("quarterly", "total", "net", "third-quarter") or name the company itself are no segment.
/// Ridership is told apart by the mode of transport ("Subway ridership", "express bus ridership"), a test's score by its
/// subject ("the average reading score", "math scores"), household debt by its kind ("credit card balances", "auto
/// loans", "student debt").
/// Prices are told apart by the goods they are of, from a list of goods a story sets apart ("Food prices rose 49.2%" is
/// <c>food:price</c>, never the consumer prices of the same story). A bond's yield is told apart by its term ("The
/// 10-year yield rose to 4.77%" is <c>10-year:interest_rate</c>, never the two-year's), and so is a mortgage rate ("the
/// rate on a 30-year fixed mortgage", "The 15-year fixed rate").
/// </summary>
internal static partial class Segments
{
    // how many words a segment's name may have ("data center", "cloud computing services")
    private const int MaxWords = 3;

    private static readonly WordSet RevenueNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "revenue", "revenues", "sales", "turnover");

    // "Subway ridership rose 7.3 percent, and express bus ridership jumped 28 percent": riders of one mode of transport
    private static readonly WordSet RidershipNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "ridership");

    // "The average reading score fell 2 points", "Math scores rose 3 points": a test's score in one subject
    private static readonly WordSet ScoreNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "score", "scores");

    // "Credit card balances climbed $24 billion", "Mortgage debt grew $75 billion", "Auto loans rose": one kind of debt
    private static readonly WordSet DebtNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "balances", "balance", "debt", "debts", "loans", "loan", "borrowing", "lending");

    // the kinds of household debt a story tells apart from the whole, by a word before the noun
    private static readonly WordMap<string> DebtKinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["card"] = "credit card",
        ["mortgage"] = "mortgage",
        ["auto"] = "auto loan",
        ["car"] = "auto loan",
        ["student"] = "student loan",
        ["equity"] = "home equity",
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet PriceNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "prices", "price");

    // the goods whose prices a story tells apart from prices as a whole (a house-price story's "Prices" are house prices,
    // so houses are no kind of their own)
    private static readonly WordSet PriceKinds = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "food", "energy", "fuel", "petrol", "gasoline", "diesel", "gas", "electricity", "power", "oil", "crude", "grocery", "clothing",
        "transport", "services", "goods", "alcohol", "tobacco", "egg", "beef", "meat", "coffee", "wheat", "corn", "rice", "sugar", "cocoa",
        "copper", "gold", "silver", "steel", "commodity", "import", "export", "producer", "wholesale", "drug", "ticket", "airfare");

    // words that qualify the whole, not a part: "quarterly revenue", "total sales", "its record turnover"
    private static readonly WordSet Wholes = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "total", "net", "gross", "overall", "quarterly", "annual", "annualized", "annualised", "yearly", "monthly", "weekly", "daily",
        "fiscal", "full", "year", "half", "quarter", "record", "higher", "lower", "strong", "stronger", "weak", "weaker", "adjusted",
        "underlying", "organic", "reported", "consolidated", "combined", "group", "company", "operating", "global", "worldwide",
        "expected", "estimated", "projected", "forecast", "average", "core", "new", "best", "worst", "like", "first", "second", "third", "fourth", "last",
        "next", "previous", "prior", "initial", "preliminary", "cumulative", "lifetime", "more", "less", "such", "other", "all",
        "much", "some", "any", "own", "recurring", "headline", "sequential", "sees", "see", "saw", "expects", "expect", "targets");

    /// <summary>The segment a revenue figure's noun names, lower-cased ("data center"); null for the whole business.</summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric)
    {
        if (metric.Concept is "interest_rate" or "mortgage_rate" && metric.ShareBaseKey is null && !metric.Key.Contains(':', StringComparison.Ordinal))
        {
            return Maturity(doc, facts, q);
        }

        // "monthly inflation slowed to 2.7%", "prices rose 2.7% on a monthly basis": a month's inflation is a measure apart
        // from the year's ("Annual inflation eased to 193%")
        if (metric.Concept is "inflation" or "core_inflation" && metric.Key.EndsWith(".rate", StringComparison.Ordinal) && metric.ShareBaseKey is null
            && !metric.Key.Contains(':', StringComparison.Ordinal) && Monthly(doc, facts, q))
        {
            return "monthly";
        }

        // "added $144 million overseas", "took in $80 million from international markets": takings abroad are a part of
        // their own, never the home market's opening
        if (metric.Concept == "revenue" && metric.ShareBaseKey is null && !metric.Key.Contains(':', StringComparison.Ordinal) && Abroad(doc, q.EndToken))
        {
            return International;
        }

        // "Tariffs on Chinese semiconductors will double to 50%", "raise tariffs on Chinese electric vehicles to 100%": a
        // tariff rate is told apart by the goods it is levied on
        if (metric.Concept == "tax" && metric.Key.EndsWith(".rate", StringComparison.Ordinal) && metric.ShareBaseKey is null && !metric.Key.Contains(':', StringComparison.Ordinal))
        {
            return TariffGoods(doc, facts, q);
        }

        // "Spending on goods climbed 6 per cent", "Spending on equipment rose 11.1 per cent", "Residential investment fell
        // 5.1%": what a spending or an investment goes to is a part of its own
        if (metric.Concept is "cost" or "funding" && metric.ShareBaseKey is null && !metric.Key.Contains(':', StringComparison.Ordinal))
        {
            // ("Net interest costs are expected to total $952 billion" as "Spending on interest will climb to $952 billion")
            return MeasureNoun(doc, facts, q, SpendingNouns) is { } spending ? SpentOn(doc, facts, q, spending)
                : metric.Concept == "cost" && MeasureNoun(doc, facts, q, CostNouns) is { } costs && doc.IsAny(costs - 1, CostKinds) ? doc.TokenText(costs - 1).ToString().ToLowerInvariant()
                : null;
        }

        // a change measured against a segment's level ("rose 112% to $30.8 billion") is keyed by that level already
        bool price = metric.Concept == "price";
        if (metric.Concept is not ("revenue" or "price" or "ridership" or "score" or "debt") || metric.ShareBaseKey is not null || metric.Key.Contains(':', StringComparison.Ordinal)
            || MeasureNoun(doc, facts, q, metric.Concept switch { "price" => PriceNouns, "ridership" => RidershipNouns, "score" => ScoreNouns, "debt" => DebtNouns, _ => RevenueNouns }) is not { } noun)
        {
            return null;
        }

        if (metric.Concept == "debt")
        {
            // "auto loan balances", "Credit card balances", "student debt": the kind named one or two words before the noun
            return DebtKinds.TryGetValue(doc.TokenText(noun - 1), out var kind) || (doc.IsAny(noun - 1, DebtNouns) && DebtKinds.TryGetValue(doc.TokenText(noun - 2), out kind))
                ? kind : null;
        }

        if (price)
        {
            return doc.IsAny(noun - 1, PriceKinds) ? doc.TokenText(noun - 1).ToString().ToLowerInvariant() : null;
        }

        var names = doc.MentionsIn(facts.Sentence.Span);
        if (metric.Concept == "score")
        {
            // "the average eighth-grade reading score": the subject is the one word before the noun, a grade is no subject
            return noun > facts.Sentence.FirstToken && Modifier(doc, facts, names, noun - 1) && !doc.Is(noun - 1, "grade")
                ? doc.TokenText(noun - 1).ToString().ToLowerInvariant() : null;
        }

        if (UnitAfter(doc, facts, names, noun) is { } named)
        {
            return OneSpelling(named);
        }

        int first = noun;
        while (first > facts.Sentence.FirstToken && noun - first < MaxWords && (Modifier(doc, facts, names, first - 1) || Joiner(doc, first - 1)))
        {
            first--;
        }

        // "Truck and SUV sales", "same-store sales": a joining word opens no name
        while (first < noun && Joiner(doc, first))
        {
            first++;
        }

        return first == noun ? null : OneSpelling(doc.Text[doc.Tokens[first].Start..doc.Tokens[noun - 1].End].ToLowerInvariant());
    }

    private const string International = "international";

    private static readonly WordSet SpendingNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "spending", "spend", "investment", "investments", "expenditure", "expenditures", "outlays");

    // the sectors a spending noun's one modifier sets apart ("Government spending", "Residential investment"); a buyer's
    // word ("consumer", "household") names all spending of the economy's people, no part
    private static readonly WordSet SpendingSectors = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "government", "public", "federal", "defence", "defense", "military", "business", "capital", "residential", "health", "healthcare",
        "education", "infrastructure");

    private static readonly WordSet CostNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "costs", "cost");

    // what costs are told apart by, as a spending is by what it goes to ("interest costs", "energy costs")
    private static readonly WordSet CostKinds = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "interest", "energy", "fuel", "food", "housing", "heating", "labour", "labor", "childcare", "healthcare", "legal", "staff", "wage",
        "electricity", "gas", "water", "rent", "insurance", "construction", "defence", "defense");

    /// <summary>The most words what a spending goes to may run to ("on research and development").</summary>
    private const int MaxSpentOnWords = 3;

    // what the spending noun at token noun goes to: the last lower-case word of the few after "on" or "in" ("equipment" of
    // "investment in equipment"), else its sector word ("government"); null for spending as a whole
    private static string? SpentOn(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, int noun)
    {
        // ("Spending on goods climbed 6 per cent": the verb ends what it went to)
        if ((doc.Is(noun + 1, "on") || doc.Is(noun + 1, "in")) && noun + 2 < q.QualifierFirstToken
            && WordRuns.LastWord(doc, noun + 2, q.QualifierFirstToken, MaxSpentOnWords, lowerOnly: true) is var head and >= 0)
        {
            return doc.TokenText(head).ToString().ToLowerInvariant();
        }

        return noun > facts.Sentence.FirstToken && doc.IsAny(noun - 1, SpendingSectors) ? doc.TokenText(noun - 1).ToString().ToLowerInvariant() : null;
    }

    private static readonly WordSet TariffNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "tariff", "tariffs", "duty", "duties", "levy", "levies", "rate", "those");

    // goods that stand for all of a country's trade, no kind of their own
    private static readonly WordSet AllGoods = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "goods", "imports", "exports", "products", "items", "trade");

    /// <summary>The most tokens the goods a tariff is levied "on" may run to ("lithium-ion batteries").</summary>
    private const int MaxGoodsTokens = 6;

    // the noun ending the goods the nearest tariff "on" before the figure names, lower-cased ("semiconductors", "vehicles" of
    // "Chinese electric vehicles", "batteries" of "lithium-ion batteries for electric vehicles"); null for none or all goods
    private static string? TariffGoods(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        for (int i = q.QualifierFirstToken - 2; i >= facts.Sentence.FirstToken; i--)
        {
            if (!doc.IsAny(i, TariffNouns) || !doc.Is(i + 1, "on"))
            {
                continue;
            }

            int head = -1;
            for (int k = i + 2; k < q.QualifierFirstToken && k < i + 2 + MaxGoodsTokens; k++)
            {
                if (doc.TokenText(k) is "-" or "‐")
                {
                    continue;
                }

                if (doc.Tokens[k].Kind != Text.TokenKind.Word || doc.IsAny(k, Lexicon.FunctionWords) || doc.IsAny(k, Lexicon.Auxiliaries))
                {
                    break;
                }

                head = char.IsLower(doc.TokenText(k)[0]) ? k : head;
            }

            return head < 0 || doc.IsAny(head, AllGoods) ? null : doc.TokenText(head).ToString().ToLowerInvariant();
        }

        return null;
    }

    private static readonly WordSet InflationNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "inflation");

    // "monthly inflation", "month-on-month inflation" before the noun, or "on a monthly basis", "month on month" just
    // after the figure
    private static bool Monthly(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        if (MeasureNoun(doc, facts, q, InflationNouns) is { } noun
            && (doc.Is(noun - 1, "monthly") || (doc.Is(noun - 1, "month") && doc.TokenText(noun - 2) is "-" or "on" or "over")))
        {
            return true;
        }

        for (int i = q.EndToken; i < Math.Min(facts.Sentence.EndToken, q.EndToken + MonthlyTail); i++)
        {
            if ((doc.Is(i, "monthly") && doc.Is(i + 1, "basis")) || (doc.Is(i, "month") && (doc.IsAny(i + 1, MonthLinks) || (doc.Is(i + 1, "-") && doc.IsAny(i + 2, MonthLinks)))))
            {
                return true;
            }
        }

        return false;
    }

    // how far after the figure "on a monthly basis" may end
    private const int MonthlyTail = 6;

    private static readonly WordSet MonthLinks = WordSet.Create(StringComparer.OrdinalIgnoreCase, "on", "over");

    private static readonly WordSet AbroadWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "overseas", "abroad", "internationally", "international", "foreign", "outside");

    // the words right after a figure say it was made abroad: "overseas", "in international markets", "from foreign
    // markets", "outside North America"
    private static bool Abroad(AnalyzedDocument doc, int after) =>
        doc.IsAny(after, AbroadWords) || ((doc.Is(after, "in") || doc.Is(after, "from")) && doc.IsAny(after + 1, AbroadWords));

    // "The 10-year yield rose to 4.77%", "The two-year yield climbed to 4.38%": a bond's term tells its yield apart from
    // another term's (written with digits: "ten-year" and "10-year" are one term), or null
    private static string? Maturity(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        var (first, _) = facts.ClauseOf(q.FirstToken);
        if (q.QualifierFirstToken <= first)
        {
            return null;
        }

        // ("The 10-year yield rose to 4.2%, and the two-year yield to 4.1%": the term nearest before the figure)
        var match = MaturityPattern().Match(doc.Text, doc.Tokens[first].Start, doc.Tokens[q.QualifierFirstToken - 1].End - doc.Tokens[first].Start);
        if (!match.Success)
        {
            return null;
        }

        string count = match.Groups[1].Value.ToLowerInvariant();
        string digits = TermWords.TryGetValue(count, out int n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : count;
        return digits + "-" + match.Groups[2].Value.ToLowerInvariant();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(\d{1,2}|one|two|three|five|seven|ten|twenty|thirty)-(year|month)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex MaturityPattern();

    /// <summary>
    /// The rate's metric with the term its own clause names in place of one carried over with the measure from the
    /// sentence before ("The 15-year fixed rate rose to 5.71%" after "The average rate on a 30-year fixed mortgage rose
    /// to 6.54%"), or null when the clause names none or the same.
    /// </summary>
    public static MetricResult? Rematured(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric)
    {
        // (the concept a rate carried over from the story keeps its term: "30-year:mortgage_rate")
        // (the concept is read first, without copying it: the key's pattern is matched only for a rate)
        if (metric.Concept.AsSpan(metric.Concept.LastIndexOf(':') + 1) is not ("interest_rate" or "mortgage_rate") || CarriedMaturity().Match(metric.Key) is not { Success: true } carried
            || Maturity(doc, facts, q) is not { } own || own + ":" == carried.Value)
        {
            return null;
        }

        string Swapped(string key) => key.Replace(carried.Value, own + ":", StringComparison.Ordinal);
        return metric with { Key = Swapped(metric.Key), Concept = Swapped(metric.Concept), ChangeLevelKey = metric.ChangeLevelKey is { } level ? Swapped(level) : null };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{1,2}-(year|month):")]
    private static partial System.Text.RegularExpressions.Regex CarriedMaturity();

    private static readonly Dictionary<string, int> TermWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["five"] = 5,
        ["seven"] = 7,
        ["ten"] = 10,
        ["twenty"] = 20,
        ["thirty"] = 30,
    };

    // "data centre" and "data center": one segment however an outlet spells it (the American spelling)
    private static string OneSpelling(string name)
    {
        var words = name.Split(' ');
        for (int k = 0; k < words.Length; k++)
        {
            words[k] = AmericanSpellings.TryGetValue(words[k], out var american) ? american : words[k];
        }

        return string.Join(' ', words);
    }

    private static readonly WordMap<string> AmericanSpellings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["centre"] = "center",
        ["centres"] = "centers",
        ["defence"] = "defense",
        ["programme"] = "program",
        ["programmes"] = "programs",
        ["tyre"] = "tire",
        ["tyres"] = "tires",
        ["aluminium"] = "aluminum",
        ["jewellery"] = "jewelry",
        ["licence"] = "license",
        ["licences"] = "licenses",
    }.ToWordMap(StringComparer.Ordinal);

    // "Sales in the data center unit", "revenue at its cloud business": the segment the phrase after the noun names
    private static string? UnitAfter(AnalyzedDocument doc, SentenceFacts facts, List<EntityMention> names, int noun)
    {
        if (!doc.IsAny(noun + 1, UnitPrepositions) || !doc.IsAny(noun + 2, Lexicon.Owners))
        {
            return null;
        }

        int head = noun + 3;
        while (head < facts.Sentence.EndToken && head - noun - 3 < MaxWords && !doc.IsAny(head, UnitHeads) && Modifier(doc, facts, names, head))
        {
            head++;
        }

        return head > noun + 3 && doc.IsAny(head, UnitHeads) ? doc.Text[doc.Tokens[noun + 3].Start..doc.Tokens[head - 1].End].ToLowerInvariant() : null;
    }

    private static readonly WordSet UnitPrepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase, "in", "at", "from", "of");

    private static readonly WordSet UnitHeads = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "unit", "units", "division", "divisions", "business", "businesses", "segment", "segments", "arm", "operations", "operation");

    // the revenue or price noun (one of nouns) the figure measures: the nearest before it in its sentence ("Data center
    // sales, which include its AI processors, rose 112% to $30.8 billion"), or one just after it ("$30.8 billion in data
    // center revenue")
    private static int? MeasureNoun(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, WordSet nouns)
    {
        for (int i = q.EndToken; i < Math.Min(facts.Sentence.EndToken, q.EndToken + MaxWords + 2); i++)
        {
            if (doc.IsAny(i, nouns) && doc.Is(q.EndToken, "in"))
            {
                return i;
            }
        }

        for (int i = q.QualifierFirstToken - 1; i >= facts.Sentence.FirstToken; i--)
        {
            if (doc.IsAny(i, nouns))
            {
                return i;
            }
        }

        return null;
    }

    // "and" between two segments ("Truck and SUV sales"), a hyphen inside a compound ("same-store sales")
    private static bool Joiner(AnalyzedDocument doc, int i) =>
        doc.Is(i, "and") || doc.Is(i, "&")
        || (doc.TokenText(i) is "-" && i > 0 && i + 1 < doc.Tokens.Count
            && doc.Tokens[i - 1].End == doc.Tokens[i].Start && doc.Tokens[i].End == doc.Tokens[i + 1].Start);

    // "its two evening sales": a number counts the parts, it names none
    private static bool InAFigure(AnalyzedDocument doc, SentenceFacts facts, int i)
    {
        var (from, to) = doc.QuantitiesIn(facts.Sentence);
        for (int k = from; k < to; k++)
        {
            if (doc.Quantities[k].FirstToken <= i && i < doc.Quantities[k].EndToken)
            {
                return true;
            }
        }

        return false;
    }

    // a word of a segment's name: a plain word, or a name of no company, person or place's own ("iPhone", "Azure"); the
    // sentence's first word may be capitalized ("Gaming revenue grew 15%")
    private static bool Modifier(AnalyzedDocument doc, SentenceFacts facts, List<EntityMention> names, int i)
    {
        var word = doc.TokenText(i);
        // "quarterly", "the highest sales", "its best sales": how the whole did, not a part; "Jensen Huang said revenue
        // rose": a verb and its speaker name no part
        int start = doc.Tokens[i].Start;
        if (doc.Tokens[i].Kind != TokenKind.Word || doc.IsAny(i, Wholes) || doc.IsAny(i, Lexicon.FunctionWords) || doc.IsAny(i, Lexicon.SayingVerbs)
            || word.EndsWith("ly", StringComparison.Ordinal) || (word.Length > 5 && word.EndsWith("est", StringComparison.Ordinal))
            || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || (facts.AttributionCover.Start <= start && start < facts.AttributionCover.End)
            || InAFigure(doc, facts, i) || doc.Is(i - 1, "to") || Lexicon.IsPastForm(word)
            || (word.EndsWith("ing", StringComparison.Ordinal) && doc.Is(i - 1, ",")))
        {
            // ("the first club to generate revenue of more than 1 billion euros": a verb after "to" names no part, nor does
            // a verb in the past, "The survey found summer sales of $4 billion", or a participle opening a clause,
            // "Audiobook downloads rose 21%, helping digital sales grow 6%")
            return false;
        }

        return !names.Exists(m => m.Span.Start <= start && m.Span.End > start && m.Entity.Type is EntityType.Org or EntityType.Person or EntityType.Event);
    }
}
