using System.Globalization;
using System.Text;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Export;

/// <summary>
/// RFC 4180 CSV: a header row, then one row per record; nested names joined with <c>_</c>
/// (<c>document.source</c> is <c>document_source</c>); null is an empty field; lines end with <c>\n</c>.
/// </summary>
internal sealed class CsvRecordWriter(Stream stream) : RecordWriter(stream)
{
    private readonly List<string> _prefixes = [];
    private readonly StringBuilder _line = new(1024);
    private readonly List<string> _header = [];
    private bool _collectingHeader;
    private int _fields;

    public override async Task StartAsync<T>(T sample, Action<RecordWriter, T> fields, CancellationToken cancellationToken)
    {
        _collectingHeader = true;
        BeginRecord();
        fields(this, sample);
        _collectingHeader = false;
        _line.Clear();
        for (var i = 0; i < _header.Count; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            AppendQuoted(_header[i]);
        }

        _line.Append('\n');
        await Stream.WriteAsync(Encoding.UTF8.GetBytes(_line.ToString()), cancellationToken);
    }

    public override void BeginObject(string name, bool present) => _prefixes.Add(name);

    public override void EndObject() => _prefixes.RemoveAt(_prefixes.Count - 1);

    public override void Number(string name, long? value) =>
        Field(name, value?.ToString(CultureInfo.InvariantCulture));

    public override void Number(string name, decimal? value) =>
        Field(name, value is { } v ? DecimalText.ToPlain(v) : null);

    public override void Number(string name, double? value) =>
        Field(name, value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : null);

    public override void Text(string name, string? value) => Field(name, value);

    public override void Boolean(string name, bool? value) => Field(name, value is { } v ? (v ? "true" : "false") : null);

    // A list in one cell, separated by "; " (authors).
    public override void Texts(string name, IReadOnlyList<string> values) => Field(name, string.Join("; ", values));

    protected override void BeginRecord()
    {
        _prefixes.Clear();
        _line.Clear();
        _fields = 0;
    }

    protected override ReadOnlyMemory<byte> EndRecord()
    {
        if (_fields != _header.Count)
        {
            throw new InvalidOperationException($"CSV row has {_fields} fields, the header {_header.Count}");
        }

        _line.Append('\n');
        return Encoding.UTF8.GetBytes(_line.ToString());
    }

    private void Field(string name, string? value)
    {
        if (_collectingHeader)
        {
            _header.Add(_prefixes.Count == 0 ? name : string.Join('_', _prefixes) + "_" + name);
            return;
        }

        if (_fields > 0)
        {
            _line.Append(',');
        }

        _fields++;
        if (value is not null)
        {
            AppendQuoted(value);
        }
    }

    // RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled.
    private void AppendQuoted(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _line.Append(value);
            return;
        }

        _line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
