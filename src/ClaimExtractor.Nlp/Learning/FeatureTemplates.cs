namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// The features of one greedy left-to-right labeller: what it looks at for word <c>i</c> given the labels already
/// chosen for the words before it. Training and tagging call the same methods, so they cannot drift apart. The
/// features split in two: static ones read only the words (and earlier labellers' tags), dynamic ones read the labels
/// chosen before word <c>i</c>. Decoding sums every word's static rows in one pass over the sentence, where the table
/// reads of one word do not wait for the label of the word before, then adds the few dynamic rows word by word.
/// </summary>
public abstract class FeatureTemplates
{
    /// <summary>The most static features <see cref="ExtractStatic"/> writes for one word.</summary>
    public abstract int MaxStaticFeatures { get; }

    /// <summary>The most dynamic features <see cref="ExtractDynamic"/> writes for one word.</summary>
    public abstract int MaxDynamicFeatures { get; }

    /// <summary>The most features <see cref="Extract"/> writes for one word.</summary>
    public int MaxFeatures => MaxStaticFeatures + MaxDynamicFeatures;

    /// <summary>Writes every feature of word <paramref name="i"/> into <paramref name="into"/> (static, then dynamic) and returns how many.</summary>
    public int Extract(SentenceFeatures sentence, int i, ReadOnlySpan<int> labels, Span<uint> into)
    {
        int n = ExtractStatic(sentence, i, into);
        return n + ExtractDynamic(sentence, i, labels, into[n..]);
    }

    /// <summary>Writes the features of word <paramref name="i"/> that do not read earlier labels and returns how many.</summary>
    protected abstract int ExtractStatic(SentenceFeatures sentence, int i, Span<uint> into);

    /// <summary>Writes the features of word <paramref name="i"/> that read the labels before it and returns how many.</summary>
    protected abstract int ExtractDynamic(SentenceFeatures sentence, int i, ReadOnlySpan<int> labels, Span<uint> into);

    /// <summary>The label to keep when the model picks <paramref name="label"/> after <paramref name="previous"/> (-1 at the start); by default, the pick.</summary>
    public virtual int Constrain(int previous, int label) => label;

    /// <summary>Adds what the features need beyond the words (lexicon codes, earlier labellers' tags); called once per sentence before labelling.</summary>
    public virtual void Prepare(SentenceFeatures sentence)
    {
    }

    /// <summary>
    /// The label word <paramref name="i"/> gets without scoring (a frequent unambiguous word), given the labels of the words
    /// before it, or -1 to let the model choose.
    /// </summary>
    public virtual int FixedLabel(SentenceFeatures sentence, int i, ReadOnlySpan<int> labels) => -1;

    /// <summary>
    /// Whether <see cref="FixedLabel"/> fixes word <paramref name="i"/> for the usual labels before it, so decoding does not
    /// sum its static rows up front (and sums them on the spot in the rare case it must score the word after all).
    /// </summary>
    public virtual bool UsuallyFixed(SentenceFeatures sentence, int i) => false;

    /// <summary>
    /// Whether no word of <paramref name="sentence"/> (prepared) can take a label but the first, so decoding gives every
    /// word label 0 without scoring; by default, never.
    /// </summary>
    public virtual bool NothingToLabel(SentenceFeatures sentence) => false;

    /// <summary>
    /// Whether training still scores and learns from the words <see cref="FixedLabel"/> fixes: true when the rule only
    /// saves time when labelling, so the model's weights see every word as before.
    /// </summary>
    public virtual bool TrainsFixedWords => false;

    /// <summary>
    /// How many left-to-right passes labelling takes: from the second on, <see cref="Remember"/> has handed the sentence the
    /// previous pass's labels, so dynamic features can read the labels of the words to the right too.
    /// </summary>
    public virtual int Passes => 1;

    /// <summary>
    /// Stores the labels of the previous pass in <paramref name="sentence"/> for the next pass's features, or clears them
    /// before the first pass (<paramref name="previous"/> empty); unused with one pass.
    /// </summary>
    public virtual void Remember(SentenceFeatures sentence, ReadOnlySpan<int> previous)
    {
    }

    /// <summary>
    /// The margin (best score less the runner-up's) at or above which a word keeps its label from the previous pass
    /// without being scored again; by default every word is scored in every pass.
    /// </summary>
    public virtual float SureMargin => float.PositiveInfinity;

    /// <summary>
    /// Whether pass <paramref name="pass"/> (from 1) labels the words right to left, so its dynamic features read the labels
    /// of the words after word <c>i</c> instead of before; by default every pass runs left to right. (<see cref="Constrain"/>,
    /// which reads the label before, is for left-to-right passes.)
    /// </summary>
    public virtual bool RightToLeft(int pass) => false;

    /// <summary>Word <paramref name="k"/> of <paramref name="count"/> in the order pass <paramref name="pass"/> visits them.</summary>
    public int InOrder(int pass, int k, int count) => RightToLeft(pass) ? count - 1 - k : k;

    /// <summary>Labels every word of <paramref name="sentence"/> greedily with <paramref name="model"/>, in <see cref="Passes"/> passes.</summary>
    public void Decode(PerceptronModel model, SentenceFeatures sentence, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentence);
        Prepare(sentence);
        if (NothingToLabel(sentence))
        {
            labels[..sentence.Count].Clear();
            return;
        }

        int width = model.ScoreWidth;
        var scores = sentence.ScoreBuffer(width);
        SumStatic(model, sentence, scores, width);
        Span<float> margins = Passes == 1 ? default : sentence.Count <= 256 ? stackalloc float[sentence.Count] : new float[sentence.Count];
        margins.Fill(float.NegativeInfinity);
        for (int pass = 1; pass <= Passes; pass++)
        {
            if (Passes > 1)
            {
                Remember(sentence, pass == 1 ? default : labels[..sentence.Count]);
            }

            LabelPass(model, sentence, scores, width, labels, margins, pass);
        }
    }

    // One greedy pass: a later pass reuses the static sums of the first and adds only the dynamic rows, and only for the
    // words the pass before was unsure of (their margins, kept when there are later passes).
    private void LabelPass(PerceptronModel model, SentenceFeatures sentence, Span<int> scores, int width, Span<int> labels, Span<float> margins, int pass)
    {
        Span<uint> features = stackalloc uint[Math.Max(MaxStaticFeatures, MaxDynamicFeatures)];
        Span<int> rows = stackalloc int[MaxStaticFeatures];
        for (int k = 0; k < sentence.Count; k++)
        {
            int i = InOrder(pass, k, sentence.Count);
            if (!margins.IsEmpty && margins[i] >= SureMargin)
            {
                continue;
            }

            int label = FixedLabel(sentence, i, labels);
            if (label < 0)
            {
                var start = scores.Slice(i * width, width);
                if (UsuallyFixed(sentence, i))
                {
                    int n = ExtractStatic(sentence, i, features);
                    model.Locate(features[..n], rows);
                    model.SumRows(rows[..n], start);
                }

                int dynamic = ExtractDynamic(sentence, i, labels, features);
                label = Constrain(i > 0 ? labels[i - 1] : -1, model.Best(features[..dynamic], start, out float margin));
                if (!margins.IsEmpty)
                {
                    margins[i] = margin;
                }
            }

            labels[i] = label;
        }
    }

    // Sums the static rows of every word not usually fixed into its slot of scores: word i's rows are fetched while the
    // previous word's rows, fetched meanwhile, are summed.
    private void SumStatic(PerceptronModel model, SentenceFeatures sentence, Span<int> scores, int width)
    {
        Span<uint> features = stackalloc uint[MaxStaticFeatures];
        Span<int> rows = stackalloc int[MaxStaticFeatures];
        Span<int> fetching = stackalloc int[MaxStaticFeatures];
        int pending = -1, pendingRows = 0;
        for (int i = 0; i < sentence.Count; i++)
        {
            if (!UsuallyFixed(sentence, i))
            {
                int n = ExtractStatic(sentence, i, features);
                model.Locate(features[..n], fetching);
                if (pending >= 0)
                {
                    model.SumRows(rows[..pendingRows], scores.Slice(pending * width, width));
                }

                var swap = rows;
                rows = fetching;
                fetching = swap;
                (pending, pendingRows) = (i, n);
            }
        }

        if (pending >= 0)
        {
            model.SumRows(rows[..pendingRows], scores.Slice(pending * width, width));
        }
    }
}
