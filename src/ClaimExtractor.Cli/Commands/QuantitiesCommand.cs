using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimExtractor.Cli.Output;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using Spectre.Console;

namespace ClaimExtractor.Cli.Commands;

/// <summary>
/// <c>claimx quantities [FILE|-]</c>: reads text, a sentence or paragraph per line, and prints every quantity the NLP
/// stage finds with its normalized value, interval, unit, counted noun, qualifier, change and period. In
/// <c>jsonl</c> it writes exactly one object per input line, in input order, even when the line holds nothing;
/// offsets are relative to that line.
/// </summary>
public static class QuantitiesCommand
{
    // The same escaping as the export: text stays readable ("½", "’"), only what JSON requires is escaped.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("FILE")
        {
            Description = "Text file, one sentence or paragraph per line; - (the default) reads standard input",
            DefaultValueFactory = _ => "-",
        };
        var published = new Option<DateOnly?>("--published")
        {
            Description = "Publication date (YYYY-MM-DD) that anchors relative dates; without it they stay unresolved",
            HelpName = "DATE",
        };
        var models = CommonOptions.Models();
        var format = CommonOptions.Format("jsonl", "table");
        var command = new Command("quantities", "Print every quantity in text, one input line at a time") { input, published, models, format };
        command.SetAction((result, cancellationToken) => ExecuteAsync(
            result.GetRequiredValue(input), result.GetValue(published), result.GetRequiredValue(models), result.GetRequiredValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(string input, DateOnly? published, string models, string format, CancellationToken cancellationToken)
    {
        if (input != "-" && !File.Exists(input))
        {
            await Console.Error.WriteLineAsync($"quantities: no such file '{input}'; give a text file or - for standard input").ConfigureAwait(false);
            return 2;
        }

        if (!Directory.Exists(models))
        {
            await Console.Error.WriteLineAsync($"quantities: no models folder '{models}'; point --models at the models/ folder").ConfigureAwait(false);
            return 2;
        }

        // The pipeline's document layers (quantities, periods) are needed, not only its claims.
        var pipeline = Composition.CreatePipeline(models);

        using var reader = input == "-"
            ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8)
            : new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var rows = new List<(int Line, string Text, AnalyzedDocument Document)>();
        await using var stdout = Console.OpenStandardOutput();
        int number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            var document = pipeline.Run(line, published, cancellationToken);
            if (format == "jsonl")
            {
                byte[] json = Jsonl(number, line, document);
                await stdout.WriteAsync(json, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                rows.Add((number, line, document));
            }
        }

        if (format == "table")
        {
            Consoles.Stdout().Write(Table(rows));
        }

        await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static byte[] Jsonl(int number, string line, AnalyzedDocument document)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("line", number);
            json.WriteStartArray("quantities");
            foreach (var q in Printed(document))
            {
                json.WriteStartObject();
                json.WriteString("text", q.Span.In(line));
                json.WriteNumber("start", q.Span.Start);
                json.WriteNumber("end", q.Span.End);
                WriteNumber(json, "value", q.Value);
                WriteNumber(json, "value_low", q.Low == decimal.MinValue ? null : q.Low);
                WriteNumber(json, "value_high", q.High == decimal.MaxValue ? null : q.High);
                json.WriteString("unit", q.Unit.Code);
                json.WriteString("noun", q.Noun);
                json.WriteString("qualifier", q.Qualifier.ToName());
                json.WriteString("change", ChangeName(q.Change));
                json.WriteString("period", PeriodOf(document, q));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static Table Table(List<(int Line, string Text, AnalyzedDocument Document)> rows)
    {
        var table = new Table().AddColumns("line", "text", "start", "end", "value", "low", "high", "unit", "noun", "qualifier", "change", "period");
        foreach (var (line, text, document) in rows)
        {
            foreach (var q in Printed(document))
            {
                table.AddRow(
                    line.ToString(CultureInfo.InvariantCulture), Markup.Escape(q.Span.In(text).ToString()),
                    q.Span.Start.ToString(CultureInfo.InvariantCulture), q.Span.End.ToString(CultureInfo.InvariantCulture),
                    Format(q.Value), q.Low == decimal.MinValue ? "—" : Format(q.Low), q.High == decimal.MaxValue ? "—" : Format(q.High),
                    Markup.Escape(q.Unit.Code), Markup.Escape(q.Noun ?? "—"), q.Qualifier.ToName() ?? "—", ChangeName(q.Change) ?? "—",
                    Markup.Escape(PeriodOf(document, q) ?? "—"));
            }
        }

        return table;
    }

    // The figures and the durations inside time expressions ("two years" in "two years ago"), in text order.
    private static IEnumerable<Quantity> Printed(AnalyzedDocument document) =>
        document.Quantities.Select(m => m.Quantity).Concat(document.TimeSpans).OrderBy(q => q.Span.Start);

    // The period of the claim built on this quantity (the claim stage picks the clause's time expression), or for a
    // duration inside a time expression that expression's; a quantity no claim uses has no period.
    private static string? PeriodOf(AnalyzedDocument document, Quantity quantity) =>
        document.Claims.FirstOrDefault(c => c.Quantity.Span == quantity.Span)?.Period?.Label
        ?? document.Periods.FirstOrDefault(p => p.Span.Contains(quantity.Span))?.Period?.Label;

    private static string? ChangeName(QuantityChange change) => change switch
    {
        QuantityChange.None => null,
        QuantityChange.Increase => "increase",
        QuantityChange.Decrease => "decrease",
        QuantityChange.Multiplier => "multiplier",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            // Trailing zeros of the decimal's scale carry no meaning in the contract: 1340000000, not 1340000000.00.
            json.WriteNumber(name, v / 1.0000000000000000000000000000m);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Format(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
