using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>Finds metric terms from the synonyms lexicon in a token range, nearest to a point first.</summary>
internal sealed class MetricFinder
{
    private readonly MetricLexicon lexicon;

    public MetricFinder(MetricLexicon lexicon) => this.lexicon = lexicon;

    public FrozenLike Lexicon => new(lexicon);

    /// <summary>The term at token <paramref name="i"/> (longest first) for any of <paramref name="uses"/> whose concept <paramref name="accept"/> takes.</summary>
    public MetricMatch? At(AnalyzedDocument doc, int i, int limit, ReadOnlySpan<MetricUse> uses, Func<string, bool>? accept = null)
    {
        // "Trump's 47%, within the margin of error": what a figure stays within is not what it measures; nor is a verb or an
        // idiom that spells a term ("set aside $16 billion to deal with the litigation", "a great deal of")
        // ("Massachusetts, long the top performer, saw reading fall 5 points": "long" before an article or "since" is a time;
        // "expected to contract about 3.5%" is no contract, "will return to work" no return on an investment, and "futures
        // settled down $1.43" no legal settlement)
        if (doc.Tokens[i].Kind != TokenKind.Word || (doc.Is(i - 1, "the") && doc.Is(i - 2, "within")) || (doc.Is(i, "deal") && doc.IsAny(i - 1, NotADeal))
            || (doc.Is(i, "long") && doc.IsAny(i + 1, AfterLongAsTime)) || (doc.Is(i, "contract") && doc.IsAny(i - 1, BeforeAVerb))
            || (doc.IsAny(i, ReturnVerbs) && doc.Is(i + 1, "to") && !doc.IsAny(i + 2, ReturnedTo)) || (doc.Is(i, "settled") && doc.IsAny(i + 1, SettledAt)))
        {
            return null;
        }

        // "Discontinuation rates ranged from 5.2% to 8%", "the graduation rate": a rate an abstract noun the lexicon does
        // not know names before it is that noun's, never an interest rate
        if (doc.TokenText(i) is "rate" or "rates" && uses.Contains(MetricUse.Rate) && NamedRate(doc, i, limit) is { } named && (accept is null || accept(named.Concept)))
        {
            return named;
        }

        var keys = new PhraseKeyPrefixes(doc, i, limit, stackalloc char[Math.Min(lexicon.MaxKeyLength, PhraseKeyPrefixes.MaxChars)], stackalloc int[Math.Min(lexicon.MaxTokens, PhraseKeyPrefixes.MaxTokens)]);
        // only as many words as the longest term opening with this one: most words open none
        for (int n = keys.Count == 0 ? 0 : Math.Min(keys.Count, lexicon.LongestFrom(keys.Key(1))); n >= 1; n--)
        {
            foreach (var use in uses)
            {
                if (lexicon.Concept(use, keys.Key(n)) is { } found && (n != 1 || doc.IsAny(i, LossWords) ? found : Unlost(doc, i, found, doc.TokenText(i))) is var concept
                    && (accept is null || accept(concept)) && !doc.IsAny(i + n, BusinessHeads)
                    && !EndsACompound(doc, i, i + n))
                {
                    return new MetricMatch(concept, use, i, i + n);
                }
            }
        }

        return null;
    }

    // the rate the abstract noun before "rate" or "rates" at token rate names, where the lexicon knows no term there
    private MetricMatch? NamedRate(AnalyzedDocument doc, int rate, int limit)
    {
        int noun = rate - 1;
        if (noun < 0 || doc.Tokens[noun].Kind != TokenKind.Word || doc.TokenText(noun) is not { Length: > 5 } word
            || !(char.IsLower(word[0]) || doc.Sentences[doc.Tokens[noun].Sentence].FirstToken == noun)
            || !EndsWithAny(word, AbstractNounEndings) || At(doc, noun, limit, [MetricUse.Rate]) is not null)
        {
            return null;
        }

        return new MetricMatch(word.ToString().ToLowerInvariant(), MetricUse.Rate, noun, rate + 1);
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // the endings of nouns that name a process or a state: discontinuation, completion, admission, retirement, readiness,
    // mortality, acceptance, adherence, failure, ownership
    private static readonly string[] AbstractNounEndings = ["tion", "sion", "ment", "ness", "ity", "ance", "ence", "ure", "ship"];

    /// <summary>
    /// <paramref name="concept"/>, or the <paramref name="noun"/> itself for homes, houses and buildings in a sentence
    /// (the one token <paramref name="i"/> is in) that tells of no loss ("1.39 million homes on the market", "5,000 new
    /// homes"): they are counted as lost only where the sentence says so ("destroyed 38 homes", "61 homes lost"), and
    /// as damaged where the loss word nearest them says so ("Another 19 buildings were damaged").
    /// </summary>
    internal static string Unlost(AnalyzedDocument doc, int i, string concept, ReadOnlySpan<char> noun)
    {
        if (concept != BuildingsDestroyed)
        {
            return concept;
        }

        var sentence = doc.Sentences[doc.Tokens[i].Sentence];
        int loss = NearestLoss(doc, i, sentence.FirstToken, sentence.EndToken);
        return loss < 0 ? MetricKeys.Singular(noun.ToString().ToLowerInvariant()) : doc.IsAny(loss, DamageWords) ? BuildingsDamaged : concept;
    }

    // the loss word that tells of the noun at token i, or -1 when [first, end) has none: one right after it, past any
    // auxiliaries ("19 buildings were damaged", "homes destroyed"), else the nearest before it ("destroyed at least 38
    // homes and damaged 17 others"), else the first after it ("40 homes in the valley were flattened")
    private static int NearestLoss(AnalyzedDocument doc, int i, int first, int end)
    {
        int next = i + 1;
        while (next < end && doc.IsAny(next, Text.Lexicon.Auxiliaries))
        {
            next++;
        }

        if (next < end && doc.IsAny(next, LossWords))
        {
            return next;
        }

        for (int k = i; k >= first; k--)
        {
            if (doc.IsAny(k, LossWords))
            {
                return k;
            }
        }

        for (int k = i + 1; k < end; k++)
        {
            if (doc.IsAny(k, LossWords))
            {
                return k;
            }
        }

        return -1;
    }

    // "destroyed 87 structures and damaged 19 others", "Another 19 buildings were damaged": buildings damaged are
    // apart from those destroyed
    private const string BuildingsDamaged = "buildings_damaged";

    private static readonly WordSet DamageWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "damaged", "damaging", "damage");

    private const string BuildingsDestroyed = "buildings_destroyed";

    private static readonly WordSet LossWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "destroyed", "destroying", "destroys", "destroy", "damaged", "damaging", "burned", "burnt", "burning", "lost", "razed", "flattened",
        "collapsed", "levelled", "leveled", "gutted", "wrecked", "demolished", "flooded", "swept", "consumed", "torched", "bulldozed",
        "damage", "destruction", "uninhabitable");

    // "fourth graders in high-poverty schools", "low-income households", "pre-tax profit": a term closing a hyphened
    // compound that describes the noun after it is no measure of the figure
    private static bool EndsACompound(AnalyzedDocument doc, int first, int end) =>
        doc.TokenText(first - 1) is "-" && first >= 2 && doc.Tokens[first - 2].End == doc.Tokens[first - 1].Start && doc.Tokens[first - 1].End == doc.Tokens[first].Start
        && end < doc.Tokens.Count && doc.Tokens[end].Kind == TokenKind.Word && doc.Tokens[end - 1].End < doc.Tokens[end].Start
        && char.IsLower(doc.TokenText(end)[0]) && !doc.IsAny(end, Text.Lexicon.FunctionWords);

    private static readonly WordSet AfterLongAsTime = WordSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "an", "since", "before", "after", "ago");

    private static readonly WordSet SettledAt = WordSet.Create(StringComparer.OrdinalIgnoreCase, "at", "up", "down", "higher", "lower", "unchanged", "flat");

    private static readonly WordSet ReturnVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "return", "returns", "returned", "returning");

    // what money is returned to ("returned $10 billion to shareholders" is a return of capital)
    private static readonly WordSet ReturnedTo = WordSet.Create(StringComparer.OrdinalIgnoreCase, "shareholders", "investors", "stockholders", "owners");

    // "expected to contract about 3.5%", "the economy will contract": the verb, no contract signed
    private static readonly WordSet BeforeAVerb = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "will", "would", "could", "may", "might", "should", "did", "does", "not", "'ll", "’ll");

    private static readonly WordSet NotADeal = WordSet.Create(StringComparer.OrdinalIgnoreCase, "to", "great", "good");

    // "the investment bank", "a sales team", "the profits unit", "Mexican immigration authorities", "the budget office": a
    // term naming the business a noun after it heads is no measure
    private static readonly WordSet BusinessHeads = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "bank", "banks", "banking", "banker", "bankers", "firm", "firms", "fund", "funds", "arm", "unit", "units", "division",
        "manager", "managers", "team", "teams", "adviser", "advisers", "advisor", "advisors", "vehicle", "trust", "house", "houses",
        "authorities", "officials", "department", "agency", "agencies", "ministry", "minister", "policy", "policies", "lawyer", "lawyers",
        "office", "offices", "watchdog", "committee", "commission", "panel", "regulator", "regulators");

    /// <summary>
    /// The nearest term to [<paramref name="from"/>, <paramref name="to"/>) inside [first, end), skipping <paramref name="skip"/>
    /// tokens. Looking forward stops at a subordinate clause: in "raises rates to 4.5% as inflation stays high" the
    /// figure is the rates', not the inflation's.
    /// </summary>
    public MetricMatch? Nearest(AnalyzedDocument doc, int first, int end, int from, int to, ReadOnlySpan<MetricUse> uses, Func<int, bool> skip, bool forwardFirst = true,
        Func<string, bool>? accept = null)
    {
        int forwardEnd = SubordinateClauseAfter(doc, to, end);
        // "tariffs of 25% on imports", "revenue of $5 billion from cloud": the term "of" hangs the figure on comes first
        forwardFirst &= !doc.Is(from - 1, "of");
        for (int d = 0; d < end - first; d++)
        {
            int after = to + d;
            int before = from - 1 - d;
            var (firstTry, firstEnd, secondTry, secondEnd) = forwardFirst ? (after, forwardEnd, before, end) : (before, end, after, forwardEnd);
            if ((AtInside(doc, first, firstEnd, firstTry, uses, skip, accept) ?? AtInside(doc, first, secondEnd, secondTry, uses, skip, accept)) is { } match)
            {
                // "earnings before interest, tax, depreciation and amortisation came in at £2 billion": before the
                // figure, the longer term that ends with the word found
                return match.First < from && accept is null ? Widened(doc, first, from, match, uses, skip) : match;
            }
        }

        return null;
    }

    private MetricMatch? AtInside(AnalyzedDocument doc, int first, int end, int i, ReadOnlySpan<MetricUse> uses, Func<int, bool> skip, Func<string, bool>? accept) =>
        i >= first && i < end && !skip(i) ? At(doc, i, end, uses, accept) : null;

    /// <summary>
    /// Where a subordinate clause or the next verb phrase opens after the figure ("as inflation stays high", "because
    /// demand fell", "while net income jumped", "and halved its forecast", ", valuing the company at"), or end; "as" opens one only before a clause's words, not in "as of
    /// March", "as a share of", "as well as", "as much as", "as cost-effective as".
    /// </summary>
    public static int SubordinateClauseAfter(AnalyzedDocument doc, int to, int end)
    {
        for (int i = to; i < end; i++)
        {
            if (doc.IsAny(i, ClauseSubordinators) || (doc.Is(i, "as") && !doc.IsAny(i + 1, NotAfterClausalAs) && !IsComparison(doc, i)) || OpensVerbPhrase(doc, i)
                || OpensParticipleClause(doc, i) || OpensCoordinate(doc, i, end) || OpensTimeClause(doc, i, end))
            {
                return i;
            }
        }

        return end;
    }

    // "fell by more than 90% last year after Britain signed a returns deal": a time clause whose subject is a name, with
    // a verb of its own in the past ("after tax", "after rising" open none; "after survey returns showed fewer people out
    // of work" may name what the figure measures)
    private static bool OpensTimeClause(AnalyzedDocument doc, int i, int end)
    {
        if (!doc.IsAny(i, TimeSubordinators) || i + 1 >= end || doc.Tokens[i + 1].Kind != TokenKind.Word || !char.IsUpper(doc.TokenText(i + 1)[0]))
        {
            return false;
        }

        for (int k = i + 2; k < Math.Min(end, i + 2 + TimeClauseSubjectWords); k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && IsPastVerb(doc, k))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet TimeSubordinators = WordSet.Create(StringComparer.OrdinalIgnoreCase, "after", "when", "before", "until", "once");

    // how many words may name the subject of a time clause before its verb ("after the Bank of England raised")
    private const int TimeClauseSubjectWords = 4;

    // "cut interest rates by a quarter point to 4.5% on Thursday and halved its growth forecast": "and" or "but" before a
    // past or modal verb opens the next verb phrase, whose words are its own
    private static bool OpensVerbPhrase(AnalyzedDocument doc, int i)
    {
        if (!(doc.Is(i, "and") || doc.Is(i, "but")) || i + 1 >= doc.Tokens.Count || doc.Tokens[i + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        return IsPastVerb(doc, i + 1) || (char.IsLower(doc.TokenText(i + 1)[0]) && doc.IsAny(i + 1, Modals));
    }

    // a lower-case word in the past at token i: "-ed" past four letters ("raised", not "red") or an irregular past ("fell")
    private static bool IsPastVerb(AnalyzedDocument doc, int i)
    {
        var w = doc.TokenText(i);
        return char.IsLower(w[0]) && ((w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || Narration.IsIrregularPast(doc, i));
    }

    // "down from 2.3% last year, and unemployment to average 4.3%", "climb to $952 billion, or 3.2% of GDP": ", and" opens
    // the next coordinate, and ", or" a figure restating this one, whose words are their own
    private static bool OpensCoordinate(AnalyzedDocument doc, int i, int end)
    {
        if (doc.TokenText(i) is not "," || i + 2 >= end)
        {
            return false;
        }

        if (doc.Is(i + 1, "and"))
        {
            return true;
        }

        int k = doc.FirstQuantityAtOrAfter(i + 2);
        return doc.Is(i + 1, "or") && k < doc.Quantities.Count && doc.Quantities[k].QualifierFirstToken <= i + 3;
    }

    // "closed up 48% at $50.44, valuing the company at nearly $8 billion": a comma before a present participle opens a
    // clause of its own
    private static bool OpensParticipleClause(AnalyzedDocument doc, int i) =>
        doc.TokenText(i) is "," && i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].Kind == TokenKind.Word && doc.TokenText(i + 1) is { Length: > 5 } w
        && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal);

    private static readonly WordSet Modals = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "would", "may", "might", "could", "should", "said", "says");

    // "1-2x as cost-effective as", "twice as many as": a comparison, not a clause
    private static bool IsComparison(AnalyzedDocument doc, int i) => doc.Is(i + 2, "as") || doc.Is(i + 3, "as") || doc.Is(i + 4, "as");

    private static readonly WordSet ClauseSubordinators = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "because", "although", "though", "unless", "whereas", "while", "whilst");

    private static readonly WordSet NotAfterClausalAs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "a", "an", "well", "much", "many", "part", "such", "high", "low", "long", "far", "little", "few", "measured", "at", "in", "on", "to", "for", "per", "against", "compared");

    /// <summary>
    /// The first term scanning left from <paramref name="from"/> down to <paramref name="first"/>, whole: a longer term
    /// that ends with the word found wins ("hourly earnings" over "earnings").
    /// </summary>
    public MetricMatch? Before(AnalyzedDocument doc, int first, int from, ReadOnlySpan<MetricUse> uses, Func<int, bool> skip)
    {
        for (int i = from - 1; i >= first; i--)
        {
            if (!skip(i) && At(doc, i, from, uses) is { } match)
            {
                return Widened(doc, first, from, match, uses, skip);
            }
        }

        return null;
    }

    // the longest term from first on that ends with match or after it, before from
    private MetricMatch Widened(AnalyzedDocument doc, int first, int from, MetricMatch match, ReadOnlySpan<MetricUse> uses, Func<int, bool> skip)
    {
        for (int j = match.First - 1; j >= Math.Max(first, match.First - (lexicon.MaxTokens - 1)); j--)
        {
            if (!skip(j) && At(doc, j, from, uses) is { } longer && longer.End >= match.End)
            {
                match = longer;
            }
        }

        return match;
    }

    /// <summary>Whether the noun is generic ("people"): the verb decides the metric.</summary>
    public bool IsGeneric(string noun) => lexicon.GenericNouns.Contains(noun.ToLowerInvariant()) || (noun.Length > 0 && char.IsUpper(noun[0]));

    /// <summary>A wrapper so callers can ask the lexicon about single words.</summary>
    public readonly struct FrozenLike(MetricLexicon lexicon)
    {
        public string? Concept(MetricUse use, string word) => lexicon.Concept(use, word.ToLowerInvariant().Replace('’', '\''));

        public string? KindOf(string unitCode) => lexicon.KindOf(unitCode);

        public bool Measures(string concept, string unitCode) => lexicon.Measures(concept, unitCode);

        public bool ListsKindOf(string concept, string unitCode) => lexicon.ListsKindOf(concept, unitCode);
    }
}
