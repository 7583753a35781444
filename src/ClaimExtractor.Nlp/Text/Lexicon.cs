
namespace ClaimExtractor.Nlp.Text;

/// <summary>Small closed word classes of English the processes share (grammar, not data: they do not change per model).</summary>
public static class Lexicon
{
    /// <summary>Month names and their abbreviations → month number.</summary>
    public static WordMap<int> Months { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["January"] = 1,
        ["Jan."] = 1,
        ["Jan"] = 1,
        ["February"] = 2,
        ["Feb."] = 2,
        ["Feb"] = 2,
        ["March"] = 3,
        ["Mar."] = 3,
        ["April"] = 4,
        ["Apr."] = 4,
        ["Apr"] = 4,
        ["May"] = 5,
        ["June"] = 6,
        ["Jun."] = 6,
        ["July"] = 7,
        ["Jul."] = 7,
        ["August"] = 8,
        ["Aug."] = 8,
        ["Aug"] = 8,
        ["September"] = 9,
        ["Sept."] = 9,
        ["Sep."] = 9,
        ["Sep"] = 9,
        ["Sept"] = 9,
        ["October"] = 10,
        ["Oct."] = 10,
        ["Oct"] = 10,
        ["November"] = 11,
        ["Nov."] = 11,
        ["Nov"] = 11,
        ["December"] = 12,
        ["Dec."] = 12,
        ["Dec"] = 12,
    }.ToWordMap(StringComparer.Ordinal);

    /// <summary>Day names.</summary>
    public static WordSet Days { get; } = WordSet.Create(StringComparer.Ordinal,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>Words that end a noun phrase or never head one (lower case).</summary>
    public static WordSet FunctionWords { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "the", "a", "an", "and", "or", "but", "nor",
        "than", "as", "that", "which", "who", "whom", "whose", "where", "when", "while", "were", "was", "is", "are", "be",
        "been", "being", "have", "has", "had", "having", "will", "would", "could", "can", "may", "might", "must", "should",
        "shall", "do", "does", "did", "this", "these", "those", "last", "next", "per", "each", "every", "more", "less",
        "fewer", "most", "since", "during", "over", "under", "after", "before", "between", "including", "not", "no",
        "also", "now", "its", "their", "his", "her", "our", "your", "my", "it", "they", "them", "he", "she", "we", "you",
        "i", "so", "if", "then", "about", "around", "up", "down", "out", "off", "through", "until", "against", "among",
        "amid", "across", "via", "worth", "such", "only", "just", "all", "both", "some", "any", "other", "another", "own",
        "here", "there", "what", "why", "how", "because", "although", "though", "yet", "still", "already", "alone",
        "'s", "alongside", "despite", "toward", "towards", "within", "without", "above", "below", "near", "like", "unlike",
        "ago", "several", "many", "few", "much", "numerous", "various", "earlier", "later", "outside", "inside", "behind", "along", "beside", "throughout", "upon", "past", "year", "years", "month", "months", "week", "weeks", "day", "days", "record", "total");

    /// <summary>Auxiliaries and adverbs that stand between a counted noun and its verb ("were", "have been").</summary>
    public static WordSet Auxiliaries { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "were", "was", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would", "could", "may", "might",
        "reportedly", "also", "already", "still", "now", "later", "allegedly", "all", "had", "got", "get", "being");

    /// <summary>The forms of "be": "were under 18", "is needed".</summary>
    public static WordSet Copulas { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "is", "are", "was", "were", "be", "been", "being");

    /// <summary>"the" and the possessives that say whose a thing is: "of their weight", "of its value", "in the data center unit".</summary>
    public static WordSet Owners { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "the", "its", "their", "his", "her");

    /// <summary>
    /// Past forms that do not end in "-ed": "prices rose to £314,900", "the fair drew 90,000 visitors"; not ones that are
    /// also present forms ("cut", "hit", "set", "put"), nor saying verbs ("said", "told"), which tell a report, not an
    /// event, nor "paid", whose share of a programme's cost ("of which Germany paid 38%") is a running total, not an event.
    /// </summary>
    public static WordSet IrregularPast { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "rose", "fell", "grew", "drew", "spent", "sold", "stood", "took", "made", "won", "lost", "saw", "came", "went",
        "became", "gave", "began", "brought", "bought", "shrank", "sank", "swung", "slid", "leapt", "broke", "built", "ran",
        "held", "kept", "sent", "struck", "flew", "fought", "stole", "left", "burnt", "sought", "met", "laid", "shed", "found", "shot");

    /// <summary>
    /// Whether a word reads as a verb in the past: a common irregular form ("sold", "fell") or a lower-case word in "-ed"
    /// ("merged", "reported").
    /// </summary>
    public static bool IsPastForm(ReadOnlySpan<char> word) =>
        IrregularPast.Contains(word) || (word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>
    /// Whether a word is an adverb in "-ly" ("widely", "sharply"), not a verb that ends so ("apply", "rally", "supply").
    /// </summary>
    public static bool IsLyAdverb(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && !VerbsInLy.Contains(word);

    // verbs that end as adverbs do: "300 people apply each year"
    private static readonly WordSet VerbsInLy = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "apply", "reply", "supply", "rally", "comply", "multiply", "rely");

    /// <summary>Verbs of saying and reporting ("said", "expects", "warned"): a speaker's, never part of what a figure measures.</summary>
    public static WordSet SayingVerbs { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "told", "added", "announced", "reported", "estimated", "expects", "expected", "believes",
        "confirmed", "warned", "admitted", "acknowledged", "stated", "explained", "noted", "concluded", "wrote", "tweeted", "asked",
        "replied", "responded", "argued", "insisted", "recalled");

    /// <summary>Capitalized words that open sentences and never start a name.</summary>
    public static WordSet CapitalizedFunctionWords { get; } = WordSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "In", "On", "At", "By", "For", "With", "From", "To", "And", "Or", "But", "However", "This", "That",
        "These", "Those", "It", "Its", "Their", "They", "He", "She", "His", "Her", "We", "Our", "I", "You", "There", "Here",
        "According", "Among", "Since", "After", "Before", "As", "If", "When", "While", "Although", "Though", "Despite",
        "Under", "Over", "More", "Most", "Some", "Many", "Several", "About", "Around", "Nearly", "Almost", "Only", "Also",
        "Meanwhile", "Still", "Yet", "So", "Then", "Now", "What", "Why", "How", "Who", "Which", "Where", "Unlock",
        "Recommended", "Read", "Analysts", "Officials", "Experts", "Researchers", "Police", "Crypto", "State-backed",
        "Historically", "Separately", "Last", "Next", "Earlier", "Later", "During", "Both", "Each", "Every", "No", "Not",
        "Stealing", "Such", "Other",
        // a rival or a neighbour the name after it is: "Rival Gatwick handled 43.2 million passengers"
        "Rival", "Rivals", "Fellow", "Neighbouring", "Neighboring", "Nearby");
}
