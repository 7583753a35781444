namespace ClaimExtractor.Cli.Output;

/// <summary>Exceptions as a user reads them.</summary>
public static class Errors
{
    /// <summary>The message of a refused argument without .NET's "(Parameter 'x')" suffix, which names code, not options.</summary>
    public static string UserMessage(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
}
