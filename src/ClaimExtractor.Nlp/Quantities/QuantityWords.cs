using System.Collections.Frozen;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>The words around a number that bound it or make it a change (grammar, not data).</summary>
internal static class QuantityWords
{
    public static FrozenDictionary<string, Qualifier> TwoWordQualifiers { get; } = new Dictionary<string, Qualifier>(StringComparer.OrdinalIgnoreCase)
    {
        ["more than"] = Qualifier.MoreThan,
        ["greater than"] = Qualifier.MoreThan,
        ["higher than"] = Qualifier.MoreThan,
        ["larger than"] = Qualifier.MoreThan,
        ["in excess of"] = Qualifier.MoreThan,
        ["upwards of"] = Qualifier.MoreThan,
        ["just over"] = Qualifier.MoreThan,
        ["well over"] = Qualifier.MoreThan,
        ["well above"] = Qualifier.MoreThan,
        ["less than"] = Qualifier.LessThan,
        ["fewer than"] = Qualifier.LessThan,
        ["lower than"] = Qualifier.LessThan,
        ["just under"] = Qualifier.LessThan,
        ["just below"] = Qualifier.LessThan,
        ["at least"] = Qualifier.AtLeast,
        ["no fewer than"] = Qualifier.AtLeast,
        ["no less than"] = Qualifier.AtLeast,
        ["at most"] = Qualifier.AtMost,
        ["up to"] = Qualifier.AtMost,
        ["as many as"] = Qualifier.AtMost,
        ["as much as"] = Qualifier.AtMost,
        ["no more than"] = Qualifier.AtMost,
        ["less than or equal to"] = Qualifier.AtMost,
        ["fewer than or equal to"] = Qualifier.AtMost,
        ["smaller than or equal to"] = Qualifier.AtMost,
        ["less or equal than"] = Qualifier.AtMost,
        ["smaller or equal than"] = Qualifier.AtMost,
        ["lower or equal than"] = Qualifier.AtMost,
        ["equal to or less than"] = Qualifier.AtMost,
        ["equal to or fewer than"] = Qualifier.AtMost,
        ["greater than or equal to"] = Qualifier.AtLeast,
        ["more than or equal to"] = Qualifier.AtLeast,
        ["larger than or equal to"] = Qualifier.AtLeast,
        ["greater or equal than"] = Qualifier.AtLeast,
        ["bigger or equal than"] = Qualifier.AtLeast,
        ["higher or equal than"] = Qualifier.AtLeast,
        ["larger or equal than"] = Qualifier.AtLeast,
        ["equal to or more than"] = Qualifier.AtLeast,
        ["equal to or greater than"] = Qualifier.AtLeast,
        ["at least or equal to"] = Qualifier.AtLeast,
        ["a minimum of"] = Qualifier.AtLeast,
        // a price that starts somewhere is the cheapest of several ("prices start at $2,199", "from just $9.99 a month")
        ["starting at"] = Qualifier.AtLeast,
        ["starting from"] = Qualifier.AtLeast,
        ["starting at just"] = Qualifier.AtLeast,
        ["starts at"] = Qualifier.AtLeast,
        ["start at"] = Qualifier.AtLeast,
        ["starts at just"] = Qualifier.AtLeast,
        ["start at just"] = Qualifier.AtLeast,
        ["starting price of"] = Qualifier.AtLeast,
        ["priced from"] = Qualifier.AtLeast,
        ["from just"] = Qualifier.AtLeast,
        ["a maximum of"] = Qualifier.AtMost,
        ["bigger than"] = Qualifier.MoreThan,
        ["smaller than"] = Qualifier.LessThan,
        ["> ="] = Qualifier.AtLeast,
        ["< ="] = Qualifier.AtMost,
        ["close to"] = Qualifier.Approx,
        ["an estimated"] = Qualifier.Approx,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The most words a qualifier before a number has ("less than or equal to").</summary>
    public static int LongestQualifier { get; } = TwoWordQualifiers.Keys.Max(k => k.Count(c => c == ' ') + 1);

    /// <summary>Qualifiers after the number: "10,000 or more", "$50 or less", "65 and older", "12,000-plus", "30-odd".</summary>
    public static FrozenDictionary<string, Qualifier> TrailingQualifiers { get; } = new Dictionary<string, Qualifier>(StringComparer.OrdinalIgnoreCase)
    {
        ["- plus"] = Qualifier.AtLeast,
        ["- odd"] = Qualifier.Approx,
        ["or more"] = Qualifier.AtLeast,
        ["or higher"] = Qualifier.AtLeast,
        ["or greater"] = Qualifier.AtLeast,
        ["or above"] = Qualifier.AtLeast,
        ["or over"] = Qualifier.AtLeast,
        ["or older"] = Qualifier.AtLeast,
        ["and more"] = Qualifier.AtLeast,
        ["and above"] = Qualifier.AtLeast,
        ["and over"] = Qualifier.AtLeast,
        ["and up"] = Qualifier.AtLeast,
        ["and older"] = Qualifier.AtLeast,
        ["or less"] = Qualifier.AtMost,
        ["or fewer"] = Qualifier.AtMost,
        ["or lower"] = Qualifier.AtMost,
        ["or below"] = Qualifier.AtMost,
        ["or under"] = Qualifier.AtMost,
        ["or younger"] = Qualifier.AtMost,
        ["and below"] = Qualifier.AtMost,
        ["and under"] = Qualifier.AtMost,
        ["and younger"] = Qualifier.AtMost,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a number written like a year that make it an amount ("about 2000 people", "is 1920 pixels").</summary>
    public static WordSet YearAsCountCues { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "about", "around", "roughly", "approximately", "some", "nearly", "almost", "estimated", "is", "are", "was", "were");

    /// <summary>Plurals without an s that a count names ("2000 people").</summary>
    public static WordSet PluralCounts { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "people", "staff", "children", "women", "men", "police", "personnel", "cattle", "sheep");

    /// <summary>Plurals after a year that it dates, not counts ("2019 levels", "2020 elections", "1990s").</summary>
    public static WordSet YearFollowers { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "levels", "elections", "games", "olympics", "results", "figures", "prices", "rates", "numbers", "highs", "lows", "s");

    public static WordMap<Qualifier> OneWordQualifiers { get; } = new Dictionary<string, Qualifier>(StringComparer.OrdinalIgnoreCase)
    {
        ["about"] = Qualifier.Approx,
        ["around"] = Qualifier.Approx,
        ["roughly"] = Qualifier.Approx,
        ["approximately"] = Qualifier.Approx,
        ["some"] = Qualifier.Approx,
        ["nearly"] = Qualifier.Approx,
        ["almost"] = Qualifier.Approx,
        ["circa"] = Qualifier.Approx,
        ["approx."] = Qualifier.Approx,
        ["~"] = Qualifier.Approx,
        ["estimated"] = Qualifier.Approx,
        ["over"] = Qualifier.MoreThan,
        ["above"] = Qualifier.MoreThan,
        ["topped"] = Qualifier.MoreThan,
        ["tops"] = Qualifier.MoreThan,
        ["topping"] = Qualifier.MoreThan,
        ["exceeded"] = Qualifier.MoreThan,
        ["exceeds"] = Qualifier.MoreThan,
        ["exceeding"] = Qualifier.MoreThan,
        ["surpassed"] = Qualifier.MoreThan,
        ["surpassing"] = Qualifier.MoreThan,
        ["beyond"] = Qualifier.MoreThan,
        ["exceed"] = Qualifier.MoreThan,
        ["surpass"] = Qualifier.MoreThan,
        ["surpasses"] = Qualifier.MoreThan,
        [">"] = Qualifier.MoreThan,
        ["<"] = Qualifier.LessThan,
        [">="] = Qualifier.AtLeast,
        ["≥"] = Qualifier.AtLeast,
        ["<="] = Qualifier.AtMost,
        ["≤"] = Qualifier.AtMost,
        ["under"] = Qualifier.LessThan,
        ["below"] = Qualifier.LessThan,
        ["minimum"] = Qualifier.AtLeast,
        ["maximum"] = Qualifier.AtMost,
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] PassWords = ["passes", "passed", "passing", "crosses", "crossed", "crossing"];

    /// <summary>Verbs that bound a mark they go past ("the death toll passes 200"), but not a count of things they pass ("passed 12 bills").</summary>
    public static WordSet PassVerbs { get; } = WordSet.Of(PassWords, StringComparer.OrdinalIgnoreCase);

    /// <summary>Qualifier words that are part of a verb phrase (topped, exceeded, passed): they stay qualifiers but are never thresholds.</summary>
    public static WordSet VerbQualifiers { get; } = WordSet.Of(
        ["topped", "tops", "topping", "exceeded", "exceeds", "exceeding", "exceed", "surpassed", "surpassing", "surpass", "surpasses", .. PassWords],
        StringComparer.OrdinalIgnoreCase);

    public static WordSet Rises { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "rose", "rise", "rises", "risen", "rising", "grew", "grow", "grows", "grown", "growing", "jumped", "jump", "jumps",
        "surged", "surge", "surges", "soared", "soar", "climbed", "climb", "climbs", "increased", "increase", "increases",
        "gained", "gain", "gains", "up", "advanced", "spiked", "rallied", "added", "widened", "expanded", "jumping", "surging", "soaring", "soars",
        "climbing", "gaining", "advancing", "rallying", "strengthened", "strengthening", "firmed", "appreciated",
        "leapt", "leaped", "leap", "leaps", "leaping", "rocketed", "skyrocketed", "skyrocketing", "ballooned", "rebounded",
        // a headline's present: "US housing starts rebound 15.8% in December", "Deficit widens 5%"
        "rebound", "rebounds", "rebounding", "widens", "widen", "expands", "expand", "rallies", "rally", "spikes", "spike", "rockets", "balloons");

    /// <summary>Verbs that raise an object by an amount ("raised rates by 25 basis points"); used only with "by".</summary>
    public static WordSet Raises { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "raised", "raise", "raises", "raising", "hiked", "hikes", "lifted", "lifts", "boosted", "boosts", "increasing");

    /// <summary>Verbs that lower an object by an amount ("cut output by 1.2 million barrels a day"); used only with "by".</summary>
    public static WordSet Lowers { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "cuts", "cutting", "reduced", "reduce", "reduces", "reducing", "lowered", "lowers", "lower", "lowering", "slashed", "slashes", "slash",
        "slashing", "trimmed", "trims", "trim", "trimming");

    /// <summary>Determiners before a person in an age apposition ("the defendant, 45,", "his wife, 38,") or before a name with a number ("the Apollo 11 crew").</summary>
    public static WordSet Determiners { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "his", "her", "their", "our", "my");


    /// <summary>Closed-class words after a name and a number that make the number part of the name ("a Boeing 737 over the bay").</summary>
    public static WordSet AfterModelNames { get; } = WordSet.Create(StringComparer.Ordinal,
        "over", "and", "or", "to", "from", "with", "was", "is", "has", "for", "that", "which", "into", "at", "on", "in", "not");

    public static WordSet Falls { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
        "decreased", "decrease", "decreases", "slid", "slide", "slipped", "plunged", "plunge", "tumbled", "sank", "sunk",
        "down", "lost", "shrank", "shrunk", "shrink", "shrinks", "contracted", "cut", "narrowed", "eased", "dipped", "slumped", "declining", "dropping", "sliding",
        "slides", "slipping", "slips", "plunging", "plunges", "tumbling", "tumbles", "sinking", "sinks", "shrinking", "easing", "eases", "dipping",
        "dips", "slumping", "slumps", "decreasing", "weakened", "weakening", "depreciated", "shed", "sheds", "shedding", "losing", "loses",
        "plummeted", "plummet", "plummets", "plummeting", "slump", "tumble", "sink", "dip", "nosedived", "tanked", "collapsed",
        "sagged", "sags", "retreated", "retreats", "collapses", "tanks");

    public static WordSet ChangeNouns { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "increase", "rise", "raise", "jump", "gain", "growth", "surge", "hike", "drop", "decline", "fall", "decrease", "cut", "reduction", "slump", "dip", "loss");

    /// <summary>True when a change noun and "of" stand right before token <paramref name="at"/>: "a fall of 2.1%", "an increase of a quarter".</summary>
    public static bool OfAChange(AnalyzedDocument doc, int at) => at >= 2 && doc.Is(at - 1, "of") && doc.IsAny(at - 2, ChangeNouns);

    /// <summary>Comparatives after a percentage that make it a rise over what follows ("6.8% higher than", "5% above").</summary>
    public static WordSet HigherWords { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "higher", "more", "greater", "above", "up", "bigger", "larger");

    /// <summary>Comparatives after a percentage that make it a fall below what follows ("5% lower than", "3% below").</summary>
    public static WordSet LowerWords { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "lower", "less", "fewer", "below", "down", "smaller", "cheaper");

    /// <summary>A temperature's comparatives upward ("1.6C warmer"), a rise over what they compare with.</summary>
    public static WordSet Warmer { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "warmer", "hotter");

    /// <summary>A temperature's comparatives downward ("2C colder"), a fall below what they compare with.</summary>
    public static WordSet Colder { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "colder", "cooler");

    /// <summary>What a screen's resolution ("4K", "8K") is said of: "4K streaming", "a 4K TV", "8K video".</summary>
    public static WordSet ScreenNouns { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "resolution", "tv", "tvs", "television", "televisions", "video", "videos", "streaming", "stream", "streams", "hdr", "display", "displays",
        "screen", "screens", "monitor", "monitors", "uhd", "gaming", "content", "camera", "cameras", "footage", "recording", "playback", "output",
        "projector", "panel", "graphics", "textures", "blu-ray");

    /// <summary>What a speaker layout ("5.1", "7.1") is said of: "5.1 surround sound", "a 7.1 channel system".</summary>
    public static WordSet SpeakerLayouts { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "surround", "channel", "channels", "audio", "sound", "speaker", "speakers", "system", "soundbar", "dolby");

    /// <summary>Words after a jetliner's model number that name the jet ("the 777 program", "a 737 plane", "800 737s").</summary>
    public static WordSet AircraftWords { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "jet", "jets", "jetliner", "jetliners", "plane", "planes", "airliner", "airliners", "aircraft", "program", "programme", "fleet", "fleets",
        "freighter", "freighters", "jumbo", "jumbos", "model", "models", "variant", "variants", "s");

    /// <summary>Words after an age set off by commas that go on with the person's clause ("the star, 42, was voted off", "a nurse, 31, of Leeds").</summary>
    public static WordSet AfterAnAge { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "was", "is", "has", "had", "said", "says", "who", "of", "from", "died", "dies", "will", "would", "pleaded", "faces", "faced", "told", "remains",
        "became", "becomes", "lives", "lived");

    /// <summary>Verbs of calling before an emergency number ("called 911", "dialled 999", "a call to 911").</summary>
    public static WordSet CallVerbs { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing", "dialling", "phone", "phoned", "phoning", "rang", "ring");

    /// <summary>Words after an emergency number that name its line ("a 911 call", "the 999 operator").</summary>
    public static WordSet EmergencyLineWords { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "dispatch", "operator", "operators", "center", "centre", "centers",
        "centres", "line", "lines", "system", "services", "emergency", "emergencies", "recording", "recordings", "tape", "tapes");

    /// <summary>Spanish and Portuguese month names, after "de" in a date ("5 de agosto", "21 de outubro").</summary>
    public static WordSet RomanceMonths { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro");

    /// <summary>Abbreviations of labels written with a dot before a number ("Nr. 4", "Art. 5", "Fig. 2").</summary>
    public static WordSet LabelAbbreviations { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "nr", "no", "art", "fig", "vol", "abs", "sec", "para", "ch", "pt");

    /// <summary>Words before a number that make it a label, not a quantity ("Section 230", "Flight 370").</summary>
    public static WordSet Labels { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "section", "§", "§§", "article", "chapter", "model", "version", "flight", "route", "page", "pages", "room", "no.", "number",
        "item", "rule", "clause", "paragraph", "highway", "interstate", "bill", "resolution", "amendment", "act", "appendix",
        "figure", "fig.", "table", "level", "phase", "grade", "gate", "platform", "track", "episode", "season", "vol.",
        "volume", "#", "category", "class", "type", "series", "generation", "gen", "iphone", "windows", "android", "top",
        "covid", "g", "apt", "unit", "district", "precinct", "ward", "block", "lot", "suite", "building", "pier", "terminal",
        "exit", "day", "week", "round", "stage", "game", "match", "ios", "call", "dial", "text", "code", "pin", "zip", "junction",
        "box", "area");

    /// <summary>The last word of a street name, which makes the number before the name a house number ("10 Downing Street").</summary>
    public static WordSet StreetWords { get; } = WordSet.Create(StringComparer.Ordinal,
        "Street", "St", "St.", "Road", "Rd", "Rd.", "Avenue", "Ave", "Ave.", "Lane", "Boulevard", "Blvd", "Drive", "Place", "Square", "Terrace",
        "Crescent", "Close", "Way", "Court", "Highway");

    /// <summary>
    /// Coins and sub-units of a currency after a number, with their share of the main unit: "50 cents" is 0.50 USD, "470
    /// pence" 4.70 GBP, "3 dimes" 0.30 USD (the coins only in the plural: "two nickel mines" are no money).
    /// </summary>
    public static WordMap<(string Code, decimal Share)> SubUnits { get; } = new Dictionary<string, (string, decimal)>(StringComparer.OrdinalIgnoreCase)
    {
        ["cent"] = ("USD", 0.01m),
        ["cents"] = ("USD", 0.01m),
        ["¢"] = ("USD", 0.01m),
        ["penny"] = ("GBP", 0.01m),
        ["pennies"] = ("GBP", 0.01m),
        ["pence"] = ("GBP", 0.01m),
        ["nickels"] = ("USD", 0.05m),
        ["dimes"] = ("USD", 0.1m),
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    /// <summary>Model words after a model number, as written: "the 737 Max", "the 787 Dreamliner", "an iPhone 15 Pro".</summary>
    public static WordSet ModelWords { get; } = WordSet.Create(StringComparer.Ordinal, "Max", "MAX", "Dreamliner", "Pro", "Ultra");

    /// <summary>Words after "the three months" that name a reporting period by its end: "to June", "ended March 31".</summary>
    public static WordSet PeriodEnds { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "through", "till", "until", "ending", "ended");

    /// <summary>Words before a number of quarters that make them quarters of a year: "for three quarters", "the past two quarters".</summary>
    public static WordSet QuarterCounters { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "for", "past", "last", "next", "previous", "prior", "first", "final", "coming", "recent", "consecutive", "straight");

    /// <summary>Words for zero that stand alone as a level ("cut to zero", "inflation was nought").</summary>
    public static WordSet ZeroLevels { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "zero", "nought", "naught");

    /// <summary>Words before a lone zero that make it a level: "to zero", "at zero", "was zero", "hit zero".</summary>
    public static WordSet ZeroLevelOpeners { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "at", "from", "below", "above", "near", "is", "was", "were", "are", "be", "been", "remain", "remains", "remained", "stayed", "hit", "hits", "reached");

    /// <summary>Words for the digit 0 after "point" ("nine point nought four").</summary>
    public static WordSet ZeroWords { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "zero", "nought", "naught", "oh");

    /// <summary>Names of the hundredths of other currencies, read only after an amount in the main unit ("20 ringgit and 43 sen").</summary>
    public static WordSet MinorUnits { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "sen", "sens", "paise", "kopecks", "kopeks", "kopiykas", "kopiyok", "centimes", "centavos", "pesewas", "halalas", "agorot");

    public static WordSet OrdinalSuffixes { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "st", "nd", "rd", "th");

    public static WordSet ClockWords { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "a.m.", "p.m.", "am", "pm", "GMT", "UTC", "ET", "EST", "EDT", "BST", "CET", "o'clock");

    public static WordSet TimesFollowers { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "as", "more", "higher", "larger", "bigger", "greater", "the", "faster", "that", "what", "over",
        // a valuation's multiple: "trades at 25 times forward earnings", "bought for 12 times EBITDA"
        "earnings", "sales", "revenue", "revenues", "ebitda", "profit", "profits", "forward", "trailing", "book");

    /// <summary>Contract codes of the duration units ("47 minutes", "a two-year delay").</summary>
    public static WordSet DurationCodes { get; } = WordSet.Create(StringComparer.Ordinal, "s", "min", "h", "day", "week", "month", "year");

    /// <summary>Words before a duration that make it a period of time, not a measure ("the past two years", "next month").</summary>
    public static WordSet PeriodOpeners { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "past", "last", "next", "coming", "previous", "following", "first", "final", "recent", "in", "within");

    /// <summary>
    /// Words after a duration that make it a point in time counted from now ("two years ago"); a lag ("finalised two
    /// months later", "57 minutes after liftoff") stays a measure.
    /// </summary>
    public static WordSet PeriodClosers { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase, "ago", "hence");

    /// <summary>
    /// Words after a hyphenated term that make it the name of a product ("a two-year fixed mortgage", "the 10-year
    /// Treasury", "the 30-year rate").
    /// </summary>
    public static WordSet TermProducts { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "fixed", "variable", "tracker", "treasury", "treasuries", "bond", "bonds", "note", "notes", "bill", "bills", "gilt", "gilts",
        "bund", "bunds", "yield", "yields", "mortgage", "mortgages", "swap", "swaps", "paper", "debt", "maturity", "rate", "rates", "loan", "loans");

    /// <summary>
    /// Words between a number and its unit that say how the measure runs, not what is counted: "three consecutive months",
    /// "two more years", "five straight seasons" has no unit and stays a count.
    /// </summary>
    public static WordSet MeasureModifiers { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "consecutive", "straight", "successive", "more", "additional", "extra", "further", "full", "whole", "long");

    /// <summary>Words before "in" that make the duration after it a measure: "the weakest in two years", "the first time in a decade".</summary>
    public static WordSet SpanComparisons { get; } = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "first", "time", "most", "least", "best", "worst", "record", "lowest", "highest", "weakest", "strongest", "biggest", "largest",
        "smallest", "fastest", "slowest", "sharpest", "steepest", "deepest", "longest", "shortest", "hottest", "coldest", "driest", "wettest");
}
