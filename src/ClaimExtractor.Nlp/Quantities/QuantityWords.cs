using System.Collections.Frozen;
using ClaimExtractor.Core.Quantities;

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
        ["close to"] = Qualifier.Approx,
        ["an estimated"] = Qualifier.Approx,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static FrozenDictionary<string, Qualifier> OneWordQualifiers { get; } = new Dictionary<string, Qualifier>(StringComparer.OrdinalIgnoreCase)
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
        ["under"] = Qualifier.LessThan,
        ["below"] = Qualifier.LessThan,
        ["minimum"] = Qualifier.AtLeast,
        ["maximum"] = Qualifier.AtMost,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Qualifier words that are part of a verb phrase (topped, exceeded): they stay qualifiers but are never thresholds.</summary>
    public static FrozenSet<string> VerbQualifiers { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "topped", "tops", "topping", "exceeded", "exceeds", "exceeding", "surpassed", "surpassing");

    public static FrozenSet<string> Rises { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "rose", "rise", "rises", "risen", "rising", "grew", "grow", "grows", "grown", "growing", "jumped", "jump", "jumps",
        "surged", "surge", "surges", "soared", "soar", "climbed", "climb", "climbs", "increased", "increase", "increases",
        "gained", "gain", "gains", "up", "advanced", "spiked", "rallied", "added", "widened", "expanded");

    public static FrozenSet<string> Falls { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
        "decreased", "decrease", "decreases", "slid", "slide", "slipped", "plunged", "plunge", "tumbled", "sank", "sunk",
        "down", "lost", "shrank", "shrunk", "contracted", "cut", "narrowed", "eased", "dipped", "slumped");

    public static FrozenSet<string> ChangeNouns { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "increase", "rise", "jump", "gain", "growth", "surge", "hike", "drop", "decline", "fall", "decrease", "cut", "reduction", "slump", "dip", "loss");

    /// <summary>Words before a number that make it a label, not a quantity ("Section 230", "Flight 370").</summary>
    public static FrozenSet<string> Labels { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "section", "article", "chapter", "model", "version", "flight", "route", "page", "pages", "room", "no.", "number",
        "item", "rule", "clause", "paragraph", "highway", "interstate", "bill", "resolution", "amendment", "act", "appendix",
        "figure", "fig.", "table", "level", "phase", "grade", "gate", "platform", "track", "episode", "season", "vol.",
        "volume", "#", "category", "class", "type", "series", "generation", "gen", "iphone", "windows", "android", "top",
        "covid", "g", "apt", "unit", "district", "precinct", "ward", "block", "lot", "suite", "building", "pier", "terminal",
        "exit", "day", "week", "round", "stage", "game", "match", "ios", "call", "dial", "text", "code", "pin", "zip");

    public static FrozenSet<string> OrdinalSuffixes { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "st", "nd", "rd", "th");

    public static FrozenSet<string> ClockWords { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a.m.", "p.m.", "am", "pm", "GMT", "UTC", "ET", "EST", "EDT", "BST", "CET", "o'clock");

    public static FrozenSet<string> TimesFollowers { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "as", "more", "higher", "larger", "bigger", "greater", "the", "faster", "that", "what", "over");
}
