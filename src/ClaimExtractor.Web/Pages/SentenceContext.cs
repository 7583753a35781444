using System.Text;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Web.Pages;

/// <summary>
/// A claim's sentence with its number highlighted, between up to two sentences of context either side. Context
/// sentences end at '.', '!' or '?' followed by white space; the claim's own sentence keeps the extractor's bounds.
/// </summary>
public static class SentenceContext
{
    /// <summary>How many sentences are shown on each side.</summary>
    public const int Sentences = 2;

    /// <summary>Encoded HTML: context in <c>span.ctx</c>, the sentence, the quote in <c>mark</c>.</summary>
    public static string Render(string text, TextSpan sentence, TextSpan quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(sentence.Start, 0, text.Length);
        var end = Math.Clamp(sentence.End, start, text.Length);
        var quoteStart = Math.Clamp(quote.Start, start, end);
        var quoteEnd = Math.Clamp(quote.End, quoteStart, end);
        var (before, after) = Around(text, sentence);
        return new StringBuilder()
            .Append("<span class=\"ctx\">").Append(Html.E(text[before..start])).Append("</span>")
            .Append(Html.E(text[start..quoteStart])).Append("<mark>").Append(Html.E(text[quoteStart..quoteEnd])).Append("</mark>")
            .Append(Html.E(text[quoteEnd..end]))
            .Append("<span class=\"ctx\">").Append(Html.E(text[end..after])).Append("</span>")
            .ToString();
    }

    /// <summary>
    /// Where the context starts (<see cref="Sentences"/> sentences before <paramref name="sentence"/>) and ends (as
    /// many after it), clamped to the text; the terminal review shows the same context.
    /// </summary>
    public static (int Start, int End) Around(string text, TextSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(sentence.Start, 0, text.Length);
        var end = Math.Clamp(sentence.End, start, text.Length);
        return (BackOver(text, start, Sentences), ForwardOver(text, end, Sentences));
    }

    // Walks back from a sentence start over `count` earlier sentences.
    private static int BackOver(string text, int start, int count)
    {
        var at = start;
        for (var i = 0; i < count && at > 0; i++)
        {
            var probe = at - 1;
            while (probe > 0 && char.IsWhiteSpace(text[probe]))
            {
                probe--;
            }

            // probe sits on the previous sentence's end mark; look for the mark before it.
            var previous = probe - 1;
            while (previous > 0 && !IsBoundary(text, previous))
            {
                previous--;
            }

            at = previous <= 0 ? 0 : previous + 1;
        }

        return at;
    }

    // Walks forward from a sentence end over `count` later sentences.
    private static int ForwardOver(string text, int end, int count)
    {
        var at = end;
        for (var i = 0; i < count && at < text.Length; i++)
        {
            var next = at;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            while (next < text.Length && !IsBoundary(text, next))
            {
                next++;
            }

            at = Math.Min(text.Length, next + 1);
        }

        return at;
    }

    private static bool IsBoundary(string text, int index) =>
        text[index] is '.' or '!' or '?' && (index + 1 == text.Length || char.IsWhiteSpace(text[index + 1]));
}
