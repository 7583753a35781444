using System.Data.Common;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// Document texts for cutting sentences out in C#, where offsets are UTF-16 like Core's (SQL's substr counts code
/// points). Claims arrive grouped by document, so a few recent texts are enough; the cache never grows past that.
/// </summary>
internal sealed class DocumentTextCache(DbConnection connection)
{
    private const int Capacity = 8;
    private readonly List<(long Id, string Text)> _recent = new(Capacity);

    public async Task<string> GetAsync(long documentId, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _recent.Count; i++)
        {
            if (_recent[i].Id == documentId)
            {
                return _recent[i].Text;
            }
        }

        var text = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT text FROM documents WHERE id = @documentId", new { documentId }, cancellationToken: cancellationToken)) ?? "";
        if (_recent.Count == Capacity)
        {
            _recent.RemoveAt(0);
        }

        _recent.Add((documentId, text));
        return text;
    }
}
