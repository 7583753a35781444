using ClaimExtractor.Nlp.Learning;
using ClaimExtractor.Nlp.Names;

namespace ClaimExtractor.Nlp.Tests.Learning;

/// <summary>
/// WordNet's instance nouns give the recognizer typed names, and its all-person common nouns a cue before a name: read
/// from a small <c>data.noun</c> laid out as WordNet 3.0's, and marked on a sentence's words.
/// </summary>
public class WordNetNamesTests
{
    private const string Header = "  1 This software and database is being provided to you, the LICENSEE, by\n";

    // offset, lexicographer file, n, word count (hex), words with lex ids, pointer count, pointers, gloss
    private const string DataNoun = Header
        + "00007846 03 n 02 person 0 individual 0 000 | a human being\n"
        + "10467179 18 n 01 president 0 001 @ 00007846 n 0000 | the head of a state\n"
        + "11100001 18 n 03 Lincoln 0 Abraham_Lincoln 0 President_Lincoln 0 001 @i 10467179 n 0000 | 16th President\n"
        + "10300002 18 n 01 minister 0 001 @ 00007846 n 0000 | a person who heads a ministry\n"
        + "10300003 18 n 01 chair 0 001 @ 00007846 n 0000 | the officer who presides\n"
        + "03000004 06 n 01 chair 0 000 | a seat for one person\n"
        + "00027167 03 n 01 location 0 000 | a point or extent in space\n"
        + "08524735 15 n 01 city 0 001 @ 00027167 n 0000 | a large town\n"
        + "09000005 15 n 02 Boston 0 Hub_of_the_Universe 0 001 @i 08524735 n 0000 | capital of Massachusetts\n"
        + "08008335 14 n 02 organization 0 organisation 0 000 | a group of people who work together\n"
        + "08000006 14 n 01 political_unit 0 001 @ 08008335 n 0000 | a unit with political responsibilities\n"
        + "08000007 14 n 02 Irish_Republican_Army 0 IRA 0 001 @i 08008335 n 0000 | a militant organization\n"
        + "08000008 14 n 01 Red_Cross 0 001 @ 08008335 n 0000 | an organization that helps\n"
        + "01000007 04 n 01 campaign 0 000 | a series of actions\n"
        + "01000008 04 n 01 First_Crusade 0 001 @i 01000007 n 0000 | a crusade\n";

    [Fact]
    public void Instance_nouns_take_the_type_their_hypernyms_lead_to_and_common_nouns_whose_senses_share_one_type_are_cues()
    {
        using var dir = new TempDir();
        dir.Write("data.noun", DataNoun);

        var names = WordNetNames.Read(dir.Path);

        Assert.Equal(WordNetNames.Person, names["lincoln"]);
        Assert.Equal(WordNetNames.Person, names["abraham lincoln"]);
        Assert.Equal(WordNetNames.Place, names["boston"]);
        Assert.Equal(WordNetNames.Place, names["hub of the universe"]);
        Assert.Equal(WordNetNames.Organization, names["irish republican army"]);
        Assert.Equal(WordNetNames.Organization, names["ira"]);
        Assert.Equal(WordNetNames.PersonNoun, names["minister"]);
        Assert.Equal(WordNetNames.PersonNoun, names["president"]);
        Assert.DoesNotContain("chair", names.Keys);
        Assert.DoesNotContain("political unit", names.Keys);
        Assert.DoesNotContain("red cross", names.Keys);
        Assert.DoesNotContain("first crusade", names.Keys);
        Assert.Equal(WordNetNames.PlaceNoun, names["city"]);
        Assert.Equal(WordNetNames.OrganizationNoun, names["organisation"]);
        Assert.DoesNotContain("campaign", names.Keys);
    }

    [Fact]
    public void Each_word_gets_the_types_of_the_longest_name_over_it_and_of_the_names_it_is_starts_or_ends()
    {
        var classes = new NameClasses(new Dictionary<string, int>
        {
            ["abraham lincoln"] = WordNetNames.Person,
            ["new york"] = WordNetNames.Place,
            ["york"] = WordNetNames.Place,
            ["minister"] = WordNetNames.PersonNoun,
        });
        var sentence = SentenceFeatures.Of(["Minister", "Abraham", "Lincoln", "flew", "to", "New", "York", "."]);
        sentence.SetLexicon(1, 14);

        classes.Mark(sentence);

        uint[] span = [.. Enumerable.Range(0, sentence.Count).Select(i => NameClasses.SpanOf(sentence.Lexicon(i)))];
        uint[] word = [.. Enumerable.Range(0, sentence.Count).Select(i => NameClasses.WordOf(sentence.Lexicon(i)))];
        Assert.Equal([0u, WordNetNames.Person | 16, WordNetNames.Person | 8 | 16, 0, 0, WordNetNames.Place | 16, WordNetNames.Place | 8 | 16, 0], span);
        Assert.Equal([WordNetNames.PersonNoun, WordNetNames.Person << 6, WordNetNames.Person << 9, 0, 0, WordNetNames.Place << 6, WordNetNames.Place | (WordNetNames.Place << 9), 0], word);
        Assert.Equal(14u, NameClasses.GazetteerOf(sentence.Lexicon(1)));
    }
}
