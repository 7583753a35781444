using System.Security.Cryptography;
using System.Text;

namespace ClaimExtractor.Web.Hosting;

/// <summary>
/// With <c>--token</c>, every request but <c>/health</c> carries the token: as <c>Authorization: Bearer</c> (API
/// clients), as a cookie, or once as <c>?token=</c>, which sets that cookie (browsers).
/// </summary>
public sealed class TokenGate(RequestDelegate next, string token)
{
    private const string CookieName = "claimx_token";
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    /// <summary>Lets the request through, or answers 401.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.Equals("/health", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
        var query = context.Request.Query["token"].ToString();
        if (Matches(bearer) || Matches(context.Request.Cookies[CookieName]))
        {
            await next(context);
            return;
        }

        if (Matches(query))
        {
            context.Response.Cookies.Append(CookieName, query, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
            });
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.Response.WriteAsync("a token is required: send Authorization: Bearer <token> or open ?token=<token>", context.RequestAborted);
    }

    private bool Matches(string? candidate) =>
        !string.IsNullOrEmpty(candidate)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _expected);
}
