using System.Globalization;
using System.Text;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Web.Pages;

/// <summary>One flag: both claims side by side in context, the key, the explanation, the decision forms and the trail.</summary>
public static class DetailPage
{
    /// <summary>The keyboard shortcuts; the script clicks the element carrying the matching <c>data-key</c>.</summary>
    public const string Script = """
        document.addEventListener('keydown', function (e) {
          if (e.target.id === 'reason' && e.key === 'Enter') { e.preventDefault(); e.target.form.requestSubmit(); return; }
          var t = e.target.tagName;
          if (t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT' || e.ctrlKey || e.metaKey || e.altKey) return;
          var key = e.key === ' ' ? 'space' : e.key;
          if (key === '?') { document.getElementById('help').classList.toggle('on'); e.preventDefault(); return; }
          if (key === 'x') { var r = document.getElementById('reason'); if (r) { r.focus(); e.preventDefault(); } return; }
          var el = document.querySelector('[data-key="' + key + '"]');
          if (el) { e.preventDefault(); el.click(); }
        });
        """;

    /// <summary>The page body.</summary>
    public static string Render(DetailModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var record = model.Record;
        var id = record.Id.ToString(CultureInfo.InvariantCulture);
        var status = Names.Of(record.Status);
        var back = model.Back.Length > 0 ? "&" + model.Back : "";
        var html = new StringBuilder();
        html.Append("<p><a href=\"/?").Append(Html.E(model.Back)).Append("\">← queue</a> · ");
        if (model.Position > 0)
        {
            html.Append("<a data-key=\"k\" href=\"/queue/at?pos=").Append((model.Position - 1).ToString(CultureInfo.InvariantCulture))
                .Append(Html.E(back)).Append("\">previous (k)</a> · ");
        }

        html.Append("<a data-key=\"j\" href=\"/queue/at?pos=").Append((model.Position + 1).ToString(CultureInfo.InvariantCulture))
            .Append(Html.E(back)).Append("\">next (j)</a> · <a data-key=\"space\" href=\"/queue/at?pos=")
            .Append((model.Position + 1).ToString(CultureInfo.InvariantCulture)).Append("&amp;skip=").Append(id).Append(Html.E(back))
            .Append("\">skip (space)</a></p>");

        if (model.JustDecided is { } decided)
        {
            html.Append("<div class=\"flash\">Recorded your decision on #").Append(decided.ToString(CultureInfo.InvariantCulture)).Append(". ")
                .Append(DecisionForm(decided.ToString(CultureInfo.InvariantCulture), "undo", "Undo (u)", model, "u", extra: "")).Append("</div>");
        }

        html.Append("<h2>#").Append(id).Append(' ').Append(record.Contradiction.Kind.ToName())
            .Append(" <span class=\"status-").Append(status).Append("\" id=\"status\">").Append(status).Append("</span></h2>")
            .Append("<p>severity <span class=\"sev\">").Append(Html.N(record.Contradiction.Severity)).Append("</span>, score ")
            .Append(Html.N(record.Contradiction.Score)).Append(" · key <code>").Append(Html.E(record.Contradiction.Key.Value)).Append("</code></p>")
            .Append("<p class=\"explanation\">").Append(Html.E(record.Contradiction.Explanation)).Append("</p>")
            .Append("<div class=\"pair\">").Append(Side("A", record.A, model.TextA)).Append(Side("B", record.B, model.TextB)).Append("</div>");

        html.Append("<h3>Decision</h3>");
        if (model.Reviewer is null)
        {
            html.Append("<p>Choose the name your decisions are recorded under; it is remembered in this browser.</p>")
                .Append(ReviewerPage.Form(null, model.AntiforgeryToken, model.Url));
        }
        else
        {
            html.Append("<div class=\"decide\">")
                .Append(DecisionForm(id, "confirm", "Confirm (a)", model, "a", extra: ""))
                .Append(DecisionForm(id, "dismiss", "Dismiss (x)", model, null, extra: DismissFields()))
                .Append(DecisionForm(id, "reopen", "Reopen", model, null, extra: ""))
                .Append(DecisionForm(id, "undo", "Undo last", model, model.JustDecided is null ? "u" : null, extra: ""))
                .Append("</div>");
        }

        html.Append("<h3>Trail</h3><table class=\"trail\"><thead><tr><th>when</th><th>who</th><th>from → to</th><th>reason</th><th>note</th></tr></thead><tbody>");
        foreach (var decision in model.Trail)
        {
            html.Append("<tr><td>").Append(Html.E(decision.DecidedAt.ToString("u", CultureInfo.InvariantCulture))).Append("</td><td>")
                .Append(Html.E(decision.Reviewer)).Append("</td><td>").Append(Names.Of(decision.From)).Append(" → ")
                .Append(Names.Of(decision.To)).Append("</td><td>").Append(Html.E(decision.Reason)).Append("</td><td>")
                .Append(Html.E(decision.Note)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        html.Append("""
            <p class="keys">Keys: <kbd>a</kbd> confirm · <kbd>x</kbd> dismiss · <kbd>space</kbd> skip · <kbd>u</kbd> undo ·
            <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>?</kbd> help</p>
            <div id="help"><p>After <kbd>x</kbd>, pick a reason and press Enter to dismiss. Your reviewer name (in the header) is remembered in this browser.
            Decisions are kept by the flag's fingerprint, so they survive reprocessing; undo appends a decision that restores the previous status.</p></div>
            """);
        return html.ToString();
    }

    private static string Side(string label, StoredClaim claim, string text)
    {
        var document = claim.Document;
        return new StringBuilder("<section class=\"side\"><h3>").Append(label).Append(": ").Append(Html.E(document.Title ?? document.Source))
            .Append("</h3><p>").Append(Html.E(document.Outlet ?? "unknown outlet")).Append(" · ")
            .Append(Html.E(document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"))
            .Append(" · <a href=\"/documents/").Append(document.Id.Value.ToString(CultureInfo.InvariantCulture)).Append("?claim=")
            .Append(claim.Id.Value.ToString(CultureInfo.InvariantCulture)).Append("\">full document</a></p><blockquote>")
            .Append(SentenceContext.Render(text, claim.Claim.Sentence, claim.Claim.Quantity.Span))
            .Append("</blockquote><p>").Append(Html.E(claim.Claim.Metric)).Append(" · ").Append(Html.E(claim.Claim.Subject?.Name ?? "no subject"))
            .Append(" · ").Append(Html.E(claim.Claim.Period?.Label ?? "no period"))
            .Append(claim.Claim.Attribution is { } source ? " · according to " + Html.E(source) : "")
            .Append("</p></section>")
            .ToString();
    }

    private static string DismissFields()
    {
        var html = new StringBuilder("<select name=\"reason\" id=\"reason\" required><option value=\"\">reason…</option>");
        foreach (var (code, label) in DismissReasons.All)
        {
            html.Append("<option value=\"").Append(code).Append("\">").Append(Html.E(label)).Append("</option>");
        }

        return html.Append("</select> <input name=\"note\" placeholder=\"note\" maxlength=\"2000\">").ToString();
    }

    private static string DecisionForm(string id, string action, string label, DetailModel model, string? key, string extra) =>
        $"""
        <form method="post" class="inline" action="/contradictions/{id}/decide">{Html.AntiforgeryInput(model.AntiforgeryToken)}
        <input type="hidden" name="action" value="{action}"><input type="hidden" name="back" value="{Html.E(model.Back)}">
        <input type="hidden" name="pos" value="{model.Position.ToString(CultureInfo.InvariantCulture)}">
        {extra}<button{(key is null ? "" : $" data-key=\"{key}\"")}>{Html.E(label)}</button></form>
        """;
}
