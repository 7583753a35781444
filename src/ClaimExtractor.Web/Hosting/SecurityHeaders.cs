using System.Security.Cryptography;

namespace ClaimExtractor.Web.Hosting;

/// <summary>
/// A content security policy that lets only the page's own inline script run (by nonce), so markup that ever slipped
/// past encoding would still be inert; no framing, no sniffing.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The key under which the request's script nonce is kept in <see cref="HttpContext.Items"/>.</summary>
    public const string NonceKey = "claimx.nonce";

    /// <summary>Adds the headers and the nonce, then calls the next step.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }

    /// <summary>The nonce made for this request.</summary>
    public static string NonceOf(HttpContext context) =>
        context?.Items[NonceKey] as string ?? throw new InvalidOperationException("SecurityHeaders did not run");
}
