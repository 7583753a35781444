using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ClaimExtractor.Ingest.Html;

/// <summary>
/// Finds a saved page's character set the way browsers do, in order: a byte order mark, a <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv</c> declaration in the first bytes, else UTF-8 when the bytes are valid UTF-8, else Windows-1252.
/// </summary>
public static partial class HtmlDecoder
{
    private const int PrescanBytes = 4096;

    /// <summary>The page as text, and the encoding used.</summary>
    public static (string Html, Encoding Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), Encoding.UTF8);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode);
        }

        var encoding = Declared(bytes) ?? (Utf8.IsValid(bytes) ? Encoding.UTF8 : Windows1252);
        return (encoding.GetString(bytes), encoding);
    }

    /// <summary>Windows-1252, which pages labelled ISO-8859-1 or ASCII really use (WHATWG Encoding).</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    /// <summary>The encoding a <c>&lt;meta&gt;</c> tag in the first 4 KB declares, or null.</summary>
    public static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = CharsetDeclaration().Match(head);
        return match.Success ? ForLabel(match.Groups["name"].Value) : null;
    }

    /// <summary>The encoding for a charset label; null for labels not known here.</summary>
    public static Encoding? ForLabel(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            case "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" or "x-cp1252":
                return Windows1252;
            // a page that says UTF-16 but has no byte order mark was saved as something else; the content decides
            case "utf-16" or "utf-16le" or "utf-16be":
                return null;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<name>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();
}
