using System.Globalization;
using System.Text;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Web.Pages;

/// <summary>A whole document with every claim's number highlighted; the claim the reviewer came from stands out.</summary>
public static class DocumentPage
{
    /// <summary>The page body.</summary>
    public static string Render(DocumentRecord document, IReadOnlyList<StoredClaim> claims, long? focus)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(claims);
        var metadata = document.Metadata;
        var html = new StringBuilder("<h2>").Append(Html.E(metadata.Title ?? document.Source)).Append("</h2><p>")
            .Append(Html.E(metadata.Outlet ?? "unknown outlet")).Append(" · ")
            .Append(Html.E(metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated")).Append(" · ")
            .Append(Html.E(document.Source)).Append(" · ").Append(claims.Count.ToString(CultureInfo.InvariantCulture)).Append(" claims</p>")
            .Append("<div class=\"doc\">");
        var text = document.Text;
        var at = 0;
        foreach (var claim in claims.OrderBy(c => c.Claim.Quantity.Span.Start))
        {
            var span = claim.Claim.Quantity.Span;
            if (span.Start < at || span.End > text.Length)
            {
                continue; // overlapping or out of range: the text is still shown, unhighlighted
            }

            var focused = focus == claim.Id.Value;
            html.Append(Html.E(text[at..span.Start]))
                .Append("<mark").Append(focused ? " class=\"other\" id=\"focus\"" : "").Append(" title=\"")
                .Append(Html.E($"{claim.Claim.Metric} · {claim.Claim.Subject?.Name ?? "no subject"} · {claim.Claim.Period?.Label ?? "no period"}"))
                .Append("\">").Append(Html.E(text[span.Start..span.End])).Append("</mark>");
            at = span.End;
        }

        return html.Append(Html.E(text[at..])).Append("</div>").ToString();
    }
}
