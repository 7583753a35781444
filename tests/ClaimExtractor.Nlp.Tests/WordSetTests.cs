using System.Collections.Frozen;
using ClaimExtractor.Nlp.Tests.Support;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// A <see cref="WordSet"/> answers as a frozen set of the same words and comparer does, and a <see cref="WordMap{TValue}"/>
/// as a frozen dictionary does, for every token of the corpus and for words that fold to ASCII only ignoring case ("ı" is
/// "I", "ſ" is "S").
/// </summary>
public sealed class WordSetTests
{
    private static readonly Lazy<List<string>> Tokens = new(() =>
    [
        .. Directory.GetFiles(RepositoryPaths.Corpus, "*.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .SelectMany(text => Shared.Run(text).Tokens.Select(t => t.Span.In(text).ToString())),
        .. new[] { "INCH", "inch", "ÜNITED", "STATE", "state", "The", "THE", "monday", "Monday", "MARCH", "march", "Fıfth", "" },
    ]);

    public static TheoryData<bool> Comparers => new() { true, false };

    [Theory]
    [MemberData(nameof(Comparers))]
    public void Every_corpus_token_is_found_as_a_frozen_set_finds_it(bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        string[] words = [.. Lexicon.FunctionWords, .. Lexicon.Days, "ınch", "Ünited", "ſtate"];
        var frozen = words.ToFrozenSet(comparer);
        var set = words.ToWordSet(comparer);
        var tokens = Tokens.Value;

        var differ = tokens.Where(t => set.Contains(t.AsSpan()) != frozen.Contains(t) || set.Contains(t) != frozen.Contains(t)).Distinct().ToList();

        Assert.True(tokens.Count > 1000, $"only {tokens.Count} tokens");
        Assert.True(tokens.Any(t => set.Contains(t.AsSpan())), "no token found");
        Assert.True(differ.Count == 0, "answers differ for: " + string.Join(' ', differ.Take(20)));
        Assert.Equal(frozen.Count, set.Count);
        Assert.Equal(frozen.Order(StringComparer.Ordinal), set.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Comparers))]
    public void Every_corpus_token_maps_as_a_frozen_dictionary_maps_it(bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        KeyValuePair<string, int>[] entries = [.. Lexicon.Months.Where(m => ignoreCase || m.Key != "May"), new("fıfth", 5), new("ſeventh", 7)];
        var frozen = entries.ToFrozenDictionary(comparer);
        var map = entries.ToWordMap(comparer);
        var tokens = Tokens.Value;

        var differ = tokens.Where(t => Answer(map.TryGetValue(t.AsSpan(), out int a), a) != Answer(frozen.TryGetValue(t, out int b), b)
            || map.ContainsKey(t.AsSpan()) != frozen.ContainsKey(t) || Answer(map.TryGetValue(t, out int c), c) != Answer(frozen.TryGetValue(t, out int d), d)).Distinct().ToList();

        Assert.True(tokens.Any(t => map.ContainsKey(t.AsSpan())), "no token found");
        Assert.True(differ.Count == 0, "answers differ for: " + string.Join(' ', differ.Take(20)));
        Assert.Equal(frozen.OrderBy(e => e.Key, StringComparer.Ordinal), map.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    private static int? Answer(bool found, int value) => found ? value : null;
}
