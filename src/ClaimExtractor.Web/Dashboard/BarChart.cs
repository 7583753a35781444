using System.Globalization;
using ClaimExtractor.Web.Pages;

namespace ClaimExtractor.Web.Dashboard;

/// <summary>Horizontal bars, one per row, stacked by segment; each bar's parts carry their count as a tooltip.</summary>
public static class BarChart
{
    private const double Width = 560;
    private const double LabelWidth = 170;
    private const double RowHeight = 26;
    private const double Top = 8;

    /// <summary>
    /// Renders <paramref name="rows"/> (label, one value per segment in <paramref name="segments"/>' order) as a
    /// chart, or a note when there is nothing to show.
    /// </summary>
    public static string Render(string id, string title, IReadOnlyList<string> segments, IReadOnlyList<(string Label, IReadOnlyList<int> Values)> rows)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0 || rows.All(r => r.Values.Sum() == 0))
        {
            return Svg.Empty(id, title, "Nothing to show yet.");
        }

        var max = Svg.NiceCeiling(rows.Max(r => r.Values.Sum()));
        var plot = Width - LabelWidth - 50;
        var height = Top + (rows.Count * RowHeight) + 24;
        var svg = Svg.Open(id, title, Width, height);
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, values) = rows[i];
            var y = Top + (i * RowHeight);
            svg.Append("<text x=\"").Append(Svg.F(LabelWidth - 6)).Append("\" y=\"").Append(Svg.F(y + 16)).Append("\" text-anchor=\"end\">")
                .Append(Html.E(Shorten(label))).Append("<title>").Append(Html.E(label)).Append("</title></text>");
            var x = LabelWidth;
            for (var s = 0; s < values.Count; s++)
            {
                if (values[s] == 0)
                {
                    continue;
                }

                var w = plot * values[s] / max;
                svg.Append("<rect class=\"bar\" x=\"").Append(Svg.F(x)).Append("\" y=\"").Append(Svg.F(y + 4)).Append("\" width=\"").Append(Svg.F(w))
                    .Append("\" height=\"").Append(Svg.F(RowHeight - 8)).Append("\" fill=\"").Append(Svg.Colour(s)).Append("\"><title>")
                    .Append(Html.E($"{label}: {values[s].ToString(CultureInfo.InvariantCulture)}{(segments.Count > 1 ? " " + segments[s] : "")}"))
                    .Append("</title></rect>");
                x += w;
            }

            svg.Append("<text x=\"").Append(Svg.F(x + 4)).Append("\" y=\"").Append(Svg.F(y + 16)).Append("\">")
                .Append(values.Sum().ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        var axis = Top + (rows.Count * RowHeight) + 2;
        svg.Append("<line x1=\"").Append(Svg.F(LabelWidth)).Append("\" x2=\"").Append(Svg.F(LabelWidth + plot)).Append("\" y1=\"")
            .Append(Svg.F(axis)).Append("\" y2=\"").Append(Svg.F(axis)).Append("\" stroke=\"#999\"/>")
            .Append("<text x=\"").Append(Svg.F(LabelWidth + plot)).Append("\" y=\"").Append(Svg.F(axis + 16)).Append("\" text-anchor=\"end\">")
            .Append(max.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        return Svg.Close(svg, segments);
    }

    private static string Shorten(string label) => label.Length <= 26 ? label : label[..25] + "…";
}
