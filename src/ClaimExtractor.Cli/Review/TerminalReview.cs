using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Web.Pages;
using Spectre.Console;

namespace ClaimExtractor.Cli.Review;

/// <summary>
/// <c>claimx review</c>: the review queue in the terminal, one flag at a time, a key per decision. The same store
/// calls as the web UI, so the same decisions land in the same audit table.
/// </summary>
public sealed class TerminalReview(IAnsiConsole console, ClaimStore store, string reviewer)
{
    private readonly Stack<long> _decided = new();

    /// <summary>
    /// Walks the queue <paramref name="filter"/> selects (most severe first) until it is done, the reviewer quits
    /// (<c>q</c>, Escape) or the input ends.
    /// </summary>
    public async Task<ReviewTally> RunAsync(ContradictionQuery filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var tally = ReviewTally.None;
        var position = 0;
        long? justDecided = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (_, total, page) = await store.ReadQueueAsync(filter with { Offset = position, Limit = 1 }, cancellationToken);
            if (page.Count == 0)
            {
                if (position > 0 && total > 0)
                {
                    position = total - 1; // ran off the end after skipping: stay on the last flag
                    continue;
                }

                console.MarkupLine("[green]The queue is done.[/]");
                break;
            }

            var record = page[0];
            if (record.Id == justDecided)
            {
                // the filter still matches the flag just decided (no status filter): go on past it
                position++;
                justDecided = null;
                continue;
            }

            justDecided = null;
            var textA = (await store.ReadDocumentAsync(record.A.Document.Id, cancellationToken))?.Text ?? "";
            var textB = (await store.ReadDocumentAsync(record.B.Document.Id, cancellationToken))?.Text ?? "";
            console.Write(new Rule());
            console.Write(FlagView.Render(record, textA, textB, position, total));
            var key = console.Input.ReadKey(intercept: true);
            if (key is null || key.Value.Key == ConsoleKey.Escape || key.Value.KeyChar is 'q')
            {
                break;
            }

            switch (key.Value.KeyChar)
            {
                case 'a':
                    await DecideAsync(record.Id, ContradictionStatus.Confirmed, null, null, cancellationToken);
                    tally = tally with { Confirmed = tally.Confirmed + 1 };
                    justDecided = record.Id;
                    break;
                case 'x':
                    if (AskReason() is not { } reason)
                    {
                        break; // cancelled: the same flag again
                    }

                    var note = console.Prompt(new TextPrompt<string>("Note (Enter for none):").AllowEmpty()).Trim();
                    await DecideAsync(record.Id, ContradictionStatus.Dismissed, reason, note.Length > 0 ? note : null, cancellationToken);
                    tally = tally with { Dismissed = tally.Dismissed + 1 };
                    justDecided = record.Id;
                    break;
                case 'o':
                    await DecideAsync(record.Id, ContradictionStatus.Open, null, null, cancellationToken);
                    tally = tally with { Reopened = tally.Reopened + 1 };
                    break;
                case 'u':
                    if (_decided.TryPop(out var last) && await store.UndoDecisionAsync(last, reviewer, cancellationToken))
                    {
                        console.MarkupLine($"Undid your last decision, on #{last}.");
                        tally = tally with { Undone = tally.Undone + 1 };
                    }
                    else
                    {
                        console.MarkupLine("Nothing of yours to undo in this session.");
                    }

                    break;
                case ' ':
                    tally = tally with { Skipped = tally.Skipped + 1 };
                    position++;
                    break;
                case 'j':
                    position++;
                    break;
                case 'k':
                    position = Math.Max(0, position - 1);
                    break;
                default:
                    console.MarkupLine(Markup.Escape(FlagView.Keys));
                    break;
            }
        }

        console.MarkupLine(Markup.Escape($"Reviewed as {reviewer}: {tally}."));
        return tally;
    }

    // One key picks the reason (1 to 6, in DismissReasons' order); Escape or the end of input cancels.
    private string? AskReason()
    {
        var choices = string.Join(" · ", DismissReasons.All.Select((r, i) => $"{i + 1} {r.Label}"));
        console.MarkupLine(Markup.Escape($"Dismiss because: {choices} (Esc cancels)"));
        while (console.Input.ReadKey(intercept: true) is { } key && key.Key != ConsoleKey.Escape)
        {
            var index = key.KeyChar - '1';
            if (index >= 0 && index < DismissReasons.All.Count)
            {
                return DismissReasons.All[index].Code;
            }
        }

        return null;
    }

    private async Task DecideAsync(long id, ContradictionStatus status, string? reason, string? note, CancellationToken cancellationToken)
    {
        await store.SetStatusAsync(id, status, reason, note, reviewer, cancellationToken);
        _decided.Push(id);
    }
}
