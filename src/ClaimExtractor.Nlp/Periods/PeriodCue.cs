namespace ClaimExtractor.Nlp.Periods;

/// <summary>What kind of time expression was read; the claim assembler weighs them differently.</summary>
public enum PeriodCue
{
    /// <summary>A bare or prepositional year: "in 2023".</summary>
    Year,

    /// <summary>"through 2024", "until 2024".</summary>
    Through,

    /// <summary>A month: "in May", "May 2024".</summary>
    Month,

    /// <summary>A day: "March 3, 2024".</summary>
    Day,

    /// <summary>A quarter or a half.</summary>
    Part,

    /// <summary>"this year", "so far this year": the publication year, unless the January rule applies.</summary>
    ThisYear,

    /// <summary>Other phrases resolved against the publication date ("last year", "a year earlier", "this month").</summary>
    Relative,

    /// <summary>"since June": from then to the publication month.</summary>
    Since,

    /// <summary>"currently", "now": the publication year, used only for shares.</summary>
    Present,

    /// <summary>"in recent years": open, never resolved.</summary>
    Open,

    /// <summary>A weekday ("on Wednesday", "by Wednesday evening"): the latest such day on or before publication; dates a figure, never an event.</summary>
    Weekday,
}
