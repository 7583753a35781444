namespace ClaimExtractor.Core.Consistency;

/// <summary>Contract names of <see cref="ContradictionKind"/>.</summary>
public static class ContradictionKindNames
{
    /// <summary>value_mismatch, arithmetic, self or update.</summary>
    public static string ToName(this ContradictionKind kind) => kind switch
    {
        ContradictionKind.ValueMismatch => "value_mismatch",
        ContradictionKind.Arithmetic => "arithmetic",
        ContradictionKind.Self => "self",
        ContradictionKind.Update => "update",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads a contract name back.</summary>
    public static ContradictionKind Parse(string name) => name switch
    {
        "value_mismatch" => ContradictionKind.ValueMismatch,
        "arithmetic" => ContradictionKind.Arithmetic,
        "self" => ContradictionKind.Self,
        "update" => ContradictionKind.Update,
        _ => throw new FormatException($"unknown contradiction kind '{name}'"),
    };
}
