using System.Globalization;
using ClaimExtractor.Web.Pages;

namespace ClaimExtractor.Web.Dashboard;

/// <summary>Counts per year, one line per series, with a point (and tooltip) per year that has any.</summary>
public static class LineChart
{
    private const double Width = 560;
    private const double Height = 260;
    private const double Left = 44;
    private const double Right = 16;
    private const double Top = 12;
    private const double Bottom = 28;

    /// <summary>Renders <paramref name="series"/> (name, points by year) as a chart, or a note when there is nothing to show.</summary>
    public static string Render(string id, string title, IReadOnlyList<(string Name, IReadOnlyList<(int Year, int Value)> Points)> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0)
        {
            return Svg.Empty(id, title, "No dated claims with a subject yet.");
        }

        var (first, last) = (points.Min(p => p.Year), points.Max(p => p.Year));
        var max = Svg.NiceCeiling(points.Max(p => p.Value));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int year) => Left + (last == first ? plotWidth / 2 : plotWidth * (year - first) / (last - first));
        double Y(double value) => Top + plotHeight - (plotHeight * value / max);

        var svg = Svg.Open(id, title, Width, Height);
        foreach (var tick in new[] { 0, max / 2, max })
        {
            svg.Append("<line x1=\"").Append(Svg.F(Left)).Append("\" x2=\"").Append(Svg.F(Width - Right)).Append("\" y1=\"").Append(Svg.F(Y(tick)))
                .Append("\" y2=\"").Append(Svg.F(Y(tick))).Append("\" stroke=\"#ddd\"/><text x=\"").Append(Svg.F(Left - 6)).Append("\" y=\"")
                .Append(Svg.F(Y(tick) + 4)).Append("\" text-anchor=\"end\">").Append(tick.ToString("0.#", CultureInfo.InvariantCulture)).Append("</text>");
        }

        var step = Math.Max(1, (int)Math.Ceiling((last - first + 1) / 10.0));
        for (var year = first; year <= last; year += step)
        {
            svg.Append("<text x=\"").Append(Svg.F(X(year))).Append("\" y=\"").Append(Svg.F(Height - 8)).Append("\" text-anchor=\"middle\">")
                .Append(year.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        for (var i = 0; i < series.Count; i++)
        {
            var (name, line) = series[i];
            var colour = Svg.Colour(i);
            svg.Append("<polyline class=\"series\" fill=\"none\" stroke-width=\"2\" stroke=\"").Append(colour).Append("\" points=\"")
                .AppendJoin(' ', line.Select(p => Svg.F(X(p.Year)) + "," + Svg.F(Y(p.Value)))).Append("\"/>");
            foreach (var (year, value) in line)
            {
                svg.Append("<circle r=\"3\" cx=\"").Append(Svg.F(X(year))).Append("\" cy=\"").Append(Svg.F(Y(value))).Append("\" fill=\"").Append(colour)
                    .Append("\"><title>").Append(Html.E($"{name}, {year.ToString(CultureInfo.InvariantCulture)}: {value.ToString(CultureInfo.InvariantCulture)} claims"))
                    .Append("</title></circle>");
            }
        }

        return Svg.Close(svg, [.. series.Select(s => s.Name)], alwaysLegend: true);
    }
}
