using ClaimExtractor.Cli.Review;
using ClaimExtractor.Cli.Tests.Support;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Web.Pages;
using ClaimExtractor.Web.Tests.Support;

namespace ClaimExtractor.Cli.Tests;

/// <summary><c>claimx review</c>'s session, driven by scripted key presses over a real store holding three flags.</summary>
public sealed class TerminalReviewTests : IAsyncLifetime
{
    private static readonly ContradictionQuery OpenQueue = new ContradictionQuery(Status: ContradictionStatus.Open).ForReview();
    private ClaimStore _store = null!; // set in InitializeAsync, before any test runs
    private ReviewData.Ids _ids = null!;

    public async Task InitializeAsync()
    {
        _store = await ClaimStore.OpenAsync(":memory:", CancellationToken.None);
        await _store.MigrateAsync(CancellationToken.None);
        _ids = await ReviewData.FillAsync(_store, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_confirms_the_most_severe_flag_into_the_store_and_the_audit_trail()
    {
        var (console, tally) = await ReviewAsync("aq");

        var decision = Assert.Single(await _store.ReadDecisionsAsync(_ids.Severe, CancellationToken.None));
        Assert.Equal((ContradictionStatus.Open, ContradictionStatus.Confirmed, (string?)null, (string?)"ana"), (decision.From, decision.To, decision.Reason, decision.Reviewer));
        Assert.Equal(ReviewTally.None with { Confirmed = 1 }, tally);
        Assert.Contains($"#{_ids.Severe} value_mismatch", console.Output, StringComparison.Ordinal);
        Assert.Contains("Northland's hackers stole $1.34 billion in 2024", console.Output, StringComparison.Ordinal);
        Assert.Contains("The budget was discussed at length.", console.Output, StringComparison.Ordinal); // context before
    }

    [Fact]
    public async Task X_dismisses_with_the_chosen_reason_code_and_a_note()
    {
        await ReviewAsync("x4same figure, rounded\nq");

        var decision = Assert.Single(await _store.ReadDecisionsAsync(_ids.Severe, CancellationToken.None));
        Assert.Equal((ContradictionStatus.Dismissed, "rounding", "same figure, rounded"), (decision.To, decision.Reason, decision.Note));
    }

    [Fact]
    public async Task Escape_at_the_reason_cancels_the_dismissal()
    {
        var (_, tally) = await ReviewAsync("x\u001bq");

        Assert.Empty(await _store.ReadDecisionsAsync(_ids.Severe, CancellationToken.None));
        Assert.Equal(ReviewTally.None, tally);
    }

    [Fact]
    public async Task Space_skips_a_flag_and_leaves_it_open()
    {
        var (_, tally) = await ReviewAsync(" aq");

        Assert.Empty(await _store.ReadDecisionsAsync(_ids.Severe, CancellationToken.None));
        Assert.Equal(ContradictionStatus.Confirmed, Assert.Single(await _store.ReadDecisionsAsync(_ids.Middle, CancellationToken.None)).To);
        Assert.Equal(ReviewTally.None with { Confirmed = 1, Skipped = 1 }, tally);
    }

    [Fact]
    public async Task U_undoes_the_last_decision_by_appending_one_that_restores_the_status()
    {
        var (_, tally) = await ReviewAsync("auq");

        var trail = await _store.ReadDecisionsAsync(_ids.Severe, CancellationToken.None);
        Assert.Equal([(ContradictionStatus.Open, ContradictionStatus.Confirmed), (ContradictionStatus.Confirmed, ContradictionStatus.Open)], trail.Select(d => (d.From, d.To)));
        Assert.Equal(ContradictionStatus.Open, (await _store.ReadContradictionAsync(_ids.Severe, CancellationToken.None))!.Status); // the flag exists
        Assert.Equal(1, tally.Undone);
    }

    [Fact]
    public async Task J_and_k_move_through_the_queue_without_deciding()
    {
        await ReviewAsync("jjkaq");

        Assert.Equal(ContradictionStatus.Confirmed, Assert.Single(await _store.ReadDecisionsAsync(_ids.Middle, CancellationToken.None)).To);
        Assert.Empty(await _store.ReadDecisionsAsync(_ids.Severe, CancellationToken.None));
        Assert.Empty(await _store.ReadDecisionsAsync(_ids.Mild, CancellationToken.None));
    }

    [Fact]
    public async Task Deciding_every_flag_ends_the_session_with_a_summary()
    {
        var (console, tally) = await ReviewAsync("aax1\n");

        Assert.Equal(ReviewTally.None with { Confirmed = 2, Dismissed = 1 }, tally);
        Assert.Contains("The queue is done.", console.Output, StringComparison.Ordinal);
        Assert.Contains("Reviewed as ana: 2 confirmed, 1 dismissed, 0 reopened, 0 undone, 0 skipped.", console.Output, StringComparison.Ordinal);
        Assert.Equal(0, await _store.CountContradictionsAsync(OpenQueue, CancellationToken.None));
    }

    [Fact]
    public async Task Decisions_made_in_the_terminal_read_back_like_those_made_in_the_browser()
    {
        await ReviewAsync("o" + "q", new ContradictionQuery(Status: null).ForReview());

        var decision = Assert.Single(await _store.ReadDecisionsAsync(_ids.Severe, CancellationToken.None));
        Assert.Equal((ContradictionStatus.Open, ContradictionStatus.Open, "ana"), (decision.From, decision.To, decision.Reviewer));
    }

    [Fact]
    public async Task Article_text_that_looks_like_console_markup_is_printed_as_it_is()
    {
        var (console, _) = await ReviewAsync("q");

        Assert.Contains("<script>alert('owned')</script>", console.Output, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", console.Output, StringComparison.Ordinal);
    }

    private async Task<(ScriptedConsole Console, ReviewTally Tally)> ReviewAsync(string keys, ContradictionQuery? filter = null)
    {
        var console = new ScriptedConsole(keys);
        var tally = await new TerminalReview(console, _store, "ana").RunAsync(filter ?? OpenQueue, CancellationToken.None);
        return (console, tally);
    }
}
