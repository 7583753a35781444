using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Storage.Mapping;

/// <summary>
/// Identities that survive reprocessing. A claim is known by its document's source, span, unit and value (not by
/// its row id, which changes when a document is re-extracted); a contradiction by the unordered pair of its claims'
/// fingerprints and its kind, so the same flag found in either order, or after a rebuild, is one row and keeps its
/// review decisions.
/// </summary>
internal static class Fingerprints
{
    public static string Claim(string source, int start, int end, string unit, decimal value) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}#{start}-{end}|{unit}|{DecimalText.ToPlain(value)}");

    public static string Contradiction(string claimA, string claimB, ContradictionKind kind)
    {
        var (first, second) = string.CompareOrdinal(claimA, claimB) <= 0 ? (claimA, claimB) : (claimB, claimA);

        // Lengths prefix each part so no source text can make two different pairs join to the same string.
        var joined = string.Create(CultureInfo.InvariantCulture,
            $"{kind.ToName()}\n{first.Length}:{first}\n{second.Length}:{second}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
