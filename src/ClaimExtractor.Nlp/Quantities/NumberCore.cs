namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A number as read, before units: its value, how many decimals it was written with (its precision; -1 for
/// words), the token after it, and whether it was a fraction (already in percent) or a multiplier.
/// </summary>
internal readonly record struct NumberCore(decimal Value, int Decimals, int End, bool IsWord, bool IsFraction, bool IsMultiplier)
{
    public decimal HalfUnit => Decimals < 0 ? 0.5m : 0.5m / Pow10(Decimals);

    // a share, in percent to hundredths, or to millionths under 1% (a rate per 100,000 keeps its digits: "5.2 per
    // 100,000" is 0.0052%, never the 0.01% of "5.7 per 100,000" too); one smaller still ("a billionth") keeps them all
    public static NumberCore Fraction(decimal numerator, decimal denominator, int end)
    {
        decimal percent = numerator / denominator * 100m;
        decimal rounded = Math.Round(percent, Math.Abs(percent) < 1m ? 6 : 2);
        return new(rounded == 0 ? Math.Round(percent, 20) : rounded, -1, end, true, true, false);
    }

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
