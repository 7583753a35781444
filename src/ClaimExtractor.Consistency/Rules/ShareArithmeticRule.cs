using ClaimExtractor.Consistency.Explaining;
using ClaimExtractor.Consistency.Values;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>
/// A share of a stated total implies a part: "61 percent of the $2.2 billion" is about $1.34 billion. A stated level
/// for the same subject, metric and period outside that interval is an <c>arithmetic</c> contradiction.
/// </summary>
public sealed class ShareArithmeticRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Name => "share-arithmetic";

    /// <inheritdoc />
    public IEnumerable<Contradiction> Check(StoredClaim claim, ClaimContext context)
    {
        if (IsShareOfTotal(claim))
        {
            foreach (var level in context.WithKey(claim.Claim.LinkKeys[0]))
            {
                if (Compare(claim, level, context) is { } found)
                {
                    yield return found;
                }
            }
        }
        else if (Levels.IsComparable(claim))
        {
            foreach (var share in context.LinkedTo(claim.Claim.Key))
            {
                if (IsShareOfTotal(share) && share.Claim.LinkKeys[0] == claim.Claim.Key && Compare(share, claim, context) is { } found)
                {
                    yield return found;
                }
            }
        }
    }

    private static bool IsShareOfTotal(StoredClaim claim) =>
        claim.Claim.ShareOf?.Total is not null && !claim.Claim.Negated &&
        claim.Claim.Quantity.Unit.Dimension == UnitDimension.Percent && claim.Claim.Quantity.Change == QuantityChange.None;

    // "4.2 million members, roughly 38% of the 11 million people it insures": the total is stated as a claim too, often
    // under the part's key; it is what the share is taken of, not a part to check against it. So is another document's
    // figure for a whole the share's subject owns ("close to 3% of the 228,000 people it employed" beside "about 228,000
    // full-time employees"), where a whole of no one's ("61 percent of the $2.2 billion stolen" across all thieves) may
    // well be wrongly given as one subject's part.
    private static bool IsTheTotal(StoredClaim level, StoredClaim share, Quantity total, ClaimContext context) =>
        (level.Document.Id == share.Document.Id && level.Claim.Quantity.Span == total.Span)
        || (Interval.Of(total).Overlaps(Interval.Point((double)level.Claim.Quantity.Value), context.Options.RelativeTolerance) && OwnWhole(share, total, context));

    // (the whole the share's second link key names: the subject's own, stated in the share's document)
    private static bool OwnWhole(StoredClaim share, Quantity total, ClaimContext context) =>
        share.Claim.Subject is not null && context.WithKey(share.Claim.LinkKeys[1]).Any(c => c.Document.Id == share.Document.Id && c.Claim.Quantity.Span == total.Span);

    private static Contradiction? Compare(StoredClaim share, StoredClaim level, ClaimContext context)
    {
        // Checked by IsShareOfTotal before any call.
        var total = share.Claim.ShareOf!.Total!;
        if (level.Id == share.Id || IsTheTotal(level, share, total, context) || !Levels.IsComparable(level) || level.Claim.Quantity.Unit != total.Unit ||
            !Levels.SameTime(share, level, context.Options))
        {
            return null;
        }

        var implied = Interval.Of(share.Claim.Quantity).Scale(0.01).Times(Interval.Of(total));
        var stated = Interval.Of(level.Claim.Quantity);
        if (implied.Overlaps(stated, context.Options.RelativeTolerance) || !Levels.PlausiblyOneFigure(share, level, implied, stated))
        {
            return null;
        }

        var (a, b) = Levels.Ordered(share, level);
        var (severity, score) = Grading.Grade(a, b, implied.RelativeGap(stated), Levels.UndatedDiscount(share, level));
        if (score < context.Options.MinimumScore)
        {
            return null;
        }

        string impliedText = ValueFormat.Format((implied.Low + implied.High) / 2, total.Unit);
        string where = share.Document.Id == level.Document.Id
            ? $"in {ClaimPhrases.Document(share)}"
            : $"in {ClaimPhrases.Document(share)} and {ClaimPhrases.Document(level)}";
        string explanation =
            $"{ClaimPhrases.Value(share)} of {ValueFormat.Format((double)total.Value, total.Unit)} is about {impliedText}, " +
            $"not {ClaimPhrases.Value(level)}, for {ClaimPhrases.Key(level.Claim)} ({where}){ClaimPhrases.SharedSource(share, level)}.";
        return new Contradiction(a.Id, b.Id, ContradictionKind.Arithmetic, severity, score, explanation, level.Claim.Key);
    }
}
