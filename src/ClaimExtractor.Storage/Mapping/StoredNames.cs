using System.Text;

namespace ClaimExtractor.Storage.Mapping;

/// <summary>
/// Enum values as stable snake_case text (<c>percentage_point</c>, <c>victim</c>) for columns that have no contract
/// name in Core, so the tables read well in SQL and do not depend on enum ordinals.
/// </summary>
internal static class StoredNames
{
    public static string ToName<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsAsciiLetterUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static T Parse<T>(string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value)
        && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"unknown {typeof(T).Name} '{name}' in the store");
}
