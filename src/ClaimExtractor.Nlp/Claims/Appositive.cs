using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A description after a source's name: "according to Edmunds.com, a California-based automobile data firm". The
/// place or body it names describes the source; it is not what the sentence's figure is about.
/// </summary>
internal static class Appositive
{
    /// <summary>
    /// The token end of an indefinite description (", a ...", ", an ...") right after <paramref name="end"/>, up to the
    /// next comma, dash or the sentence's end; <paramref name="end"/> itself when none follows.
    /// </summary>
    public static int EndAfter(AnalyzedDocument doc, Sentence sentence, int end)
    {
        int name = end;
        // "Edmunds.com": a web address's dot is inside the name
        while (name + 1 < sentence.EndToken && doc.TokenText(name) is "." && doc.Tokens[name].Start == doc.Tokens[name - 1].End
            && doc.Tokens[name + 1].Start == doc.Tokens[name].End)
        {
            name += 2;
        }

        end = name;
        if (end + 2 >= sentence.EndToken || doc.TokenText(end) is not "," || !(doc.Is(end + 1, "a") || doc.Is(end + 1, "an")))
        {
            return end;
        }

        int last = end + 2;
        while (last < sentence.EndToken && doc.TokenText(last) is not ("," or "." or ";" or "—"))
        {
            last++;
        }

        return last;
    }

    /// <summary>
    /// The token end of a speaker's role set off by a comma after the name ending at <paramref name="end"/> (", said Sophie
    /// Shulman, NHTSA's deputy administrator."), up to the next comma, dash or the sentence's end, when it holds no figure;
    /// <paramref name="end"/> itself otherwise.
    /// </summary>
    public static int RoleEndAfter(AnalyzedDocument doc, Sentence sentence, int end)
    {
        if (end + 1 >= sentence.EndToken || doc.TokenText(end) is not ",")
        {
            return end;
        }

        int last = end + 1;
        while (last < sentence.EndToken && last - end <= MaxRoleWords && doc.TokenText(last) is not ("," or "." or ";" or "—"))
        {
            if (doc.Tokens[last].Kind != TokenKind.Word && doc.TokenText(last) is not ("'s" or "’s" or "-" or "&"))
            {
                return end;
            }

            last++;
        }

        return last - end > MaxRoleWords ? end : last;
    }

    // how many words a speaker's role may take ("the chief executive of the Federal Reserve Bank of New York")
    private const int MaxRoleWords = 12;
}
