using System.Runtime.InteropServices;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Pipeline;

/// <summary>
/// One article while the pipeline works on it (Catalyst's <c>Document</c> shape): it owns the text and the
/// publication date, and every record the processes add points back into the text by offsets.
/// Not thread-safe: one document belongs to one worker.
/// </summary>
public sealed class AnalyzedDocument
{
    private readonly List<Token> tokens = [];
    private readonly List<Sentence> sentences = [];
    private readonly List<EntityMention> mentions = [];
    private readonly List<QuantityMention> quantities = [];
    private readonly List<PeriodExpression> periods = [];
    private readonly List<Quantity> timeSpans = [];
    private readonly List<Claim> claims = [];
    private readonly List<string> warnings = [];
    private readonly List<string> posTags = [];

    /// <summary>Starts a document over <paramref name="text"/>.</summary>
    public AnalyzedDocument(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        // a page's placeholder ("0001-01-01") or a typo far from any news date anchors nothing, so no relative date
        // steps off the calendar
        Published = published is { Year: >= 1800 and <= 2200 } ? published : null;
    }

    /// <summary>The text every offset indexes.</summary>
    public string Text { get; }

    /// <summary>The publication date that anchors relative dates; null when unknown or outside the years 1800 to 2200.</summary>
    public DateOnly? Published { get; }

    /// <summary>Tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens => tokens;

    /// <summary>Sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences => sentences;

    /// <summary>Universal POS tags, one per token, when a tagging process ran (else empty).</summary>
    public IReadOnlyList<string> PosTags => posTags;

    /// <summary>Entity mentions in text order (names, demonyms and resolved references).</summary>
    public IReadOnlyList<EntityMention> Mentions => mentions;

    /// <summary>Quantities in text order.</summary>
    public IReadOnlyList<QuantityMention> Quantities => quantities;

    /// <summary>Time expressions in text order.</summary>
    public IReadOnlyList<PeriodExpression> Periods => periods;

    /// <summary>
    /// Durations that are part of a time expression ("two years" in "two years ago", "40 years" in "the past 40 years"), in
    /// text order: quantities of time to a reader of the quantities, never figures a claim is built on.
    /// </summary>
    public IReadOnlyList<Quantity> TimeSpans => timeSpans;

    /// <summary>The mentions lying wholly inside <paramref name="span"/>, in text order (a search, not a scan of them all).</summary>
    public List<EntityMention> MentionsIn(TextSpan span)
    {
        var inside = new List<EntityMention>();
        for (int i = FirstAtOrAfter(mentions, span.Start, static m => m.Span.Start); i < mentions.Count && mentions[i].Span.Start < span.End; i++)
        {
            if (span.Contains(mentions[i].Span))
            {
                inside.Add(mentions[i]);
            }
        }

        return inside;
    }

    /// <summary>
    /// The indexes [From, To) in <see cref="Quantities"/> of the quantities starting inside <paramref name="sentence"/> (a
    /// search, not a scan of them all).
    /// </summary>
    public (int From, int To) QuantitiesIn(Sentence sentence)
    {
        int from = FirstQuantityAtOrAfter(sentence.FirstToken);
        int to = from;
        while (to < quantities.Count && quantities[to].FirstToken < sentence.EndToken)
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>The index in <see cref="Quantities"/> of the first quantity starting at or after token <paramref name="token"/> (a search).</summary>
    public int FirstQuantityAtOrAfter(int token) => FirstAtOrAfter(quantities, token, static q => q.FirstToken);

    /// <summary>Whether a quantity starts at a token from <paramref name="first"/> up to <paramref name="end"/> (exclusive).</summary>
    public bool QuantityStartsIn(int first, int end) => FirstQuantityAtOrAfter(first) is var k && k < quantities.Count && quantities[k].FirstToken < end;

    /// <summary>
    /// Whether <paramref name="sentence"/> ends without a full stop, as a headline does (a page whose headline was
    /// stripped opens with its lead sentence).
    /// </summary>
    public bool EndsWithoutStop(Sentence sentence) => TokenText(sentence.EndToken - 1) is not ("." or "!" or "?" or "”" or "\"");

    /// <summary>The time expressions lying wholly inside <paramref name="sentence"/>, in text order (a search, not a scan of them all).</summary>
    public List<PeriodExpression> PeriodsIn(Sentence sentence)
    {
        var inside = new List<PeriodExpression>();
        for (int i = FirstAtOrAfter(periods, sentence.FirstToken, static p => p.FirstToken); i < periods.Count && periods[i].FirstToken < sentence.EndToken; i++)
        {
            if (periods[i].EndToken <= sentence.EndToken)
            {
                inside.Add(periods[i]);
            }
        }

        return inside;
    }

    /// <summary>Whether tokens <paramref name="first"/> up to <paramref name="end"/> all lie inside one time expression ("in 2023", "last year"; a search).</summary>
    public bool IsTime(int first, int end)
    {
        int i = FirstAtOrAfter(periods, first, static p => p.FirstToken);
        return first < end && ((i < periods.Count && periods[i].FirstToken == first && periods[i].EndToken >= end)
            || (i > 0 && periods[i - 1].FirstToken <= first && periods[i - 1].EndToken >= end));
    }

    // The first index of a list in text order whose position is at least at.
    private static int FirstAtOrAfter<T>(List<T> items, int at, Func<T, int> position)
    {
        int lo = 0;
        int hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (position(items[mid]) < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The claims assembled so far.</summary>
    public IReadOnlyList<Claim> Claims => claims;

    /// <summary>Warnings for the reviewer (input capped, time budget spent, ...).</summary>
    public IReadOnlyList<string> Warnings => warnings;

    /// <summary>The characters of token <paramref name="index"/>; empty outside the token list, so look-arounds at the
    /// document's edges need no bounds checks.</summary>
    public ReadOnlySpan<char> TokenText(int index)
    {
        var all = CollectionsMarshal.AsSpan(tokens);
        return (uint)index < (uint)all.Length ? Text.AsSpan(all[index].Start, all[index].Span.Length) : [];
    }

    /// <summary>True when token <paramref name="index"/> exists and reads <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int index, string word)
    {
        // words equal ignoring case are as long as each other: most tokens are told apart by their length alone
        var all = CollectionsMarshal.AsSpan(tokens);
        return (uint)index < (uint)all.Length && all[index].Span.Length == word.Length
            && Text.AsSpan(all[index].Start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when token <paramref name="index"/> exists and is a word (or an apostrophe form) in <paramref name="words"/>.</summary>
    public bool IsAny(int index, WordSet words) =>
        index >= 0 && index < tokens.Count && words.Contains(TokenText(index));

    /// <summary>True when a punctuation token stands in [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public bool AnyPunctuationIn(int first, int end)
    {
        for (int i = Math.Max(0, first); i < Math.Min(end, tokens.Count); i++)
        {
            if (tokens[i].Kind == TokenKind.Punct)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any token in [<paramref name="first"/>, <paramref name="end"/>) is a word in <paramref name="words"/>.</summary>
    public bool AnyIn(int first, int end, WordSet words)
    {
        for (int i = first; i < end; i++)
        {
            if (IsAny(i, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a token; tokens must come in text order.</summary>
    public void AddToken(Token token) => tokens.Add(token);

    /// <summary>Makes room for <paramref name="count"/> tokens in all, so a tokenizer that knows them adds them without regrowing.</summary>
    public void ReserveTokens(int count) => tokens.EnsureCapacity(count);

    /// <summary>Adds a sentence; sentences must come in text order.</summary>
    public void AddSentence(Sentence sentence) => sentences.Add(sentence);

    /// <summary>Adds an entity mention and keeps the list in text order.</summary>
    public void AddMention(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        int at = mentions.Count;
        while (at > 0 && mentions[at - 1].Span.Start > mention.Span.Start)
        {
            at--;
        }

        mentions.Insert(at, mention);
    }

    /// <summary>Adds <paramref name="mention"/> in place of every mention lying inside its span.</summary>
    public void ReplaceMentionsWithin(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        mentions.RemoveAll(m => m.Span.Start >= mention.Span.Start && m.Span.End <= mention.Span.End);
        AddMention(mention);
    }

    /// <summary>Adds the POS tag of the next token; tags must come in token order.</summary>
    public void AddPosTag(string tag)
    {
        if (posTags.Count == 0)
        {
            posTags.EnsureCapacity(tokens.Count);
        }

        posTags.Add(tag);
    }

    /// <summary>Replaces mention <paramref name="index"/> with <paramref name="mention"/>, which must start where it starts (text order holds).</summary>
    public void ReplaceMention(int index, EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mentions[index].Span.Start != mention.Span.Start)
        {
            throw new ArgumentException("A replacement mention starts where the mention it replaces starts.", nameof(mention));
        }

        mentions[index] = mention;
    }

    /// <summary>Adds a quantity; quantities must come in text order.</summary>
    public void AddQuantity(QuantityMention quantity) => quantities.Add(quantity);

    /// <summary>
    /// Removes the counts written in words lying wholly inside tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>):
    /// a later stage read those words as part of something else (a year in words, "June of nineteen ninety nine", is no count).
    /// </summary>
    /// <param name="firstToken">The first token of the time expression.</param>
    /// <param name="endToken">The token after it.</param>
    /// <param name="digitsToo">Also counts written in digits: the days of a range of days ("from Oct. 7 to 10").</param>
    public void RemoveWordCountsWithin(int firstToken, int endToken, bool digitsToo = false) =>
        quantities.RemoveAll(q => q.FirstToken >= firstToken && q.EndToken <= endToken && q.Quantity.Unit == Unit.Count
            && (digitsToo || tokens.Skip(q.FirstToken).Take(q.EndToken - q.FirstToken).All(t => t.Kind != TokenKind.Number)));

    /// <summary>Adds a duration read inside a time expression; they must come in text order.</summary>
    public void AddTimeSpan(Quantity quantity) => timeSpans.Add(quantity);

    /// <summary>Adds a time expression; expressions must come in text order.</summary>
    public void AddPeriod(PeriodExpression period) => periods.Add(period);

    /// <summary>Adds a claim.</summary>
    public void AddClaim(Claim claim) => claims.Add(claim);

    /// <summary>Adds a warning once.</summary>
    public void AddWarning(string warning)
    {
        if (!warnings.Contains(warning))
        {
            warnings.Add(warning);
        }
    }
}
