namespace ClaimExtractor.Storage.Mapping;

/// <summary>
/// <see cref="LookupHash.Of"/> with a memory of the keys hashed lately: figures of one key and later batches stating
/// the same keys hash each once, and on one connection the check that follows looks up the keys its save wrote (figure
/// texts, each stated about once, are hashed directly and not remembered). Holds at most <see cref="Capacity"/> texts and starts afresh when full,
/// so it never grows with the store. One per store connection (not thread-safe, as the connection is not).
/// </summary>
internal sealed class LookupHashes
{
    /// <summary>How many texts are remembered: a batch's keys, several times over.</summary>
    public const int Capacity = 1 << 16;

    private readonly Dictionary<string, long> _known = new(StringComparer.Ordinal);

    /// <summary>The hash of <paramref name="text"/>.</summary>
    public long Of(string text)
    {
        if (_known.TryGetValue(text, out var hash))
        {
            return hash;
        }

        if (_known.Count >= Capacity)
        {
            _known.Clear();
        }

        hash = LookupHash.Of(text);
        _known[text] = hash;
        return hash;
    }
}
