using System.Globalization;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Web.Hosting;
using ClaimExtractor.Web.Pages;
using Microsoft.AspNetCore.Mvc;

namespace ClaimExtractor.Web.Api;

/// <summary>
/// The read-only JSON API. Every list takes <c>offset</c> and <c>limit</c> and answers
/// <c>{ offset, limit, total?, items }</c>, or CSV with <c>?format=csv</c> or <c>Accept: text/csv</c>.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Maps <c>/api/contradictions</c>, <c>/api/claims</c>, <c>/api/documents</c>, <c>/api/entities</c>, <c>/api/openapi.json</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/openapi.json", () => Results.Text(OpenApiDocument.Json, "application/json"));
        app.MapGet("/api/contradictions", ContradictionsAsync);
        app.MapGet("/api/claims", ClaimsAsync);
        app.MapGet("/api/documents", DocumentsAsync);
        app.MapGet("/api/entities", EntitiesAsync);
    }

    private static async Task<IResult> ContradictionsAsync(HttpContext context, ReviewStores stores, CancellationToken cancellationToken)
    {
        var (filter, error) = QueueFilter.Parse(context.Request.Query);
        if (filter is null)
        {
            return Results.BadRequest(new { error });
        }

        await using var store = await stores.OpenReaderAsync(cancellationToken);
        var items = (await store.ReadContradictionPageAsync(filter, cancellationToken)).Select(ContradictionItem.From).ToList();
        var total = await store.CountContradictionsAsync(filter, cancellationToken);
        return Answer(context, filter.Offset, filter.PageSize(), total, items, ContradictionItem.Csv);
    }

    private static async Task<IResult> ClaimsAsync(
        HttpContext context, ReviewStores stores, string? entity, string? metric, string? source,
        [FromQuery(Name = "min_confidence")] double? minConfidence, CancellationToken cancellationToken)
    {
        if (PageOf(context) is not { } page)
        {
            return BadPage();
        }

        if (minConfidence is < 0 or > 1)
        {
            return Results.BadRequest(new { error = "min_confidence must be between 0 and 1" });
        }

        var (offset, limit) = page;

        await using var store = await stores.OpenReaderAsync(cancellationToken);
        var claims = await store.ReadClaimPageAsync(new ClaimQuery(entity, metric, source, MinConfidence: minConfidence), offset, limit, cancellationToken);
        return Answer(context, offset, limit, null, [.. claims.Select(ClaimItem.From)], ClaimItem.Csv);
    }

    private static async Task<IResult> DocumentsAsync(HttpContext context, ReviewStores stores, string? outlet, CancellationToken cancellationToken)
    {
        if (PageOf(context) is not { } page)
        {
            return BadPage();
        }

        var (offset, limit) = page;

        await using var store = await stores.OpenReaderAsync(cancellationToken);
        var documents = await store.ReadDocumentPageAsync(outlet, offset, limit, cancellationToken);
        return Answer(context, offset, limit, null, [.. documents.Select(DocumentItem.From)], DocumentItem.Csv);
    }

    private static async Task<IResult> EntitiesAsync(HttpContext context, ReviewStores stores, string? name, CancellationToken cancellationToken)
    {
        if (PageOf(context) is not { } page)
        {
            return BadPage();
        }

        var (offset, limit) = page;

        await using var store = await stores.OpenReaderAsync(cancellationToken);
        var entities = await store.ReadEntityPageAsync(name, offset, limit, cancellationToken);
        return Answer(context, offset, limit, null, entities, EntityCsv.Csv);
    }

    // offset ≥ 0 and 1 ≤ limit ≤ MaxPage, default 0 and 50; null when either is not a number.
    private static (int Offset, int Limit)? PageOf(HttpContext context)
    {
        var query = context.Request.Query;
        var offset = 0;
        var limit = QueueFilter.DefaultLimit;
        if ((query["offset"].ToString() is { Length: > 0 } o && !int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            || (query["limit"].ToString() is { Length: > 0 } l && !int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit)))
        {
            return null;
        }

        return (offset, limit is > 0 ? Math.Min(limit, ClaimStore.MaxPage) : QueueFilter.DefaultLimit);
    }

    private static IResult BadPage() => Results.BadRequest(new { error = "offset and limit must be whole numbers" });

    private static IResult Answer<T>(HttpContext context, int offset, int limit, int? total, IReadOnlyList<T> items, CsvTable<T> csv)
    {
        var format = context.Request.Query["format"].ToString();
        var wantsCsv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || (format.Length == 0 && context.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase));
        if (wantsCsv)
        {
            context.Response.Headers["X-Total-Count"] = total?.ToString(CultureInfo.InvariantCulture);
            return Results.Text(csv.Write(items), "text/csv; charset=utf-8");
        }

        return Results.Json(new Page<T>(offset, limit, total, items));
    }

    private sealed record Page<T>(int Offset, int Limit, int? Total, IReadOnlyList<T> Items);
}
