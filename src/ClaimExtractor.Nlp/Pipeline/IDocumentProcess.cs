namespace ClaimExtractor.Nlp.Pipeline;

/// <summary>
/// One step of the NLP pipeline (Catalyst's <c>IProcess</c> shape): it reads what earlier steps left in the
/// document and adds its own records. A process keeps no per-document state in fields, so one instance serves
/// every worker at once.
/// </summary>
public interface IDocumentProcess
{
    /// <summary>A short, stable name ("tokenizer", "quantities").</summary>
    string Name { get; }

    /// <summary>What the process adds to the document ("token", "sentence", "quantity", ...).</summary>
    IReadOnlyList<string> Produces { get; }

    /// <summary>Adds this step's records to <paramref name="document"/>.</summary>
    void Process(AnalyzedDocument document, CancellationToken cancellationToken);
}
