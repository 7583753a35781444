using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;

namespace ClaimExtractor.Core.Analysis;

/// <summary>What the NLP stage found in one article: its claims, the entity mentions, and any warnings.</summary>
public sealed record DocumentAnalysis(
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Nothing found.</summary>
    public static DocumentAnalysis Empty { get; } = new([], [], []);
}
