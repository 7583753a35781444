using AngleSharp.Html.Parser;

namespace ClaimExtractor.Ingest.Html;

/// <summary>Reads a saved or fetched page with one parse: its metadata first, then its main text.</summary>
public static class HtmlArticleReader
{
    /// <summary>Why a page without enough text is no article.</summary>
    public const string NoArticleText = "no article text found (index or non-article page?)";

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>The page's article text (blocks one a line, empty when none), what its markup says about it, and why it is no article if it is not.</summary>
    public static HtmlPage Read(string html)
    {
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        // metadata reads bylines, headers and <time>s that the text extraction removes, so it goes first
        var metadata = HtmlMetadataReader.Read(document);
        var listing = ListingPage.Detect(document);
        var text = MainTextExtractor.Extract(document);
        var notArticle = listing ?? (MainTextExtractor.IsArticleLength(text) ? null : NoArticleText);
        return new HtmlPage(text, metadata, notArticle);
    }
}
