using ClaimExtractor.Core.Claims;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Storage.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimExtractor.Storage.Tests;

/// <summary>What the store saves, it reads back equal, and equal to what the save returned.</summary>
public sealed class StoreRoundTripProperties
{
    [Fact]
    public void Any_claims_on_any_text_read_back_equal()
    {
        var property = Prop.ForAll(ClaimGen.Document.ToArbitrary(), document => RoundTrips(document.Text, document.Claims));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }

    // FsCheck properties are synchronous; the store is async. Each case gets a fresh in-memory store.
    private static bool RoundTrips(string text, Claim[] claims) =>
        Task.Run(async () =>
        {
            var none = CancellationToken.None;
            await using var store = await ClaimStore.OpenAsync(":memory:", none);
            await store.MigrateAsync(none);
            var article = Fixtures.Article("gen/doc.txt", text);
            var saved = await store.SaveDocumentsAsync([Fixtures.Save(article, claims)], none);
            var stored = await store.ReadDocumentClaimsAsync(saved.Documents[0], none);
            return stored.SequenceEqual(saved.Claims)
                && stored.OrderBy(s => s.Id.Value).Select(s => s.Claim).SequenceEqual(claims)
                && stored.All(s => string.Equals(s.SentenceText, text[s.Claim.Sentence.Start..s.Claim.Sentence.End], StringComparison.Ordinal));
        }).GetAwaiter().GetResult();
}
