using System.Net;
using ClaimExtractor.Storage.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimExtractor.Web.Tests.Support;

/// <summary>
/// The real review app on a free loopback port over a temp SQLite file filled with <see cref="ReviewData"/>, and a
/// client that keeps cookies and does not follow redirects. Deletes everything on dispose.
/// </summary>
public sealed class ReviewServer : IAsyncDisposable
{
    private readonly string _folder;
    private readonly WebApplication _app;

    private ReviewServer(string folder, WebApplication app, ReviewData.Ids ids, HttpClient client)
    {
        _folder = folder;
        _app = app;
        Ids = ids;
        Client = client;
    }

    public ReviewData.Ids Ids { get; }

    public HttpClient Client { get; }

    public string Database => Path.Combine(_folder, "claims.db");

    public static async Task<ReviewServer> StartAsync(string? token = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimx-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "claims.db");
        ReviewData.Ids ids;
        await using (var store = await ClaimStore.OpenAsync(database, CancellationToken.None))
        {
            await store.MigrateAsync(CancellationToken.None);
            ids = await ReviewData.FillAsync(store, CancellationToken.None);
        }

        var app = ReviewApp.Build(database, "http://127.0.0.1:0", token, []);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = new Uri(address) };
        return new ReviewServer(folder, app, ids, client);
    }

    /// <summary>Chooses the reviewer name as a browser does: the /reviewer form, with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> ChooseReviewerAsync(string name)
    {
        var token = Forms.AntiforgeryToken(await Client.GetStringAsync("/reviewer"));
        return await Client.PostAsync("/reviewer", new FormUrlEncodedContent(
        [
            new("name", name), new("return", "/"), new("__RequestVerificationToken", token),
        ]));
    }

    public async Task<ClaimStore> OpenStoreAsync() => await ClaimStore.OpenAsync(Database, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
