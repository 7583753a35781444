namespace ClaimExtractor.Core.Documents;

/// <summary>The stable names of <see cref="PublishedSource"/> values used in the store and exports.</summary>
public static class PublishedSourceNames
{
    /// <summary>The contract name: <c>sidecar</c>, <c>json-ld</c>, <c>front-matter</c>, ...; null for <see cref="PublishedSource.None"/>.</summary>
    public static string? ToName(this PublishedSource source) => source switch
    {
        PublishedSource.None => null,
        PublishedSource.Option => "option",
        PublishedSource.Sidecar => "sidecar",
        PublishedSource.Manifest => "manifest",
        PublishedSource.JsonLd => "json-ld",
        PublishedSource.Meta => "meta",
        PublishedSource.Time => "time",
        PublishedSource.Microdata => "microdata",
        PublishedSource.FrontMatter => "front-matter",
        PublishedSource.Url => "url",
        PublishedSource.Text => "text",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Reads a contract name back; unknown or null names give <see cref="PublishedSource.None"/>.</summary>
    public static PublishedSource Parse(string? name) => name switch
    {
        "option" => PublishedSource.Option,
        "sidecar" => PublishedSource.Sidecar,
        "manifest" => PublishedSource.Manifest,
        "json-ld" => PublishedSource.JsonLd,
        "meta" => PublishedSource.Meta,
        "time" => PublishedSource.Time,
        "microdata" => PublishedSource.Microdata,
        "front-matter" => PublishedSource.FrontMatter,
        "url" => PublishedSource.Url,
        "text" => PublishedSource.Text,
        _ => PublishedSource.None,
    };
}
