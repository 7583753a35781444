namespace ClaimExtractor.Nlp.Claims;

/// <summary>A metric term found near a quantity: its concept, the use it matched for, and its tokens.</summary>
internal readonly record struct MetricMatch(string Concept, Models.MetricUse Use, int First, int End);
