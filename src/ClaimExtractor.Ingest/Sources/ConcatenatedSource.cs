using System.Runtime.CompilerServices;
using ClaimExtractor.Core.Ingest;

namespace ClaimExtractor.Ingest.Sources;

/// <summary>Reads several sources one after another, in the order given.</summary>
public sealed class ConcatenatedSource(IReadOnlyList<IArticleSource> parts) : IArticleSource
{
    /// <inheritdoc />
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await foreach (var item in part.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }
}
