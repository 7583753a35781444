namespace ClaimExtractor.Nlp.Text;

/// <summary>Word sets from sequences, as <c>ToFrozenSet</c> makes frozen sets.</summary>
public static class WordSetExtensions
{
    /// <summary>The set of <paramref name="words"/> compared with <paramref name="comparer"/>.</summary>
    public static WordSet ToWordSet(this IEnumerable<string> words, StringComparer comparer) => WordSet.Of(words, comparer);
}
