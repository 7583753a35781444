using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

public sealed class NlpModelsTests
{
    [Fact]
    public void The_models_folder_loads_with_about_two_hundred_countries_and_the_states_and_provinces_news_names()
    {
        var models = NlpModels.Load(RepositoryPaths.Models);

        int countries = models.Entities.Phrases.Values.Where(e => e.Entity.Type == Core.Entities.EntityType.Gpe).Select(e => e.Entity.Name).Distinct().Count();
        // about 200 countries, 50 US states, and Canada's and Australia's larger provinces and states
        Assert.InRange(countries, 250, 320);
        Assert.Contains("countries@1.1.0", models.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_alias_millions_of_characters_long_is_never_matched_and_the_short_ones_still_are()
    {
        using var dir = new TempDir();
        dir.CopyFrom(RepositoryPaths.Models);
        // keys of that length on the stack would overflow it (10 MB)
        string longAlias = "Grand" + new string('x', 5_000_000);
        File.AppendAllText(Path.Combine(dir.Path, "entities", "aliases.tsv"), $"{longAlias}\tNorth Korea\tGPE\nHermit Realm\tNorth Korea\tGPE\n");
        var pipeline = new NlpPipelineBuilder().UseDefaults(NlpModels.Load(dir.Path)).Build();

        var document = pipeline.Run("Grand officials said the Hermit Realm stole $1.3 billion.", new DateOnly(2024, 12, 19), CancellationToken.None);

        Assert.Contains(document.Mentions, m => m.Entity.Name == "North Korea" && m.Span.In(document.Text).ToString() == "Hermit Realm");
    }

    [Fact]
    public void A_lexicon_without_its_manifest_is_refused()
    {
        using var dir = new TempDir();
        dir.CopyFrom(RepositoryPaths.Models);
        File.Delete(Path.Combine(dir.Path, "metrics", "metrics.manifest.json"));

        var error = Assert.Throws<FileNotFoundException>(() => NlpModels.Load(dir.Path));

        Assert.Contains("manifest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_line_with_an_unreadable_rule_is_refused_naming_the_file_and_the_line()
    {
        using var dir = new TempDir();
        dir.CopyFrom(RepositoryPaths.Models);
        File.AppendAllText(Path.Combine(dir.Path, "periods", "holidays.tsv"), "founders day\t5 Xyz 13\n");

        var error = Assert.Throws<InvalidDataException>(() => NlpModels.Load(dir.Path));

        Assert.Contains("holidays.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("founders day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statistics_office_speaking_for_an_unknown_country_is_refused_naming_the_file_and_the_office()
    {
        using var dir = new TempDir();
        dir.CopyFrom(RepositoryPaths.Models);
        File.AppendAllText(Path.Combine(dir.Path, "entities", "organizations.tsv"), "Statistics Atlantis\tORG\t\tAtlantis\n");

        var error = Assert.Throws<InvalidDataException>(() => NlpModels.Load(dir.Path));

        Assert.Contains("organizations.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("Statistics Atlantis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_add_a_holiday_without_code()
    {
        using var dir = new TempDir();
        dir.CopyFrom(RepositoryPaths.Models);
        File.AppendAllText(Path.Combine(dir.Path, "periods", "holidays.tsv"), "founders day\t2 Mon 10\n");
        var pipeline = new NlpPipelineBuilder().UseDefaults(NlpModels.Load(dir.Path)).Build();

        var document = pipeline.Run("Shops closed on Founders Day.", new DateOnly(2024, 12, 19), CancellationToken.None);

        Assert.Equal("2024-10-14", Assert.Single(document.Periods).Period?.Label);
    }

    [Fact]
    public void Users_extend_the_alias_table_without_code()
    {
        using var dir = new TempDir();
        dir.CopyFrom(RepositoryPaths.Models);
        File.AppendAllText(Path.Combine(dir.Path, "entities", "aliases.tsv"), "Bluenoroff\tLazarus Group\tORG\n");
        var pipeline = new NlpPipelineBuilder().UseDefaults(NlpModels.Load(dir.Path)).Build();

        var document = pipeline.Run("Bluenoroff stole $40 million in March.", new DateOnly(2024, 12, 19), CancellationToken.None);

        var claim = Assert.Single(document.Claims, c => c.Quote == "$40 million");
        Assert.Equal("Lazarus Group", claim.Subject?.Name);
    }

    [Fact]
    public void Users_add_a_one_letter_currency_without_code()
    {
        using var dir = new TempDir();
        dir.CopyFrom(RepositoryPaths.Models);
        const string Text = "Ghana's cocoa board borrowed G2.5bn from Accra banks.";
        var before = Quantities(NlpModels.Load(dir.Path), Text);
        File.AppendAllText(Path.Combine(dir.Path, "quantities", "letter-currencies.tsv"), "G\tGHS\tGhana | Accra | cedi\n");

        var after = Quantities(NlpModels.Load(dir.Path), Text);

        Assert.DoesNotContain(before, q => q.Unit.Code == "GHS");
        var amount = Assert.Single(after, q => q.Unit.Code == "GHS");
        Assert.Equal(2_500_000_000m, amount.Value);
    }

    [Fact]
    public void Users_add_a_name_with_a_number_in_it_without_code()
    {
        using var dir = new TempDir();
        dir.CopyFrom(RepositoryPaths.Models);
        const string Text = "Tickets for the Gang of 4 reunion sold out in 30 cities.";
        var before = Quantities(NlpModels.Load(dir.Path), Text);
        File.AppendAllText(Path.Combine(dir.Path, "quantities", "numbered-names.tsv"), "Gang of 4\n");

        var after = Quantities(NlpModels.Load(dir.Path), Text);

        Assert.Contains(before, q => q.Value == 4);
        Assert.Equal(30m, Assert.Single(after).Value);
    }

    [Fact]
    public void A_one_letter_currency_that_is_not_one_capital_letter_is_refused_naming_the_file()
    {
        using var dir = new TempDir();
        dir.CopyFrom(RepositoryPaths.Models);
        File.AppendAllText(Path.Combine(dir.Path, "quantities", "letter-currencies.tsv"), "Sh\tKES\tKenya\n");

        var error = Assert.Throws<InvalidDataException>(() => NlpModels.Load(dir.Path));

        Assert.Contains("letter-currencies.tsv", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UK", "United Kingdom")]
    [InlineData("the U.S.", "United States")]
    [InlineData("DPRK", "North Korea")]
    [InlineData("London", "London")]
    [InlineData("Downing Street", null)]
    [InlineData("Halden Building Society", null)]
    public void A_name_or_alias_resolves_to_its_lexicon_entity_a_capital_to_its_city_and_a_seat_to_none(string name, string? entity)
    {
        Assert.Equal(entity, Shared.Models.Resolve(name)?.Name);
    }

    private static List<Core.Quantities.Quantity> Quantities(NlpModels models, string text) =>
        new NlpPipelineBuilder().UseDefaults(models).Build().Run(text, new DateOnly(2024, 12, 19), CancellationToken.None)
            .Quantities.Select(q => q.Quantity).ToList();
}
