namespace NewsApi.Extraction.Entities;

/// <summary>
/// Trains the averaged perceptron (Collins 2002) with lazy averaging: each weight keeps its running total and
/// the step at which it last changed, so an update costs O(features), not O(model).
/// </summary>
internal sealed class PerceptronTrainer
{
    const int L = NerLabels.Count;

    sealed class Row
    {
        public readonly float[] Weight = new float[L];
        public readonly double[] Total = new double[L];
        public readonly int[] Stamp = new int[L];
    }

    readonly Dictionary<uint, Row> _rows = new();
    readonly HashSet<uint>? _allowed;
    int _step;

    /// <param name="allowed">Features the model may learn (e.g. those seen at least twice); null for all.</param>
    public PerceptronTrainer(HashSet<uint>? allowed) => _allowed = allowed;

    /// <summary>Features seen at least <paramref name="minCount"/> times along the gold label history.</summary>
    public static HashSet<uint> FrequentFeatures(IEnumerable<(NerDocument Doc, int[] Gold)> docs, int minCount)
    {
        var counts = new Dictionary<uint, int>();
        foreach (var (doc, gold) in docs)
            NerTagger.Decode(doc, static (_, _) => { }, (i, features, _) =>
            {
                foreach (var f in features) counts[f] = counts.GetValueOrDefault(f) + 1;
                return gold[i];
            });
        return counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).ToHashSet();
    }

    /// <summary>One pass over <paramref name="docs"/>; returns the number of token errors.</summary>
    public int Epoch(IReadOnlyList<(NerDocument Doc, int[] Gold)> docs)
    {
        var errors = 0;
        foreach (var (doc, gold) in docs)
        {
            NerTagger.Decode(doc, Score, (i, features, predicted) =>
            {
                _step++;
                if (predicted != gold[i])
                {
                    errors++;
                    foreach (var f in features)
                    {
                        if (_allowed is not null && !_allowed.Contains(f)) continue;
                        if (!_rows.TryGetValue(f, out var row)) _rows[f] = row = new Row();
                        Update(row, gold[i], 1);
                        Update(row, predicted, -1);
                    }
                }
                // Continue with the prediction: the tagger must learn to recover from its own history.
                return predicted;
            });
        }
        return errors;
    }

    void Update(Row row, int label, float delta)
    {
        row.Total[label] += (double)(_step - row.Stamp[label]) * row.Weight[label];
        row.Stamp[label] = _step;
        row.Weight[label] += delta;
    }

    void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
            if (_rows.TryGetValue(f, out var row))
                for (var j = 0; j < L; j++) scores[j] += row.Weight[j];
    }

    /// <summary>The averaged weights so far (training may continue afterwards).</summary>
    public Dictionary<uint, float[]> Averaged()
    {
        var result = new Dictionary<uint, float[]>(_rows.Count);
        foreach (var (key, row) in _rows)
        {
            var w = new float[L];
            var any = false;
            for (var j = 0; j < L; j++)
            {
                var total = row.Total[j] + (double)(_step - row.Stamp[j]) * row.Weight[j];
                w[j] = (float)(total / Math.Max(1, _step));
                any |= w[j] != 0;
            }
            if (any) result[key] = w;
        }
        return result;
    }
}
