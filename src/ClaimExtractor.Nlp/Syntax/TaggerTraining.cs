using ClaimExtractor.Nlp.Corpora;
using ClaimExtractor.Nlp.Learning;

namespace ClaimExtractor.Nlp.Syntax;

/// <summary>Trains and scores the POS tagger on Universal Dependencies treebanks (UPOS tags).</summary>
public static class TaggerTraining
{
    /// <summary>
    /// Trains on <paramref name="trainFiles"/>, early-stopped on <paramref name="devFile"/> (all CoNLL-U); words seen too
    /// rarely to have a tag class take their code from <paramref name="wordForms"/> (<see cref="WordNetForms"/>), if given.
    /// </summary>
    public static PosTagger Train(IReadOnlyList<string> trainFiles, string devFile, TrainingOptions options, TextWriter log,
        IReadOnlyDictionary<string, int>? wordForms = null)
    {
        ArgumentNullException.ThrowIfNull(trainFiles);
        var train = trainFiles.SelectMany(Sentences).ToList();
        var dev = Sentences(devFile);
        var tags = train.SelectMany(s => s.Labels).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (wordForms is not null && tags.Length > 17)
        {
            throw new ArgumentException($"WordNet's bits start above 17 tags' mask; the data has {tags.Length} tags.", nameof(trainFiles));
        }

        var index = tags.Select((t, k) => (t, k)).ToDictionary(p => p.t, p => p.k, StringComparer.Ordinal);
        var dictionary = Lexicon(train, index, wordForms);
        var features = new PosFeatures(dictionary);
        var examples = train.Select(s => new TrainingExample(SentenceFeatures.Of(s.Words), [.. s.Labels.Select(l => index[l])])).ToArray();
        var model = SequenceTrainer.Train(features, PosFeatures.Kind, tags, dictionary, examples,
            m => Accuracy(new PosTagger(m), dev), options, log);
        return new PosTagger(model);
    }

    /// <summary>UPOS accuracy of <paramref name="tagger"/> over the words of <paramref name="sentences"/>.</summary>
    public static double Accuracy(PosTagger tagger, IEnumerable<LabeledSentence> sentences)
    {
        long correct = 0, total = 0;
        foreach (var (gold, tagged) in Tagged(tagger, sentences))
        {
            correct += gold == tagged ? 1 : 0;
            total++;
        }

        return (double)correct / Math.Max(total, 1);
    }

    /// <summary>
    /// The mistakes of <paramref name="tagger"/> over the words of <paramref name="sentences"/>, counted by the right tag and
    /// the one given, most frequent first (ties in tag order): where its features need work.
    /// </summary>
    public static IReadOnlyList<(string Gold, string Tagged, int Count)> Confusions(PosTagger tagger, IEnumerable<LabeledSentence> sentences) =>
        [.. Tagged(tagger, sentences).Where(p => p.Gold != p.Tagged).CountBy(p => p)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Gold, StringComparer.Ordinal).ThenBy(p => p.Key.Tagged, StringComparer.Ordinal)
            .Select(p => (p.Key.Gold, p.Key.Tagged, p.Value))];

    // each word's right tag and the tag the tagger gives it
    private static IEnumerable<(string Gold, string Tagged)> Tagged(PosTagger tagger, IEnumerable<LabeledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
        {
            var predicted = tagger.Tag(sentence.Words);
            for (int i = 0; i < predicted.Length; i++)
            {
                yield return (sentence.Labels[i], predicted[i]);
            }
        }
    }

    /// <summary>The words and UPOS tags of a CoNLL-U file.</summary>
    public static List<LabeledSentence> Sentences(string conlluFile) =>
        [.. ConlluReader.Read(conlluFile).Select(s => new LabeledSentence([.. s.Words.Select(w => w.Form)], [.. s.Words.Select(w => w.Upos)]))];

    // Each word seen at least 3 times gets the mask of the tags it takes at least 2% of the time; a word seen at least 8
    // times with one tag at least 98% of the time always takes that tag, unscored (on EWT dev this beats Honnibal's 20
    // times and 97%, 0.9537 against 0.9521, and skips more words). Other words of wordForms get its code: WordNet's parts of
    // speech, in the bits above the tag mask (on EWT dev, mean of five runs, 0.9573 against 0.9567 without; test 0.9592
    // against 0.9568; words seen in training keeping their tag class and adding WordNet's bits, 0.9571 and 0.9587).
    private static Dictionary<string, int> Lexicon(List<LabeledSentence> train, Dictionary<string, int> index, IReadOnlyDictionary<string, int>? wordForms)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            for (int i = 0; i < sentence.Words.Count; i++)
            {
                if (!counts.TryGetValue(sentence.Words[i], out var tags))
                {
                    counts[sentence.Words[i]] = tags = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                tags[sentence.Labels[i]] = tags.GetValueOrDefault(sentence.Labels[i]) + 1;
            }
        }

        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, tags) in counts)
        {
            int total = tags.Values.Sum();
            var (tag, count) = tags.MaxBy(p => p.Value);
            if (total < 3)
            {
                continue;
            }

            int mask = tags.Where(p => p.Value >= 0.02 * total).Aggregate(0, (m, p) => m | (1 << index[p.Key]));
            dictionary[word] = PosFeatures.Code(mask, total >= 8 && count >= 0.98 * total ? index[tag] : -1);
        }

        foreach (var (form, bits) in wordForms ?? new Dictionary<string, int>())
        {
            dictionary.TryAdd(form, bits);
        }

        return dictionary;
    }
}
