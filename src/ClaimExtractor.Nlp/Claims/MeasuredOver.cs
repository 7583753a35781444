namespace ClaimExtractor.Nlp.Claims;

/// <summary>The stretch a figure's clause says it measures over without naming which one (see <see cref="Narration.MeasuresOver"/>).</summary>
internal enum MeasuredOver
{
    /// <summary>The clause says nothing of the stretch.</summary>
    Unsaid,

    /// <summary>A quarter: "over the quarter", "quarterly growth".</summary>
    Quarter,

    /// <summary>A whole year: "for the full year", "full-year revenue".</summary>
    Year,

    /// <summary>The twelve months up to the time the figure is read at: "falling 1.2 per cent over the year".</summary>
    TwelveMonths,
}
