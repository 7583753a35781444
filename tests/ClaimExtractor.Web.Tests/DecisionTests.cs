using System.Net;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Web.Tests.Support;

namespace ClaimExtractor.Web.Tests;

/// <summary>Decisions posted from the detail page: CSRF protection, the store, the audit trail, undo.</summary>
public sealed class DecisionTests : IAsyncLifetime
{
    private ReviewServer _server = null!; // set in InitializeAsync, before any test runs

    public async Task InitializeAsync()
    {
        _server = await ReviewServer.StartAsync();
        await _server.ChooseReviewerAsync("ana");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_decision_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        await _server.Client.GetStringAsync($"/contradictions/{_server.Ids.Severe}"); // the cookie half is set, the form half is missing

        var response = await _server.Client.PostAsync($"/contradictions/{_server.Ids.Severe}/decide", Forms.Decision(null, "confirm"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await TrailAsync(_server.Ids.Severe));
    }

    [Fact]
    public async Task A_decision_with_a_token_from_another_client_is_refused()
    {
        var html = await _server.Client.GetStringAsync($"/contradictions/{_server.Ids.Severe}");
        using var stranger = new HttpClient { BaseAddress = _server.Client.BaseAddress };

        var response = await stranger.PostAsync($"/contradictions/{_server.Ids.Severe}/decide", Forms.Decision(Forms.AntiforgeryToken(html), "confirm"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await TrailAsync(_server.Ids.Severe));
    }

    [Fact]
    public async Task A_confirmation_with_the_token_lands_in_the_store_and_the_audit_trail_and_moves_to_the_next_flag()
    {
        var html = await _server.Client.GetStringAsync($"/contradictions/{_server.Ids.Severe}?pos=0&status=open");

        var response = await _server.Client.PostAsync(
            $"/contradictions/{_server.Ids.Severe}/decide",
            Forms.Decision(Forms.AntiforgeryToken(html), "confirm", note: "checked both sources", back: "status=open"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var next = await _server.Client.GetAsync(response.Headers.Location);
        // the confirmed flag left the open queue, so the next one now stands first; undo is offered for the one decided
        Assert.Equal(
            $"/contradictions/{_server.Ids.Middle}?pos=0&decided={_server.Ids.Severe}&status=open",
            next.Headers.Location!.OriginalString); // Redirect always sets Location
        var decision = Assert.Single(await TrailAsync(_server.Ids.Severe));
        Assert.Equal(
            (ContradictionStatus.Open, ContradictionStatus.Confirmed, (string?)null, (string?)"checked both sources", (string?)"ana"),
            (decision.From, decision.To, decision.Reason, decision.Note, decision.Reviewer));
        await using var store = await _server.OpenStoreAsync();
        Assert.Equal(ContradictionStatus.Confirmed, (await store.ReadContradictionAsync(_server.Ids.Severe, CancellationToken.None))!.Status); // the flag exists
    }

    [Fact]
    public async Task A_dismissal_needs_a_known_reason_code()
    {
        var html = await _server.Client.GetStringAsync($"/contradictions/{_server.Ids.Middle}");
        var token = Forms.AntiforgeryToken(html);

        var without = await _server.Client.PostAsync($"/contradictions/{_server.Ids.Middle}/decide", Forms.Decision(token, "dismiss"));
        var made_up = await _server.Client.PostAsync($"/contradictions/{_server.Ids.Middle}/decide", Forms.Decision(token, "dismiss", reason: "because"));
        var known = await _server.Client.PostAsync($"/contradictions/{_server.Ids.Middle}/decide", Forms.Decision(token, "dismiss", reason: "different_period"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Redirect), (without.StatusCode, made_up.StatusCode, known.StatusCode));
        var decision = Assert.Single(await TrailAsync(_server.Ids.Middle));
        Assert.Equal((ContradictionStatus.Dismissed, "different_period"), (decision.To, decision.Reason));
    }

    [Fact]
    public async Task Undo_restores_the_previous_status_and_keeps_the_trail_append_only()
    {
        var token = Forms.AntiforgeryToken(await _server.Client.GetStringAsync($"/contradictions/{_server.Ids.Mild}"));
        await _server.Client.PostAsync($"/contradictions/{_server.Ids.Mild}/decide", Forms.Decision(token, "confirm"));
        await _server.Client.PostAsync($"/contradictions/{_server.Ids.Mild}/decide", Forms.Decision(token, "dismiss", reason: "rounding"));

        await _server.ChooseReviewerAsync("bo");
        var undo = await _server.Client.PostAsync($"/contradictions/{_server.Ids.Mild}/decide", Forms.Decision(token, "undo"));

        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
        var trail = await TrailAsync(_server.Ids.Mild);
        Assert.Equal(
            [(ContradictionStatus.Open, ContradictionStatus.Confirmed), (ContradictionStatus.Confirmed, ContradictionStatus.Dismissed), (ContradictionStatus.Dismissed, ContradictionStatus.Confirmed)],
            trail.Select(d => (d.From, d.To)));
        Assert.Equal(("undo", "bo"), (trail[^1].Reason, trail[^1].Reviewer));
        var page = await _server.Client.GetStringAsync($"/contradictions/{_server.Ids.Mild}");
        Assert.Contains("id=\"status\">confirmed<", page, StringComparison.Ordinal);
        Assert.Contains("dismissed → confirmed", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_reviewer_name_a_decision_is_refused_and_the_page_asks_for_the_name()
    {
        // Its own cookies: no name chosen yet.
        using var stranger = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = _server.Client.BaseAddress,
        };
        var html = await stranger.GetStringAsync($"/contradictions/{_server.Ids.Mild}");

        var response = await stranger.PostAsync($"/contradictions/{_server.Ids.Mild}/decide", Forms.Decision(Forms.AntiforgeryToken(html), "confirm"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"reviewer-name\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-key=\"a\"", html, StringComparison.Ordinal);
        Assert.Empty(await TrailAsync(_server.Ids.Mild));
    }

    [Fact]
    public async Task The_reviewer_name_is_chosen_once_shown_in_the_header_and_recorded_with_each_decision()
    {
        var chosen = await _server.ChooseReviewerAsync("Ana <Lee>");
        var html = await _server.Client.GetStringAsync($"/contradictions/{_server.Ids.Mild}");

        await _server.Client.PostAsync($"/contradictions/{_server.Ids.Mild}/decide", Forms.Decision(Forms.AntiforgeryToken(html), "confirm"));

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Contains("reviewing as <b id=\"reviewer\">Ana &lt;Lee&gt;</b>", html, StringComparison.Ordinal);
        Assert.Equal("Ana <Lee>", Assert.Single(await TrailAsync(_server.Ids.Mild)).Reviewer);
    }

    [Fact]
    public async Task Choosing_a_reviewer_name_needs_the_antiforgery_token_and_returns_only_to_this_site()
    {
        var token = Forms.AntiforgeryToken(await _server.Client.GetStringAsync("/reviewer"));

        var forged = await _server.Client.PostAsync("/reviewer", new FormUrlEncodedContent([new("name", "mallory")]));
        var offsite = await _server.Client.PostAsync("/reviewer", new FormUrlEncodedContent(
            [new("name", "bo"), new("return", "//evil.example/"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("/", offsite.Headers.Location!.OriginalString); // Redirect always sets Location
    }

    private async Task<IReadOnlyList<Storage.Store.ReviewDecision>> TrailAsync(long id)
    {
        await using var store = await _server.OpenStoreAsync();
        return await store.ReadDecisionsAsync(id, CancellationToken.None);
    }
}
