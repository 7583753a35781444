namespace ClaimExtractor.Storage.Mapping;

/// <summary>
/// <see cref="LookupHash.Of"/> with a memory of the texts hashed lately: a batch's save hashes its figures and keys, and
/// the check that follows looks the same keys up. Holds at most <see cref="Capacity"/> texts and starts afresh when full,
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
