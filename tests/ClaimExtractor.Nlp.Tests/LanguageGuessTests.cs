using ClaimExtractor.Core.Documents;
using ClaimExtractor.Nlp.Tests.Support;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// The language a text reads as, by its function words and its script: pages whose metadata names no language, or
/// one the text is not in (an English story a German edition republishes with <c>lang="de"</c>).
/// </summary>
public sealed class LanguageGuessTests
{
    private const string English =
        "The city council approved a budget of $4.2 million on Tuesday, after a debate that lasted more than three hours. "
        + "The mayor said the plan would cut spending on roads by 12 percent, and that it was the first cut in a decade.";

    private const string Portuguese =
        "A prefeitura aprovou nesta terça-feira um orçamento de 4,2 milhões de reais, após um debate que durou mais de três horas. "
        + "Segundo o prefeito, o plano reduz em 12% os gastos com estradas, e foi o primeiro corte em uma década.";

    private static LanguageGuess Languages { get; } = Shared.Models.Languages;

    [Theory]
    [InlineData(English, "English")]
    [InlineData(Portuguese, "Portuguese")]
    [InlineData("Le conseil municipal a approuvé mardi un budget de 4,2 millions d'euros, après un débat qui a duré plus de trois heures. Selon le maire, le plan réduit de 12 % les dépenses pour les routes.", "French")]
    [InlineData("Der Stadtrat hat am Dienstag einen Haushalt von 4,2 Millionen Euro beschlossen, nach einer Debatte, die mehr als drei Stunden dauerte. Der Bürgermeister sagte, der Plan kürze die Ausgaben für Straßen um 12 Prozent.", "German")]
    [InlineData("Городской совет во вторник утвердил бюджет в 4,2 миллиона долларов после трёхчасовых дебатов.", "Cyrillic-script text")]
    [InlineData("Kindle for PCをCtrl＋Alt＋Kのショートカットキーで立ち上がらなくする方法を紹介します。", "Japanese")]
    public void A_text_reads_as_the_language_of_its_function_words_or_its_script(string text, string language) =>
        Assert.Equal(language, Languages.Of(text));

    [Theory]
    [InlineData(English + " \"No vamos a aceptar más recortes\", dijo un vecino. " + English)]
    [InlineData("Pos. Driver Points Wins 1 Kyle Busch 5040 5 2 Martin Truex Jr. 5035 7 3 Kevin Harvick 5033 4")]
    public void A_quote_in_another_language_or_a_table_does_not_make_a_text_foreign(string text) =>
        Assert.NotEqual("Spanish", Languages.Of(text));

    [Theory]
    [InlineData(null, Portuguese, false, "Reads as Portuguese: claims are read from English text only.")]
    [InlineData("pt-BR", Portuguese, false, "Reads as Portuguese (its metadata says 'pt-BR'): claims are read from English text only.")]
    [InlineData("de", English, true, "Its metadata says 'de', but it reads as English: claims were read.")]
    public void The_text_decides_over_the_metadata_when_its_function_words_do(string? named, string text, bool read, string warning)
    {
        var article = new Article { Source = "t", Text = text, ContentHash = "", Metadata = new ArticleMetadata { Language = named, Published = new DateOnly(2025, 3, 5) } };

        var analysis = Shared.Pipeline.Analyze(article, CancellationToken.None);

        Assert.Equal(read, analysis.Claims.Count > 0);
        Assert.Contains(warning, analysis.Warnings);
    }
}
