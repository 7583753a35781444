using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A poll's respondents are the subject of its forecast, not the agency that ran it: "Economists polled by Continental
/// Press had expected 4.4%" is the forecast of "economists polled by Continental Press", kept apart from the outcome
/// the story reports and from the agency's own figures.
/// </summary>
internal static class PolledGroups
{
    private static readonly WordSet Groups = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "economists", "analysts", "forecasters", "strategists", "traders", "investors", "executives", "experts");

    private static readonly WordSet PollVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "polled", "surveyed", "questioned", "interviewed", "canvassed", "consulted");

    /// <summary>Adds a mention of the polled group over "economists polled by X", in place of the mention of X.</summary>
    public static void Resolve(AnalyzedDocument document)
    {
        for (int i = 0; i + 2 < document.Tokens.Count; i++)
        {
            if (!document.IsAny(i, Groups) || !document.IsAny(i + 1, PollVerbs) || !document.Is(i + 2, "by"))
            {
                continue;
            }

            if (Pollster(document, i + 2) is not { } named)
            {
                continue;
            }

            var span = new TextSpan(document.Tokens[i].Start, named.Span.End);
            string name = string.Concat(document.Text[span.Start..document.Tokens[i + 2].End].ToLowerInvariant(), " ", named.Entity.Name);
            document.ReplaceMentionsWithin(new EntityMention(span, new EntityRef(name, EntityType.Org), MentionKind.Reference));
        }
    }

    // the name right after "by" (or "by the")
    private static EntityMention? Pollster(AnalyzedDocument document, int by)
    {
        int end = document.Tokens[by].End;
        int gap = 1 + (document.Is(by + 1, "the") ? 4 : 0);
        return document.Mentions.FirstOrDefault(m => m.Span.Start > end && m.Span.Start - end <= gap);
    }
}
