using System.Diagnostics;
using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp;

/// <summary>
/// The built pipeline: an immutable list of processes run in order on each article. Thread-safe; one instance
/// serves every worker.
/// </summary>
public sealed class NlpPipeline : IClaimExtractor
{
    private readonly IDocumentProcess[] processes;
    private readonly TimeSpan timeBudget;
    private readonly LanguageGuess? languages;

    internal NlpPipeline(IEnumerable<IDocumentProcess> processes, TimeSpan timeBudget, string modelsVersion, LanguageGuess? languages)
    {
        this.processes = [.. processes];
        this.timeBudget = timeBudget;
        this.languages = languages;
        // Raise the code's part when the same text and models yield other claims (frames, keys, periods), so stores
        // re-extract their documents instead of mixing old and new keys. 1.1: inferred periods, organization keys.
        // 1.2: baselines counted back from the figure's period, narrated and quarterly periods, news quantity readings,
        // English text only. 1.3: the text's language decides over its metadata, lines of figures alone give no claims,
        // deals, narrated periods and names with numbers.
        Version = $"claimx-nlp/1.3 ({string.Join('+', this.processes.Select(p => p.Name))}; models {modelsVersion})";
    }

    /// <inheritdoc />
    public string Version { get; }

    /// <summary>The processes, in the order they run.</summary>
    public IReadOnlyList<IDocumentProcess> Processes => processes;

    /// <inheritdoc />
    public DocumentAnalysis Analyze(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        // The stage reads English: from a page in another language it would take numbers with metrics and subjects read
        // from words no lexicon knows, and flag them against each other. The text's function words decide when they
        // can; else the metadata's language.
        string? named = OtherLanguage(article.Metadata.Language);
        string? read = languages?.Of(article.Text);
        if (read is not null && read != LanguageGuess.English)
        {
            return new DocumentAnalysis([], [], [$"Reads as {read}{(named is null ? "" : $" (its metadata says '{named}')")}: claims are read from English text only."]);
        }

        if (named is not null && read is null)
        {
            return new DocumentAnalysis([], [], [$"Written in '{named}': claims are read from English text only."]);
        }

        var document = Run(article.Text, article.Metadata.Published, cancellationToken);
        if (named is not null)
        {
            document.AddWarning($"Its metadata says '{named}', but it reads as English: claims were read.");
        }

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
