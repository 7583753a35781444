namespace ClaimExtractor.Nlp.Names;

/// <summary>
/// The names WordNet 3.0 knows, typed: each lemma of an instance noun ("Boston" an instance of city, "Abraham Lincoln"
/// and "Lincoln" of president) whose hypernyms lead to person, organization or a place (location, body of water,
/// geological formation, structure), and the one-word
/// common nouns whose every sense is of one of those types: a person ("minister", "spokeswoman"), which often stands
/// before a person's name, an organization ("university") or a place ("river"), which often ends one.
/// Read from <c>data.noun</c> of a WordNet database folder, as Debian's <c>wordnet-base</c> installs it in
/// <c>/usr/share/wordnet</c>. Keys are in lower case, their words joined by spaces.
/// </summary>
public static class WordNetNames
{
    /// <summary>A person's name ("Lincoln").</summary>
    public const int Person = 1;

    /// <summary>An organization's name ("Irish Republican Army").</summary>
    public const int Organization = 2;

    /// <summary>A place's name ("Boston", "Mississippi", "Golden Gate Bridge").</summary>
    public const int Place = 4;

    /// <summary>A common noun whose every sense is a person ("minister").</summary>
    public const int PersonNoun = Person << 3;

    /// <summary>A common noun whose every sense is an organization ("university").</summary>
    public const int OrganizationNoun = Organization << 3;

    /// <summary>A common noun whose every sense is a place ("river").</summary>
    public const int PlaceNoun = Place << 3;

    // the synsets whose descendants are of a type: each a first lemma in its lexicographer file (03 noun.Tops,
    // 06 noun.artifact, 14 noun.group, 17 noun.object)
    private static readonly (string Lemma, string File, int Type)[] Roots =
    [
        ("person", "03", Person), ("organization", "14", Organization), ("social_group", "14", Organization),
        ("location", "03", Place), ("body_of_water", "17", Place), ("geological_formation", "17", Place), ("structure", "06", Place),
    ];

    /// <summary>The typed names and one-type common nouns of the WordNet database in <paramref name="folder"/>, with their bits.</summary>
    public static Dictionary<string, int> Read(string folder)
    {
        var synsets = new Dictionary<string, Synset>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(folder, "data.noun")).Where(line => line.Length > 0 && line[0] != ' '))
        {
            var synset = Synset.Parse(line);
            synsets[synset.Offset] = synset;
        }

        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var synset in synsets.Values)
        {
            int root = Roots.FirstOrDefault(r => r.File == synset.File && synset.Words[0] == r.Lemma).Type;
            if (root != 0)
            {
                types[synset.Offset] = root;
            }
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var senseTypes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var synset in synsets.Values)
        {
            int type = TypeOf(synset.Offset, synsets, types, []);
            foreach (string word in synset.Words)
            {
                string key = word.Replace('_', ' ').ToLowerInvariant();
                if (synset.Instance && type is Person or Organization or Place)
                {
                    names[key] = names.GetValueOrDefault(key) | type;
                }
                else if (!synset.Instance && !word.Contains('_', StringComparison.Ordinal) && char.IsLower(word[0]))
                {
                    senseTypes[key] = senseTypes.TryGetValue(key, out int before) && before != type ? 0 : type;
                }
            }
        }

        foreach (var (noun, type) in senseTypes.Where(p => p.Value != 0))
        {
            names[noun] = names.GetValueOrDefault(noun) | (type << 3);
        }

        return names;
    }

    // the one type the synset's hypernym chains lead to (0 when none or more than one), memoized in types
    private static int TypeOf(string offset, Dictionary<string, Synset> synsets, Dictionary<string, int> types, HashSet<string> seen)
    {
        if (types.TryGetValue(offset, out int known))
        {
            return known;
        }

        int type = 0;
        if (seen.Add(offset) && synsets.TryGetValue(offset, out var synset))
        {
            foreach (string up in synset.Hypernyms)
            {
                type |= TypeOf(up, synsets, types, seen);
            }
        }

        type = type is Person or Organization or Place ? type : 0;
        types[offset] = type;
        return type;
    }

    // a data.noun line: offset, lexicographer file, type, word count (hex), word and lex id pairs, pointer count, then
    // pointers (symbol, offset, part of speech, source/target); "@" a hypernym, "@i" the class of an instance
    private sealed record Synset(string Offset, string File, string[] Words, string[] Hypernyms, bool Instance)
    {
        public static Synset Parse(string line)
        {
            var fields = line.Split(' ');
            int count = Convert.ToInt32(fields[3], 16);
            string[] words = [.. Enumerable.Range(0, count).Select(w => fields[4 + (2 * w)])];
            int at = 4 + (2 * count);
            var pointers = Enumerable.Range(0, int.Parse(fields[at], System.Globalization.CultureInfo.InvariantCulture))
                .Select(p => (Symbol: fields[at + 1 + (4 * p)], Offset: fields[at + 2 + (4 * p)])).ToArray();
            return new Synset(fields[0], fields[1], words, [.. pointers.Where(p => p.Symbol is "@" or "@i").Select(p => p.Offset)],
                pointers.Any(p => p.Symbol == "@i"));
        }
    }
}
