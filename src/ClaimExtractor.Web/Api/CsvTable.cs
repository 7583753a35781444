using System.Text;

namespace ClaimExtractor.Web.Api;

/// <summary>RFC 4180 CSV of flat rows: a header, then one line per row, fields quoted when they need it.</summary>
public sealed class CsvTable<T>(IReadOnlyList<(string Header, Func<T, string?> Value)> columns)
{
    /// <summary>The CSV text, <c>\n</c> line ends.</summary>
    public string Write(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        csv.AppendJoin(',', columns.Select(c => Quote(c.Header))).Append('\n');
        foreach (var row in rows)
        {
            csv.AppendJoin(',', columns.Select(c => Quote(c.Value(row)))).Append('\n');
        }

        return csv.ToString();
    }

    // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix a quote (OWASP CSV injection).
    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny("\",\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
