namespace ClaimExtractor.Nlp.Models;

/// <summary>
/// A one-letter currency glued to its amount ("R5bn" in a South African story), from
/// <c>quantities/letter-currencies.tsv</c>: the letter, its currency, and the words a story must name for the letter to
/// be read as that currency.
/// </summary>
public sealed record LetterCurrency(string Letter, UnitEntry Entry, IReadOnlyList<string> Context);
