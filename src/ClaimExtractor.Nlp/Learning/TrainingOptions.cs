namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// How a labeller is trained: 2^<see cref="Bits"/> hashed weight rows, at most <see cref="Epochs"/> passes (stopping
/// after <see cref="Patience"/> passes without a better dev score), the shuffling seed, and the magnitude under which
/// averaged weights are dropped from the model file; with <see cref="Runs"/> above one, that many runs with the seeds
/// <see cref="Seed"/>, <see cref="Seed"/> + 1, ... are averaged into one model.
/// </summary>
public sealed record TrainingOptions(int Bits = 19, int Epochs = 12, int Patience = 4, int Seed = 1, float Prune = 0.001f, int Runs = 1);
