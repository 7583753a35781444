using System.CommandLine;
using ClaimExtractor.Cli.Output;
using ClaimExtractor.Cli.Running;
using ClaimExtractor.Consistency;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Ingest.Sources;
using ClaimExtractor.Storage.Store;
using Spectre.Console;

namespace ClaimExtractor.Cli.Commands;

/// <summary><c>claimx run PATH...</c>: the main job, folder in, claims and contradictions stored and shown.</summary>
public static class RunCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Article files, folders (walked recursively), http(s) URLs, .warc/.warc.gz archives or .jsonl dumps",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var database = CommonOptions.Database();
        var published = new Option<DateOnly?>("--published") { Description = "Publication date (YYYY-MM-DD) of a single input file", HelpName = "DATE" };
        var jobs = new Option<int>("--jobs") { Description = "Articles analysed at once", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var maxSize = new Option<double>("--max-size") { Description = "Largest input file in MB; larger files fail", DefaultValueFactory = _ => 10, HelpName = "MB" };
        var models = CommonOptions.Models();
        var top = new Option<int>("--top") { Description = "How many contradictions to show after the run", DefaultValueFactory = _ => 20, HelpName = "N" };
        var tolerance = new Option<double>("--tolerance")
        {
            Description = "Slack on each value, in percent, before two figures conflict (on top of the precision their wording allows)",
            DefaultValueFactory = _ => RunRequest.DefaultTolerancePercent,
            HelpName = "PERCENT",
        };
        var fetch = new FetchOptions();
        var command = new Command("run", "Process articles into the store, check them for contradictions, and show what was found")
        {
            inputs, database, published, jobs, maxSize, models, top, tolerance,
        };
        fetch.AddTo(command);
        command.SetAction((result, cancellationToken) => ExecuteAsync(
            new RunRequest(
                result.GetValue(inputs) ?? [], fetch.UrlLists(result), fetch.Feeds(result), fetch.Sitemaps(result), result.GetRequiredValue(database), result.GetValue(jobs),
                fetch.Bind(result, (long)(result.GetValue(maxSize) * 1024 * 1024), result.GetValue(published)),
                result.GetRequiredValue(models), string.Join(' ', result.Tokens.Select(t => t.Value).Prepend("run")), result.GetValue(tolerance)),
            result.GetValue(top), cancellationToken));
        return command;
    }

    /// <summary>Runs the batch; exit 0 when anything succeeded, 1 when nothing did, 2 on bad options or a store failure.</summary>
    public static async Task<int> ExecuteAsync(RunRequest request, int top, CancellationToken cancellationToken)
    {
        if (Validate(request) is { } problem)
        {
            await Console.Error.WriteLineAsync($"claimx run: {problem}").ConfigureAwait(false);
            return 2;
        }

        IClaimStore store;
        IClaimStore? checkStore;
        try
        {
            store = await Composition.OpenStoreAsync(request.Database, cancellationToken).ConfigureAwait(false);
            checkStore = await Composition.OpenCheckStoreAsync(request.Database, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"claimx run: cannot open the store '{StoreLocation.Describe(request.Database)}': {e.Message}").ConfigureAwait(false);
            return 2;
        }

        await using (store.ConfigureAwait(false))
        await using (checkStore)
        {
            var extractor = Composition.CreateExtractor(request.ModelsDirectory);
            var checker = ConsistencyChecker.CreateDefault(ConsistencyOptions.Default with { RelativeTolerance = request.TolerancePercent / 100 });
            var runner = new BatchRunner(extractor, checker, store, TimeProvider.System, checkStore);
            var source = ArticleSources.Create(request.Inputs, request.UrlLists, request.Feeds, request.Sitemaps, request.Sources);
            RunResult result;
            try
            {
                result = await ProgressReporters.WithProgressAsync(progress => runner.RunAsync(source, new BatchOptions(request.Jobs, request.Arguments), progress, cancellationToken))
                    .ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException)
            {
                // Everything committed before the failure stays; a rerun resumes from there.
                await Console.Error.WriteLineAsync($"claimx run: the store '{StoreLocation.Describe(request.Database)}' failed: {e.Message}").ConfigureAwait(false);
                return 2;
            }

            var console = Consoles.Stdout();
            RunReport.Write(console, result, StoreLocation.Describe(request.Database));
            if (!result.Summary.Cancelled && top > 0)
            {
                // contradictions first; updates (a later report revising a figure) are not conflicts and come apart
                var updates = await ReadAsync(store, new ContradictionQuery(Kind: ContradictionKind.Update), CancellationToken.None).ConfigureAwait(false);
                var conflicts = await ReadAsync(store, new ContradictionQuery(Limit: top, ExcludeKind: ContradictionKind.Update), CancellationToken.None).ConfigureAwait(false);
                console.WriteLine();
                ContradictionReport.Write(console, conflicts, result.Summary.ContradictionsTotal - updates.Count);
                if (updates.Count > 0)
                {
                    console.WriteLine();
                    ContradictionReport.Write(console, [.. updates.Take(top)], updates.Count, ContradictionReport.UpdatesTitle);
                }
            }

            return result.ExitCode;
        }
    }

    private static string? Validate(RunRequest request)
    {
        if (request.Jobs < 1)
        {
            return "--jobs must be at least 1";
        }

        if (request.TolerancePercent is < 0 or > 100 || double.IsNaN(request.TolerancePercent))
        {
            return "--tolerance must be a percentage from 0 to 100";
        }

        int lists = request.UrlLists.Count + request.Feeds.Count + request.Sitemaps.Count;
        if (request.Inputs.Count == 0 && lists == 0)
        {
            return "nothing to read: give files, folders or URLs, or --urls FILE, --feed URL, --sitemap URL";
        }

        if (request.Sources.PublishedOverride is not null &&
            (request.Inputs.Count != 1 || lists > 0 || Directory.Exists(request.Inputs[0])))
        {
            return "--published needs a single input file; use a sidecar (NAME.meta.json) or a manifest.csv for folders";
        }

        try
        {
            request.Sources.Validate();
        }
        catch (ArgumentException e)
        {
            return Errors.UserMessage(e);
        }

        return Directory.Exists(request.ModelsDirectory) ? null : $"models folder '{request.ModelsDirectory}' not found (--models)";
    }

    private static async Task<IReadOnlyList<ContradictionRecord>> ReadAsync(IClaimStore store, ContradictionQuery query, CancellationToken cancellationToken)
    {
        var shown = new List<ContradictionRecord>();
        await foreach (var record in store.ReadContradictionsAsync(query, cancellationToken).ConfigureAwait(false))
        {
            shown.Add(record);
        }

        return shown;
    }
}
