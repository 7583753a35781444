using ClaimExtractor.Core.Consistency;
using Microsoft.Playwright;

namespace ClaimExtractor.Web.Tests.Browser;

/// <summary>The review app in a real browser (headless chromium through Playwright): pages, keys, charts, hostile text.</summary>
public sealed class ReviewInBrowserTests
{
    [BrowserFact]
    public async Task The_queue_loads_with_its_flags_most_severe_first()
    {
        await using var session = await BrowserSession.StartAsync();

        await session.Page.GotoAsync("/");

        var ids = await session.Page.Locator("tbody tr").EvaluateAllAsync<long[]>("rows => rows.map(r => Number(r.dataset.id))");
        Assert.Equal([session.Server.Ids.Severe, session.Server.Ids.Middle, session.Server.Ids.Mild], ids);
        Assert.Equal("3", await session.Page.Locator("[data-count=open]").InnerTextAsync());
        Assert.True(File.Exists(await session.ScreenshotAsync("queue")));
    }

    [BrowserFact]
    public async Task A_decision_made_by_keyboard_lands_in_the_store_and_the_audit_trail_and_undo_reverts_it()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var severe = session.Server.Ids.Severe;
        await page.GotoAsync("/?status=open");
        await page.Locator($"tr[data-id='{severe}'] a").ClickAsync();
        await page.Locator("#reviewer-name").FillAsync("ana");
        await page.Locator("form.reviewer button").ClickAsync();
        await Assertions.Expect(page.Locator("#reviewer")).ToHaveTextAsync("ana");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded); // the key script sits at the end of the body

        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync($"#{severe}");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var afterConfirm = await TrailAsync(session, severe);
        await session.ScreenshotAsync("decided-by-keyboard");
        await page.Keyboard.PressAsync("u");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("open");

        Assert.Equal([(ContradictionStatus.Open, ContradictionStatus.Confirmed, "ana")], afterConfirm);
        Assert.Equal(
            [(ContradictionStatus.Open, ContradictionStatus.Confirmed, "ana"), (ContradictionStatus.Confirmed, ContradictionStatus.Open, "ana")],
            await TrailAsync(session, severe));
    }

    [BrowserFact]
    public async Task X_then_a_reason_and_enter_dismisses_the_flag()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var middle = session.Server.Ids.Middle;
        await page.GotoAsync($"/reviewer?return=/contradictions/{middle}");
        await page.Locator("#reviewer-name").FillAsync("bo");
        await page.Locator("form.reviewer button").ClickAsync();
        await Assertions.Expect(page.Locator("#reviewer")).ToHaveTextAsync("bo");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded); // the key script sits at the end of the body

        await page.Keyboard.PressAsync("x");
        await Assertions.Expect(page.Locator("#reason")).ToBeFocusedAsync();
        await page.Locator("#reason").SelectOptionAsync("rounding");
        await page.Locator("#reason").PressAsync("Enter");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync($"#{middle}");

        await using var store = await session.Server.OpenStoreAsync();
        var decision = Assert.Single(await store.ReadDecisionsAsync(middle, CancellationToken.None));
        Assert.Equal((ContradictionStatus.Dismissed, "rounding", "bo"), (decision.To, decision.Reason, decision.Reviewer));
    }

    [BrowserFact]
    public async Task The_help_key_shows_the_shortcuts()
    {
        await using var session = await BrowserSession.StartAsync();
        await session.Page.GotoAsync($"/contradictions/{session.Server.Ids.Severe}");
        await Assertions.Expect(session.Page.Locator("#help")).ToBeHiddenAsync();

        await session.Page.Keyboard.PressAsync("?");

        await Assertions.Expect(session.Page.Locator("#help")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task The_dashboard_shows_its_charts()
    {
        await using var session = await BrowserSession.StartAsync();

        await session.Page.GotoAsync("/dashboard");

        foreach (var chart in new[] { "claims-over-time", "flags-by-kind", "metrics-in-conflict", "outlets-in-conflict" })
        {
            var svg = session.Page.Locator($"#{chart} svg");
            await Assertions.Expect(svg).ToBeVisibleAsync();
            var box = await svg.BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 50 }, $"{chart} is drawn too small: {box?.Width}x{box?.Height}");
        }

        Assert.Equal("Northland / crypto_theft_value, 2024: 3 claims", await session.Page.Locator("#claims-over-time circle title").TextContentAsync());
        Assert.True(await session.Page.Locator("#flags-by-kind rect.bar").CountAsync() >= 2);
        await session.ScreenshotAsync("dashboard");
    }

    [BrowserFact]
    public async Task The_hostile_article_renders_inert_on_the_detail_and_document_pages()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await page.GotoAsync($"/contradictions/{session.Server.Ids.Severe}");
        var detailText = await page.Locator(".pair").InnerTextAsync();
        var detailImages = await page.Locator(".pair img, .pair script").CountAsync();
        await session.ScreenshotAsync("hostile-detail");
        await page.GotoAsync($"/documents/{session.Server.Ids.Beta.Value}");
        var documentText = await page.Locator(".doc").InnerTextAsync();
        var documentImages = await page.Locator(".doc img, .doc script").CountAsync();
        var title = await page.Locator("h2").InnerTextAsync();
        await session.ScreenshotAsync("hostile-document");

        Assert.Empty(session.Dialogs);
        Assert.Equal((0, 0), (detailImages, documentImages));
        Assert.Contains("<script>alert('owned')</script>", detailText, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", documentText, StringComparison.Ordinal);
        Assert.Equal("<script>alert('title')</script>", title);
    }

    private static async Task<List<(ContradictionStatus, ContradictionStatus, string?)>> TrailAsync(BrowserSession session, long id)
    {
        await using var store = await session.Server.OpenStoreAsync();
        return [.. (await store.ReadDecisionsAsync(id, CancellationToken.None)).Select(d => (d.From, d.To, d.Reviewer))];
    }
}
