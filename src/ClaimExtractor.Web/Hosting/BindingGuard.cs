using System.Net;

namespace ClaimExtractor.Web.Hosting;

/// <summary>Refuses to expose the review app beyond this machine without a token.</summary>
public static class BindingGuard
{
    /// <summary>True when every URL in the <c>;</c>-separated list binds a loopback address or <c>localhost</c>.</summary>
    public static bool IsLoopbackOnly(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = BindingAddress.Parse(url).Host;
            if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!IPAddress.TryParse(host.Trim('[', ']'), out var address) || !IPAddress.IsLoopback(address))
            {
                return false;
            }
        }

        return true;
    }

    /// <exception cref="ArgumentException">Some URL is not loopback and <paramref name="token"/> is empty.</exception>
    public static void Check(string urls, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) && !IsLoopbackOnly(urls))
        {
            throw new ArgumentException(
                $"'{urls}' is reachable from other machines: pass --token <secret> (reviewers then open ?token=<secret> once), or bind http://127.0.0.1",
                nameof(urls));
        }
    }
}
