namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>What a suite file expects, which decides which of our findings count as matches or as extras.</summary>
internal enum PeerKind
{
    /// <summary>Plain numbers: a match may be any quantity; extras are counts and ratios.</summary>
    Number,

    /// <summary>
    /// Bounded numbers and ranges as Recognizers-Text's number-range model reports them: a match may be any quantity, and
    /// only a bounded or ranged figure is an extra (a plain number is its number model's, not this one's).
    /// </summary>
    NumberRange,

    /// <summary>Percentages and percentage points.</summary>
    Percent,

    /// <summary>Money and crypto amounts.</summary>
    Money,

    /// <summary>Units of measure (length, mass, volume, temperature, speed...).</summary>
    Measure,

    /// <summary>Units of measure as Recognizers-Text's dimension model reads them: temperatures are left to its temperature model.</summary>
    Dimension,

    /// <summary>Mixed quantities (quantulum3): any quantity that is not a date.</summary>
    Any,

    /// <summary>Dates and date periods, judged against the resolved time expressions; only cases with a reference date.</summary>
    Date,

    /// <summary>Lengths of time ("3 days"); the pipeline has no duration type, so these are judged as measures.</summary>
    Duration,
}
