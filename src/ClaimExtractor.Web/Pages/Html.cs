using System.Globalization;
using System.Net;
using System.Text;

namespace ClaimExtractor.Web.Pages;

/// <summary>The page frame and encoding helpers: every value from the store goes through <see cref="E"/>.</summary>
public static class Html
{
    /// <summary>The form field holding the antiforgery token.</summary>
    public const string AntiforgeryField = "__RequestVerificationToken";

    private const string Style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:0 1rem;color:#222}
        header{display:flex;gap:1rem;align-items:baseline;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
        mark{background:#ffe066;padding:0 .1em}mark.other{background:#d0ebff}
        .pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.side{border:1px solid #ddd;padding:.7rem;border-radius:4px}
        .ctx{color:#666}.counts a{margin-right:1rem}.sev{font-variant-numeric:tabular-nums}
        .status-confirmed{color:#b00}.status-dismissed{color:#777}.status-open{color:#06c}
        form.inline{display:inline}.keys kbd{border:1px solid #aaa;border-radius:3px;padding:0 .3em;font-size:90%}
        #help{display:none}#help.on{display:block}.flash{background:#eef;padding:.4rem .6rem}
        .doc{white-space:pre-wrap}.who{margin-left:auto}.tabs a{margin-right:1rem}.tabs a.on{font-weight:bold}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:1rem}svg text{font:12px system-ui,sans-serif}
        .chart{margin:0;border:1px solid #ddd;border-radius:4px;padding:.5rem}.chart figcaption{font-weight:bold}
        .legend{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem .9rem;padding:0;margin:.3rem 0 0;font-size:90%}
        .legend span{display:inline-block;width:.8em;height:.8em;margin-right:.3em}
        """;

    /// <summary>HTML-encodes <paramref name="value"/> (text and quoted attributes alike); null is empty.</summary>
    public static string E(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>Encodes a value for a URL query.</summary>
    public static string U(string? value) => Uri.EscapeDataString(value ?? "");

    /// <summary>A number for display, invariant culture.</summary>
    public static string N(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The whole page, its header naming the <paramref name="reviewer"/> (or asking for one);
    /// <paramref name="script"/> runs under the request's CSP nonce.
    /// </summary>
    public static string Page(string title, string body, string nonce, string? reviewer, string? script = null)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(title)).Append(" · claimx review</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<header><h1><a href=\"/\">claimx review</a></h1><a href=\"/?kind=update\">updates</a><a href=\"/dashboard\">dashboard</a>")
            .Append("<a href=\"/api/openapi.json\">API</a><span class=\"who\">")
            .Append(reviewer is null ? "<a href=\"/reviewer\">choose a reviewer name</a>" : "reviewing as <b id=\"reviewer\">" + E(reviewer) + "</b> · <a href=\"/reviewer\">change</a>")
            .Append("</span></header>")
            .Append(body);
        if (script is not null)
        {
            html.Append("<script nonce=\"").Append(E(nonce)).Append("\">").Append(script).Append("</script>");
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>The hidden antiforgery input.</summary>
    public static string AntiforgeryInput(string? token) =>
        $"<input type=\"hidden\" name=\"{AntiforgeryField}\" value=\"{E(token)}\">";
}
