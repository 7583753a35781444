using System.Collections.Frozen;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The part of a population a figure is about ("the rate for women", "men, whose unemployment rate", "youth
/// unemployment", "the rate for 18 to 20-year-olds"): statistics for a group are not the overall figure, so the group
/// goes into the metric key (<c>women:unemployment.rate</c>) and the checker never sets the two against each other.
/// </summary>
internal static class Populations
{
    private static readonly FrozenDictionary<string, string> Groups = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["women"] = "women",
        ["woman"] = "women",
        ["female"] = "women",
        ["females"] = "women",
        ["men"] = "men",
        ["male"] = "men",
        ["males"] = "men",
        ["youth"] = "youth",
        ["young"] = "youth",
        ["teenagers"] = "youth",
        ["teens"] = "youth",
        ["teen"] = "youth",
        ["teenage"] = "youth",
        ["under-25s"] = "youth",
        ["children"] = "children",
        ["child"] = "children",
        ["families"] = "families",
        ["seniors"] = "older",
        ["elderly"] = "older",
        ["pensioners"] = "older",
        ["over-65s"] = "older",
        ["rural"] = "rural",
        ["urban"] = "urban",
        ["apprentice"] = "apprentices",
        ["apprentices"] = "apprentices",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet GroupPrepositions = WordSet.Create(StringComparer.OrdinalIgnoreCase, "for", "among", "of", "by");

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByWord = Groups.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> GroupNames = Groups.Values.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="key"/> with the population group it names replaced by <paramref name="group"/> ("aged 40-59:share.rate"
    /// → "aged 20-39:share.rate", "expected:women:salary.value" → "expected:men:salary.value"), or null when it names none:
    /// a figure set against another group's keeps that group's measure, not the group.
    /// </summary>
    public static string? Regrouped(string? key, string group)
    {
        if (key is null)
        {
            return null;
        }

        int at = Core.Claims.MetricKeys.IsExpected(key) ? Core.Claims.MetricKeys.ExpectedPrefix.Length : 0;
        int colon = key.IndexOf(':', at);
        if (colon < 0)
        {
            return null;
        }

        string part = key[at..colon];
        return part.StartsWith("aged ", StringComparison.Ordinal) || GroupNames.Contains(part) ? key[..at] + group + key[colon..] : null;
    }

    /// <summary>
    /// The group named in the figure's clause, or by the name a "whose" clause hangs on, never a word of a name ("the
    /// Department of Housing and Urban Development"); null for everyone.
    /// </summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention figure)
    {
        int token = figure.FirstToken;
        var (first, end) = facts.ClauseOf(token);
        // "driven mainly by men, whose unemployment rate rose to 4.9%": the relative clause is about the word before it
        int from = doc.Is(first, "whose") && doc.TokenText(first - 1) is "," ? first - 2 : first;
        // "The company, which covers 11 million people, said 1.3 million of the records belonged to children": a figure
        // inside a relative clause set off by commas is about that clause's group only
        if (RelativeAside(doc, facts.Sentence.FirstToken, facts.Sentence.EndToken, token) is { } aside)
        {
            (from, end) = aside;
        }

        if (figure is { Form: not QuantityForm.Count, Quantity.Noun: not Ages.Noun } && AgeBand(doc, facts, Math.Max(from, facts.Sentence.FirstToken), end, figure) is { } band)
        {
            return band;
        }

        // "finished with 40 gold medals, edging China on the final day when its women's basketball team won": a clause
        // going on after the figure is about something else
        // (of several, the one nearest the figure: "The rate for women was 4.1%, against 4.4% for men")
        end = MetricFinder.SubordinateClauseAfter(doc, figure.EndToken, end);
        // "The number of women in prison rose to 3,684, while the remand population stood at 17,350": a clause joined before
        // the figure is about its own group
        from = ClauseJoinedBefore(doc, Math.Max(from, facts.Sentence.FirstToken), figure.QualifierFirstToken);
        if (Respective(doc, facts, figure, from) is { } respective)
        {
            return respective;
        }

        string? nearest = null;
        int best = int.MaxValue;
        for (int i = from; i < end; i++)
        {
            // "the young company": after "the", "young" names no age group ("the teen birth rate" does); "people in families with children":
            // a group after "with" describes the word before it; after the figure, a group is the figure's only in a phrase
            // of its own ("4.4% for men", "rose 33% among children"; not "a shelter was taking in families") or as what the
            // figure counts ("103 women", "one in nine young people")
            if (doc.Is(i - 1, "with") || CountedAfterWith(doc, i) || (i > figure.EndToken + 1 && !doc.IsAny(i - 1, GroupPrepositions)))
            {
                continue;
            }

            int distance = i < figure.FirstToken ? figure.FirstToken - i : Math.Max(0, i - figure.EndToken);
            if (distance < best && (Grade(doc, i) ?? Industries.At(doc, i) ?? (ByWord.TryGetValue(doc.TokenText(i), out var word) ? word : null)) is { } group
                && !(doc.Is(i, "young") && doc.Is(i - 1, "the")) && !facts.InsideName(doc, i))
            {
                (nearest, best) = (group, distance);
            }
        }

        return nearest;
    }

    // "Men were more likely to smoke than women, at 13.6% compared with 9.9%": two groups named before two figures set
    // side by side are theirs in turn; null where the figure is not one of such a pair or two groups are not named before it
    private static string? Respective(AnalyzedDocument doc, SentenceFacts facts, QuantityMention figure, int from)
    {
        var (first, last) = doc.QuantitiesIn(facts.Sentence);
        QuantityMention? before = null, after = null;
        for (int k = first; k < last; k++)
        {
            var x = doc.Quantities[k];
            before = x.EndToken <= figure.QualifierFirstToken && SideBySide(doc, x.EndToken, figure.QualifierFirstToken) ? x : before;
            after ??= x.QualifierFirstToken >= figure.EndToken && SideBySide(doc, figure.EndToken, x.QualifierFirstToken) ? x : null;
        }

        var pairFirst = before ?? (after is not null ? figure : null);
        if (pairFirst is null || (before is not null && after is not null))
        {
            return null;
        }

        string? one = null, two = null;
        for (int i = from; i < pairFirst.QualifierFirstToken; i++)
        {
            if (ByWord.TryGetValue(doc.TokenText(i), out var group) && !facts.InsideName(doc, i) && group != one && group != two)
            {
                if (two is not null)
                {
                    return null;
                }

                (one, two) = one is null ? (group, null) : (one, group);
            }
        }

        return two is null ? null : before is null ? one : two;
    }

    // whether only words that set two figures side by side stand in [from, to): "compared with", "against", "versus", "and"
    private static bool SideBySide(AnalyzedDocument doc, int from, int to)
    {
        if (to <= from || to - from > MaxSideBySideWords)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (!doc.IsAny(i, SideBySideWords))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxSideBySideWords = 3;

    private static readonly WordSet SideBySideWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        ",", "compared", "with", "to", "against", "versus", "vs", "vs.", "and");

    // whether the word at token i is what a count after "with" counts ("families with three or more children": the
    // families are the group)
    private static bool CountedAfterWith(AnalyzedDocument doc, int i)
    {
        int k = i - 1;
        while (k >= 0 && k >= i - MaxCountWords && (doc.Tokens[k].Kind == TokenKind.Number || doc.IsAny(k, CountWords)))
        {
            k--;
        }

        return k < i - 1 && doc.Is(k, "with");
    }

    // the most words a count before its noun may run to: "at least three"
    private const int MaxCountWords = 4;

    private static readonly WordSet CountWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "or", "more", "at", "least", "fewer", "than", "and", "no");

    // the first token after the last ", and", ", while", ", but", ", whereas" or ";" in [from, figure), else from
    private static int ClauseJoinedBefore(AnalyzedDocument doc, int from, int figure)
    {
        for (int i = figure - 1; i > from; i--)
        {
            if (doc.TokenText(i) is ";" || (doc.TokenText(i - 1) is "," && doc.IsAny(i, ClauseJoiners)))
            {
                return i + 1;
            }
        }

        return from;
    }

    private static readonly WordSet ClauseJoiners = WordSet.Create(StringComparer.OrdinalIgnoreCase, "and", "while", "but", "whereas");

    // "for eighth graders", "fourth-grade reading": the school grade the ordinal word at token i opens, or null
    private static string? Grade(AnalyzedDocument doc, int i)
    {
        int grade = Periods.DayWords.OrdinalValue(doc.TokenText(i));
        if (grade is < 1 or > 12)
        {
            return null;
        }

        int noun = doc.TokenText(i + 1) is "-" ? i + 2 : i + 1;
        return doc.Is(noun, "graders") || doc.Is(noun, "grader") || doc.Is(noun, "grade") ? FormattableString.Invariant($"grade {grade}") : null;
    }

    // "for workers aged 21 and over" (aged 21+), "The minimum rate for 18 to 20-year-olds" (aged 18-20), "people over the
    // age of 60" (aged 60+): an age band in the figure's clause, other than the figure itself (a rate or a sum; a count
    // counts the band's people already, and one age, "Julian Assange, 48,", describes a person); of several, the one
    // nearest the figure ("among adults aged 40 to 59, at 46.4%, compared with 35.5% among those aged 20 to 39")
    private static string? AgeBand(AnalyzedDocument doc, SentenceFacts facts, int from, int end, QuantityMention figure)
    {
        var (first, last) = doc.QuantitiesIn(facts.Sentence);
        string? nearest = null;
        int best = int.MaxValue;
        for (int k = first; k < last; k++)
        {
            var age = doc.Quantities[k];
            if (age.Quantity.Noun != Ages.Noun || age.FirstToken < from || age.EndToken > end || age.FirstToken == figure.FirstToken)
            {
                continue;
            }

            // ("People over the age of 60 suffered the most": the bound stands before "the age of")
            int of = age.QualifierFirstToken - 1;
            var q = age.Quantity.Qualifier == Qualifier.None && doc.Is(of, "of") && doc.Is(of - 1, "age") && doc.Is(of - 2, "the")
                ? (doc.Is(of - 3, "over") || doc.Is(of - 3, "above") ? age.Quantity with { Qualifier = Qualifier.MoreThan, Low = age.Quantity.Value }
                    : doc.Is(of - 3, "under") || doc.Is(of - 3, "below") ? age.Quantity with { Qualifier = Qualifier.LessThan, High = age.Quantity.Value } : age.Quantity)
                : age.Quantity;
            string? band = q.Qualifier switch
            {
                Qualifier.AtLeast or Qualifier.MoreThan => FormattableString.Invariant($"aged {q.Low:0.#}+"),
                Qualifier.AtMost or Qualifier.LessThan => FormattableString.Invariant($"aged under {q.High:0.#}"),
                Qualifier.Range => FormattableString.Invariant($"aged {q.Low:0.#}-{q.High:0.#}"),
                _ => null,
            };
            int distance = age.EndToken <= figure.FirstToken ? figure.FirstToken - age.EndToken : age.FirstToken - figure.EndToken;
            if (band is not null && distance < best)
            {
                (nearest, best) = (band, distance);
            }
        }

        return nearest;
    }

    // The ", which ... ," or ", who ... ," stretch of [first, end) holding the token, or null when it is in none.
    private static (int First, int End)? RelativeAside(AnalyzedDocument doc, int first, int end, int token)
    {
        int open = token - 1;
        while (open >= first && doc.TokenText(open) is not ",")
        {
            open--;
        }

        if (open < first || !(doc.Is(open + 1, "which") || doc.Is(open + 1, "who")))
        {
            return null;
        }

        int close = token;
        while (close < end && doc.TokenText(close) is not ",")
        {
            close++;
        }

        return (open + 1, close);
    }
}
