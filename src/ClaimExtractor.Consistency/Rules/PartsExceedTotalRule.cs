using System.Text.RegularExpressions;
using ClaimExtractor.Consistency.Explaining;
using ClaimExtractor.Consistency.Values;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>
/// Parts that add up to more than the whole they break down, in one passage: "Researchers counted 303 hacks in 2024.
/// Of those, 180 hit exchanges in Asia, 95 in Europe and 60 in North America" (335 is more than 303), or "$2.2 billion,
/// of which ...". The breakdown is read from the words that open it, right after the whole in its sentence
/// ("including", "of which", "of whom") or at the start of the next sentence ("Of those", "Of the 303 hacks",
/// "Among them"); the parts are the figures in the same unit that follow, up to a comma a participle or a relative word
/// opens a clause after ("including two golds, bringing her career total to 14"). The lowest values the parts' wording allows
/// must exceed the most the whole's allows. Parts counting different things ("30 children and 20 women") may overlap
/// and are left alone. Flagged as <c>self</c> on the whole and its largest part.
/// </summary>
public sealed class PartsExceedTotalRule : IConsistencyRule
{
    // How far after the whole (in characters) a breakdown word may open the list: "303 hacks last year, including".
    private const int MaxGap = 40;

    // The most characters between two sentences for the second to continue the first (a space or a paragraph break).
    private const int MaxSentenceGap = 4;

    private static readonly string[] InSentence =
        [" including ", ", among them ", " of which ", " of whom "];

    private static readonly string[] NextSentence =
        ["of those", "of them", "of these", "of which", "of whom", "of the", "among them", "among those", "among these"];

    /// <inheritdoc />
    public string Name => "parts-exceed-total";

    /// <inheritdoc />
    public IEnumerable<Contradiction> Check(StoredClaim claim, ClaimContext context)
    {
        if (!IsAmount(claim))
        {
            yield break;
        }

        var parts = PartsOf(claim, context);
        if (parts.Count == 0 || parts.Select(p => p.Claim.Quantity.Noun).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
        {
            yield break;
        }

        var whole = Interval.Of(claim.Claim.Quantity);
        double sum = parts.Sum(p => Interval.Of(p.Claim.Quantity).Low);
        var least = new Interval(sum, sum);
        if (!double.IsFinite(whole.High) || least.Overlaps(whole, context.Options.RelativeTolerance) || sum <= whole.High)
        {
            yield break;
        }

        var largest = parts.MaxBy(p => p.Claim.Quantity.Low)!;
        var (a, b) = Levels.Ordered(claim, largest);
        var (severity, score) = Grading.Grade(a, b, least.RelativeGap(whole));
        if (score < context.Options.MinimumScore)
        {
            yield break;
        }

        string listed = string.Join(", ", parts.Select(ClaimPhrases.Value));
        string explanation =
            $"{ClaimPhrases.Document(claim)} breaks {ClaimPhrases.Value(claim)} down into {listed}, which add up to " +
            $"{ValueFormat.Format(parts.Sum(p => (double)p.Claim.Quantity.Value), claim.Claim.Quantity.Unit)}: more than the whole, for {ClaimPhrases.Key(claim.Claim)}.";
        yield return new Contradiction(a.Id, b.Id, ContradictionKind.Self, severity, score, explanation, claim.Claim.Key);
    }

    // A plain affirmed amount (a count, money, a measure), which a breakdown can add up to; not a rate or a date.
    private static bool IsAmount(StoredClaim stored) =>
        Levels.IsPlainLevel(stored.Claim) &&
        stored.Claim.Quantity.Unit.Dimension is UnitDimension.Count or UnitDimension.Currency or UnitDimension.Crypto or UnitDimension.Measure;

    // The figures of the breakdown that follows the whole, in its sentence or opening the next; none when there is none.
    private static List<StoredClaim> PartsOf(StoredClaim whole, ClaimContext context)
    {
        var unit = whole.Claim.Quantity.Unit;
        var sameDocument = context.InDocument(whole.Document.Id)
            .Where(c => c.Id != whole.Id && IsAmount(c) && c.Claim.Quantity.Unit == unit)
            .OrderBy(c => c.Claim.Quantity.Span.Start)
            .ToList();
        var sentence = whole.Claim.Sentence;
        var inSentence = sameDocument.Where(c => c.Claim.Sentence == sentence).ToList();
        if (OpensBreakdownAfter(whole) is { } opens)
        {
            // "38 homes and 25 barns, including ...": the list may break down both
            int closes = ListEnd(whole, opens);
            var listed = inSentence.Where(c => c.Claim.Quantity.Span.Start >= opens && c.Claim.Quantity.Span.Start < closes).ToList();
            // ("overall losses, including uninsured ones, reached $250 billion": a breakdown whose first figure is past a
            // comma lists words, not figures)
            return inSentence.Any(c => c.Claim.Quantity.Span.End <= whole.Claim.Quantity.Span.Start && whole.Claim.Quantity.Span.Start - c.Claim.Quantity.Span.End <= MaxGap)
                || (listed.Count > 0 && CommaBetween(whole, opens, listed[0].Claim.Quantity.Span.Start))
                ? []
                : listed;
        }

        // "Of those, ...": only when the whole is its sentence's one figure in its unit, so "those" can only be it.
        if (inSentence.Count > 0)
        {
            return [];
        }

        var next = sameDocument
            .Where(c => c.Claim.Sentence.Start >= sentence.End && c.Claim.Sentence.Start - sentence.End <= MaxSentenceGap)
            .ToList();
        if (next.Count == 0 || !OpensWithBreakdown(next[0]))
        {
            return [];
        }

        // "Of the 303 hacks, 180 ...": the whole restated is not a part; "Of the 12 detained last week, 8 ..." names
        // another whole, which this one's parts cannot be read against.
        var opening = next.Where(c => c.Claim.Sentence == next[0].Claim.Sentence).ToList();
        int comma = next[0].SentenceText.IndexOf(',', StringComparison.Ordinal);
        bool anotherWhole = comma > 0 && opening.Any(c =>
            c.Claim.Quantity.Span.Start - c.Claim.Sentence.Start < comma && c.Claim.Quantity.Value != whole.Claim.Quantity.Value);
        return anotherWhole ? [] : [.. opening.Where(c => c.Claim.Quantity.Value != whole.Claim.Quantity.Value)];
    }

    // Where a breakdown word right after the whole opens its list (a document offset), if one does.
    private static int? OpensBreakdownAfter(StoredClaim whole)
    {
        int from = whole.Claim.Quantity.Span.End - whole.Claim.Sentence.Start;
        if (from < 0 || from > whole.SentenceText.Length)
        {
            return null;
        }

        string rest = whole.SentenceText[from..Math.Min(whole.SentenceText.Length, from + MaxGap)];
        int at = InSentence.Select(w => rest.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        // ("totalled $95 billion, while overall losses, including ...": a breakdown past a new clause is that clause's)
        return at < 0 || rest[..at].Any(char.IsDigit) || ClauseOpener.IsMatch(rest[..at]) ? null : whole.Claim.Sentence.Start + from + at;
    }

    private static readonly Regex ClauseOpener = new(@"(?:,\s+(?:while|whereas|but|and|although|though)\b|;)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // whether a comma stands between the breakdown word opening at document offset opens and document offset end
    private static bool CommaBetween(StoredClaim whole, int opens, int end)
    {
        int start = whole.Claim.Sentence.Start;
        int from = Math.Clamp(opens - start + 1, 0, whole.SentenceText.Length);
        int to = Math.Clamp(end - start, from, whole.SentenceText.Length);
        return whole.SentenceText.AsSpan(from, to - from).Contains(',');
    }

    // Where the list a breakdown word opens at document offset opens ends: at a comma that a participle or a relative word
    // follows ("four medals, including two golds, bringing her career total to 14" breaks the four into the two only), else
    // at the sentence's end.
    private static int ListEnd(StoredClaim whole, int opens)
    {
        var text = whole.SentenceText;
        int start = whole.Claim.Sentence.Start;
        var after = ClauseAfterComma.Match(text, Math.Clamp(opens - start, 0, text.Length));
        return after.Success ? start + after.Index : int.MaxValue;
    }

    private static readonly Regex ClauseAfterComma = new(@",\s+(?:[a-z]+ing|which|who|whose|while|but|bringing)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static bool OpensWithBreakdown(StoredClaim claim)
    {
        string text = claim.SentenceText.TrimStart('"', '“', ' ', '\n');
        return NextSentence.Any(w => text.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase) || text.StartsWith(w + ",", StringComparison.OrdinalIgnoreCase));
    }
}
