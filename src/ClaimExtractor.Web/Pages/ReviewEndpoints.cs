using System.Globalization;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;

namespace ClaimExtractor.Web.Pages;

/// <summary>The review pages and the decision POST: read the store, render a page class, nothing else.</summary>
public static class ReviewEndpoints
{
    /// <summary>
    /// Maps <c>/</c>, <c>/queue/at</c>, <c>/contradictions/{id}</c>, its <c>decide</c> POST, <c>/documents/{id}</c>
    /// and <c>/reviewer</c>.
    /// </summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", QueueAsync);
        app.MapGet("/queue/at", AtAsync);
        app.MapGet("/contradictions/{id:long}", DetailAsync);
        app.MapPost("/contradictions/{id:long}/decide", DecideAsync).DisableAntiforgery(); // validated explicitly below
        app.MapGet("/documents/{id:long}", DocumentAsync);
        ReviewerPage.Map(app);
    }

    private static async Task<IResult> QueueAsync(HttpContext context, ReviewStores stores, CancellationToken cancellationToken)
    {
        var (filter, error) = QueueFilter.Parse(context.Request.Query);
        if (filter is null)
        {
            return Results.BadRequest(error);
        }

        filter = filter.ForReview();
        await using var store = await stores.OpenReaderAsync(cancellationToken);
        var (counts, total, page) = await store.ReadQueueAsync(filter, cancellationToken);
        var updates = filter.Kind == ContradictionKind.Update;
        var otherTab = new ContradictionQuery(Status: ContradictionStatus.Open, Kind: updates ? null : ContradictionKind.Update).ForReview();
        var otherOpen = await store.CountContradictionsAsync(otherTab, cancellationToken);
        var tabs = new QueueTabs(updates, updates ? otherOpen : counts[ContradictionStatus.Open], updates ? counts[ContradictionStatus.Open] : otherOpen);
        return Page(context, updates ? "Updates" : "Queue", QueuePage.Render(filter, tabs, counts, page, total));
    }

    // The flag at a position of the filtered queue (j/k/space); `skip` names a flag to step over when a decision has
    // just moved the queue under it.
    private static async Task<IResult> AtAsync(HttpContext context, ReviewStores stores, int pos, long? skip, long? decided, CancellationToken cancellationToken)
    {
        var (filter, error) = QueueFilter.Parse(context.Request.Query);
        if (filter is null)
        {
            return Results.BadRequest(error);
        }

        var back = QueueFilter.ToQuery(filter);
        filter = filter.ForReview();
        await using var store = await stores.OpenReaderAsync(cancellationToken);
        var position = Math.Max(0, pos);
        var candidates = await store.ReadContradictionPageAsync(filter with { Offset = position, Limit = 2 }, cancellationToken);
        var index = candidates.Count > 0 && candidates[0].Id == skip ? 1 : 0;
        if (index >= candidates.Count)
        {
            return Results.Redirect("/?" + back);
        }

        // Stepping over the skipped flag means the next one stands one place later in the queue.
        var url = $"/contradictions/{candidates[index].Id.ToString(CultureInfo.InvariantCulture)}?pos={(position + index).ToString(CultureInfo.InvariantCulture)}"
            + (decided is { } d ? "&decided=" + d.ToString(CultureInfo.InvariantCulture) : "")
            + (back.Length > 0 ? "&" + back : "");
        return Results.Redirect(url);
    }

    private static async Task<IResult> DetailAsync(
        HttpContext context, long id, int? pos, long? decided, ReviewStores stores, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var (filter, error) = QueueFilter.Parse(context.Request.Query);
        if (filter is null)
        {
            return Results.BadRequest(error);
        }

        await using var store = await stores.OpenReaderAsync(cancellationToken);
        if (await store.ReadContradictionAsync(id, cancellationToken) is not { } record)
        {
            return Results.NotFound($"no contradiction has id {id}");
        }

        var textA = (await store.ReadDocumentAsync(record.A.Document.Id, cancellationToken))?.Text ?? "";
        var textB = (await store.ReadDocumentAsync(record.B.Document.Id, cancellationToken))?.Text ?? "";
        var trail = await store.ReadDecisionsAsync(id, cancellationToken);
        var tokens = antiforgery.GetAndStoreTokens(context);
        var model = new DetailModel(
            record, textA, textB, trail, tokens.RequestToken, QueueFilter.ToQuery(filter), Math.Max(0, pos ?? 0),
            ReviewerIdentity.Of(context), decided, context.Request.Path + context.Request.QueryString);
        return Page(context, $"#{id}", DetailPage.Render(model), DetailPage.Script);
    }

    private static async Task<IResult> DecideAsync(
        HttpContext context, long id, ReviewStores stores, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest("the form is missing its antiforgery token or it is stale: reload the page");
        }

        if (ReviewerIdentity.Of(context) is not { } reviewer)
        {
            return Results.BadRequest("choose a reviewer name first (/reviewer): every decision records who made it");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var action = form["action"].ToString();
        var reason = form["reason"].ToString();
        var note = form["note"].ToString().Trim();
        if (note.Length > 2000)
        {
            return Results.BadRequest("the note is longer than 2000 characters");
        }

        await using var store = await stores.OpenWriterAsync(cancellationToken);
        try
        {
            switch (action)
            {
                case "confirm":
                    await store.SetStatusAsync(id, ContradictionStatus.Confirmed, null, NullIfEmpty(note), reviewer, cancellationToken);
                    break;
                case "dismiss" when DismissReasons.IsKnown(reason):
                    await store.SetStatusAsync(id, ContradictionStatus.Dismissed, reason, NullIfEmpty(note), reviewer, cancellationToken);
                    break;
                case "dismiss":
                    return Results.BadRequest("dismissing needs a reason: " + string.Join(", ", DismissReasons.All.Select(r => r.Code)));
                case "reopen":
                    await store.SetStatusAsync(id, ContradictionStatus.Open, null, NullIfEmpty(note), reviewer, cancellationToken);
                    break;
                case "undo":
                    await store.UndoDecisionAsync(id, reviewer, cancellationToken);
                    break;
                default:
                    return Results.BadRequest("action must be confirm, dismiss, reopen or undo");
            }
        }
        catch (KeyNotFoundException e)
        {
            return Results.NotFound(e.Message);
        }

        var back = form["back"].ToString();
        var pos = int.TryParse(form["pos"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        var idText = id.ToString(CultureInfo.InvariantCulture);

        // After undo, stay on the flag; after a decision, go on to the next one in the queue, offering undo there.
        var url = action == "undo"
            ? $"/contradictions/{idText}?pos={pos.ToString(CultureInfo.InvariantCulture)}"
            : $"/queue/at?pos={pos.ToString(CultureInfo.InvariantCulture)}&skip={idText}&decided={idText}";
        return Results.Redirect(url + (back.Length > 0 ? "&" + SafeQuery(back) : ""), permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> DocumentAsync(HttpContext context, long id, long? claim, ReviewStores stores, CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenReaderAsync(cancellationToken);
        if (await store.ReadDocumentAsync(new DocumentId(id), cancellationToken) is not { } document)
        {
            return Results.NotFound($"no document has id {id}");
        }

        var claims = await store.ReadDocumentClaimsAsync(document.Id, cancellationToken);
        return Page(context, document.Metadata.Title ?? document.Source, DocumentPage.Render(document, claims, claim));
    }

    // The back query came through a form: keep it a query string of this site (no scheme, host or fragment).
    private static string SafeQuery(string query) =>
        QueryString.Create(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?" + query)
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))).ToUriComponent().TrimStart('?');

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>A whole page for this request: its nonce, its reviewer in the header.</summary>
    public static IResult Page(HttpContext context, string title, string body, string? script = null) =>
        Results.Content(Html.Page(title, body, SecurityHeaders.NonceOf(context), ReviewerIdentity.Of(context), script), "text/html; charset=utf-8");
}
