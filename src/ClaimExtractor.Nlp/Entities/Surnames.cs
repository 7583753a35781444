using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A person's surname alone is that person wherever the story uses it: "Arsenal sign Rice" in a headline before
/// "England midfielder Declan Rice", "the judge ordered Mercer to pay" after "Daniel Mercer". Two people of one surname
/// leave it alone, and a name the lexicon types (a company's "Ford") is not a surname.
/// </summary>
internal static class Surnames
{
    /// <summary>Links each lone-word name that is the surname of exactly one person the document names in full.</summary>
    public static void Link(AnalyzedDocument document, Func<EntityRef, string?> surnameOf)
    {
        Dictionary<string, EntityRef?>? people = null;
        foreach (var m in document.Mentions)
        {
            if (m.Kind == MentionKind.Name && m.Entity.Type == EntityType.Person && surnameOf(m.Entity) is { } surname)
            {
                people ??= new Dictionary<string, EntityRef?>(StringComparer.Ordinal);
                people[surname] = people.TryGetValue(surname, out var known) && known != m.Entity ? null : m.Entity;
            }
        }

        if (people is null)
        {
            return;
        }

        for (int i = 0; i < document.Mentions.Count; i++)
        {
            var m = document.Mentions[i];
            if (m.Kind == MentionKind.Name && m.Entity.Type is EntityType.Person or EntityType.Other
                && people.TryGetValue(m.Entity.Name, out var person) && person is not null)
            {
                document.ReplaceMention(i, m with { Entity = person });
            }
        }
    }
}
