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
    /// <summary>Trains and returns the model with the best dev score; one line per pass goes to <paramref name="log"/>.</summary>
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
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(devScore);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
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
                for (int i = 0; i < sentence.Count; i++)
                {
                    int guess = templates.TrainsFixedWords ? -1 : templates.FixedLabel(sentence, i, predicted);
                    if (guess < 0)
                    {
                        int n = templates.Extract(sentence, i, predicted, features);
                        guess = trainer.Best(features.AsSpan(0, n));
                        trainer.Update(features.AsSpan(0, n), gold[i], guess);
                        guess = templates.Constrain(i > 0 ? predicted[i - 1] : -1, guess);
                    }

                    predicted[i] = guess;
                    correct += guess == gold[i] ? 1 : 0;
                    total++;
                }
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
}
