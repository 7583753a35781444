namespace ClaimExtractor.Nlp.Models;

/// <summary>Which kind of figure a metric term names a concept for.</summary>
public enum MetricUse
{
    /// <summary>Money and crypto amounts: "stolen" → theft.</summary>
    Value,

    /// <summary>Counted nouns and the verbs that count them: "attacks" → incident, "injured" → injured.</summary>
    Count,

    /// <summary>Percent levels: "unemployment" → unemployment.</summary>
    Rate,

    /// <summary>Units of measure: "burned" → area_burned.</summary>
    Measure,

    /// <summary>What a date claim dates: "election" → election.</summary>
    Event,
}
