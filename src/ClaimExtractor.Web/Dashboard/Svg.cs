using System.Globalization;
using System.Text;
using ClaimExtractor.Web.Pages;

namespace ClaimExtractor.Web.Dashboard;

/// <summary>What every chart shares: the frame, the palette, coordinates in invariant culture, the legend.</summary>
public static class Svg
{
    /// <summary>Colour-blind-safe (Okabe–Ito), cycled by series index.</summary>
    public static IReadOnlyList<string> Palette { get; } = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"];

    /// <summary>The colour of series <paramref name="index"/>.</summary>
    public static string Colour(int index) => Palette[index % Palette.Count];

    /// <summary>A coordinate or size, one decimal, invariant culture.</summary>
    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Opens a <c>figure</c> with a caption and an accessible <c>svg</c> of the given size.</summary>
    public static StringBuilder Open(string id, string title, double width, double height) =>
        new StringBuilder("<figure class=\"chart\" id=\"").Append(Html.E(id)).Append("\"><figcaption>").Append(Html.E(title))
            .Append("</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"").Append(Html.E(title))
            .Append("\" width=\"").Append(F(width)).Append("\" height=\"").Append(F(height)).Append("\" viewBox=\"0 0 ")
            .Append(F(width)).Append(' ').Append(F(height)).Append("\">");

    /// <summary>
    /// Closes the svg, adds a legend of <paramref name="names"/> (a single name only when
    /// <paramref name="alwaysLegend"/>: a lone bar segment needs none, a lone line still needs its name) and closes the figure.
    /// </summary>
    public static string Close(StringBuilder svg, IReadOnlyList<string> names, bool alwaysLegend = false)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(names);
        svg.Append("</svg>");
        if (names.Count > 1 || (alwaysLegend && names.Count == 1))
        {
            svg.Append("<ul class=\"legend\">");
            for (var i = 0; i < names.Count; i++)
            {
                svg.Append("<li><span style=\"background:").Append(Colour(i)).Append("\"></span>").Append(Html.E(names[i])).Append("</li>");
            }

            svg.Append("</ul>");
        }

        return svg.Append("</figure>").ToString();
    }

    /// <summary>The figure shown instead of a chart when there is nothing to draw.</summary>
    public static string Empty(string id, string title, string why) =>
        $"<figure class=\"chart\" id=\"{Html.E(id)}\"><figcaption>{Html.E(title)}</figcaption><p class=\"empty\">{Html.E(why)}</p></figure>";

    /// <summary>A "nice" axis maximum at or above <paramref name="max"/>: 1, 2 or 5 times a power of ten.</summary>
    public static double NiceCeiling(double max)
    {
        if (max <= 0)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(max)));
        return new[] { 1d, 2d, 5d, 10d }.Select(m => m * power).First(v => v >= max);
    }
}
