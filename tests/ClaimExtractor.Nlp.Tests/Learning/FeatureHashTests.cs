using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Learning;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimExtractor.Nlp.Tests.Learning;

// The trained models' weights are found by these hashes: a faster way to compute one must give the same number.
public sealed class FeatureHashTests
{
    [Fact]
    public void A_feature_hashes_its_template_then_its_values_whatever_the_template()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), ArbMap.Default.ArbFor<uint>(), ArbMap.Default.ArbFor<uint>(), (t, a, b) =>
        {
            uint template = FeatureHash.Mix(FeatureHash.Empty, (uint)t);
            return FeatureHash.Feature(t, a) == FeatureHash.Mix(template, a)
                && FeatureHash.Feature(t, a, b) == FeatureHash.Mix(FeatureHash.Mix(template, a), b);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_words_prefix_and_suffix_hashes_are_the_hashes_of_its_prefix_and_suffix_texts()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), word =>
        {
            string text = word.Get;
            var sentence = new SentenceFeatures();
            sentence.Reset(text, [new TextSpan(0, text.Length)]);
            uint Normal(ReadOnlySpan<char> part) => FeatureHash.Text(part, normalize: true);
            return sentence.Hash(0, SentenceFeatures.Word) == Normal(text)
                && sentence.Hash(0, SentenceFeatures.Exact) == FeatureHash.Text(text, normalize: false)
                && Enumerable.Range(1, 3).All(n => sentence.Hash(0, SentenceFeatures.Prefix1 + n - 1) == Normal(text.AsSpan(0, Math.Min(n, text.Length))))
                && Enumerable.Range(1, 4).All(n => sentence.Hash(0, SentenceFeatures.Suffix1 + n - 1) == Normal(text.AsSpan(Math.Max(0, text.Length - n))))
                && sentence.Hash(0, SentenceFeatures.Prefix4) == Normal(text.AsSpan(0, Math.Min(4, text.Length)))
                && sentence.Hash(0, SentenceFeatures.Suffix5) == Normal(text.AsSpan(Math.Max(0, text.Length - 5)));
        }).QuickCheckThrowOnFailure();
    }
}
