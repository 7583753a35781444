using System.Globalization;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Web.Pages;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClaimExtractor.Cli.Review;

/// <summary>One flag for the terminal: both claims side by side in context, the number in bold, the key and the why.</summary>
public static class FlagView
{
    /// <summary>The keys, shown under every flag and by <c>?</c>.</summary>
    public const string Keys = "a confirm · x dismiss · o reopen · space skip · u undo · j/k next/previous · ? help · q quit";

    /// <summary>The flag at <paramref name="position"/> (0-based) of <paramref name="total"/>, with both documents' texts.</summary>
    public static IRenderable Render(ContradictionRecord record, string textA, string textB, int position, int total)
    {
        ArgumentNullException.ThrowIfNull(record);
        var flag = record.Contradiction;
        var heading = new Markup(string.Create(
            CultureInfo.InvariantCulture,
            $"[bold]#{record.Id} {flag.Kind.ToName()}[/]  severity {flag.Severity:0.00}  score {flag.Score:0.00}  [underline]{Names.Of(record.Status)}[/]  ({position + 1} of {total})\nkey: {Markup.Escape(flag.Key.Value)}"));
        var sides = new Columns(Side("A", record.A, textA), Side("B", record.B, textB)) { Expand = true };
        return new Rows(heading, sides, new Markup("why: " + Markup.Escape(flag.Explanation)), new Markup("[dim]" + Markup.Escape(Keys) + "[/]"));
    }

    private static Panel Side(string label, StoredClaim claim, string text)
    {
        var document = claim.Document;
        var sentence = claim.Claim.Sentence;
        var quote = claim.Claim.Quantity.Span;
        var (before, after) = SentenceContext.Around(text, sentence);
        var start = Math.Clamp(sentence.Start, 0, text.Length);
        var end = Math.Clamp(sentence.End, start, text.Length);
        var quoteStart = Math.Clamp(quote.Start, start, end);
        var quoteEnd = Math.Clamp(quote.End, quoteStart, end);
        var body = string.Concat(
            "[dim]", Markup.Escape(text[before..start]), "[/]",
            Markup.Escape(text[start..quoteStart]), "[bold yellow]", Markup.Escape(text[quoteStart..quoteEnd]), "[/]",
            Markup.Escape(text[quoteEnd..end]),
            "[dim]", Markup.Escape(text[end..after]), "[/]");
        var source = string.Join(
            " · ",
            document.Outlet ?? "unknown outlet",
            document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated",
            document.Source);
        return new Panel(new Markup(body + "\n[dim]" + Markup.Escape(source) + "[/]"))
        {
            Header = new PanelHeader(Markup.Escape($"{label}: {document.Title ?? document.Source}")),
            Expand = true,
        };
    }
}
