using System.Buffers;
using System.Collections.Frozen;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Learning;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Syntax;

namespace ClaimExtractor.Nlp.Names;

/// <summary>
/// Runs the trained tagger and name recognizer over each sentence (after the lexicon-based
/// <see cref="Entities.EntityRecognizer"/>): every token gets its POS tag; a name the recognizer finds that no mention
/// covers becomes a new mention (PERSON, ORG or LOC); an unknown capitalized name the lexicon step left untyped (OTHER)
/// takes the recognizer's type. Lexicon mentions stay as they are: the lexicon stays authoritative for linking.
/// </summary>
public sealed class NameTagger : IDocumentProcess
{
    /// <summary>The tagger model's path inside the models folder.</summary>
    public const string TaggerFile = "syntax/pos-ewt.cxpm";

    /// <summary>The recognizer model's path inside the models folder.</summary>
    public const string RecognizerFile = "entities/ner-gum-uner.cxpm";

    private static readonly EntityType[] Types = [EntityType.Person, EntityType.Org, EntityType.Loc];

    // one sentence buffer per thread, reused by every document it labels: its arrays grow to the longest sentence seen
    [ThreadStatic]
    private static SentenceFeatures? buffer;
    private readonly NameRecognizer recognizer;
    private readonly FrozenSet<string> lexiconNames;
    private readonly string[] tagNames;

    /// <summary>A process over <paramref name="recognizer"/>; <paramref name="lexiconNames"/> are canonical names it never retypes.</summary>
    public NameTagger(NameRecognizer recognizer, IEnumerable<string> lexiconNames)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        this.recognizer = recognizer;
        this.lexiconNames = lexiconNames.ToFrozenSet(StringComparer.Ordinal);
        tagNames = [.. recognizer.Tagger.Tags];
    }

    /// <inheritdoc />
    public string Name => "names";

    /// <inheritdoc />
    public IReadOnlyList<string> Produces { get; } = ["pos", "entity"];

    /// <summary>Loads the tagger and recognizer from <paramref name="modelsDirectory"/> over the lexicons in <paramref name="models"/>.</summary>
    public static NameTagger Load(string modelsDirectory, NlpModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var tagger = PosTagger.Load(Path.Combine(modelsDirectory, TaggerFile));
        var recognizer = NameRecognizer.Load(Path.Combine(modelsDirectory, RecognizerFile), tagger, new NameGazetteer(models.Entities));
        return new NameTagger(recognizer, models.Entities.Phrases.Values.Select(e => e.Entity.Name));
    }

    /// <inheritdoc />
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentence = buffer ??= new SentenceFeatures();
        var spans = ArrayPool<TextSpan>.Shared.Rent(64);
        var labels = ArrayPool<int>.Shared.Rent(64);
        try
        {
            foreach (var s in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int count = s.EndToken - s.FirstToken;
                if (spans.Length < count)
                {
                    ArrayPool<TextSpan>.Shared.Return(spans);
                    ArrayPool<int>.Shared.Return(labels);
                    spans = ArrayPool<TextSpan>.Shared.Rent(count);
                    labels = ArrayPool<int>.Shared.Rent(count);
                }

                for (int i = 0; i < count; i++)
                {
                    spans[i] = document.Tokens[s.FirstToken + i].Span;
                }

                sentence.Reset(document.Text, spans.AsSpan(0, count));
                recognizer.Label(sentence, labels.AsSpan(0, count));
                for (int i = 0; i < count; i++)
                {
                    document.AddPosTag(tagNames[sentence.Pos(i) - 1]);
                }

                AddNames(document, s.FirstToken, labels.AsSpan(0, count));
            }
        }
        finally
        {
            ArrayPool<TextSpan>.Shared.Return(spans);
            ArrayPool<int>.Shared.Return(labels);
        }
    }

    // labels: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC (EntityLabels.All)
    private void AddNames(AnalyzedDocument document, int first, ReadOnlySpan<int> labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == 0 || labels[i] % 2 == 0)
            {
                continue;
            }

            int end = i + 1;
            while (end < labels.Length && labels[end] == labels[i] + 1)
            {
                end++;
            }

            var span = new TextSpan(document.Tokens[first + i].Start, document.Tokens[first + end - 1].End);
            Place(document, span, Types[(labels[i] - 1) / 2]);
            i = end - 1;
        }
    }

    private void Place(AnalyzedDocument document, TextSpan span, EntityType type)
    {
        int overlapping = -1;
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Span.Start < span.End && span.Start < mention.Span.End)
            {
                if (overlapping >= 0)
                {
                    return;
                }

                overlapping = m;
            }
        }

        if (overlapping < 0)
        {
            string name = span.In(document.Text).ToString().Replace('’', '\'');
            document.AddMention(new EntityMention(span, new EntityRef(name, type), MentionKind.Name));
            return;
        }

        var found = document.Mentions[overlapping];
        if (found.Kind == MentionKind.Name && found.Entity.Type == EntityType.Other && !lexiconNames.Contains(found.Entity.Name))
        {
            document.ReplaceMention(overlapping, found with { Entity = found.Entity with { Type = type } });
        }
    }
}
