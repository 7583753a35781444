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
    private readonly FrozenDictionary<uint, int> phrases;
    private readonly FrozenSet<uint> prefixes;
    private readonly FrozenDictionary<uint, int> cues;
    private readonly int maxWords;

    /// <summary>A gazetteer over <paramref name="lexicon"/>.</summary>
    public NameGazetteer(EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var found = new Dictionary<uint, int>();
        var starts = new HashSet<uint>();
        foreach (var (key, entry) in lexicon.Phrases)
        {
            string[] words = key.Split(' ');
            uint hash = FeatureHash.Empty;
            for (int k = 0; k < words.Length; k++)
            {
                hash = FeatureHash.Mix(hash, FeatureHash.Text(words[k], normalize: true));
                if (k < words.Length - 1)
                {
                    starts.Add(hash);
                }
            }

            found.TryAdd(hash, TypeCode(entry));
            maxWords = Math.Max(maxWords, words.Length);
        }

        phrases = found.ToFrozenDictionary();
        prefixes = starts.ToFrozenSet();
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
            uint hash = FeatureHash.Empty;
            int end = -1, code = 0;
            for (int j = i; j < sentence.Count && j - i < maxWords; j++)
            {
                hash = FeatureHash.Mix(hash, sentence.Hash(j, SentenceFeatures.Word));
                if (phrases.TryGetValue(hash, out int found))
                {
                    (end, code) = (j + 1, found);
                }

                if (!prefixes.Contains(hash))
                {
                    break;
                }
            }

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
