using System.Text;
using ClaimExtractor.Ingest.PlainText;

namespace ClaimExtractor.Ingest.Html;

/// <summary>
/// Collects article text one block a line. A block that is mostly link text ("Read more: ...", a list of related
/// stories) is navigation inside the article container, so it is dropped, and so is a line of furniture
/// (<see cref="BoilerplateLines"/>: "Share this", newsletter promos).
/// </summary>
internal sealed class BlockWriter
{
    private const double MaxLinkShare = 0.5;
    private const int MaxFurnitureChars = 400;

    private readonly StringBuilder text = new();
    private readonly StringBuilder line = new();
    private int linkChars;

    public void Append(string value) => Whitespace.Append(line, value);

    /// <summary>Runs <paramref name="write"/> for the content of a link and counts what it wrote as link text.</summary>
    public void AppendLinked(Action write)
    {
        var before = line.Length;
        write();
        linkChars += line.Length - before;
    }

    public void Flush()
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ')
        {
            end--;
        }

        if (end > 0 && linkChars <= end * MaxLinkShare && !IsFurniture(end))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(line, 0, end);
        }

        line.Clear();
        linkChars = 0;
    }

    public override string ToString() => text.ToString();

    // furniture lines are short; a long block is never one, so most blocks skip the check
    private bool IsFurniture(int end) => end <= MaxFurnitureChars && BoilerplateLines.IsBoilerplate(line.ToString(0, end));
}
