using System.Diagnostics;
using System.Text.Json;
using NewsApi.Extraction;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Quotes;
using NewsApi.Extraction.Text;

namespace NewsApi.Eval;

/// <summary>
/// Scores the quote extractor on PolNeAR-style JSONL: quotes found (content overlap, and ≥ 0.5 token overlap),
/// per kind, and of matched quotes whether speaker and cue are right; then times the extractor warm.
/// A .txt path prints the quotes of that one article. QUOTE_EVAL_DUMP=1 lists errors (QUOTE_EVAL_ONLY=id-part
/// narrows the list), QUOTE_EVAL_PRED=file appends every predicted quote as TSV.
/// </summary>
static class QuoteEval
{
    sealed record Gold(int Start, int End, int[][] Fragments, string Kind, int? SpeakerStart, int? SpeakerEnd,
        string? Speaker, int CueStart, int CueEnd, string Cue);

    sealed class Counts
    {
        public int Predicted, Gold, MatchedPredicted, MatchedGold;
        public double P => MatchedPredicted / (double)Math.Max(1, Predicted);
        public double R => MatchedGold / (double)Math.Max(1, Gold);
        public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);
        public override string ToString() => $"P {P:P1}  R {R:P1}  F1 {F1:F3}  (pred {Predicted}, gold {Gold})";
    }

    public static int Run(string path)
    {
        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return Show(File.ReadAllText(path));
        var dump = Environment.GetEnvironmentVariable("QUOTE_EVAL_DUMP") == "1";
        var extractor = new QuoteExtractor();
        var article = ArticleExtractor.CreateDefault();
        var statements = new Counts();
        var strict = new Counts();
        int datelineQuotes = 0, namedJudged = 0, namedRight = 0, namedEntityRight = 0;
        var overlap = new Counts();
        var half = new Counts();
        var speech = new Counts();
        var any = new Counts();
        var anySpeech = new Counts();
        var byKind = new Dictionary<string, Counts>();
        int speakerJudged = 0, speakerRight = 0, cueRight = 0, matched = 0;
        long words = 0, articles = 0;
        var watch = new Stopwatch();

        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var golds = root.GetProperty("quotes").EnumerateArray().Select(ReadGold).ToList();
            // the whole pipeline as the API runs it: lead, entities, quotes
            watch.Start();
            var extracted = article.Extract("", text);
            watch.Stop();
            var entities = extracted.Entities;
            var predicted = extracted.Quotes;
            if (root.TryGetProperty("dateline", out var dateline) && dateline.TryGetProperty("end", out var dlEnd)
                && dateline.TryGetProperty("city", out var city))
                datelineQuotes += predicted.Count(q => q.Content.Start < dlEnd.GetInt32() && q.Content.End > city[0].GetInt32());
            var statementGold = golds.Where(IsStatementCue).ToList();
            var statementPred = predicted.Where(q => q.Attribution == QuoteAttribution.Statement).ToList();
            statements.Predicted += statementPred.Count;
            statements.Gold += statementGold.Count;
            statements.MatchedPredicted += statementPred.Count(q => statementGold.Any(g => SharedTokens(text, q.Content.Start, q.Content.End, g) > 0));
            statements.MatchedGold += statementGold.Count(g => statementPred.Any(q => SharedTokens(text, q.Content.Start, q.Content.End, g) > 0));
            Tally(strict, predicted.Count, golds.Count, MatchStrict(predicted, golds));
            articles++;
            words += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

            var pairs = Match(predicted, golds, text, 0.0);
            // The brief's measure: a prediction is right if it overlaps some gold quote, a gold quote found if some
            // prediction overlaps it (several pieces of one quotation may all match it).
            var anyPred = Enumerable.Range(0, predicted.Count).Count(p => golds.Any(g => SharedTokens(text, predicted[p].Content.Start, predicted[p].Content.End, g) > 0));
            var anyGold = golds.Count(g => predicted.Any(q => SharedTokens(text, q.Content.Start, q.Content.End, g) > 0));
            any.Predicted += predicted.Count;
            any.Gold += golds.Count;
            any.MatchedPredicted += anyPred;
            any.MatchedGold += anyGold;
            var anySpeechGold = golds.Where(IsSpeechCue).Count(g => predicted.Any(q => SharedTokens(text, q.Content.Start, q.Content.End, g) > 0));
            anySpeech.Predicted += predicted.Count;
            anySpeech.Gold += golds.Count(IsSpeechCue);
            anySpeech.MatchedPredicted += anyPred;
            anySpeech.MatchedGold += anySpeechGold;
            speech.Gold += golds.Count(IsSpeechCue);
            speech.MatchedGold += pairs.Count(p => IsSpeechCue(golds[p.Gold]));
            speech.Predicted += predicted.Count;
            speech.MatchedPredicted += pairs.Count;
            Tally(overlap, predicted.Count, golds.Count, pairs);
            Tally(half, predicted.Count, golds.Count, Match(predicted, golds, text, 0.5));
            foreach (var kind in new[] { "direct", "indirect", "mixed" })
            {
                var counts = byKind.TryGetValue(kind, out var c) ? c : byKind[kind] = new Counts();
                var kindPred = predicted.Where(q => KindName(q.Kind) == kind).ToList();
                var kindGold = golds.Where(g => g.Kind == kind).ToList();
                counts.Predicted += kindPred.Count;
                counts.Gold += kindGold.Count;
                counts.MatchedPredicted += kindPred.Count(q => golds.Any(g => SharedTokens(text, q.Content.Start, q.Content.End, g) > 0));
                counts.MatchedGold += kindGold.Count(g => predicted.Any(q => SharedTokens(text, q.Content.Start, q.Content.End, g) > 0));
            }
            foreach (var (p, g) in pairs)
            {
                var q = predicted[p];
                var gold = golds[g];
                matched++;
                if (Overlaps(q.Cue.Start, q.Cue.End, gold.CueStart, gold.CueEnd)) cueRight++;
                if (gold.SpeakerStart is not { } ss || gold.SpeakerEnd is not { } se) continue;
                speakerJudged++;
                var right = q.Speaker is { } s && Overlaps(s.Start, s.End, ss, se)
                            || q.SpeakerEntity is { } e && entities[e].Mentions.Any(m => m.Field == TextField.Body && Overlaps(m.Span.Start, m.Span.End, ss, se));
                if (right) speakerRight++;
                if (IsName(gold.Speaker))
                {
                    namedJudged++;
                    if (right) namedRight++;
                    // stricter, as a client reads it: the resolved entity (or the speaker as written) carries the gold name's last word
                    var goldNames = gold.Speaker!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '\'', '’', '(', ')'))
                        .Where(w => w.Length > 2 && char.IsUpper(w[0])).ToList();
                    var names = q.SpeakerEntity is { } se2 ? entities[se2].Aliases.Append(entities[se2].Name).ToList() : q.Speaker is { } sp ? [sp.Text] : [];
                    if (names.Any(n => goldNames.Any(g => n.Contains(g, StringComparison.OrdinalIgnoreCase)))) namedEntityRight++;
                    else if (dump) Console.WriteLine($"NAMED    gold '{gold.Speaker}' pred '{q.Speaker?.Text}' → '{(q.SpeakerEntity is { } x ? entities[x].Name : "-")}'  | {Clip(q.Content.Text)}");
                }
                else if (dump) Console.WriteLine($"SPEAKER  gold '{gold.Speaker}' pred '{q.Speaker?.Text}'  | {Clip(q.Content.Text)}");
            }
            if (Environment.GetEnvironmentVariable("QUOTE_EVAL_PRED") is { } predPath)
                File.AppendAllLines(predPath, predicted.Select(q => $"{root.GetProperty("id").GetString()}\t{q.Content.Start}\t{q.Content.End}\t{q.Kind}\t{q.Speaker?.Text}\t{q.Cue.Text}"));
            if (dump && (Environment.GetEnvironmentVariable("QUOTE_EVAL_ONLY") is not { } only || root.GetProperty("id").GetString()!.Contains(only, StringComparison.Ordinal)))
                Dump(root.GetProperty("id").GetString()!, text, predicted, golds, pairs);
        }

        Console.WriteLine($"articles {articles}, words/article {words / (double)Math.Max(1, articles):F0}");
        Console.WriteLine($"quotes, content overlap        {any}");
        foreach (var (kind, counts) in byKind) Console.WriteLine($"  {kind,-9} (predicted kind / gold kind)  {counts}");
        Console.WriteLine($"  gold with a speech/belief cue or 'according to' ({anySpeech.Gold} of {any.Gold}): {anySpeech}");
        Console.WriteLine($"quotes, overlap one-to-one     {overlap}");
        Console.WriteLine($"  gold with a speech/belief cue or 'according to': {speech}");
        Console.WriteLine($"quotes, token overlap ≥ 0.5    {half}  (one-to-one; shared tokens / longer span)");
        Console.WriteLine($"statements only (gold: speech cue; predicted: attribution=statement), overlap  {statements}");
        Console.WriteLine($"strict spans, one-to-one, overlap ≥ 50 % of both spans  {strict}");
        Console.WriteLine($"quotes that overlap a wire dateline: {datelineQuotes}");
        Console.WriteLine($"named speaker right {namedRight / (double)Math.Max(1, namedJudged):P1} of {namedJudged} matched quotes whose gold speaker is a name; " +
                          $"its entity (or text) carries the gold name {namedEntityRight / (double)Math.Max(1, namedJudged):P1}");
        Console.WriteLine($"speaker right {speakerRight / (double)Math.Max(1, speakerJudged):P1} of {speakerJudged} matched quotes with a gold speaker");
        Console.WriteLine($"cue right     {cueRight / (double)Math.Max(1, matched):P1} of {matched} matched quotes");
        Console.WriteLine($"extractor     {watch.Elapsed.TotalMilliseconds / Math.Max(1, articles):F3} ms/article (first pass, includes JIT)");
        Speed(path, extractor);
        return 0;
    }

    /// <summary>Warm timing of QuoteExtractor alone, scaled to a 600-word article.</summary>
    static void Speed(string path, QuoteExtractor extractor)
    {
        var texts = File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Select(t => (Text: t, Paragraphs: Paragraphs.Split(t), Words: t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length))
            .ToList();
        foreach (var (text, paragraphs, _) in texts) extractor.Extract(text, paragraphs, []);
        const int rounds = 10;
        var watch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
            foreach (var (text, paragraphs, _) in texts) extractor.Extract(text, paragraphs, []);
        watch.Stop();
        var words = texts.Sum(t => t.Words) * (double)rounds;
        var perArticle = watch.Elapsed.TotalMilliseconds / (texts.Count * rounds);
        Console.WriteLine($"extractor     {perArticle:F3} ms/article warm, {watch.Elapsed.TotalMilliseconds / words * 600:F3} ms per 600 words " +
                          $"({texts.Count * rounds / watch.Elapsed.TotalSeconds:F0} articles/s, one thread)");
    }

    static void Tally(Counts counts, int predicted, int gold, List<(int Pred, int Gold)> pairs)
    {
        counts.Predicted += predicted;
        counts.Gold += gold;
        counts.MatchedPredicted += pairs.Count;
        counts.MatchedGold += pairs.Count;
    }

    /// <summary>Prints the quotes of one plain-text article, for looking at rules by hand.</summary>
    static int Show(string text)
    {
        var article = ArticleExtractor.CreateDefault().Extract("", text);
        Console.WriteLine($"dateline [{article.Dateline}] source [{article.Source}]");
        foreach (var e in article.Entities)
            Console.WriteLine($"    {e.Type,-12} {e.Name} ({string.Join(", ", e.Aliases)}) ×{e.Mentions.Count}");
        foreach (var q in article.Quotes)
            Console.WriteLine($"{q.ParagraphIndex,3} {q.Kind,-8} {q.Attribution,-9} [{q.Speaker?.Text}→{(q.SpeakerEntity is { } e ? article.Entities[e].Name : "-")}] <{q.Cue.Text}> {q.Content.Text}");
        return 0;
    }

    static Gold ReadGold(JsonElement q)
    {
        int? Int(string name) => q.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        var fragments = q.TryGetProperty("fragments", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Select(a => new[] { a[0].GetInt32(), a[1].GetInt32() }).ToArray()
            : [];
        return new Gold(Int("start") ?? 0, Int("end") ?? 0, fragments, q.GetProperty("kind").GetString() ?? "",
            Int("speaker_start"), Int("speaker_end"), q.TryGetProperty("speaker", out var s) ? s.GetString() : null,
            Int("cue_start") ?? 0, Int("cue_end") ?? 0, q.TryGetProperty("cue", out var c) ? c.GetString() ?? "" : "");
    }

    /// <summary>Gold attributions whose cue holds a word of the extractor's cue lexicon, or a transcript colon.</summary>
    static bool IsSpeechCue(Gold gold) =>
        gold.Cue.Trim() == ":" || gold.Cue.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => CueLexicon.IsCueWord(w.Trim(':', ',', '.').AsSpan()));

    static readonly HashSet<string> StanceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "think", "thinks", "thought", "believe", "believes", "believed", "fear", "fears", "feared", "hope", "hopes",
        "hoped", "feel", "feels", "felt", "know", "knows", "knew", "expect", "expects", "expected", "worry", "worries",
        "worried", "want", "wants", "wanted", "find", "finds", "found", "show", "shows", "showed", "learn", "learned",
        "wonder", "wondered", "estimate", "estimates", "estimated",
    };

    /// <summary>Gold statements: a speech cue (or "according to", a transcript colon) that is not a belief word.</summary>
    static bool IsStatementCue(Gold gold) =>
        IsSpeechCue(gold) && !gold.Cue.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => StanceWords.Contains(w.Trim(':', ',', '.')));

    /// <summary>A gold speaker written as a name ("Trump", "Hillary Clinton"), not a pronoun or a description.</summary>
    static bool IsName(string? speaker) =>
        speaker is { Length: > 1 } s && char.IsUpper(s[0]) && !s.StartsWith("The ", StringComparison.Ordinal)
        && !new[] { "He", "She", "It", "They", "I", "We" }.Contains(s);

    /// <summary>One-to-one matching where the shared characters are at least half of each span.</summary>
    static List<(int Pred, int Gold)> MatchStrict(IReadOnlyList<ExtractedQuote> predicted, List<Gold> golds)
    {
        var candidates = new List<(int Pred, int Gold, double Ratio)>();
        for (var p = 0; p < predicted.Count; p++)
            for (var g = 0; g < golds.Count; g++)
            {
                var spans = golds[g].Fragments.Length > 0 ? golds[g].Fragments : [[golds[g].Start, golds[g].End]];
                int shared = 0, goldLength = 0;
                foreach (var f in spans)
                {
                    goldLength += f[1] - f[0];
                    shared += Math.Max(0, Math.Min(predicted[p].Content.End, f[1]) - Math.Max(predicted[p].Content.Start, f[0]));
                }
                var ratio = Math.Min(shared / (double)Math.Max(1, predicted[p].Content.Length), shared / (double)Math.Max(1, goldLength));
                if (ratio >= 0.5) candidates.Add((p, g, ratio));
            }
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (p, g, _) in candidates.OrderByDescending(c => c.Ratio))
            if (!usedP.Contains(p) && usedG.Add(g))
            {
                usedP.Add(p);
                pairs.Add((p, g));
            }
        return pairs;
    }

    static string KindName(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    static bool Overlaps(int a, int b, int c, int d) => a < d && c < b;

    /// <summary>One-to-one matching, largest overlap first; minRatio is the shared share of the longer span's tokens.</summary>
    static List<(int Pred, int Gold)> Match(IReadOnlyList<ExtractedQuote> predicted, List<Gold> golds, string text, double minRatio)
    {
        var candidates = new List<(int Pred, int Gold, double Ratio)>();
        for (var p = 0; p < predicted.Count; p++)
            for (var g = 0; g < golds.Count; g++)
            {
                var shared = SharedTokens(text, predicted[p].Content.Start, predicted[p].Content.End, golds[g]);
                if (shared == 0) continue;
                var longer = Math.Max(Tokens(text, predicted[p].Content.Start, predicted[p].Content.End), Tokens(text, golds[g].Start, golds[g].End));
                var ratio = shared / (double)Math.Max(1, longer);
                if (ratio >= minRatio) candidates.Add((p, g, ratio));
            }
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (p, g, _) in candidates.OrderByDescending(c => c.Ratio))
            if (usedP.Add(p))
            {
                if (usedG.Add(g)) pairs.Add((p, g));
                else usedP.Remove(p);
            }
        return pairs;
    }

    static int SharedTokens(string text, int start, int end, Gold gold)
    {
        var spans = gold.Fragments.Length > 0 ? gold.Fragments : [[gold.Start, gold.End]];
        var shared = 0;
        foreach (var fragment in spans)
        {
            var s = Math.Max(start, fragment[0]);
            var e = Math.Min(end, fragment[1]);
            if (e > s) shared += Math.Max(1, Tokens(text, s, e));
        }
        return shared;
    }

    static int Tokens(string text, int start, int end)
    {
        var n = 0;
        var inWord = false;
        for (var i = start; i < end && i < text.Length; i++)
        {
            var w = !char.IsWhiteSpace(text[i]);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    static void Dump(string id, string text, IReadOnlyList<ExtractedQuote> predicted, List<Gold> golds, List<(int Pred, int Gold)> pairs)
    {
        var matchedP = pairs.Select(p => p.Pred).ToHashSet();
        var matchedG = pairs.Select(p => p.Gold).ToHashSet();
        Console.WriteLine($"== {id}");
        for (var p = 0; p < predicted.Count; p++)
            if (!matchedP.Contains(p))
                Console.WriteLine($"FP  {predicted[p].Kind} [{predicted[p].Speaker?.Text}] <{predicted[p].Cue.Text}> {Clip(predicted[p].Content.Text)}");
        for (var g = 0; g < golds.Count; g++)
            if (!matchedG.Contains(g))
            {
                var gold = golds[g];
                var context = text[Math.Max(0, gold.Start - 60)..Math.Min(text.Length, gold.End + 40)].ReplaceLineEndings(" ");
                Console.WriteLine($"FN  {gold.Kind} [{gold.Speaker}] <{gold.Cue}> {Clip(context, 220)}");
            }
        foreach (var (p, g) in pairs)
            if (!Overlaps(predicted[p].Cue.Start, predicted[p].Cue.End, golds[g].CueStart, golds[g].CueEnd))
                Console.WriteLine($"CUE gold <{golds[g].Cue}> pred <{predicted[p].Cue.Text}> {Clip(predicted[p].Content.Text)}");
    }

    static string Clip(string s, int max = 140) => (s.Length <= max ? s : s[..max] + "…").ReplaceLineEndings(" ");
}
