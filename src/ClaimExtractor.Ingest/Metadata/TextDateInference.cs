using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>
/// The last resort for a publication date: a "Published ..." line, a short date line or a dateline near the top of the
/// text. A date in ordinary prose ("On March 3, 2023 the hackers ...") is an event, not the publication, so it is not taken.
/// </summary>
public static class TextDateInference
{
    private const int MaxLines = 10;
    private const int MaxChars = 3000;
    private const int ShortLine = 80;
    private const int DatelineReach = 60;

    private static readonly string[] PublishedPrefixes = ["published", "posted", "first published", "date:", "dated"];
    private static readonly string[] UpdatedPrefixes = ["updated", "last updated", "modified", "last modified"];

    /// <summary>The inferred date as a candidate with <see cref="PublishedSource.Text"/>; <see cref="ArticleMetadata.Empty"/> if nothing fits.</summary>
    public static ArticleMetadata Infer(string text)
    {
        DateOnly? shortLine = null, dateline = null, updated = null;
        var head = text.Length > MaxChars ? text[..MaxChars] : text;
        var lines = head.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines.Where(l => l.Length > 0).Take(MaxLines))
        {
            if (DateText.Find(line) is not { } found)
            {
                continue;
            }

            if (StartsWithAny(line, PublishedPrefixes))
            {
                return Candidate(found.Date);
            }

            if (StartsWithAny(line, UpdatedPrefixes))
            {
                updated ??= found.Date;
            }
            else if (line.Length <= ShortLine)
            {
                shortLine ??= found.Date;
            }
            else if (found.Start <= DatelineReach && IsDatelineEnd(line, found.End))
            {
                dateline ??= found.Date;
            }
        }

        return (shortLine ?? dateline ?? updated) is { } date ? Candidate(date) : ArticleMetadata.Empty;
    }

    private static ArticleMetadata Candidate(DateOnly date) => new() { Published = date, PublishedFrom = PublishedSource.Text };

    private static bool StartsWithAny(string line, string[] prefixes) =>
        prefixes.Any(p => line.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    // "WASHINGTON, Dec. 19, 2024 — North Korean hackers ..." or "December 19, 2024 (Reuters) - ..."
    private static bool IsDatelineEnd(string line, int end)
    {
        var rest = line.AsSpan(end).TrimStart();
        if (rest.StartsWith("("))
        {
            var close = rest.IndexOf(')');
            rest = close < 0 ? rest : rest[(close + 1)..].TrimStart();
        }

        return rest.Length > 0 && rest[0] is '-' or '\u2013' or '\u2014' or ':' or '/';
    }
}
