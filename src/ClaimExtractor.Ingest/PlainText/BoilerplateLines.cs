using System.Text;
using System.Text.RegularExpressions;
using ClaimExtractor.Ingest.Html;

namespace ClaimExtractor.Ingest.PlainText;

/// <summary>
/// Finds the page furniture that copy-paste and scrapers leave in plain text and Markdown (newsletter promos,
/// "Recommended", "Share this", subscription nags, advertisement markers) and blanks it: each such line becomes spaces
/// of the same length, so every other character keeps its offset and no claim can come from a promo.
/// Only whole, short lines that read as furniture go; a news sentence about a newsletter stays.
/// </summary>
public static partial class BoilerplateLines
{
    private const int MaxWords = 40;

    /// <summary><paramref name="text"/> with its boilerplate lines blanked, and how many lines that was.</summary>
    public static (string Text, int Dropped) Blank(string text)
    {
        StringBuilder? blanked = null;
        int dropped = 0, start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (IsBoilerplate(text.AsSpan(start, end - start)))
            {
                blanked ??= new StringBuilder(text);
                for (var i = start; i < end; i++)
                {
                    blanked[i] = text[i] == '\r' ? '\r' : ' ';
                }

                dropped++;
            }

            start = end + 1;
        }

        return (blanked?.ToString() ?? text, dropped);
    }

    /// <summary>Whether one line (without its line break) is furniture rather than article.</summary>
    public static bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        var plain = Plain(line);
        if (plain.Length == 0 || Whitespace.CountWords(plain) > MaxWords)
        {
            return false;
        }

        return Label().IsMatch(plain) || Lead().IsMatch(plain) || Nag().IsMatch(plain) || Credit().IsMatch(plain);
    }

    // Markdown decoration off: headings, quotes, bullets, emphasis, links ("[Share this](https://...)" is "Share this").
    private static string Plain(ReadOnlySpan<char> line)
    {
        var text = MarkdownLink().Replace(line.ToString(), "$1");
        return text.Trim().TrimStart('#', '>', '*', '-', '_', '|', ' ', '\t').Trim('*', '_', ' ', '\t', '\r', '|').Trim();
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    // A line that is only a label: "Recommended", "Share this article", "Advertisement", "Story continues below advertisement".
    [GeneratedRegex(
        @"^(recommended( for you| stories| articles| reading| videos?)?|related( articles| stories| content| coverage| links| topics)?|read more( stories)?|read next|more (stories|on this story|to read)|see also|most (read|popular|viewed)|trending( now)?|top stories|advertisement|advert|sponsored( content)?|skip (advertisement|ad)|(story|article) continues below( advertisement)?|continue reading( below| the main story)?|share( this)?( article| story| page| post)?( on (facebook|twitter|x|linkedin|whatsapp|email|reddit))?|share via [\w ]+|copy link|link copied|save( (this )?(article|story))?|saved|gift( this)? article|print( this)?( article| page)?|email( this)?( article| story)?|comments?|show comments|listen( to this (article|story))?|play( audio)?|follow( us)?|topics|tags|image|close|menu|back to top|scroll to top|skip to (main )?content)\s*[:.!>»›]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // A label leading a link to another story: "Recommended: Cereal makers face ...", "Related: How much deposit ...".
    [GeneratedRegex(
        @"^(recommended|related( articles?| stories| story| content| coverage)?|read more|read next|read also|also read|see also|more on this)\s*[:|»›>\u2013\u2014-]\s",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    // Subscription and newsletter nags, app and social promos.
    [GeneratedRegex(
        @"^(sign up\b|subscribe\b|unlock\b.*\b(free|digest|access|article|story)\b|get (our|the|your)\b.*\b(newsletter|app|briefing|digest|inbox)\b|join (our|the)\b.*\b(newsletter|mailing list|community|channel)\b|already (a subscriber|have an account|registered)\b|(support|fund) (our|independent|quality) journalism\b|become a (member|subscriber|supporter)\b|(start|try) (your |a )?(free|full|unlimited|digital)\b|follow (us|@)|click here\b|download (our|the) app\b|want (more|the latest)\b.*\b(newsletter|inbox|sign up|subscribe)\b|you have reached\b.*\blimit\b)|\b(in (this|our) (weekly|daily|free) newsletter|favou?rite stories in this|delivered (straight |directly )?to your inbox|straight to your inbox|for subscribers only|subscribers? only|exclusive to subscribers|this (article|story|content) is for subscribers)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Nag();

    // Copyright and reuse lines.
    [GeneratedRegex(
        @"^((copyright|\(c\)|©)\s*(©\s*)?\d{4}\b|all rights reserved\b|this (article|story) (was|is|has been) (originally |first )?(published|republished)\b)|\ball rights reserved\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
