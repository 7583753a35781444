using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Export;

/// <summary>
/// One compact JSON object per line, fields in the order written. Decimals are written as plain numbers
/// (1340000000, never 1.34E9); text stays readable UTF-8 (only what JSON requires is escaped).
/// </summary>
internal sealed class JsonLinesRecordWriter : RecordWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    // Depth inside an absent (null) object: its fields are not written.
    private int _absentDepth;

    public JsonLinesRecordWriter(Stream stream)
        : base(stream) => _json = new Utf8JsonWriter(_buffer, Options);

    public override void BeginObject(string name, bool present)
    {
        if (_absentDepth > 0 || !present)
        {
            if (_absentDepth == 0)
            {
                _json.WriteNull(name);
            }

            _absentDepth++;
            return;
        }

        _json.WriteStartObject(name);
    }

    public override void EndObject()
    {
        if (_absentDepth > 0)
        {
            _absentDepth--;
            return;
        }

        _json.WriteEndObject();
    }

    public override void Number(string name, long? value)
    {
        if (_absentDepth > 0)
        {
            return;
        }

        if (value is { } v)
        {
            _json.WriteNumber(name, v);
        }
        else
        {
            _json.WriteNull(name);
        }
    }

    public override void Number(string name, decimal? value)
    {
        if (_absentDepth > 0)
        {
            return;
        }

        _json.WritePropertyName(name);
        if (value is { } v)
        {
            _json.WriteRawValue(DecimalText.ToPlain(v), skipInputValidation: true);
        }
        else
        {
            _json.WriteNullValue();
        }
    }

    public override void Number(string name, double? value)
    {
        if (_absentDepth > 0)
        {
            return;
        }

        if (value is { } v && double.IsFinite(v))
        {
            _json.WriteNumber(name, v);
        }
        else
        {
            _json.WriteNull(name);
        }
    }

    public override void Text(string name, string? value)
    {
        if (_absentDepth > 0)
        {
            return;
        }

        if (value is null)
        {
            _json.WriteNull(name);
        }
        else
        {
            _json.WriteString(name, value);
        }
    }

    public override void Boolean(string name, bool? value)
    {
        if (_absentDepth > 0)
        {
            return;
        }

        if (value is { } v)
        {
            _json.WriteBoolean(name, v);
        }
        else
        {
            _json.WriteNull(name);
        }
    }

    public override void Texts(string name, IReadOnlyList<string> values)
    {
        if (_absentDepth > 0)
        {
            return;
        }

        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }

    protected override void BeginRecord()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _absentDepth = 0;
        _json.WriteStartObject();
    }

    protected override ReadOnlyMemory<byte> EndRecord()
    {
        _json.WriteEndObject();
        _json.Flush();
        _buffer.Write("\n"u8);
        return _buffer.WrittenMemory;
    }
}
