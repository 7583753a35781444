using System.Collections.Frozen;

namespace ClaimExtractor.Nlp.Text;

/// <summary>Word sets and maps from sequences, as <c>ToFrozenSet</c> and <c>ToFrozenDictionary</c> make frozen ones.</summary>
public static class WordLookupExtensions
{
    /// <summary>The set of <paramref name="words"/> compared with <paramref name="comparer"/>.</summary>
    public static WordSet ToWordSet(this IEnumerable<string> words, StringComparer comparer) => WordSet.Of(words, comparer);

    /// <summary>The map of <paramref name="entries"/> by their keys, compared with <paramref name="comparer"/>.</summary>
    public static WordMap<TValue> ToWordMap<TValue>(this IEnumerable<KeyValuePair<string, TValue>> entries, StringComparer comparer) =>
        new(entries.ToFrozenDictionary(comparer));

    /// <summary>The map of <paramref name="items"/> by <paramref name="key"/>, compared with <paramref name="comparer"/>.</summary>
    public static WordMap<TValue> ToWordMap<TItem, TValue>(this IEnumerable<TItem> items, Func<TItem, string> key, Func<TItem, TValue> value, StringComparer comparer) =>
        new(items.ToFrozenDictionary(key, value, comparer));
}
