namespace ClaimExtractor.Nlp.Corpora;

/// <summary>
/// Named PER/ORG/LOC spans from GUM's entity annotation (<c>Entity=</c> in MISC, fields
/// id-etype-infstat-salience-centering-minspan-link-identity). A mention counts as a name when its type is person,
/// organization or place and a word of its minimal span is a proper noun; the name is the run of capitalized words
/// around it, joined by "of", "the", "for", "&amp;" ("University of Paris"), so "the" and trailing clauses stay out. A
/// person's name is only the proper nouns UD joins by <c>flat</c> (titles and places around it stay out), as Universal
/// NER marks names. Where names nest, the outer one wins.
/// </summary>
public static class GumEntities
{
    /// <summary>BIO labels (<c>B-PER</c>, <c>I-ORG</c>, <c>O</c>, ...) for the words of <paramref name="sentence"/>.</summary>
    public static string[] Labels(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        var labels = Enumerable.Repeat(EntityLabels.Outside, words.Count).ToArray();
        foreach (var (start, end, type) in NamedSpans(words).OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (labels.AsSpan(start, end - start).ContainsAnyExcept(EntityLabels.Outside))
            {
                continue;
            }

            EntityLabels.Write(labels, start, end, type);
        }

        return labels;
    }

    private static IEnumerable<(int Start, int End, string Type)> NamedSpans(IReadOnlyList<ConlluToken> words)
    {
        var open = new Dictionary<string, Stack<(int Start, string Spec)>>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++)
        {
            string? value = MiscValue(words[i].Misc, "Entity=");
            if (value is null)
            {
                continue;
            }

            int pos = 0;
            while (pos < value.Length)
            {
                if (value[pos] == '(')
                {
                    int end = value.IndexOfAny(['(', ')'], pos + 1);
                    string spec = value[(pos + 1)..(end < 0 ? value.Length : end)];
                    string id = spec.Split('-')[0];
                    if (end >= 0 && value[end] == ')')
                    {
                        if (Named(words, i, i + 1, spec) is { } single)
                        {
                            yield return single;
                        }

                        pos = end + 1;
                    }
                    else
                    {
                        if (!open.TryGetValue(id, out var stack))
                        {
                            open[id] = stack = new Stack<(int, string)>();
                        }

                        stack.Push((i, spec));
                        pos = end < 0 ? value.Length : end;
                    }
                }
                else
                {
                    int close = value.IndexOf(')', pos);
                    if (close < 0)
                    {
                        break;
                    }

                    string id = value[pos..close];
                    if (open.TryGetValue(id, out var stack) && stack.Count > 0)
                    {
                        var (start, spec) = stack.Pop();
                        if (Named(words, start, i + 1, spec) is { } span)
                        {
                            yield return span;
                        }
                    }

                    pos = close + 1;
                }
            }
        }
    }

    private static (int Start, int End, string Type)? Named(IReadOnlyList<ConlluToken> words, int start, int end, string spec)
    {
        string[] fields = spec.Split('-', 8);
        if (fields.Length < 6)
        {
            return null;
        }

        string? type = fields[1] switch
        {
            "person" => "PER",
            "organization" => "ORG",
            "place" => "LOC",
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        int first = -1;
        foreach (string offset in fields[5].Split(','))
        {
            if (int.TryParse(offset, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int k)
                && start + k - 1 < end && IsProper(words[start + k - 1]))
            {
                first = start + k - 1;
                break;
            }
        }

        if (first < 0)
        {
            return null;
        }

        if (type == "PER")
        {
            return PersonName(words, start, end, first);
        }

        while (first > start && IsCapitalized(words[first - 1]))
        {
            first--;
        }

        int last = first + 1;
        while (last < end)
        {
            int next = last;
            while (next < end && next - last < 2 && IsLink(words[next]))
            {
                next++;
            }

            if (next >= end || !IsCapitalized(words[next]))
            {
                break;
            }

            last = next + 1;
        }

        return (first, last, type);
    }

    // A person's name is the proper noun of its mention and the proper nouns joined to it by `flat`, as UD builds
    // names ("Charles Bolden"; GUM also hangs "critic Louis Ehlert" together by flat, so common nouns stay out): a title
    // before it hangs on it as nmod:desc or compound ("NASA Administrator", "President"), a place after it as nmod ("of
    // France"), so they stay out too, and a name nested in them counts alone. A plural ("Americans", "Democrats") or a
    // proper noun with a determiner ("the Governor") names a group or a role, not a person, as in Universal NER.
    private static (int Start, int End, string Type)? PersonName(IReadOnlyList<ConlluToken> words, int start, int end, int proper)
    {
        int head = Enumerable.Range(start, end - start).FirstOrDefault(k => words[k].Head - 1 < start || words[k].Head - 1 >= end, proper);
        proper = IsProper(words[head]) ? head : proper;
        int root = proper;
        while (IsFlat(words[root]) && words[root].Head - 1 >= start && words[root].Head - 1 < end)
        {
            root = words[root].Head - 1;
        }

        bool InName(int k) => k >= start && k < end && words[k].Upos != "NOUN" && (k == root || JoinsFlat(words, k, root));
        if (words[proper].Feats.Contains("Number=Plur", StringComparison.Ordinal)
            || words.Any(w => w.Head - 1 == proper && w.Deprel == "det"))
        {
            return null;
        }

        int first = proper, last = proper + 1;
        while (InName(first - 1) || (first - 2 >= start && words[first - 1].Upos == "PUNCT" && InName(first - 2)))
        {
            first -= InName(first - 1) ? 1 : 2;
        }

        while (InName(last) || (words.Count > last + 1 && words[last].Upos == "PUNCT" && InName(last + 1)))
        {
            last += InName(last) ? 1 : 2;
        }

        return (first, last, "PER");
    }

    // whether word k reaches word head by a chain of flat relations
    private static bool JoinsFlat(IReadOnlyList<ConlluToken> words, int k, int head)
    {
        for (int steps = 0; steps < words.Count && IsFlat(words[k]) && words[k].Head > 0; steps++)
        {
            k = words[k].Head - 1;
            if (k == head)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFlat(ConlluToken word) => word.Deprel.StartsWith("flat", StringComparison.Ordinal);

    private static bool IsProper(ConlluToken word) => word.Upos == "PROPN";

    // "New York City", "United States": GUM tags New and United ADJ, so the run goes by capitals, not by tags
    private static bool IsCapitalized(ConlluToken word) =>
        word.Form.Length > 0 && char.IsUpper(word.Form[0]) && word.Upos is not ("DET" or "PRON" or "PUNCT" or "SYM");

    private static bool IsLink(ConlluToken word) => word.Form is "of" or "the" or "&" or "for" or "de";

    private static string? MiscValue(string misc, string key)
    {
        foreach (string part in misc.Split('|'))
        {
            if (part.StartsWith(key, StringComparison.Ordinal))
            {
                return part[key.Length..];
            }
        }

        return null;
    }
}
