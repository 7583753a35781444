namespace ClaimExtractor.Cli.Evaluation;

/// <summary>A share: <see cref="Count"/> of <see cref="Of"/>; an empty base is a rate of 1 for accuracies.</summary>
public sealed record Rate(int Count, int Of)
{
    /// <summary>Count over Of, or 1 when there is nothing to count.</summary>
    public double Value => Of == 0 ? 1 : (double)Count / Of;

    /// <summary>Adds two rates' counts.</summary>
    public static Rate operator +(Rate a, Rate b) => new(a.Count + b.Count, a.Of + b.Of);
}
