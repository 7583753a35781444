using System.Collections.Frozen;
using ClaimExtractor.Nlp.Learning;

namespace ClaimExtractor.Nlp.Names;

/// <summary>
/// The name classes <see cref="WordNetNames"/> gives a sentence's words, as bits above the gazetteer's codes (bits 0 to
/// 7) of each word's lexicon code: the types of the longest known name that covers the word, whether the word is inside
/// it and whether it has more words (bits 8 to 12); and of the word alone, the types of the names it is, the type of
/// every sense of the common noun it is ("minister", "university", "river"), the types of the longer names it starts,
/// and of those it ends ("Lincoln" of "Abraham Lincoln"; bits 16 to 27).
/// </summary>
public sealed class NameClasses
{
    private const int Types = WordNetNames.Person | WordNetNames.Organization | WordNetNames.Place;
    private readonly PhraseTable names;
    private readonly FrozenDictionary<uint, int> words;

    /// <summary>The classes of the names in <paramref name="lexicon"/> (as <see cref="WordNetNames.Read"/> gives them).</summary>
    public NameClasses(IReadOnlyDictionary<string, int> lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        names = new PhraseTable(lexicon.Where(p => (p.Value & Types) != 0).Select(p => KeyValuePair.Create(p.Key, p.Value & Types)), union: true);
        var found = new Dictionary<uint, int>();
        void Add(string word, int bits)
        {
            uint hash = FeatureHash.Text(word, normalize: true);
            found[hash] = found.GetValueOrDefault(hash) | bits;
        }

        foreach (var (key, code) in lexicon)
        {
            int at = key.IndexOf(' ', StringComparison.Ordinal);
            if (at < 0)
            {
                Add(key, code);
            }
            else
            {
                Add(key[..at], (code & Types) << 6);
                Add(key[(key.LastIndexOf(' ') + 1)..], (code & Types) << 9);
            }
        }

        words = found.ToFrozenDictionary();
    }

    /// <summary>The span bits of a lexicon code: the covering name's types, inside (8), more than one word (16).</summary>
    public static uint SpanOf(uint code) => (code >> 8) & 0x1F;

    /// <summary>The word bits of a lexicon code: its name types, its common noun's type &lt;&lt; 3, first-word types &lt;&lt; 6, last-word types &lt;&lt; 9.</summary>
    public static uint WordOf(uint code) => code >> 16;

    /// <summary>The gazetteer's part of a lexicon code.</summary>
    public static uint GazetteerOf(uint code) => code & 0xFF;

    /// <summary>Adds every word's name classes to its lexicon code in <paramref name="sentence"/>.</summary>
    public void Mark(SentenceFeatures sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (int i = 0; i < sentence.Count; i++)
        {
            int bits = words.GetValueOrDefault(sentence.Hash(i, SentenceFeatures.Word)) << 16;
            sentence.SetLexicon(i, (int)sentence.Lexicon(i) | bits);
        }

        for (int i = 0; i < sentence.Count; i++)
        {
            int end = names.Match(sentence, i, out int types);
            for (int j = i; j < end; j++)
            {
                int span = types | (j > i ? 8 : 0) | (end - i > 1 ? 16 : 0);
                sentence.SetLexicon(j, (int)sentence.Lexicon(j) | (span << 8));
            }

            i = Math.Max(i, end - 1);
        }
    }
}
