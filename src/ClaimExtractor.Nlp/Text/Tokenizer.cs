using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Text;

/// <summary>
/// Tokens and sentences for news text. A sentence ends at . ! ? (after any closing quotes) when the next token does
/// not start in lower case, even with no space ("development.In recent"), and at every line break, so a headline
/// without a period stands alone. Abbreviations (Mr., U.S., Inc.) keep their period and end a sentence only before
/// a word that usually opens one.
/// </summary>
public sealed class Tokenizer : IDocumentProcess
{
    private static readonly WordSet SentenceOpeners = WordSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "It", "Its", "This", "That", "These", "Those", "But", "And", "However", "In", "On", "At", "He",
        "She", "They", "We", "I", "There", "According", "Since", "After", "Before", "Among", "As", "If", "When", "While");

    private static readonly WordSet Titles = WordSet.Create(StringComparer.Ordinal,
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.", "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "St.", "Mt.", "No.", "Nos.");

    private readonly WordSet abbreviations;
    private readonly WordSet gluedPrefixes;
    private readonly NlpLimits limits;

    /// <summary>
    /// Creates the tokenizer with the abbreviation list and input caps; <paramref name="gluedPrefixes"/> are the
    /// currency codes split from digits glued after them ("USD3.14", "Rs20"), and no other word is split.
    /// </summary>
    public Tokenizer(WordSet abbreviations, NlpLimits limits, WordSet? gluedPrefixes = null)
    {
        this.abbreviations = abbreviations;
        this.limits = limits;
        this.gluedPrefixes = gluedPrefixes ?? WordSet.Empty;
    }

    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public IReadOnlyList<string> Produces { get; } = ["token", "sentence"];

    /// <inheritdoc />
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var raw = ReadTokens(document);
        document.ReserveTokens(raw.Count);
        int first = 0;
        int sentence = 0;
        for (int k = 0; k < raw.Count; k++)
        {
            if ((k & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int last = k;
            bool boundary = k + 1 >= raw.Count || raw[k + 1].LineBreakBefore;
            if (!boundary && IsTerminal(document.Text, raw[k]) && !BetweenDigits(document.Text, raw, k) && !IsInitial(document.Text, raw, k) && !DayPoint(document.Text, raw, k))
            {
                while (last + 1 < raw.Count && IsCloser(document.Text[raw[last + 1].Start]) && raw[last + 1].Start == raw[last].End && !raw[last + 1].LineBreakBefore)
                {
                    last++;
                }

                boundary = last + 1 >= raw.Count || raw[last + 1].LineBreakBefore || !char.IsLower(document.Text[raw[last + 1].Start]);
            }
            else if (!boundary && raw[k].Kind == TokenKind.Word && document.Text[raw[k].End - 1] == '.')
            {
                var word = raw[k].Span.In(document.Text);
                boundary = !Titles.Contains(word)
                    && SentenceOpeners.Contains(raw[k + 1].Span.In(document.Text));
            }

            if (!boundary && last - first + 1 >= limits.MaxSentenceTokens)
            {
                boundary = true;
                document.AddWarning(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"A sentence ran past {limits.MaxSentenceTokens} tokens and was cut."));
            }

            if (boundary)
            {
                for (int t = first; t <= last; t++)
                {
                    document.AddToken(raw[t] with { Sentence = sentence });
                }

                document.AddSentence(new Sentence(new TextSpan(raw[first].Start, raw[last].End), first, last + 1));
                sentence++;
                first = last + 1;
                k = last;
            }
        }
    }

    private List<Token> ReadTokens(AnalyzedDocument document)
    {
        string text = document.Text;
        var raw = new List<Token>(Math.Min(text.Length / 4 + 16, limits.MaxTokens));
        bool lineBreak = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (RawTokenizer.IsSkippable(c))
            {
                lineBreak |= c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
                i++;
                continue;
            }

            if (raw.Count >= limits.MaxTokens)
            {
                document.AddWarning(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The article is longer than {limits.MaxTokens} tokens; the rest was not read."));
                break;
            }

            bool adjacentWord = raw.Count > 0 && raw[^1].End == i && raw[^1].Kind == TokenKind.Word;
            int end = RawTokenizer.Read(text, i, abbreviations, adjacentWord, out var kind);
            if (kind == TokenKind.Word)
            {
                end = RawTokenizer.GluedPrefixEnd(text, i, end, gluedPrefixes);
            }

            raw.Add(new Token(new TextSpan(i, end), kind, 0, lineBreak));
            lineBreak = false;
            i = end;
        }

        return raw;
    }

    // "George W. Bush", "240 W. Pine Street", "350 W. 42nd St.": a capital letter and its period after a name or a number,
    // before a name that opens no sentence ("Plan B. The plan failed." ends one) or, after a house number, a street number
    private static bool IsInitial(string text, List<Token> raw, int k)
    {
        if (k < 2 || k + 1 >= raw.Count || text[raw[k].Start] != '.' || raw[k - 1].Span.Length != 1 || !char.IsUpper(text[raw[k - 1].Start]) || raw[k - 1].End != raw[k].Start)
        {
            return false;
        }

        char next = text[raw[k + 1].Start];
        bool afterNumber = raw[k - 2].Kind == TokenKind.Number;
        return (afterNumber && char.IsAsciiDigit(next))
            || ((afterNumber || (raw[k - 2].Kind == TokenKind.Word && char.IsUpper(text[raw[k - 2].Start])))
                && char.IsUpper(next) && !SentenceOpeners.Contains(raw[k + 1].Span.In(text)));
    }

    // a point apart from the word before it and glued to the one after opens a code (".IXIC", ".SPX" in wire copy), and
    // ends no sentence
    private static bool IsTerminal(string text, Token token) =>
        token.Kind == TokenKind.Punct && token.Span.Length == 1 && text[token.Start] is '.' or '!' or '?' or '…'
        && !(text[token.Start] == '.' && token.Start > 0 && char.IsWhiteSpace(text[token.Start - 1]) && token.End < text.Length && char.IsLetter(text[token.End]));

    // a point glued between digits is inside a number or a dotted date ("13.5.2015"), not the end of a sentence
    private static bool BetweenDigits(string text, List<Token> raw, int k) =>
        k > 0 && raw[k - 1].End == raw[k].Start && raw[k + 1].Start == raw[k].End
        && char.IsAsciiDigit(text[raw[k].Start - 1]) && char.IsAsciiDigit(text[raw[k + 1].Start]);

    // the point of a day written the European way, "16. Nov. 2016": a day number before it, a month and a number after it
    private static bool DayPoint(string text, List<Token> raw, int k) =>
        k > 0 && k + 2 < raw.Count && raw[k - 1].End == raw[k].Start && raw[k - 1].Kind == TokenKind.Number && raw[k - 1].Span.Length <= 2
        && Lexicon.Months.ContainsKey(raw[k + 1].Span.In(text))
        && (raw[k + 2].Kind == TokenKind.Number || (k + 3 < raw.Count && raw[k + 2].Span.In(text) is "." && raw[k + 3].Kind == TokenKind.Number));

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';
}
