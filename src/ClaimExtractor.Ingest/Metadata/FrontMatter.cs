using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>
/// A YAML-ish block at the top of a <c>.md</c>/<c>.txt</c> file: a <c>---</c> line, <c>key: value</c> lines, and a closing
/// <c>---</c> (or <c>...</c>) line. Keys read: <c>title</c>, <c>date</c>/<c>published</c>, <c>outlet</c>, <c>url</c>,
/// <c>author</c>/<c>authors</c> (inline, <c>[a, b]</c> or <c>- a</c> lines), <c>lang</c>/<c>language</c>.
/// </summary>
public static class FrontMatter
{
    private const int MaxLines = 200;

    /// <summary>
    /// Splits <paramref name="text"/> into its front matter and the body after the closing line; the body is the
    /// article text, so offsets index it. Text without a complete block comes back whole, with no candidate.
    /// </summary>
    public static (ArticleMetadata Candidate, int BodyStart) Read(string text)
    {
        var position = 0;
        if (!TryReadLine(text, ref position, out var first) || first.TrimEnd().ToString() != "---")
        {
            return (ArticleMetadata.Empty, 0);
        }

        var fields = new List<(string Key, string Value)>();
        for (var lines = 0; lines < MaxLines && TryReadLine(text, ref position, out var line); lines++)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.SequenceEqual("---") || trimmed.SequenceEqual("..."))
            {
                return (ToCandidate(fields), position);
            }

            var colon = trimmed.IndexOf(':');
            if (trimmed.TrimStart().StartsWith("- ", StringComparison.Ordinal) && fields.Count > 0)
            {
                // a list item continues the key above it ("authors:" then "  - A")
                fields.Add((fields[^1].Key, Unquote(trimmed.TrimStart()[2..].ToString())));
            }
            else if (colon > 0 && !char.IsWhiteSpace(trimmed[0]))
            {
                fields.Add((trimmed[..colon].Trim().ToString().ToLowerInvariant(), Unquote(trimmed[(colon + 1)..].Trim().ToString())));
            }
        }

        return (ArticleMetadata.Empty, 0);
    }

    private static ArticleMetadata ToCandidate(List<(string Key, string Value)> fields)
    {
        string? Field(params string[] keys) => fields.FirstOrDefault(f => keys.Contains(f.Key, StringComparer.Ordinal) && f.Value.Length > 0).Value;

        var authors = new List<string>();
        foreach (var (key, value) in fields)
        {
            if (key is "author" or "authors")
            {
                var list = value.StartsWith('[') && value.EndsWith(']') ? value[1..^1].Split(',') : [value];
                foreach (var name in list)
                {
                    AuthorList.Add(authors, Unquote(name.Trim()));
                }
            }
        }

        var published = DateText.Parse(Field("published", "date"));
        return new ArticleMetadata
        {
            Title = Field("title"),
            Outlet = Field("outlet", "publisher", "source"),
            Url = Field("url", "link"),
            Authors = authors,
            Published = published,
            PublishedFrom = published is null ? PublishedSource.None : PublishedSource.FrontMatter,
            Language = Field("language", "lang"),
        };
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    private static bool TryReadLine(string text, ref int position, out ReadOnlySpan<char> line)
    {
        if (position >= text.Length)
        {
            line = default;
            return false;
        }

        var end = text.IndexOf('\n', position);
        var next = end < 0 ? text.Length : end + 1;
        line = text.AsSpan(position, (end < 0 ? text.Length : end) - position).TrimEnd('\r');
        position = next;
        return true;
    }
}
