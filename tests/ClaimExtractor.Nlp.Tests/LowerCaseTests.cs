using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>The quick lower case the feature hashes and phrase keys use gives what <see cref="char.ToLowerInvariant"/> gives.</summary>
public sealed class LowerCaseTests
{
    [Fact]
    public void Every_utf16_code_unit_lowers_as_the_invariant_culture_lowers_it()
    {
        var differ = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => Lower.Of(c) != char.ToLowerInvariant(c)).ToList();

        Assert.True(differ.Count == 0, "differs for: " + string.Join(' ', differ.Take(20).Select(c => $"U+{(int)c:X4}")));
    }
}
