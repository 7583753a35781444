using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Storage.Mapping;

/// <summary>
/// Identities that survive reprocessing. A contradiction is known by the unordered pair of its claims' figures
/// (<see cref="Core.Claims.Claim.Figure"/>) and its kind, not by row ids, which change when a document is
/// re-extracted: the same conflict found in either order, after a rebuild, or stated again by another document is
/// one row and keeps its review decisions. A document stating a figure twice (headline and body) has a second
/// claim of it, an echo: echoes are numbered in text order within their document, so syndicated copies still
/// add no rows.
/// </summary>
internal static class Fingerprints
{
    public static string Contradiction(string figureA, string figureB, ContradictionKind kind, int echoA = 0, int echoB = 0)
    {
        var (first, second, i, j) = string.CompareOrdinal(figureA, figureB) <= 0 ? (figureA, figureB, echoA, echoB) : (figureB, figureA, echoB, echoA);

        // Lengths prefix each part so no source text can make two different pairs join to the same string; the first
        // claims of both figures keep the fingerprint flags had before echoes were stored.
        var joined = string.Create(CultureInfo.InvariantCulture,
            $"{kind.ToName()}\n{first.Length}:{first}\n{second.Length}:{second}{(i == 0 && j == 0 ? "" : $"\n{i}.{j}")}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
