namespace ClaimExtractor.Cli.Commands;

/// <summary>Finds the models folder: next to the executable (copied there by the build), else ./models.</summary>
public static class ModelsLocator
{
    /// <summary>The folder <c>--models</c> defaults to.</summary>
    public static string Default()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "models");
        return Directory.Exists(beside) ? beside : Path.GetFullPath("models");
    }
}
