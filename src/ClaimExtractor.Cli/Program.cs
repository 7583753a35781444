using System.CommandLine;
using ClaimExtractor.Cli.Commands;

var root = new RootCommand("claimx: extract numeric claims from news articles and flag the ones that contradict each other.")
{
    RunCommand.Create(),
    ExportCommand.Create(),
    ClaimsCommand.Create(),
    ContradictionsCommand.Create(),
    EvalCommand.Create(),
    ServeCommand.Create(),
    ReviewCommand.Create(),
    BenchCommand.Create(),
    QuantitiesCommand.Create(),
    EnqueueCommand.Create(),
    WorkerCommand.Create(),
    TrainCommand.Create(),
};
var parsed = root.Parse(args);
int exitCode = await parsed.InvokeAsync();

// an unknown option or a value that does not parse is a bad option, as the README's exit codes say
return parsed.Errors.Count > 0 ? 2 : exitCode;
