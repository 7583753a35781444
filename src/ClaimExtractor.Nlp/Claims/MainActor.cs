using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The story's main actor: the organization, place or named thing the headline and lead talk about most. A figure
/// whose clause names no subject ("had burned 12,400 acres") belongs to it, so articles from different outlets
/// about the same story frame their figures alike. People, bylines, datelines and parenthesized outlets never count.
/// </summary>
internal static class MainActor
{
    /// <summary>How many opening sentences (headline and lead) are read.</summary>
    private const int LeadSentences = 2;

    /// <summary>How often the main actor must be named in the whole document, unless the lead (not the headline) names it.</summary>
    private const int MinMentions = 2;

    /// <summary>The main actor of <paramref name="doc"/>, whose <see cref="ShortNames"/> are <paramref name="shortNames"/>, or null when the lead names no candidate.</summary>
    public static EntityRef? Of(AnalyzedDocument doc, IReadOnlyDictionary<string, EntityRef> shortNames)
    {
        var scores = new Dictionary<string, (EntityRef Entity, int Score, int First)>(StringComparer.Ordinal);
        var inLead = new HashSet<string>(StringComparer.Ordinal);
        int read = 0;
        foreach (var sentence in doc.Sentences)
        {
            if (read == LeadSentences)
            {
                break;
            }

            var mentions = SentenceFacts.Read(doc, sentence).Mentions;
            if (IsByline(doc, sentence) || IsCreditLine(doc, sentence, mentions))
            {
                continue;
            }

            int from = Dateline.End(doc, sentence);
            int to = TaglineStart(doc, sentence);
            int weight = read == 0 ? 4 : 2;
            bool subjectSeen = false;
            bool lastInPhrase = false;
            int lastEnd = -1;
            var times = doc.PeriodsIn(sentence);
            // SentenceFacts leaves out the attribution ("the statistics office said"): a source is not the story
            foreach (var m in mentions)
            {
                // nor a name in a trailing participle clause, a cause (", driven by demand on routes to North America")
                if (m.Span.Start < from || m.Span.End > to || m.Entity.Type == EntityType.Person || InParentheses(doc, m) || IsPossessor(doc, m) || InsideAFigure(doc, sentence, m)
                    || IsCounted(doc, m) || PlaceAdjective.Is(doc, m) || SentenceFacts.ParticipleTailBetween(doc, sentence.FirstToken, MentionPlaces.TokenAt(doc, m.Span.Start))
                    || SentenceFacts.InATime(times, m))
                {
                    continue;
                }

                // a place after "in" sets the scene ("in Turkey and Syria" both); the first name outside a prepositional phrase acts
                int t = MentionPlaces.TokenAt(doc, m.Span.Start);
                bool joined = lastEnd >= 0 && (doc.Is(t - 1, "and") || doc.Is(t - 1, "or") || doc.TokenText(t - 1) is ",") && MentionPlaces.TokenAt(doc, lastEnd - 1) == t - 2;
                bool inPhrase = joined ? lastInPhrase : MentionPlaces.PrepositionBefore(doc, m) is not null;
                lastInPhrase = inPhrase;
                lastEnd = m.Span.End;
                int score = inPhrase ? weight / 2 : subjectSeen ? weight : weight + 2;
                subjectSeen |= !inPhrase;

                var key = m.Entity.Key;
                scores[key] = scores.TryGetValue(key, out var s) ? (s.Entity, s.Score + score, s.First) : (m.Entity, score, m.Span.Start);
                if (read > 0 || !doc.EndsWithoutStop(sentence))
                {
                    inLead.Add(key);
                }
            }

            read++;
        }

        foreach (var (key, value) in scores.ToList())
        {
            if (shortNames.TryGetValue(value.Entity.Name, out var full) && full.Key != key)
            {
                scores.Remove(key);
                if (inLead.Remove(key))
                {
                    inLead.Add(full.Key);
                }

                scores[full.Key] = scores.TryGetValue(full.Key, out var s) ? (s.Entity, s.Score + value.Score, Math.Min(s.First, value.First)) : (full, value.Score, value.First);
            }
        }

        // a name only the headline gives and the story never repeats (a newsletter promo) is not its main actor
        var mentioned = doc.Mentions.GroupBy(m => (shortNames.TryGetValue(m.Entity.Name, out var full) ? full : m.Entity).Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return scores.Values.Where(s => mentioned.GetValueOrDefault(s.Entity.Key) >= MinMentions || inLead.Contains(s.Entity.Key))
            .OrderByDescending(s => s.Score).ThenBy(s => s.First).FirstOrDefault().Entity;
    }

    /// <summary>
    /// Short names that stand for a longer name (an organization, a product, an event) in the same document ("Korvat"
    /// for "Korvat Motors"), so one story's figures share one subject key. A first word that heads two unrelated
    /// names maps to neither. <paramref name="isKnownCompany"/> tells whether a word is a company the lexicon lists.
    /// </summary>
    public static IReadOnlyDictionary<string, EntityRef> ShortNames(AnalyzedDocument doc, Func<string, bool> isKnownCompany)
    {
        ArgumentNullException.ThrowIfNull(isKnownCompany);
        var map = new Dictionary<string, EntityRef?>(StringComparer.OrdinalIgnoreCase);
        // "Texas" beside "the Texas Department of State Health Services": a place the story names alone is that place
        var places = doc.Mentions.Where(m => m.Entity.Type is EntityType.Gpe or EntityType.Loc).Select(m => m.Entity.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // "Ford" beside "Ford Motor" or written as a company ("Ford shares"): the word a company's name opens with
        var companies = doc.Mentions.Where(m => m.Kind == MentionKind.Name && m.Entity.Type == EntityType.Org).Select(m => Head(m.Entity.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.Mentions)
        {
            int space = m.Entity.Name.IndexOf(' ', StringComparison.Ordinal);
            // a work's title is no long form of the name it opens with ("'Apple Developer' app" beside Apple)
            if (m.Kind != MentionKind.Name || m.Entity.Type is EntityType.Person or EntityType.Gpe || space <= 0 || QuotedTitles.Is(doc, m))
            {
                continue;
            }

            // "Storm Dara", "Hurricane Milton", "Tropical Storm Debby": a named storm goes by its own name
            if (StormName(m.Entity.Name) is { } storm)
            {
                map.TryAdd(storm, m.Entity);
            }

            // "Eastgate Airport" and "Eastgate Airport Holdings": the shorter, which the longer extends, stands for both; a
            // known company does not stand for its product ("Apple" beside "Apple Thunderbolt", "Nintendo" beside "Nintendo
            // Switch Lite"), nor one the story names as a company for a thing "the" sets apart ("Ford shares" beside "the
            // Ford Explorer"; "Brightwater's stock" beside "Brightwater Snacks", the company in full)
            // ("Harvard Management Company", "Harvard Business School": a body of the institution the head names is not
            // the institution, "Harvard")
            string head = m.Entity.Name[..space];
            if ((m.Entity.Type == EntityType.Other && (isKnownCompany(head) || (companies.Contains(head) && doc.Is(MentionPlaces.TokenAt(doc, m.Span.Start) - 1, "the"))))
                || places.Contains(head) || NamesAUnit(m.Entity.Name.AsSpan(space + 1)))
            {
                continue;
            }

            if (!map.TryGetValue(head, out var seen))
            {
                map[head] = m.Entity;
            }
            else if (seen is not null && seen.Key != m.Entity.Key)
            {
                map[head] = m.Entity.Name.StartsWith(seen.Name + " ", StringComparison.OrdinalIgnoreCase) ? seen
                    : seen.Name.StartsWith(m.Entity.Name + " ", StringComparison.OrdinalIgnoreCase) ? m.Entity : null;
            }
        }

        AddAcronyms(doc, map);
        return map.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.OrdinalIgnoreCase); // null values filtered just before
    }

    // the first word of a name
    private static string Head(string name) => name.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? name[..space] : name;

    // "TSA" beside "the Transportation Security Administration", "NSIDC" beside "the National Snow and Ice Data Center": an
    // all-capital name the initials of a longer name of the story spell stands for it (only one longer name may spell it)
    private static void AddAcronyms(AnalyzedDocument doc, Dictionary<string, EntityRef?> map)
    {
        Dictionary<string, EntityRef?>? spelledBy = null;
        foreach (var m in doc.Mentions)
        {
            string name = m.Entity.Name;
            if (m.Kind != MentionKind.Name || m.Entity.Type is EntityType.Person or EntityType.Gpe || name.Length is < 2 or > MaxAcronym
                || !name.All(char.IsAsciiLetterUpper) || map.ContainsKey(name))
            {
                continue;
            }

            // (the initials of the story's longer names, read once, and only for a story with an all-capital name)
            spelledBy ??= SpelledBy(doc);
            if (spelledBy.TryGetValue(name, out var spelled) && spelled is not null)
            {
                map[name] = spelled;
            }
        }
    }

    // the longer names of the story by their initials; null for initials two names spell
    private static Dictionary<string, EntityRef?> SpelledBy(AnalyzedDocument doc)
    {
        var byInitials = new Dictionary<string, EntityRef?>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions)
        {
            if (m.Kind != MentionKind.Name || m.Entity.Type is EntityType.Person or EntityType.Gpe || !m.Entity.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            string initials = Initials(m.Entity.Name);
            byInitials[initials] = byInitials.TryGetValue(initials, out var seen) && (seen is null || seen != m.Entity) ? null : m.Entity;
        }

        return byInitials;
    }

    private const int MaxAcronym = 6;

    private static readonly WordSet UnitWords = WordSet.Create(StringComparer.Ordinal,
        "Management", "Foundation", "Institute", "School", "College", "Hospital", "Museum", "Press", "Library", "Stadium", "Arena",
        "Center", "Centre", "Endowment", "Trust", "Fund", "Pension");

    // whether the words after a name's head name a body of its own ("Management Company", "Business School", "Medical
    // Center")
    private static bool NamesAUnit(ReadOnlySpan<char> rest)
    {
        foreach (var range in rest.Split(' '))
        {
            if (UnitWords.Contains(rest[range]))
            {
                return true;
            }
        }

        return false;
    }

    // the initials of a name's capitalized words ("NSIDC" of "National Snow and Ice Data Center")
    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    // the name after a storm's class words ("Dara" in "Storm Dara", "Debby" in "Tropical Storm Debby"), or null
    private static string? StormName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int k = 0;
        while (k < words.Length - 1 && StormClasses.Contains(words[k]))
        {
            k++;
        }

        return k > 0 && k == words.Length - 1 ? words[k] : null;
    }

    private static readonly WordSet StormClasses = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "storm", "hurricane", "typhoon", "cyclone", "tropical", "super", "winter", "subtropical");

    // "By Maria Okafor, Continental Press", "Posted by Rory Gallagher | Dismal Science Diary"
    private static bool IsByline(AnalyzedDocument doc, Sentence sentence) =>
        (doc.Is(sentence.FirstToken, "by") || doc.Is(sentence.FirstToken + 1, "by")) && sentence.EndToken - sentence.FirstToken <= 24;

    // "Getty Images", "Reuters/File Photo": a line that holds one name and nothing else credits a picture or labels a
    // section; it does not tell what the story is about
    private static bool IsCreditLine(AnalyzedDocument doc, Sentence sentence, IReadOnlyList<EntityMention> mentions)
    {
        if (mentions.Count != 1)
        {
            return false;
        }

        var only = mentions[0];
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = doc.Tokens[i];
            if (token.Kind is TokenKind.Word or TokenKind.Number && (token.Start < only.Span.Start || token.End > only.Span.End))
            {
                return false;
            }
        }

        return true;
    }

    // "Irish unemployment rises to 4.6% in September - CSO", "... | Sierra Foothill News": the source or site after a
    // bar, or after a spaced dash near the end, is not what the story is about
    private static int TaglineStart(AnalyzedDocument doc, Sentence sentence)
    {
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (doc.TokenText(i) is "|" || (Dateline.IsSpacedDash(doc, i) && sentence.EndToken - i <= 4))
            {
                return doc.Tokens[i].Start;
            }
        }

        return sentence.Span.End;
    }

    // "Europe's Aurora-3 weather satellite": the story is about the thing possessed
    private static bool IsPossessor(AnalyzedDocument doc, EntityMention m)
    {
        int e = MentionPlaces.TokenAt(doc, m.Span.End - 1);
        return doc.TokenText(e + 1) is "'s" or "’s" && doc.Tokens.Count > e + 2 && char.IsUpper(doc.TokenText(e + 2)[0]);
    }

    // "recalls 212,000 Estrada SUVs": a counted product or group is what the actor acts on
    private static bool IsCounted(AnalyzedDocument doc, EntityMention m) =>
        m.Kind != MentionKind.Demonym && doc.Tokens[Math.Max(0, MentionPlaces.TokenAt(doc, m.Span.Start) - 1)].Kind == TokenKind.Number;

    private static bool InParentheses(AnalyzedDocument doc, EntityMention m)
    {
        int t = MentionPlaces.TokenAt(doc, m.Span.Start);
        int e = MentionPlaces.TokenAt(doc, m.Span.End - 1);
        return doc.TokenText(t - 1) is "(" && e + 1 < doc.Tokens.Count && doc.TokenText(e + 1) is ")";
    }

    // a capitalized unit inside a figure ("24.2 degrees Celsius") names no one
    private static bool InsideAFigure(AnalyzedDocument doc, Sentence sentence, EntityMention m)
    {
        var (first, end) = doc.QuantitiesIn(sentence);
        for (int k = first; k < end; k++)
        {
            if (doc.Quantities[k].Quantity.Span.Contains(m.Span))
            {
                return true;
            }
        }

        return false;
    }
}
