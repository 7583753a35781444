using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimExtractor.Storage.Tests.Support;

/// <summary>FsCheck generators for articles with claims: any decimal, any span inside the text, every optional field.</summary>
public static class ClaimGen
{
    // Pieces that stress storage: quotes, separators, LIKE wildcards, non-ASCII, a surrogate pair, a line break.
    private static readonly string[] Pieces =
        ["a", "Z", "7", " ", ".", ",", "\"", "'", "%", "_", "\\", "é", "€", "—", "北", "😀", "\n", "$1.34 billion", "null"];

    private static readonly Unit[] Units =
        [Unit.Usd, Unit.Currency("EUR"), Unit.Crypto("BTC"), Unit.Percent, Unit.PercentagePoint, Unit.Count, Unit.Ratio, Unit.Date, Unit.Measure("km")];

    public static Gen<string> Text(int maxPieces) =>
        Gen.Choose(0, maxPieces).SelectMany(n => Gen.Elements(Pieces).ArrayOf(n)).Select(parts => string.Concat(parts));

    public static Gen<decimal> Decimal { get; } =
        Gen.Frequency(
            (6, from lo in Gen.Choose(int.MinValue, int.MaxValue)
                from mid in Gen.Choose(int.MinValue, int.MaxValue)
                from hi in Gen.Choose(0, 3)
                from negative in Gen.Elements(true, false)
                from scale in Gen.Choose(0, 28)
                select new decimal(lo, mid, hi, negative, (byte)scale)),
            (3, from whole in Gen.Choose(-1_000_000, 1_000_000)
                from scale in Gen.Choose(0, 12)
                select new decimal(Math.Abs(whole), 0, 0, whole < 0, (byte)scale) * 1_000_000m),
            (1, Gen.Elements(0m, 1340000000m, 660.5m * 1_000_000m, 0.5m, decimal.MaxValue - 1, decimal.MinValue + 1, 1.000m)));

    public static Gen<DateOnly> Date { get; } =
        Gen.Choose(0, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);

    public static Gen<Period> Period { get; } =
        from start in Date.OrNullable()
        from end in Date.OrNullable()
        from label in Text(4)
        select new Period(start, end, label);

    // Offsets between characters, never inside a surrogate pair (an extractor's spans cover whole characters).
    public static Gen<TextSpan> SpanIn(string text)
    {
        var boundaries = Enumerable.Range(0, text.Length + 1)
            .Where(i => i == text.Length || !char.IsLowSurrogate(text[i]))
            .ToArray();
        return from a in Gen.Elements(boundaries)
               from b in Gen.Elements(boundaries)
               select new TextSpan(Math.Min(a, b), Math.Max(a, b));
    }

    public static Gen<Quantity> Quantity(string text) =>
        from span in SpanIn(text)
        from value in Decimal
        from low in Gen.Frequency((3, Decimal), (1, Gen.Constant(decimal.MinValue)))
        from high in Gen.Frequency((3, Decimal), (1, Gen.Constant(decimal.MaxValue)))
        from unit in Gen.Elements(Units)
        from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
        from noun in Text(3).OrNull()
        from change in Gen.Elements(Enum.GetValues<QuantityChange>())
        select new Quantity(span, value, low, high, unit, qualifier, noun, change);

    public static Gen<Claim> Claim(string text) =>
        from quantity in Quantity(text)
        from sentence in SpanIn(text)
        from subject in (from name in Text(3) from type in Gen.Elements(Enum.GetValues<EntityType>()) select new EntityRef(name, type)).OrNull()
        from role in Gen.Elements(Enum.GetValues<SubjectRole>())
        from metric in Text(4)
        from metricKey in Text(3)
        from period in Period.OrNull()
        from attribution in Text(3).OrNull()
        from flags in Gen.Choose(0, 7)
        from confidence in Gen.Choose(0, 1_000_000).Select(c => c / 1_000_000.0)
        from scope in Gen.Elements(Enum.GetValues<ClaimScope>())
        from shareOf in (from key in Text(2) from total in Quantity(text).OrNull() select new ShareBase(key, total)).OrNull()
        from changeOf in (from key in Text(2) from reference in Period.OrNull() select new ChangeFrame(key, reference)).OrNull()
        from premiumTo in (
            from priceKey in Text(2)
            from baseName in Text(3)
            from baseType in Gen.Elements(Enum.GetValues<EntityType>())
            from baseKey in Text(2)
            from basePeriod in Period
            from discount in Gen.Elements(true, false)
            select new PremiumFrame(priceKey, new EntityRef(baseName, baseType), baseKey, basePeriod, discount)).OrNull()
        select new Claim
        {
            Quantity = quantity,
            Quote = text[quantity.Span.Start..quantity.Span.End],
            Sentence = sentence,
            Subject = subject,
            Role = role,
            Metric = metric,
            MetricKey = metricKey,
            Period = period,
            PeriodInferred = period is not null && (flags & 4) != 0,
            Attribution = attribution,
            Hedged = (flags & 1) != 0,
            Negated = (flags & 2) != 0,
            Confidence = confidence,
            Scope = scope,
            ShareOf = shareOf,
            ChangeOf = changeOf,
            PremiumTo = premiumTo,
        };

    /// <summary>An article text and claims on it, in text order (the order the store reads them back).</summary>
    public static Gen<(string Text, Claim[] Claims)> Document { get; } =
        from text in Text(40)
        from claims in Claim(text).ArrayOf().Resize(6)
        select (text, claims.OrderBy(c => c.Quantity.Span.Start).ToArray());

    private static Gen<T?> OrNullable<T>(this Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));
}
