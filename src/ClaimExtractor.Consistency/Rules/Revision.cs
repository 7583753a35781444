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
    /// 212,000 restates the earlier count).
    /// </summary>
    public static bool IsUpdate(StoredClaim a, StoredClaim b)
    {
        if (a.Document.Published is not { } pa || b.Document.Published is not { } pb || pa == pb)
        {
            return false;
        }

        var later = Later(a, b);
        string sentence = later.SentenceText;
        return Cues.Any(cue => sentence.Contains(cue, StringComparison.OrdinalIgnoreCase)) && !Levels.IsComparedAgainst(later);
    }

    /// <summary>The claim from the later-published document (the second when undated).</summary>
    public static StoredClaim Later(StoredClaim a, StoredClaim b) =>
        (a.Document.Published ?? DateOnly.MinValue) > (b.Document.Published ?? DateOnly.MinValue) ? a : b;

    /// <summary>The claim from the earlier-published document.</summary>
    public static StoredClaim Earlier(StoredClaim a, StoredClaim b) => ReferenceEquals(Later(a, b), a) ? b : a;
}
