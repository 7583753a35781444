using System.Collections.Frozen;
using ClaimExtractor.Nlp.Tests.Support;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// A <see cref="WordSet"/> answers as a frozen set of the same words and comparer does, for every token of the corpus
/// and for words that fold to ASCII only ignoring case ("ı" is "I", "ſ" is "S").
/// </summary>
public sealed class WordSetTests
{
    public static TheoryData<bool> Comparers => new() { true, false };

    [Theory]
    [MemberData(nameof(Comparers))]
    public void Every_corpus_token_is_found_as_a_frozen_set_finds_it(bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        string[] words = [.. Lexicon.FunctionWords, .. Lexicon.Days, "ınch", "Ünited", "ſtate"];
        var frozen = words.ToFrozenSet(comparer);
        var set = words.ToWordSet(comparer);
        var tokens = Directory.GetFiles(RepositoryPaths.Corpus, "*.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .SelectMany(text => Shared.Run(text).Tokens.Select(t => t.Span.In(text).ToString()))
            .Concat(["INCH", "inch", "ÜNITED", "STATE", "state", "The", "THE", "monday", "Monday", ""])
            .ToList();

        var differ = tokens.Where(t => set.Contains(t.AsSpan()) != frozen.Contains(t) || set.Contains(t) != frozen.Contains(t)).Distinct().ToList();

        Assert.True(tokens.Count > 1000, $"only {tokens.Count} tokens");
        Assert.True(tokens.Any(t => set.Contains(t.AsSpan())), "no token found");
        Assert.True(differ.Count == 0, "answers differ for: " + string.Join(' ', differ.Take(20)));
        Assert.Equal(frozen.Count, set.Count);
        Assert.Equal(frozen.Order(StringComparer.Ordinal), set.Order(StringComparer.Ordinal));
    }
}
