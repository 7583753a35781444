using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Consistency.Tests;

/// <summary>Builds stored claims for rule tests, shaped like the seed articles' claims; ids are unique per builder.</summary>
internal sealed class Claims
{
    public static readonly EntityRef NorthKorea = new("North Korea", EntityType.Gpe);
    public static readonly DocumentRef Early2025 = new(new DocumentId(1), "corpus/seed/01.txt", "Topped $1.6 billion", null, new DateOnly(2025, 1, 15));
    public static readonly DocumentRef Ft = new(new DocumentId(2), "corpus/seed/02.txt", "Record $1.34bn", "Financial Times", new DateOnly(2024, 12, 19));

    private readonly Dictionary<(DocumentId, string), int> _sentences = [];
    private long _next = 1;

    public StoredClaim Level(DocumentRef document, string quote, decimal value, Unit unit, string metricKey, int? year,
        Qualifier qualifier = Qualifier.None, string? attribution = null, string sentence = "", bool total = false) =>
        Make(document, quote, Quantity(value, unit, qualifier), metricKey, year, sentence, c => c with
        {
            Subject = total ? null : NorthKorea,
            Scope = total ? ClaimScope.Total : ClaimScope.Part,
            Attribution = attribution,
        });

    public StoredClaim Share(DocumentRef document, string quote, decimal percent, string baseKey, Quantity? total, int? year) =>
        Make(document, quote, Quantity(percent, Unit.Percent, Qualifier.None), baseKey + ".share", year, "",
            c => c with { ShareOf = new ShareBase(baseKey, total) });

    public StoredClaim Change(DocumentRef document, string quote, decimal ratio, Qualifier qualifier, string levelKey, int year, int? reference) =>
        Make(document, quote, Quantity(ratio, Unit.Ratio, qualifier) with { Change = QuantityChange.Multiplier }, levelKey + ".change", year, "",
            c => c with { ChangeOf = new ChangeFrame(levelKey, reference is { } r ? Period.Year(r) : null) });

    /// <summary>
    /// A claim on the first <paramref name="quote"/> in <paramref name="passage"/> after <paramref name="from"/>, its
    /// sentence the one around it (sentences end at ". "), so rules reading a passage see real spans.
    /// </summary>
    public StoredClaim InPassage(DocumentRef document, string passage, string quote, decimal value, Unit unit, string metricKey,
        QuantityChange change = QuantityChange.None, string? levelKey = null, int from = 0)
    {
        int at = passage.IndexOf(quote, from, StringComparison.Ordinal);
        int start = passage.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal) is >= 0 and var dot ? dot + 2 : 0;
        int end = passage.IndexOf(". ", at, StringComparison.Ordinal) is >= 0 and var next ? next + 1 : passage.Length;
        var claim = new Claim
        {
            Quantity = Quantity(value, unit, Qualifier.None) with { Span = new TextSpan(at, at + quote.Length), Change = change },
            Quote = quote,
            Sentence = new TextSpan(start, end),
            Subject = NorthKorea,
            Metric = metricKey,
            MetricKey = metricKey,
            Confidence = 0.9,
            ChangeOf = levelKey is null ? null : new ChangeFrame(levelKey, null),
        };
        return new StoredClaim(new ClaimId(_next++), document, claim, passage[start..end], null);
    }

    /// <summary>The claim as the frames give a count whose noun the text names: "218,000 vehicles".</summary>
    public static StoredClaim Counting(StoredClaim claim, string noun) =>
        claim with { Claim = claim.Claim with { Metric = noun, Quantity = claim.Claim.Quantity with { Noun = noun } } };

    /// <summary>A quantity with a narrow interval (0.2% either side), or the open interval its qualifier gives.</summary>
    public static Quantity Quantity(decimal value, Unit unit, Qualifier qualifier)
    {
        decimal slack = value * 0.002m;
        decimal low = qualifier is Qualifier.LessThan or Qualifier.AtMost ? 0 : value - slack;
        decimal high = qualifier is Qualifier.MoreThan or Qualifier.AtLeast ? decimal.MaxValue : value + slack;
        return new Quantity(new TextSpan(0, 1), value, low, high, unit, qualifier);
    }

    private int SentenceStart(DocumentRef document, string sentence, int fresh) =>
        _sentences.TryGetValue((document.Id, sentence), out int start) ? start : _sentences[(document.Id, sentence)] = fresh;

    private StoredClaim Make(DocumentRef document, string quote, Quantity quantity, string metricKey, int? year, string sentence,
        Func<Claim, Claim> shape)
    {
        long id = _next++;
        // each claim a sentence of its own, in id order, unless another claim of its document was given the same
        // sentence; where the sentence holds the quote, the span sits there (rules read the words before a figure)
        int sentenceStart = sentence.Length == 0 ? (int)id * 2000 : SentenceStart(document, sentence, (int)id * 2000);
        int start = sentenceStart + Math.Max(0, sentence.IndexOf(quote, StringComparison.Ordinal));
        var claim = new Claim
        {
            Quantity = quantity with { Span = new TextSpan(start, start + quote.Length) },
            Quote = quote,
            Sentence = new TextSpan(sentenceStart, sentenceStart + Math.Max(sentence.Length, quote.Length)),
            Subject = NorthKorea,
            Metric = metricKey,
            MetricKey = metricKey,
            Period = year is { } y ? Period.Year(y) : null,
            Confidence = 0.9,
        };
        return new StoredClaim(new ClaimId(id), document, shape(claim), sentence, null);
    }
}
