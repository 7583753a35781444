namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A number as read, before units: its value, how many decimals it was written with (its precision; -1 for
/// words), the token after it, and whether it was a fraction (already in percent) or a multiplier.
/// </summary>
internal readonly record struct NumberCore(decimal Value, int Decimals, int End, bool IsWord, bool IsFraction, bool IsMultiplier)
{
    public decimal HalfUnit => Decimals < 0 ? 0.5m : 0.5m / Pow10(Decimals);

    private static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n && i < 27; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
