namespace ClaimExtractor.Ingest.Metadata;

/// <summary>Builds author lists from the forms bylines come in.</summary>
internal static class AuthorList
{
    private static readonly char[] Separators = [';', '|'];

    /// <summary>Adds <paramref name="value"/> once, trimmed; "A; B" and "A | B" are two authors, "A, B" may be "Smith, John", so it stays one.</summary>
    public static void Add(List<string> authors, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        foreach (var part in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = part.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? part[3..].Trim() : part;
            if (name.Length > 0 && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !authors.Contains(name, StringComparer.Ordinal))
            {
                authors.Add(name);
            }
        }
    }
}
