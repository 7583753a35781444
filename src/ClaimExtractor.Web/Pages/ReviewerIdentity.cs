namespace ClaimExtractor.Web.Pages;

/// <summary>
/// Who is reviewing: a name chosen once on <c>/reviewer</c>, kept in a cookie, shown in every page's header and
/// recorded with every decision.
/// </summary>
public static class ReviewerIdentity
{
    /// <summary>The cookie holding the name.</summary>
    public const string Cookie = "claimx_reviewer";

    /// <summary>The longest name accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>The request's reviewer, or null when none was chosen yet.</summary>
    public static string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Valid(context.Request.Cookies[Cookie]);
    }

    /// <summary>The trimmed name when it is 1 to <see cref="MaxLength"/> characters, else null.</summary>
    public static string? Valid(string? name) => name?.Trim() is { Length: > 0 and <= MaxLength } trimmed ? trimmed : null;

    /// <summary>Remembers <paramref name="name"/> in this browser for a year.</summary>
    public static void Remember(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Cookie, name, new CookieOptions
        {
            SameSite = SameSiteMode.Strict,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });
    }
}
