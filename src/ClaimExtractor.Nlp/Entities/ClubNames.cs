using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A club's last word alone is that club in a story that names it in full: "City, who have now won 13 consecutive home
/// matches" after "Manchester City", "Villa" after "Aston Villa". A story naming two clubs of one last word ("Manchester
/// City" and "Leicester City") leaves the word alone, and so does one naming none.
/// </summary>
internal static class ClubNames
{
    // the last words clubs go by alone
    private static readonly WordSet ShortWords = WordSet.Create(StringComparer.Ordinal,
        "City", "United", "Town", "Rovers", "Athletic", "Wanderers", "Albion", "Villa", "Forest", "Palace", "County");

    /// <summary>
    /// The clubs the document names in full, by the last word each goes by alone (a word two clubs share is left out);
    /// empty, and nothing allocated, when it names none.
    /// </summary>
    public static IReadOnlyDictionary<string, EntityRef> ByShortWord(AnalyzedDocument document)
    {
        Dictionary<string, EntityRef?>? clubs = null;
        foreach (var m in document.Mentions)
        {
            int space = m.Entity.Name.LastIndexOf(' ');
            if (m.Kind == MentionKind.Name && m.Entity.Type == EntityType.Org && space > 0 && ShortWords.Contains(m.Entity.Name.AsSpan(space + 1)))
            {
                clubs ??= new Dictionary<string, EntityRef?>(StringComparer.Ordinal);
                string word = m.Entity.Name[(space + 1)..];
                clubs[word] = clubs.TryGetValue(word, out var known) && known != m.Entity ? null : m.Entity;
            }
        }

        return clubs is null ? None : clubs.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    }

    /// <summary>Links each lone short word found as a name of its own to the one club <paramref name="clubs"/> gives for it.</summary>
    public static void Link(AnalyzedDocument document, IReadOnlyDictionary<string, EntityRef> clubs)
    {
        if (clubs.Count == 0)
        {
            return;
        }

        for (int i = 0; i < document.Mentions.Count; i++)
        {
            var m = document.Mentions[i];
            if (m.Kind == MentionKind.Name && m.Entity.Type is EntityType.Loc or EntityType.Other && clubs.TryGetValue(m.Entity.Name, out var club))
            {
                document.ReplaceMention(i, m with { Entity = club });
            }
        }
    }

    private static readonly IReadOnlyDictionary<string, EntityRef> None = new Dictionary<string, EntityRef>();
}
