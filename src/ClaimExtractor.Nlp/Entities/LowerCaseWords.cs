using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// The words a document writes in lower case, read once on first use: a capitalized run whose words the story also
/// writes as plain words ("Meal Prep" beside "meal prep", "Gift Guide" beside "gift guide", "Eggs" beside "eggs") is a
/// heading or a section label, not a name. A run of several words counts only when the story writes the whole phrase
/// in lower case ("Red Cross" is a name even on a page that mentions a red cross-stitch).
/// </summary>
internal sealed class LowerCaseWords(AnalyzedDocument document)
{
    // 64-bit hashes of the words, not strings: the set is read once per document and allocates no text, and the hash
    // is the same on every run (string hash codes are seeded per process), so a collision, as unlikely as it is,
    // could not make two runs differ
    private HashSet<ulong>? words;

    /// <summary>Whether the words from <paramref name="first"/> to <paramref name="end"/> (exclusive) also appear in lower case.</summary>
    public bool Written(int first, int end)
    {
        words ??= Read(document);
        Span<char> lower = stackalloc char[64];
        for (int t = first; t < end; t++)
        {
            var word = document.TokenText(t);
            if (document.Tokens[t].Kind != TokenKind.Word || word.Length > lower.Length)
            {
                return false;
            }

            int n = word.ToLowerInvariant(lower);
            if (!words.Contains(Hash(lower[..n])))
            {
                return false;
            }
        }

        return end - first == 1 || PhraseWritten(first, end);
    }

    private bool PhraseWritten(int first, int end)
    {
        string phrase = document.Text[document.Tokens[first].Start..document.Tokens[end - 1].End].ToLowerInvariant();
        return document.Text.Contains(phrase, StringComparison.Ordinal);
    }

    private static HashSet<ulong> Read(AnalyzedDocument document)
    {
        var found = new HashSet<ulong>();
        for (int t = 0; t < document.Tokens.Count; t++)
        {
            var word = document.TokenText(t);
            if (document.Tokens[t].Kind == TokenKind.Word && char.IsLower(word[0]))
            {
                found.Add(Hash(word));
            }
        }

        return found;
    }

    // FNV-1a over the UTF-16 code units, 64 bits
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
