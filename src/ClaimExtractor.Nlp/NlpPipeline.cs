using System.Diagnostics;
using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp;

/// <summary>
/// The built pipeline: an immutable list of processes run in order on each article. Thread-safe; one instance
/// serves every worker.
/// </summary>
public sealed class NlpPipeline : IClaimExtractor
{
    private readonly IDocumentProcess[] processes;
    private readonly TimeSpan timeBudget;

    internal NlpPipeline(IEnumerable<IDocumentProcess> processes, TimeSpan timeBudget, string modelsVersion)
    {
        this.processes = [.. processes];
        this.timeBudget = timeBudget;
        // Raise the code's part when the same text and models yield other claims (frames, keys, periods), so stores
        // re-extract their documents instead of mixing old and new keys. 1.1: inferred periods, organization keys.
        // 1.2: baselines counted back from the figure's period, narrated and quarterly periods, news quantity readings,
        // English text only.
        Version = $"claimx-nlp/1.2 ({string.Join('+', this.processes.Select(p => p.Name))}; models {modelsVersion})";
    }

    /// <inheritdoc />
    public string Version { get; }

    /// <summary>The processes, in the order they run.</summary>
    public IReadOnlyList<IDocumentProcess> Processes => processes;

    /// <inheritdoc />
    public DocumentAnalysis Analyze(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (OtherLanguage(article.Metadata.Language) is { } language)
        {
            // The stage reads English: from a page in another language it would take numbers with metrics and subjects
            // read from words no lexicon knows, and flag them against each other.
            return new DocumentAnalysis([], [], [$"Written in '{language}': claims are read from English text only."]);
        }

        var document = Run(article.Text, article.Metadata.Published, cancellationToken);
        return new DocumentAnalysis([.. document.Claims], [.. document.Mentions], [.. document.Warnings]);
    }

    // The language the metadata names ("ru", "pt-BR"), when it is not English; none when English or not named.
    private static string? OtherLanguage(string? language)
    {
        string? primary = language?.Trim().Split('-', '_')[0];
        return string.IsNullOrEmpty(primary) || primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? null : language!.Trim();
    }

    /// <summary>Runs every process on <paramref name="text"/> and returns the document with all its layers.</summary>
    public AnalyzedDocument Run(string text, DateOnly? published, CancellationToken cancellationToken)
    {
        var document = new AnalyzedDocument(text, published);
        if (published is null)
        {
            document.AddWarning("No publication date: relative dates (this year, last year, in May) are left unresolved.");
        }

        long started = Stopwatch.GetTimestamp();
        foreach (var process in processes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Stopwatch.GetElapsedTime(started) > timeBudget)
            {
                document.AddWarning($"Time budget of {timeBudget.TotalSeconds:0.#}s spent; skipped '{process.Name}' and later steps.");
                break;
            }

            process.Process(document, cancellationToken);
        }

        return document;
    }
}
