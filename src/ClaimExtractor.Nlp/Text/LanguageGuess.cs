using System.Collections.Frozen;
using ClaimExtractor.Nlp.Models;

namespace ClaimExtractor.Nlp.Text;

/// <summary>
/// Tells the language of a text by its function words (<c>text/function-words.tsv</c>), where the metadata names none
/// or names one the text is not in: a Portuguese results page read as English gives a claim for every cell, and an
/// English story a German edition republishes keeps its <c>lang="de"</c>.
/// </summary>
public sealed class LanguageGuess
{
    /// <summary>What <see cref="Of"/> answers for English.</summary>
    public const string English = "English";

    /// <summary>The lexicon file, relative to the models folder.</summary>
    public const string File = "text/function-words.tsv";

    // A language needs this many of its function words, and more than this many times those of any other: an English
    // story quoting a sentence in Spanish stays English, and a table with a few words of prose is not decided.
    private const int MinimumWords = 8;
    private const int Dominance = 3;

    private readonly FrozenDictionary<string, int[]> words; // word -> indexes into names; English is 0
    private readonly string[] names;
    private readonly int longest;

    private LanguageGuess(FrozenDictionary<string, int[]> words, string[] names)
    {
        this.words = words;
        this.names = names;
        longest = words.Keys.Max(w => w.Length);
    }

    /// <summary>Loads the function words from <paramref name="modelsDirectory"/>.</summary>
    public static LanguageGuess Load(string modelsDirectory)
    {
        var rows = TsvFile.Read(modelsDirectory, File).Where(r => r.Length >= 3)
            .OrderBy(r => TsvFile.Column(r, 0) == "en" ? 0 : 1) // English first: index 0
            .ToList();
        var english = rows.Where(r => TsvFile.Column(r, 0) == "en").SelectMany(r => TsvFile.List(TsvFile.Column(r, 2)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (english.Count == 0 || rows.Count < 2)
        {
            throw new InvalidDataException($"Lexicon '{File}' needs an 'en' line and at least one other language.");
        }

        var words = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < rows.Count; i++)
        {
            bool isEnglish = TsvFile.Column(rows[i], 0) == "en";
            foreach (string word in TsvFile.List(TsvFile.Column(rows[i], 2)).Where(w => isEnglish || !english.Contains(w)))
            {
                if (!words.TryGetValue(word, out var languages))
                {
                    words[word] = languages = [];
                }

                languages.Add(i);
            }
        }

        return new LanguageGuess(
            words.ToFrozenDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            [.. rows.Select(r => TsvFile.Column(r, 0) == "en" ? English : TsvFile.Column(r, 1))]);
    }

    /// <summary>
    /// What <paramref name="text"/> reads as: "English", another language by its function words ("Portuguese"), a text
    /// mostly in another script ("Japanese", "Cyrillic-script text"), or null when neither decides.
    /// </summary>
    public string? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Scripts.MostlyNonLatin(text) is { } script)
        {
            return script;
        }

        var counts = new int[names.Length];
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = text.AsSpan();
        while (NextWord(ref rest) is { IsEmpty: false } word)
        {
            if (word.Length <= longest && lookup.TryGetValue(word, out var languages))
            {
                foreach (int language in languages)
                {
                    counts[language]++;
                }
            }
        }

        int englishCount = counts[0];
        int best = 1;
        for (int i = 2; i < counts.Length; i++)
        {
            best = counts[i] > counts[best] ? i : best;
        }

        int other = counts.Length > 1 ? counts[best] : 0;
        return other >= MinimumWords && other > Dominance * englishCount ? names[best]
            : englishCount >= MinimumWords && englishCount > Dominance * other ? English
            : null;
    }

    // The next run of letters (apostrophes end a word: "l'homme" gives "l" and "homme"), advancing past it.
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        int start = 0;
        while (start < rest.Length && !char.IsLetter(rest[start]))
        {
            start++;
        }

        int end = start;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        var word = rest[start..end];
        rest = rest[end..];
        return word;
    }
}
