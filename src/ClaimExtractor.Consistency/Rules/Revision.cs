using ClaimExtractor.Core.Claims;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>Tells an explicit later revision ("the toll rose to", "revised its estimate") from a contradiction.</summary>
public static class Revision
{
    // Wording that presents a figure as the newest state of something that changes or was corrected.
    private static readonly string[] Cues =
    [
        "revised", "revision", "updated", "update", "corrected", "correction", "raised its", "lowered its",
        "now stands", "has risen to", "has climbed to", "rose to", "climbed to", "jumped to", "grew to",
        "has fallen to", "fell to", "dropped to", "latest figures", "latest estimate", "new estimate",
        "up from", "down from", "so far", "as of",
        "rises to", "climbs to", "jumps to", "grows to", "falls to", "drops to",
    ];

    /// <summary>
    /// True when both documents are dated, differ in date, and the later one words its figure as a revision, not as
    /// the old figure it revises ("expanded its recall to 265,000 vehicles, up from the 212,000 it announced": the
    /// 212,000 restates the earlier count), or gives a disaster's toll higher, or its running state (the homes without
    /// power, the missing) either way, with no time of its own stated.
    /// </summary>
    public static bool IsUpdate(StoredClaim a, StoredClaim b)
    {
        if (a.Document.Published is not { } pa || b.Document.Published is not { } pb || pa == pb)
        {
            return false;
        }

        var later = Later(a, b);
        string sentence = later.SentenceText;
        return (Cues.Any(cue => sentence.Contains(cue, StringComparison.OrdinalIgnoreCase)) || RisingToll(Earlier(a, b).Claim, later.Claim))
            && !Levels.IsComparedAgainst(later);
    }

    // A disaster's toll told a day later and higher, neither figure stating the time it counts to ("1,150 buildings had
    // collapsed" on Tuesday, "More than 1,300 buildings collapsed" on Wednesday, both of Monday's quake): the toll as it
    // grew, not a contradiction. Two tolls stated as of the same time ("by Wednesday evening") still contradict.
    // A count of a disaster's running state told a day later either way ("About 1.5 million homes were still without
    // power" on Tuesday, "Roughly 1.1 million customers remain without power" on Wednesday): power coming back and the
    // missing being found make it fall as readily as rise.
    private static bool RisingToll(Claim earlier, Claim later) =>
        (earlier.PeriodInferred || earlier.Period is null) && (later.PeriodInferred || later.Period is null)
        && (Tolls.Contains(MetricKeys.Concept(later.MetricKey)) && later.Quantity.Value > earlier.Quantity.Value
            || States.Contains(MetricKeys.Concept(later.MetricKey)));

    // counts that only grow while a disaster goes on
    private static readonly HashSet<string> Tolls = new(StringComparer.Ordinal)
    {
        "deaths", "injured", "buildings_destroyed", "buildings_damaged", "rescued", "arrests", "infections", "area_burned", "damage",
    };

    // counts of a state that goes either way while a disaster goes on
    private static readonly HashSet<string> States = new(StringComparer.Ordinal)
    {
        "power_outage", "missing", "displaced",
    };

    /// <summary>The claim from the later-published document (the second when undated).</summary>
    public static StoredClaim Later(StoredClaim a, StoredClaim b) =>
        (a.Document.Published ?? DateOnly.MinValue) > (b.Document.Published ?? DateOnly.MinValue) ? a : b;

    /// <summary>The claim from the earlier-published document.</summary>
    public static StoredClaim Earlier(StoredClaim a, StoredClaim b) => ReferenceEquals(Later(a, b), a) ? b : a;
}
