namespace ClaimExtractor.Nlp.Syntax;

/// <summary>
/// The one-word English forms WordNet 3.0 lists, each with bits saying what it is: a noun, verb, adjective or adverb
/// lemma, a noun's plural or a verb's inflected form (regular, or from WordNet's exception lists), or a noun WordNet
/// writes capitalized (a name). Read from a WordNet database folder (<c>index.noun</c>, <c>index.verb</c>,
/// <c>index.adj</c>, <c>index.adv</c>, <c>noun.exc</c>, <c>verb.exc</c>, <c>data.noun</c>), as Debian's
/// <c>wordnet-base</c> installs it in <c>/usr/share/wordnet</c>. The tagger's tag dictionary gives these bits (17 to 23
/// of a lexicon code, above the tag mask) to the words seen too rarely in training to have a tag class of their own.
/// </summary>
public static class WordNetForms
{
    /// <summary>A noun lemma ("cat").</summary>
    public const int Noun = 1 << 17;

    /// <summary>A verb lemma ("run").</summary>
    public const int Verb = 1 << 18;

    /// <summary>An adjective lemma ("calm").</summary>
    public const int Adjective = 1 << 19;

    /// <summary>An adverb lemma ("calmly").</summary>
    public const int Adverb = 1 << 20;

    /// <summary>A noun's plural ("cats", "mice").</summary>
    public const int Plural = 1 << 21;

    /// <summary>A verb's inflected form ("runs", "running", "ran").</summary>
    public const int Inflected = 1 << 22;

    /// <summary>A noun WordNet writes capitalized ("Paris"), kept in lower case like every form here.</summary>
    public const int Capitalized = 1 << 23;

    private static readonly (string Part, int Lemma)[] Parts = [("noun", Noun), ("verb", Verb), ("adj", Adjective), ("adv", Adverb)];

    /// <summary>Every one-word form of the WordNet database in <paramref name="folder"/>, in lower case, with its bits.</summary>
    public static Dictionary<string, int> Read(string folder)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string form, int bit)
        {
            if (form.Length > 0 && !form.Contains('_', StringComparison.Ordinal))
            {
                forms[form] = forms.GetValueOrDefault(form) | bit;
            }
        }

        foreach (var (part, lemmaBit) in Parts)
        {
            foreach (string lemma in FirstFields(Path.Combine(folder, "index." + part)))
            {
                Add(lemma, lemmaBit);
                foreach (string form in lemmaBit == Noun ? [PluralOf(lemma)] : lemmaBit == Verb ? VerbForms(lemma) : [])
                {
                    Add(form, lemmaBit == Noun ? Plural : Inflected);
                }
            }
        }

        foreach (string form in FirstFields(Path.Combine(folder, "noun.exc")))
        {
            Add(form, Plural);
        }

        foreach (string form in FirstFields(Path.Combine(folder, "verb.exc")))
        {
            Add(form, Inflected);
        }

        foreach (string noun in NounsAsWritten(Path.Combine(folder, "data.noun")).Where(n => char.IsUpper(n[0])))
        {
            Add(noun.ToLowerInvariant(), Capitalized);
        }

        return forms;
    }

    // the first field of each line that is not part of the licence header (which starts with spaces)
    private static IEnumerable<string> FirstFields(string file) =>
        File.ReadLines(file).Where(line => line.Length > 0 && line[0] != ' ').Select(line => line.Split(' ')[0]);

    // the words of each synset line: offset, lexicographer file, type, word count (hex), then word and lex id pairs
    private static IEnumerable<string> NounsAsWritten(string file)
    {
        foreach (string line in File.ReadLines(file).Where(line => line.Length > 0 && line[0] != ' '))
        {
            var fields = line.Split(' ');
            int count = Convert.ToInt32(fields[3], 16);
            for (int w = 0; w < count; w++)
            {
                yield return fields[4 + (2 * w)];
            }
        }
    }

    // "cat" → "cats", "box" → "boxes", "city" → "cities" (-s, -es after a sibilant, -ies after a consonant's y)
    private static string PluralOf(string lemma) =>
        lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
            ? lemma + "es"
            : ConsonantY(lemma) ? lemma[..^1] + "ies" : lemma + "s";

    // "walk" → walks, walked, walking; "bake" → baked, baking; "try" → tried (irregular forms come from verb.exc)
    private static string[] VerbForms(string lemma) =>
    [
        PluralOf(lemma),
        lemma.EndsWith('e') ? lemma + "d" : ConsonantY(lemma) ? lemma[..^1] + "ied" : lemma + "ed",
        lemma.Length > 2 && lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing" : lemma + "ing",
    ];

    private static bool ConsonantY(string word) => word.Length > 1 && word[^1] == 'y' && !"aeiou".Contains(word[^2], StringComparison.Ordinal);
}
