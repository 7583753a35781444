namespace ClaimExtractor.Core.Consistency;

/// <summary>Kinds of flag, exported as <c>value_mismatch</c>, <c>arithmetic</c>, <c>self</c>, <c>update</c>.</summary>
public enum ContradictionKind
{
    /// <summary>Two documents state different values for the same subject, metric and period.</summary>
    ValueMismatch,

    /// <summary>Figures that imply each other disagree (61% of $2.2 billion is not $1.6 billion).</summary>
    Arithmetic,

    /// <summary>One document contradicts itself.</summary>
    Self,

    /// <summary>A later document revises a figure: reported apart from contradictions.</summary>
    Update,
}
