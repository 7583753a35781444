using ClaimExtractor.Core.Entities;

namespace ClaimExtractor.Nlp.Models;

/// <summary>What a lexicon phrase names.</summary>
/// <param name="Entity">The canonical entity.</param>
/// <param name="Kind">Name (or alias, or capital) versus demonym.</param>
/// <param name="IsAsset">True for assets and indices (their figures are prices: role Topic).</param>
/// <param name="ExactCase">True for acronyms (US, UN): they match only as written, never "us".</param>
/// <param name="IsSeat">True for a capital or seat standing for its government ("Pyongyang", "Downing Street").</param>
/// <param name="City">For a capital, the city itself ("house prices in London"); null for other phrases and for seats
/// that are no city ("the Kremlin").</param>
/// <param name="PoliticalOnly">True for an alias that is also a common word ("Labour", "Democrats"): it names the entity
/// only in a story about politics.</param>
public sealed record EntityEntry(EntityRef Entity, MentionKind Kind, bool IsAsset, bool ExactCase, bool IsSeat = false, EntityRef? City = null, bool PoliticalOnly = false);
