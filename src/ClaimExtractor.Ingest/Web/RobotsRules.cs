using System.Globalization;

namespace ClaimExtractor.Ingest.Web;

/// <summary>
/// One site's robots.txt as RFC 9309 reads it: the group for our product token (else <c>*</c>), its Allow and Disallow
/// rules with <c>*</c> and <c>$</c>, the longest match deciding and Allow winning a tie; and <c>Crawl-delay</c>, which
/// is not in the RFC but which news sites use.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay, string? closedReason)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        ClosedReason = closedReason;
    }

    /// <summary>Rules that allow everything: no robots.txt (a 4xx answer).</summary>
    public static RobotsRules AllowAll { get; } = new([], null, null);

    /// <summary>The delay the group asks for between requests, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Why the whole site is closed (robots.txt answered 5xx), or null.</summary>
    public string? ClosedReason { get; }

    /// <summary>Rules that disallow everything, because robots.txt could not be read (RFC 9309 §2.3.1.4).</summary>
    public static RobotsRules Closed(string reason) => new([], null, reason);

    /// <summary>Parses a robots.txt body for the user agent whose product token is <paramref name="userAgent"/>'s first word.</summary>
    public static RobotsRules Parse(string text, string userAgent)
    {
        var token = ProductToken(userAgent);
        List<(string, bool)> mine = [], star = [];
        TimeSpan? myDelay = null, starDelay = null;
        bool foundMine = false, inMine = false, inStar = false, lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent")
            {
                if (!lastWasAgent)
                {
                    inMine = inStar = false; // a new group starts
                }

                var matchesMine = token.Length > 0 && value.Equals(token, StringComparison.OrdinalIgnoreCase);
                inMine |= matchesMine;
                foundMine |= matchesMine;
                inStar |= value == "*";
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (key is "allow" or "disallow")
            {
                // an empty Disallow allows everything, so it adds no rule
                if (value.Length > 0)
                {
                    if (inMine)
                    {
                        mine.Add((value, key == "allow"));
                    }

                    if (inStar)
                    {
                        star.Add((value, key == "allow"));
                    }
                }
            }
            else if (key == "crawl-delay" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(seconds, 60));
                myDelay = inMine ? delay : myDelay;
                starDelay = inStar ? delay : starDelay;
            }
        }

        return foundMine ? new RobotsRules(mine, myDelay, null) : new RobotsRules(star, starDelay, null);
    }

    /// <summary>True when the path and query of <paramref name="url"/> may be fetched.</summary>
    public bool Allows(Uri url)
    {
        if (ClosedReason is not null)
        {
            return false;
        }

        var path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in rules)
        {
            if (pattern.Length >= best && Matches(pattern, path) && (pattern.Length > best || allow))
            {
                (best, allowed) = (pattern.Length, allow);
            }
        }

        return allowed;
    }

    /// <summary>The rule that blocks <paramref name="url"/>, for a failure reason.</summary>
    public string Explain(Uri url)
    {
        if (ClosedReason is not null)
        {
            return ClosedReason;
        }

        var path = url.PathAndQuery;
        var rule = rules.Where(r => !r.Allow && Matches(r.Pattern, path)).MaxBy(r => r.Pattern.Length);
        return $"disallowed by robots.txt (Disallow: {rule.Pattern}); use --ignore-robots to fetch it anyway";
    }

    private static string ProductToken(string userAgent)
    {
        var first = userAgent.Trim().Split(' ', 2)[0];
        var slash = first.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 ? first[..slash] : first;
    }

    // '*' matches any run of characters, a final '$' anchors the end; everything else is a literal prefix
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var pos = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (last && anchored)
            {
                return path.Length - pos >= parts[i].Length && path.EndsWith(parts[i], StringComparison.Ordinal);
            }

            var at = path.IndexOf(parts[i], pos, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            pos = at + parts[i].Length;
        }

        return !anchored || pos == path.Length;
    }
}
