namespace ClaimExtractor.Core.Entities;

/// <summary>A canonical entity: the name every alias resolves to ("North Korea" for DPRK, Pyongyang, the regime).</summary>
public sealed record EntityRef(string Name, EntityType Type)
{
    // Words outlets drop from an organization's or a facility's name: legal forms and generic heads
    // ("Korvat Motors" is "Korvat", "Ford Motor" is "Ford", "Eastgate Airport Holdings" is "Eastgate").
    private static readonly HashSet<string> DroppedWords = new(StringComparer.Ordinal)
    {
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited",
        "plc", "llc", "lp", "ag", "sa", "nv", "se", "gmbh", "bv", "spa", "holdings", "holding", "group", "motor", "motors", "foods",
        "airport",
    };

    /// <summary>
    /// The name used in alignment keys: lower case; for an organization, place or unclassified name, without the
    /// legal form and generic head outlets drop ("korvat" for Korvat Motors and Korvat), so two outlets' names for
    /// one company align. People, countries and events keep their whole name.
    /// </summary>
    public string Key => key ??= KeyOf(Name, Type);

    // The key, worked out on first use: checkers and frames ask for it over and over. Equality, the hash and copies
    // ("with") leave it out, so it always belongs to this name and type.
    private string? key;

    private EntityRef(EntityRef original)
    {
        Name = original.Name;
        Type = original.Type;
    }

    /// <inheritdoc />
    public bool Equals(EntityRef? other) =>
        ReferenceEquals(this, other) || (other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Type == other.Type);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Type);

    private static string KeyOf(string name, EntityType type)
    {
        name = name.ToLowerInvariant();
        if (type is EntityType.Person or EntityType.Gpe or EntityType.Event)
        {
            return name;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && DroppedWords.Contains(words[^1].TrimEnd(',')))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }
}
