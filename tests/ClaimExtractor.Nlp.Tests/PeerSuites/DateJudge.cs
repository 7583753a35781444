using System.Globalization;
using System.Text.Json;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>
/// Judges a date case against the time expressions the pipeline resolved with the case's reference date as the
/// publication date. Extractor files check only that each expected expression is found (a span overlap). Parser and
/// model files need the reference date (cases without one are not judged) and the resolved days: Recognizers-Text's
/// future or past resolution, Duckling's value at its grain (a time on a known day stands for its day, under
/// <see cref="NewsConventions.DatedByDay"/>; a time with no day fails). An interval open after its start ("since August")
/// ends at <see cref="NewsConventions.OpenEnd"/>. Range ends may be inclusive or exclusive, as both suites mix them. Nothing else may be found. Where a suite's
/// convention differs from news use on purpose, the case passes under that convention's name (<see cref="NewsConventions"/>),
/// and so does an expression left unread because it points at the story's time (<see cref="NewsConventions.StoryTime"/>).
/// </summary>
internal static class DateJudge
{
    public static PeerVerdict Judge(string file, PeerCase c, AnalyzedDocument document)
    {
        bool extractor = file.Contains("extractor", StringComparison.Ordinal);
        if (!extractor && c.Reference is null)
        {
            return PeerVerdict.NotJudged;
        }

        var found = document.Periods;
        var conventions = new List<string>();
        var used = new bool[found.Count];
        var spans = c.Expected.Select(QuantityJudge.Span).ToList();
        for (int e = 0; e < c.Expected.Count; e++)
        {
            var expected = c.Expected[e];
            string type = expected.TryGetProperty("type", out var t) ? t.GetString() ?? "?" : "?";
            var candidates = Enumerable.Range(0, found.Count).Where(i => !used[i] && found[i].Span.Overlaps(spans[e])).ToList();
            if (!extractor && NamesNoDay(expected))
            {
                // Recognizers-Text's 0001-01-01: the text names a day that does not exist ("Feb 30", "2/29/2019"), so
                // nothing may be resolved there
                if (candidates.Any(i => found[i].Period is not null))
                {
                    return PeerVerdict.Fail($"resolved a day that does not exist ({type})", $"{c.Id}: '{QuantityJudge.Quote(expected)}'{Found(c, document)}");
                }

                candidates.ForEach(i => used[i] = true);
                continue;
            }

            if (candidates.Count == 0 && NewsConventions.StoryTime.Holds(QuantityJudge.Quote(expected), spans[e], document))
            {
                // "the next day", "that weekend": the story's time, which the pipeline leaves unread (NewsConventions.StoryTime)
                conventions.Add(NewsConventions.StoryTime.Name);
                continue;
            }

            if (candidates.Count == 0)
            {
                return PeerVerdict.Fail($"missed {type}", $"{c.Id}: '{QuantityJudge.Quote(expected)}' not found in \"{c.Input}\"{Found(c, document)}");
            }

            if (extractor)
            {
                used[candidates[0]] = true;
                continue;
            }

            var windows = Windows(expected, c.Reference, out bool timeOfDay);
            if (windows.Count == 0)
            {
                return PeerVerdict.Fail($"resolution finer than a day or open before ({type})", $"{c.Id}: '{QuantityJudge.Quote(expected)}'");
            }

            if (timeOfDay)
            {
                // a time on a named day ("tomorrow 8:00am", "3pm Friday") is dated by its day (NewsConventions.DatedByDay)
                conventions.Add(NewsConventions.DatedByDay.Name);
            }

            int hit = candidates.FirstOrDefault(i => found[i].Period is { Start: { } s, End: { } end } && windows.Contains((s, end)), -1);
            if (hit < 0 && c.Reference is { } reference)
            {
                // a documented difference between the suite's convention and news use (NewsConventions)
                string quote = QuantityJudge.Quote(expected);
                var explained = candidates.Select(i => (i, NewsConventions.Explaining(windows.Select(w => new NewsConventions.Window(w.Start, w.End)), found[i].Period, reference, quote)))
                    .FirstOrDefault(x => x.Item2 is not null);
                if (explained.Item2 is { } convention)
                {
                    hit = explained.i;
                    conventions.Add(convention.Name);
                }
            }

            if (hit < 0)
            {
                return PeerVerdict.Fail($"wrong period for {type}",
                    $"{c.Id}: '{QuantityJudge.Quote(expected)}' expected {string.Join(" or ", windows.Select(w => $"{w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd}"))}{Found(c, document)}");
            }

            used[hit] = true;
        }

        for (int i = 0; i < found.Count; i++)
        {
            if (!used[i] && !spans.Any(s => s.Overlaps(found[i].Span)))
            {
                string what = c.Expected.Count == 0 ? "negative case" : "extra";
                return PeerVerdict.Fail($"{what}: found a period", $"{c.Id}: found '{found[i].Span.In(c.Input)}' in \"{c.Input}\"");
            }
        }

        return conventions.Count == 0 ? PeerVerdict.Pass : PeerVerdict.PassUnder("news convention: " + string.Join(", ", conventions.Distinct()), $"{c.Id}: \"{c.Input}\"{Found(c, document)}");
    }

    private static bool NamesNoDay(JsonElement expected) =>
        expected.GetProperty("value") is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("FutureResolution", out var future)
        && future.ValueKind == JsonValueKind.Object && future.TryGetProperty("date", out var date) && date.GetString() == "0001-01-01";

    /// <summary>
    /// The inclusive day ranges the expected entity allows; <paramref name="timeOfDay"/> when the entity is a time or
    /// times on a known day, which stand for the days they fall on.
    /// </summary>
    private static List<(DateOnly Start, DateOnly End)> Windows(JsonElement expected, DateOnly? reference, out bool timeOfDay)
    {
        timeOfDay = false;
        var windows = new List<(DateOnly, DateOnly)>();
        var value = expected.GetProperty("value");
        string? grain = expected.TryGetProperty("grain", out var g) ? g.GetString() : null;
        if (grain is not null)
        {
            timeOfDay = grain is "hour" or "minute" or "second";
            Duckling(value, grain, windows);
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in value.EnumerateArray())
            {
                string? kind = entry.TryGetProperty("type", out var k) ? k.GetString() : null;
                if (Season(entry, "timex", reference, windows))
                {
                    continue;
                }

                if (kind is "date" or "datetime" && Day(entry, "value") is { } d)
                {
                    windows.Add((d, d));
                    timeOfDay |= kind == "datetime";
                }
                else if (kind is "daterange" or "datetimerange" && Day(entry, "start") is { } s && Day(entry, "end") is { } e)
                {
                    AddRange(windows, s, e);
                    timeOfDay |= kind == "datetimerange";
                }
                else if (kind is "daterange" && Day(entry, "start") is { } since && !entry.TryGetProperty("end", out _))
                {
                    windows.Add((since, NewsConventions.OpenEnd));
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            Season(value, "Timex", reference, windows);
            foreach (string side in new[] { "FutureResolution", "PastResolution" })
            {
                if (!value.TryGetProperty(side, out var r) || r.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (Day(r, "date") is { } d)
                {
                    windows.Add((d, d));
                }
                else if (Day(r, "startDate") is { } s && Day(r, "endDate") is { } e)
                {
                    AddRange(windows, s, e);
                }
                else if (Day(r, "startDate") is { } since && !r.TryGetProperty("endDate", out _))
                {
                    windows.Add((since, NewsConventions.OpenEnd));
                }
            }
        }

        return windows;
    }

    private static void Duckling(JsonElement value, string grain, List<(DateOnly, DateOnly)> windows)
    {
        bool finer = grain is "hour" or "minute" or "second";
        if (value.ValueKind == JsonValueKind.Object)
        {
            // Duckling intervals end exclusively at their grain: a day interval before its last day, a finer one on the
            // day of its last instant ("evening" runs 18:00 to 00:00, one day)
            if (Day(value, "from") is { } from && Day(value, "to") is { } to && (finer ? to >= from : to > from))
            {
                windows.Add((from, finer && !Midnight(value, "to") ? to : to.AddDays(-1)));
            }
            else if (!finer && Day(value, "from") is { } since && !value.TryGetProperty("to", out _))
            {
                windows.Add((since, NewsConventions.OpenEnd));
            }

            return;
        }

        if (finer)
        {
            if (value.ValueKind == JsonValueKind.String && Parse(value.GetString()) is { } instant)
            {
                windows.Add((instant, instant));
            }

            return;
        }

        if (value.ValueKind == JsonValueKind.String && Parse(value.GetString()) is { } start)
        {
            var end = grain switch
            {
                "week" => start.AddDays(6),
                "month" => start.AddMonths(1).AddDays(-1),
                "quarter" => start.AddMonths(3).AddDays(-1),
                "year" => start.AddYears(1).AddDays(-1),
                _ => start,
            };
            windows.Add((start, end));
        }
    }

    /// <summary>
    /// Recognizers-Text resolves a season only in its Timex ("2016-SU", or "SU" with the year left open): read as the
    /// meteorological season (winter "2016-WI" either side of the new year), any year near the reference when open.
    /// </summary>
    private static bool Season(JsonElement holder, string name, DateOnly? reference, List<(DateOnly, DateOnly)> windows)
    {
        string? timex = holder.TryGetProperty(name, out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        string code = timex is { Length: 7 } && timex[4] == '-' ? timex[5..] : timex ?? "";
        int first = code switch { "SP" => 3, "SU" => 6, "FA" => 9, "WI" => 12, _ => 0 };
        if (first == 0 || reference is not { } r)
        {
            return false;
        }

        int[] years = timex!.Length == 7 && int.TryParse(timex[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y) ? [y] : [r.Year - 1, r.Year, r.Year + 1];
        foreach (int year in years)
        {
            foreach (int shift in first == 12 ? new[] { -1, 0 } : [0])
            {
                var start = new DateOnly(year + shift, first, 1);
                windows.Add((start, start.AddMonths(3).AddDays(-1)));
            }
        }

        return true;
    }

    private static void AddRange(List<(DateOnly, DateOnly)> windows, DateOnly start, DateOnly end)
    {
        windows.Add((start, end));
        if (end > start)
        {
            windows.Add((start, end.AddDays(-1)));
        }
    }

    private static bool Midnight(JsonElement holder, string name) =>
        holder.GetProperty(name).GetString() is { Length: >= 19 } text && text.AsSpan(11, 8).SequenceEqual("00:00:00");

    private static DateOnly? Day(JsonElement holder, string name) =>
        holder.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? Parse(v.GetString()) : null;

    private static DateOnly? Parse(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Found(PeerCase c, AnalyzedDocument document) => document.Periods.Count == 0 ? "; found nothing" : "; found "
        + string.Join(", ", document.Periods.Select(p => $"'{p.Span.In(c.Input)}'={p.Period?.Label ?? "unresolved"}"));
}
