using System.Text.RegularExpressions;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.PlainText;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>
/// The last resort for a plain text's title and authors: the first line when it reads as a headline (short, not a
/// sentence that ends in a full stop, more text below it) and a "By ..." byline among the first lines. Furniture
/// lines (<see cref="BoilerplateLines"/>) are passed over.
/// </summary>
public static partial class TextHeaderInference
{
    private const int HeaderLines = 6;
    private const int MinTitleChars = 8;
    private const int MaxTitleChars = 200;
    private const int MaxTitleWords = 30;

    /// <summary>The inferred title and authors as a candidate; <see cref="ArticleMetadata.Empty"/> if nothing fits.</summary>
    public static ArticleMetadata Infer(string text)
    {
        var lines = Lines(text).Take(HeaderLines + 1).ToList();
        var title = lines.Count > 1 && ReadsAsHeadline(lines[0]) ? lines[0] : null;
        var authors = lines.Take(HeaderLines).Select(Byline).FirstOrDefault(a => a.Count > 0) ?? [];
        return title is null && authors.Count == 0 ? ArticleMetadata.Empty : new ArticleMetadata { Title = title, Authors = authors };
    }

    /// <summary>Whether <paramref name="line"/> reads as a headline rather than the first sentence of the story.</summary>
    public static bool ReadsAsHeadline(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (line.Length is < MinTitleChars or > MaxTitleChars || words is < 2 or > MaxTitleWords)
        {
            return false;
        }

        var opensLikeATitle = char.IsLetterOrDigit(line[0]) || line[0] is '"' or '\u201C' or '\'';
        var endsLikeASentence = line[^1] is '.' or ':' or ',' or ';';
        var isMostlyADate = DateText.Find(line) is { } date && date.End - date.Start >= line.Length / 2;
        return opensLikeATitle && !endsLikeASentence && !isMostlyADate && !SentenceBreak().IsMatch(line) && Byline(line).Count == 0;
    }

    private static IEnumerable<string> Lines(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text[start..end].Trim();
            if (line.Length > 0 && !BoilerplateLines.IsBoilerplate(line))
            {
                yield return line;
            }

            start = end + 1;
        }
    }

    // "By Helen Marsh", "By Grace Whitfield, Property Correspondent", "by Sam Okoro | The Gate Lounge | 4 min read",
    // "By Ana Ruiz and Tom Bell"
    private static IReadOnlyList<string> Byline(string line)
    {
        var match = BylinePattern().Match(line);
        return match.Success
            ? [.. match.Groups["names"].Value.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];
    }

    [GeneratedRegex(@"^(?i:by)\s+(?<names>\p{Lu}[\p{L}'\u2019.-]+(\s+\p{Lu}[\p{L}'\u2019.-]+){1,3}(\s+and\s+\p{Lu}[\p{L}'\u2019.-]+(\s+\p{Lu}[\p{L}'\u2019.-]+){1,3})?)\s*($|[,|\u2013\u2014-]|\s+in\s)", RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    // a full stop, then another sentence: "Prices rose. Analysts expect more"
    [GeneratedRegex(@"[a-z0-9%)\]][.!?]\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
