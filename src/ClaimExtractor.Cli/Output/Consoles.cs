using Spectre.Console;

namespace ClaimExtractor.Cli.Output;

/// <summary>
/// The consoles the CLI writes to. Redirected output gets no colours and no wrapping, so files and pipes receive
/// plain lines a script can grep.
/// </summary>
public static class Consoles
{
    /// <summary>Standard output, styled only when it is a terminal.</summary>
    public static IAnsiConsole Stdout() => Create(Console.Out, Console.IsOutputRedirected);

    /// <summary>Standard error, styled only when it is a terminal.</summary>
    public static IAnsiConsole Stderr() => Create(Console.Error, Console.IsErrorRedirected);

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
        {
            // Long sentences stay on one line when piped.
            console.Profile.Width = 100_000;
        }

        return console;
    }
}
