using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Finds quantities: money (symbols, codes, names, scale words and suffixes), crypto amounts, percentages and
/// percentage points, counts with their noun, fractions and shares, multipliers, ranges and measures; reads the
/// qualifier before them and the precision they were written with. Years, dates, ordinals, clock times, phone,
/// model and section numbers are not quantities.
/// </summary>
public sealed class QuantityScanner : IDocumentProcess
{
    private readonly QuantityLexicon lexicon;
    private readonly NumberReader numbers;
    private readonly QuantityContext context;

    /// <summary>Creates the scanner over the number words and units.</summary>
    public QuantityScanner(NlpModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        lexicon = models.Quantities;
        numbers = new NumberReader(lexicon);
        context = new QuantityContext();
    }

    /// <inheritdoc />
    public string Name => "quantities";

    /// <inheritdoc />
    public IReadOnlyList<string> Produces { get; } = ["quantity"];

    /// <inheritdoc />
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var mention = TryRead(document, sentence, i);
                if (mention is null)
                {
                    i++;
                    continue;
                }

                document.AddQuantity(mention);
                i = mention.EndToken;
            }
        }
    }

    private QuantityMention? TryRead(AnalyzedDocument doc, Sentence sentence, int start)
    {
        int end = sentence.EndToken;
        int k = start;
        if (QuantityFilters.InsideAddress(doc.Text, doc.Tokens[start].Start))
        {
            return null;
        }

        var prefix = MatchPrefix(doc, start, end, out int afterPrefix);
        if (prefix is not null)
        {
            if (afterPrefix >= end || doc.Tokens[afterPrefix].Kind != TokenKind.Number)
            {
                return null;
            }

            k = afterPrefix;
        }
        else if (doc.Tokens[start].Kind is not (TokenKind.Number or TokenKind.Word))
        {
            return null;
        }

        if (!numbers.TryRead(doc, k, end, out var core))
        {
            return null;
        }

        if (core.IsFraction || core.IsMultiplier)
        {
            return Finish(doc, sentence, start, core.End, core.Value, core.Value, core.Value, core.IsFraction ? Unit.Percent : Unit.Ratio,
                core.IsFraction ? QuantityForm.Fraction : QuantityForm.Multiplier, isRange: false, loose: true);
        }

        // a range: 10-15%, $1-2 billion, 40 to 60
        decimal low = core.Value, high = core.Value;
        int next = core.End;
        bool isRange = false;
        NumberCore second = default;
        bool hyphenRange = false;
        if (next + 1 < end && (doc.TokenText(next) is "-" or "–" or "to") && ReadSecond(doc, next + 1, end, core, out second))
        {
            isRange = true;
            hyphenRange = doc.TokenText(next) is not "to";
            next = second.End;
        }
        else if ((doc.Is(start - 1, "between") || doc.Is(start - 1, "from")) && doc.Is(next, "and") | doc.Is(next, "to") && next + 1 < end
            && ReadSecond(doc, MatchPrefix(doc, next + 1, end, out int secondAt) is null ? next + 1 : secondAt, end, core, out second))
        {
            isRange = true;
            next = second.End;
        }

        // scale: 1.6bn, 305m, 2.2 billion, 4 mn
        decimal scale = 1m;
        if (next < end && numbers.TryWord(doc, next, out var scaleWord)
            && (scaleWord.Kind == NumberWordKind.Scale && !core.IsWord | scaleWord.Value > 100
                || scaleWord.Kind == NumberWordKind.ScaleSuffix && (doc.Tokens[next].Start == doc.Tokens[next - 1].End || doc.TokenText(next).Length > 1)))
        {
            if (!(scaleWord.Kind == NumberWordKind.ScaleSuffix && doc.Tokens[next].Span.Length == 1 && prefix is null && IsUnitAfter(doc, next, end)))
            {
                scale = scaleWord.Value;
                next++;
            }
        }

        // a unit after: percent, euros, Bitcoins, km
        var suffix = MatchSuffix(doc, next, end, out int afterSuffix);
        if (suffix is not null && prefix is not null && suffix.Unit.Dimension != UnitDimension.Currency)
        {
            suffix = null;
        }

        Unit unit;
        QuantityForm form;
        if (prefix is not null)
        {
            unit = prefix.Unit;
            form = prefix.Unit.Dimension == UnitDimension.Crypto ? QuantityForm.Crypto : QuantityForm.Money;
            if (suffix is not null)
            {
                next = afterSuffix;
            }
        }
        else if (suffix is not null)
        {
            unit = suffix.Unit;
            form = suffix.Unit.Dimension switch
            {
                UnitDimension.Currency => QuantityForm.Money,
                UnitDimension.Crypto => QuantityForm.Crypto,
                UnitDimension.Percent or UnitDimension.PercentagePoint => QuantityForm.Percent,
                _ => QuantityForm.Measure,
            };
            next = afterSuffix;
        }
        else if (next < end && doc.Is(next, "times") && !core.IsWord | core.Value > 1 && next + 1 < end && doc.IsAny(next + 1, QuantityWords.TimesFollowers))
        {
            return Finish(doc, sentence, start, next + 1, core.Value, core.Value, core.Value, Unit.Ratio, QuantityForm.Multiplier, false, true);
        }
        else
        {
            // a bare "2023-24" or "555-1234" is a season or a phone number, not a range of counts
            if (hyphenRange && scale == 1m)
            {
                return null;
            }

            if (scale == 1m && !isRange && QuantityFilters.IsNotAQuantity(doc, sentence, k, core))
            {
                return null;
            }

            unit = Unit.Count;
            form = QuantityForm.Count;
        }

        if (QuantityFilters.IsGluedToWord(doc, k, core.End, next))
        {
            return null;
        }

        decimal value = core.Value * scale;
        if (isRange)
        {
            // "$1-2 billion": the scale after the second number applies to both ends
            low = core.Value * scale;
            high = second.Value * scale;
            return Finish(doc, sentence, start, next, (low + high) / 2, low, high, unit, form, true, false);
        }

        decimal half = core.HalfUnit * scale;
        var mention = Finish(doc, sentence, start, next, value, value - half, value + half, unit, form, false, false);
        if (mention is not null && form == QuantityForm.Count && core.IsWord && mention.Quantity.Noun is null)
        {
            // a bare number word with nothing counted is a pronoun or part of an idiom ("one of", "the two of them")
            return null;
        }

        return mention;
    }

    private bool ReadSecond(AnalyzedDocument doc, int at, int end, NumberCore first, out NumberCore second)
    {
        second = default;
        return at < end && doc.Tokens[at].Kind == doc.Tokens[first.End - 1].Kind && numbers.TryRead(doc, at, end, out second)
            && !second.IsFraction && !second.IsMultiplier && second.Value > first.Value;
    }

    private bool IsUnitAfter(AnalyzedDocument doc, int k, int end) => MatchSuffix(doc, k, end, out _) is not null;

    private QuantityMention? Finish(AnalyzedDocument doc, Sentence sentence, int first, int end, decimal value, decimal low, decimal high,
        Unit unit, QuantityForm form, bool isRange, bool loose) =>
        context.Build(doc, sentence, first, end, value, low, high, unit, form, isRange, loose);

    private UnitEntry? MatchPrefix(AnalyzedDocument doc, int k, int end, out int after)
    {
        after = k;
        var exact = lexicon.UnitsExactCase.GetAlternateLookup<ReadOnlySpan<char>>();
        // two adjacent tokens: US$, C$, HK$
        if (k + 1 < end && doc.Tokens[k + 1].Start == doc.Tokens[k].End && doc.Tokens[k].Span.Length <= 3)
        {
            var both = doc.Text.AsSpan(doc.Tokens[k].Start, doc.Tokens[k + 1].End - doc.Tokens[k].Start);
            if (exact.TryGetValue(both, out var pair) && pair.Prefix)
            {
                after = k + 2;
                return pair;
            }
        }

        if (exact.TryGetValue(doc.TokenText(k), out var single) && single.Prefix)
        {
            after = k + 1;
            return single;
        }

        return null;
    }

    private UnitEntry? MatchSuffix(AnalyzedDocument doc, int k, int end, out int after)
    {
        after = k;
        if (k >= end)
        {
            return null;
        }

        var exact = lexicon.UnitsExactCase.GetAlternateLookup<ReadOnlySpan<char>>();
        if (exact.TryGetValue(doc.TokenText(k), out var symbol) && symbol.Suffix)
        {
            after = k + 1;
            return symbol;
        }

        var words = lexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int n = Math.Min(lexicon.MaxUnitTokens, end - k); n >= 1; n--)
        {
            string key = MetricLexicon.KeyOf(doc, k, k + n);
            if (words.TryGetValue(key, out var entry) && entry.Suffix)
            {
                after = k + n;
                return entry;
            }
        }

        return null;
    }
}
