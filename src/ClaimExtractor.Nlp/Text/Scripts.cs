namespace ClaimExtractor.Nlp.Text;

/// <summary>Which writing system most of a text's letters are in, when it is not the Latin alphabet.</summary>
internal static class Scripts
{
    private static readonly (int First, int Last, string Name)[] Ranges =
    [
        (0x0370, 0x03FF, "Greek"),
        (0x0400, 0x052F, "Cyrillic-script text"),
        (0x0590, 0x05FF, "Hebrew"),
        (0x0600, 0x06FF, "Arabic-script text"),
        (0x0900, 0x097F, "Devanagari-script text"),
        (0x0E00, 0x0E7F, "Thai"),
        (0x3040, 0x30FF, "Japanese"), // hiragana and katakana
        (0x1100, 0x11FF, "Korean"),
        (0xAC00, 0xD7AF, "Korean"), // hangul syllables
        (0x4E00, 0x9FFF, "Chinese"), // unless kana say Japanese
    ];

    private static readonly int Kana = Array.FindIndex(Ranges, r => r.Name == "Japanese");

    /// <summary>The script most of <paramref name="text"/>'s letters are in, when more of them are in it than in Latin; else null.</summary>
    public static string? MostlyNonLatin(string text)
    {
        var counts = new int[Ranges.Length];
        int latin = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c < 0x0250)
            {
                latin++;
                continue;
            }

            for (int i = 0; i < Ranges.Length; i++)
            {
                if (c >= Ranges[i].First && c <= Ranges[i].Last)
                {
                    counts[i]++;
                    break;
                }
            }
        }

        int other = counts.Sum();
        if (other <= latin)
        {
            return null;
        }

        // Japanese mixes kanji with kana: any kana make a Han text Japanese
        int best = Array.IndexOf(counts, counts.Max());
        return counts[Kana] > 0 && Ranges[best].Name == "Chinese" ? Ranges[Kana].Name : Ranges[best].Name;
    }
}
