using System.Net;
using System.Text.RegularExpressions;

namespace ClaimExtractor.Web.Tests.Support;

/// <summary>Reads what a browser would from the detail page: the antiforgery token, the order of rows.</summary>
public static partial class Forms
{
    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "the page has no antiforgery field");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static IReadOnlyList<long> RowIds(string html) =>
        [.. RowId().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    public static FormUrlEncodedContent Decision(string? token, string action, string? reason = null, string? note = null, string back = "")
    {
        var fields = new List<KeyValuePair<string, string>> { new("action", action), new("pos", "0"), new("back", back) };
        if (token is not null)
        {
            fields.Add(new("__RequestVerificationToken", token));
        }

        if (reason is not null)
        {
            fields.Add(new("reason", reason));
        }

        if (note is not null)
        {
            fields.Add(new("note", note));
        }

        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("<tr data-id=\"(\\d+)\"")]
    private static partial Regex RowId();
}
