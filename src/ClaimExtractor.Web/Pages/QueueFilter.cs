using System.Globalization;
using System.Text;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;

namespace ClaimExtractor.Web.Pages;

/// <summary>Reads the queue's query string (<c>status kind entity metric outlet from to q offset limit</c>) and writes it back.</summary>
public static class QueueFilter
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The filter, or an error message naming the bad parameter.</summary>
    public static (ContradictionQuery? Filter, string? Error) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            return (new ContradictionQuery(
                Status: Optional(query, "status", Names.ParseStatus),
                Kind: Optional(query, "kind", ContradictionKindNames.Parse),
                Entity: Text(query, "entity"),
                Metric: Text(query, "metric"),
                Outlet: Text(query, "outlet"),
                PublishedFrom: Optional(query, "from", s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
                PublishedTo: Optional(query, "to", s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Text: Text(query, "q"),
                Offset: Optional(query, "offset", s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)) ?? 0,
                Limit: Optional(query, "limit", s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)) is { } limit and > 0
                    ? Math.Min(limit, ClaimStore.MaxPage)
                    : DefaultLimit), null);
        }
        catch (BadParameterException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>
    /// The review queue's view of a filter: without a kind it holds the contradictions and leaves <c>update</c> flags
    /// (a later revision, not a conflict) to their own tab, <c>?kind=update</c>.
    /// </summary>
    public static ContradictionQuery ForReview(this ContradictionQuery filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.Kind is null ? filter with { ExcludeKind = ContradictionKind.Update } : filter;
    }

    /// <summary>The page size a parsed filter carries (<see cref="Parse"/> always sets one).</summary>
    public static int PageSize(this ContradictionQuery filter) => filter.Limit ?? DefaultLimit;

    /// <summary>The filter as a query string (no leading '?'), page fields excluded; values URL-encoded.</summary>
    public static string ToQuery(ContradictionQuery filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = new List<(string, string?)>
        {
            ("status", filter.Status is { } status ? Names.Of(status) : null),
            ("kind", filter.Kind?.ToName()),
            ("entity", filter.Entity),
            ("metric", filter.Metric),
            ("outlet", filter.Outlet),
            ("from", Names.Of(filter.PublishedFrom)),
            ("to", Names.Of(filter.PublishedTo)),
            ("q", filter.Text),
        };
        var query = new StringBuilder();
        foreach (var (name, value) in parts)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(query.Length == 0 ? "" : "&").Append(name).Append('=').Append(Html.U(value));
            }
        }

        return query.ToString();
    }

    private static string? Text(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } value ? value.Trim() : null;

    private static T? Optional<T>(IQueryCollection query, string name, Func<string, T> parse)
        where T : struct
    {
        if (Text(query, name) is not { } value)
        {
            return null;
        }

        try
        {
            return parse(value);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw new BadParameterException($"'{name}' cannot be '{value}': {e.Message}");
        }
    }

    private sealed class BadParameterException(string message) : Exception(message);
}
