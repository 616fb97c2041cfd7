using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsApi.Extraction;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Eval;

/// <summary>
/// Scores the entity recogniser on CoNLL-style jsonl (exact span and overlap, per type and micro) and trains the
/// perceptron model that the extraction library embeds.
/// </summary>
static class NerEval
{
    static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    sealed record GoldEntity(int Start, int End, string Type, string Text);
    sealed record NerDoc(string Id, string Text, List<GoldEntity> Entities);

    static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    static List<NerDoc> Load(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<NerDoc>(l, Json)!).ToList();

    public static int Run(string path) => Run(path, []);

    /// <summary>Options: --model PATH (default: the embedded one), --no-rules, --keep-demonyms, --no-gazetteer-locations, --no-consistency.</summary>
    public static int Run(string path, string[] options)
    {
        var docs = Load(path);
        var model = Option(options, "--model");
        var settings = new RecognizerOptions(
            Rules: !options.Contains("--no-rules"),
            KeepDemonyms: options.Contains("--keep-demonyms"),
            GazetteerLocations: !options.Contains("--no-gazetteer-locations"),
            Consistency: !options.Contains("--no-consistency"));
        var recognizer = model is null ? EntityRecognizer.CreateDefault().With(settings) : EntityRecognizer.FromFile(model, settings);

        var exact = new Counts();
        var overlap = new Counts();
        var words = 0L;
        var watch = Stopwatch.StartNew();
        var predictions = new List<List<(int Start, int End, string Type)>>();
        foreach (var doc in docs)
        {
            // as the API reads an article: the lead (dateline, agency, byline) parsed first
            var entities = recognizer.Recognize(NewsDocument.Read("", doc.Text));
            predictions.Add(entities.SelectMany(e => e.Mentions.Select(m => (m.Span.Start, m.Span.End, TypeName(e.Type)))).ToList());
            words += doc.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }
        var elapsed = watch.Elapsed;
        for (var i = 0; i < docs.Count; i++)
        {
            var gold = docs[i].Entities.Select(e => (e.Start, e.End, e.Type)).ToList();
            Score(gold, predictions[i], exact, overlap);
        }

        Console.WriteLine($"{path}: {docs.Count} documents, {docs.Sum(d => d.Entities.Count)} gold entities, " +
                          $"{elapsed.TotalMilliseconds / words * 600:F3} ms per 600 words (one thread, first run includes JIT)");
        Console.WriteLine($"{"",-14}{"exact P",9}{"R",7}{"F1",7}   {"overlap P",9}{"R",7}{"F1",7}   {"gold",6}{"pred",6}");
        foreach (var t in Types) Print(t, exact, overlap, [t]);
        Print("micro PER/ORG/LOC", exact, overlap, ["PER", "ORG", "LOC"]);
        Print("micro all", exact, overlap, Types);
        return 0;
    }

    static string? Option(string[] options, string name)
    {
        var i = Array.IndexOf(options, name);
        return i >= 0 && i + 1 < options.Length ? options[i + 1] : null;
    }

    static string TypeName(EntityType t) => t switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    sealed class Counts
    {
        public readonly Dictionary<string, (int Tp, int Gold, int Pred)> ByType = Types.ToDictionary(t => t, _ => (0, 0, 0));

        public void Add(string type, int tp, int gold, int pred)
        {
            var c = ByType[type];
            ByType[type] = (c.Tp + tp, c.Gold + gold, c.Pred + pred);
        }
    }

    static void Score(List<(int Start, int End, string Type)> gold, List<(int Start, int End, string Type)> pred, Counts exact, Counts overlap)
    {
        foreach (var t in Types)
        {
            var g = gold.Where(x => x.Type == t).ToList();
            var p = pred.Where(x => x.Type == t).Distinct().ToList();
            exact.Add(t, p.Count(x => g.Contains(x)), g.Count, p.Count);
            // Overlap: one-to-one greedy matching of same-type spans sharing at least one character.
            var used = new bool[g.Count];
            var tp = 0;
            foreach (var x in p)
            {
                var k = g.FindIndex(y => !used[g.IndexOf(y)] && y.Start < x.End && x.Start < y.End);
                if (k >= 0) { used[k] = true; tp++; }
            }
            overlap.Add(t, tp, g.Count, p.Count);
        }
    }

    static void Print(string label, Counts exact, Counts overlap, string[] types)
    {
        static (double P, double R, double F, int G, int Pr) Prf(Counts c, string[] types)
        {
            int tp = 0, g = 0, p = 0;
            foreach (var t in types) { var x = c.ByType[t]; tp += x.Tp; g += x.Gold; p += x.Pred; }
            var pr = p == 0 ? 0 : (double)tp / p;
            var r = g == 0 ? 0 : (double)tp / g;
            return (pr, r, pr + r == 0 ? 0 : 2 * pr * r / (pr + r), g, p);
        }
        var e = Prf(exact, types);
        var o = Prf(overlap, types);
        Console.WriteLine($"{label,-18}{e.P,5:F3}{e.R,7:F3}{e.F,7:F3}   {o.P,9:F3}{o.R,7:F3}{o.F,7:F3}   {e.G,6}{e.Pr,6}");
    }

    /// <summary>
    /// train-ner TRAIN.jsonl OUT.bin.gz [--epochs N] [--min-count N] [--min-weight W] [--holdout FRACTION]
    /// [--holdout-out PATH]. Without --epochs the epoch count is chosen on a held-out slice of TRAIN (the last
    /// FRACTION of documents, default 0.1), then the model is retrained on all of TRAIN. With --holdout-out the
    /// model written is the one trained without the slice, and the slice is written to PATH for rule ablations.
    /// </summary>
    public static int Train(string trainPath, string outputPath, string[] options)
    {
        var epochsOption = Option(options, "--epochs");
        var minCount = int.Parse(Option(options, "--min-count") ?? "2", System.Globalization.CultureInfo.InvariantCulture);
        var minWeight = float.Parse(Option(options, "--min-weight") ?? "0.02", System.Globalization.CultureInfo.InvariantCulture);
        var holdoutFraction = double.Parse(Option(options, "--holdout") ?? "0.1", System.Globalization.CultureInfo.InvariantCulture);
        var holdoutOut = Option(options, "--holdout-out");
        var maxEpochs = 12;
        var watch = Stopwatch.StartNew();

        var docs = Load(trainPath);
        var prepared = docs.Select(Prepare).ToList();
        Console.WriteLine($"prepared {prepared.Count} documents in {watch.Elapsed.TotalSeconds:F1}s");
        var split = (int)(docs.Count * (1 - holdoutFraction));
        var train = prepared.Take(split).ToList();
        var heldOut = prepared.Skip(split).ToList();

        int epochs;
        if (epochsOption is not null && holdoutOut is null)
            epochs = int.Parse(epochsOption, System.Globalization.CultureInfo.InvariantCulture);
        else
        {
            var trainer = new PerceptronTrainer(PerceptronTrainer.FrequentFeatures(train, minCount));
            var best = (Epoch: 0, F: -1.0);
            var limit = epochsOption is null ? maxEpochs : int.Parse(epochsOption, System.Globalization.CultureInfo.InvariantCulture);
            var order = train.ToList();
            var random = new Random(1);
            for (var epoch = 1; epoch <= limit; epoch++)
            {
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(order));
                var errors = trainer.Epoch(order);
                var model = new PerceptronModel(trainer.Averaged());
                var f = SpanF1(heldOut, model);
                Console.WriteLine($"epoch {epoch}: {errors} token errors; held-out tagger span F1 {f:F4} ({watch.Elapsed.TotalSeconds:F0}s)");
                if (f > best.F) best = (epoch, f);
            }
            epochs = best.Epoch;
            Console.WriteLine($"best epoch count on held-out slice: {epochs}");
            if (holdoutOut is not null)
            {
                File.WriteAllLines(holdoutOut, File.ReadLines(trainPath).Where(l => l.Length > 0).Skip(split));
                return Write(trainer.Averaged(), outputPath, minWeight, $"trained on {split} documents, {limit} epochs; held-out slice in {holdoutOut}");
            }
        }

        var full = new PerceptronTrainer(PerceptronTrainer.FrequentFeatures(prepared, minCount));
        var all = prepared.ToList();
        var rng = new Random(1);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all));
            Console.WriteLine($"full epoch {epoch}: {full.Epoch(all)} token errors ({watch.Elapsed.TotalSeconds:F0}s)");
        }
        return Write(full.Averaged(), outputPath, minWeight, $"trained on all {prepared.Count} documents of {Path.GetFileName(trainPath)}, {epochs} epochs");
    }

    static int Write(Dictionary<uint, float[]> weights, string path, float minWeight, string what)
    {
        using (var file = File.Create(path))
        {
            var (features, kept) = PerceptronModel.Save(weights, file, minWeight);
            Console.WriteLine($"{what}: {features} features, {kept} weights kept of {weights.Count} features");
        }
        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB)");
        return 0;
    }

    static (NerDocument Doc, int[] Gold) Prepare(NerDoc d)
    {
        var doc = new NerDocument(d.Text, Gazetteer.Default);
        var spans = new List<(int, int, NerType)>();
        foreach (var e in d.Entities)
        {
            // Gold spans that cut a token (e.g. "EU" in "EU-wide") cover the whole token.
            var start = doc.Tokens.FindIndex(t => t.End > e.Start);
            var end = doc.Tokens.FindLastIndex(t => t.Start < e.End) + 1;
            if (start < 0 || end <= start) continue;
            if (spans.Count > 0 && spans[^1].Item2 > start) continue;
            spans.Add((start, end, e.Type switch { "PER" => NerType.Person, "ORG" => NerType.Organization, "LOC" => NerType.Location, _ => NerType.Misc }));
        }
        var gold = new int[doc.Count];
        NerLabels.Encode(spans, gold);
        return (doc, gold);
    }

    static double SpanF1(List<(NerDocument Doc, int[] Gold)> docs, PerceptronModel model)
    {
        int tp = 0, gold = 0, pred = 0;
        foreach (var (doc, g) in docs)
        {
            var p = NerLabels.Spans(NerTagger.Decode(doc, model.Score));
            var gs = NerLabels.Spans(g);
            tp += p.Count(gs.Contains);
            gold += gs.Count;
            pred += p.Count;
        }
        return tp == 0 ? 0 : 2.0 * tp / (gold + pred);
    }
}
