using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// Whether a capital's name means the city rather than the government seated there. A capital stands for its
/// government by default ("Moscow said", "Pyongyang's hackers", "ties between Pyongyang and Moscow", "a windfall for
/// Pyongyang"); it is the city where the text places something in it ("house prices in London", "a protest in Moscow")
/// or where it describes a thing of the city's ("the average London home", "Paris residents"), or where the city goes
/// through something ("London saw the biggest drop", "Tokyo recorded 38C"). The city's figures are
/// not the country's: London's house prices must not be checked against the United Kingdom's.
/// </summary>
internal static class CapitalSense
{
    private static readonly WordSet Locatives = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "near", "outside", "around", "across", "throughout", "inside", "within", "central", "downtown", "greater");

    // what a city has and its government does not: "London home", "Moscow residents", "Paris metro"
    private static readonly WordSet CityNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "home", "homes", "house", "houses", "housing", "property", "properties", "flat", "flats", "apartment", "apartments",
        "rent", "rents", "renters", "tenants", "landlords", "homeowners", "resident", "residents", "borough", "boroughs",
        "suburb", "suburbs", "street", "streets", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "district",
        "districts", "hospital", "hospitals", "school", "schools", "airport", "airports", "metro", "subway", "underground",
        "transport", "traffic", "commuters", "mayor", "marathon", "hotel", "hotels", "restaurants", "skyline", "area", "region",
        "council", "zoo", "bourse");

    // who, placed in a capital, is its government: "Officials in Kyiv welcomed the aid"
    private static readonly WordSet GovernmentPeople = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "officials", "official", "leaders", "leadership", "diplomats", "authorities", "government", "lawmakers", "policymakers",
        "ministers", "regime", "administration", "negotiators", "envoys", "spokesman", "spokeswoman", "spokesperson");

    // what a city goes through and a government does not do: "London saw the biggest drop", "Tokyo recorded 38C"
    private static readonly WordSet CityVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "saw", "sees", "recorded", "records", "registered", "experienced", "experiences", "bucked", "bucks", "outperformed", "underperformed",
        "lagged", "accounted");

    /// <summary>Whether the capital named by tokens <paramref name="first"/> to <paramref name="end"/> (exclusive) is the city.</summary>
    public static bool IsCity(AnalyzedDocument doc, int first, int end)
    {
        int locative = doc.Is(first - 1, "the") ? first - 2 : first - 1;
        return (doc.IsAny(locative, Locatives) && !doc.IsAny(locative - 1, GovernmentPeople)) || doc.IsAny(end, CityNouns) || doc.IsAny(end, CityVerbs);
    }
}
