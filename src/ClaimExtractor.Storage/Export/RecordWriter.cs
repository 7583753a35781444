namespace ClaimExtractor.Storage.Export;

/// <summary>
/// Where <see cref="ExportFields"/> writes one record's fields. Every field is always written, nested objects
/// included (<c>present: false</c> for a null one), so JSON can write <c>null</c> while CSV still gets
/// every column. A record is built in memory and written out whole; nothing else is held.
/// </summary>
internal abstract class RecordWriter(Stream stream)
{
    public abstract void BeginObject(string name, bool present);

    public abstract void EndObject();

    public abstract void Number(string name, long? value);

    public abstract void Number(string name, decimal? value);

    public abstract void Number(string name, double? value);

    public abstract void Text(string name, string? value);

    public abstract void Boolean(string name, bool? value);

    public abstract void Texts(string name, IReadOnlyList<string> values);

    public async Task WriteAsync<T>(T record, Action<RecordWriter, T> fields, CancellationToken cancellationToken)
    {
        BeginRecord();
        fields(this, record);
        await stream.WriteAsync(EndRecord(), cancellationToken);
    }

    /// <summary>Writes what precedes the records (a CSV header), shaped by <paramref name="sample"/>.</summary>
    public virtual Task StartAsync<T>(T sample, Action<RecordWriter, T> fields, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected Stream Stream => stream;

    protected abstract void BeginRecord();

    protected abstract ReadOnlyMemory<byte> EndRecord();
}
