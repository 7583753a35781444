namespace ClaimExtractor.Nlp.Corpora;

/// <summary>The BIO labels of the name recognizer: O, then B- and I- for PER, ORG and LOC.</summary>
public static class EntityLabels
{
    /// <summary>Outside any name.</summary>
    public const string Outside = "O";

    /// <summary>Every label, O first.</summary>
    public static IReadOnlyList<string> All { get; } = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    /// <summary>True for one of <see cref="All"/>.</summary>
    public static bool IsKnown(string label) => All.Contains(label);

    /// <summary>Labels words [<paramref name="start"/>, <paramref name="end"/>) as one name of <paramref name="type"/>.</summary>
    public static void Write(string[] labels, int start, int end, string type)
    {
        ArgumentNullException.ThrowIfNull(labels);
        for (int k = start; k < end; k++)
        {
            labels[k] = (k == start ? "B-" : "I-") + type;
        }
    }

    /// <summary>The names in a BIO sequence as (start, end, type); an I- without a matching B- opens a name, as conlleval does.</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var spans = new List<(int, int, string)>();
        int start = -1;
        string type = "";
        for (int i = 0; i <= labels.Count; i++)
        {
            string label = i < labels.Count ? labels[i] : Outside;
            bool continues = label.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && label.AsSpan(2).SequenceEqual(type);
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                spans.Add((start, i, type));
                start = -1;
            }

            if (label != Outside)
            {
                start = i;
                type = label[2..];
            }
        }

        return spans;
    }
}
