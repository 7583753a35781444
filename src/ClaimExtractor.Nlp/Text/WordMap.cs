using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ClaimExtractor.Nlp.Text;

/// <summary>
/// A closed map from words to values that tokens are looked up in by their characters: a
/// <see cref="FrozenDictionary{TKey, TValue}"/> with its look-up by span made once, as <see cref="WordSet"/> keeps a
/// frozen set's.
/// </summary>
public sealed class WordMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly FrozenDictionary<string, TValue> entries;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>A map of <paramref name="entries"/>, whose comparer takes spans (ordinal, with or without case).</summary>
    public WordMap(FrozenDictionary<string, TValue> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = entries;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public int Count => entries.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => entries.Keys;

    /// <inheritdoc />
    public IEnumerable<TValue> Values => entries.Values;

    /// <inheritdoc />
    public TValue this[string key] => entries[key];

    /// <inheritdoc />
    public bool ContainsKey(string key) => entries.ContainsKey(key);

    /// <summary>Whether the map holds a word written <paramref name="word"/>.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word) => lookup.ContainsKey(word);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value) => entries.TryGetValue(key, out value);

    /// <summary>The value of the word written <paramref name="word"/>, when the map holds it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TValue value) => lookup.TryGetValue(word, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)entries).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
