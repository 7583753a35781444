using System.Collections.Frozen;
using System.Text;

namespace ClaimExtractor.Nlp.Text;

/// <summary>
/// The lookup key of a phrase: its tokens, lower-cased, joined by one space, with curly apostrophes made straight.
/// Lexicon phrases and text are keyed the same way, so "North Korea’s" finds "north korea" then "'s".
/// </summary>
public static class PhraseKey
{
    /// <summary>The key of a whole phrase, tokenized as the tokenizer would.</summary>
    public static string Of(string phrase, FrozenSet<string> abbreviations, out int tokenCount)
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
            builder.Append(c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c));
        }
    }
}
