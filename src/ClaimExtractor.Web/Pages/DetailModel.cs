using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Storage.Store;

namespace ClaimExtractor.Web.Pages;

/// <summary>What the detail page shows: the flag, both documents' texts, its trail, and where the queue goes next.</summary>
/// <param name="Record">The flag and both claims.</param>
/// <param name="TextA">The full text of claim A's document.</param>
/// <param name="TextB">The full text of claim B's document.</param>
/// <param name="Trail">Its decisions, oldest first.</param>
/// <param name="AntiforgeryToken">The request token for the decision forms.</param>
/// <param name="Back">The queue's query string (filters), without '?'.</param>
/// <param name="Position">The flag's position in the filtered queue.</param>
/// <param name="Reviewer">The reviewer's name, or null when none was chosen yet (decisions need one).</param>
/// <param name="JustDecided">The flag decided just before this page, offered for undo.</param>
/// <param name="Url">This page's own path and query, where choosing a reviewer name returns to.</param>
public sealed record DetailModel(
    ContradictionRecord Record,
    string TextA,
    string TextB,
    IReadOnlyList<ReviewDecision> Trail,
    string? AntiforgeryToken,
    string Back,
    int Position,
    string? Reviewer,
    long? JustDecided,
    string Url);
