using System.Globalization;
using ClaimExtractor.Cli.Running;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;

namespace ClaimExtractor.Benchmarks;

/// <summary>
/// A review-sized store: generated claims (<see cref="SyntheticClaims"/>, 10 an article, 50 outlets) and flags
/// between random pairs of them (kinds mixed, a tenth of them updates, one in five already decided). Seeded, and
/// kept in the temp folder between benchmark processes: building it is setup, not what is measured.
/// </summary>
internal static class ReviewStoreGenerator
{
    private static readonly ContradictionKind[] Kinds =
    [
        ContradictionKind.ValueMismatch, ContradictionKind.ValueMismatch, ContradictionKind.ValueMismatch, ContradictionKind.ValueMismatch,
        ContradictionKind.ValueMismatch, ContradictionKind.ValueMismatch, ContradictionKind.Arithmetic, ContradictionKind.Arithmetic,
        ContradictionKind.Self, ContradictionKind.Update,
    ];

    /// <summary>The store file for these sizes, generated on first use.</summary>
    public static string Ensure(int claims, int flags)
    {
        var file = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"claimx-review-bench-{claims}-{flags}-v1.db"));
        if (!File.Exists(file))
        {
            var building = file + ".building";
            File.Delete(building);
            GenerateAsync(building, claims, flags).GetAwaiter().GetResult();
            File.Move(building, file);
        }

        return file;
    }

    private static async Task GenerateAsync(string file, int claims, int flags)
    {
        var cancellationToken = CancellationToken.None;
        await using (var store = await ClaimStore.OpenAsync(file, cancellationToken))
        {
            await store.MigrateAsync(cancellationToken);
            var batch = new List<DocumentToSave>();
            var article = 0;
            await foreach (var item in SyntheticClaims.Source(claims).ReadAsync(cancellationToken))
            {
                var generated = item.Article!; // the synthetic source yields only articles
                var withOutlet = generated with
                {
                    Metadata = generated.Metadata with
                    {
                        Outlet = string.Create(CultureInfo.InvariantCulture, $"Outlet {article % 50}"),
                        Title = string.Create(CultureInfo.InvariantCulture, $"Report {article}"),
                    },
                };
                batch.Add(new DocumentToSave(withOutlet, SyntheticClaims.Extractor.Analyze(withOutlet, cancellationToken), SyntheticClaims.Extractor.Version));
                article++;
                if (batch.Count == 500)
                {
                    await store.SaveDocumentsAsync(batch, cancellationToken);
                    batch.Clear();
                }
            }

            await store.SaveDocumentsAsync(batch, cancellationToken);
            var random = new Random(11);
            var found = new List<Contradiction>();
            for (var i = 0; i < flags; i++)
            {
                var a = new ClaimId(1 + random.Next(claims));
                var b = new ClaimId(1 + random.Next(claims));
                var kind = Kinds[random.Next(Kinds.Length)];
                found.Add(new Contradiction(
                    a, b, kind, Math.Round(random.NextDouble(), 3), Math.Round(0.5 + (random.NextDouble() / 2), 3),
                    string.Create(CultureInfo.InvariantCulture, $"Claim {a.Value} and claim {b.Value} disagree ({kind.ToName()})."),
                    new ClaimKey(string.Create(CultureInfo.InvariantCulture, $"s{random.Next(5_000)}|actor|m{random.Next(40)}.count|{2015 + random.Next(10)}"))));
            }

            foreach (var chunk in found.Chunk(1_000))
            {
                await store.SaveContradictionsAsync(new(1), chunk, cancellationToken);
            }

            for (var id = 1L; id <= flags; id += 5)
            {
                await store.SetStatusAsync(id, id % 2 == 0 ? ContradictionStatus.Confirmed : ContradictionStatus.Dismissed, null, null, "bench", cancellationToken);
            }
        }
    }
}
