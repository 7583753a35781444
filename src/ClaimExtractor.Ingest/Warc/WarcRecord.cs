using System.Globalization;

namespace ClaimExtractor.Ingest.Warc;

/// <summary>
/// One WARC record: its number in the file (from 1), its named fields, and its block, which is null when the record was
/// over the size cap or the file ended inside it (<see cref="Problem"/> says which).
/// </summary>
public sealed record WarcRecord(int Number, IReadOnlyDictionary<string, string> Headers, byte[]? Block, string? Problem)
{
    /// <summary><c>WARC-Type</c>: <c>response</c>, <c>request</c>, <c>warcinfo</c>, <c>metadata</c>, ...</summary>
    public string? Type => Field("WARC-Type");

    /// <summary><c>WARC-Target-URI</c>: the URL the record was captured from.</summary>
    public string? TargetUri => Field("WARC-Target-URI")?.Trim('<', '>');

    /// <summary><c>WARC-Date</c>: when it was captured.</summary>
    public DateTimeOffset? Date =>
        DateTimeOffset.TryParse(Field("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;

    /// <summary>The record's <c>Content-Type</c>: <c>application/http; msgtype=response</c> for a captured response.</summary>
    public string? ContentType => Field("Content-Type");

    private string? Field(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
