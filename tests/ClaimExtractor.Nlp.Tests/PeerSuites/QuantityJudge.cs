using System.Globalization;
using System.Text.Json;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;

namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>
/// Judges a quantity case, all or nothing as upstream does, but by news conventions: each expected entity needs a
/// quantity of the suite's kind whose span overlaps it (our spans leave qualifier words such as "about" out), with the
/// same value or interval and, where the suite's unit name maps to one of our codes, the same unit; and no other
/// quantity of that kind may be found (so a negative case passes only when nothing of its kind is found).
/// An expected entity without a value (Recognizers-Text's "a small percent", "the dollar", "a percentage") is a unit
/// word with no number, which the claim contract cannot state: it is not required, and a case that holds nothing else
/// is not judged.
/// </summary>
internal static class QuantityJudge
{
    // the contract codes of time units
    private static readonly string[] DurationCodes = ["s", "min", "h", "day", "week", "month", "year"];

    // the contract codes of temperatures (a bare "degrees" included)
    private static readonly string[] TemperatureCodes = ["deg", "degC", "degF"];

    // the points of a stock index or score ("the market plummeted 190 points"), which no suite's measure model reads
    private const string IndexPointCode = "index_point";

    public static PeerVerdict Judge(PeerKind kind, PeerCase c, AnalyzedDocument document)
    {
        // what `claimx quantities` prints: the figures, then the durations inside time expressions ("two years ago")
        var mentions = document.Quantities;
        var found = mentions.Select(m => m.Quantity).Concat(document.TimeSpans).ToList();
        var used = new bool[found.Count];
        var conventions = new List<string>();
        var spans = c.Expected.Select(Span).ToList();
        if (c.Expected.Count > 0 && c.Expected.All(IsUnitWordOnly))
        {
            return PeerVerdict.NotJudged;
        }

        for (int e = 0; e < c.Expected.Count; e++)
        {
            var expected = c.Expected[e];
            if (IsUnitWordOnly(expected))
            {
                continue;
            }

            var candidates = Enumerable.Range(0, found.Count).Where(i => !used[i] && found[i].Span.Overlaps(spans[e])
                && (InKind(kind, found[i]) || (IsUnnamed(expected) && found[i].Unit.Dimension == UnitDimension.Count))).ToList();
            string type = expected.TryGetProperty("type", out var t) ? t.GetString() ?? "?" : "?";
            int hit = candidates.FirstOrDefault(i => Agrees(kind, expected, found[i]) || (i < mentions.Count && IsSameFraction(kind, expected, mentions[i])), -1);
            if (hit >= 0)
            {
                used[hit] = true;
                continue;
            }

            // a documented difference between the suite's reading and news use (QuantityConventions)
            var over = found.Where(q => q.Span.Overlaps(spans[e])).ToList();
            if (QuantityConventions.Explaining(new(c, document, spans[e], expected, over)) is { } convention)
            {
                conventions.Add(convention.Name);
                candidates.ForEach(i => used[i] = true);
                continue;
            }

            return candidates.Count == 0
                ? PeerVerdict.Fail($"missed {type}", $"{c.Id}: '{Quote(expected)}' not found in \"{c.Input}\"{Found(c, found)}")
                : PeerVerdict.Fail($"wrong value or unit for {type}", $"{c.Id}: '{Quote(expected)}' expected {PeerValue.Read(expected)} {Unit(expected)}{Found(c, found)}");
        }

        for (int i = 0; i < found.Count; i++)
        {
            if (!used[i] && IsExtra(kind, found[i]) && !spans.Any(s => s.Overlaps(found[i].Span)))
            {
                if (QuantityConventions.Explaining(new(c, document, found[i].Span, null, [found[i]])) is { } convention)
                {
                    conventions.Add(convention.Name);
                    continue;
                }

                string what = c.Expected.Count == 0 ? "negative case" : "extra";
                return PeerVerdict.Fail($"{what}: found {found[i].Unit.Dimension.ToString().ToLowerInvariant()}",
                    $"{c.Id}: found '{found[i].Span.In(c.Input)}' in \"{c.Input}\"");
            }
        }

        return conventions.Count == 0 ? PeerVerdict.Pass
            : PeerVerdict.PassUnder("quantity convention: " + string.Join(", ", conventions.Distinct()), $"{c.Id}: \"{c.Input}\"{Found(c, found)}");
    }

    internal static TextSpan Span(JsonElement expected) =>
        new(expected.GetProperty("start").GetInt32(), expected.GetProperty("end").GetInt32());

    internal static string Quote(JsonElement expected) => expected.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";

    private static bool IsUnitWordOnly(JsonElement expected) =>
        expected.TryGetProperty("value", out var value)
        && (value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), "null", StringComparison.Ordinal)));

    // Duckling's quantity model names a number without a unit "Unnamed" ("around 4"): a count
    private static bool IsUnnamed(JsonElement expected) => string.Equals(Unit(expected), "Unnamed", StringComparison.Ordinal);

    private static bool InKind(PeerKind kind, Quantity q) => kind switch
    {
        PeerKind.Number or PeerKind.NumberRange => true,
        PeerKind.Percent => q.Unit.Dimension is UnitDimension.Percent or UnitDimension.PercentagePoint,
        PeerKind.Money => q.Unit.Dimension is UnitDimension.Currency or UnitDimension.Crypto,
        PeerKind.Measure or PeerKind.Dimension or PeerKind.Duration => q.Unit.Dimension == UnitDimension.Measure,
        _ => q.Unit.Dimension != UnitDimension.Date,
    };

    // A plain-number suite says nothing about money or measures found beside its numbers, and a measure suite nothing
    // about durations ("for two hours"), which upstream scores in its duration suites: a duration is not a dimension, and
    // neither are an index's points.
    // Recognizers-Text's dimension model leaves temperatures to its temperature model, so there they are not extras.
    private static bool IsExtra(PeerKind kind, Quantity q) => kind switch
    {
        PeerKind.Number => q.Unit.Dimension is UnitDimension.Count or UnitDimension.Ratio,
        PeerKind.NumberRange => q.Unit.Dimension is UnitDimension.Count or UnitDimension.Ratio && q.Qualifier is not (Qualifier.None or Qualifier.Approx),
        PeerKind.Measure => InKind(kind, q) && !DurationCodes.Contains(q.Unit.Code) && q.Unit.Code != IndexPointCode,
        PeerKind.Dimension => InKind(kind, q) && !DurationCodes.Contains(q.Unit.Code) && !TemperatureCodes.Contains(q.Unit.Code) && q.Unit.Code != IndexPointCode,
        _ => InKind(kind, q),
    };

    private static bool Agrees(PeerKind kind, JsonElement expected, Quantity q)
    {
        var value = PeerValue.Read(expected);
        string unit = Unit(expected);
        string? code = null;
        switch (kind)
        {
            case PeerKind.Money or PeerKind.Any when PeerUnits.SmallCoin(unit) is { } coin:
                value = value?.Scaled(coin);
                break;
            case PeerKind.Any when PeerUnits.CountingWord(unit) is { } many:
                // "a dozen" eggs: twelve
                value = value?.Scaled(many);
                code = "count";
                break;
            case PeerKind.Any when PeerUnits.PricePer(unit) is { } price:
                // "$15.4/hour": the dollars, quoted per hour
                if (!PeerUnits.SamePer(q.Noun, price.Per))
                {
                    return false;
                }

                code = price.Currency;
                break;
            case PeerKind.Money:
                code = PeerUnits.Currency(expected);
                break;
            case PeerKind.Measure or PeerKind.Dimension or PeerKind.Duration:
                code = PeerUnits.Measure(unit);
                break;
            case PeerKind.Any:
                if (string.Equals(unit, "dimensionless", StringComparison.Ordinal))
                {
                    if (q.Unit.Dimension is not (UnitDimension.Count or UnitDimension.Ratio))
                    {
                        return false;
                    }
                }
                else if (string.Equals(unit, "percentage", StringComparison.Ordinal))
                {
                    code = "percent";
                }
                else if (PeerUnits.CurrencyName(unit) is { } money)
                {
                    code = money;
                }
                else if ((PeerUnits.Measure(unit) ?? PeerUnits.Frequency(unit)) is { } measure)
                {
                    code = measure;
                }
                else if (q.Unit.Dimension != UnitDimension.Measure)
                {
                    return false;
                }

                break;
        }

        if (code is not null && !string.Equals(code, q.Unit.Code, StringComparison.Ordinal))
        {
            // the same measure in another unit of its family: "0.002 kg" against a suite's 2 grams
            if (PeerUnits.Factor(q.Unit.Code, code) is not { } factor || value is null)
            {
                return false;
            }

            q = q with { Value = q.Value * factor, Low = q.Low * factor, High = q.High == decimal.MaxValue ? q.High : q.High * factor };
        }

        return value is null || (value.IsRange && value.Low is null && value.High is null) || value.Agrees(q);
    }

    // Convention: news states a fraction in percent ("two-thirds" is 66.67, rounded to hundredths as the gold format
    // says), where the number suites state the ratio (0.666666666666667). Both are the same reading.
    // The same holds for the ends of a range of shares ("more than half" is [0.5, +inf) there, [50, +inf) here).
    private static bool IsSameFraction(PeerKind kind, JsonElement expected, QuantityMention mention) =>
        kind is PeerKind.Number or PeerKind.NumberRange or PeerKind.Any && mention.Form == QuantityForm.Fraction && PeerValue.Read(expected) switch
        {
            { IsRange: false, Point: { } ratio } => Math.Abs(ratio * 100 - mention.Quantity.Value) <= 0.005m,
            { IsRange: true, Low: var low, High: var high } => SameEnd(low, mention.Quantity.Low, decimal.MinValue) && SameEnd(high, mention.Quantity.High, decimal.MaxValue),
            _ => false,
        };

    private static bool SameEnd(decimal? ratio, decimal percent, decimal open) =>
        ratio is { } r ? Math.Abs(r * 100 - percent) <= 0.005m : percent == open || (open == decimal.MinValue && percent <= 0);

    private static string Unit(JsonElement expected) => expected.TryGetProperty("unit", out var u) ? u.GetString() ?? "" : "";

    private static string Found(PeerCase c, List<Quantity> found) => found.Count == 0 ? "; found nothing" : "; found "
        + string.Join(", ", found.Select(q => string.Create(CultureInfo.InvariantCulture, $"'{q.Span.In(c.Input)}'={q.Value} [{(q.Low == decimal.MinValue ? "-inf" : q.Low)}, {(q.High == decimal.MaxValue ? "+inf" : q.High)}] {q.Unit.Code}")));
}
