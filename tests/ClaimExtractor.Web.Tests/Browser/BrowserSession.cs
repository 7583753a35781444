using ClaimExtractor.Web.Tests.Support;
using Microsoft.Playwright;

namespace ClaimExtractor.Web.Tests.Browser;

/// <summary>
/// One headless chromium page against a fresh review server on a free loopback port. Records every JavaScript
/// dialog the page opens (a hostile article must open none) and saves screenshots as test artifacts.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _dialogs = [];

    private BrowserSession(ReviewServer server, IPlaywright playwright, IBrowser browser, IPage page)
    {
        Server = server;
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public ReviewServer Server { get; }

    public IPage Page { get; }

    /// <summary>The messages of the dialogs (alert, confirm, prompt) the page opened.</summary>
    public IReadOnlyList<string> Dialogs => _dialogs;

    public static async Task<BrowserSession> StartAsync()
    {
        var server = await ReviewServer.StartAsync();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = Chromium.Args,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.Client.BaseAddress!.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } }); // the server's client always has its address
        page.SetDefaultTimeout(15_000);
        return new BrowserSession(server, playwright, browser, page);
    }

    /// <summary>Saves a full-page screenshot as <c>NAME.png</c> in the artifacts folder; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(Chromium.Artifacts);
        var path = Path.Combine(Chromium.Artifacts, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}
