using System.Net;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Web.Tests.Support;

namespace ClaimExtractor.Web.Tests;

/// <summary>The queue and the detail page, through HTTP against the real app.</summary>
public sealed class ReviewPageTests : IAsyncLifetime
{
    private ReviewServer _server = null!; // set in InitializeAsync, before any test runs

    public async Task InitializeAsync() => _server = await ReviewServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_queue_lists_flags_most_severe_first()
    {
        var html = await _server.Client.GetStringAsync("/");

        Assert.Equal([_server.Ids.Severe, _server.Ids.Middle, _server.Ids.Mild], Forms.RowIds(html));
    }

    [Theory]
    [InlineData("kind=arithmetic", "middle")]
    [InlineData("outlet=policy", "middle,mild")]
    [InlineData("from=2025-01-01&to=2025-01-31", "severe,middle")]
    [InlineData("q=think%20tank", "middle,mild")]
    [InlineData("entity=northland&metric=crypto&kind=value_mismatch", "severe,mild")]
    [InlineData("status=confirmed", "")]
    public async Task The_queue_filters_by_kind_outlet_dates_text_entity_metric_and_status(string query, string expected)
    {
        var html = await _server.Client.GetStringAsync("/?" + query);

        Assert.Equal(Named(expected), Forms.RowIds(html));
    }

    [Fact]
    public async Task The_queue_pages_with_offset_and_limit()
    {
        var first = await _server.Client.GetStringAsync("/?limit=2");
        var second = await _server.Client.GetStringAsync("/?limit=2&offset=2");

        Assert.Equal([_server.Ids.Severe, _server.Ids.Middle], Forms.RowIds(first));
        Assert.Equal([_server.Ids.Mild], Forms.RowIds(second));
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_counts_flags_by_status()
    {
        await using (var store = await _server.OpenStoreAsync())
        {
            await store.SetStatusAsync(_server.Ids.Mild, Core.Consistency.ContradictionStatus.Dismissed, "rounding", null, "ana", CancellationToken.None);
        }

        var html = await _server.Client.GetStringAsync("/");

        Assert.Contains("data-count=\"open\">2<", html, StringComparison.Ordinal);
        Assert.Contains("data-count=\"dismissed\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-count=\"confirmed\">0<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_shows_both_sentences_with_the_numbers_marked_their_context_titles_and_key()
    {
        var html = await _server.Client.GetStringAsync($"/contradictions/{_server.Ids.Mild}");

        Assert.Contains("Northland&#39;s hackers stole <mark>$1.34 billion</mark> in 2024, Chainwatch said.", html, StringComparison.Ordinal);
        Assert.Contains("Northland stole <mark>$900 million</mark> in 2024, a think tank wrote.", html, StringComparison.Ordinal);

        // two sentences of context either side, no more
        Assert.Contains("Officials met on Monday. The budget was discussed at length. </span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ctx\"> The agency declined to comment. Markets were calm.</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing else happened", html, StringComparison.Ordinal);
        Assert.Contains("Hackers&#39; record year", html, StringComparison.Ordinal);
        Assert.Contains("Policy Review", html, StringComparison.Ordinal);
        Assert.Contains("2024-12-19", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/documents/{_server.Ids.Alpha.Value}?claim=", html, StringComparison.Ordinal);
        Assert.Contains("northland|actor|crypto_theft_value|2024", html, StringComparison.Ordinal);
        Assert.Contains("Alpha says $1.34 billion, Gamma says $900 million.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_shows_the_keyboard_shortcuts_and_runs_only_its_own_script()
    {
        await _server.ChooseReviewerAsync("ana"); // the decision buttons appear once a reviewer is named
        var response = await _server.Client.GetAsync($"/contradictions/{_server.Ids.Severe}");
        var html = await response.Content.ReadAsStringAsync();

        foreach (var key in new[] { "data-key=\"a\"", "data-key=\"j\"", "data-key=\"space\"", "data-key=\"u\"", "<kbd>x</kbd>", "<kbd>?</kbd>", "<kbd>k</kbd>" })
        {
            Assert.Contains(key, html, StringComparison.Ordinal);
        }

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = policy.Split("'nonce-")[1].Split('\'')[0];
        Assert.Equal(1, html.Split("<script").Length - 1);
        Assert.Contains($"<script nonce=\"{nonce}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_carrying_script_and_onerror_renders_inert()
    {
        var detail = await _server.Client.GetStringAsync($"/contradictions/{_server.Ids.Severe}");
        var document = await _server.Client.GetStringAsync($"/documents/{_server.Ids.Beta.Value}");
        var queue = await _server.Client.GetStringAsync("/");

        foreach (var html in new[] { detail, document, queue })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;", document, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", detail, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", detail, StringComparison.Ordinal);
        Assert.Contains("Tech &lt;b&gt;Blog&lt;/b&gt;", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_view_marks_every_claim_and_the_one_the_reviewer_came_from()
    {
        await using (var store = await _server.OpenStoreAsync())
        {
            var claim = (await store.ReadDocumentClaimsAsync(_server.Ids.Alpha, CancellationToken.None))[0];

            var html = await _server.Client.GetStringAsync($"/documents/{_server.Ids.Alpha.Value}?claim={claim.Id.Value}");

            Assert.Contains("<mark class=\"other\" id=\"focus\"", html, StringComparison.Ordinal);
            Assert.Contains(">$1.34 billion</mark>", html, StringComparison.Ordinal);
            Assert.Contains("Nothing else happened.", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/contradictions/999999", HttpStatusCode.NotFound)]
    [InlineData("/documents/999999", HttpStatusCode.NotFound)]
    [InlineData("/?status=maybe", HttpStatusCode.BadRequest)]
    [InlineData("/?from=yesterday", HttpStatusCode.BadRequest)]
    public async Task Unknown_ids_and_bad_filters_are_answered_with_an_error(string path, HttpStatusCode expected)
    {
        var response = await _server.Client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Next_walks_the_filtered_queue_in_order()
    {
        var response = await _server.Client.GetAsync("/queue/at?pos=1&outlet=policy");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/contradictions/{_server.Ids.Mild}?pos=1", response.Headers.Location!.OriginalString, StringComparison.Ordinal); // Redirect always sets Location
    }

    [Fact]
    public async Task Update_flags_stay_out_of_the_contradiction_queue_and_have_their_own_tab()
    {
        long update;
        await using (var store = await _server.OpenStoreAsync())
        {
            var a = (await store.ReadDocumentClaimsAsync(_server.Ids.Alpha, CancellationToken.None))[0];
            var g = (await store.ReadDocumentClaimsAsync(_server.Ids.Gamma, CancellationToken.None))[0];
            await store.SaveContradictionsAsync(_server.Ids.Gamma, [new(a.Id, g.Id, ContradictionKind.Update, 0.99, 0.9, "Gamma revises Alpha's figure.", a.Claim.Key)], CancellationToken.None);
            update = (await store.ReadContradictionPageAsync(new ContradictionQuery(Kind: ContradictionKind.Update), CancellationToken.None))[0].Id;
        }

        var queue = await _server.Client.GetStringAsync("/");
        var updates = await _server.Client.GetStringAsync("/?kind=update");
        var next = await _server.Client.GetAsync("/queue/at?pos=0");

        Assert.Equal([_server.Ids.Severe, _server.Ids.Middle, _server.Ids.Mild], Forms.RowIds(queue));
        Assert.Contains(">Updates (1 open)<", queue, StringComparison.Ordinal);
        Assert.Equal([update], Forms.RowIds(updates));
        Assert.Contains(">Contradictions (3 open)<", updates, StringComparison.Ordinal);
        Assert.StartsWith($"/contradictions/{_server.Ids.Severe}?", next.Headers.Location!.OriginalString, StringComparison.Ordinal); // Redirect always sets Location
    }

    private List<long> Named(string names) =>
        [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => n switch
        {
            "severe" => _server.Ids.Severe,
            "middle" => _server.Ids.Middle,
            "mild" => _server.Ids.Mild,
            _ => throw new ArgumentException(n, nameof(names)),
        })];
}
