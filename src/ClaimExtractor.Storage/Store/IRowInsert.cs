namespace ClaimExtractor.Storage.Store;

/// <summary>
/// An <c>INSERT</c> prepared once per batch and run for each of its rows (<see cref="SqlDialect.CreateInsert"/>): the
/// fastest way each backend has to take many rows of one shape.
/// </summary>
internal interface IRowInsert : IDisposable
{
    /// <summary>Inserts <paramref name="rows"/>, each holding one value per column in order; returns how many rows went in.</summary>
    Task<int> ExecuteAsync(IReadOnlyList<object?[]> rows, CancellationToken cancellationToken);
}
