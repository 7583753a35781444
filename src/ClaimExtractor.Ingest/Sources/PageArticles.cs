using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Html;
using ClaimExtractor.Ingest.Metadata;
using ClaimExtractor.Ingest.PlainText;

namespace ClaimExtractor.Ingest.Sources;

/// <summary>
/// The one path from a fetched or archived page to an article, shared by URLs, WARC records and dump lines: binary check,
/// decoding (byte order mark, then the transport's charset, then the page's own declaration), <see cref="HtmlArticleReader"/>,
/// then metadata resolved best first (what the input says, the page, the feed or sitemap that listed it, the URL it came
/// from, a date in the URL, the text).
/// </summary>
internal static class PageArticles
{
    /// <summary>
    /// An article from raw page bytes; <paramref name="charset"/> is the transport's label (HTTP <c>Content-Type</c>), if any.
    /// <paramref name="given"/> (what the input says) wins over the page; <paramref name="listed"/> (what a feed or sitemap
    /// says) only fills what the page leaves empty.
    /// </summary>
    public static SourceItem FromHtmlBytes(string source, ReadOnlySpan<byte> bytes, string? charset, string? url, ArticleMetadata given, ArticleMetadata? listed = null)
    {
        var (page, failure) = ReadPage(bytes, charset);
        return page is null
            ? SourceItem.Fail(source, failure ?? HtmlArticleReader.NoArticleText)
            : Build(source, page.StoryText, bytes, [given, page.Metadata, listed ?? ArticleMetadata.Empty, new ArticleMetadata { Url = url }]);
    }

    /// <summary>The page in <paramref name="bytes"/> when it has article text, else why not; files read their pages here too.</summary>
    public static (HtmlPage? Page, string? Failure) ReadPage(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (bytes.IsEmpty)
        {
            return (null, "empty body");
        }

        var hasUtf16Bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasUtf16Bom && ContentChecks.LooksBinary(bytes))
        {
            return (null, "binary content (NUL bytes)");
        }

        var page = HtmlArticleReader.Read(Decode(bytes, charset));
        return page.HasArticleText ? (page, null) : (null, page.NotArticle);
    }

    /// <summary>An article from page markup already decoded (a dump line's <c>html</c>); <paramref name="raw"/> is what the hash covers.</summary>
    public static SourceItem FromHtml(string source, string html, ReadOnlySpan<byte> raw, string? url, ArticleMetadata given)
    {
        var page = HtmlArticleReader.Read(html);
        return page.HasArticleText
            ? Build(source, page.StoryText, raw, [given, page.Metadata, new ArticleMetadata { Url = url }])
            : SourceItem.Fail(source, page.NotArticle ?? HtmlArticleReader.NoArticleText);
    }

    /// <summary>An article from plain text (a dump line's <c>text</c>), its furniture lines blanked in place (offsets kept).</summary>
    public static SourceItem FromText(string source, string text, ReadOnlySpan<byte> raw, string? url, ArticleMetadata given)
    {
        var kept = BoilerplateLines.Blank(text).Text;
        return string.IsNullOrWhiteSpace(kept)
            ? SourceItem.Fail(source, "empty text")
            : Build(source, kept, raw, [given, new ArticleMetadata { Url = url }]);
    }

    /// <summary>The page as text: a byte order mark wins, then a charset the transport names, then <see cref="HtmlDecoder"/>'s rules.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        var hasBom = bytes.StartsWith("\uFEFF"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasBom && !string.IsNullOrWhiteSpace(charset) && HtmlDecoder.ForLabel(charset) is { } encoding)
        {
            return encoding.GetString(bytes);
        }

        return HtmlDecoder.Decode(bytes).Html;
    }

    private static SourceItem Build(string source, string text, ReadOnlySpan<byte> raw, ArticleMetadata[] found)
    {
        var metadata = MetadataResolver.Resolve(found, text);
        return SourceItem.Read(new Article
        {
            Source = source,
            Text = text,
            ContentHash = ContentHash.Compute(raw, metadata),
            Metadata = metadata,
        });
    }
}
