using System.Globalization;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// The holidays in <c>models/periods/holidays.tsv</c>, found by their first word and matched as whole phrases
/// (case-insensitive, either apostrophe), the longest first.
/// </summary>
public sealed class HolidayLexicon
{
    private readonly WordMap<Holiday[]> byFirstWord;

    private HolidayLexicon(WordMap<Holiday[]> byFirstWord) => this.byFirstWord = byFirstWord;

    /// <summary>No holidays: the period resolver reads none.</summary>
    public static HolidayLexicon Empty { get; } = new(Array.Empty<KeyValuePair<string, Holiday[]>>().ToWordMap(StringComparer.OrdinalIgnoreCase));

    /// <summary>The file this lexicon is read from, relative to the models folder.</summary>
    public const string File = "periods/holidays.tsv";

    /// <summary>Loads the lexicon from <paramref name="modelsDirectory"/>.</summary>
    /// <exception cref="InvalidDataException">A line's rule or offset cannot be read; the message names the file and the line.</exception>
    public static HolidayLexicon Load(string modelsDirectory)
    {
        var holidays = new List<Holiday>();
        foreach (var row in TsvFile.Read(modelsDirectory, File))
        {
            string phrase = TsvFile.Column(row, 0).ToLowerInvariant().Replace('’', '\''), rule = TsvFile.Column(row, 1), offset = TsvFile.Column(row, 2);
            int days = 0;
            if (phrase.Length == 0 || !Holiday.IsValidRule(rule) || (offset.Length > 0 && !int.TryParse(offset, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out days)))
            {
                throw new InvalidDataException($"{Path.Combine(modelsDirectory, File)}: cannot read the holiday line '{string.Join('\t', row)}' (phrase, rule MM-DD, 'N Ddd MM' or 'easter', offset in days).");
            }

            holidays.Add(new Holiday(phrase, rule, days));
        }

        return new HolidayLexicon(holidays.GroupBy(h => FirstWord(h.Phrase).ToString(), StringComparer.Ordinal)
            .ToWordMap(g => g.Key, g => g.OrderByDescending(h => h.Phrase.Length).ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The holiday named at token <paramref name="i"/> and the token after its phrase, or null.</summary>
    public Holiday? Match(AnalyzedDocument doc, int i, int end, out int after)
    {
        after = i;
        if (byFirstWord.Count == 0 || !byFirstWord.TryGetValue(FirstWord(doc.TokenText(i)), out var candidates))
        {
            return null;
        }

        var text = doc.Text.AsSpan(doc.Tokens[i].Start);
        foreach (var holiday in candidates)
        {
            if (Starts(text, holiday.Phrase) && (text.Length == holiday.Phrase.Length || !char.IsLetterOrDigit(text[holiday.Phrase.Length])))
            {
                int stop = doc.Tokens[i].Start + holiday.Phrase.Length;
                for (after = i + 1; after < end && doc.Tokens[after - 1].End < stop; after++)
                {
                }

                if (doc.Tokens[after - 1].End == stop)
                {
                    return holiday;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a holiday's name opens with the word <paramref name="token"/> starts with ("Christmas", "Valentine's").</summary>
    public bool Opens(ReadOnlySpan<char> token) =>
        byFirstWord.Count > 0 && byFirstWord.ContainsKey(FirstWord(token));

    private static bool Starts(ReadOnlySpan<char> text, string phrase)
    {
        if (text.Length < phrase.Length)
        {
            return false;
        }

        for (int c = 0; c < phrase.Length; c++)
        {
            char t = char.ToLowerInvariant(text[c]);
            if (t != phrase[c] && !(t == '’' && phrase[c] == '\''))
            {
                return false;
            }
        }

        return true;
    }

    // the letters a phrase or token starts with: "valentine" in "valentine's", "st" in "st."
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        int n = 0;
        while (n < text.Length && char.IsLetter(text[n]))
        {
            n++;
        }

        return text[..n];
    }
}
