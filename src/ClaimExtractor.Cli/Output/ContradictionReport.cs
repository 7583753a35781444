using System.Globalization;
using ClaimExtractor.Consistency.Explaining;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using Spectre.Console;

namespace ClaimExtractor.Cli.Output;

/// <summary>Contradictions as a reviewer reads them: ranked, both sentences with the numbers highlighted, both documents, why.</summary>
public static class ContradictionReport
{
    /// <summary>The heading of the flags that conflict.</summary>
    public const string ContradictionsTitle = "Contradictions, most severe first";

    /// <summary>The heading of the updates: later reports revising a figure, which are not conflicts.</summary>
    public const string UpdatesTitle = "Updates (a later report revises a figure), most significant first";

    /// <summary>Writes each flag as a numbered block under <paramref name="title"/>.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<ContradictionRecord> records, int totalCount, string title = ContradictionsTitle)
    {
        if (records.Count == 0)
        {
            console.MarkupLine("No contradictions found.");
            return;
        }

        console.MarkupLine($"[bold]{Markup.Escape(title)}[/] ({records.Count} of {totalCount} shown)");
        int rank = 0;
        foreach (var record in records)
        {
            var c = record.Contradiction;
            console.WriteLine();
            console.MarkupLine(
                $"[bold]#{++rank}[/] [yellow]{c.Kind.ToName()}[/]  severity {F(c.Severity)}  score {F(c.Score)}  " +
                $"[grey]id {record.Id} · {record.Status.ToString().ToLowerInvariant()}[/]");
            console.MarkupLine($"   key: {Markup.Escape(ClaimPhrases.Key(record.A.Claim))}");
            WriteSide(console, "A", record.A);
            WriteSide(console, "B", record.B);
            console.MarkupLine($"   why: {Markup.Escape(c.Explanation)}");
        }
    }

    private static void WriteSide(IAnsiConsole console, string label, StoredClaim claim)
    {
        console.MarkupLine(
            $"   {label}  [bold]{Markup.Escape(ClaimPhrases.Value(claim))}[/]  {Markup.Escape(ClaimPhrases.Document(claim))}  " +
            $"[grey]{Markup.Escape(claim.Document.Source)}[/]");
        console.MarkupLine($"      \"{Highlight(claim)}\"");
    }

    // The sentence with the claim's quote in bold: offsets are relative to the document, the sentence starts at Sentence.Start.
    private static string Highlight(StoredClaim claim)
    {
        string sentence = claim.SentenceText;
        int start = claim.Claim.Quantity.Span.Start - claim.Claim.Sentence.Start;
        int length = claim.Claim.Quantity.Span.Length;
        if (start < 0 || start + length > sentence.Length)
        {
            return Markup.Escape(sentence);
        }

        return Markup.Escape(sentence[..start]) + "[bold underline]" + Markup.Escape(sentence.Substring(start, length)) + "[/]" +
               Markup.Escape(sentence[(start + length)..]);
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
