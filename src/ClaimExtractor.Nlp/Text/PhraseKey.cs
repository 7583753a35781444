using System.Text;

namespace ClaimExtractor.Nlp.Text;

/// <summary>
/// The lookup key of a phrase: its tokens, lower-cased, joined by one space, with curly apostrophes made straight.
/// Lexicon phrases and text are keyed the same way, so "North Korea’s" finds "north korea" then "'s".
/// </summary>
public static class PhraseKey
{
    /// <summary>The key of a whole phrase, tokenized as the tokenizer would.</summary>
    public static string Of(string phrase, WordSet abbreviations, out int tokenCount)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var spans = RawTokenizer.Split(phrase, abbreviations);
        tokenCount = spans.Count;
        var builder = new StringBuilder(phrase.Length);
        foreach (var (start, end, _) in spans)
        {
            AppendToken(builder, phrase.AsSpan(start, end - start));
        }

        return builder.ToString();
    }

    /// <summary>Appends one token's key part (a space first unless the builder is empty).</summary>
    public static void AppendToken(StringBuilder builder, ReadOnlySpan<char> token)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        foreach (char c in token)
        {
            builder.Append(Fold(c));
        }
    }

    /// <summary>
    /// Appends one token's key part to the key of <paramref name="destination"/>'s first <paramref name="length"/>
    /// characters, as <see cref="AppendToken(StringBuilder, ReadOnlySpan{char})"/> does, without allocating; false,
    /// with nothing written, when it does not fit.
    /// </summary>
    public static bool TryAppendToken(Span<char> destination, ref int length, ReadOnlySpan<char> token)
    {
        int space = length > 0 ? 1 : 0;
        if (length + space + token.Length > destination.Length)
        {
            return false;
        }

        if (space > 0)
        {
            destination[length++] = ' ';
        }

        foreach (char c in token)
        {
            destination[length++] = Fold(c);
        }

        return true;
    }

    private static char Fold(char c) => c is '’' or '‘' ? '\'' : Lower.Of(c);
}
