namespace ClaimExtractor.Cli.Evaluation;

/// <summary>Precision, recall and F1 from counts; an empty side scores 1 (nothing to find, nothing wrongly found).</summary>
public sealed record Score(int TruePositives, int Predicted, int Gold)
{
    /// <summary>Matched predictions over predictions.</summary>
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    /// <summary>Matched gold over gold.</summary>
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two scores' counts.</summary>
    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);
}
