using System.Collections.Frozen;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Learning;
using ClaimExtractor.Nlp.Models;

namespace ClaimExtractor.Nlp.Names;

/// <summary>
/// Our entity lexicons as recognizer features: each word gets a code saying whether a lexicon phrase starts at it or
/// continues through it and of which type (person, organization, place, other, demonym), or that it is a known title
/// or first name. Phrases match on the words' normalized hashes, longest first.
/// </summary>
public sealed class NameGazetteer
{
    private const int Title = 13;
    private const int FirstName = 14;
    private readonly PhraseTable phrases;
    private readonly FrozenDictionary<uint, int> cues;

    /// <summary>A gazetteer over <paramref name="lexicon"/>.</summary>
    public NameGazetteer(EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        phrases = new PhraseTable(lexicon.Phrases.Select(p => KeyValuePair.Create(p.Key, TypeCode(p.Value))), union: false);
        var cueCodes = new Dictionary<uint, int>();
        foreach (string title in lexicon.Titles)
        {
            cueCodes.TryAdd(FeatureHash.Text(title, normalize: true), Title);
        }

        foreach (string name in lexicon.FirstNames)
        {
            cueCodes.TryAdd(FeatureHash.Text(name, normalize: true), FirstName);
        }

        cues = cueCodes.ToFrozenDictionary();
    }

    /// <summary>Sets every word's lexicon code in <paramref name="sentence"/>.</summary>
    public void Mark(SentenceFeatures sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (int i = 0; i < sentence.Count; i++)
        {
            sentence.SetLexicon(i, cues.GetValueOrDefault(sentence.Hash(i, SentenceFeatures.Word)));
        }

        for (int i = 0; i < sentence.Count; i++)
        {
            int end = phrases.Match(sentence, i, out int code);
            if (end > 0)
            {
                for (int j = i; j < end; j++)
                {
                    sentence.SetLexicon(j, (code * 2) + (j == i ? 0 : 1));
                }

                i = end - 1;
            }
        }
    }

    private static int TypeCode(EntityEntry entry) => entry.Kind == MentionKind.Demonym ? 5 : entry.Entity.Type switch
    {
        EntityType.Person => 1,
        EntityType.Org => 2,
        EntityType.Gpe or EntityType.Loc => 3,
        _ => 4,
    };
}
