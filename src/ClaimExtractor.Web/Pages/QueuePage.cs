using System.Globalization;
using System.Text;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Web.Pages;

/// <summary>The queue: counts by status, the filter form, and one page of flags, most severe first.</summary>
public static class QueuePage
{
    /// <summary>The page body; <paramref name="total"/> counts the filter's matches for paging.</summary>
    public static string Render(
        ContradictionQuery filter, QueueTabs tabs, IReadOnlyDictionary<ContradictionStatus, int> counts, IReadOnlyList<ContradictionRecord> page, int total)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(tabs);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(page);
        var html = new StringBuilder("<nav class=\"tabs\">")
            .Append("<a id=\"tab-contradictions\" href=\"/\"").Append(tabs.Updates ? "" : " class=\"on\"").Append(">Contradictions (")
            .Append(tabs.OpenContradictions.ToString(CultureInfo.InvariantCulture)).Append(" open)</a>")
            .Append("<a id=\"tab-updates\" href=\"/?kind=update\"").Append(tabs.Updates ? " class=\"on\"" : "").Append(">Updates (")
            .Append(tabs.OpenUpdates.ToString(CultureInfo.InvariantCulture)).Append(" open)</a></nav>");
        html.Append("<nav class=\"counts\">");
        html.Append("<a href=\"/?").Append(Html.E(QueueFilter.ToQuery(filter with { Status = null }))).Append("\">all (")
            .Append(counts.Values.Sum().ToString(CultureInfo.InvariantCulture)).Append(")</a>");
        foreach (var (status, count) in counts.OrderBy(c => c.Key))
        {
            html.Append("<a class=\"status-").Append(Names.Of(status)).Append("\" href=\"/?")
                .Append(Html.E(QueueFilter.ToQuery(filter with { Status = status }))).Append("\">")
                .Append(Names.Of(status)).Append(" (<span data-count=\"").Append(Names.Of(status)).Append("\">")
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</span>)</a>");
        }

        html.Append("</nav>").Append(FilterForm(filter));
        html.Append("<table><thead><tr><th>#</th><th>severity</th><th>kind</th><th>status</th><th>key</th><th>claims</th><th>explanation</th></tr></thead><tbody>");
        var back = QueueFilter.ToQuery(filter);
        for (var i = 0; i < page.Count; i++)
        {
            var record = page[i];
            var position = filter.Offset + i;
            var href = $"/contradictions/{record.Id.ToString(CultureInfo.InvariantCulture)}?pos={position.ToString(CultureInfo.InvariantCulture)}"
                + (back.Length > 0 ? "&" + back : "");
            html.Append("<tr data-id=\"").Append(record.Id.ToString(CultureInfo.InvariantCulture)).Append("\"><td><a href=\"")
                .Append(Html.E(href)).Append("\">").Append(record.Id.ToString(CultureInfo.InvariantCulture)).Append("</a></td>")
                .Append("<td class=\"sev\">").Append(Html.N(record.Contradiction.Severity)).Append("</td>")
                .Append("<td>").Append(record.Contradiction.Kind.ToName()).Append("</td>")
                .Append("<td class=\"status-").Append(Names.Of(record.Status)).Append("\">").Append(Names.Of(record.Status)).Append("</td>")
                .Append("<td>").Append(Html.E(record.Contradiction.Key.Value)).Append("</td>")
                .Append("<td>").Append(Html.E(record.A.Claim.Quote)).Append(" vs ").Append(Html.E(record.B.Claim.Quote)).Append("</td>")
                .Append("<td>").Append(Html.E(record.Contradiction.Explanation)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        if (page.Count == 0)
        {
            html.Append("<p>No flags match.</p>");
        }

        html.Append("<p>").Append((filter.Offset + (page.Count > 0 ? 1 : 0)).ToString(CultureInfo.InvariantCulture)).Append('–')
            .Append((filter.Offset + page.Count).ToString(CultureInfo.InvariantCulture)).Append(" of ")
            .Append(total.ToString(CultureInfo.InvariantCulture));
        if (filter.Offset > 0)
        {
            html.Append(" <a rel=\"prev\" href=\"/?").Append(Html.E(PageQuery(filter, Math.Max(0, filter.Offset - filter.PageSize())))).Append("\">previous</a>");
        }

        if (filter.Offset + page.Count < total)
        {
            html.Append(" <a rel=\"next\" href=\"/?").Append(Html.E(PageQuery(filter, filter.Offset + filter.PageSize()))).Append("\">next</a>");
        }

        return html.Append("</p>").ToString();
    }

    private static string PageQuery(ContradictionQuery filter, int offset)
    {
        var query = QueueFilter.ToQuery(filter);
        return (query.Length > 0 ? query + "&" : "") + "offset=" + offset.ToString(CultureInfo.InvariantCulture)
            + "&limit=" + filter.PageSize().ToString(CultureInfo.InvariantCulture);
    }

    private static string FilterForm(ContradictionQuery filter)
    {
        var html = new StringBuilder("<form method=\"get\" action=\"/\" class=\"filters\">");
        html.Append("<select name=\"status\"><option value=\"\">any status</option>");
        foreach (var status in Enum.GetValues<ContradictionStatus>())
        {
            html.Append(Option(Names.Of(status), filter.Status == status));
        }

        // No kind means every kind but update: updates have their own tab.
        html.Append("</select><select name=\"kind\"><option value=\"\">any contradiction</option>");
        foreach (var kind in Enum.GetValues<ContradictionKind>())
        {
            html.Append(Option(kind.ToName(), filter.Kind == kind));
        }

        html.Append("</select>")
            .Append(Input("entity", "entity", filter.Entity))
            .Append(Input("metric", "metric", filter.Metric))
            .Append(Input("outlet", "outlet", filter.Outlet))
            .Append("<input type=\"date\" name=\"from\" value=\"").Append(Html.E(Names.Of(filter.PublishedFrom))).Append("\">")
            .Append("<input type=\"date\" name=\"to\" value=\"").Append(Html.E(Names.Of(filter.PublishedTo))).Append("\">")
            .Append(Input("q", "search", filter.Text))
            .Append("<button>Filter</button></form>");
        return html.ToString();
    }

    private static string Option(string value, bool selected) =>
        $"<option value=\"{Html.E(value)}\"{(selected ? " selected" : "")}>{Html.E(value)}</option>";

    private static string Input(string name, string placeholder, string? value) =>
        $"<input name=\"{name}\" placeholder=\"{placeholder}\" value=\"{Html.E(value)}\">";
}
