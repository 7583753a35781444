namespace ClaimExtractor.Cli.Review;

/// <summary>What one terminal review session did, printed when it ends.</summary>
public sealed record ReviewTally(int Confirmed, int Dismissed, int Reopened, int Undone, int Skipped)
{
    /// <summary>Nothing done yet.</summary>
    public static ReviewTally None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>One line: "2 confirmed, 1 dismissed, 0 reopened, 0 undone, 3 skipped".</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Confirmed} confirmed, {Dismissed} dismissed, {Reopened} reopened, {Undone} undone, {Skipped} skipped");
}
