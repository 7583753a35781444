using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Web.Hosting;
using ClaimExtractor.Web.Pages;

namespace ClaimExtractor.Web.Dashboard;

/// <summary>
/// <c>/dashboard</c>: claims over time per entity and metric, flags by kind and status, and the metrics and outlets
/// most in conflict, drawn as SVG by the server (no script, no client library).
/// </summary>
public static class DashboardPage
{
    /// <summary>How many series or bars a chart shows.</summary>
    public const int Top = 8;

    /// <summary>Maps the page.</summary>
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/dashboard", ShowAsync);

    /// <summary>The page body from what the store aggregated.</summary>
    public static string Render(
        IReadOnlyList<ClaimCountPoint> overTime, IReadOnlyList<FlagCount> flags, IReadOnlyList<ConflictCount> metrics, IReadOnlyList<ConflictCount> outlets)
    {
        ArgumentNullException.ThrowIfNull(overTime);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(outlets);
        var series = overTime.GroupBy(p => (p.Subject, p.MetricKey))
            .Select(g => ($"{g.Key.Subject} / {g.Key.MetricKey}", (IReadOnlyList<(int, int)>)[.. g.Select(p => (p.Year, p.Claims))]))
            .ToList();
        var statuses = Enum.GetValues<ContradictionStatus>();
        var byKind = flags.GroupBy(f => f.Kind).OrderBy(g => g.Key)
            .Select(g => (g.Key.ToName(), (IReadOnlyList<int>)[.. statuses.Select(s => g.Where(f => f.Status == s).Sum(f => f.Count))]))
            .ToList();
        return "<h2>Dashboard</h2><p>Also in SQL for Grafana, Metabase or Superset: <code>v_claims</code>, "
            + "<code>v_contradictions</code>, <code>v_entity_metric_series</code>; and as JSON or CSV under <a href=\"/api/openapi.json\">/api</a>.</p>"
            + "<div class=\"charts\">"
            + LineChart.Render("claims-over-time", "Claims per year, by subject and metric (most claimed)", series)
            + BarChart.Render("flags-by-kind", "Flags by kind and review status", [.. statuses.Select(Names.Of)], byKind)
            + BarChart.Render("metrics-in-conflict", "Metrics most in conflict (flags not dismissed)", ["flags"], Bars(metrics))
            + BarChart.Render("outlets-in-conflict", "Outlets most in conflict (flags not dismissed)", ["flags"], Bars(outlets))
            + "</div>";
    }

    private static List<(string, IReadOnlyList<int>)> Bars(IReadOnlyList<ConflictCount> counts) =>
        [.. counts.Select(c => (c.Name, (IReadOnlyList<int>)[c.Flags]))];

    private static async Task<IResult> ShowAsync(HttpContext context, ReviewStores stores, CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenReaderAsync(cancellationToken);
        var body = Render(
            await store.ReadClaimCountsOverTimeAsync(Top, cancellationToken),
            await store.CountFlagsByKindAndStatusAsync(cancellationToken),
            await store.ReadMostConflictedMetricsAsync(Top, cancellationToken),
            await store.ReadMostConflictedOutletsAsync(Top, cancellationToken));
        return ReviewEndpoints.Page(context, "Dashboard", body);
    }
}
