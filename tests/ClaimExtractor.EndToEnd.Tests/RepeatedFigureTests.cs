namespace ClaimExtractor.EndToEnd.Tests;

// A figure repeated by many documents (syndicated copies, outlets quoting one report) is one figure: it corroborates,
// it does not multiply the flags.
public sealed class RepeatedFigureTests
{
    private const string Ft = "02-seed003-financial-times.txt";
    private const string Early = "01-seed000-unknown-outlet.txt";

    [Fact]
    public async Task Syndicated_copies_add_no_flags()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        await Pipeline.RunAsync(temp.File("seeds.db"), [articles]);
        File.Copy(Path.Combine(articles, Ft), Path.Combine(articles, "03-ft-syndicated.txt"));
        File.Copy(Path.Combine(articles, Ft.Replace(".txt", ".meta.json", StringComparison.Ordinal)), Path.Combine(articles, "03-ft-syndicated.meta.json"));
        File.Copy(Path.Combine(articles, Early), Path.Combine(articles, "04-early-copy.txt"));
        File.Copy(Path.Combine(articles, Early.Replace(".txt", ".meta.json", StringComparison.Ordinal)), Path.Combine(articles, "04-early-copy.meta.json"));

        await Pipeline.RunAsync(temp.File("copies.db"), [articles]);

        var seeds = await Pipeline.ReadAsync(temp.File("seeds.db"));
        var copies = await Pipeline.ReadAsync(temp.File("copies.db"));
        Assert.Equal(4, copies.Documents);
        Assert.Equal(seeds.Contradictions.Count, copies.Contradictions.Count);
    }

    [Fact]
    public async Task A_flag_survives_when_one_of_two_documents_stating_its_figure_changes()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        File.Copy(Path.Combine(articles, Ft), Path.Combine(articles, "03-ft-syndicated.txt"));
        File.Copy(Path.Combine(articles, Ft.Replace(".txt", ".meta.json", StringComparison.Ordinal)), Path.Combine(articles, "03-ft-syndicated.meta.json"));
        string db = temp.File("claims.db");
        await Pipeline.RunAsync(db, [articles]);
        var before = await Pipeline.ReadAsync(db);

        // The original FT text (the first to state $1.34 billion) stops stating it; the syndicated copy still does.
        string ft = Path.Combine(articles, Ft);
        File.WriteAllText(ft, File.ReadAllText(ft).Replace("$1.34 billion", "a record sum", StringComparison.Ordinal));
        await Pipeline.RunAsync(db, [articles]);
        var after = await Pipeline.ReadAsync(db);

        Assert.Equal(before.Contradictions.Count, after.Contradictions.Count);
        Assert.Contains(after.Contradictions, c => c.A.Claim.Quote == "$1.34 billion" || c.B.Claim.Quote == "$1.34 billion");
    }
}
