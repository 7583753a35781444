namespace ClaimExtractor.Nlp.Tests.Learning;

/// <summary>A fact over the shared evaluation data, skipped where it is missing (and failing under CI).</summary>
public sealed class SharedEvalFactAttribute : FactAttribute
{
    public SharedEvalFactAttribute() => Skip = RepositoryPaths.SkipWhenMissing(RepositoryPaths.SharedData("eval", "ud-english-ewt"), "the UD and UNER data are");
}
