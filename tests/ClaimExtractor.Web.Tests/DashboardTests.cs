using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Web.Dashboard;
using ClaimExtractor.Web.Tests.Support;

namespace ClaimExtractor.Web.Tests;

/// <summary>The dashboard page: what the store aggregates, and the SVG the server draws from it.</summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private ReviewServer _server = null!; // set in InitializeAsync, before any test runs

    public async Task InitializeAsync() => _server = await ReviewServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_dashboard_draws_its_four_charts_as_svg_with_the_stored_counts()
    {
        var html = await _server.Client.GetStringAsync("/dashboard");

        foreach (var chart in new[] { "claims-over-time", "flags-by-kind", "metrics-in-conflict", "outlets-in-conflict" })
        {
            Assert.Contains($"<figure class=\"chart\" id=\"{chart}\"><figcaption>", html, StringComparison.Ordinal);
        }

        Assert.Equal(4, html.Split("<svg ").Length - 1);
        Assert.Contains("<title>Northland / crypto_theft_value, 2024: 3 claims</title>", html, StringComparison.Ordinal);
        Assert.Contains("</span>Northland / crypto_theft_value</li>", html, StringComparison.Ordinal); // a lone line still gets its legend
        Assert.Contains("<title>value_mismatch: 2 open</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>crypto_theft_value: 3</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outlet_names_are_encoded_inside_the_svg()
    {
        var html = await _server.Client.GetStringAsync("/dashboard");

        Assert.Contains("<title>Tech &lt;b&gt;Blog&lt;/b&gt;: 2</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Blog", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dismissed_flags_leave_the_conflict_charts_and_move_to_the_dismissed_segment()
    {
        await using (var store = await _server.OpenStoreAsync())
        {
            await store.SetStatusAsync(_server.Ids.Severe, ContradictionStatus.Dismissed, "rounding", null, "ana", CancellationToken.None);

            var flags = await store.CountFlagsByKindAndStatusAsync(CancellationToken.None);
            var metrics = await store.ReadMostConflictedMetricsAsync(8, CancellationToken.None);
            var outlets = await store.ReadMostConflictedOutletsAsync(8, CancellationToken.None);

            Assert.Equal(
                [new(ContradictionKind.ValueMismatch, ContradictionStatus.Open, 1), new(ContradictionKind.ValueMismatch, ContradictionStatus.Dismissed, 1), new(ContradictionKind.Arithmetic, ContradictionStatus.Open, 1)],
                flags.OrderBy(f => f.Kind).ThenBy(f => f.Status));
            Assert.Equal([new("crypto_theft_value", 2)], metrics);
            Assert.Equal([new("Policy Review", 2), new("Tech <b>Blog</b>", 1), new("Wire Daily", 1)], outlets);
        }

        var html = await _server.Client.GetStringAsync("/dashboard");
        Assert.Contains("<title>value_mismatch: 1 dismissed</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_with_nothing_to_show_says_so_instead_of_drawing_an_empty_frame()
    {
        var html = DashboardPage.Render([], [], [], []);

        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("class=\"empty\"").Length - 1);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(10, 10)]
    [InlineData(11, 20)]
    [InlineData(4100, 5000)]
    public void Axes_end_at_one_two_or_five_times_a_power_of_ten(double max, double expected) =>
        Assert.Equal(expected, Svg.NiceCeiling(max));
}
