using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Nlp.Claims;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Defaults_run_tokenizer_entities_coreference_quantities_periods_and_claims_in_order()
    {
        var pipeline = new NlpPipelineBuilder().UseDefaults(Shared.Models).Build();

        Assert.Equal(["tokenizer", "entities", "coreference", "quantities", "periods", "claims"], pipeline.Processes.Select(p => p.Name));
        Assert.IsAssignableFrom<IClaimExtractor>(pipeline);
        Assert.Contains("models", pipeline.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void InsertBefore_places_a_process_before_the_first_of_a_type()
    {
        var marker = new Marker();

        var pipeline = new NlpPipelineBuilder().UseDefaults(Shared.Models).InsertBefore<ClaimAssembler>(marker).Build();

        Assert.Equal(["tokenizer", "entities", "coreference", "quantities", "periods", "marker", "claims"], pipeline.Processes.Select(p => p.Name));
    }

    [Fact]
    public void InsertBefore_a_missing_type_says_so()
    {
        var builder = new NlpPipelineBuilder().Use(new Marker());

        Assert.Throws<InvalidOperationException>(() => builder.InsertBefore<QuantityScanner>(new Marker()));
    }

    [Fact]
    public void Changing_the_builder_after_Build_leaves_the_pipeline_as_built()
    {
        var builder = new NlpPipelineBuilder().UseDefaults(Shared.Models);
        var pipeline = builder.Build();

        builder.Use(new Marker());

        Assert.Equal(6, pipeline.Processes.Count);
    }

    [Fact]
    public void A_custom_process_sees_the_layers_before_it_and_can_add_warnings()
    {
        var marker = new Marker();
        var pipeline = new NlpPipelineBuilder().UseDefaults(Shared.Models).Use(marker).Build();

        var analysis = pipeline.Analyze(new Article { Source = "t", Text = "Hackers stole $5 million.", ContentHash = "", Metadata = ArticleMetadata.Empty }, CancellationToken.None);

        Assert.Contains("marker saw 1 claims", analysis.Warnings);
        Assert.Contains(analysis.Warnings, w => w.StartsWith("No publication date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ru", 0)]
    [InlineData("pt-BR", 0)]
    [InlineData("en-GB", 1)]
    [InlineData("EN", 1)]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    public void Only_text_in_English_or_in_no_named_language_gives_claims(string? language, int claims)
    {
        var article = new Article { Source = "t", Text = "Hackers stole $5 million.", ContentHash = "", Metadata = new ArticleMetadata { Language = language } };

        var analysis = Shared.Pipeline.Analyze(article, CancellationToken.None);

        Assert.Equal(claims, analysis.Claims.Count);
        Assert.Equal(claims == 0, analysis.Warnings.Any(w => w.Contains("English text only", StringComparison.Ordinal)));
    }

    private sealed class Marker : IDocumentProcess
    {
        public string Name => "marker";

        public IReadOnlyList<string> Produces { get; } = ["warning"];

        public void Process(AnalyzedDocument document, CancellationToken cancellationToken) =>
            document.AddWarning($"marker saw {document.Claims.Count} claims");
    }
}
