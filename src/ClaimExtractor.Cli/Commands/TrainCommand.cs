using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimExtractor.Nlp;
using ClaimExtractor.Nlp.Learning;
using ClaimExtractor.Nlp.Names;
using ClaimExtractor.Nlp.Syntax;

namespace ClaimExtractor.Cli.Commands;

/// <summary>
/// <c>claimx train tagger|ner</c>: trains the POS tagger on UD English-EWT or the name recognizer on GUM and UNER,
/// writes the model and its manifest (data, licence, test scores), and prints the test scores; with
/// <c>--evaluate</c>, only scores the model already at <c>--out</c>.
/// </summary>
public static class TrainCommand
{
    /// <summary>Declares the command and its subcommands.</summary>
    public static Command Create() => new("train", "Train the POS tagger or the name recognizer and print their test scores")
    {
        Tagger(),
        Names(),
    };

    private static Command Tagger()
    {
        var (data, evaluate, epochs, bits, seed, runs) = Shared(epochs: 20, seed: 1, runs: 5);
        var output = Out("syntax/pos-ewt.cxpm");
        var wordNet = WordNet("whose words give the tag dictionary's rare and unseen words a class");
        var command = new Command("tagger", "Train the POS tagger on UD English-EWT and GUM train (early-stopped on EWT dev) and score UPOS accuracy on EWT test")
        {
            data, output, wordNet, evaluate, epochs, bits, seed, runs,
        };
        command.SetAction(result => RunTagger(result.GetRequiredValue(data), result.GetRequiredValue(output), result.GetRequiredValue(wordNet), result.GetValue(evaluate),
            new TrainingOptions(Bits: result.GetValue(bits), Epochs: result.GetValue(epochs), Seed: result.GetValue(seed), Runs: result.GetValue(runs))));
        return command;
    }

    private static int RunTagger(string data, string output, string wordNet, bool evaluate, TrainingOptions options)
    {
        string folder = Path.Combine(data, "ud-english-ewt");
        if (Missing(Path.Combine(folder, "en_ewt-ud-train.conllu"), "--data") || Missing(Path.Combine(data, "ud-english-gum", "en_gum-ccby-train.conllu"), "--data")
            || (evaluate ? Missing(output, "--out") : Missing(Path.Combine(wordNet, "index.noun"), "--wordnet")))
        {
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var tagger = evaluate ? PosTagger.Load(output) : TaggerTraining.Train(
            [Path.Combine(folder, "en_ewt-ud-train.conllu"), Path.Combine(data, "ud-english-gum", "en_gum-ccby-train.conllu")],
            Path.Combine(folder, "en_ewt-ud-dev.conllu"), options, Console.Error, WordNetForms.Read(wordNet));
        double accuracy = TaggerTraining.Accuracy(tagger, TaggerTraining.Sentences(Path.Combine(folder, "en_ewt-ud-test.conllu")));
        string score = Invariant($"UPOS accuracy on UD English-EWT test: {accuracy:0.0000}");
        Console.WriteLine(score);
        PrintConfusions(tagger, Path.Combine(folder, "en_ewt-ud-dev.conllu"));
        if (!evaluate)
        {
            Save(tagger.Model, output, Manifest(
                "pos-ewt", PosFeatures.Kind,
                "Trained by claimx train tagger on the train splits of Universal Dependencies English-EWT and English-GUM (its CC BY genres), early-stopped on EWT dev, with WordNet 3.0's words and parts of speech for the words the treebanks hardly have; © the UD English-EWT and GUM contributors, https://universaldependencies.org; WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
                "CC BY-SA 4.0, as the share-alike training data (UD_English-EWT LICENSE.txt; GUM's genres used are CC BY 4.0); attribution: Universal Dependencies English Web Treebank, GUM corpus (Zeldes 2017); the WordNet 3.0 licence (use, copy, modify and distribute without fee, keeping its copyright notice; provided as is, without warranty by Princeton University)",
                Invariant($"Universal POS tagger in two passes (the first right to left, the second left to right also reading the first's tags of the next two words): {tagger.Tags.Count} tags, {tagger.Model.Lexicon.Count} words with tag classes or WordNet's parts of speech, {tagger.Model.NonZeroWeights} non-zero weights"),
                "labels, tag dictionary", options, clock, score));
        }

        return 0;
    }

    // the tag pairs the tagger mixes up most on EWT dev, where feature work is measured (to stderr: the score stays the output)
    private static void PrintConfusions(PosTagger tagger, string devFile)
    {
        Console.Error.WriteLine("Most frequent mistakes on EWT dev (right tag -> tag given: words):");
        foreach (var (gold, tagged, count) in TaggerTraining.Confusions(tagger, TaggerTraining.Sentences(devFile)).Take(12))
        {
            Console.Error.WriteLine(Invariant($"  {gold,-5} -> {tagged,-5} {count,5}"));
        }
    }

    private static Command Names()
    {
        var (data, evaluate, epochs, bits, seed, runs) = Shared(epochs: 12, seed: 7, runs: 5);
        var output = Out("entities/ner-gum-uner.cxpm");
        var tagger = new Option<string>("--tagger") { Description = "The POS tagger model whose tags the recognizer reads", DefaultValueFactory = _ => Path.Combine("models", "syntax", "pos-ewt.cxpm"), HelpName = "FILE" };
        var models = CommonOptions.Models();
        var wordNet = WordNet("whose instance nouns give the recognizer typed names of people, organizations and places");
        var command = new Command("ner", "Train the PER/ORG/LOC recognizer on GUM train and UNER-EWT dev (early-stopped on GUM dev) and score entity F1 on the GUM and UNER test splits")
        {
            data, output, tagger, models, wordNet, evaluate, epochs, bits, seed, runs,
        };
        command.SetAction(result => RunNames(result.GetRequiredValue(data), result.GetRequiredValue(output), result.GetRequiredValue(tagger), result.GetRequiredValue(models),
            result.GetRequiredValue(wordNet), result.GetValue(evaluate), new TrainingOptions(Bits: result.GetValue(bits), Epochs: result.GetValue(epochs), Seed: result.GetValue(seed), Runs: result.GetValue(runs))));
        return command;
    }

    private static int RunNames(string data, string output, string taggerFile, string models, string wordNet, bool evaluate, TrainingOptions options)
    {
        string gum = Path.Combine(data, "ud-english-gum");
        string uner = Path.Combine(data, "uner-english-ewt");
        if (Missing(Path.Combine(gum, "en_gum-ccby-train.conllu"), "--data") || Missing(Path.Combine(uner, "en_ewt-ud-test.iob2"), "--data")
            || Missing(taggerFile, "--tagger") || (evaluate ? Missing(output, "--out") : Missing(Path.Combine(wordNet, "data.noun"), "--wordnet")))
        {
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var tagger = PosTagger.Load(taggerFile);
        var gazetteer = new NameGazetteer(NlpModels.Load(models).Entities);
        var recognizer = evaluate ? NameRecognizer.Load(output, tagger, gazetteer) : NameTraining.Train(
            [.. NameTraining.Gum(Path.Combine(gum, "en_gum-ccby-train.conllu")), .. NameTraining.Uner(Path.Combine(uner, "en_ewt-ud-dev.iob2"))],
            NameTraining.Gum(Path.Combine(gum, "en_gum-ccby-dev.conllu")), tagger, gazetteer, WordNetNames.Read(wordNet), options, Console.Error);
        var onGum = NameTraining.Score(recognizer, NameTraining.Gum(Path.Combine(gum, "en_gum-ccby-test.conllu")));
        var onUner = NameTraining.Score(recognizer, NameTraining.Uner(Path.Combine(uner, "en_ewt-ud-test.iob2")));
        string score = Invariant($"Entity-level F1 on GUM test (CC BY genres): {Summary(onGum)}; on UNER English-EWT test: {Summary(onUner)}");
        Console.WriteLine("GUM test\n" + onGum.Report() + "\nUNER English-EWT test\n" + onUner.Report());
        if (!evaluate)
        {
            Save(recognizer.Model, output, Manifest(
                "ner-gum-uner", NameFeatures.Kind,
                "Trained by claimx train ner on UD English-GUM (the CC BY genres, train split; names are person/organization/place mentions headed by a proper noun, a person's name only the proper nouns UD joins by flat, without titles, and no plural groups such as 'Americans') and Universal NER English-EWT (dev split), early-stopped on GUM dev, with WordNet 3.0's names of people, organizations and places (its instance nouns) and its nouns for persons, organizations and places; © the GUM and UNER contributors (Zeldes 2017; Mayhew et al. 2024); WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
                "CC BY-SA 4.0, as the share-alike part of the training data (UNER English-EWT, CC BY-SA 4.0; GUM's genres used are CC BY 4.0); attribution: GUM corpus, Universal NER; the WordNet 3.0 licence (use, copy, modify and distribute without fee, keeping its copyright notice; provided as is, without warranty by Princeton University)",
                Invariant($"PER/ORG/LOC recognizer in two passes (the second also reads the label the first gave the next word), BIO labels; reads the tags of {Path.GetFileName(taggerFile)}, hits in models/entities lexicons and {recognizer.Model.Lexicon.Count} WordNet names and nouns for persons, organizations and places; {recognizer.Model.NonZeroWeights} non-zero weights"),
                "labels, WordNet names", options, clock, score));
        }

        return 0;
    }

    private static string Summary(EntityScore score) =>
        string.Join(", ", score.Types.Select(t => Invariant($"{t} {score.Of(t).F1:0.000}")).Append(Invariant($"all {score.Of(null).F1:0.000}")));

    // The manifest of a freshly trained averaged perceptron: what both trainers write alike (format, training, date).
    private static ModelManifest Manifest(string name, string kind, string source, string licence, string holds, string tables,
        TrainingOptions options, Stopwatch clock, string score) => new(
        name, "1.0.0", kind, source, licence, holds,
        Invariant($"Averaged perceptron, greedy, one word at a time in each pass; features hashed to 32 bits (FNV-1a over UTF-16 code units, then MurmurHash3 rounds over the template id and the part hashes) into 2^{options.Bits} rows; gzip file: CXPM header, format 1, {tables}, non-zero rows as 16-bit floats"),
        Invariant($"{(options.Runs > 1 ? $"mean of {options.Runs} runs with seeds from {options.Seed}" : $"seed {options.Seed}")}, at most {options.Epochs} passes, patience {options.Patience}, weights under {options.Prune} dropped, {clock.Elapsed.TotalSeconds:0} s"),
        score,
        DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void Save(PerceptronModel model, string output, ModelManifest manifest)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".");
        model.Save(output);
        manifest.Save(output);
        Console.Error.WriteLine(Invariant($"wrote {output} ({new FileInfo(output).Length / 1024} KB) and {ModelManifest.PathOf(output)}"));
    }

    // epochs, seed: the defaults that reproduce the committed model (the tagger's dev score still rises after 12 passes;
    // the seed, which orders the training sentences, is the one of a few whose model scored best on dev)
    private static (Option<string> Data, Option<bool> Evaluate, Option<int> Epochs, Option<int> Bits, Option<int> Seed, Option<int> Runs) Shared(int epochs, int seed, int runs) =>
    (
        new Option<string>("--data") { Description = "The folder holding ud-english-ewt/, ud-english-gum/ and uner-english-ewt/", DefaultValueFactory = _ => Path.Combine("..", "shared", "eval"), HelpName = "DIR" },
        new Option<bool>("--evaluate") { Description = "Only score the model at --out on the test splits" },
        new Option<int>("--epochs") { Description = "Most passes over the training data", DefaultValueFactory = _ => epochs, HelpName = "N" },
        new Option<int>("--bits") { Description = "Hash table of 2^N weight rows", DefaultValueFactory = _ => 19, HelpName = "N" },
        new Option<int>("--seed") { Description = "Seed of the order the training sentences are visited in", DefaultValueFactory = _ => seed, HelpName = "N" },
        new Option<int>("--runs") { Description = "Train N times with the seeds from --seed on and average the models", DefaultValueFactory = _ => runs, HelpName = "N" }
    );

    private static Option<string> WordNet(string use) => new("--wordnet")
    {
        Description = $"The WordNet 3.0 database folder {use} (Debian's wordnet-base installs it)",
        DefaultValueFactory = _ => Path.Combine("/usr", "share", "wordnet"),
        HelpName = "DIR",
    };

    private static Option<string> Out(string model) => new("--out")
    {
        Description = "The model file to write (or, with --evaluate, to score)",
        DefaultValueFactory = _ => Path.Combine("models", model),
        HelpName = "FILE",
    };

    private static bool Missing(string path, string option)
    {
        if (File.Exists(path))
        {
            return false;
        }

        Console.Error.WriteLine($"train: no file '{path}'; point {option} at it");
        return true;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
