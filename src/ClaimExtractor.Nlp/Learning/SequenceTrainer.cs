using System.Globalization;

namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// Trains a greedy labeller: each pass visits the training sentences in a seeded shuffled order, labels each word
/// with the current weights (earlier words keep their predicted labels, as at tagging time) and updates on mistakes;
/// after each pass the averaged model is scored on the dev set and the best one is kept (early stopping).
/// Deterministic: the same data and options give the same model file.
/// </summary>
public static class SequenceTrainer
{
    /// <summary>
    /// Trains and returns the model with the best dev score, or the mean of <see cref="TrainingOptions.Runs"/> such models
    /// trained with successive seeds; one line per pass goes to <paramref name="log"/>.
    /// </summary>
    public static PerceptronModel Train(
        FeatureTemplates templates,
        string kind,
        IReadOnlyList<string> labels,
        IReadOnlyDictionary<string, int> lexicon,
        IReadOnlyList<TrainingExample> train,
        Func<PerceptronModel, double> devScore,
        TrainingOptions options,
        TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(devScore);
        ArgumentNullException.ThrowIfNull(log);
        var job = new Job(templates, kind, labels, lexicon, train, devScore);
        if (options.Runs <= 1)
        {
            return Run(job, options, log);
        }

        var runs = Enumerable.Range(0, options.Runs).Select(r => Run(job, options with { Seed = options.Seed + r }, log)).ToList();
        var mean = PerceptronModel.Mean(runs);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean of {runs.Count} runs: dev {devScore(mean):0.0000}"));
        return mean;
    }

    // what every run of one training shares: the features, the data and how dev is scored
    private sealed record Job(
        FeatureTemplates Templates,
        string Kind,
        IReadOnlyList<string> Labels,
        IReadOnlyDictionary<string, int> Lexicon,
        IReadOnlyList<TrainingExample> Train,
        Func<PerceptronModel, double> DevScore);

    private static PerceptronModel Run(Job job, TrainingOptions options, TextWriter log)
    {
        var (templates, kind, labels, lexicon, train, devScore) = job;
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(train);
        var trainer = new PerceptronTrainer(options.Bits, labels.Count);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        var features = new uint[templates.MaxFeatures];
        var predicted = new int[train.Count == 0 ? 0 : train.Max(t => t.Gold.Length)];
        foreach (var example in train)
        {
            templates.Prepare(example.Sentence);
        }

        PerceptronModel? best = null;
        double bestScore = double.NegativeInfinity;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= options.Epochs && sinceBest < options.Patience; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (int index in order)
            {
                var (sentence, gold) = (train[index].Sentence, train[index].Gold);
                correct += Learn(templates, trainer, sentence, gold, predicted, features);
                total += sentence.Count;
            }

            var model = trainer.Average(kind, labels, lexicon, options.Prune);
            double score = devScore(model);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass {epoch}: train accuracy {(double)correct / Math.Max(total, 1):0.0000}, dev {score:0.0000}"));
            if (score > bestScore)
            {
                (best, bestScore, sinceBest) = (model, score, 0);
            }
            else
            {
                sinceBest++;
            }
        }

        return best ?? trainer.Average(kind, labels, lexicon, options.Prune);
    }

    // Learns from one sentence. With more than one pass, the earlier passes label it without learning and the last pass
    // learns from their labels, so it meets the mistakes they leave rather than a model just corrected on this sentence;
    // then the first pass learns too. (Labels from models trained on the other quarters of the data, as in stacking, did
    // worse on EWT dev: 0.9533 against 0.9546.) Returns how many words the last pass got right.
    private static int Learn(FeatureTemplates templates, PerceptronTrainer trainer, SentenceFeatures sentence, int[] gold, int[] predicted, uint[] features)
    {
        if (templates.Passes == 1)
        {
            return LabelPass(templates, trainer, sentence, gold, predicted, features, pass: 1, learn: true);
        }

        for (int pass = 1; pass < templates.Passes; pass++)
        {
            templates.Remember(sentence, pass == 1 ? default : predicted.AsSpan(0, sentence.Count));
            LabelPass(templates, trainer, sentence, gold, predicted, features, pass, learn: false);
        }

        templates.Remember(sentence, predicted.AsSpan(0, sentence.Count));
        int correct = LabelPass(templates, trainer, sentence, gold, predicted, features, templates.Passes, learn: true);
        templates.Remember(sentence, default);
        LabelPass(templates, trainer, sentence, gold, predicted, features, pass: 1, learn: true);
        return correct;
    }

    // Labels the words of one sentence with the current weights, learning from each mistake when asked; returns how many were right.
    private static int LabelPass(FeatureTemplates templates, PerceptronTrainer trainer, SentenceFeatures sentence, int[] gold, int[] predicted, uint[] features, int pass, bool learn)
    {
        int correct = 0;
        for (int k = 0; k < sentence.Count; k++)
        {
            int i = templates.InOrder(pass, k, sentence.Count);
            int guess = templates.TrainsFixedWords ? -1 : templates.FixedLabel(sentence, i, predicted);
            if (guess < 0)
            {
                int n = templates.Extract(sentence, i, predicted, features);
                guess = trainer.Best(features.AsSpan(0, n));
                if (learn)
                {
                    trainer.Update(features.AsSpan(0, n), gold[i], guess);
                }

                guess = templates.Constrain(i > 0 ? predicted[i - 1] : -1, guess);
            }

            predicted[i] = guess;
            correct += guess == gold[i] ? 1 : 0;
        }

        return correct;
    }
}
