using System.Globalization;

namespace ClaimExtractor.Nlp.Corpora;

/// <summary>
/// Streams CoNLL-U (Universal Dependencies) sentences. Multiword-token ranges (<c>3-4</c>) become one surface token
/// and their words stay syntactic words; empty nodes (<c>5.1</c>) are skipped, as the basic tree does not use them.
/// </summary>
public static class ConlluReader
{
    /// <summary>Streams the sentences of <paramref name="path"/>, one at a time.</summary>
    /// <exception cref="InvalidDataException">A line has fewer than ten columns or an id or head that is not a number; the message names the file and line.</exception>
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        var state = new SentenceBuilder(path);
        foreach (string line in File.ReadLines(path))
        {
            if (state.Add(line) is { } sentence)
            {
                yield return sentence;
            }
        }

        if (state.Finish() is { } last)
        {
            yield return last;
        }
    }

    private sealed class SentenceBuilder(string path)
    {
        private readonly List<ConlluToken> words = [];
        private readonly List<SurfaceToken> surface = [];
        private string? text;
        private bool newDocument;
        private bool newParagraph;
        private int rangeEnd;
        private bool rangeSpaceAfter;
        private int lineNumber;

        public ConlluSentence? Add(string line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                return Finish();
            }

            if (line[0] == '#')
            {
                ReadComment(line);
                return null;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 10)
            {
                throw Bad($"{columns.Length} columns where CoNLL-U has 10");
            }

            string id = columns[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                return null;
            }

            bool spaceAfter = !columns[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                rangeEnd = Number(id[(dash + 1)..], "token range");
                rangeSpaceAfter = spaceAfter;
                surface.Add(new SurfaceToken(columns[1], spaceAfter));
                return null;
            }

            int number = Number(id, "word id");
            int head = columns[6] == "_" ? -1 : Number(columns[6], "head");
            bool inRange = number <= rangeEnd;
            if (!inRange)
            {
                surface.Add(new SurfaceToken(columns[1], spaceAfter));
            }

            words.Add(new ConlluToken(number, columns[1], columns[3], head, columns[7], columns[9], inRange ? number == rangeEnd && rangeSpaceAfter : spaceAfter, columns[5]));
            return null;
        }

        public ConlluSentence? Finish()
        {
            if (words.Count == 0)
            {
                return null;
            }

            var sentence = new ConlluSentence(text, [.. words], [.. surface], newDocument, newParagraph);
            words.Clear();
            surface.Clear();
            text = null;
            newDocument = newParagraph = false;
            rangeEnd = 0;
            return sentence;
        }

        private void ReadComment(string line)
        {
            if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                text = line["# text = ".Length..];
            }
            else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                newDocument = newParagraph = true;
            }
            else if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal))
            {
                newParagraph = true;
            }
        }

        private int Number(string value, string what) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : throw Bad($"{what} '{value}' is not a number");

        private InvalidDataException Bad(string reason) =>
            new(string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}: {reason}"));
    }
}
