namespace ClaimExtractor.Core.Documents;

/// <summary>The store's identity of a document.</summary>
public readonly record struct DocumentId(long Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
