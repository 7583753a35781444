using System.Globalization;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Core.Claims;

/// <summary>
/// A numeric claim: a quantity with who it is about, what it measures, when, and who says so.
/// Offsets index the text of the document it came from.
/// </summary>
public sealed record Claim
{
    /// <summary>The number as read: value, interval, unit, qualifier; its span is the claim's span.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>The exact text of <see cref="Quantity"/>'s span.</summary>
    public required string Quote { get; init; }

    /// <summary>The sentence the claim stands in.</summary>
    public required TextSpan Sentence { get; init; }

    /// <summary>Who or what the figure is about; null when the text does not say.</summary>
    public EntityRef? Subject { get; init; }

    /// <summary>The subject's part in the figure.</summary>
    public SubjectRole Role { get; init; } = SubjectRole.Actor;

    /// <summary>The metric as phrased ("cryptocurrency stolen").</summary>
    public required string Metric { get; init; }

    /// <summary>The canonical metric (<c>crypto_theft_value</c>): claims are aligned on it.</summary>
    public required string MetricKey { get; init; }

    /// <summary>The time the figure refers to; null when it has no time scope.</summary>
    public Period? Period { get; init; }

    /// <summary>
    /// True when the claim's own sentence names no time and <see cref="Period"/> is the one the story around it gives
    /// (the period of the figures just before it, or the story's own for a headline): a reader's reading, less sure
    /// than a stated one, so the checker compares such figures as cautiously as undated ones.
    /// </summary>
    public bool PeriodInferred { get; init; }

    /// <summary>Who the text says the figure comes from ("Chainalysis"); null when unattributed.</summary>
    public string? Attribution { get; init; }

    /// <summary>True when the text hedges it ("may", "estimated", "analysts believe").</summary>
    public bool Hedged { get; init; }

    /// <summary>True when the text denies it ("did not reach $1 billion").</summary>
    public bool Negated { get; init; }

    /// <summary>How sure the extractor is that this is a claim with these fields, 0 to 1.</summary>
    public double Confidence { get; init; }

    /// <summary>The subject's part or a total across subjects.</summary>
    public ClaimScope Scope { get; init; } = ClaimScope.Part;

    /// <summary>For shares: the whole the share is taken of.</summary>
    public ShareBase? ShareOf { get; init; }

    /// <summary>For changes and multipliers: the levels compared.</summary>
    public ChangeFrame? ChangeOf { get; init; }

    /// <summary>For a premium or discount: the price offered and the price it is measured against.</summary>
    public PremiumFrame? PremiumTo { get; init; }

    /// <summary>
    /// The alignment key: claims are compared only with claims that share it. A single day read from the story around
    /// the figure (a breaking story's "on Monday") only says when the story ran, so the figure aligns as undated.
    /// </summary>
    public ClaimKey Key => ClaimKey.For(Subject, Role, MetricKey, AlignedPeriod);

    /// <summary>The period the claim aligns under: <see cref="Period"/>, or none for a day read from the story around it.</summary>
    public Period? AlignedPeriod => PeriodInferred && Period is { Start: { } start, End: { } end } && start == end ? null : Period;

    /// <summary>
    /// What the claim states, whoever states it: key, unit, interval, qualifier and frames. Documents repeating one
    /// figure corroborate each other; the checker flags each conflicting pair of figures once, however many documents
    /// repeat them (syndicated copies add no flags).
    /// </summary>
    public string Figure => string.Join('|',
        Key.Value, Quantity.Unit.Code, Plain(Quantity.Value), Plain(Quantity.Low), Plain(Quantity.High), Quantity.Qualifier,
        Quantity.Change, ShareOf?.MetricKey, ShareOf?.Total is { } total ? Plain(total.Value) : null, ChangeOf?.Reference?.Label)
        + (PremiumTo is { } premium ? $"|{premium.BaseSubject.Key} {premium.BasePeriod.Label}" : "");

    /// <summary>
    /// The keys of the levels this claim implies or compares: for a share, the part it implies (subject, base metric,
    /// period), and for a share of a stated total the subject's own whole under that key, which says whether the total is
    /// the subject's (<see cref="MetricKeys.Totalled"/>); for a change, the level in its own period and in the reference
    /// period; for a premium, the subject's price (in its own period) and the price it is measured against.
    /// The store indexes these so a new level finds the shares and changes stored before it.
    /// </summary>
    public IReadOnlyList<ClaimKey> LinkKeys
    {
        get
        {
            if (ShareOf is { } share)
            {
                return share.Total is null
                    ? [ClaimKey.For(Subject, Role, share.MetricKey, AlignedPeriod)]
                    : [ClaimKey.For(Subject, Role, share.MetricKey, AlignedPeriod), ClaimKey.For(Subject, Role, MetricKeys.Totalled(share.MetricKey), AlignedPeriod)];
            }

            if (ChangeOf is { } change)
            {
                return change.Reference is { } reference
                    ? [ClaimKey.For(Subject, Role, change.LevelMetricKey, AlignedPeriod), ClaimKey.For(Subject, Role, change.LevelMetricKey, reference)]
                    : [ClaimKey.For(Subject, Role, change.LevelMetricKey, AlignedPeriod)];
            }

            if (PremiumTo is { } premium)
            {
                return
                [
                    ClaimKey.For(Subject, Role, premium.PriceMetricKey, AlignedPeriod),
                    ClaimKey.For(premium.BaseSubject, SubjectRole.Actor, premium.BaseMetricKey, premium.BasePeriod),
                ];
            }

            return [];
        }
    }

    /// <summary>
    /// The alignment key of the same subject, role and metric with no period: an undated report of one figure carries
    /// it ("218,000 vehicles" vs "the 212,000 it announced last month").
    /// </summary>
    public ClaimKey UndatedKey => ClaimKey.For(Subject, Role, MetricKey, null);

    // 1.5 and 1.50 are one figure: dividing by a one with many decimal places drops trailing zeros.
    private static string Plain(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
