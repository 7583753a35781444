using ClaimExtractor.Nlp.Claims;
using ClaimExtractor.Nlp.Entities;
using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp;

/// <summary>
/// Assembles a pipeline: <see cref="UseDefaults"/> adds tokenizer, entities, coreference, quantities, periods and
/// claims; <see cref="Use"/> appends a process; <see cref="InsertBefore{T}"/> places one before the first process of a
/// type. <see cref="Build"/> returns an immutable <see cref="NlpPipeline"/>; the builder may be changed afterwards
/// without touching it.
/// </summary>
public sealed class NlpPipelineBuilder
{
    private readonly List<IDocumentProcess> processes = [];
    private NlpLimits limits = NlpLimits.Default;
    private string modelsVersion = "none";
    private LanguageGuess? languages;

    /// <summary>Adds the standard processes over <paramref name="models"/>.</summary>
    public NlpPipelineBuilder UseDefaults(NlpModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        modelsVersion = models.Version;
        languages = models.Languages;
        processes.Add(new Tokenizer(models.Abbreviations, limits, models.Quantities.GluedPrefixes));
        processes.Add(new EntityRecognizer(models));
        processes.Add(new CoreferenceResolver(models.Entities));
        processes.Add(new QuantityScanner(models));
        processes.Add(new PeriodResolver(models.Holidays));
        processes.Add(new ClaimAssembler(models));
        return this;
    }

    /// <summary>
    /// Adds the trained POS tagger and name recognizer (<see cref="Names.NameTagger"/>) right after the lexicon-based
    /// entity step; call after <see cref="UseDefaults"/>.
    /// </summary>
    public NlpPipelineBuilder UseTrainedNames(Names.NameTagger names) => InsertBefore<CoreferenceResolver>(names);

    /// <summary>Sets the input caps; call before <see cref="UseDefaults"/> so the tokenizer gets them.</summary>
    public NlpPipelineBuilder WithLimits(NlpLimits value)
    {
        ArgumentNullException.ThrowIfNull(value);
        limits = value;
        return this;
    }

    /// <summary>Appends <paramref name="process"/>.</summary>
    public NlpPipelineBuilder Use(IDocumentProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        processes.Add(process);
        return this;
    }

    /// <summary>Inserts <paramref name="process"/> before the first process of type <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">No process of that type is present.</exception>
    public NlpPipelineBuilder InsertBefore<T>(IDocumentProcess process)
        where T : IDocumentProcess
    {
        ArgumentNullException.ThrowIfNull(process);
        int at = processes.FindIndex(p => p is T);
        if (at < 0)
        {
            throw new InvalidOperationException($"No {typeof(T).Name} in the pipeline to insert '{process.Name}' before.");
        }

        processes.Insert(at, process);
        return this;
    }

    /// <summary>Removes every process of type <typeparamref name="T"/> (to swap in another implementation).</summary>
    public NlpPipelineBuilder Remove<T>()
        where T : IDocumentProcess
    {
        processes.RemoveAll(p => p is T);
        return this;
    }

    /// <summary>Builds the immutable pipeline.</summary>
    public NlpPipeline Build() => new(processes, limits.TimeBudget, modelsVersion, languages);
}
