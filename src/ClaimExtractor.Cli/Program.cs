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
return await root.Parse(args).InvokeAsync();
