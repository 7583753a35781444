using System.Text;

namespace ClaimExtractor.Ingest.Html;

/// <summary>Collapses runs of white space (including no-break and zero-width spaces) to one space and trims; counts words.</summary>
public static class Whitespace
{
    /// <summary>How many runs of non-white-space characters <paramref name="text"/> holds.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        Append(builder, text);
        return builder.ToString().Trim();
    }

    /// <summary>Appends <paramref name="text"/> collapsed; a space is written only between words, never twice.</summary>
    public static void Append(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }
    }
}
