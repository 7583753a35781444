using ClaimExtractor.Storage.Store;
using ClaimExtractor.Web.Api;
using ClaimExtractor.Web.Dashboard;
using ClaimExtractor.Web.Hosting;
using ClaimExtractor.Web.Pages;

namespace ClaimExtractor.Web;

/// <summary>The composition root of <c>claimx serve</c>: the review pages and the JSON API over one SQLite store.</summary>
public static class ReviewApp
{
    /// <summary>The address used when none is given: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Builds (does not start) the app. <paramref name="urls"/> is a <c>;</c>-separated list; binding anything but
    /// loopback needs a <paramref name="token"/>, which every request must then carry (bearer header, or once as
    /// <c>?token=</c>, which sets a cookie). The schema is migrated when the app starts.
    /// </summary>
    /// <exception cref="ArgumentException">A non-loopback URL without a token, or an empty database path.</exception>
    public static WebApplication Build(string database, string urls, string? token, string[] args)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(urls);
        BindingGuard.Check(urls, token);

        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls(urls);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "claimx_antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = Html.AntiforgeryField;
        });
        builder.Services.AddSingleton(new ReviewStores(database));
        builder.Services.AddHostedService<StoreMigrator>();

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(ClaimStore.ReleaseReaders);
        app.UseMiddleware<SecurityHeaders>();
        if (!string.IsNullOrEmpty(token))
        {
            app.UseMiddleware<TokenGate>(token);
        }

        app.MapGet("/health", () => Results.Text("ok"));
        ReviewEndpoints.Map(app);
        ApiEndpoints.Map(app);
        DashboardPage.Map(app);
        return app;
    }
}
