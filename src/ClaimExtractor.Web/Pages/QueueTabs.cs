namespace ClaimExtractor.Web.Pages;

/// <summary>The queue's two tabs: contradictions (the default) and updates (later revisions), each with its open count.</summary>
/// <param name="Updates">True when the updates tab is the one shown.</param>
/// <param name="OpenContradictions">Open flags of every kind but <c>update</c>.</param>
/// <param name="OpenUpdates">Open <c>update</c> flags.</param>
public sealed record QueueTabs(bool Updates, int OpenContradictions, int OpenUpdates);
