using System.Collections.Frozen;
using ClaimExtractor.Nlp.Learning;

namespace ClaimExtractor.Nlp.Names;

/// <summary>
/// Phrases of one or more space-separated words, each with a code, matched against a sentence's words by their
/// normalized hashes (case and digits do not count), longest first.
/// </summary>
public sealed class PhraseTable
{
    private readonly FrozenDictionary<uint, int> phrases;
    private readonly FrozenSet<uint> prefixes;
    private readonly int maxWords;

    /// <summary>
    /// A table of <paramref name="phrases"/>; two phrases with one normalized form keep the first one's code, or with
    /// <paramref name="union"/> the bitwise union of both.
    /// </summary>
    public PhraseTable(IEnumerable<KeyValuePair<string, int>> phrases, bool union)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var found = new Dictionary<uint, int>();
        var starts = new HashSet<uint>();
        foreach (var (key, code) in phrases)
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

            if (!found.TryAdd(hash, code) && union)
            {
                found[hash] |= code;
            }

            maxWords = Math.Max(maxWords, words.Length);
        }

        this.phrases = found.ToFrozenDictionary();
        prefixes = starts.ToFrozenSet();
    }

    /// <summary>
    /// The end (exclusive) of the longest phrase that starts at word <paramref name="i"/> of <paramref name="sentence"/>
    /// and its code, or -1 when none does.
    /// </summary>
    public int Match(SentenceFeatures sentence, int i, out int code)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        uint hash = FeatureHash.Empty;
        int end = -1;
        code = 0;
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

        return end;
    }
}
