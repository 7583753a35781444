using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Names;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests.Learning;

public class NameTaggerTests
{
    private static readonly Lazy<NlpPipeline> Pipeline = new(() =>
        new NlpPipelineBuilder().UseDefaults(Shared.Models).UseTrainedNames(NameTagger.Load(RepositoryPaths.Models, Shared.Models)).Build());

    private static AnalyzedDocument Run(string text) => Pipeline.Value.Run(text, new DateOnly(2024, 12, 19), CancellationToken.None);

    [Fact]
    public void Every_token_gets_a_universal_POS_tag()
    {
        var document = Run("Shares of the company rose 4% on Tuesday. Analysts expect more gains.");

        Assert.Equal(document.Tokens.Count, document.PosTags.Count);
        Assert.Equal(["NOUN", "ADP", "DET", "NOUN", "VERB", "NUM", "SYM", "ADP", "PROPN", "PUNCT"], document.PosTags.Take(10));
    }

    [Theory]
    [InlineData("Production at the plant fell, said Tomasz Wielgosz, who runs it.", "Tomasz Wielgosz", EntityType.Person)]
    [InlineData("Prices rose 3% in Kraków last year.", "Kraków", EntityType.Loc)]
    public void A_name_no_lexicon_knows_gets_the_recognizers_type(string text, string name, EntityType type)
    {
        var document = Run(text);

        Assert.Contains(document.Mentions, m => m.Span.In(document.Text).SequenceEqual(name) && m.Entity.Type == type);
    }

    [Fact]
    public void Lexicon_mentions_keep_their_canonical_entity()
    {
        var plain = Shared.Run("North Korea stole $1.3 billion in 2024, Chainalysis said.");
        var trained = Run("North Korea stole $1.3 billion in 2024, Chainalysis said.");

        Assert.Equal(plain.Mentions.Where(m => m.Entity.Type != EntityType.Other), trained.Mentions.Where(m => m.Entity.Type != EntityType.Other && plain.Mentions.Any(p => p.Span == m.Span)));
    }
}
