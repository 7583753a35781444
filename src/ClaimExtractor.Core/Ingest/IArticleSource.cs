namespace ClaimExtractor.Core.Ingest;

/// <summary>Where articles come from: a folder, a file, a URL list, a feed, an archive. Items stream; nothing holds a whole corpus.</summary>
public interface IArticleSource
{
    /// <summary>Yields every input once, in a stable order; a bad input is a failed item, never an exception.</summary>
    IAsyncEnumerable<SourceItem> ReadAsync(CancellationToken cancellationToken);
}
