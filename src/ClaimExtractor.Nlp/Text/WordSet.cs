using System.Collections;
using System.Collections.Frozen;

namespace ClaimExtractor.Nlp.Text;

/// <summary>
/// A closed set of words that tokens are looked up in by their characters: a <see cref="FrozenSet{T}"/> of strings with
/// its look-up by span made once. Asking a frozen set for that look-up checks its comparer's interfaces on every call,
/// which cost about a third of each look-up, and the readers ask such sets several times per token of every story.
/// </summary>
public sealed class WordSet : IReadOnlyCollection<string>
{
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private WordSet(FrozenSet<string> words)
    {
        this.words = words;
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The empty set.</summary>
    public static WordSet Empty { get; } = Of([], StringComparer.Ordinal);

    /// <summary>How many words the set holds.</summary>
    public int Count => words.Count;

    /// <summary>A set of <paramref name="words"/> compared with <paramref name="comparer"/>.</summary>
    public static WordSet Create(StringComparer comparer, params ReadOnlySpan<string> words) => new(FrozenSet.Create(comparer, words));

    /// <summary>A set of <paramref name="words"/> compared with <paramref name="comparer"/>.</summary>
    public static WordSet Of(IEnumerable<string> words, StringComparer comparer) => new(words.ToFrozenSet(comparer));

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(string word) => words.Contains(word);

    /// <summary>Whether the set holds a word written <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)words).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
