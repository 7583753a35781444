using AngleSharp.Html.Parser;

namespace ClaimExtractor.Ingest.Html;

/// <summary>Reads a saved or fetched page with one parse: its metadata first, then its main text.</summary>
public static class HtmlArticleReader
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>The page's article text (blocks one a line, empty when none) and what its markup says about it.</summary>
    public static HtmlPage Read(string html)
    {
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        // metadata reads bylines, headers and <time>s that the text extraction removes, so it goes first
        var metadata = HtmlMetadataReader.Read(document);
        var text = MainTextExtractor.Extract(document);
        return new HtmlPage(text, metadata, MainTextExtractor.IsArticleLength(text));
    }
}
