namespace ClaimExtractor.Core.Documents;

/// <summary>Where a publication date came from, best evidence first. Stored and exported by <see cref="PublishedSourceNames"/>.</summary>
public enum PublishedSource
{
    /// <summary>No date was found.</summary>
    None,

    /// <summary>The <c>--published</c> command-line option.</summary>
    Option,

    /// <summary>A <c>NAME.meta.json</c> sidecar.</summary>
    Sidecar,

    /// <summary>A <c>manifest.csv</c> or <c>manifest.jsonl</c> in the folder.</summary>
    Manifest,

    /// <summary>JSON-LD <c>datePublished</c>.</summary>
    JsonLd,

    /// <summary>A meta tag such as <c>article:published_time</c>.</summary>
    Meta,

    /// <summary>An HTML <c>&lt;time datetime&gt;</c> element.</summary>
    Time,

    /// <summary>Schema.org microdata on the page: an element marked <c>itemprop="datePublished"</c>.</summary>
    Microdata,

    /// <summary>Front matter of a Markdown or text file.</summary>
    FrontMatter,

    /// <summary>A date pattern in the URL.</summary>
    Url,

    /// <summary>Inferred from the article text: the least certain source.</summary>
    Text,
}
