using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// One sentence as the sequence labellers see it: per word, hashes of its normalized form (lower case, digits as 0),
/// exact form, shape (Xxxx → Xx, 2024 → d), prefixes of 1-4 and suffixes of 1-5 characters, all computed once; plus
/// the POS tags, lexicon hits and earlier passes' labels that later labellers add. Positions outside the sentence read as a boundary value,
/// so templates need no bounds checks. Reusable: <see cref="Reset"/> loads the next sentence into the same buffers.
/// </summary>
public sealed class SentenceFeatures
{
    /// <summary>Hash slots per word.</summary>
    public const int Slots = 12;

    /// <summary>Slot of the normalized form.</summary>
    public const int Word = 0;

    /// <summary>Slot of the form as written.</summary>
    public const int Exact = 1;

    /// <summary>Slot of the shape.</summary>
    public const int Shape = 2;

    /// <summary>Slot of the one-character prefix (two and three follow).</summary>
    public const int Prefix1 = 3;

    /// <summary>Slot of the one-character suffix (two, three and four follow).</summary>
    public const int Suffix1 = 6;

    /// <summary>Slot of the four-character prefix.</summary>
    public const int Prefix4 = 10;

    /// <summary>Slot of the five-character suffix.</summary>
    public const int Suffix5 = 11;

    private static readonly uint Boundary = FeatureHash.Text("<boundary>", normalize: false);
    private uint[] hashes = new uint[64 * Slots];
    private int[] pos = new int[64];
    private int[] lexicon = new int[64];
    private int[] guesses = new int[64];
    private int[] scores = [];

    /// <summary>How many words the sentence has.</summary>
    public int Count { get; private set; }

    /// <summary>Loads the words at <paramref name="spans"/> of <paramref name="text"/>; POS tags and lexicon hits start at 0 (none).</summary>
    public void Reset(string text, ReadOnlySpan<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        Count = spans.Length;
        if (pos.Length < Count)
        {
            int size = Math.Max(Count, pos.Length * 2);
            hashes = new uint[size * Slots];
            pos = new int[size];
            lexicon = new int[size];
            guesses = new int[size];
        }

        for (int i = 0; i < Count; i++)
        {
            Fill(spans[i].In(text), hashes.AsSpan(i * Slots, Slots));
        }

        pos.AsSpan(0, Count).Clear();
        lexicon.AsSpan(0, Count).Clear();
        guesses.AsSpan(0, Count).Clear();
    }

    /// <summary>A sentence of <paramref name="words"/> (training and scoring data, where words come pre-split).</summary>
    public static SentenceFeatures Of(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var spans = new TextSpan[words.Count];
        int at = 0;
        for (int i = 0; i < words.Count; i++)
        {
            spans[i] = new TextSpan(at, at + words[i].Length);
            at += words[i].Length + 1;
        }

        var sentence = new SentenceFeatures();
        sentence.Reset(string.Join(' ', words), spans);
        return sentence;
    }

    /// <summary>Hash <paramref name="slot"/> of word <paramref name="i"/>, or the boundary value outside the sentence.</summary>
    public uint Hash(int i, int slot) => (uint)i < (uint)Count ? hashes[(i * Slots) + slot] : Boundary;

    /// <summary>POS tag of word <paramref name="i"/> plus one (0: none or outside).</summary>
    public uint Pos(int i) => (uint)i < (uint)Count ? (uint)pos[i] : 0u;

    /// <summary>Lexicon hit of word <paramref name="i"/> (0: none or outside).</summary>
    public uint Lexicon(int i) => (uint)i < (uint)Count ? (uint)lexicon[i] : 0u;

    /// <summary>A scratch buffer of <paramref name="width"/> scores per word, for decoding (its contents are left over).</summary>
    internal Span<int> ScoreBuffer(int width)
    {
        if (scores.Length < Count * width)
        {
            scores = new int[Math.Max(Count * width, scores.Length * 2)];
        }

        return scores.AsSpan(0, Count * width);
    }

    /// <summary>Sets the POS tag of word <paramref name="i"/> (the tag's index plus one).</summary>
    public void SetPos(int i, int tagPlusOne) => pos[i] = tagPlusOne;

    /// <summary>The label an earlier labelling pass gave word <paramref name="i"/>, plus one (0: none or outside).</summary>
    public uint Guess(int i) => (uint)i < (uint)Count ? (uint)guesses[i] : 0u;

    /// <summary>Sets the label an earlier pass gave word <paramref name="i"/> (the label's index plus one, 0 for none).</summary>
    public void SetGuess(int i, int labelPlusOne) => guesses[i] = labelPlusOne;

    /// <summary>Sets the lexicon hit of word <paramref name="i"/> (a small code, 0 for none).</summary>
    public void SetLexicon(int i, int code) => lexicon[i] = code;

    private static void Fill(ReadOnlySpan<char> text, Span<uint> into)
    {
        // FNV-1a reads left to right, so the normalized word's hash after 1, 2 and 3 characters is its prefixes' hashes;
        // a suffix as long as the word is the word.
        uint word = FeatureHash.Empty;
        for (int k = 0; k < text.Length; k++)
        {
            word = FeatureHash.Add(word, FeatureHash.Normal(text[k]));
            if (k < 3)
            {
                into[Prefix1 + k] = word;
            }
            else if (k == 3)
            {
                into[Prefix4] = word;
            }
        }

        if (text.Length < 4)
        {
            into[Prefix4] = word;
        }

        for (int n = text.Length; n < 3; n++)
        {
            into[Prefix1 + n] = word;
        }

        into[Word] = word;
        into[Exact] = FeatureHash.Text(text, normalize: false);
        into[Shape] = ShapeHash(text);
        for (int n = 1; n <= 4; n++)
        {
            into[Suffix1 + n - 1] = text.Length <= n ? word : FeatureHash.Text(text[^n..], normalize: true);
        }

        into[Suffix5] = text.Length <= 5 ? word : FeatureHash.Text(text[^5..], normalize: true);
    }

    // Xx for "Korea", X.X. for "U.S.", d,d for "4,500": each run of one character class counts once
    private static uint ShapeHash(ReadOnlySpan<char> word)
    {
        uint hash = FeatureHash.Empty;
        char previous = '\0';
        foreach (char c in word)
        {
            char cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (cls != previous)
            {
                hash = FeatureHash.Mix(hash, cls);
                previous = cls;
            }
        }

        return hash;
    }
}
