using System.Globalization;

namespace ClaimExtractor.Nlp.Corpora;

/// <summary>
/// Reads Universal NER's IOB2 files: <c># </c> comments, then one word a line (index, form, label, ...), a blank line
/// between sentences. Labels other than PER, ORG and LOC (UNER has none in English, other sets may) become O.
/// </summary>
public static class Iob2Reader
{
    /// <summary>Streams the sentences of <paramref name="path"/> as words and BIO labels.</summary>
    /// <exception cref="InvalidDataException">A word line has fewer than three columns; the message names the file and line.</exception>
    public static IEnumerable<LabeledSentence> Read(string path)
    {
        var words = new List<string>();
        var labels = new List<string>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new LabeledSentence([.. words], [.. labels]);
                    words.Clear();
                    labels.Clear();
                }

                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 3)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}: {columns.Length} columns where IOB2 has at least 3"));
            }

            words.Add(columns[1]);
            labels.Add(EntityLabels.IsKnown(columns[2]) ? columns[2] : EntityLabels.Outside);
        }

        if (words.Count > 0)
        {
            yield return new LabeledSentence([.. words], [.. labels]);
        }
    }
}
