using ClaimExtractor.Core.Documents;
using ClaimExtractor.Nlp.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimExtractor.Nlp.Tests;

public sealed class PipelinePropertyTests
{
    private static readonly string[] Fragments =
    [
        "$", "US$", "€", "1.6", "bn", "billion", "4,500", "Bitcoins", "percent", "%", "per", "cent", "two", "-", "–", "thirds",
        "a", "third", "half", "of", "May", "June", "5", "2024", "2023-24", "Q3", "first", "quarter", "this", "last", "year",
        "U.S.", "Mr.", ".", ",", ";", "\n", "\r\n", "\u0000", "\u001b", "’s", "“", "”", "(", ")", "North", "Korea", "Korean",
        "its", "the", "regime", "between", "and", "to", "more", "than", "doubled", "double", "the number", "rose", "21%",
        "said", "according", "Chainalysis", "Fourteen", "one", "in", "five", "10:30", "555-123-4567", "Section", "230",
        "\ud83d\ude00", "\ud800", "9999999999999999999999999999999", "0.000000000000000000000000001", "since", "through",
    ];

    private static Gen<string> NewsLike =>
        Gen.Elements(Fragments).Zip(Gen.Elements(" ", "", "  ", "\n", "\t"), (word, gap) => word + gap)
            .ListOf().Select(parts => string.Concat(parts));

    [Fact]
    public void Every_claim_quote_is_the_text_of_its_span()
    {
        Prop.ForAll(Arb.From(NewsLike), text =>
        {
            var document = Shared.Run(text);
            return document.Claims.All(c => c.Quantity.Span.Start >= 0 && c.Quantity.Span.End <= text.Length
                && c.Quantity.Span.Length > 0 && c.Quote == c.Quantity.Span.In(text).ToString()
                && c.Sentence.Contains(c.Quantity.Span));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_pipeline_never_throws_on_arbitrary_strings()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var analysis = Shared.Pipeline.Analyze(Article(text ?? ""), CancellationToken.None);
            return analysis.Claims.All(c => c.Quantity.Span.End <= (text ?? "").Length);
        }).QuickCheckThrowOnFailure();
    }

    // a look-behind from a figure near the text's start ("at 5%": a name set at a figure; "' 5": a plural's possessive)
    [Theory]
    [InlineData("at 5% in Germany")]
    [InlineData("'5 medals for Germany")]
    [InlineData("’12 medals for Germany")]
    public void A_figure_at_the_start_of_the_text_reads_nothing_before_it(string text)
    {
        Assert.All(Shared.Run(text).Claims, c => Assert.True(c.Quantity.Span.End <= text.Length));
    }

    // a page's placeholder date ("datePublished": "0001-01-01T00:00:00Z") or a typo at the calendar's far end
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_publication_date_at_the_edge_of_the_calendar_anchors_nothing_and_does_not_throw(int year, int month, int day)
    {
        const string text = "He appointed 5 people in February, 3 last year and 4 next year, 7 on Monday, 8 in the third quarter, "
            + "9 over the past 12 months, 10 on Black Friday, 11 in the 2010s and 12 in 2024.";

        var document = Shared.Run(text, new DateOnly(year, month, day));

        Assert.Equal(["2010/2019", "2024"], document.Periods.Select(p => p.Period?.Label).OfType<string>());
    }

    [Fact]
    public void Entity_mentions_lie_inside_the_text()
    {
        Prop.ForAll(Arb.From(NewsLike), text =>
            Shared.Run(text).Mentions.All(m => m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Length > 0)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_long_run_of_digits_is_not_a_quantity_and_does_not_throw()
    {
        string text = "The code was " + new string('7', 5000) + " and nothing else.";

        var document = Shared.Run(text);

        Assert.Empty(document.Claims);
    }

    [Fact]
    public void A_huge_sentence_is_cut_with_a_warning()
    {
        string text = string.Concat(Enumerable.Repeat("hackers stole $5 million and ", 2000));

        var document = Shared.Run(text);

        Assert.Contains(document.Warnings, w => w.Contains("was cut", StringComparison.Ordinal));
        Assert.NotEmpty(document.Claims);
    }

    [Fact]
    public void Too_many_tokens_stop_reading_with_a_warning()
    {
        var pipeline = new NlpPipelineBuilder().WithLimits(new NlpLimits(1000, 250, TimeSpan.FromSeconds(5))).UseDefaults(Shared.Models).Build();

        var document = pipeline.Run(string.Concat(Enumerable.Repeat("word ", 5000)), null, CancellationToken.None);

        Assert.Equal(1000, document.Tokens.Count);
        Assert.Contains(document.Warnings, w => w.Contains("longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spent_time_budget_skips_the_remaining_steps_with_a_warning()
    {
        var pipeline = new NlpPipelineBuilder().WithLimits(new NlpLimits(1000, 250, TimeSpan.Zero)).UseDefaults(Shared.Models).Build();

        var document = pipeline.Run("Hackers stole $5 million.", new DateOnly(2024, 1, 1), CancellationToken.None);

        Assert.Empty(document.Claims);
        Assert.Contains(document.Warnings, w => w.Contains("Time budget", StringComparison.Ordinal));
    }

    [Fact]
    public void Parallel_workers_share_one_pipeline_and_get_the_same_claims()
    {
        var article = SeedCorpus.Article("02-seed003-financial-times.txt");
        string expected = string.Join('\n', Shared.Pipeline.Analyze(article, CancellationToken.None).Claims.Select(c => c.Key + c.Quote));

        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = string.Join('\n', Shared.Pipeline.Analyze(article, CancellationToken.None).Claims.Select(c => c.Key + c.Quote)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static Article Article(string text) => new()
    {
        Source = "property",
        Text = text,
        ContentHash = "",
        Metadata = new ArticleMetadata { Published = new DateOnly(2025, 1, 15) },
    };
}
