using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Text;

/// <summary>
/// The <see cref="PhraseKey"/> keys of the first one, two, ... tokens from a point of a document, written once into a
/// buffer the caller owns (on the stack), for longest-match look-ups in lexicons keyed that way without a string per
/// try. A phrase longer than the buffer is cut at the last token that fits: no lexicon key is that long.
/// </summary>
internal readonly ref struct PhraseKeyPrefixes
{
    /// <summary>
    /// The most characters and tokens a caller puts on the stack for the keys: a lexicon phrase longer than that (a user's
    /// alias of hundreds of characters) is never looked up, rather than the stack overflowing.
    /// </summary>
    public const int MaxChars = 512;

    /// <inheritdoc cref="MaxChars"/>
    public const int MaxTokens = 32;

    private readonly Span<char> buffer;
    private readonly Span<int> ends;

    /// <summary>
    /// Keys the tokens from <paramref name="first"/> on, at most <paramref name="ends"/>.Length of them and none at or
    /// after <paramref name="end"/>.
    /// </summary>
    public PhraseKeyPrefixes(AnalyzedDocument doc, int first, int end, Span<char> buffer, Span<int> ends)
    {
        this.buffer = buffer;
        this.ends = ends;
        int length = 0;
        int count = 0;
        while (count < ends.Length && first + count < end && PhraseKey.TryAppendToken(buffer, ref length, doc.TokenText(first + count)))
        {
            ends[count++] = length;
        }

        Count = count;
    }

    /// <summary>How many tokens were keyed.</summary>
    public int Count { get; }

    /// <summary>The key of the first <paramref name="tokens"/> tokens (1 to <see cref="Count"/>).</summary>
    public ReadOnlySpan<char> Key(int tokens) => buffer[..ends[tokens - 1]];
}
