namespace ClaimExtractor.Ingest.Tests.Support;

/// <summary>Small article pages and their text, for sources that read pages from a server, an archive or a dump.</summary>
internal static class Stories
{
    public const string First = "The harbour authority said container traffic rose 12 percent in 2023, to 4.1 million boxes, the highest since the port opened.";
    public const string Second = "Officials expect a further rise of about 5 percent this year as two new berths open in the spring, the authority said.";

    public static string Page(string title, string? extraHead = null) => $"""
        <!doctype html>
        <html><head><title>{title}</title>{extraHead}</head>
        <body><nav><a href="/">Home</a></nav>
        <article><h1>{title}</h1><p>{First}</p><p>{Second}</p></article>
        <footer>Copyright</footer></body></html>
        """;

    public static string Text => First + "\n" + Second;

    /// <summary>An article's body: its text after the headline paragraph a page's story text opens with.</summary>
    public static string? Body(Core.Documents.Article? article) =>
        article?.Metadata.Title is { } title && article.Text.StartsWith(title + "\n\n", StringComparison.Ordinal) ? article.Text[(title.Length + 2)..] : article?.Text;
}
