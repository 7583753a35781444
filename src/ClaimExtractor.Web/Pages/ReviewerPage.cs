using Microsoft.AspNetCore.Antiforgery;

namespace ClaimExtractor.Web.Pages;

/// <summary><c>/reviewer</c>: choose (or change) the name recorded with this browser's decisions, then go back.</summary>
public static class ReviewerPage
{
    /// <summary>Maps the form and its POST.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/reviewer", Show);
        app.MapPost("/reviewer", SaveAsync).DisableAntiforgery(); // validated explicitly below
    }

    /// <summary>The name form; <paramref name="returnTo"/> is where saving leads.</summary>
    public static string Form(string? current, string? antiforgeryToken, string returnTo) =>
        $"""
        <form method="post" action="/reviewer" class="reviewer">{Html.AntiforgeryInput(antiforgeryToken)}
        <input type="hidden" name="return" value="{Html.E(returnTo)}">
        <label>Reviewer name <input name="name" id="reviewer-name" required maxlength="{ReviewerIdentity.MaxLength}" value="{Html.E(current)}" autocomplete="name"></label>
        <button>Save</button></form>
        """;

    private static IResult Show(HttpContext context, IAntiforgery antiforgery, string? @return)
    {
        var current = ReviewerIdentity.Of(context);
        var body = "<h2>Who is reviewing?</h2><p>Your name is recorded with every decision you make in this browser.</p>"
            + Form(current, antiforgery.GetAndStoreTokens(context).RequestToken, LocalPath(@return));
        return ReviewEndpoints.Page(context, "Reviewer", body);
    }

    private static async Task<IResult> SaveAsync(HttpContext context, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest("the form is missing its antiforgery token or it is stale: reload the page");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (ReviewerIdentity.Valid(form["name"]) is not { } name)
        {
            return Results.BadRequest($"a reviewer name of 1 to {ReviewerIdentity.MaxLength} characters is required");
        }

        ReviewerIdentity.Remember(context, name);
        return Results.Redirect(LocalPath(form["return"]));
    }

    // Only a path of this site: no scheme, no host, no protocol-relative "//host".
    private static string LocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
